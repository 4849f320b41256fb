/**
 * Issue 11, item 6: a DATABASE_PATH that cannot be created (under /proc, where Node's recursive
 * mkdir loops forever) must stop the bot at once with one clear line and a non-zero exit.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { botEnvironment, exitWithin, run, useProcessFixture } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

const fixture = useProcessFixture('factdesk-fault-database-');

describe('a bad DATABASE_PATH', () => {
  it.skipIf(!existsSync('/proc/self'))(
    'under /proc: one line naming the path and the reason, exit 1, no hang',
    async () => {
      // No Discord is needed: the database is opened before anything connects.
      const path = '/proc/factdesk-fault-test/data/factdesk.db';
      const r = fixture.track(run('src/main.ts', botEnvironment('http://127.0.0.1:9/api', path)));
      expect(await exitWithin(r, 15_000)).toEqual({ code: 1, signal: null });
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(path);
      expect(lines[0]).toContain('DATABASE_PATH');
      expect(lines[0]).toContain('/proc/factdesk-fault-test');
      expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
    },
  );
});
