import type { IsoDate } from '../types.js';
import { addDaysToKey, localDayKey, zonedTime } from './local-time.js';
import type { TimeOfDay } from './time-of-day.js';

export interface DigestSchedule {
  time: TimeOfDay;
  /** IANA time zone the time is read in. */
  timeZone: string;
  /**
   * When the schedule was set: a scheduled time before it is not owed (setting up at 10:00 for
   * 08:00 means tomorrow, not a post right away).
   */
  since: Date;
}

export interface ScheduledRun {
  /** The server's local day, `YYYY-MM-DD`: at most one digest per key. */
  dayKey: IsoDate;
  at: Date;
}

export interface DigestPlan {
  /** Today's digest when it is owed and not yet recorded; `late` when its time passed while offline. */
  due?: (ScheduledRun & { late: boolean }) | undefined;
  /** The next scheduled run after `due` (or the next one at all when nothing is due). */
  next: ScheduledRun;
  /** Earlier local days whose time passed with no record: skipped, to be logged (newest last). */
  missed: IsoDate[];
}

/** How far back missed days are reported; older gaps are one "offline" story anyway. */
export const MAX_MISSED_DAYS = 7;

/** Tolerance for a timer that fires a little early, so the run is not pushed to tomorrow. */
const EARLY_TOLERANCE_MS = 1_000;

/**
 * The next run of a daily digest at `time` in `timeZone`, strictly after `after`.
 *
 * @example
 * nextRunAfter({ hour: 8, minute: 0 }, 'Europe/London', new Date('2026-03-28T09:00:00Z'));
 * // { dayKey: '2026-03-29', at: 2026-03-29T07:00:00Z } (08:00 BST, the day the clocks go forward)
 */
export function nextRunAfter(time: TimeOfDay, timeZone: string, after: Date): ScheduledRun {
  let day = localDayKey(after, timeZone);
  // Two steps are always enough; the loop bounds a pathological zone rather than spinning.
  for (let i = 0; i < 4; i++) {
    const at = zonedTime(day, time, timeZone);
    if (at.getTime() > after.getTime()) return { dayKey: day, at };
    day = addDaysToKey(day, 1);
  }
  return { dayKey: day, at: zonedTime(day, time, timeZone) };
}

/**
 * The newest recorded day of a server as a day of `timeZone`, for {@link planDigest}. A record made
 * under the current settings (at or after `since`) has a key of this zone and is used as it is. One
 * made before them may be a day of another zone — `2026-03-10` in Tokyo ends when that day is
 * barely starting in Los Angeles — so it is placed by the real instant it was recorded at: compared
 * as text, a time zone changed westward right after a digest would skip the next local day.
 *
 * @example
 * lastRecordedDayIn('America/Los_Angeles', new Date('2026-03-09T23:05:00Z'), {
 *   dayKey: '2026-03-10', // Tokyo's, posted at 08:00 there
 *   startedAt: '2026-03-09T23:00:00.000Z',
 * }); // '2026-03-09'
 */
export function lastRecordedDayIn(
  timeZone: string,
  since: Date,
  last: { dayKey: IsoDate; startedAt: string } | undefined,
): IsoDate | undefined {
  if (!last) return undefined;
  const recordedAt = Date.parse(last.startedAt);
  if (Number.isNaN(recordedAt) || recordedAt >= since.getTime()) return last.dayKey;
  const placed = localDayKey(new Date(recordedAt), timeZone);
  // Never later than its own key: a day skipped while offline is recorded days afterwards, and
  // that recording time says nothing about the day it covers.
  return placed < last.dayKey ? placed : last.dayKey;
}

/**
 * Decides what a server's digest needs now: the rule behind "exactly once, never silently skipped".
 *
 * - Today's time has passed, today has no delivery record and the time was after `since` → due
 *   (on time, or `late` when the bot was offline at the time and came back the same local day).
 * - Earlier days whose time passed with no record are `missed`: the bot was offline all that
 *   local day; they are skipped and logged, never posted late.
 * - `lastRecordedDay` is the newest day with any delivery record (sending, sent, failed, skipped).
 *
 * @example
 * planDigest(
 *   { time: { hour: 8, minute: 0 }, timeZone: 'Europe/London', since: new Date('2026-01-01T00:00:00Z') },
 *   new Date('2026-03-10T09:15:00Z'),
 *   '2026-03-09',
 * );
 * // { due: { dayKey: '2026-03-10', at: 08:00Z, late: true }, next: { dayKey: '2026-03-11', … }, missed: [] }
 */
export function planDigest(schedule: DigestSchedule, now: Date, lastRecordedDay?: IsoDate): DigestPlan {
  const { time, timeZone, since } = schedule;
  const today = localDayKey(now, timeZone);
  const owed = (day: IsoDate): boolean => zonedTime(day, time, timeZone).getTime() >= since.getTime();
  const recorded = (day: IsoDate): boolean => lastRecordedDay !== undefined && day <= lastRecordedDay;

  const todayAt = zonedTime(today, time, timeZone);
  const todayPassed = todayAt.getTime() <= now.getTime() + EARLY_TOLERANCE_MS;
  const due =
    todayPassed && owed(today) && !recorded(today)
      ? { dayKey: today, at: todayAt, late: now.getTime() - todayAt.getTime() > 60_000 }
      : undefined;

  const missed: IsoDate[] = [];
  for (let back = MAX_MISSED_DAYS; back >= 1; back--) {
    const day = addDaysToKey(today, -back);
    if (owed(day) && !recorded(day)) missed.push(day);
  }

  const next =
    todayPassed || recorded(today) ? nextRunAfter(time, timeZone, todayAt) : { dayKey: today, at: todayAt };
  return { due, next, missed };
}
