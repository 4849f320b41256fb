import type { Article, IsoDate } from '../types.js';
import { cleanParagraphs, isDateLine, textToBlocks } from './clean-text.js';
import { guessLanguage, languageOfTag, type LanguageGuess } from './detect-language.js';
import { extractHtml, looksLikeHtml } from './extract-html.js';
import { datelineDate, findFullDate, parsePublishedDate } from './parse-date.js';
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
  /**
   * A language other than English to keep (ISO 639-1, e.g. `fr`): answers are English-only, so an
   * article in any other language is refused unless it is named here.
   */
  allowLanguage?: string | undefined;
}

/** Metadata found in the page that the Article itself does not carry. */
export interface FoundMetadata {
  /** The byline, as a name ("By" dropped). */
  author?: string | undefined;
  /** ISO 639-1 code of the body's language: measured, or the page's declared one when too short to measure. */
  language?: string | undefined;
  /**
   * Where a value came from, only when it is not obvious (not the page's own tag for it, nor given):
   * e.g. `published: 'the dateline'`. Kept short: the curator checks these.
   */
  from?: Partial<Record<'published' | 'source' | 'url', string>> | undefined;
}

export type IngestResult =
  | { ok: true; article: Article; fileName: string; warnings: string[]; found?: FoundMetadata }
  | { ok: false; error: string };

/** Lines left out of the body, where from, the first three quoted: "left out 2 lines …: "…", "…"; add back …". */
function leftOut(lines: readonly string[], where: string): string {
  const quoted = lines.slice(0, 3).map((line) => `"${line.length > 60 ? `${line.slice(0, 59)}…` : line}"`);
  return `left out ${lines.length === 1 ? 'a line' : `${lines.length} lines`} ${where}: ${quoted.join(', ')}${lines.length > 3 ? ', …' : ''}; add back any that belong to the story`;
}

/** What a curator should fix by hand in the written file; the article is still ingested. */
export const INGEST_WARNINGS = {
  noSource: 'no source (outlet) found: wrote "unknown"; pass --source or edit the file',
  headlineReplaced: (line: string): string =>
    `the first line, "${line.length > 80 ? `${line.slice(0, 79)}…` : line}", was read as the headline and left out of the body; --title replaces it (add it back to the file if it is part of the story)`,
  aboveLeftOut: (lines: readonly string[]): string => leftOut(lines, 'above the story, before its first paragraph'),
  furnitureLeftOut: (lines: readonly string[]): string => leftOut(lines, 'inside the text as page furniture (a copyright line, a call to action, a date line, a separator)'),
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
  notEnglish: (language: LanguageGuess) =>
    `not English: the article reads as ${language.name} (${language.code}); answers are English-only, pass --allow-language ${language.code} to keep it`,
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

/**
 * The fewest words a first line must have to count as a stretch cut from inside the first paragraph
 * (and so lose nothing): a word or two ("Sports") may be a section heading that a paragraph also uses.
 */
const MIN_FRAGMENT_WORDS = 3;

/** The marks that open a Markdown heading line. */
const MARKDOWN_HEADING = /^#{1,6}\s+/;

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
  let declaredLanguage: string | undefined;
  let pageYear: number | undefined;
  let urlDate: string | undefined;
  const found: FoundMetadata = {};
  const from: NonNullable<FoundMetadata['from']> = {};
  if (format === 'html') {
    const page = extractHtml(text);
    if (page === undefined) return { ok: false, error: INGEST_ERRORS.noBody };
    blocks = page.paragraphs;
    metaTitle = page.title;
    metaSource = page.siteName;
    metaPublished = page.publishedTime;
    metaUrl = page.url;
    found.author = page.author;
    declaredLanguage = page.language;
    pageYear = page.year;
    urlDate = page.urlDate;
    Object.assign(from, page.from);
  } else {
    blocks = textToBlocks(text);
  }

  const cleaned = cleanParagraphs(blocks, options.title === undefined ? undefined : oneLine(options.title));
  if (cleaned.paragraphs.length === 0) return { ok: false, error: INGEST_ERRORS.noBody };

  // The language first: a page in another language is refused for that reason, not for a date or a
  // headline written in it. The measured guess wins (pages often declare the site's language, not
  // the story's); the declared one counts only when the body is too short to measure.
  const language = guessLanguage(cleaned.paragraphs.join('\n')) ?? languageOfTag(declaredLanguage);
  const allowed = options.allowLanguage?.trim().toLowerCase();
  if (language !== undefined && language.code !== 'en' && language.code !== allowed) return { ok: false, error: INGEST_ERRORS.notEnglish(language) };
  found.language = language?.code;

  const givenTitle = options.title === undefined ? undefined : oneLine(options.title);
  // A Markdown heading's marks ("## Rain Falls on City") are not part of the title.
  const title = givenTitle || (metaTitle === undefined ? undefined : oneLine(metaTitle)) || cleaned.headline?.replace(MARKDOWN_HEADING, '');
  if (!title) return { ok: false, error: INGEST_ERRORS.noTitle };

  // A date in the page's metadata, then a dateline above the body, then one opening the first
  // paragraph ("WASHINGTON, March 3, 2019 (Reuters) -"), then one without its year, which the page
  // states elsewhere (its address, its copyright line), last the date in the page's address.
  if (published !== undefined) delete from.published;
  published ??= metaPublished === undefined ? undefined : parsePublishedDate(metaPublished);
  if (published === undefined) {
    delete from.published;
    published = cleaned.dateline;
    if (published !== undefined && format === 'html') from.published = 'a date line above the story';
  }
  if (published === undefined) {
    const lead = cleaned.paragraphs[0] ?? '';
    const full = findFullDate(lead.slice(0, 80));
    published = full !== undefined && full.index < 40 ? full.date : datelineDate(lead, pageYear);
    if (published !== undefined && format === 'html') from.published = 'the dateline';
  }
  if (published === undefined && urlDate !== undefined) {
    published = parsePublishedDate(urlDate);
    if (published !== undefined) from.published = 'the page\'s address';
  }
  if (published === undefined) return { ok: false, error: INGEST_ERRORS.noDate };

  const warnings: string[] = [];
  // A missing outlet is no reason to lose the article: it is marked for the curator to fill in.
  let source = oneLine(options.source ?? metaSource ?? '');
  if (options.source !== undefined) delete from.source;
  if (source === '') {
    source = UNKNOWN_SOURCE;
    warnings.push(INGEST_WARNINGS.noSource);
  }

  // A headline repeated as the first body paragraph (common in HTML) is not body text.
  const paragraphs = cleaned.paragraphs.filter((paragraph, i) => !(i === 0 && (paragraph.replace(MARKDOWN_HEADING, '') === title || isDateLine(paragraph))));
  // A title given in place of the headline the text opens with: that line is left out of the body,
  // which the curator should know — it may have been a section heading, not the story's headline.
  const heading = cleaned.headline === undefined ? '' : oneLine(cleaned.headline.replace(MARKDOWN_HEADING, ''));
  // (Nothing is lost when that line only repeats the opening words of the first paragraph, or, of
  // three words or more, a stretch of it word for word: "known as the Slash-B because of its brand"
  // cut from "The Brannon outfit -- known as the … brand -- reached …".)
  // (Quotation marks around it do not count: "Thrifty of her …" opens with one, its heading not.)
  const unquoted = (line: string): string => oneLine(line).replace(/^[\s"“”'‘’(]+/u, '').toLowerCase();
  const first = unquoted(paragraphs[0] ?? '');
  const line = unquoted(heading);
  const inside = (): boolean => line.split(' ').length >= MIN_FRAGMENT_WORDS && new RegExp(`(?<![\\p{L}\\p{N}])${line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(first);
  const repeatsOpening = first.startsWith(line) || inside();
  if (givenTitle && heading !== '' && heading.toLowerCase() !== givenTitle.toLowerCase() && !repeatsOpening) warnings.push(INGEST_WARNINGS.headlineReplaced(heading));
  // Pasted text above the story that was neither its headline nor a date line: the curator's to
  // check, like text dropped from inside it (a page's kickers and summaries are not warned of).
  const above = (cleaned.above ?? []).filter((line) => !repeatsOpening || unquoted(line) !== unquoted(heading));
  if (format === 'text' && above.length > 0) warnings.push(INGEST_WARNINGS.aboveLeftOut(above));
  // Text dropped from inside the story is the curator's to check: it may be a line of the story.
  if (cleaned.furniture && cleaned.furniture.length > 0) warnings.push(INGEST_WARNINGS.furnitureLeftOut(cleaned.furniture));
  if (paragraphs.length === 0) return { ok: false, error: INGEST_ERRORS.noBody };

  const url = options.url !== undefined ? givenUrl : (metaUrl ?? '');
  if (options.url !== undefined) delete from.url;
  if (Object.keys(from).length > 0) found.from = from;
  const id = `${published}-${slugify(title)}`;
  return {
    ok: true,
    article: { id, title, published, source, url, people: [], paragraphs },
    fileName: `${id}.md`,
    warnings,
    found,
  };
}
