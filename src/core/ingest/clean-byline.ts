import { normalizeText } from './normalize-text.js';

/**
 * A byline as a name: "By Jane Doe" → "Jane Doe"; what a page glues after it (a date, counts, a
 * second line such as the desk's name) is dropped.
 *
 * @example cleanByline('By Jane Doe\n   Lake News Desk') // → 'Jane Doe'
 * @example cleanByline('by Jane Doe22 Dec 2016651') // → 'Jane Doe'
 */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const first = normalizeText(byline ?? '').split(/\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
  const name = first
    .replace(/^by\b[:\s]*/i, '')
    .replace(/\s*\d.*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;|\u2013\u2014-]+$/, '')
    .trim();
  return /\p{L}/u.test(name) ? name : undefined;
}
