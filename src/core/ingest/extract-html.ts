import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { dropFurniture } from './drop-furniture.js';
import { normalizeText } from './normalize-text.js';
import { readPageMetadata, type MetaDocument } from './page-metadata.js';

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

/** Text blocks of a container, innermost only: a `<li>` holding `<p>`s yields the `<p>`s. */
function blocksOf(container: DocumentLike): string[] {
  const paragraphs: string[] = [];
  for (const element of container.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS) !== null) continue;
    if (element.closest('figure, figcaption, nav, aside, footer, header, form') !== null) continue;
    const text = clean(element.textContent);
    if (text !== '') paragraphs.push(text);
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

/** The site's address as a last resort for the outlet: "https://www.example.org/a" → "example.org". */
function hostOf(url: string | undefined): string | undefined {
  const host = url === undefined ? undefined : /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1];
  return host?.replace(/^www\./i, '').toLowerCase() || undefined;
}

/** A wire credit opening the story: "WASHINGTON (Reuters) -" → "Reuters". */
export function wireCredit(paragraphs: readonly string[]): string | undefined {
  for (const paragraph of paragraphs.slice(0, 3)) {
    const match = /^\p{Lu}[\p{Lu}\p{M} .,'/-]*\s*\(([\p{L}][\p{L}\p{M} .&-]{0,30})\)\s*[-\u2013\u2014]/u.exec(paragraph);
    if (match?.[1]) return match[1].trim();
  }
  return undefined;
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
  const { document } = parseHTML(html);
  const page = document as unknown as DocumentLike;
  // Readability rewrites the DOM, so the metadata is read first.
  const metadata = readPageMetadata(page as unknown as MetaDocument);
  const { title, siteName, publishedTime } = metadata;
  const fallback = blocksOf(page);
  // The body the page itself declares (schema.org microdata), for when reader mode picks something else.
  const declaredBody = page.querySelector('[itemprop~="articleBody"]');
  const declared = declaredBody === null ? [] : blocksOf(declaredBody as unknown as DocumentLike);

  const article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 100 }).parse();
  let paragraphs: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blocksOf(content as unknown as DocumentLike);
  }
  const length = (blocks: readonly string[]): number => blocks.reduce((sum, block) => sum + block.length, 0);
  if (length(declared) > 2 * length(paragraphs)) paragraphs = declared;
  if (paragraphs.length === 0) paragraphs = fallback;
  paragraphs = dropFurniture(paragraphs, { author: metadata.author });
  if (paragraphs.length === 0) return undefined;
  const readabilitySite = clean(article?.siteName);
  const site = siteName ?? (readabilitySite !== '' && !/^(https?:\/\/|www\.)/i.test(readabilitySite) ? readabilitySite : undefined) ?? wireCredit(paragraphs) ?? hostOf(metadata.url);
  return {
    paragraphs,
    title: withoutSiteName(title ?? (clean(article?.title) || undefined), site),
    siteName: site,
    publishedTime: publishedTime ?? (clean(article?.publishedTime) || undefined),
    url: metadata.url,
    author: metadata.author ?? (clean(article?.byline) || undefined),
    language: metadata.language ?? (clean(article?.lang) || undefined),
  };
}
