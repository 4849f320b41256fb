/**
 * The bench's measure of a running bot's memory, run as its own process (`botMemory` in
 * `engine.ts` starts it): what a bot holds is not what the bench's process holds, which has loaded
 * the folder several ways before. It starts as the bot does — the bot's heap policy, WordNet and the
 * word vectors, the knowledge base from the persisted index the bench wrote — answers the bench's
 * questions, builds the newest day's digest, and prints one JSON line: RSS at the end and its peak.
 *
 *   node --import tsx src/bench/bot-memory.ts <knowledge dir> <index file> <questions.json>
 */
import { readFile } from 'node:fs/promises';
import { applyHeapPolicy } from '../heap-policy.js';
import { KnowledgeIndexStore } from '../io/knowledge-index-store.js';
import { defaultBuildOptions, loadKnowledgeBase } from '../io/load-knowledge-base.js';
import { digestOfNewestDay } from './run-bench.js';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  applyHeapPolicy();
  const [dir, indexPath, questionsPath] = process.argv.slice(2);
  if (dir === undefined || indexPath === undefined || questionsPath === undefined) {
    throw new Error('usage: bot-memory <knowledge dir> <index file> <questions.json>');
  }
  const questions = JSON.parse(await readFile(questionsPath, 'utf8')) as string[];
  const store = KnowledgeIndexStore.open(indexPath);
  const { kb } = await loadKnowledgeBase(dir, defaultBuildOptions(), { store });
  store.close();
  for (const question of questions) kb.ask(question);
  digestOfNewestDay(kb);
  // maxRSS is in kilobytes; `kb` stays referenced to the end, as a running bot's does.
  const figures = { rss_mb: process.memoryUsage().rss / MB, peak_rss_mb: (process.resourceUsage().maxRSS * 1024) / MB, articles: kb.articles.length };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bot-memory: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
