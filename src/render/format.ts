/** Small formatting helpers shared by the plain-text and Discord renderers. */
import { formatDay } from '../core/text/calendar.js';
import type { IsoDate, ResolvedDate } from '../core/types.js';
import { quoted } from '../core/text/quote-marks.js';


/**
 * `2007-07-25` → `25 July 2007`; anything else is returned as written (never throws on bad data).
 *
 * @example formatDate('2007-07-25') // '25 July 2007'
 */
export function formatDate(iso: IsoDate): string {
  return formatDay(iso);
}

/**
 * Unix seconds for a day-grain date, for Discord's `<t:…:D>`; `undefined` for months, ranges and
 * durations, where a single day would claim more precision than the source gives. Noon UTC keeps
 * the rendered calendar day the same in every time zone from UTC−11 to UTC+11.
 *
 * @example dayTimestamp({ text: 'Tuesday', grain: 'day', start: '2007-07-24', end: '2007-07-24', label: '24 July 2007' }) // 1185278400
 */
export function dayTimestamp(date: ResolvedDate | undefined): number | undefined {
  if (!date || date.grain !== 'day' || !date.start) return undefined;
  const ms = Date.parse(`${date.start}T12:00:00Z`);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/**
 * Shortens `text` to at most `max` characters, cutting at a word boundary when one is near and
 * ending with `…`, so a limit never fails a message nor leaves half a word.
 *
 * @example truncate('the quick brown fox', 12) // 'the quick…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space >= room.length * 0.6 ? room.slice(0, space) : room;
  return `${cut.trimEnd()}…`;
}

/**
 * A sentence in double quotes, shortened inside the quotes so they always close; a sentence whose
 * own marks stand at its edge is set in curly ones (see `quoteMarks`): `“"Tomorrow," he said.”`, not
 * `""Tomorrow," he said."`, nor the sentence bare. `marks`: those of the sentences shown with it
 * (see `marksForAll`), so that a reply's quotes look alike.
 */
export function quote(sentence: string, max = Number.POSITIVE_INFINITY, marks?: readonly [string, string]): string {
  return quoted(sentence, truncate, max, marks);
}
