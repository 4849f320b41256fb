/**
 * Issue 11, item 1: a gateway state discord.js will not recover from (close 4004 — the token was
 * reset — after the bot was ready) must end the process with a non-zero code and one clear line,
 * so a supervisor restarts it, instead of leaving it up and deaf.
 */
import { describe, expect, it } from 'vitest';
import { botEnvironment, exitWithin, run, useProcessFixture } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

const fixture = useProcessFixture('factdesk-fault-gateway-');

describe('an unrecoverable gateway close after ready', () => {
  it.each([4004])('close %i: one fatal line and exit 1 within seconds', async (code) => {
    const fake = fixture.fake();
    const r = fixture.track(run('src/main.ts', botEnvironment(fake.apiUrl, fixture.databasePath())));
    await r.waitForLog('ready as factdesk');
    fake.dropConnections(code);
    expect(await exitWithin(r, 12_000)).toEqual({ code: 1, signal: null });
    const fatal = r.stderr.split('\n').filter((l) => l.includes(`gateway closed with ${code}`));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('"level":60');
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });
});
