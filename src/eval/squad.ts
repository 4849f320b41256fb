/**
 * SQuAD 2.0 (Rajpurkar, Jia & Liang 2018; CC BY-SA 4.0, text from Wikipedia) as an open-setting
 * question set: every article becomes one knowledge article and every question is asked of all of
 * them. Half the questions are unanswerable by design (a swapped name, a negation, "all" for
 * "almost all"): the right reply to those is "I don't know".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../core/types.js';
import { slugify } from '../core/ingest/slug.js';
import type { BankQuestion } from './bank.js';
import type { Split } from './splits.js';

interface SquadFile {
  data: Array<{
    title: string;
    paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string; is_impossible?: boolean; answers: Array<{ text: string }> }> }>;
  }>;
}

export interface SquadSet {
  articles: Article[];
  questions: BankQuestion[];
}

/**
 * Split by article, as the bank is: the 18 articles ordered by title, then every fifth third and
 * fourth to dev and test. With so few articles a hash could leave a split empty; a fixed rotation
 * gives 11 / 4 / 3 and never changes.
 */
export function squadSplit(order: number): Split {
  const r = order % 5;
  return r === 2 ? 'dev' : r === 4 ? 'test' : 'train';
}

/** Reads `<dataDir>/squad2-dev-a/dev-v2.0-a.json` into knowledge articles and bank-style questions. */
export async function loadSquad(dataDir: string): Promise<SquadSet> {
  const file = JSON.parse(await readFile(path.join(dataDir, 'squad2-dev-a', 'dev-v2.0-a.json'), 'utf8')) as SquadFile;
  const articles: Article[] = [];
  const questions: BankQuestion[] = [];
  const ordered = [...file.data].sort((a, b) => a.title.localeCompare(b.title));
  ordered.forEach((doc, order) => {
    const title = doc.title.replace(/_/g, ' ');
    const id = `squad-${slugify(title)}`;
    articles.push({
      id,
      title,
      published: '2018-06-11',
      source: 'Wikipedia',
      url: `https://en.wikipedia.org/wiki/${doc.title}`,
      people: [],
      paragraphs: doc.paragraphs.map((p) => p.context.replace(/\s+/g, ' ').trim()),
    });
    const split = squadSplit(order);
    for (const p of doc.paragraphs) {
      for (const qa of p.qas) {
        const texts = [...new Set(qa.answers.map((a) => a.text.trim()).filter((t) => t !== ''))];
        const impossible = qa.is_impossible === true || texts.length === 0;
        questions.push({
          id: `squad-${qa.id}`,
          question: qa.question,
          story: id,
          answers: impossible ? [] : texts,
          short: impossible ? null : texts,
          split,
          set: 'squad',
          ...(impossible ? { unanswerable: 'near-miss' as const } : {}),
        });
      }
    }
  });
  return { articles, questions };
}
