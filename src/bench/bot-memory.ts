/**
 * The bench's measure of a running bot, run as its own process (`botMemory` in `engine.ts` starts
 * it): what a bot holds is not what the bench's process holds, which has loaded the folder several
 * ways before and keeps the bench's own sentence lists and peers. It starts as the bot does — the
 * bot's heap policy, WordNet and the word vectors, the knowledge base from the persisted index the
 * bench wrote — answers the bench's questions (the `timed` ones timed one by one, after the same
 * warm-up as the bench's own pass, then the `more` ones), builds the newest day's digest, and prints
 * one JSON line: RSS at the end and its peak, and the answers' wall-time p50 / p99.
 *
 *   node --import tsx src/bench/bot-memory.ts <knowledge dir> <index file> <questions.json>
 *
 * where questions.json is `{ "timed": [question, …], "more": [question, …], "warmup": n }`.
 */
import { readFile } from 'node:fs/promises';
import { warmUpAnswers } from '../core/answer/warm-up.js';
import { warmUpDates } from '../core/facts/resolve-dates.js';
import { applyHeapPolicy } from '../heap-policy.js';
import { KnowledgeIndexStore } from '../io/knowledge-index-store.js';
import { defaultBuildOptions, loadKnowledgeBase } from '../io/load-knowledge-base.js';
import { digestOfNewestDay } from './run-bench.js';
import { percentile } from './stats.js';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  applyHeapPolicy();
  const [dir, indexPath, questionsPath] = process.argv.slice(2);
  if (dir === undefined || indexPath === undefined || questionsPath === undefined) {
    throw new Error('usage: bot-memory <knowledge dir> <index file> <questions.json>');
  }
  const questions = JSON.parse(await readFile(questionsPath, 'utf8')) as { timed: string[]; more: string[]; warmup: number };
  const store = KnowledgeIndexStore.open(indexPath);
  const { kb } = await loadKnowledgeBase(dir, defaultBuildOptions(), { store });
  store.close();
  // As the bot does once it has started (src/main.ts).
  warmUpDates();
  warmUpAnswers((question) => kb.ask(question));
  for (const question of questions.timed.slice(0, questions.warmup)) kb.ask(question);
  const latencies = questions.timed.map((question) => {
    const start = performance.now();
    kb.ask(question);
    return performance.now() - start;
  });
  for (const question of questions.more) kb.ask(question);
  digestOfNewestDay(kb);
  // maxRSS is in kilobytes; `kb` stays referenced to the end, as a running bot's does.
  const figures = {
    rss_mb: process.memoryUsage().rss / MB,
    peak_rss_mb: (process.resourceUsage().maxRSS * 1024) / MB,
    p50_ms: percentile(latencies, 50),
    p99_ms: percentile(latencies, 99),
    articles: kb.articles.length,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bot-memory: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
