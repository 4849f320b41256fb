/**
 * Metadata a news page declares about itself, each field from the most trusted place that has it:
 * JSON-LD first, then Open Graph and article tags, then Parse.ly and Dublin Core, then the page's own
 * elements. General rules only: no site is named here.
 */

export interface MetaElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): MetaElement | null;
}

export interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): Iterable<MetaElement>;
}

export interface PageMetadata {
  title?: string | undefined;
  publishedTime?: string | undefined;
  url?: string | undefined;
  siteName?: string | undefined;
  author?: string | undefined;
  language?: string | undefined;
}

export function oneLine(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function attr(document: MetaDocument, selectors: readonly string[], name = 'content'): string | undefined {
  for (const selector of selectors) {
    for (const element of document.querySelectorAll(selector)) {
      const value = oneLine(element.getAttribute(name));
      if (value !== '') return value;
    }
  }
  return undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|WebPage)$/;

/** The JSON-LD objects of a page, `@graph` members included, articles first. */
function jsonLdObjects(document: MetaDocument): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (value: Json): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === 'object') {
      out.push(value);
      const graph = value['@graph'];
      if (graph !== undefined) visit(graph);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')) as Json);
    } catch {
      // A broken block is ignored; other sources follow.
    }
  }
  const isArticle = (o: Record<string, Json>): boolean => {
    const type = o['@type'];
    return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t) && t !== 'WebPage');
  };
  return [...out.filter(isArticle), ...out.filter((o) => !isArticle(o))];
}

function textOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return oneLine(value) || undefined;
  if (Array.isArray(value)) {
    const names = value.map(textOf).filter((v): v is string => v !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value !== null && typeof value === 'object') return textOf(value['name']);
  return undefined;
}

function fromJsonLd(objects: Record<string, Json>[], read: (o: Record<string, Json>) => Json | undefined): string | undefined {
  for (const object of objects) {
    const value = textOf(read(object));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Microdata: `<span itemprop="publisher" itemscope><meta itemprop="name" content="…">`. */
function microdataPublisher(document: MetaDocument): string | undefined {
  for (const element of document.querySelectorAll('[itemprop~="publisher"]')) {
    const name = element.querySelector('[itemprop~="name"]');
    const value = oneLine(name?.getAttribute('content') ?? name?.textContent ?? (element.getAttribute('itemscope') === null ? element.textContent : ''));
    if (value !== '' && value.length <= 80) return value;
  }
  return undefined;
}

/** A date in the page's address: `/2015/02/26/` or `-20190520/`. */
export function dateFromUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const slashed = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//.exec(url);
  if (slashed) return `${slashed[1]}-${slashed[2]}-${slashed[3]}`;
  const compact = /[-_/]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/.?#]|$)/.exec(url);
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  return undefined;
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const url = value.startsWith('//') ? `https:${value}` : value;
  return /^https?:\/\/\S+$/.test(url) ? url : undefined;
}

/** A site name that is an address ("http://www.example.com") is not an outlet's name. */
function outletName(value: string | undefined): string | undefined {
  if (value === undefined || /^(https?:\/\/|www\.)/i.test(value)) return undefined;
  return value;
}

/**
 * `<title>` often carries the site's name or the author: "Headline | Site", "Headline - Author".
 * Keeps the longest part when the rest is the site, the author or a short name.
 */
export function stripTitleSuffix(title: string, names: readonly (string | undefined)[]): string {
  const known = names.filter((n): n is string => n !== undefined && n !== '').map((n) => n.toLowerCase());
  const matches = (part: string): boolean => {
    const p = part.trim().toLowerCase();
    return p !== '' && known.some((n) => p === n || n.includes(p) || p.includes(n));
  };
  let text = title;
  for (;;) {
    const tail = /\s+[|\u2013\u2014\u00b7-]{1,2}\s+([^|\u2013\u2014\u00b7]+)$/.exec(text);
    if (tail && matches(tail[1] ?? '') && tail.index > 0) {
      text = text.slice(0, tail.index);
      continue;
    }
    const head = /^([^|\u2013\u2014\u00b7]+?)\s+[|\u2013\u2014\u00b7-]{1,2}\s+/.exec(text);
    if (head && matches(head[1] ?? '') && head[0].length < text.length) {
      text = text.slice(head[0].length);
      continue;
    }
    return text.trim() || title;
  }
}

/** Content words (4+ letters) of a text, lower-cased. */
function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []));
}

/**
 * A lone `<h1>` is the headline unless the page's `<title>` shares no word with it: then it is a
 * section name ("Health Center") and the `<title>` is the better guess.
 */
function relates(h1: string, pageTitle: string): boolean {
  if (pageTitle === '') return true;
  const titleWords = contentWords(pageTitle);
  return [...contentWords(h1)].some((word) => titleWords.has(word));
}

/** Reads the page's declared metadata. Call before Readability, which rewrites the DOM. */
export function readPageMetadata(document: MetaDocument): PageMetadata {
  const ld = jsonLdObjects(document);
  const canonical = absoluteUrl(attr(document, ['link[rel="canonical"]'], 'href'));
  const ogUrl = absoluteUrl(attr(document, ['meta[property="og:url"]', 'meta[name="og:url"]', 'meta[name="parsely-link"]']));
  const url = canonical ?? ogUrl;
  const siteName =
    fromJsonLd(ld, (o) => o['publisher']) ??
    outletName(attr(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]', 'meta[name="DC.publisher"]'])) ??
    microdataPublisher(document) ??
    outletName(attr(document, ['meta[property="al:ios:app_name"]', 'meta[name="apple-mobile-web-app-title"]']));
  const author =
    fromJsonLd(ld, (o) => o['author']) ??
    attr(document, ['meta[name="author"]', 'meta[property="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="DC.creator"]', 'meta[name="byl"]']);
  const publishedTime =
    fromJsonLd(ld, (o) => o['datePublished'] ?? o['dateCreated']) ??
    attr(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', '[itemprop="datePublished"]']) ??
    attr(document, ['[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'time[datetime]'], 'datetime') ??
    attr(document, ['meta[name="parsely-pub-date"]', 'meta[name="DC.date.issued"]', 'meta[name="DC.date"]', 'meta[name="dcterms.created"]', 'meta[name="dcterms.date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]']) ??
    dateFromUrl(url);
  const h1s = [...document.querySelectorAll('h1')].map((h1) => oneLine(h1.textContent)).filter((t) => t !== '');
  const pageTitle = oneLine(document.querySelector('title')?.textContent);
  const title =
    fromJsonLd(ld, (o) => o['headline']) ??
    attr(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[property="twitter:title"]']) ??
    (h1s.length === 1 && relates(h1s[0] ?? '', pageTitle) ? h1s[0] : undefined) ??
    (pageTitle !== '' ? stripTitleSuffix(pageTitle, [siteName, author]) : undefined);
  const language = oneLine(document.querySelector('html')?.getAttribute('lang') ?? attr(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]'])) || undefined;
  return { title, publishedTime, url, siteName, author, language };
}
