import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { cleanByline } from './clean-byline.js';
import { isProse } from './clean-text.js';
import { dropFurniture } from './drop-furniture.js';
import { normalizeText } from './normalize-text.js';
import { parsePage, prepareForReaderMode } from './page-dom.js';
import { hostOf, readPageMetadata, type MetaDocument } from './page-metadata.js';

/** What a page yields: its article paragraphs and the metadata it declares. */
export interface ExtractedPage {
  paragraphs: string[];
  title?: string | undefined;
  siteName?: string | undefined;
  publishedTime?: string | undefined;
  /** The canonical address (`<link rel=canonical>`, `og:url`). */
  url?: string | undefined;
  /** The byline. */
  author?: string | undefined;
  /** `<html lang>` as declared. */
  language?: string | undefined;
  /** The date in the page's address, trusted below a dateline. */
  urlDate?: string | undefined;
  /** A year the page states about itself, for a dateline that gives only the day and month. */
  year?: number | undefined;
  /** Where a value came from when not from the page's own tag for it (see `PageMetadata.from`). */
  from: { published?: string; url?: string; source?: string };
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

interface ElementLike {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  closest(selector: string): ElementLike | null;
}

interface DocumentLike {
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';

/**
 * Whether raw input is an HTML page rather than plain text. Only a sniff of the opening: the parsing
 * itself is done by a DOM implementation.
 *
 * @example
 * looksLikeHtml('<!doctype html><html>…'); // → true
 * looksLikeHtml('Rain fell on Wednesday.'); // → false
 */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000);
  if (/^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)/i.test(head)) return true;
  return /^\s*</.test(head) && /<\/(p|div|article|body|html|section|main)>/i.test(text);
}

function clean(text: string | null | undefined): string {
  return normalizeText(text ?? '').replace(/\s+/g, ' ').trim();
}

/** The story's own container: a `<header>` inside it is the article's, not the page's. */
const ARTICLE = 'article, [itemprop~="articleBody"]';

/**
 * Text blocks of a container, innermost only: a `<li>` holding `<p>`s yields the `<p>`s. A page's
 * `<header>` (its banner, its menu) is left out, but the article's own — inside `<article>` or the
 * declared article body — holds its headline, byline and standfirst (the dek, a sentence or two
 * summing up the story under the headline), and its text is read, loose text too
 * (`<header>Ferries stopped. Why?</header>`) when it is prose: the standfirst opens the story,
 * the headline, byline and date stay out.
 */
function blocksOf(container: DocumentLike): string[] {
  const paragraphs: string[] = [];
  for (const element of container.querySelectorAll(`${BLOCKS}, header`)) {
    if (element.querySelector(BLOCKS) !== null) continue;
    const header = element.closest('header');
    if (header !== null && header.closest(ARTICLE) === null) continue;
    if (element.closest('figure, figcaption, nav, aside, footer, form') !== null) continue;
    const text = clean(element.textContent);
    // (Of the article's header only its prose: the headline is in the metadata, the byline and the date too.)
    if (text !== '' && (header === null || isProse(text))) paragraphs.push(text);
  }
  return paragraphs;
}

/** "Headline | The Ledger" → "Headline": page titles often carry the site's name. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (title === undefined || site === undefined) return title;
  for (const separator of [' | ', ' - ', ' \u2013 ', ' \u2014 ', ' :: ', ' \u00b7 ']) {
    if (title.endsWith(`${separator}${site}`)) return title.slice(0, -(separator.length + site.length)).trim() || title;
    if (title.startsWith(`${site}${separator}`)) return title.slice(site.length + separator.length).trim() || title;
  }
  return title;
}

/** A wire credit opening the story: "WASHINGTON (Reuters) -", "LONDON, March 3 (Reuters) -" → "Reuters". */
export function wireCredit(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = /^\p{Lu}[\p{Lu}\p{M} .,'/-]*(?:,\s*[\p{L}\p{M}\d .,]{1,40}?)?\s*\(([\p{L}][\p{L}\p{M} .&-]{0,30})\)\s*[-\u2013\u2014]/u.exec(paragraph);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
}

/**
 * Whether a wire credit names the site itself: the same name ("Reuters", "Reuters.com", "AP" for
 * "AP News"), or its initials ("AFP" for "Agence France-Presse").
 *
 * @example
 * sameOutlet('Reuters.com', 'Reuters'); // → true
 * sameOutlet('Lake Gazette', 'AP'); // → false
 */
function sameOutlet(site: string, credit: string): boolean {
  const letters = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const [a, b] = [letters(site), letters(credit)];
  const initials = site.split(/[\s-]+/).map((word) => word.charAt(0)).join('').toLowerCase();
  return a.startsWith(b) || (b.length >= 4 && a.includes(b)) || b.includes(a) || initials === b;
}

/**
 * Extracts the article of an HTML page with Readability (reader mode) over linkedom, then reads its
 * paragraphs from the DOM. Returns undefined when the page has no readable text.
 *
 * @example
 * extractHtml('<html><body><article><h1>Rain</h1><p>Rain fell all day.</p></article></body></html>');
 * // → { paragraphs: ['Rain fell all day.'], title: 'Rain', … }
 */
export function extractHtml(html: string): ExtractedPage | undefined {
  const document = parsePage(html);
  const page = document as unknown as DocumentLike;
  // Readability rewrites the DOM, so the metadata is read first.
  const metadata = readPageMetadata(page as unknown as MetaDocument);
  const { title, siteName, publishedTime } = metadata;
  const fallback = blocksOf(page);
  // The body the page itself declares (schema.org microdata), for when reader mode picks something else.
  const declaredBody = page.querySelector('[itemprop~="articleBody"]');
  const declared = declaredBody === null ? [] : blocksOf(declaredBody as unknown as DocumentLike);

  prepareForReaderMode(document);
  let article: ReturnType<Readability['parse']> = null;
  try {
    article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 100 }).parse();
  } catch {
    // Reader mode failing on an odd DOM is no reason to lose the page: its own blocks are read instead.
  }
  let paragraphs: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blocksOf(content as unknown as DocumentLike);
  }
  const length = (blocks: readonly string[]): number => blocks.reduce((sum, block) => sum + block.length, 0);
  if (length(declared) > 2 * length(paragraphs)) paragraphs = declared;
  if (paragraphs.length === 0) paragraphs = fallback;
  const author = cleanByline(metadata.author ?? article?.byline ?? undefined);
  paragraphs = dropFurniture(paragraphs, { author });
  if (paragraphs.length === 0) return undefined;
  const readabilitySite = clean(article?.siteName);
  const from: ExtractedPage['from'] = { ...metadata.from };
  let site = siteName ?? (readabilitySite !== '' && !/^(https?:\/\/|www\.)/i.test(readabilitySite) ? readabilitySite : undefined);
  // Weaker signs of the outlet, each recorded in the file: a wire credit, the site's name in
  // <title>, the copyright line, the address's host.
  for (const [value, where] of [
    [wireCredit(paragraphs), 'the wire credit of the dateline'],
    [metadata.titleSiteName, 'the page\'s <title>'],
    [metadata.copyrightHolder, 'the copyright line'],
    [hostOf(metadata.url), 'the page\'s address'],
  ] as const) {
    if (site !== undefined) break;
    if (value !== undefined) {
      site = value;
      from.source = where;
    }
  }
  // A wire story republished by a site: the site stays the outlet (its own tags are the stronger
  // sign), but the curator is told whose story it is, to cite the wire if that is the outlet meant.
  const wire = wireCredit(paragraphs);
  if (site !== undefined && wire !== undefined && !sameOutlet(site, wire)) {
    from.source = `${from.source ?? 'the page\'s metadata'}, though the dateline credits the story to ${wire} (a wire story)`;
  }
  const readabilityDate = clean(article?.publishedTime) || undefined;
  let published = publishedTime;
  if (readabilityDate !== undefined && (published === undefined || from.published !== undefined)) {
    published = readabilityDate;
    delete from.published;
  }
  return {
    paragraphs,
    title: withoutSiteName(title ?? (clean(article?.title) || undefined), site),
    siteName: site,
    publishedTime: published,
    url: metadata.url,
    author,
    language: metadata.language ?? (clean(article?.lang) || undefined),
    year: metadata.year,
    urlDate: metadata.urlDate,
    from,
  };
}
