import { dirname, join } from 'node:path';
import { createKnowledgeBuilder, type BuildOptions, type KnowledgeBuilder } from '../core/knowledge-base.js';
import type { Article, KnowledgeBase, Lexicon } from '../core/types.js';
import { loadKnowledgeDir, type KnowledgeProblem } from './knowledge-dir.js';
import type { KnowledgeIndexStore} from './knowledge-index-store.js';
import { type IndexStoreReport } from './knowledge-index-store.js';
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

/** Where the persisted index goes by default: `index/knowledge.sqlite` beside the database. */
export function defaultIndexPath(databasePath: string): string {
  return join(dirname(databasePath), 'index', 'knowledge.sqlite');
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

/** A knowledge builder whose articles' analyses come from (and go to) a persisted index. */
export interface PersistentBuilder extends KnowledgeBuilder {
  /** The last failure to save the index, if any (the knowledge base itself is fine). */
  readonly saveError: Error | undefined;
}

/**
 * Wraps {@link createKnowledgeBuilder} with a persisted index: unchanged articles reuse their saved
 * analysis, and after each build the new analyses are saved and those of removed articles dropped.
 * Give its `build` to the knowledge watcher: a reload then re-analyses only what changed.
 *
 * @example
 * const builder = persistentBuilder(resources, KnowledgeIndexStore.open(path));
 * const watcher = await KnowledgeWatcher.start({ dir, build: builder.build });
 */
export function persistentBuilder(options: BuildOptions, store: KnowledgeIndexStore): PersistentBuilder {
  const builder = createKnowledgeBuilder({ ...options, analyze: store.analysisFor });
  let saveError: Error | undefined;
  return {
    get saveError() {
      return saveError;
    },
    build(articles: readonly Article[]): KnowledgeBase {
      const kb = builder.build(articles);
      // The watcher starts from an empty knowledge base: that is no reason to forget the index.
      if (articles.length > 0) saveError = store.flush(articles);
      return kb;
    },
  };
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
  const { articles, problems } = await loadKnowledgeDir(dir, {
    reuse: (path, text) => store.articleOfFile(path, text),
    parsed: (path, text, article) => store.parsedFrom(path, text, article),
  });
  const kb = persistentBuilder(options, store).build(articles);
  return { kb, problems, index: { ...store.report } };
}
