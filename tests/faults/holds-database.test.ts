/**
 * Fault suite, a read-only database — protections that hold today:
 *
 * - At start (`npm start` with a database file it may read but not write): one line naming the
 *   problem and exit code 1 — no hang, no stack dump, no token.
 * - While running (SQLite refuses every write): questions are still answered; a command that has
 *   to write answers with an ephemeral "something went wrong" and logs the reason.
 *
 * File permissions do not bind root, so as root the start-up case runs the bot as the unprivileged
 * user 65534 (skipped, with the reason, when that user cannot read this checkout). The running case
 * switches SQLite's own `query_only` on for the bot's connection: writes then fail inside SQLite with
 * the same SQLITE_READONLY error a read-only file gives.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/io/database.js';
import { MESSAGES } from '../../src/render/messages.js';
import { PERMISSIONS } from '../e2e/fake-discord.js';
import { ROOT, botEnvironment, exitWithin, run } from '../e2e/bot-process.js';
import { FAKE_TOKEN, useBotUnderTest } from '../e2e/harness.js';

const NOBODY = 65534;
const dir = mkdtempSync(join(tmpdir(), 'factdesk-fault-readonly-'));
afterAll(() => {
  chmodSync(dir, 0o700);
  try {
    chmodSync(join(dir, 'data'), 0o755); // writable again, so a non-root user can remove it
  } catch {
    // not created: the start-up case was skipped
  }
  rmSync(dir, { recursive: true, force: true });
});

/** Who runs the bot so that a 0444 file is really read-only to it, or why that is impossible here. */
function unprivileged(): { ids: { uid?: number; gid?: number } } | { skip: string } {
  if (process.getuid?.() !== 0) return { ids: {} };
  const probe = spawnSync(
    process.execPath,
    [
      '-e',
      `require('fs').accessSync(${JSON.stringify(join(ROOT, 'src/main.ts'))}, require('fs').constants.R_OK)`,
    ],
    { uid: NOBODY, gid: NOBODY, stdio: 'ignore' },
  );
  return probe.status === 0
    ? { ids: { uid: NOBODY, gid: NOBODY } }
    : {
        skip: `running as root and user ${NOBODY} cannot read ${ROOT}: file permissions cannot make the database read-only`,
      };
}
const runAs = unprivileged();
if ('skip' in runAs) console.log(`skipped: read-only database at start — ${runAs.skip}`);

describe('a read-only database at start', { timeout: 60_000 }, () => {
  it.skipIf('skip' in runAs)('fails with one line naming the problem and exit code 1', async () => {
    const data = join(dir, 'data');
    mkdirSync(data);
    const dbPath = join(data, 'factdesk.db');
    openDatabase(dbPath).close(); // a valid, migrated database
    chmodSync(dbPath, 0o444);
    chmodSync(data, 0o555);
    chmodSync(dir, 0o755);
    const bot = run(
      'src/main.ts',
      // The API is never reached: it stops before connecting.
      botEnvironment('http://127.0.0.1:9/api', dbPath, { LOG_LEVEL: 'info' }),
      [],
      'ids' in runAs ? runAs.ids : {},
    );
    expect(await exitWithin(bot, 45_000)).toEqual({ code: 1, signal: null });
    const output = bot.stdout + bot.stderr;
    const lines = output.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/read-?only/i);
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain(FAKE_TOKEN);
  });
});

describe('a database that turns read-only while the bot runs', () => {
  const t = useBotUnderTest({ cooldownMs: 0 });
  beforeAll(() => {
    // The bot's own connection (FactdeskDatabase keeps it private): from here on SQLite refuses writes.
    (Reflect.get(t().db, 'db') as Database.Database).pragma('query_only = ON');
  });

  it('still answers questions, by command and by mention', async () => {
    const i = t().fake.slashCommand('ask', [
      { name: 'question', type: 3, value: 'who rejected the bridge plan' },
    ]);
    const [, edit] = await t().fake.interactionCalls(i.token, 2);
    expect(JSON.stringify(edit?.body)).toContain('Harbour council rejects bridge plan');
    const m = t().fake.message({
      content: `<@${t().fake.bot.id}> who rejected the bridge plan`,
      mentions: [t().fake.bot],
    });
    const reply = await t().fake.waitForRequest(
      (r) =>
        (r.body as { message_reference?: { message_id: string } } | undefined)?.message_reference
          ?.message_id === m.id,
    );
    expect(JSON.stringify(reply.body)).toContain('Maria Okafor');
  });

  it('a command that must write says "something went wrong" privately and logs why; the bot carries on', async () => {
    const channel = t().fake.guild.channels[1]!;
    const i = t().fake.slashCommand(
      'factdesk',
      [
        {
          type: 2,
          name: 'channels',
          options: [{ type: 1, name: 'add', options: [{ type: 7, name: 'channel', value: channel.id }] }],
        },
      ],
      {
        permissions: PERMISSIONS.manageGuild,
        resolved: {
          channels: {
            [channel.id]: { id: channel.id, type: 0, name: channel.name, permissions: PERMISSIONS.bot },
          },
        },
      },
    );
    const [callback] = await t().fake.interactionCalls(i.token, 1);
    expect(callback?.body).toMatchObject({
      type: 4,
      data: { content: MESSAGES.somethingWentWrong, flags: 64 },
    });
    const logged = t().logs.map(
      (l) => JSON.parse(l) as { level: number; msg: string; err?: { message?: string } },
    );
    const failure = logged.find((l) => l.level === 50 && l.msg === '/factdesk failed');
    expect(failure?.err?.message).toBe('attempt to write a readonly database');

    const help = t().fake.slashCommand('help');
    const [answered] = await t().fake.interactionCalls(help.token, 1);
    expect((answered?.body as { type: number }).type).toBe(4);
  });
});
