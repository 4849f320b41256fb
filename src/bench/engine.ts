/**
 * The real product code the benchmark drives: ingest + renderer to write knowledge files, the
 * product's `loadKnowledgeBase` (folder loader + knowledge-base builder) to load them, and the
 * core's sentence splitter.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { warmUpAnswers } from '../core/answer/warm-up.js';
import { warmUpDates } from '../core/facts/resolve-dates.js';
import { ingestArticle } from '../core/ingest/ingest-article.js';
import { renderKnowledgeFile } from '../core/ingest/render-knowledge-file.js';
import { splitSentences } from '../core/ingest/split-sentences.js';
import type { BuildOptions } from '../core/knowledge-base.js';
import type { KnowledgeBase } from '../core/types.js';
import { useKnownFiles } from '../io/knowledge-dir.js';
import { KnowledgeIndexStore } from '../io/knowledge-index-store.js';
import { KnowledgeWatcher } from '../io/knowledge-watcher.js';
import { loadKnowledgeBase, persistentBuilder } from '../io/load-knowledge-base.js';
import type { BenchEngine, BotQuestions, IngestMeta } from './run-bench.js';

/**
 * Where the bench keeps a folder's persisted index: under `indexRoot` (the bench's scratch folder),
 * never inside or beside the knowledge folder — the seed folder is the repository's own.
 */
export function benchIndexPath(indexRoot: string, dir: string): string {
  return join(indexRoot, `${basename(dir)}-index-${createHash('sha1').update(resolve(dir)).digest('hex').slice(0, 8)}`, 'knowledge.index');
}

/** Newest modification time of the TypeScript files under `dir` (0 for none). */
function newestSource(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newestSource(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * How to start the bench's bot process (`bot-memory`) as the bot itself runs: `npm start` runs the
 * compiled build when it is at least as new as every source (scripts/start.mjs), so the child is the
 * compiled one then — tsx's loader and the name-keeping wrappers it adds to every inner function cost
 * the bot ~40 MB and some CPU it does not spend when deployed; otherwise the sources through tsx.
 *
 * @example
 * botMemoryCommand('/repo/src/bench/engine.ts'); // → { args: ['/repo/dist/src/bench/bot-memory.js'], compiled: true } (a fresh build)
 */
export function botMemoryCommand(self: string): { args: string[]; compiled: boolean } {
  if (extname(self) !== '.ts') return { args: [join(self, '..', 'bot-memory.js')], compiled: true };
  const root = join(self, '..', '..', '..');
  const built = join(root, 'dist', 'src', 'bench', 'bot-memory.js');
  const stamp = join(root, 'dist', '.tsbuildinfo');
  const fresh = existsSync(built) && existsSync(stamp) && statSync(stamp).mtimeMs >= Math.max(newestSource(join(root, 'src')), newestSource(join(root, 'commands')));
  return fresh ? { args: [built], compiled: true } : { args: ['--import', 'tsx', join(self, '..', 'bot-memory.ts')], compiled: false };
}

/**
 * Wires the real ingest and loading code for `runBench`. The lexicon and word vectors are opened once by the caller,
 * as the bot does at start, so load times measure the knowledge base, not WordNet's index.
 *
 * @example
 * const engine = createRealEngine(defaultBuildOptions(), workDir);
 */
export function createRealEngine(resources: BuildOptions, indexRoot: string = tmpdir()): BenchEngine {
  return {
    toKnowledgeFile(raw: string, meta: IngestMeta) {
      const result = ingestArticle(raw, { format: 'text', ...meta });
      if (!result.ok) return result;
      return { ok: true, fileName: result.fileName, contents: renderKnowledgeFile(result.article) };
    },
    async load(dir: string): Promise<KnowledgeBase> {
      const { kb, problems } = await loadKnowledgeBase(dir, resources);
      // The bench writes every file itself: a problem here is a bug, not data to skip.
      if (problems.length > 0) {
        const first = problems[0];
        throw new Error(
          `${problems.length} knowledge file problem(s), first: ${first?.file}:${first?.line} ${first?.message}`,
        );
      }
      return kb;
    },
    // A start as the bot does it: a store opened afresh, files reused when unchanged.
    async loadCached(dir: string): Promise<KnowledgeBase> {
      const store = KnowledgeIndexStore.open(benchIndexPath(indexRoot, dir));
      try {
        const { kb } = await loadKnowledgeBase(dir, resources, { store });
        return kb;
      } finally {
        store.close();
      }
    },
    // The bot's own reload path: the knowledge watcher over the persisted index.
    async watch(dir: string) {
      const store = KnowledgeIndexStore.open(benchIndexPath(indexRoot, dir));
      const builder = persistentBuilder(resources, store);
      useKnownFiles(store.fileHooks);
      const watcher = await KnowledgeWatcher.start({ dir, build: (articles) => builder.build(articles), watch: false });
      useKnownFiles({});
      return {
        current: () => watcher.current(),
        reload: async (files?: readonly string[]) => {
          await (files === undefined ? watcher.reload() : watcher.reloadFiles(files));
        },
        close: () => {
          watcher.close();
          store.close();
        },
      };
    },
    // A bot of its own: a fresh process started from the persisted index (see bot-memory.ts).
    async botMemory(dir: string, questions: BotQuestions) {
      const questionsPath = join(indexRoot, `${basename(dir)}-questions.json`);
      await writeFile(questionsPath, JSON.stringify(questions));
      const { args, compiled } = botMemoryCommand(fileURLToPath(import.meta.url));
      const { stdout } = await promisify(execFile)(process.execPath, [...args, dir, benchIndexPath(indexRoot, dir), questionsPath], { maxBuffer: 1024 * 1024 });
      const figures = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { rss_mb: number; peak_rss_mb: number; p50_ms: number; p99_ms: number };
      return { rssMb: figures.rss_mb, peakRssMb: figures.peak_rss_mb, p50Ms: figures.p50_ms, p99Ms: figures.p99_ms, compiled };
    },
    warmUp: (kb) => {
      warmUpDates();
      warmUpAnswers((question) => kb.ask(question));
    },
    splitSentences,
  };
}
