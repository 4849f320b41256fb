import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../src/core/types.js';
import { isDigestMessageFor } from '../../src/discord/digest-render.js';
import { DigestScheduler } from '../../src/discord/digest-scheduler.js';
import { openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { loadKnowledgeDir } from '../../src/io/knowledge-dir.js';
import { fixedKnowledge } from '../../src/io/knowledge-watcher.js';
import { BOT_ID, MemoryChannels, SimulatedCrash } from './memory-channels.js';

const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

let articles: Article[];
let kb: KnowledgeBase;
beforeAll(async () => {
  articles = (await loadKnowledgeDir('tests/fixtures/digest')).articles;
  kb = buildKnowledgeBase(articles);
});

let dir: string;
let dbPath: string;
const running: Array<{ db: FactdeskDatabase; scheduler: DigestScheduler }> = [];
let logs: Array<{ level: string; msg: string; obj: object }>;
const logger = {
  info: (obj: object, msg: string) => void logs.push({ level: 'info', msg, obj }),
  warn: (obj: object, msg: string) => void logs.push({ level: 'warn', msg, obj }),
  error: (obj: object, msg: string) => void logs.push({ level: 'error', msg, obj }),
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-sched-'));
  dbPath = join(dir, 'factdesk.db');
  logs = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});

afterEach(async () => {
  for (const r of running.splice(0)) {
    await r.scheduler.stop();
    r.db.close();
  }
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

/** Starts a bot process: open the database file, start the scheduler. */
async function boot(channels: MemoryChannels, knowledge: KnowledgeBase = kb) {
  const db = openDatabase(dbPath);
  if (db.firstSeenCount() === 0)
    db.recordFirstSeen(articles.map((a) => ({ id: a.id, at: new Date(`${a.published}T00:00:00Z`) })));
  const scheduler = new DigestScheduler({
    db,
    knowledge: fixedKnowledge(knowledge),
    gateway: channels,
    logger,
    pollMs: 15 * MINUTE,
  });
  const r = { db, scheduler };
  running.push(r);
  await scheduler.start();
  return r;
}

/** Stops a process abruptly: no more timers, database closed as by the OS. */
async function kill(r: { db: FactdeskDatabase; scheduler: DigestScheduler }) {
  await r.scheduler.stop();
  r.db.close();
  running.splice(running.indexOf(r), 1);
}

function setup(time: string, timeZone: string, at: string, skipEmpty = false) {
  vi.setSystemTime(new Date(at));
  const db = openDatabase(dbPath);
  db.setDigestSettings({ guildId: GUILD, channelId: CHANNEL, time, timeZone, skipEmpty }, new Date());
  db.close();
}

async function advanceTo(iso: string) {
  await vi.advanceTimersByTimeAsync(new Date(iso).getTime() - Date.now());
}

const channels = () => new MemoryChannels(() => new Date()).addChannel(GUILD, CHANNEL);

describe('DigestScheduler', () => {
  it('posts exactly one digest at the local time, then one the next day', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T07:00:00Z');
    const ch = channels();
    const { db } = await boot(ch);
    await advanceTo('2026-03-09T07:59:59Z');
    expect(ch.posted).toHaveLength(0);
    await advanceTo('2026-03-09T08:00:01Z');
    expect(ch.posted).toHaveLength(1);
    expect(ch.posted[0]?.timestamp).toBe('2026-03-09T08:00:00.000Z');
    await advanceTo('2026-03-10T07:59:00Z');
    expect(ch.posted).toHaveLength(1);
    await advanceTo('2026-03-10T08:00:01Z');
    expect(ch.posted).toHaveLength(2);
    expect(db.listDeliveries(GUILD).map((d) => [d.dayKey, d.status])).toEqual([
      ['2026-03-09', 'sent'],
      ['2026-03-10', 'sent'],
    ]);
    // The second digest's window starts where the first ended, and lists the article of the 10th.
    expect(db.getDelivery(GUILD, '2026-03-10')?.windowFrom).toBe('2026-03-09T08:00:00.000Z');
    expect(ch.posted[1]?.message.embeds.map((e) => e.title)).toContain('Library workers end two-week strike');
  });

  it('two processes racing for the same server and day post once (the database claim decides)', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    await boot(ch);
    await boot(ch);
    await advanceTo('2026-03-09T09:00:00Z');
    expect(ch.posted).toHaveLength(1);
  });

  it('restart before the time: the new process posts at the time, once', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    const first = await boot(ch);
    await advanceTo('2026-03-09T07:30:00Z');
    await kill(first);
    await boot(ch);
    await advanceTo('2026-03-09T12:00:00Z');
    expect(ch.posted.map((m) => m.timestamp)).toEqual(['2026-03-09T08:00:00.000Z']);
  });

  it('restart after the time the same local day (offline at the time): posts on start, once', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    await kill(await boot(ch));
    vi.setSystemTime(new Date('2026-03-09T15:00:00Z'));
    await boot(ch);
    expect(ch.posted.map((m) => m.timestamp)).toEqual(['2026-03-09T15:00:00.000Z']);
    expect(logs.some((l) => l.msg === 'posting a late digest (catch-up)')).toBe(true);
    await advanceTo('2026-03-09T23:59:00Z');
    expect(ch.posted).toHaveLength(1);
  });

  it('restart after a post the same day: no second post', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    const first = await boot(ch);
    await advanceTo('2026-03-09T09:00:00Z');
    await kill(first);
    await boot(ch);
    await advanceTo('2026-03-09T23:00:00Z');
    expect(ch.posted).toHaveLength(1);
  });

  it('offline through a whole local day: that day is skipped and logged, not posted late', async () => {
    setup('08:00', 'Europe/London', '2026-03-08T06:00:00Z');
    const ch = channels();
    const first = await boot(ch);
    await advanceTo('2026-03-08T09:00:00Z');
    await kill(first);
    vi.setSystemTime(new Date('2026-03-10T07:00:00Z'));
    const { db } = await boot(ch);
    expect(ch.posted).toHaveLength(1);
    expect(db.getDelivery(GUILD, '2026-03-09')).toMatchObject({ status: 'skipped' });
    expect(logs.some((l) => l.level === 'warn' && /skipped/.test(l.msg))).toBe(true);
    await advanceTo('2026-03-10T08:00:01Z');
    expect(ch.posted).toHaveLength(2);
  });

  it('crash between posting and recording: the post is found in the channel on start, never repeated', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.postAs('700000000000000009', CHANNEL, '**Daily digest — Monday 9 March 2026** (someone quoting it)');
    ch.crashAfterNextPost = true;
    const first = await boot(ch);
    await advanceTo('2026-03-09T08:00:00Z');
    expect(ch.inChannel(CHANNEL).filter((m) => m.authorId === BOT_ID)).toHaveLength(1);
    expect(first.db.getDelivery(GUILD, '2026-03-09')).toMatchObject({ status: 'sending', messageIds: [] });
    await kill(first);

    vi.setSystemTime(new Date('2026-03-09T08:05:00Z'));
    const { db } = await boot(ch);
    await advanceTo('2026-03-09T20:00:00Z');
    const ours = ch.inChannel(CHANNEL).filter((m) => m.authorId === BOT_ID);
    expect(ours).toHaveLength(1);
    expect(db.getDelivery(GUILD, '2026-03-09')).toMatchObject({
      status: 'sent',
      messageIds: [ours[0]?.id],
      reason: 'recovered after a restart',
    });
  });

  it('crash between the parts of a long digest: the parts already posted are kept, none is repeated', async () => {
    const long: Article[] = Array.from({ length: 8 }, (_, i) => ({
      id: `2026-03-09-council-item-${i}`,
      title: `Council debates item ${i}`,
      published: '2026-03-09',
      source: 'Test Wire',
      url: '',
      people: [],
      paragraphs: [0, 1, 2].map(
        (p) =>
          `Item ${i} paragraph ${p}: ${'the council debated the harbour budget at length and voted on amendments, '.repeat(14)}`,
      ),
    }));
    const bigKb = buildKnowledgeBase(long);
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.crashAfterPosts = 1; // part 1 recorded; part 2 reaches Discord, then the crash
    const first = await boot(ch, bigKb);
    await advanceTo('2026-03-09T08:00:00Z');
    expect(ch.posted).toHaveLength(2);
    expect(first.db.getDelivery(GUILD, '2026-03-09')?.messageIds).toEqual([ch.posted[0]?.id]);
    await kill(first);

    vi.setSystemTime(new Date('2026-03-09T08:30:00Z'));
    const { db } = await boot(ch, bigKb);
    await advanceTo('2026-03-09T20:00:00Z');
    expect(ch.posted).toHaveLength(2);
    expect(ch.posted[1]?.content).toMatch(/^\*\*Daily digest — Monday 9 March 2026\*\* \(2\/\d\)$/);
    expect(db.getDelivery(GUILD, '2026-03-09')).toMatchObject({
      status: 'sent',
      messageIds: ch.posted.map((m) => m.id),
    });
  });

  it('crash after claiming but before posting: retried once the same day', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.failNextPost = new SimulatedCrash('process died before the request left');
    const first = await boot(ch);
    await advanceTo('2026-03-09T08:00:00Z');
    expect(ch.posted).toHaveLength(0);
    await kill(first);
    vi.setSystemTime(new Date('2026-03-09T09:00:00Z'));
    const { db } = await boot(ch);
    expect(ch.posted).toHaveLength(1);
    expect(db.getDelivery(GUILD, '2026-03-09')?.status).toBe('sent');
  });

  it('a "sending" left from a previous day that was never posted becomes failed, not a late post', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.failNextPost = new SimulatedCrash('process died before the request left');
    await advanceTo('2026-03-09T06:00:00Z');
    const first = await boot(ch);
    await advanceTo('2026-03-09T08:00:00Z');
    await kill(first);
    vi.setSystemTime(new Date('2026-03-10T07:00:00Z'));
    const { db } = await boot(ch);
    expect(ch.posted).toHaveLength(0);
    expect(db.getDelivery(GUILD, '2026-03-09')).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/day had passed/),
    });
  });

  it('a transient error is retried after checking the channel, without a duplicate', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.crashAfterNextPost = true; // Discord took it; the bot saw a timeout.
    const { db } = await boot(ch);
    await advanceTo('2026-03-09T09:00:00Z');
    expect(ch.inChannel(CHANNEL)).toHaveLength(1);
    expect(db.getDelivery(GUILD, '2026-03-09')?.status).toBe('sent');
  });

  it('a deleted channel: the delivery fails with the reason and is not retried that day', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    const { db, scheduler } = await boot(ch);
    ch.deleteChannel(CHANNEL);
    await advanceTo('2026-03-09T12:00:00Z');
    const status = scheduler.status(GUILD);
    expect(status.last).toMatchObject({
      dayKey: '2026-03-09',
      status: 'failed',
      reason: 'the channel no longer exists',
    });
    expect(status.next).toEqual({ dayKey: '2026-03-10', at: new Date('2026-03-10T08:00:00Z') });
    expect(db.listDeliveries(GUILD)).toHaveLength(1);
    expect(logs.some((l) => l.level === 'error' && l.msg === 'digest failed')).toBe(true);
  });

  it('a missing permission: failed with the reason', async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = channels();
    ch.revokePermission(CHANNEL);
    const { scheduler } = await boot(ch);
    await advanceTo('2026-03-09T08:00:01Z');
    expect(scheduler.status(GUILD).last).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/lacks permission/),
    });
  });

  it("under sharding, leaves other shards' servers alone", async () => {
    setup('08:00', 'Europe/London', '2026-03-09T06:00:00Z');
    const ch = new MemoryChannels(() => new Date()).addChannel(GUILD, CHANNEL, { own: false });
    const { db } = await boot(ch);
    await advanceTo('2026-03-09T12:00:00Z');
    expect(ch.posted).toHaveLength(0);
    expect(db.listDeliveries(GUILD)).toEqual([]);
  });

  it('nothing new: posts "nothing new since", or nothing at all with skip_empty', async () => {
    setup('08:00', 'Europe/London', '2026-04-01T06:00:00Z');
    const ch = channels();
    const { db } = await boot(ch);
    await advanceTo('2026-04-01T08:00:01Z');
    expect(ch.posted[0]?.content).toBe(
      '**Daily digest — Wednesday 1 April 2026**\nNothing new since Tuesday 31 March 2026.',
    );

    db.setDigestSettings(
      { guildId: GUILD, channelId: CHANNEL, time: '08:00', timeZone: 'Europe/London', skipEmpty: true },
      new Date(),
    );
    await advanceTo('2026-04-02T08:00:01Z');
    expect(ch.posted).toHaveLength(1);
    expect(db.getDelivery(GUILD, '2026-04-02')).toMatchObject({
      status: 'skipped',
      reason: 'nothing new (skip_empty is on)',
    });
  });

  it("set up after today's time: the first digest is tomorrow", async () => {
    setup('08:00', 'Europe/London', '2026-03-09T10:00:00Z');
    const ch = channels();
    await boot(ch);
    await advanceTo('2026-03-10T07:59:00Z');
    expect(ch.posted).toHaveLength(0);
    await advanceTo('2026-03-10T08:00:01Z');
    expect(ch.posted).toHaveLength(1);
  });

  it.each([
    ['Asia/Tokyo', '07:00', '2026-03-08T12:00:00Z', ['2026-03-08T22:00:00.000Z', '2026-03-09T22:00:00.000Z']],
    [
      'America/Los_Angeles',
      '23:00',
      '2026-03-05T12:00:00Z',
      ['2026-03-06T07:00:00.000Z', '2026-03-07T07:00:00.000Z'],
    ],
  ])(
    'on both sides of UTC (%s %s): one post per local day at the local time',
    async (zone, time, start, expected) => {
      setup(time, zone, start);
      const ch = channels();
      await boot(ch);
      await advanceTo(new Date(new Date(start).getTime() + 48 * HOUR - MINUTE).toISOString());
      expect(ch.posted.map((m) => m.timestamp)).toEqual(expected);
    },
  );

  it.each([
    [
      'Europe/London spring forward',
      'Europe/London',
      '08:00',
      '2026-03-27T12:00:00Z',
      ['2026-03-28T08:00:00.000Z', '2026-03-29T07:00:00.000Z', '2026-03-30T07:00:00.000Z'],
    ],
    [
      'Europe/London fall back',
      'Europe/London',
      '01:30',
      '2026-10-23T12:00:00Z',
      ['2026-10-24T00:30:00.000Z', '2026-10-25T00:30:00.000Z', '2026-10-26T01:30:00.000Z'],
    ],
    [
      'America/New_York spring forward, time in the gap',
      'America/New_York',
      '02:30',
      '2026-03-06T12:00:00Z',
      ['2026-03-07T07:30:00.000Z', '2026-03-08T07:30:00.000Z', '2026-03-09T06:30:00.000Z'],
    ],
    [
      'America/New_York fall back, doubled hour',
      'America/New_York',
      '01:30',
      '2026-10-30T12:00:00Z',
      ['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z'],
    ],
    [
      'Australia/Sydney DST starts',
      'Australia/Sydney',
      '02:30',
      '2026-10-02T12:00:00Z',
      ['2026-10-02T16:30:00.000Z', '2026-10-03T16:30:00.000Z', '2026-10-04T15:30:00.000Z'],
    ],
    [
      'Australia/Sydney DST ends',
      'Australia/Sydney',
      '02:30',
      '2026-04-03T12:00:00Z',
      ['2026-04-03T15:30:00.000Z', '2026-04-04T15:30:00.000Z', '2026-04-05T16:30:00.000Z'],
    ],
  ])('%s: one post each local day, none skipped or doubled', async (_name, zone, time, start, expected) => {
    setup(time, zone, start);
    const ch = channels();
    const { db } = await boot(ch);
    await advanceTo(new Date(new Date(start).getTime() + 72 * HOUR - MINUTE).toISOString());
    expect(ch.posted.map((m) => m.timestamp)).toEqual(expected);
    const days = db.listDeliveries(GUILD).map((d) => d.dayKey);
    expect(new Set(days).size).toBe(3);
    for (const [i, m] of ch.posted.entries()) expect(isDigestMessageFor(m.content, days[i] ?? '')).toBe(true);
  });
});
