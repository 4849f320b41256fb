/**
 * `npm run --silent ask -- [--knowledge DIR] [--json] [QUESTION...]`
 *
 * The CLI contract (documented in README.md; scripts and the evaluation depend on it): with a
 * question it answers it; with none it reads one question per line from stdin and answers each in
 * order, in one process. `--json` prints exactly one JSON object per question, one per line, and
 * nothing else goes to stdout.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { AskResult, QuestionType } from '../core/types.js';
import { loadKnowledgeBase } from '../io/load-knowledge-base.js';
import { answerText } from '../render/text.js';
import { askView } from '../render/views.js';

const TYPES: readonly QuestionType[] = ['who', 'when', 'where', 'what', 'why', 'how', 'how-many'];

/** The stable JSON shape of one answer. */
export function toJson(result: AskResult): string {
  const answered = result.kind === 'answer';
  return JSON.stringify({
    question: result.question,
    type: result.type,
    answered,
    answer: answered ? result.answer : null,
    confidence: answered ? result.confidence : 0,
    citations: answered
      ? result.citations.map((c) => ({
          sentence: c.sentence,
          article: { id: c.article.id, title: c.article.title, source: c.article.source, published: c.article.published, url: c.article.url },
        }))
      : [],
    suggestions: answered ? [] : result.suggestions,
  });
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        knowledge: { type: 'string', default: process.env.KNOWLEDGE_DIR ?? 'knowledge' },
        json: { type: 'boolean', default: false },
        type: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`ask: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write('usage: npm run --silent ask -- [--knowledge DIR] [--json] [--type who|when|where|what|why|how|how-many] [QUESTION...]\n');
    return 0;
  }
  const type = values.type as QuestionType | undefined;
  if (type !== undefined && !TYPES.includes(type)) {
    process.stderr.write(`ask: --type must be one of ${TYPES.join(', ')}\n`);
    return 2;
  }
  const { kb, problems } = await loadKnowledgeBase(values.knowledge);
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  const answer = (question: string): void => {
    const result = kb.ask(question, { type });
    process.stdout.write(values.json ? `${toJson(result)}\n` : `${answerText(askView(result))}\n\n`);
  };
  if (positionals.length > 0) {
    answer(positionals.join(' '));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() !== '') answer(line);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
