import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import type { IsoDate } from '../types.js';
import type { TimeOfDay } from './time-of-day.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A calendar day as a UTC date, so that the process's own time zone never shifts it. */
function utcDay(day: IsoDate): TZDate {
  return new TZDate(Date.parse(`${day}T00:00:00Z`), 'UTC');
}

function offsetMs(timeZone: string, instant: number): number {
  return tzOffset(timeZone, new Date(instant)) * MINUTE;
}

/**
 * The local calendar day of an instant in a time zone: the key of "one digest per local day".
 *
 * @example
 * localDayKey(new Date('2026-11-24T23:30:00Z'), 'Asia/Tokyo'); // '2026-11-25'
 * localDayKey(new Date('2026-11-24T03:30:00Z'), 'America/New_York'); // '2026-11-23'
 */
export function localDayKey(instant: Date, timeZone: string): IsoDate {
  const t = instant.getTime();
  return new Date(t + offsetMs(timeZone, t)).toISOString().slice(0, 10);
}

/**
 * The day `days` after a `YYYY-MM-DD` key (calendar arithmetic, no time zone involved).
 *
 * @example
 * addDaysToKey('2026-02-28', 1); // '2026-03-01'
 */
export function addDaysToKey(day: IsoDate, days: number): IsoDate {
  return format(addDays(utcDay(day), days), 'yyyy-MM-dd');
}

/**
 * The instant at which a local day reaches a wall-clock time.
 *
 * - On a fall-back day a time that happens twice (01:30 in London on the last Sunday of October)
 *   is the first of the two, so the digest is not an hour late on that day and is posted once.
 * - On a spring-forward day a time that never happens (02:30 in New York on the second Sunday of
 *   March) moves forward by the length of the gap (03:30), like `Temporal`'s "compatible"
 *   disambiguation: every local day still gets exactly one digest.
 *
 * @example
 * zonedTime('2026-03-08', { hour: 2, minute: 30 }, 'America/New_York').toISOString();
 * // '2026-03-08T07:30:00.000Z' (03:30 EDT)
 */
export function zonedTime(day: IsoDate, time: TimeOfDay, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, time.hour, time.minute);
  // Offsets in force within a day either side cover any transition that can affect this wall time.
  const offsets = [...new Set([-24, -12, 0, 12, 24].map((h) => offsetMs(timeZone, wall + h * HOUR)))];
  const exact = offsets
    .map((off) => wall - off)
    .filter((t) => t + offsetMs(timeZone, t) === wall)
    .sort((a, b) => a - b);
  if (exact[0] !== undefined) return new Date(exact[0]);
  // In a gap: read the wall time with the offset from before the jump, which lands after it.
  return new Date(wall - Math.min(...offsets));
}

/**
 * A readable local date for messages, e.g. `Tuesday 24 November 2026`.
 *
 * @example
 * formatLocalDay('2026-11-24'); // 'Tuesday 24 November 2026'
 */
export function formatLocalDay(day: IsoDate): string {
  return format(utcDay(day), 'EEEE d MMMM yyyy');
}

/**
 * A short readable date, e.g. `25 July 2007`; a malformed value is returned as written.
 *
 * @example
 * formatShortDay('2007-07-25'); // '25 July 2007'
 */
export function formatShortDay(day: IsoDate): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return format(utcDay(day), 'd MMMM yyyy');
}
