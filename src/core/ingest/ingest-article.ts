import type { Article, IsoDate } from '../types.js';
import { cleanParagraphs, isDateLine, textToBlocks } from './clean-text.js';
import { extractHtml, looksLikeHtml } from './extract-html.js';
import { findFullDate, parsePublishedDate } from './parse-date.js';
import { slugify } from './slug.js';

export interface IngestOptions {
  /** Detected from the content when absent. */
  format?: 'text' | 'html' | undefined;
  /** The headline; found in the text when absent. */
  title?: string | undefined;
  /** The outlet; taken from the page's metadata for HTML when absent. */
  source?: string | undefined;
  url?: string | undefined;
  /** The publication date in any common form; found in the text (the dateline) when absent. */
  published?: string | undefined;
}

/** Metadata found in the page that the Article itself does not carry (yet). */
export interface FoundMetadata {
  author?: string | undefined;
  language?: string | undefined;
}

export type IngestResult =
  | { ok: true; article: Article; fileName: string; warnings: string[]; found?: FoundMetadata }
  | { ok: false; error: string };

/** What a curator should fix by hand in the written file; the article is still ingested. */
export const INGEST_WARNINGS = {
  noSource: 'no source (outlet) found: wrote "unknown"; pass --source or edit the file',
} as const;

/** The outlet written when none is given or found: honest, and easy to spot in review. */
export const UNKNOWN_SOURCE = 'unknown';

/** One-line reasons, kept together so that the CLI and its tests agree on the wording. */
export const INGEST_ERRORS = {
  empty: 'empty input: there is no text to ingest',
  binary: 'binary input: this does not look like text or HTML',
  noBody: 'no body found: no paragraph of running text',
  noTitle: 'no headline found: pass --title',
  noDate: 'no publication date found: pass --published YYYY-MM-DD',
  badDate: (value: string) => `unreadable date "${value}": use YYYY-MM-DD`,
  badUrl: (value: string) => `bad url "${value}": use an http(s) link`,
} as const;

/** NUL bytes, or many control characters or decoding replacements, mean the input is not text. */
function looksBinary(raw: string): boolean {
  if (raw.includes('\u0000')) return true;
  let odd = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) odd++;
  }
  return odd > 0 && odd / raw.length > 0.01;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Turns a raw article (plain text as received, or an HTML page) into an Article and its knowledge
 * file name: boilerplate dropped, headline and dateline found when not given, body kept word for word.
 *
 * @example
 * const raw = 'Site banner - JOIN NOW\n\nRain Falls on City\n\n25 July 2007\n\nRain fell on the city all day on Wednesday.\n';
 * const result = ingestArticle(raw, { source: 'Daily' });
 * // result.ok === true; result.fileName === '2007-07-25-rain-falls-on-city.md'
 * // result.article.paragraphs → ['Rain fell on the city all day on Wednesday.']
 */
export function ingestArticle(raw: string, options: IngestOptions = {}): IngestResult {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, error: INGEST_ERRORS.empty };
  if (looksBinary(text)) return { ok: false, error: INGEST_ERRORS.binary };

  let published: IsoDate | undefined;
  if (options.published !== undefined) {
    published = parsePublishedDate(options.published);
    if (published === undefined) return { ok: false, error: INGEST_ERRORS.badDate(options.published) };
  }
  const givenUrl = oneLine(options.url ?? '');
  if (givenUrl !== '' && !/^https?:\/\/\S+$/.test(givenUrl)) return { ok: false, error: INGEST_ERRORS.badUrl(givenUrl) };

  const format = options.format ?? (looksLikeHtml(text) ? 'html' : 'text');
  let blocks: string[];
  let metaTitle: string | undefined;
  let metaSource: string | undefined;
  let metaPublished: string | undefined;
  let metaUrl: string | undefined;
  const found: FoundMetadata = {};
  if (format === 'html') {
    const page = extractHtml(text);
    if (page === undefined) return { ok: false, error: INGEST_ERRORS.noBody };
    blocks = page.paragraphs;
    metaTitle = page.title;
    metaSource = page.siteName;
    metaPublished = page.publishedTime;
    metaUrl = page.url;
    found.author = page.author;
    found.language = page.language;
  } else {
    blocks = textToBlocks(text);
  }

  const cleaned = cleanParagraphs(blocks);
  if (cleaned.paragraphs.length === 0) return { ok: false, error: INGEST_ERRORS.noBody };
  const givenTitle = options.title === undefined ? undefined : oneLine(options.title);
  const title = givenTitle || (metaTitle === undefined ? undefined : oneLine(metaTitle)) || cleaned.headline;
  if (!title) return { ok: false, error: INGEST_ERRORS.noTitle };

  // A date in the page's metadata, then a dateline above the body, then one opening the first paragraph.
  published ??= metaPublished === undefined ? undefined : parsePublishedDate(metaPublished);
  published ??= cleaned.dateline;
  if (published === undefined) {
    const lead = cleaned.paragraphs[0] ?? '';
    const found = findFullDate(lead.slice(0, 80));
    if (found !== undefined && found.index < 40) published = found.date;
  }
  if (published === undefined) return { ok: false, error: INGEST_ERRORS.noDate };

  const warnings: string[] = [];
  // A missing outlet is no reason to lose the article: it is marked for the curator to fill in.
  let source = oneLine(options.source ?? metaSource ?? '');
  if (source === '') {
    source = UNKNOWN_SOURCE;
    warnings.push(INGEST_WARNINGS.noSource);
  }

  // A headline repeated as the first body paragraph (common in HTML) is not body text.
  const paragraphs = cleaned.paragraphs.filter((paragraph, i) => !(i === 0 && (paragraph === title || isDateLine(paragraph))));
  if (paragraphs.length === 0) return { ok: false, error: INGEST_ERRORS.noBody };

  const url = options.url !== undefined ? givenUrl : (metaUrl ?? '');
  const id = `${published}-${slugify(title)}`;
  return {
    ok: true,
    article: { id, title, published, source, url, people: [], paragraphs },
    fileName: `${id}.md`,
    warnings,
    found,
  };
}
