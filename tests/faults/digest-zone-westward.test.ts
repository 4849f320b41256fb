/**
 * Issue 11, lower severity: a digest time zone changed westward right after today's digest. Day keys
 * of different zones were compared as text, so Tokyo's "2026-03-10" (already posted) hid Los
 * Angeles' "2026-03-10", still to come: the next local day was skipped, silently.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import { lastRecordedDayIn } from '../../src/core/schedule/plan-digest.js';
import type { Article, KnowledgeBase } from '../../src/core/types.js';
import { isDigestMessageFor } from '../../src/discord/digest-render.js';
import { DigestScheduler } from '../../src/discord/digest-scheduler.js';
import { openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { loadKnowledgeDir } from '../../src/io/knowledge-dir.js';
import { fixedKnowledge } from '../../src/io/knowledge-watcher.js';
import { MemoryChannels } from '../discord/memory-channels.js';

const GUILD = '800000000000000001';
const CHANNEL = '810000000000000001';

let articles: Article[];
let kb: KnowledgeBase;
beforeAll(async () => {
  articles = (await loadKnowledgeDir('tests/fixtures/digest')).articles;
  kb = buildKnowledgeBase(articles);
});

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

describe('a digest time zone changed westward right after the day’s digest', () => {
  it('posts the next local day of the new zone instead of skipping it', async () => {
    vi.setSystemTime(new Date('2026-03-09T22:00:00Z'));
    db = openDatabase(join(dir, 'factdesk.db'));
    db.recordFirstSeen(articles.map((a) => ({ id: a.id, at: new Date(`${a.published}T00:00:00Z`) })));
    const channels = new MemoryChannels(() => new Date()).addChannel(GUILD, CHANNEL);
    scheduler = new DigestScheduler({
      db,
      knowledge: fixedKnowledge(kb),
      gateway: channels,
      pollMs: 15 * 60_000,
    });
    await scheduler.start();
    scheduler.setup({
      guildId: GUILD,
      channelId: CHANNEL,
      time: '08:00',
      timeZone: 'Asia/Tokyo',
      skipEmpty: false,
    });

    // 08:00 in Tokyo on 10 March is 23:00 UTC on the 9th.
    await advanceTo('2026-03-09T23:01:00Z');
    expect(channels.posted.filter((p) => isDigestMessageFor(p.content, '2026-03-10'))).toHaveLength(1);

    // Five minutes later the server moves the digest to 08:00 in Los Angeles (UTC−7 in March).
    await advanceTo('2026-03-09T23:05:00Z');
    const { next } = scheduler.setup({
      guildId: GUILD,
      channelId: CHANNEL,
      time: '08:00',
      timeZone: 'America/Los_Angeles',
      skipEmpty: false,
    });
    expect(next?.dayKey).toBe('2026-03-10');
    expect(next?.at.toISOString()).toBe('2026-03-10T15:00:00.000Z');

    await advanceTo('2026-03-10T15:01:00Z');
    const tenth = channels.posted.filter((p) => isDigestMessageFor(p.content, '2026-03-10'));
    expect(tenth).toHaveLength(2);
    expect(db.getDelivery(GUILD, '2026-03-10')?.status).toBe('sent');
    expect(scheduler.status(GUILD).next?.dayKey).toBe('2026-03-11');
  });

  it('a time change in the same zone after the day’s digest still gives no second digest that day', async () => {
    vi.setSystemTime(new Date('2026-03-10T07:00:00Z'));
    db = openDatabase(join(dir, 'factdesk.db'));
    const channels = new MemoryChannels(() => new Date()).addChannel(GUILD, CHANNEL);
    scheduler = new DigestScheduler({
      db,
      knowledge: fixedKnowledge(kb),
      gateway: channels,
      pollMs: 15 * 60_000,
    });
    await scheduler.start();
    scheduler.setup({
      guildId: GUILD,
      channelId: CHANNEL,
      time: '08:00',
      timeZone: 'Europe/London',
      skipEmpty: false,
    });
    await advanceTo('2026-03-10T08:01:00Z');
    scheduler.setup({
      guildId: GUILD,
      channelId: CHANNEL,
      time: '09:00',
      timeZone: 'Europe/London',
      skipEmpty: false,
    });
    await advanceTo('2026-03-10T12:00:00Z');
    expect(channels.posted.filter((p) => isDigestMessageFor(p.content, '2026-03-10'))).toHaveLength(1);
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
