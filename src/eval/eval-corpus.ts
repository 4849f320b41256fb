import type { Article } from '../core/types.js';
import { loadKnowledgeDir } from '../io/knowledge-dir.js';
import { loadBrownStories } from './bank-corpus.js';

/** Press reportage (outside the held-out files) and editorials: the real news text our own evaluation uses. */
export const EVAL_BROWN_FILES = { categories: ['a', 'b'] } as const;

/**
 * The evaluation's knowledge base: the curated `knowledge/` folder plus every Brown press story of
 * ca23–ca44, each pasted through the real ingest as a curator would, with a generated date (the
 * corpus has none) so relative dates resolve reproducibly.
 */
export async function loadEvalArticles(knowledgeDir: string): Promise<{ articles: Article[]; brownStories: number }> {
  const { articles, problems } = await loadKnowledgeDir(knowledgeDir);
  if (problems.length > 0) throw new Error(`knowledge problems: ${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`);
  const stories = await loadBrownStories(EVAL_BROWN_FILES.categories);
  return { articles: [...articles, ...stories.map((s) => s.article)], brownStories: stories.length };
}
