import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** What a page yields: its article paragraphs and the metadata it declares. */
export interface ExtractedPage {
  paragraphs: string[];
  title?: string | undefined;
  siteName?: string | undefined;
  publishedTime?: string | undefined;
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
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function meta(document: DocumentLike, selectors: readonly string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = clean(element?.getAttribute('content') ?? element?.getAttribute('datetime'));
    if (value !== '') return value;
  }
  return undefined;
}

/** `datePublished` from JSON-LD, which many news sites declare instead of meta tags. */
function jsonLdDate(document: DocumentLike): string | undefined {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/.exec(script.textContent ?? '');
    if (match?.[1]) return match[1];
  }
  return undefined;
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
  const h1s = [...page.querySelectorAll('h1')].map((h1) => clean(h1.textContent)).filter((text) => text !== '');
  const title = meta(page, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']) ?? (h1s.length === 1 ? h1s[0] : undefined);
  const siteName = meta(page, ['meta[property="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]']);
  const publishedTime =
    meta(page, [
      'meta[property="article:published_time"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[itemprop="datePublished"]',
      'time[itemprop="datePublished"]',
      'time[datetime]',
    ]) ?? jsonLdDate(page);
  const fallback = blocksOf(page);

  const article = new Readability(document as unknown as ReadabilityDocument, { charThreshold: 100 }).parse();
  let paragraphs: string[] = [];
  if (article?.content) {
    const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    paragraphs = blocksOf(content as unknown as DocumentLike);
  }
  if (paragraphs.length === 0) paragraphs = fallback;
  if (paragraphs.length === 0) return undefined;
  const site = siteName ?? (clean(article?.siteName) || undefined);
  return {
    paragraphs,
    title: withoutSiteName(title ?? (clean(article?.title) || undefined), site),
    siteName: site,
    publishedTime: publishedTime ?? (clean(article?.publishedTime) || undefined),
  };
}
