/**
 * The knowledge base that the labelled question bank is asked of: the curated `knowledge/` folder,
 * Brown corpus stories of several categories (never the reserved ca01–ca22), and — when the shared
 * data folder is beside the project — the real news pages, each pasted through the real ingest as a
 * curator would. Every article carries a stable story id (`ca23-0`, `page-cnet`) that the bank's
 * questions name; the article's own id starts with it.
 */
import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import { ingestArticle } from '../core/ingest/ingest-article.js';
import type { Article } from '../core/types.js';
import { brownArticleToText, listBrownFiles, readBrownFile } from '../io/brown-corpus.js';
import { loadKnowledgeDir } from '../io/knowledge-dir.js';

/** Brown categories in the bank: press reportage, editorials, reviews, popular lore. */
export const BANK_BROWN_CATEGORIES = ['a', 'b', 'c', 'f'] as const;
/** News pages not in English: kept out, since the bank's questions are English. */
const NON_ENGLISH_LANG = /^(?!en)/i;

export interface BankStory {
  story: string;
  article: Article;
}

export interface BankCorpus {
  stories: BankStory[];
  /** Set when the shared data folder was not found: news-page questions cannot be asked. */
  pagesMissing?: string;
}

async function exists(p: string): Promise<boolean> {
  try {
    await access(p);
    return true;
  } catch {
    return false;
  }
}

/** The Brown stories of the bank, with the same generated dates the evaluation always used. */
export async function loadBrownStories(categories: readonly string[] = BANK_BROWN_CATEGORIES): Promise<BankStory[]> {
  const out: BankStory[] = [];
  const files = await listBrownFiles({ categories });
  for (const [f, file] of files.entries()) {
    const stories = await readBrownFile(file);
    stories.forEach((story, s) => {
      const published = format(addDays(parseISO('1961-01-02'), f * 7 + s), 'yyyy-MM-dd');
      const result = ingestArticle(brownArticleToText(story, published), { title: story.title, source: `Brown Corpus ${file}`, url: '' });
      if (!result.ok) return;
      const id = `${file}-${s}`;
      out.push({ story: id, article: { ...result.article, id: `${id}-${result.article.id}` } });
    });
  }
  return out;
}

/** The English news pages of `<dataDir>/news-pages`, ingested from their saved HTML. */
export async function loadNewsPageStories(dataDir: string): Promise<BankStory[]> {
  const root = path.join(dataDir, 'news-pages');
  const out: BankStory[] = [];
  for (const name of (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const dir = path.join(root, name);
    const meta = JSON.parse(await readFile(path.join(dir, 'expected-metadata.json'), 'utf8')) as { lang?: string | null; publishedTime?: string | null; siteName?: string | null };
    if (meta.lang && NON_ENGLISH_LANG.test(meta.lang)) continue;
    const html = await readFile(path.join(dir, 'source.html'), 'utf8');
    let result = ingestArticle(html, { source: meta.siteName ?? name });
    // A curator gives the date by hand when the page does not carry one we can read.
    if (!result.ok) result = ingestArticle(html, { source: meta.siteName ?? name, published: (meta.publishedTime ?? '2015-01-01').slice(0, 10) });
    if (!result.ok) continue;
    const id = `page-${name}`;
    out.push({ story: id, article: { ...result.article, id: `${id}-${result.article.id}` } });
  }
  return out;
}

/** Every story of the bank's knowledge base, plus the curated folder when given. */
export async function loadBankArticles(options: { knowledgeDir?: string; dataDir: string; categories?: readonly string[] }): Promise<BankCorpus> {
  const stories: BankStory[] = [];
  if (options.knowledgeDir !== undefined) {
    const { articles, problems } = await loadKnowledgeDir(options.knowledgeDir);
    if (problems.length > 0) throw new Error(`knowledge problems: ${problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('; ')}`);
    for (const article of articles) stories.push({ story: article.id, article });
  }
  stories.push(...(await loadBrownStories(options.categories)));
  const { dataDir } = options;
  if (await exists(path.join(dataDir, 'news-pages'))) stories.push(...(await loadNewsPageStories(dataDir)));
  else return { stories, pagesMissing: `no ${path.join(dataDir, 'news-pages')}: news-page questions skipped` };
  return { stories };
}
