/**
 * Issue 11, lower severity: a digest time zone changed westward right after today's digest. Day keys
 * of different zones were compared as text, so Tokyo's "2026-03-10" (already posted) hid Los
 * Angeles' "2026-03-10", still to come: the next local day was skipped, silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import { lastRecordedDayIn } from '../../src/core/schedule/plan-digest.js';
import { isDigestMessageFor } from '../../src/discord/digest-render.js';
import { DigestScheduler } from '../../src/discord/digest-scheduler.js';
import { openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { loadKnowledgeDir } from '../../src/io/knowledge-dir.js';
import { fixedKnowledge } from '../../src/io/knowledge-watcher.js';
import { MemoryChannels } from '../discord/memory-channels.js';

const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';

let dir: string;
let db: FactdeskDatabase | undefined;
let scheduler: DigestScheduler | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'factdesk-fault-zone-'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(async () => {
  await scheduler?.stop();
  db?.close();
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

async function advanceTo(iso: string) {
  await vi.advanceTimersByTimeAsync(new Date(iso).getTime() - Date.now());
}

/** A scheduler over the digest fixtures and in-memory channels, its clock at `at`. */
async function startScheduler(at: string) {
  vi.setSystemTime(new Date(at));
  const { articles } = await loadKnowledgeDir('tests/fixtures/digest');
  db = openDatabase(join(dir, 'factdesk.db'));
  db.recordFirstSeen(articles.map((a) => ({ id: a.id, at: new Date(`${a.published}T00:00:00Z`) })));
  const channels = new MemoryChannels(() => new Date()).addChannel(GUILD, CHANNEL);
  const started = new DigestScheduler({
    db,
    knowledge: fixedKnowledge(buildKnowledgeBase(articles)),
    gateway: channels,
    pollMs: 15 * 60_000,
  });
  scheduler = started;
  await started.start();
  const setup = (time: string, timeZone: string) =>
    started.setup({ guildId: GUILD, channelId: CHANNEL, time, timeZone, skipEmpty: false });
  const postsFor = (day: string) => channels.posted.filter((p) => isDigestMessageFor(p.content, day));
  return { db, scheduler: started, setup, postsFor };
}

describe('a digest time zone changed westward right after the day’s digest', () => {
  it('posts the next local day of the new zone instead of skipping it', async () => {
    const { db, scheduler, setup, postsFor } = await startScheduler('2026-03-09T22:00:00Z');
    setup('08:00', 'Asia/Tokyo');

    // 08:00 in Tokyo on 10 March is 23:00 UTC on the 9th.
    await advanceTo('2026-03-09T23:01:00Z');
    expect(postsFor('2026-03-10')).toHaveLength(1);

    // Five minutes later the server moves the digest to 08:00 in Los Angeles (UTC−7 in March).
    await advanceTo('2026-03-09T23:05:00Z');
    const { next } = setup('08:00', 'America/Los_Angeles');
    expect(next?.dayKey).toBe('2026-03-10');
    expect(next?.at.toISOString()).toBe('2026-03-10T15:00:00.000Z');

    await advanceTo('2026-03-10T15:01:00Z');
    expect(postsFor('2026-03-10')).toHaveLength(2);
    expect(db.getDelivery(GUILD, '2026-03-10')?.status).toBe('sent');
    expect(scheduler.status(GUILD).next?.dayKey).toBe('2026-03-11');
  });

  it('a time change in the same zone after the day’s digest still gives no second digest that day', async () => {
    const { setup, postsFor } = await startScheduler('2026-03-10T07:00:00Z');
    setup('08:00', 'Europe/London');
    await advanceTo('2026-03-10T08:01:00Z');
    setup('09:00', 'Europe/London');
    await advanceTo('2026-03-10T12:00:00Z');
    expect(postsFor('2026-03-10')).toHaveLength(1);
  });
});

describe('lastRecordedDayIn', () => {
  const since = new Date('2026-03-09T23:05:00Z');
  it('places a record made under earlier settings by its instant, never later than its key', () => {
    const tokyo = { dayKey: '2026-03-10', startedAt: '2026-03-09T23:00:00.000Z' };
    expect(lastRecordedDayIn('America/Los_Angeles', since, tokyo)).toBe('2026-03-09');
    const skippedLate = { dayKey: '2026-03-05', startedAt: '2026-03-09T10:00:00.000Z' };
    expect(lastRecordedDayIn('America/Los_Angeles', since, skippedLate)).toBe('2026-03-05');
  });
  it('keeps the key of a record made under the current settings', () => {
    const current = { dayKey: '2026-03-10', startedAt: '2026-03-10T15:00:00.000Z' };
    expect(lastRecordedDayIn('America/Los_Angeles', since, current)).toBe('2026-03-10');
    expect(lastRecordedDayIn('America/Los_Angeles', since, undefined)).toBeUndefined();
  });
});
