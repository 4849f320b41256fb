/**
 * The question sets answer quality is measured and trained on, each with the knowledge base it is
 * asked of (the open setting: every question is asked of the whole knowledge base).
 *
 * - `bank`: the labelled news bank over knowledge/ + Brown stories + the shared news pages.
 * - `squad`: SQuAD 2.0 (half of its dev set) over its 18 Wikipedia articles.
 * - `old`, `fresh`: the earlier hand-made sets (tests/fixtures/eval), kept for comparison.
 */
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildKnowledgeBase, type BuildOptions } from '../core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../core/types.js';
import { readBankSplit, type BankQuestion } from './bank.js';
import { loadBankArticles } from './bank-corpus.js';
import { buildBaseline, type Baseline } from './bm25-baseline.js';
import type { Split } from './splits.js';
import { loadSquad } from './squad.js';

export interface QuestionSet {
  name: string;
  kb: KnowledgeBase;
  articles: Article[];
  questions: BankQuestion[];
  baseline: Baseline;
  /** Why some questions of the set were left out (data not present). */
  note?: string;
}

export async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** The news knowledge base and the bank's questions of the given splits. */
export async function newsSet(splits: readonly Split[], options: { knowledgeDir: string; dataDir: string; resources: BuildOptions }): Promise<QuestionSet> {
  if (splits.includes('test') && splits.length > 1) throw new Error('the test split is read alone, only to report');
  const corpus = await loadBankArticles({ knowledgeDir: options.knowledgeDir, dataDir: options.dataDir });
  const articles = corpus.stories.map((s) => s.article);
  const all: BankQuestion[] = [];
  for (const split of splits) all.push(...(await readBankSplit(split)));
  const stories = new Set(corpus.stories.map((s) => s.story));
  const questions = all.filter((q) => q.story === '' || stories.has(q.story));
  const left = all.length - questions.length;
  return {
    name: `bank ${splits.join('+')}`,
    kb: buildKnowledgeBase(articles, options.resources),
    articles,
    questions,
    baseline: buildBaseline(articles),
    ...(left > 0 ? { note: `${left} questions about stories not loaded (${corpus.pagesMissing ?? 'missing stories'})` } : {}),
  };
}

/** SQuAD's questions of the given splits over all of its articles; undefined without the data. */
export async function squadSet(splits: readonly Split[], options: { dataDir: string; resources: BuildOptions }): Promise<QuestionSet | undefined> {
  if (!(await exists(path.join(options.dataDir, 'squad2-dev-a', 'dev-v2.0-a.json')))) return undefined;
  const { articles, questions } = await loadSquad(options.dataDir);
  return {
    name: `squad ${splits.join('+')}`,
    kb: buildKnowledgeBase(articles, options.resources),
    articles,
    questions: questions.filter((q) => splits.includes(q.split)),
    baseline: buildBaseline(articles),
  };
}

/** One question of the older hand-made sets (`tests/fixtures/eval/*.json`). */
interface EvalQuestion {
  id: string;
  split: 'dev' | 'test';
  type: BankQuestion['type'];
  question: string;
  /** `null`: nothing in the knowledge base answers it. */
  expect: { sentence?: string[]; sentence_any?: string[][]; answer?: string[] } | null;
}

/** An older hand-made set (tests/fixtures/eval/*.json), asked of the news knowledge base. */
export async function olderQuestions(file: string, name: string): Promise<BankQuestion[]> {
  const old = JSON.parse(await readFile(file, 'utf8')) as EvalQuestion[];
  return old.map((q) => {
    const groups = q.expect ? (q.expect.sentence_any ?? (q.expect.sentence ? [q.expect.sentence] : [])) : [];
    return {
      id: q.id,
      question: q.question,
      type: q.type,
      story: '',
      answers: [],
      match: groups,
      short: q.expect?.answer ?? null,
      split: q.split === 'test' ? 'test' : 'dev',
      set: name,
    };
  });
}
