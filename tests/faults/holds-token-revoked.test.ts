/**
 * Fault suite, the bot token reset (revoked) in the Developer Portal while `npm start` runs — what
 * the README's "Operating it" says happens. A REST call with the old token gets 401 and is logged;
 * when Discord closes the gateway with 4004 the bot logs one fatal line and exits 1, so a supervisor
 * restarts it; the restart, still holding the old token, stops at login with one line and exit 1
 * (and goes on doing so until `.env` holds the new token). The token is never printed.
 */
import { describe, expect, it } from 'vitest';
import { botEnvironment, exitWithin, run, useProcessFixture } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

const fixture = useProcessFixture('factdesk-fault-token-');

interface LogRecord {
  level: number;
  msg: string;
  err?: { status?: number; route?: string };
}

const records = (stderr: string): LogRecord[] =>
  stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogRecord);

describe('the bot token revoked while running', { timeout: 90_000 }, () => {
  it('a 401 is logged, the 4004 close exits 1 with one fatal line, the restart refuses with one line', async () => {
    const fake = fixture.fake();
    const env = botEnvironment(fake.apiUrl, fixture.databasePath());
    const first = fixture.track(run('src/main.ts', env));
    await first.waitForLog('ready as factdesk', 60_000);

    fake.revokeToken();
    fake.message({ content: `<@${fake.bot.id}> who rejected the bridge plan`, mentions: [fake.bot] });
    await first.waitForLog('"msg":"channel question failed"');
    const failed = records(first.stderr).find((r) => r.msg === 'channel question failed');
    expect(failed?.err).toMatchObject({ status: 401, route: '/channels/:id/messages' });

    fake.dropConnections(4004);
    expect(await exitWithin(first, 20_000)).toEqual({ code: 1, signal: null });
    const fatal = records(first.stderr).filter((r) => r.level === 60);
    expect(fatal.map((r) => r.msg)).toEqual([
      'gateway closed with 4004 (authentication failed: the token was reset or revoked); discord.js will not reconnect, exiting so a supervisor restarts the bot',
    ]);

    // What the supervisor's restart meets: the same, revoked, token.
    const restart = fixture.track(run('src/main.ts', env));
    expect(await exitWithin(restart, 30_000)).toEqual({ code: 1, signal: null });
    const lines = restart.stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
    expect(lines).toEqual(['factdesk failed to start: An invalid token was provided.']);

    expect(first.stdout + first.stderr + restart.stdout + restart.stderr).not.toContain(FAKE_TOKEN);
  });
});
