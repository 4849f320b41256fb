import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDaysToKey,
  formatLocalDay,
  isValidTimeZone,
  localDayKey,
  matchTimeZones,
  nextRunAfter,
  parseTimeOfDay,
  planDigest,
  zonedTime,
  type TimeOfDay,
} from '../../../src/core/schedule/index.js';

const t = (hour: number, minute = 0): TimeOfDay => ({ hour, minute });
const iso = (d: Date): string => d.toISOString();

/** The local wall-clock time of an instant, `HH:MM`, read independently of the code under test. */
function wallClock(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

describe('parseTimeOfDay', () => {
  it('reads 24-hour HH:MM', () => {
    expect(parseTimeOfDay('08:30')).toEqual({ ok: true, value: t(8, 30) });
    expect(parseTimeOfDay('0:05')).toEqual({ ok: true, value: t(0, 5) });
    expect(parseTimeOfDay(' 23:59 ')).toEqual({ ok: true, value: t(23, 59) });
  });

  it.each(['25:00', '24:00', '12:60', '8am', '', '12', '12:5', 'noon'])('refuses %j', (text) => {
    expect(parseTimeOfDay(text)).toEqual({ ok: false, error: 'invalid-time' });
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and refuses made-up zones and raw offsets', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+02:00')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('accepts every zone the runtime lists (what autocomplete offers)', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.filter((z) => !isValidTimeZone(z))).toEqual([]);
  });
});

describe('matchTimeZones', () => {
  const zones = Intl.supportedValuesOf('timeZone');

  it('puts names starting with the query first, then a part of the name, at most 25', () => {
    expect(matchTimeZones('europe/lo', zones)[0]).toBe('Europe/London');
    expect(matchTimeZones('new york', zones)).toContain('America/New_York');
    expect(matchTimeZones('syd', zones)).toContain('Australia/Sydney');
    expect(matchTimeZones('', zones)).toHaveLength(25);
    expect(matchTimeZones('a', zones).length).toBeLessThanOrEqual(25);
    expect(matchTimeZones('olympus', zones)).toEqual([]);
  });
});

describe('localDayKey', () => {
  it('gives the local calendar day on both sides of UTC', () => {
    const instant = new Date('2026-11-24T20:00:00Z');
    expect(localDayKey(instant, 'UTC')).toBe('2026-11-24');
    expect(localDayKey(instant, 'Asia/Tokyo')).toBe('2026-11-25');
    expect(localDayKey(instant, 'Pacific/Kiritimati')).toBe('2026-11-25');
    expect(localDayKey(new Date('2026-11-24T05:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localDayKey(new Date('2026-11-24T10:30:00Z'), 'Pacific/Pago_Pago')).toBe('2026-11-23');
  });
});

describe('addDaysToKey and formatLocalDay', () => {
  it('do calendar arithmetic without the process time zone', () => {
    expect(addDaysToKey('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysToKey('2026-01-01', -1)).toBe('2025-12-31');
    expect(formatLocalDay('2026-03-29')).toBe('Sunday 29 March 2026');
  });
});

describe('zonedTime across daylight saving', () => {
  it('Europe/London: 08:00 stays 08:00 local as the offset changes', () => {
    expect(iso(zonedTime('2026-03-28', t(8), 'Europe/London'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(zonedTime('2026-03-29', t(8), 'Europe/London'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(zonedTime('2026-10-25', t(8), 'Europe/London'))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('Europe/London spring forward: 01:30 does not exist and moves to 02:30 BST', () => {
    expect(iso(zonedTime('2026-03-29', t(1, 30), 'Europe/London'))).toBe('2026-03-29T01:30:00.000Z');
  });

  it('Europe/London fall back: 01:30 happens twice and the first one is used', () => {
    expect(iso(zonedTime('2026-10-25', t(1, 30), 'Europe/London'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('America/New_York: the 02:30 gap moves to 03:30 EDT; the doubled 01:30 is the EDT one', () => {
    expect(iso(zonedTime('2026-03-08', t(2, 30), 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
    expect(iso(zonedTime('2026-11-01', t(1, 30), 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
    expect(iso(zonedTime('2026-11-02', t(1, 30), 'America/New_York'))).toBe('2026-11-02T06:30:00.000Z');
  });

  it('Australia/Sydney (southern hemisphere, east of UTC): the October gap and the April overlap', () => {
    expect(iso(zonedTime('2026-10-04', t(2, 30), 'Australia/Sydney'))).toBe('2026-10-03T16:30:00.000Z');
    expect(iso(zonedTime('2026-04-05', t(2, 30), 'Australia/Sydney'))).toBe('2026-04-04T15:30:00.000Z');
    expect(iso(zonedTime('2026-04-06', t(2, 30), 'Australia/Sydney'))).toBe('2026-04-05T16:30:00.000Z');
  });
});

describe('nextRunAfter', () => {
  const zones = [
    'Europe/London',
    'America/New_York',
    'Australia/Sydney',
    'Asia/Tokyo',
    'America/Los_Angeles',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'UTC',
  ];
  const times = [t(0, 0), t(0, 30), t(1, 30), t(2, 30), t(8, 0), t(23, 59)];

  it('walks a whole year one local day at a time: no skipped and no doubled day, DST included', () => {
    for (const zone of zones) {
      for (const time of times) {
        let run = nextRunAfter(time, zone, new Date('2026-01-01T00:00:00Z'));
        for (let i = 0; i < 366; i++) {
          const next = nextRunAfter(time, zone, run.at);
          expect(next.dayKey, `${zone} ${time.hour}:${time.minute} after ${run.dayKey}`).toBe(
            addDaysToKey(run.dayKey, 1),
          );
          expect(localDayKey(next.at, zone)).toBe(next.dayKey);
          run = next;
        }
      }
    }
  });

  it('is at the requested wall time except in a spring-forward gap, where it is one hour later', () => {
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
      let run = nextRunAfter(t(2, 30), zone, new Date('2026-01-01T00:00:00Z'));
      const shifted: string[] = [];
      for (let i = 0; i < 366; i++) {
        const wall = wallClock(run.at, zone);
        if (wall !== '02:30') {
          expect(wall).toBe('03:30');
          shifted.push(run.dayKey);
        }
        run = nextRunAfter(t(2, 30), zone, run.at);
      }
      // London's gap is 01:00–02:00, so 02:30 always exists there.
      const expected = {
        'Europe/London': [],
        'America/New_York': ['2026-03-08'],
        'Australia/Sydney': ['2026-10-04'],
      }[zone];
      expect(shifted).toEqual(expected);
    }
  });

  it('returns the next run strictly after the given instant, within about a day', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2020-01-01T00:00:00Z'),
          max: new Date('2035-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (after, zone, hour, minute) => {
          const run = nextRunAfter(t(hour, minute), zone, after);
          const gap = run.at.getTime() - after.getTime();
          return gap > 0 && gap <= 25 * 3_600_000 && localDayKey(run.at, zone) === run.dayKey;
        },
      ),
    );
  });

  it('schedules both sides of UTC on the right local day', () => {
    expect(nextRunAfter(t(7), 'Asia/Tokyo', new Date('2026-11-24T12:00:00Z'))).toEqual({
      dayKey: '2026-11-25',
      at: new Date('2026-11-24T22:00:00Z'),
    });
    expect(nextRunAfter(t(23), 'America/Los_Angeles', new Date('2026-11-24T12:00:00Z'))).toEqual({
      dayKey: '2026-11-24',
      at: new Date('2026-11-25T07:00:00Z'),
    });
  });
});

describe('planDigest', () => {
  const london = { time: t(8), timeZone: 'Europe/London', since: new Date('2026-03-01T00:00:00Z') };

  it('restart before the time: nothing due, next is today at the time', () => {
    const plan = planDigest(london, new Date('2026-03-10T07:59:00Z'), '2026-03-09');
    expect(plan).toEqual({
      due: undefined,
      next: { dayKey: '2026-03-10', at: new Date('2026-03-10T08:00:00Z') },
      missed: [],
    });
  });

  it('at the time: due on time, next tomorrow', () => {
    const plan = planDigest(london, new Date('2026-03-10T08:00:00Z'), '2026-03-09');
    expect(plan.due).toEqual({ dayKey: '2026-03-10', at: new Date('2026-03-10T08:00:00Z'), late: false });
    expect(plan.next.dayKey).toBe('2026-03-11');
  });

  it('a timer firing a few milliseconds early still counts as on time', () => {
    expect(planDigest(london, new Date('2026-03-10T07:59:59.800Z'), '2026-03-09').due?.dayKey).toBe(
      '2026-03-10',
    );
  });

  it('restart after the time the same local day (offline at the time): due now, late', () => {
    const plan = planDigest(london, new Date('2026-03-10T19:00:00Z'), '2026-03-09');
    expect(plan.due).toMatchObject({ dayKey: '2026-03-10', late: true });
    expect(plan.missed).toEqual([]);
  });

  it('restart after the time when today is already recorded: nothing due, next tomorrow', () => {
    const plan = planDigest(london, new Date('2026-03-10T19:00:00Z'), '2026-03-10');
    expect(plan.due).toBeUndefined();
    expect(plan.next).toEqual({ dayKey: '2026-03-11', at: new Date('2026-03-11T08:00:00Z') });
  });

  it('offline through whole local days: those days are missed (skipped), never posted late', () => {
    const plan = planDigest(london, new Date('2026-03-10T07:00:00Z'), '2026-03-07');
    expect(plan.missed).toEqual(['2026-03-08', '2026-03-09']);
    expect(plan.due).toBeUndefined();
  });

  it("set up after today's time: not owed today, first digest tomorrow", () => {
    const plan = planDigest(
      { ...london, since: new Date('2026-03-10T10:00:00Z') },
      new Date('2026-03-10T10:00:01Z'),
    );
    expect(plan).toEqual({
      due: undefined,
      next: { dayKey: '2026-03-11', at: new Date('2026-03-11T08:00:00Z') },
      missed: [],
    });
  });

  it('fall-back day: after posting at the first 01:30 the repeated 01:30 is not due again', () => {
    const s = { time: t(1, 30), timeZone: 'Europe/London', since: new Date('2026-10-01T00:00:00Z') };
    expect(planDigest(s, new Date('2026-10-25T00:30:00Z'), '2026-10-24').due?.dayKey).toBe('2026-10-25');
    expect(planDigest(s, new Date('2026-10-25T01:30:00Z'), '2026-10-25').due).toBeUndefined();
  });

  it('spring-forward day in New York: a 02:30 digest is due once, at 03:30 EDT', () => {
    const s = { time: t(2, 30), timeZone: 'America/New_York', since: new Date('2026-03-01T00:00:00Z') };
    expect(planDigest(s, new Date('2026-03-08T07:29:00Z'), '2026-03-07').due).toBeUndefined();
    expect(planDigest(s, new Date('2026-03-08T07:30:00Z'), '2026-03-07').due?.at).toEqual(
      new Date('2026-03-08T07:30:00Z'),
    );
  });

  it('Sydney, east of UTC: the local day is ahead of the UTC day', () => {
    const s = { time: t(7), timeZone: 'Australia/Sydney', since: new Date('2026-01-01T00:00:00Z') };
    // 20:00 UTC on the 24th is 07:00 on the 25th in Sydney (AEDT, +11).
    expect(planDigest(s, new Date('2026-11-24T20:00:00Z'), '2026-11-24').due?.dayKey).toBe('2026-11-25');
  });

  it('does not mutate its input', () => {
    const s = { time: t(8), timeZone: 'Europe/London', since: new Date('2026-03-01T00:00:00Z') };
    const copy = structuredClone(s);
    const now = new Date('2026-03-10T09:00:00Z');
    planDigest(s, now, '2026-03-01');
    expect(s).toEqual(copy);
    expect(now.toISOString()).toBe('2026-03-10T09:00:00.000Z');
  });
});
