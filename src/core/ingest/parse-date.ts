// English only, as in resolve-dates.ts.
import * as chrono from 'chrono-node/en';
import type { IsoDate } from '../types.js';

/**
 * A fixed reference keeps parsing independent of the clock; it never decides the result because
 * only dates whose day, month and year are all written out are accepted.
 */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export interface FoundDate {
  date: IsoDate;
  /** Offsets of the date phrase in the searched text. */
  index: number;
  length: number;
}

/**
 * Finds the first complete calendar date (day, month and year all written) in a text.
 *
 * @example
 * findFullDate('Posted Wednesday, July 25, 2007 10:12 AM');
 * // → { date: '2007-07-25', index: 7, length: 33 }
 */
export function findFullDate(text: string): FoundDate | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const results = chrono.strict.parse(text, REFERENCE);
  for (const result of results) {
    const start = result.start;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const date = isoOf(year, month, day);
    if (date === undefined) continue;
    if (iso && iso.index < result.index) break;
    return { date, index: result.index, length: result.text.length };
  }
  if (iso) {
    const date = isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (date !== undefined) return { date, index: iso.index, length: iso[0].length };
  }
  return undefined;
}

/**
 * Reads a publication date written by a person or a page ("25 July 2007", "July 25, 2007",
 * "2007-07-25", "Wednesday, July 25, 2007 10:12 AM", an ISO timestamp) as `YYYY-MM-DD`.
 *
 * @example
 * parsePublishedDate('25 July 2007'); // → '2007-07-25'
 * parsePublishedDate('sometime'); // → undefined
 */
export function parsePublishedDate(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  // The calendar day as written, before any time-zone shift: an ISO timestamp's date part.
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return findFullDate(trimmed)?.date;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** "WASHINGTON, March 3 (Reuters) -", "LONDON, 3 March -": a place in capitals, a day and month, a dash. */
const DATELINE = new RegExp(
  `^\\p{Lu}[\\p{Lu}\\p{M} .'/-]*(?:,\\s*\\p{Lu}[\\p{L}\\p{M}.' ]*)?,\\s+(?:${MONTH}\\s+(\\d{1,2})|(\\d{1,2})\\s+${MONTH})(?:,?\\s+((?:19|20)\\d{2}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?[-\\u2013\\u2014]`,
  'u',
);

/**
 * The date of a dateline opening a story: "WASHINGTON, March 3 (Reuters) - …". A dateline without
 * its year takes `year` (one the page states about itself), and gives nothing without one.
 *
 * @example
 * datelineDate('WASHINGTON, March 3 (Reuters) - Talks resumed.', 2019); // → '2019-03-03'
 * datelineDate('LONDON, 3 March 2019 - Talks resumed.'); // → '2019-03-03'
 * datelineDate('Talks resumed on March 3.', 2019); // → undefined
 */
export function datelineDate(paragraph: string, year?: number): IsoDate | undefined {
  const match = DATELINE.exec(paragraph.slice(0, 120));
  if (!match) return undefined;
  const month = MONTHS.indexOf((match[1] ?? match[4] ?? '').slice(0, 3).toLowerCase()) + 1;
  const day = Number(match[2] ?? match[3]);
  const written = match[5] === undefined ? year : Number(match[5]);
  if (written === undefined || month === 0) return undefined;
  return isoOf(written, month, day);
}
