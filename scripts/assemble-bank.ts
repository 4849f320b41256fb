/**
 * `node --import tsx scripts/assemble-bank.ts --parts DIR [--data ../shared/data] [--seal]`
 *
 * Gathers the question writers' parts (JSON Lines, one file per writer) into the bank's split files,
 * by story: `eval/bank/train.jsonl`, `dev.jsonl` and — with `--seal`, once — `test.jsonl` with its
 * sha256 in `test.sha256`. Every answer substring is checked against the story's sentences as the
 * knowledge base splits them; a question that fails is reported and left out. A sealed test split is
 * never rewritten.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/core/ingest/split-sentences.js';
import { BANK_DIR } from '../src/eval/bank.js';
import { loadBankArticles } from '../src/eval/bank-corpus.js';
import { sha256, splitOfStory, type Split } from '../src/eval/splits.js';

const { values } = parseArgs({
  options: { parts: { type: 'string', default: '/tmp/factdesk-bank/parts' }, data: { type: 'string', default: '../shared/data' }, seal: { type: 'boolean', default: false } },
});
const { stories } = await loadBankArticles({ dataDir: values.data });
const sentencesOf = new Map(stories.map((s) => [s.story, s.article.paragraphs.flatMap((p) => splitSentences(p))]));

const bySplit: Record<Split, string[]> = { train: [], dev: [], test: [] };
const seen = new Set<string>();
let dropped = 0;
for (const file of (await readdir(values.parts)).filter((f) => f.endsWith('.jsonl')).sort()) {
  const lines = (await readFile(path.join(values.parts, file), 'utf8')).split('\n');
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const q = JSON.parse(line) as { id: string; question: string; type: string; kind: string; story: string; answers: string[]; short: string[] | null; unanswerable?: string };
    const problem = (() => {
      const sentences = sentencesOf.get(q.story);
      if (!sentences) return `unknown story ${q.story}`;
      if (seen.has(q.id)) return `duplicate id ${q.id}`;
      for (const a of q.answers) if (!sentences.some((s) => s.includes(a))) return `answer not in one sentence of the story: ${JSON.stringify(a)}`;
      if (q.answers.length === 0 && !q.unanswerable) return 'no answers and not marked unanswerable';
      return undefined;
    })();
    if (problem) {
      dropped++;
      process.stderr.write(`${file}:${i + 1}: ${problem} (left out)\n`);
      return;
    }
    seen.add(q.id);
    const split = splitOfStory(q.story);
    const entry = { id: q.id, question: q.question, type: q.type, kind: q.kind, story: q.story, answers: q.answers, short: q.short, split, ...(q.unanswerable ? { unanswerable: q.unanswerable } : {}) };
    bySplit[split].push(JSON.stringify(entry));
  });
}
for (const split of ['train', 'dev', 'test'] as const) {
  const file = path.join(BANK_DIR, `${split}.jsonl`);
  const text = `${bySplit[split].join('\n')}\n`;
  if (split === 'test') {
    if (existsSync(path.join(BANK_DIR, 'test.sha256'))) {
      process.stderr.write(`${file} is sealed: not rewritten\n`);
      continue;
    }
    if (!values.seal) continue;
    await writeFile(path.join(BANK_DIR, 'test.sha256'), `${sha256(text)}  test.jsonl\n`);
  }
  await writeFile(file, text);
  process.stdout.write(`${file}: ${bySplit[split].length} questions\n`);
}
process.stdout.write(`${dropped} left out\n`);
