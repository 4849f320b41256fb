/**
 * Metadata a news page declares about itself, each field from the most trusted place that has it:
 * JSON-LD first, then Open Graph and article tags, then Parse.ly and Dublin Core, then the page's own
 * elements. General rules only: no site is named here.
 */
import { cleanByline } from './clean-byline.js';
import { isDateLine } from './clean-text.js';

export interface MetaElement {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): Iterable<MetaElement>;
  closest(selector: string): MetaElement | null;
  parentNode: unknown;
  children: { length: number };
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
  /** The site's name as the `<title>` carries it beside the headline ("Headline | Site"). */
  titleSiteName?: string | undefined;
  /** The holder of the page's copyright line ("© 2015 Example News, Inc."), legal form dropped. */
  copyrightHolder?: string | undefined;
  /** The date in the page's address (`/2015/02/26/`): below a dateline in trust, since it may be a folder's date. */
  urlDate?: string | undefined;
  /** A year the page states about itself (its address, its copyright line), for a year-less dateline. */
  year?: number | undefined;
  /**
   * Where a value came from when it is not one of the page's own tags for it: recorded in the
   * knowledge file so the curator knows what to check.
   */
  from: { published?: string; url?: string };
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

/**
 * An address that names a site or one of its sections, not a story: no path, or one word written
 * as a folder ("https://us.yahoo.com/news/"). A story's address has a slug, an id or a date.
 *
 * @example isSectionUrl('https://us.yahoo.com/news/'); // true
 * @example isSectionUrl('https://example.com/news/harbor-reopens-123'); // false
 */
export function isSectionUrl(url: string): boolean {
  const parsed = /^https?:\/\/[^/?#]+([^?#]*)(\?[^#]*)?/i.exec(url);
  if (!parsed) return false;
  if ((parsed[2] ?? '').length > 1) return false;
  const path = parsed[1] ?? '';
  return /^\/?$/.test(path) || /^\/[a-z]{1,20}\/$/i.test(path);
}

function absoluteUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const url = value.startsWith('//') ? `https:${value}` : value;
  return /^https?:\/\/\S+$/.test(url) ? url : undefined;
}

/** A site name that is an address ("http://www.example.com") is not an outlet's name. */
function outletName(value: string | undefined): string | undefined {
  if (value === undefined || /^(https?:\/\/|www\.)/i.test(value)) return undefined;
  // "Lake News - Latest News & Headlines": the name without its tagline.
  const named = /^(.+?)\s+[|\u2013\u2014-]\s+\S+\s+\S+/.exec(value)?.[1];
  return named !== undefined && named.split(/\s+/).length <= 4 ? named : value;
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

/** Legal forms closing a company's name: "Example News, Inc." → "Example News". */
const LEGAL_FORM = /,?\s+(inc|llc|l\.l\.c|ltd|limited|plc|corp|corporation|co|company|gmbh|ag|s\.a|sa|llp|lp|pty)\.?$/i;

/**
 * The holder named by a copyright line: "© 2005-2015 Example News, LLC. All rights reserved." →
 * "Example News". Only a line with a year is read, so that "Copyright violation" is not a name.
 *
 * @example copyrightHolder('Copyright © 2015 Lake Media Group, Inc. All rights reserved.') // → 'Lake Media Group'
 */
export function copyrightHolder(line: string): { holder: string; year: number } | undefined {
  const match = /(?:\u00a9|&copy;|\(c\)|\bcopyright\b)\s*(?:\u00a9\s*)?(?:(?:19|20)\d{2}\s*[-\u2013\u2014]\s*)?((?:19|20)\d{2})\b,?\s*(?:by\s+)?([^|\u00a9]+)/i.exec(oneLine(line));
  if (!match?.[2]) return undefined;
  let holder = match[2].split(/\.\s|\ball rights\b|\s[-\u2013\u2014]\s/i)[0]?.trim() ?? '';
  holder = holder.replace(/\.$/, '').replace(LEGAL_FORM, '').trim();
  if (!/^\p{L}/u.test(holder) || holder.length > 60 || holder.split(/\s+/).length > 6) return undefined;
  return { holder, year: Number(match[1]) };
}

/** The first copyright line of the page: a `copyright` meta tag, then a visible line that says so. */
function pageCopyright(document: MetaDocument): { holder: string; year: number } | undefined {
  const lines = [attr(document, ['meta[name="copyright"]', 'meta[name="dcterms.rights"]', 'meta[name="DC.rights"]'])];
  for (const container of document.querySelectorAll('[class*="copyright"], [id*="copyright"], footer, small')) {
    const leaves = container.children.length === 0 ? [container] : [...container.querySelectorAll('p, small, span, li, div')].filter((e) => e.children.length === 0);
    lines.push(...leaves.map((leaf) => oneLine(leaf.textContent)));
  }
  for (const line of lines) {
    if (line === undefined || line === '' || line.length > 200) continue;
    const found = copyrightHolder(line);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The site's address without "www." or "m.": "https://m.example.org/a" → "example.org". */
export function hostOf(url: string | undefined): string | undefined {
  const host = url === undefined ? undefined : /^https?:\/\/([^/?#:]+)/i.exec(url)?.[1];
  return host?.replace(/^(www|m|mobile)\./i, '').toLowerCase() || undefined;
}

/** "Salon.com", "salon", "www.salon.com" all name the host salon.com. */
function namesHost(part: string, host: string | undefined): boolean {
  if (host === undefined) return false;
  const p = part.toLowerCase().replace(/^www\./, '').replace(/\s+/g, '');
  return p === host || p === host.split('.')[0];
}

/**
 * The site's name beside the headline in `<title>`: "Headline | Site" or "Site - Headline", when this
 * side is short and the other is the headline, or this side names the page's host.
 *
 * @example titleSiteName('Ferry Resumes -- On Time! | LakeNews.com', 'Ferry Resumes -- On Time!') // → 'LakeNews.com'
 * @example titleSiteName('Ferry Resumes - Lake.com', undefined, 'lake.com') // → 'Lake.com'
 */
export function titleSiteName(pageTitle: string, headline: string | undefined, host?: string): string | undefined {
  const head = (headline ?? '').toLowerCase();
  const short = (part: string): boolean => part !== '' && part.length <= 40 && part.split(/\s+/).length <= 4;
  const site = (part: string, rest: string): boolean => short(part) && ((head !== '' && rest.toLowerCase() === head) || namesHost(part, host));
  const tail = /^(.+)\s+[|\u2013\u2014\u00b7:-]{1,2}\s+([^|\u2013\u2014\u00b7]+)$/.exec(pageTitle);
  if (tail?.[1] && tail[2] && site(tail[2].trim(), tail[1].trim())) return tail[2].trim();
  const lead = /^([^|\u2013\u2014\u00b7]+?)\s+[|\u2013\u2014\u00b7:-]{1,2}\s+(.+)$/.exec(pageTitle);
  if (lead?.[1] && lead[2] && site(lead[1].trim(), lead[2].trim())) return lead[1].trim();
  return undefined;
}

/** Longer than this, a marked author is a bio or a box of links, not a byline. */
const MAX_BYLINE_CHARS = 60;
const MAX_BYLINE_WORDS = 8;

/**
 * The byline the page marks as its author's in the body: `<a rel="author">` (HTML's link type for
 * the author of the article) or microdata `itemprop="author"` (its `itemprop="name"` when it has
 * one), the first that reads as a name, outside navigation, sidebars and footers. Authors marked
 * side by side in that byline are all kept ("Jane Doe, John Roe"). Preferred to reader mode's guess,
 * which takes the first element whose class says "byline" — often a teaser of another story.
 */
function markedAuthor(document: MetaDocument): string | undefined {
  const names: string[] = [];
  let byline: unknown;
  for (const element of document.querySelectorAll('[rel~="author"], [itemprop~="author"]')) {
    // `<link rel=author>` points at a contact address, never a name.
    if (element.tagName === 'LINK' || element.closest('nav, aside, footer') !== null) continue;
    if (names.length > 0 && element.parentNode !== byline) continue;
    const named = element.querySelector('[itemprop~="name"]');
    const name = cleanByline(element.getAttribute('content') ?? named?.getAttribute('content') ?? named?.textContent ?? element.textContent);
    if (name === undefined || name.length > MAX_BYLINE_CHARS || name.split(' ').length > MAX_BYLINE_WORDS) continue;
    if (names.length === 0) byline = element.parentNode;
    if (!names.includes(name)) names.push(name);
  }
  return names.length > 0 ? names.join(', ') : undefined;
}

/** Elements whose text readers see (not scripts, styles or templates). */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);

/**
 * A date printed under the headline ("Posted on April 21, 2015, at 11:29 a.m.", "25 July 2007"): the
 * first short line that is a date line among the elements after the page's first `<h1>`, before the
 * story's running text has gone on for long.
 */
function visibleDateLine(document: MetaDocument): string | undefined {
  const all = [...document.querySelectorAll('body *')];
  const start = all.findIndex((element) => element.tagName === 'H1');
  if (start < 0) return undefined;
  let prose = 0;
  for (const element of all.slice(start + 1, start + 400)) {
    if (INVISIBLE.has(element.tagName) || (element.children.length > 0 && element.tagName !== 'TIME')) continue;
    const text = oneLine(element.textContent);
    if (text === '') continue;
    if (text.length <= 80 && isDateLine(text)) return text;
    if (text.length > 200 && ++prose >= 2) return undefined;
  }
  return undefined;
}

/** `<link rel=alternate media=…>`: the same page for another screen (a mobile address), not a translation. */
function alternateUrl(document: MetaDocument): string | undefined {
  for (const link of document.querySelectorAll('link[rel="alternate"][media]')) {
    if (link.getAttribute('hreflang') !== null || link.getAttribute('type') !== null) continue;
    const url = absoluteUrl(oneLine(link.getAttribute('href')));
    if (url !== undefined) return url;
  }
  return undefined;
}

/** A year in the page's address: `/2015/…` or `/20150220/`. */
function yearOfUrl(url: string | undefined): number | undefined {
  const year = /\/((?:19|20)\d{2})(?:\/|\d{4}\/)/.exec(url ?? '')?.[1];
  return year === undefined ? undefined : Number(year);
}

/** Reads the page's declared metadata. Call before Readability, which rewrites the DOM. */
export function readPageMetadata(document: MetaDocument): PageMetadata {
  const from: PageMetadata['from'] = {};
  const ld = jsonLdObjects(document);
  const canonical = absoluteUrl(attr(document, ['link[rel="canonical"]'], 'href'));
  const ogUrl = absoluteUrl(attr(document, ['meta[property="og:url"]', 'meta[name="og:url"]', 'meta[name="parsely-link"]']));
  const addresses = [canonical, ogUrl, absoluteUrl(fromJsonLd(ld, (o) => o['url'] ?? o['mainEntityOfPage']))].filter((u): u is string => u !== undefined);
  let url = addresses.find((u) => !isSectionUrl(u));
  if (url === undefined) {
    url = alternateUrl(document);
    if (url !== undefined && isSectionUrl(url)) url = undefined;
    if (url !== undefined) from.url = 'the page\'s alternate (mobile) link';
    else if (addresses[0] !== undefined) from.url = `nowhere: the page names only its section, ${addresses[0]}`;
  }
  const siteName =
    fromJsonLd(ld, (o) => o['publisher']) ??
    outletName(attr(document, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]', 'meta[name="publisher"]', 'meta[name="DC.publisher"]'])) ??
    microdataPublisher(document) ??
    outletName(attr(document, ['meta[property="al:ios:app_name"]', 'meta[name="apple-mobile-web-app-title"]']));
  const author =
    fromJsonLd(ld, (o) => o['author']) ??
    attr(document, ['meta[name="author"]', 'meta[property="author"]', 'meta[property="article:author"]', 'meta[name="parsely-author"]', 'meta[name="DC.creator"]', 'meta[property="dc:creator"]', 'meta[name="byl"]']) ??
    markedAuthor(document);
  let publishedTime =
    fromJsonLd(ld, (o) => o['datePublished'] ?? o['dateCreated']) ??
    attr(document, ['meta[property="article:published_time"]', 'meta[name="article:published_time"]', '[itemprop="datePublished"]']) ??
    attr(document, ['[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'time[datetime]'], 'datetime') ??
    attr(document, ['meta[name="parsely-pub-date"]', 'meta[name="DC.date.issued"]', 'meta[name="DC.date"]', 'meta[property="dc:date"]', 'meta[name="dcterms.created"]', 'meta[name="dcterms.date"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="date"]']);
  if (publishedTime === undefined) {
    publishedTime = visibleDateLine(document);
    if (publishedTime !== undefined) from.published = 'the date line under the headline';
  }
  const h1s = [...document.querySelectorAll('h1')].map((h1) => oneLine(h1.textContent)).filter((t) => t !== '');
  const pageTitle = oneLine(document.querySelector('title')?.textContent);
  // A declared title that shares no word with the page's <title> and its <h1>, when those two agree,
  // is the site's own title (a section front's tags left on a story), not the story's.
  const storyTitle = h1s.find((h1) => pageTitle !== '' && relates(h1, pageTitle));
  const declared = [
    fromJsonLd(ld, (o) => o['headline']),
    attr(document, ['meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]', 'meta[property="twitter:title"]', 'meta[name="parsely-title"]', 'meta[property="dc:title"]', 'meta[name="DC.title"]']),
  ].filter((t): t is string => t !== undefined && (storyTitle === undefined || relates(t, storyTitle)));
  const host = hostOf(url);
  const headline = declared[0] ?? (h1s.length === 1 && relates(h1s[0] ?? '', pageTitle) ? h1s[0] : undefined);
  const titleSite = titleSiteName(pageTitle, headline ?? storyTitle, host);
  const title = headline ?? (pageTitle !== '' ? stripTitleSuffix(pageTitle, [siteName, author, titleSite]) : undefined);
  const language = oneLine(document.querySelector('html')?.getAttribute('lang') ?? attr(document, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]'])) || undefined;
  const copyright = pageCopyright(document);
  return {
    title,
    publishedTime,
    url,
    siteName,
    author,
    language,
    titleSiteName: titleSite,
    urlDate: dateFromUrl(url),
    copyrightHolder: copyright?.holder,
    year: yearOfUrl(url) ?? copyright?.year,
    from,
  };
}
