/**
 * Issue 11, item 1: a gateway state discord.js will not recover from (close 4004 — the token was
 * reset — after the bot was ready) must end the process with a non-zero code and one clear line,
 * so a supervisor restarts it, instead of leaving it up and deaf.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { botEnvironment, exitWithin, run, type Run } from '../e2e/bot-process.js';
import { FakeDiscord } from '../e2e/fake-discord.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

let fake: FakeDiscord;
let dataDir: string;
const running: Run[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start({ acceptToken: FAKE_TOKEN });
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-fault-gateway-'));
});
afterEach(() => {
  for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
});
afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('an unrecoverable gateway close after ready', () => {
  it.each([4004])('close %i: one fatal line and exit 1 within seconds', async (code) => {
    const r = run('src/main.ts', botEnvironment(fake.apiUrl, join(dataDir, `fd-${code}.db`)));
    running.push(r);
    await r.waitForLog('ready as factdesk');
    fake.dropConnections(code);
    expect(await exitWithin(r, 12_000)).toEqual({ code: 1, signal: null });
    const fatal = r.stderr.split('\n').filter((l) => l.includes(`gateway closed with ${code}`));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain('"level":60');
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });
});
