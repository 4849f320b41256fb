/**
 * The page's DOM as reader mode expects it. linkedom is not a browser's HTML parser, and Readability
 * reads a few things differently from how a reader sees them; both are evened out here, by the form
 * of the markup only, never by site.
 */
import { parseHTML } from 'linkedom';

type PageDocument = ReturnType<typeof parseHTML>['document'];

interface NodeLike {
  nodeType: number;
  tagName?: string;
  childNodes: ArrayLike<NodeLike>;
  remove(): void;
}

interface ElementLike extends NodeLike {
  tagName: string;
  firstChild: NodeLike | null;
  appendChild(node: NodeLike): void;
  replaceWith(node: NodeLike): void;
  querySelector(selector: string): ElementLike | null;
}

const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;

/**
 * Parses HTML as a browser would arrange it: `<html>` holding `<head>` and `<body>`. linkedom keeps
 * the input's own structure, so a fragment (`<div>…</div>`, a page saved without `<body>`) has no
 * body for reader mode to read (Readability then fails on a null element) and its later top-level
 * elements hang outside the root. Such input is rebuilt around its text: the `<head>` it has, the
 * rest as the body, the `<html>` tag's attributes (its `lang`) kept.
 *
 * @example
 * parsePage('<p>One.</p><p>Two.</p>').body.textContent; // → 'One.Two.'
 */
export function parsePage(html: string): PageDocument {
  const { document } = parseHTML(html);
  const root = document.documentElement as unknown as ElementLike | null;
  const roots = Array.from(document.childNodes as unknown as ArrayLike<NodeLike>).filter((node) => node.nodeType === ELEMENT_NODE);
  const wellFormed =
    root?.tagName === 'HTML' &&
    roots.length === 1 &&
    Array.from(root.childNodes).every((child) => child.nodeType !== ELEMENT_NODE || child.tagName === 'HEAD' || child.tagName === 'BODY') &&
    (document.body as unknown as { parentNode: unknown } | null)?.parentNode === root;
  if (wellFormed) return document;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  let rest = html.replace(/<!doctype[^>]*>/gi, '').replace(/<\/?html\b[^>]*>/gi, '').replace(/<\/?body\b[^>]*>/gi, '');
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(rest)?.[0];
  if (head !== undefined) rest = rest.replace(head, '');
  return parseHTML(`<!doctype html>${htmlTag}${head ?? '<head></head>'}<body>${rest}</body></html>`).document;
}

/**
 * Inline elements that Readability does not count as inline when it gathers a `<div>`'s loose text
 * into paragraphs, so that one breaks the paragraph in two and its own text is lost (it lands
 * between the new paragraphs, where no paragraph is read). Readability already treats `<font>` so;
 * these are its siblings, and custom elements (`<x-name>`) used inline.
 */
const INLINE_UNKNOWN_TO_READER = new Set(['U', 'S', 'STRIKE', 'TT', 'BIG', 'ACRONYM', 'DEL', 'INS', 'BDI', 'NOBR', 'FONT']);

/** Whatever starts a new block of text: such an element is never renamed, whatever its tag. */
const BLOCK_LEVEL =
  'address, article, aside, blockquote, dd, details, dialog, div, dl, dt, fieldset, figcaption, figure, footer, form, h1, h2, h3, h4, h5, h6, header, hr, li, main, nav, ol, p, pre, section, table, ul';

function removeComments(node: NodeLike): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === COMMENT_NODE) child.remove();
    else if (child.childNodes.length > 0) removeComments(child);
  }
}

/**
 * Makes a parsed page read as a reader sees it, in place, before Readability runs:
 * - comments are removed: they are invisible, but Readability takes one for the end of a run of
 *   inline text, so pages that put `<!-- -->` between the parts of a sentence (as server-rendered
 *   React does: `Jane Doe<!-- --> and <!-- -->John Roe`) came out one word per paragraph;
 * - inline elements it does not know as inline (`<u>`, `<s>`, `<del>`, custom elements holding no
 *   block) become `<span>`s, so they neither split a paragraph nor lose their words.
 *
 * @example
 * const page = parsePage('<div>Jane Doe<!-- --> and <u>John Roe</u> contributed.</div>');
 * prepareForReaderMode(page); // page.body.innerHTML → '<div>Jane Doe and <span>John Roe</span> contributed.</div>'
 */
export function prepareForReaderMode(document: PageDocument): void {
  removeComments(document as unknown as NodeLike);
  const doc = document as unknown as { createElement(tag: string): ElementLike; querySelectorAll(selector: string): Iterable<ElementLike> };
  for (const element of Array.from(doc.querySelectorAll('body *'))) {
    const tag = element.tagName.toUpperCase();
    if (!INLINE_UNKNOWN_TO_READER.has(tag) && !tag.includes('-')) continue;
    if (element.querySelector(BLOCK_LEVEL) !== null) continue;
    const span = doc.createElement('span');
    while (element.firstChild !== null) span.appendChild(element.firstChild);
    element.replaceWith(span);
  }
}
