/**
 * The real entry points as separate processes against the fake Discord: `npm start`'s main.ts
 * (ready line, clean shutdown on SIGTERM/SIGINT, token never printed), the sharded entry point and
 * the deploy script.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { commandBodies } from '../../src/discord/deploy.js';
import { FakeDiscord } from './fake-discord.js';
import { FAKE_TOKEN } from './harness.js';
import { botEnvironment, exitWithin, run, type Run } from './bot-process.js';

let fake: FakeDiscord;
let dataDir: string;
const running: Run[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start({ acceptToken: FAKE_TOKEN });
  dataDir = await mkdtemp(join(tmpdir(), 'factdesk-process-'));
});
afterEach(() => {
  for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
});
afterAll(async () => {
  await fake?.close();
  await rm(dataDir, { recursive: true, force: true });
});

function botEnv(extra: Record<string, string> = {}): Record<string, string> {
  return botEnvironment(fake.apiUrl, join(dataDir, 'factdesk.db'), extra);
}

describe('npm start (src/main.ts) with a token', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'logs the ready line, answers, and on %s shuts down cleanly within 10 s with exit code 0',
    async (signal) => {
      const r = run('src/main.ts', botEnv());
      running.push(r);
      await r.waitForLog('ready as factdesk in 1 server, 2 articles loaded');
      const i = fake.slashCommand('help');
      await fake.interactionCalls(i.token, 1);
      r.child.kill(signal);
      expect(await exitWithin(r, 10_000)).toEqual({ code: 0, signal: null });
      expect(r.stderr).toContain('shut down cleanly');
      expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
    },
  );

  it('refuses an invalid configuration with one message listing every problem', async () => {
    const r = run('src/main.ts', botEnv({ LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'abc', SHARD_COUNT: 'lots' }));
    expect(await exitWithin(r, 10_000)).toEqual({ code: 1, signal: null });
    expect(r.stderr).toContain('Invalid configuration');
    expect(r.stderr).toContain('DISCORD_GUILD_ID');
    expect(r.stderr).toContain('LOG_LEVEL');
    expect(r.stderr).toContain('SHARD_COUNT');
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });

  it('never prints a rejected token, even when login fails', async () => {
    const wrong = `${FAKE_TOKEN.slice(0, -3)}bad`;
    const r = run('src/main.ts', botEnv({ DISCORD_TOKEN: wrong }));
    expect((await exitWithin(r, 15_000)).code).toBe(1);
    expect(r.stderr).toMatch(/invalid token/i);
    expect(r.stdout + r.stderr).not.toContain(wrong);
  });
});

describe('npm run start:sharded', () => {
  it('runs one process per shard (SHARD_COUNT=2) and stops them all on SIGTERM', async () => {
    const before = fake.identifies.length;
    const r = run('src/discord/sharded.ts', botEnv({ SHARD_COUNT: '2' }));
    running.push(r);
    await r.waitForLog('ready as factdesk', 60_000);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`second shard not ready:\n${r.stderr}`)), 60_000);
      const poll = setInterval(() => {
        if (r.stderr.split('ready as factdesk').length - 1 >= 2) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve();
        }
      }, 50);
    });
    const shards = fake.identifies.slice(before).map((i) => i.shard);
    expect(shards).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 2],
      ]),
    );
    r.child.kill('SIGTERM');
    expect(await exitWithin(r, 10_000)).toEqual({ code: 0, signal: null });
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });
});

describe('npm run deploy-commands', () => {
  it('registers every command to the guild with one bulk PUT and prints what it registered', async () => {
    const since = fake.mark();
    const guildId = fake.guild.id;
    const r = run('src/cli/deploy-commands.ts', botEnv({ DISCORD_GUILD_ID: guildId }));
    expect(await exitWithin(r, 20_000)).toEqual({ code: 0, signal: null });
    const put = await fake.waitForRequest((q) => q.method === 'PUT', { since });
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${guildId}/commands`);
    expect(put.body).toEqual(commandBodies(commands));
    expect(fake.requests.slice(since).filter((q) => q.method === 'PUT')).toHaveLength(1);
    expect(r.stdout).toBe(
      `Registered 11 commands to server ${guildId}: /ask, /who, /when, /what, /where, /why, /timeline, /sources, /help, /factdesk, /digest\n`,
    );
    expect(r.stdout + r.stderr).not.toContain(FAKE_TOKEN);
  });

  it('registers globally when no guild is configured, using DISCORD_CLIENT_ID', async () => {
    const since = fake.mark();
    const r = run('src/cli/deploy-commands.ts', botEnv({ DISCORD_CLIENT_ID: fake.applicationId }));
    expect(await exitWithin(r, 20_000)).toEqual({ code: 0, signal: null });
    const put = await fake.waitForRequest((q) => q.method === 'PUT', { since });
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put.body).toEqual(commandBodies(commands));
  });

  it('--dry-run prints the JSON and sends nothing', async () => {
    const since = fake.mark();
    const r = run('src/cli/deploy-commands.ts', botEnv(), ['--dry-run']);
    expect(await exitWithin(r, 20_000)).toEqual({ code: 0, signal: null });
    expect(JSON.parse(r.stdout)).toEqual(commandBodies(commands));
    expect(fake.requests.slice(since)).toEqual([]);
  });

  it('declares max_length on every string option and at most 25 autocomplete choices are offered', () => {
    const strings = commandBodies(commands).flatMap((c) => (c.options ?? []).filter((o) => o.type === 3));
    expect(strings.length).toBeGreaterThan(0);
    for (const o of strings) expect(o).toHaveProperty('max_length');
  });
});
