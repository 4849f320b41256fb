import { createKnowledgeBuilder, type BuildOptions } from '../core/knowledge-base.js';
import type { Article, KnowledgeBase, Lexicon } from '../core/types.js';
import { loadKnowledgeDir, type KnowledgeProblem } from './knowledge-dir.js';
import { articleHash, type IndexStoreReport, type KnowledgeIndexStore } from './knowledge-index-store.js';
import { openWordNetLexicon } from './wordnet-lexicon.js';
import { loadWordVectors } from './word-vectors.js';

let sharedLexicon: Lexicon | undefined;

/** One WordNet reader per process: its index takes ~150 ms to parse and never changes. */
export function defaultLexicon(): Lexicon {
  sharedLexicon ??= openWordNetLexicon();
  return sharedLexicon;
}

/** WordNet and the word vectors: the language resources every knowledge base is built with. */
export function defaultBuildOptions(): BuildOptions {
  return { lexicon: defaultLexicon(), vectors: loadWordVectors() };
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Files that did not load, with file, line and reason; the rest loaded. */
  problems: KnowledgeProblem[];
  /** What was done with the persisted index, when one was used. */
  index?: IndexStoreReport | undefined;
}

export interface LoadKnowledgeOptions {
  /** A persisted index to read analyses from and save them to. */
  store?: KnowledgeIndexStore | undefined;
}

/** A knowledge build function whose articles' analyses come from (and go to) a persisted index. */
export interface PersistentBuilder {
  build(articles: readonly Article[]): KnowledgeBase;
  /** The last failure to save the index, if any (the knowledge base itself is fine). */
  readonly saveError: Error | undefined;
}

/** How long after a reload its changes are saved (a burst of edits is saved once). */
export const SAVE_DELAY_MS = 30_000;

/**
 * Wraps {@link createKnowledgeBuilder} with a persisted index: the first build starts from the
 * saved index (unchanged articles are neither analysed nor re-indexed) and saves the result; later
 * builds (reloads) change only what changed and are saved within {@link SAVE_DELAY_MS} and at
 * `store.close()`. Give its `build` to the knowledge watcher.
 *
 * @example
 * const builder = persistentBuilder(resources, KnowledgeIndexStore.open(path));
 * const watcher = await KnowledgeWatcher.start({ dir, build: builder.build });
 */
export function persistentBuilder(options: BuildOptions, store: KnowledgeIndexStore, saveDelayMs = SAVE_DELAY_MS): PersistentBuilder {
  // Names read once at indexing and persisted: every later start answers a story's first question without reading them.
  const builder = createKnowledgeBuilder({ ...options, keyOf: articleHash, mentionTables: true });
  store.restoreInto(builder);
  let built = false;
  let saveError: Error | undefined;
  return {
    get saveError() {
      return saveError;
    },
    build(articles: readonly Article[]): KnowledgeBase {
      // The watcher starts from an empty knowledge base: that must not empty the restored index.
      if (!built && articles.length === 0) return createKnowledgeBuilder(options).build([]);
      const kb = builder.build(articles);
      saveError = store.built(builder, built ? saveDelayMs : 0);
      built = true;
      return kb;
    },
  };
}

/** The same without a persisted index (an in-memory database): reloads are still incremental. */
export function inMemoryBuilder(options: BuildOptions): PersistentBuilder {
  const builder = createKnowledgeBuilder(options);
  return { build: (articles) => builder.build(articles), saveError: undefined };
}

/**
 * Loads every knowledge file of a folder and builds the knowledge base with WordNet paraphrases
 * and word vectors; with a store, unchanged files are neither parsed nor analysed again.
 *
 * @example
 * const { kb, problems } = await loadKnowledgeBase('knowledge');
 */
export async function loadKnowledgeBase(dir: string, options: BuildOptions = defaultBuildOptions(), load: LoadKnowledgeOptions = {}): Promise<LoadedKnowledge> {
  const { store } = load;
  if (!store) {
    const { articles, problems } = await loadKnowledgeDir(dir);
    return { kb: createKnowledgeBuilder(options).build(articles), problems };
  }
  const { articles, problems } = await loadKnowledgeDir(dir, store.fileHooks);
  const kb = persistentBuilder(options, store).build(articles);
  return { kb, problems, index: { ...store.report } };
}
