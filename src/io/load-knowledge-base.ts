import { buildKnowledgeBase } from '../core/knowledge-base.js';
import type { KnowledgeBase, Lexicon } from '../core/types.js';
import { loadKnowledgeDir, type KnowledgeProblem } from './knowledge-dir.js';
import { openWordNetLexicon } from './wordnet-lexicon.js';

let sharedLexicon: Lexicon | undefined;

/** One WordNet reader per process: its index takes ~150 ms to parse and never changes. */
export function defaultLexicon(): Lexicon {
  sharedLexicon ??= openWordNetLexicon();
  return sharedLexicon;
}

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  /** Files that did not load, with file, line and reason; the rest loaded. */
  problems: KnowledgeProblem[];
}

/**
 * Loads every knowledge file of a folder and builds the knowledge base with WordNet paraphrases.
 *
 * @example
 * const { kb, problems } = await loadKnowledgeBase('knowledge');
 */
export async function loadKnowledgeBase(dir: string, lexicon: Lexicon = defaultLexicon()): Promise<LoadedKnowledge> {
  const { articles, problems } = await loadKnowledgeDir(dir);
  return { kb: buildKnowledgeBase(articles, { lexicon }), problems };
}
