/**
 * The page's DOM as reader mode expects it: linkedom is not a browser's HTML parser. Evened out here
 * by the form of the markup only, never by site.
 */
import { parseHTML } from 'linkedom';

type PageDocument = ReturnType<typeof parseHTML>['document'];

interface NodeLike {
  nodeType: number;
  tagName?: string;
  childNodes: ArrayLike<NodeLike>;
}

const ELEMENT_NODE = 1;

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
  const root = document.documentElement as unknown as NodeLike | null;
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
