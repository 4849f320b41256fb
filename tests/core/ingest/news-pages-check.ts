/**
 * What ingest makes of one page of `../shared/data/news-pages/NAME/` (Mozilla Readability's test
 * pages, with its expected article and metadata): the fields found, the share of the expected body's
 * sentences kept verbatim, and the furniture left. Shared by the page test and the table printed by
 * `npx tsx tests/core/ingest/news-pages-report.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { guessLanguage } from '../../../src/core/ingest/detect-language.js';
import { isPageFurniture } from '../../../src/core/ingest/drop-furniture.js';
import { ingestArticle, UNKNOWN_SOURCE, type IngestOptions, type IngestResult } from '../../../src/core/ingest/ingest-article.js';
import { normalizeText } from '../../../src/core/ingest/normalize-text.js';
import { readPageMetadata, type MetaDocument, type PageMetadata } from '../../../src/core/ingest/page-metadata.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';

export const NEWS_PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared/data/news-pages');

export interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

export interface PageCheck {
  name: string;
  expected: ExpectedMetadata;
  /** The page's own declared tags, read as ingest reads them. */
  tags: PageMetadata;
  result: IngestResult;
  /** Expected body sentences (5+ words) and those not found verbatim in the ingested body. */
  sentences: string[];
  missing: string[];
  /** Ingested paragraphs that are page furniture. */
  furniture: string[];
}

export const norm = (text: string): string => normalizeText(text).replace(/\s+/g, ' ').trim();

/**
 * Whether a page is not in English: by the expected metadata's language, else by a guess on
 * Readability's expected article (not on what ingest made of the page).
 */
export function isForeign(name: string): boolean {
  const { lang } = readExpected(name);
  if (typeof lang === 'string' && lang !== '') return !/^en\b/i.test(lang);
  const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(path.join(NEWS_PAGES, name, 'expected.html'), 'utf8')}</body></html>`);
  const guess = guessLanguage(document.body.textContent ?? '');
  return guess !== undefined && guess.code !== 'en';
}

function expectedSentences(file: string, author: string | undefined): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${readFileSync(file, 'utf8')}</body></html>`);
  const out: string[] = [];
  for (const element of document.querySelectorAll('p, li, blockquote')) {
    if (element.querySelector('p, li') !== null || element.closest('figure, figcaption') !== null) continue;
    const text = norm(element.textContent ?? '');
    if (text === '' || isPageFurniture(text, author)) continue;
    for (const sentence of splitSentences(text)) if (sentence.split(' ').length >= 5) out.push(sentence);
  }
  return out;
}

export function readExpected(name: string): ExpectedMetadata {
  return JSON.parse(readFileSync(path.join(NEWS_PAGES, name, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
}

/** Ingests one page, with no options by default as a curator would, and measures the result. */
export function checkNewsPage(name: string, options: IngestOptions = {}): PageCheck {
  const dir = path.join(NEWS_PAGES, name);
  const expected = readExpected(name);
  const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
  const result = ingestArticle(html, options);
  const tags = readPageMetadata(parseHTML(html).document as unknown as MetaDocument);
  if (!result.ok) return { name, expected, tags, result, sentences: [], missing: [], furniture: [] };
  const author = result.found?.author;
  const body = norm(result.article.paragraphs.join(' '));
  const sentences = expectedSentences(path.join(dir, 'expected.html'), author);
  return {
    name,
    expected,
    tags,
    result,
    sentences,
    missing: sentences.filter((s) => !body.includes(s)),
    furniture: result.article.paragraphs.filter((p) => isPageFurniture(p, author)),
  };
}

export { UNKNOWN_SOURCE };
