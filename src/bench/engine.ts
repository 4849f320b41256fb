/**
 * The real product code the benchmark drives: ingest + renderer to write knowledge files, the
 * product's `loadKnowledgeBase` (folder loader + knowledge-base builder) to load them, and the
 * core's sentence splitter.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
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
      const self = fileURLToPath(import.meta.url);
      const child = join(self, '..', `bot-memory${extname(self)}`);
      const args = extname(self) === '.ts' ? ['--import', 'tsx', child] : [child];
      const { stdout } = await promisify(execFile)(process.execPath, [...args, dir, benchIndexPath(indexRoot, dir), questionsPath], { maxBuffer: 1024 * 1024 });
      const figures = JSON.parse(stdout.trim().split('\n').pop() ?? '') as { rss_mb: number; peak_rss_mb: number; p50_ms: number; p99_ms: number };
      return { rssMb: figures.rss_mb, peakRssMb: figures.peak_rss_mb, p50Ms: figures.p50_ms, p99Ms: figures.p99_ms };
    },
    warmUp: (kb) => {
      warmUpDates();
      warmUpAnswers((question) => kb.ask(question));
    },
    splitSentences,
  };
}
