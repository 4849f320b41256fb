/**
 * Fault suite, a crash anyway — a protection that holds: an exception or a rejection nothing
 * handled ends the process with a `factdesk crashed (<kind>): …` message on stderr, one `fatal`
 * log record and exit 1 (so a supervisor restarts it), the token scrubbed from both.
 */
import { describe, expect, it } from 'vitest';
import { exitWithin, run } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

describe('a crash outside every handler', () => {
  it.each(['uncaughtException', 'unhandledRejection'])(
    '%s: a scrubbed "factdesk crashed" message, one fatal record, exit 1',
    async (kind) => {
      const r = run('tests/faults/crash-process.ts', { DISCORD_TOKEN: FAKE_TOKEN, CRASH: kind });
      expect(await exitWithin(r, 20_000)).toEqual({ code: 1, signal: null });
      expect(r.stderr).toContain(`factdesk crashed (${kind}): Error: login refused for [redacted]`);
      const records = r.stderr
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { level: number; msg: string });
      expect(records.filter((l) => l.level === 60).map((l) => l.msg)).toEqual([kind]);
      expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
    },
  );
});
