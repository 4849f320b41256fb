/**
 * `npm run --silent ask -- [--knowledge DIR] [--json] [QUESTION...]`
 *
 * The CLI contract (documented in README.md; scripts and the evaluation depend on it): with a
 * question it answers it; with none it reads one question per line from stdin and answers each in
 * order, in one process. `--json` prints exactly one JSON object per question, one per line, and
 * nothing else goes to stdout; read from stdin, that is one object per input line, blank lines
 * included (`"answered":false` with a `"reason"`), so a script can zip questions and answers.
 * `--knowledge` defaults to KNOWLEDGE_DIR, from the environment or `.env` (see `loadConfig`).
 * Exit codes: 0 when every question got its answer (known or not); 2 for bad arguments or a
 * knowledge folder that cannot be read (one line on stderr naming it, nothing on stdout); 1 otherwise.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { QuestionType } from '../core/types.js';
import { unreadableKnowledgeDir } from '../io/knowledge-dir.js';
import { loadKnowledgeBase } from '../io/load-knowledge-base.js';
import { answerFor, profileInstead } from '../render/replies.js';
import { toJson } from '../render/answer-json.js';
import { answerText, profileText } from '../render/text.js';
import { fill, MESSAGES } from '../render/messages.js';

const TYPES: readonly QuestionType[] = ['who', 'when', 'where', 'what', 'why', 'how', 'how-many'];

async function main(): Promise<number> {
  const config = loadConfig({ scope: 'cli' });
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        knowledge: { type: 'string', default: config.knowledgeDir },
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
    process.stdout.write(
      'usage: npm run --silent ask -- [--knowledge DIR] [--json] [--type who|when|where|what|why|how|how-many] [QUESTION...]\n',
    );
    return 0;
  }
  const type = values.type as QuestionType | undefined;
  if (type !== undefined && !TYPES.includes(type)) {
    process.stderr.write(`ask: --type must be one of ${TYPES.join(', ')}\n`);
    return 2;
  }
  const unreadable = await unreadableKnowledgeDir(values.knowledge);
  if (unreadable !== undefined) {
    process.stderr.write(`ask: ${unreadable}\n`);
    return 2;
  }
  const { kb, problems } = await loadKnowledgeBase(values.knowledge);
  for (const p of problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
  const answer = (question: string): void => {
    if (values.json) {
      const result = kb.ask(question, { type });
      process.stdout.write(`${toJson(result, profileInstead(kb, question, result, type)?.view)}\n`);
      return;
    }
    // A person reads this: the reply the console and Discord give ("who is X" shows X's profile).
    const outcome = answerFor(kb, question, type);
    // ("Taking “he” as W. E. Ford.": whom a question's pronoun was taken for, as the console says it.)
    const readAs = outcome.readAs ? `${fill(MESSAGES.readAs, { ...outcome.readAs })}\n` : '';
    process.stdout.write(`${readAs}${outcome.kind === 'profile' ? profileText(outcome.view) : answerText(outcome.view)}\n\n`);
  };
  if (positionals.length > 0) {
    answer(positionals.join(' '));
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    // JSON lines stay in step with the input: a blank line is an (unanswered) empty question.
    // The engine answers it `reason: 'empty'` without searching, as it does "?".
    if (values.json || line.trim() !== '') answer(line);
  }
  return 0;
}

// A reader that stops early (`| head -1`) closes the pipe: that ends the output, it is no error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
