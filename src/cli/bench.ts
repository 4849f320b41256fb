/**
 * `npm run bench [-- --quick] [--json] [--questions N] [--knowledge DIR]`: the performance benchmark
 * of issue 5. The table (or, with --json, exactly one JSON object) goes to stdout; logs to stderr.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRealEngine } from '../bench/engine.js';
import { applyHeapPolicy } from '../heap-policy.js';
import { benchJson, benchTable } from '../bench/report.js';
import { FULL_SIZES, QUICK_SIZES, runBench } from '../bench/run-bench.js';
import { defaultLexicon } from '../io/load-knowledge-base.js';
import { loadWordVectors } from '../io/word-vectors.js';

const USAGE =
  'usage: npm run bench -- [--quick] [--json] [--questions N] [--sizes 1,1000,10000|100000] [--baseline-budget SECONDS | --no-baseline] [--knowledge DIR]';

async function main(): Promise<number> {
  // The bot's own heap policy, so RSS is measured as a running bot would have it.
  applyHeapPolicy();
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        questions: { type: 'string' },
        sizes: { type: 'string' },
        'baseline-budget': { type: 'string' },
        'no-baseline': { type: 'boolean', default: false },
        knowledge: { type: 'string', default: 'knowledge' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const questions = values.questions === undefined ? 300 : Number(values.questions);
  if (!Number.isInteger(questions) || questions < 1) {
    process.stderr.write(`--questions must be a positive integer\n${USAGE}\n`);
    return 2;
  }

  let sizes = values.quick ? QUICK_SIZES : FULL_SIZES;
  if (values.sizes !== undefined) {
    const counts = values.sizes.split(',').map(Number);
    if (counts.some((n) => !Number.isInteger(n) || n < 1)) {
      process.stderr.write(`--sizes takes article counts separated by commas\n${USAGE}\n`);
      return 2;
    }
    // The naive baseline scans every sentence: fewer questions for bigger sizes keep the run short.
    sizes = counts.map((articles) => ({
      articles,
      baselineSample: articles <= 1 ? 300 : articles <= 200 ? 50 : 20,
    }));
  }

  // The naive baseline needs minutes per question at 100,000 articles and gigabytes for its index.
  if (values['no-baseline']) sizes = sizes.map((size) => ({ ...size, baselineSample: 0 }));

  const budgetSeconds =
    values['baseline-budget'] === undefined ? undefined : Number(values['baseline-budget']);
  if (budgetSeconds !== undefined && !(budgetSeconds > 0)) {
    process.stderr.write(`--baseline-budget takes a number of seconds\n${USAGE}\n`);
    return 2;
  }

  const log = (message: string): void => {
    process.stderr.write(`[bench] ${message}\n`);
  };
  const workDir = await mkdtemp(join(tmpdir(), 'factdesk-bench-'));
  const lexiconStart = performance.now();
  const lexicon = defaultLexicon();
  lexicon.synonyms('reject');
  log(
    `WordNet lexicon opened in ${Math.round(performance.now() - lexiconStart)} ms (once per process, not in load times)`,
  );
  try {
    const started = performance.now();
    const results = await runBench(createRealEngine({ lexicon, vectors: loadWordVectors() }, workDir), {
      sizes,
      questions,
      autocompleteCalls: 300,
      seedDir: values.knowledge,
      ...(budgetSeconds === undefined ? {} : { baselineBudgetMs: budgetSeconds * 1000 }),
      workDir,
      log,
      synonyms: (word) => lexicon.synonyms(word),
    });
    log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (values.json) {
      // The table still helps a person watching; stdout carries only the JSON object.
      process.stderr.write(`${benchTable(results)}\n`);
      process.stdout.write(`${benchJson(results)}\n`);
    } else {
      process.stdout.write(`${benchTable(results)}\n`);
    }
    return 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
