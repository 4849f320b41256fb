import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { migrations } from '../../src/io/migrations/index.js';

const NOW = new Date('2026-03-10T08:00:00.000Z');
const dirs: string[] = [];
const open: FactdeskDatabase[] = [];

function tempDb(): { path: string; db: FactdeskDatabase } {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-db-'));
  dirs.push(dir);
  const path = join(dir, 'nested', 'folder', 'factdesk.db');
  const db = openDatabase(path);
  open.push(db);
  return { path, db };
}

afterEach(() => {
  for (const db of open.splice(0)) db.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('creates the parent folders and migrates a new file to the latest version', () => {
    const { db } = tempDb();
    expect(db.schemaVersion).toBe(Math.max(...migrations.map((m) => m.version)));
  });

  it('works in memory', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    expect(db.addQuestionChannel('g1', 'c1')).toBe(true);
    expect(db.listQuestionChannels('g1')).toEqual(['c1']);
  });

  it('keeps settings, deliveries and first-seen times across a reopen', () => {
    const { path, db } = tempDb();
    db.addQuestionChannel('g1', 'c1');
    db.setDigestSettings(
      { guildId: 'g1', channelId: 'c9', time: '08:00', timeZone: 'Europe/London', skipEmpty: true },
      NOW,
    );
    db.beginDelivery(
      { guildId: 'g1', dayKey: '2026-03-10', channelId: 'c9', windowFrom: 'a', windowTo: 'b' },
      NOW,
    );
    db.recordFirstSeen([{ id: 'art-1', at: NOW }]);
    db.close();

    const again = openDatabase(path);
    open.push(again);
    expect(again.isQuestionChannel('g1', 'c1')).toBe(true);
    expect(again.getDigestSettings('g1')).toEqual({
      guildId: 'g1',
      channelId: 'c9',
      time: '08:00',
      timeZone: 'Europe/London',
      skipEmpty: true,
      updatedAt: NOW.toISOString(),
    });
    expect(again.pendingDeliveries().map((d) => d.dayKey)).toEqual(['2026-03-10']);
    expect(again.firstSeen().get('art-1')).toBe(NOW.toISOString());
  });

  it('uses write-ahead logging for a file database', () => {
    const { path, db } = tempDb();
    db.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database written by a newer version', () => {
    const { path, db } = tempDb();
    db.close();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openDatabase(path)).toThrow(/newer than this factdesk understands/);
  });
});

describe('migrate', () => {
  it('applies only the migrations above the current version, each atomically', () => {
    const raw = new Database(':memory:');
    expect(migrate(raw)).toBe(1);
    const broken = [
      ...migrations,
      {
        version: 2,
        description: 'half good, half broken',
        sql: 'CREATE TABLE extra (x); CREATE TABLE extra (y);',
      },
    ];
    expect(() => migrate(raw, broken)).toThrow();
    // The failed migration left neither its table nor its version behind.
    expect(raw.pragma('user_version', { simple: true })).toBe(1);
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name = 'extra'").get()).toBeUndefined();
    raw.close();
  });
});

describe('question channels', () => {
  it('adds once, lists per server and removes once', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    expect(db.addQuestionChannel('g1', 'c1')).toBe(true);
    expect(db.addQuestionChannel('g1', 'c1')).toBe(false);
    db.addQuestionChannel('g2', 'c2');
    expect(db.listQuestionChannels('g1')).toEqual(['c1']);
    expect(db.isQuestionChannel('g2', 'c1')).toBe(false);
    expect(db.removeQuestionChannel('g1', 'c1')).toBe(true);
    expect(db.removeQuestionChannel('g1', 'c1')).toBe(false);
    expect(db.listQuestionChannels('g1')).toEqual([]);
  });
});

describe('digest deliveries', () => {
  const claim = {
    guildId: 'g1',
    dayKey: '2026-03-10',
    channelId: 'c1',
    windowFrom: '2026-03-09T08:00:00.000Z',
    windowTo: NOW.toISOString(),
  };

  it('lets only the first claim of a server-day through, even across connections', () => {
    const { path, db } = tempDb();
    const other = openDatabase(path);
    open.push(other);
    expect(db.beginDelivery(claim, NOW)).toBe(true);
    expect(other.beginDelivery(claim, NOW)).toBe(false);
    expect(db.beginDelivery({ ...claim, dayKey: '2026-03-11' }, NOW)).toBe(true);
  });

  it('records messages as they are posted, then the sent state', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    db.beginDelivery(claim, NOW);
    db.addDeliveryMessage('g1', '2026-03-10', 'm1');
    db.addDeliveryMessage('g1', '2026-03-10', 'm2');
    expect(db.getDelivery('g1', '2026-03-10')?.messageIds).toEqual(['m1', 'm2']);
    db.completeDelivery('g1', '2026-03-10', { messageIds: ['m1', 'm2'], articleCount: 3 }, NOW);
    const done = db.getDelivery('g1', '2026-03-10');
    expect(done).toMatchObject({
      status: 'sent',
      messageIds: ['m1', 'm2'],
      articleCount: 3,
      finishedAt: NOW.toISOString(),
    });
    expect(db.pendingDeliveries()).toEqual([]);
    expect(db.lastSentDelivery('g1')?.windowTo).toBe(NOW.toISOString());
  });

  it('keeps a failure reason and a skipped day, and never overwrites a claimed day with a skip', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    db.beginDelivery(claim, NOW);
    db.failDelivery('g1', '2026-03-10', 'channel is gone', NOW);
    expect(db.recordSkipped('g1', '2026-03-10', 'c1', 'offline', NOW)).toBe(false);
    expect(db.recordSkipped('g1', '2026-03-11', 'c1', 'offline', NOW)).toBe(true);
    expect(db.lastDelivery('g1')).toMatchObject({
      dayKey: '2026-03-11',
      status: 'skipped',
      reason: 'offline',
    });
    expect(db.getDelivery('g1', '2026-03-10')).toMatchObject({ status: 'failed', reason: 'channel is gone' });
    expect(db.lastSentDelivery('g1')).toBeUndefined();
  });

  it('turns a digest off without forgetting its deliveries', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    db.setDigestSettings(
      { guildId: 'g1', channelId: 'c1', time: '07:30', timeZone: 'Asia/Tokyo', skipEmpty: false },
      NOW,
    );
    db.beginDelivery(claim, NOW);
    expect(db.disableDigest('g1')).toBe(true);
    expect(db.disableDigest('g1')).toBe(false);
    expect(db.getDigestSettings('g1')).toBeUndefined();
    expect(db.listDeliveries('g1')).toHaveLength(1);
  });
});

describe('article first-seen times', () => {
  it('keeps the first time an id was seen', () => {
    const db = openDatabase(':memory:');
    open.push(db);
    expect(
      db.recordFirstSeen([
        { id: 'a', at: NOW },
        { id: 'b', at: NOW },
      ]),
    ).toBe(2);
    expect(
      db.recordFirstSeen([
        { id: 'a', at: new Date('2026-04-01T00:00:00Z') },
        { id: 'c', at: NOW },
      ]),
    ).toBe(1);
    expect(db.firstSeen().get('a')).toBe(NOW.toISOString());
    expect(db.firstSeenCount()).toBe(3);
  });
});
