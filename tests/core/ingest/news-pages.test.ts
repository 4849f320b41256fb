/**
 * Ingests the real news pages of `../shared/data/news-pages` (Mozilla Readability's test pages, with
 * its expected article and metadata) and checks what a curator gets: title, date, outlet and URL
 * found; the story's sentences kept verbatim; the page's furniture gone; a page in another language
 * refused naming it. Skips when the folder is absent. `npx tsx tests/core/ingest/news-pages-report.ts`
 * prints the same measurements as a table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle, INGEST_ERRORS } from '../../../src/core/ingest/ingest-article.js';
import { findFullDate, parsePublishedDate } from '../../../src/core/ingest/parse-date.js';
import { checkNewsPage, isForeign, NEWS_PAGES, norm, readExpected, UNKNOWN_SOURCE } from './news-pages-check.js';

const pages = existsSync(NEWS_PAGES)
  ? readdirSync(NEWS_PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : [];

/** The page as a reader and a crawler see it: comments (commented-out tags) removed. */
function visibleSource(name: string): string {
  return readFileSync(path.join(NEWS_PAGES, name, 'source.html'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
}

describe(`news pages in ${NEWS_PAGES}`, () => {
  if (pages.length === 0) it.skip(`skipped: ${NEWS_PAGES} is absent (real pages are not part of the repository)`, () => {});
  for (const name of pages) {
    if (isForeign(name)) continue;
    it(name, () => {
      const expected = readExpected(name);
      let check = checkNewsPage(name);
      let result = check.result;
      if (!result.ok && result.error === INGEST_ERRORS.noDate) {
        // Refused only when the page carries no date at all: no tag, no date in its text or attributes.
        const source = visibleSource(name);
        expect(findFullDate(source.replace(/<[^>]*>/g, ' ')), 'a date is in the page').toBeUndefined();
        expect(source).not.toMatch(/\b(19|20)\d{2}-\d{2}-\d{2}\b/);
        check = checkNewsPage(name, { published: '2000-01-01' });
        result = check.result;
      }
      if (!result.ok) throw new Error(result.error);
      const { article, found } = result;

      // Title: Readability's expected title or the page's own declared one.
      const titles = [expected.title, check.tags.title].filter((t): t is string => typeof t === 'string').map(norm);
      expect(titles.some((t) => t === article.title || t.includes(article.title)), `title ${article.title}`).toBe(true);
      // Date: the expected one when Readability found one.
      if (expected.publishedTime) expect(article.published).toBe(parsePublishedDate(expected.publishedTime));
      // Outlet and URL: found, unless the page carries no address and no outlet anywhere.
      if (expected.siteName && !/^https?:/.test(expected.siteName)) expect(article.source).toBe(norm(expected.siteName));
      // An address that names only the site's section is no address of the story; the provenance says so.
      const onlySection = found?.from?.url?.includes('only its section') === true;
      if (article.url === '' && onlySection) expect(article.source).not.toBe(UNKNOWN_SOURCE);
      else if (article.url === '' || article.source === UNKNOWN_SOURCE) expect(visibleSource(name), 'an address is in the page').not.toMatch(/https?:\/\/|\u00a9|&copy;|copyright/i);
      else expect(article.url).toMatch(/^https?:\/\//);
      // English, measured or declared.
      if (expected.lang) expect(found?.language).toBe('en');

      const { sentences, missing } = check;
      expect(missing.length / Math.max(1, sentences.length), `missing: ${missing.slice(0, 3).join(' / ')}`).toBeLessThanOrEqual(0.05);
      // No furniture left, and no invisible characters.
      expect(check.furniture).toEqual([]);
      expect(norm(article.paragraphs.join(' '))).not.toMatch(/\u00ad|\u200b|\u00a0/);
    });
  }

  for (const name of pages.filter(isForeign)) {
    it(`${name}: refused naming its language, kept with allowLanguage`, () => {
      const html = readFileSync(path.join(NEWS_PAGES, name, 'source.html'), 'utf8');
      const refused = ingestArticle(html);
      expect(refused.ok).toBe(false);
      if (refused.ok) return;
      const code = /\(([a-z]{2})\)/.exec(refused.error)?.[1] ?? '';
      expect(refused.error).toMatch(/^not English: the article reads as \p{L}+ \([a-z]{2}\)/u);
      expect(code).not.toBe('en');
      const kept = ingestArticle(html, { allowLanguage: code, published: '2000-01-01' });
      expect(kept.ok && kept.found?.language).toBe(code);
    });
  }
});
