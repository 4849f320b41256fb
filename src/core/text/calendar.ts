import { format } from 'date-fns/format';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import type { IsoDate } from '../types.js';

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * `2007-07-25` → `25 July 2007`, the one way factdesk writes a day; anything that is not a valid
 * ISO date is returned as written, so bad data never throws in a renderer.
 *
 * @example
 * formatDay('2007-07-25'); // '25 July 2007'
 */
export function formatDay(iso: IsoDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = parseISO(iso);
  return isValid(date) ? format(date, 'd MMMM yyyy') : iso;
}
