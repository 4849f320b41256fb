import { buildKnowledgeBase, type BuildOptions } from '../core/knowledge-base.js';
import type { KnowledgeBase, Lexicon } from '../core/types.js';
import { loadKnowledgeDir, type KnowledgeProblem } from './knowledge-dir.js';
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
}

/**
 * Loads every knowledge file of a folder and builds the knowledge base with WordNet paraphrases
 * and word vectors.
 *
 * @example
 * const { kb, problems } = await loadKnowledgeBase('knowledge');
 */
export async function loadKnowledgeBase(dir: string, options: BuildOptions = defaultBuildOptions()): Promise<LoadedKnowledge> {
  const { articles, problems } = await loadKnowledgeDir(dir);
  return { kb: buildKnowledgeBase(articles, options), problems };
}
