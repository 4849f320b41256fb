/**
 * Issue 11, lower severity: the database files deleted under a running bot. SQLite keeps writing
 * into the deleted file, so every setting written afterwards vanished at the next start, silently.
 * The database now notices (and the bot, in src/main.ts, logs it as fatal and exits 1).
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/io/database.js';
import { botEnvironment, exitWithin, run, useProcessFixture } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';
import { waitUntil } from './wait.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function databaseOnDisk() {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-fault-db-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'factdesk.db');
  const db = openDatabase(path);
  cleanups.push(() => db.close());
  db.addQuestionChannel('100000000000000001', '100000000000000002');
  return { db, path };
}

describe('the database file deleted or replaced while the bot runs', () => {
  it('is noticed within the check interval, once, as "deleted"', async () => {
    const { db, path } = databaseOnDisk();
    const problems: string[] = [];
    cleanups.push(db.watchFile((p) => problems.push(p), 20));
    expect(db.fileProblem()).toBeUndefined();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    await waitUntil(() => problems.length > 0, 'the deletion noticed', { timeoutMs: 2_000 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(problems).toEqual(['deleted']);
  });

  it('is noticed as "replaced by another file" when a new file took its name', async () => {
    const { db, path } = databaseOnDisk();
    unlinkSync(path);
    writeFileSync(path, '');
    expect(db.fileProblem()).toBe('replaced by another file');
  });

  it('an in-memory database has no file to lose', () => {
    const db = openDatabase(':memory:');
    cleanups.push(() => db.close());
    expect(db.fileProblem()).toBeUndefined();
  });
});

describe('npm start with its database file deleted under it', () => {
  const fixture = useProcessFixture('factdesk-fault-db-process-');

  it(
    'logs one fatal line naming the file and exits 1 (the check runs every 5 s)',
    { timeout: 60_000 },
    async () => {
      const path = fixture.databasePath();
      const r = fixture.track(run('src/main.ts', botEnvironment(fixture.fake().apiUrl, path)));
      await r.waitForLog('ready as factdesk', 30_000);
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      expect(await exitWithin(r, 20_000)).toEqual({ code: 1, signal: null });
      const fatal = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { level: number; msg: string })
        .filter((l) => l.level === 60);
      expect(fatal.map((l) => l.msg)).toEqual([
        `the database file was deleted while the bot ran: settings written since would be lost; exiting so a restart opens ${path} again`,
      ]);
      expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
    },
  );
});
