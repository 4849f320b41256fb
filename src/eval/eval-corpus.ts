import { addDays, format, parseISO } from 'date-fns';
import { ingestArticle } from '../core/ingest/ingest-article.js';
import type { Article } from '../core/types.js';
import { brownArticleToText, listBrownFiles, readBrownFile } from '../io/brown-corpus.js';
import { loadKnowledgeDir } from '../io/knowledge-dir.js';

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
  const files = await listBrownFiles(EVAL_BROWN_FILES);
  let brownStories = 0;
  for (const [f, file] of files.entries()) {
    const stories = await readBrownFile(file);
    stories.forEach((story, s) => {
      const published = format(addDays(parseISO('1961-01-02'), f * 7 + s), 'yyyy-MM-dd');
      const result = ingestArticle(brownArticleToText(story, published), { title: story.title, source: `Brown Corpus ${file}`, url: '' });
      if (!result.ok) return;
      articles.push({ ...result.article, id: `${file}-${s}-${result.article.id}` });
      brownStories++;
    });
  }
  return { articles, brownStories };
}
