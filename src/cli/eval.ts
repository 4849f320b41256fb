/**
 * `npm run eval [-- --split dev|test] [--json] [--failures]` — answers the evaluation questions of
 * tests/fixtures/eval/questions.json over knowledge/ plus Brown press reportage ca23–ca44 and prints
 * top-1/top-3 citation accuracy, short-answer accuracy and abstention by question type.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildKnowledgeBase } from '../core/knowledge-base.js';
import { loadEvalArticles } from '../eval/eval-corpus.js';
import { formatTable, runEval, summarize, type EvalQuestion } from '../eval/run-eval.js';
import { defaultLexicon } from '../io/load-knowledge-base.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string' },
    json: { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
    knowledge: { type: 'string', default: 'knowledge' },
    questions: { type: 'string', default: 'tests/fixtures/eval/questions.json' },
  },
});

const all = JSON.parse(await readFile(values.questions, 'utf8')) as EvalQuestion[];
const questions = values.split ? all.filter((q) => q.split === values.split) : all;
const { articles, brownStories } = await loadEvalArticles(values.knowledge);
const kb = buildKnowledgeBase(articles, { lexicon: defaultLexicon() });
const outcomes = runEval(kb, questions);
const rows = summarize(outcomes);
if (values.json) {
  process.stdout.write(`${JSON.stringify({ articles: articles.length, brownStories, sentences: kb.sentenceCount, rows })}\n`);
} else {
  process.stdout.write(`${questions.length} questions over ${articles.length} articles (${brownStories} Brown stories), ${kb.sentenceCount} sentences\n\n`);
  process.stdout.write(`${formatTable(rows)}\n`);
}
if (values.failures) {
  for (const o of outcomes) {
    const ok = o.question.expect ? o.top1 && o.shortAnswer !== false : o.abstained;
    if (ok) continue;
    const got = o.result.kind === 'answer' ? `${o.result.answer.slice(0, 70)} | ${o.result.citations[0]?.sentence.slice(0, 110)}` : `UNKNOWN (${o.result.reason})`;
    process.stderr.write(`✗ ${o.question.id} [${o.question.type}] ${o.question.question}\n    want: ${JSON.stringify(o.question.expect)}\n    got:  ${got}\n`);
  }
}
