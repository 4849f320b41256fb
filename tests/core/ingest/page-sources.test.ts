/**
 * The weaker places a page states its metadata, on invented pages in tests/fixtures/ingest: a date
 * printed under the headline, a dateline without its year, the outlet in a copyright line, a wire
 * credit or the <title>, the address of the page's mobile version, site-wide tags left on a story,
 * a byline with a desk name glued to it, and a page in another language without a lang attribute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/core/ingest/clean-byline.js';
import { ingestArticle, INGEST_ERRORS, type IngestResult } from '../../../src/core/ingest/ingest-article.js';
import { copyrightHolder, titleSiteName } from '../../../src/core/ingest/page-metadata.js';
import { datelineDate } from '../../../src/core/ingest/parse-date.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function ok(result: IngestResult): Extract<IngestResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}

describe('a page without date, outlet or address tags', () => {
  const result = ok(ingestArticle(fixture('posted-line.html')));

  it('takes the date printed under the headline, and says so', () => {
    expect(result.article.published).toBe('2021-03-09');
    expect(result.found?.from?.published).toBe('the date line under the headline');
  });

  it('takes the outlet from the copyright line without its legal form', () => {
    expect(result.article.source).toBe('Riverbend Courier');
    expect(result.found?.from?.source).toBe('the copyright line');
    expect(result.warnings).toEqual([]);
  });

  it("takes the address of the page's mobile version, never a translation's", () => {
    expect(result.article.url).toBe('https://m.riverbend-courier.example/news/night-ferry-rescue');
    expect(result.found?.from?.url).toBe("the page's alternate (mobile) link");
  });

  it('reads the byline as a name, without "By" or the desk glued after it', () => {
    expect(result.found?.author).toBe('Tomas Ferreira');
    expect(result.found?.language).toBe('en');
  });

  it('keeps the story and drops the date line', () => {
    expect(result.article.paragraphs[0]).toMatch(/^The crew of the late ferry/);
    expect(result.article.paragraphs.join(' ')).not.toMatch(/Posted on|Riverbend Desk|All rights reserved/);
  });

  it('records nothing when the command line gives the values', () => {
    const given = ok(ingestArticle(fixture('posted-line.html'), { published: '2021-03-10', source: 'Courier', url: 'https://example.org/a' }));
    expect(given.article).toMatchObject({ published: '2021-03-10', source: 'Courier', url: 'https://example.org/a' });
    expect(given.found?.from).toBeUndefined();
  });
});

describe('a wire story with a dateline but no date tag', () => {
  const result = ok(ingestArticle(fixture('wire-dateline.html')));

  it("dates it by the dateline, the year from the page's address", () => {
    expect(result.article.published).toBe('2022-03-03');
    expect(result.found?.from?.published).toBe('the dateline');
  });

  it('names the outlet by the wire credit', () => {
    expect(result.article.source).toBe('Valley Wire');
    expect(result.found?.from?.source).toBe('the wire credit of the dateline');
  });

  it("GIVEN a site's page of a story its dateline credits to a wire service THEN the site stays the source, and the provenance says whose story it is", () => {
    const page = fixture('wire-dateline.html').replace('<head>', '<head><meta property="og:site_name" content="The Lake Gazette">');
    const republished = ok(ingestArticle(page));
    expect(republished.article.source).toBe('The Lake Gazette');
    expect(republished.found?.from?.source).toBe("the page's metadata, though the dateline credits the story to Valley Wire (a wire story)");
    // The wire's own page, under its name or its initials, is no wire story of another site.
    for (const site of ['Valley Wire', 'ValleyWire.com']) {
      expect(ok(ingestArticle(page.replace('The Lake Gazette', site))).found?.from?.source).toBeUndefined();
    }
    expect(ok(ingestArticle(page.replace('The Lake Gazette', 'Agence Valley-Wire').replace('(Valley Wire)', '(AVW)'))).found?.from?.source).toBeUndefined();
  });

  it('reads datelines with and without a year, and nothing else', () => {
    expect(datelineDate('WASHINGTON, March 3 (Reuters) - Talks resumed.', 2019)).toBe('2019-03-03');
    expect(datelineDate('LONDON, 3 March 2019 - Talks resumed.')).toBe('2019-03-03');
    expect(datelineDate('SAN JUAN, Puerto Rico, Sept. 21 - The storm passed.', 2017)).toBe('2017-09-21');
    expect(datelineDate('WASHINGTON, March 3 (Reuters) - Talks resumed.')).toBeUndefined();
    expect(datelineDate('Talks resumed on March 3 - after a week.', 2019)).toBeUndefined();
    expect(datelineDate('WASHINGTON, February 30 - No such day.', 2019)).toBeUndefined();
  });
});

describe("a story carrying its site's own tags", () => {
  const result = ok(ingestArticle(fixture('site-tags-on-story.html')));

  it("takes the headline that <title> and <h1> agree on over the site's og:title", () => {
    expect(result.article.title).toBe('Library Opens Late on Fridays for Exam Season');
  });

  it("names the outlet without the site's tagline", () => {
    expect(result.article.source).toBe('Lakeshore Gazette');
    expect(result.found?.from).toBeUndefined();
  });
});

describe('a page in another language without <html lang>', () => {
  it('is refused naming the language', () => {
    const result = ingestArticle(fixture('spanish-story.html'));
    expect(result).toEqual({ ok: false, error: INGEST_ERRORS.notEnglish({ code: 'es', name: 'Spanish' }) });
    expect(INGEST_ERRORS.notEnglish({ code: 'es', name: 'Spanish' })).toBe(
      'not English: the article reads as Spanish (es); answers are English-only, pass --allow-language es to keep it',
    );
  });

  it('is kept with allowLanguage, its language recorded', () => {
    const result = ok(ingestArticle(fixture('spanish-story.html'), { allowLanguage: 'ES' }));
    expect(result.article).toMatchObject({ published: '2022-08-04', url: 'https://diario-costero.example/2022/08/04/muelle-nuevo' });
    expect(result.found?.language).toBe('es');
  });
});

describe('weaker metadata, rule by rule', () => {
  it('reads a copyright line', () => {
    expect(copyrightHolder('Copyright © 2015 Lake Media Group, Inc. All rights reserved.')).toEqual({ holder: 'Lake Media Group', year: 2015 });
    expect(copyrightHolder('©2005-2015 Shore Health, LLC. All rights reserved.')).toEqual({ holder: 'Shore Health', year: 2015 });
    expect(copyrightHolder('(c) 2019 by The Harbor Times')).toEqual({ holder: 'The Harbor Times', year: 2019 });
    expect(copyrightHolder('Copyright violation')).toBeUndefined();
    expect(copyrightHolder('© 2020')).toBeUndefined();
  });

  it("finds the site's name beside the headline in <title>", () => {
    expect(titleSiteName('Ferry Resumes -- On Time! | LakeNews.com', 'Ferry Resumes -- On Time!')).toBe('LakeNews.com');
    expect(titleSiteName('Lake News - Ferry Resumes', 'Ferry Resumes')).toBe('Lake News');
    expect(titleSiteName('Ferry Resumes and the long wait ends - Lake.com', 'Something else', 'lake.com')).toBe('Lake.com');
    expect(titleSiteName('Ferry Resumes - What the long wait for repairs cost the town', 'Ferry Resumes')).toBeUndefined();
    expect(titleSiteName('Ferry Resumes', 'Ferry Resumes')).toBeUndefined();
  });

  it('reads a byline as a name', () => {
    expect(cleanByline('By Jane Doe')).toBe('Jane Doe');
    expect(cleanByline('by Jane Doe22 Dec 2016651')).toBe('Jane Doe');
    expect(cleanByline('By Jane  Doe, MA\n    Shore Health News')).toBe('Jane Doe, MA');
    expect(cleanByline('Jane Doe and John Roe')).toBe('Jane Doe and John Roe');
    expect(cleanByline('By ')).toBeUndefined();
  });

  it('GIVEN a byline written all in capitals THEN the author is written as a name is, particles, initials and credentials kept sensible', () => {
    expect(cleanByline('DARA WHITCOMBE')).toBe('Dara Whitcombe');
    expect(cleanByline('By JEAN DE LA ROCHE')).toBe('Jean de la Roche');
    expect(cleanByline('J.R. SMITH')).toBe('J.R. Smith');
    expect(cleanByline("MARY-ANN O'NEIL AND TOMAS BRELL III")).toBe("Mary-Ann O'Neil and Tomas Brell III");
    expect(cleanByline('By IDA KORR, MD')).toBe('Ida Korr, MD');
    // One word alone may be an agency; a name with any lower-case letter is as its page writes it.
    expect(cleanByline('AFP')).toBe('AFP');
    expect(cleanByline('Tam McDORN')).toBe('Tam McDORN');
  });
});
