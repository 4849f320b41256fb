/**
 * The real product code the benchmark drives: ingest + renderer to write knowledge files, the
 * product's `loadKnowledgeBase` (folder loader + knowledge-base builder) to load them, and the
 * core's sentence splitter.
 */
import { ingestArticle } from '../core/ingest/ingest-article.js';
import { renderKnowledgeFile } from '../core/ingest/render-knowledge-file.js';
import { splitSentences } from '../core/ingest/split-sentences.js';
import type { BuildOptions } from '../core/knowledge-base.js';
import type { KnowledgeBase } from '../core/types.js';
import { loadKnowledgeBase } from '../io/load-knowledge-base.js';
import type { BenchEngine, IngestMeta } from './run-bench.js';

/**
 * Wires the real ingest and loading code for `runBench`. The lexicon and word vectors are opened once by the caller,
 * as the bot does at start, so load times measure the knowledge base, not WordNet's index.
 *
 * @example
 * const engine = createRealEngine(defaultBuildOptions());
 */
export function createRealEngine(resources: BuildOptions): BenchEngine {
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
    // HOOK: once a persisted index exists (e.g. `loadKnowledgeBase(dir, lexicon, { cache })` reading
    // an index saved next to the folder and rebuilt when a file changes), set `loadCached` to load
    // through it; the bench then reports that time as `load_cached_ms` and labels it as persisted.
    loadCached: undefined,
    splitSentences,
  };
}
