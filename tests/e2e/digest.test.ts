/**
 * The daily digest end to end: the real discord.js client and the real scheduler, knowledge
 * watcher and database (a file, so a restart reads it back) against the fake Discord, with a
 * controllable clock. The scheduler polls every 50 ms of real time, so moving the clock is all a
 * test does to make "the time" come.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import { createDiscordBot, type DiscordBot } from '../../src/discord/client.js';
import { discordDigestGateway } from '../../src/discord/digest-gateway.js';
import { DigestScheduler } from '../../src/discord/digest-scheduler.js';
import { openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { KnowledgeWatcher } from '../../src/io/knowledge-watcher.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord, PERMISSIONS, snowflake, type RecordedRequest } from './fake-discord.js';
import { FAKE_TOKEN, watchUnhandledRejections } from './harness.js';

const FIXTURES = 'tests/fixtures/digest';
const rejections = watchUnhandledRejections();

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  flags?: number;
  allowed_mentions?: unknown;
  choices?: { name: string; value: string }[];
}

const guildId = snowflake();
const generalId = snowflake();
const digestChannelId = snowflake();
const dir = mkdtempSync(join(tmpdir(), 'factdesk-e2e-digest-'));
const knowledgeDir = join(dir, 'knowledge');
const dbPath = join(dir, 'data', 'factdesk.db');
let clock = Date.parse('2026-03-09T06:00:00Z');
let fake: FakeDiscord;

interface Running {
  bot: DiscordBot;
  db: FactdeskDatabase;
  watcher: KnowledgeWatcher;
  scheduler: DigestScheduler;
  logs: string[];
}
let running: Running | undefined;

/** Starts "the process": database, watcher, scheduler and bot, wired as src/main.ts wires them. */
async function startProcess(): Promise<Running> {
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [FAKE_TOKEN], write: (line) => logs.push(line) });
  const db = openDatabase(dbPath);
  const now = () => new Date(clock);
  const watcher = await KnowledgeWatcher.start({
    dir: knowledgeDir,
    build: (a) => buildKnowledgeBase(a),
    firstSeen: db,
    logger,
    now,
    debounceMs: 50,
  });
  const holder: { bot?: DiscordBot } = {};
  const scheduler = new DigestScheduler({
    db,
    knowledge: watcher,
    gateway: discordDigestGateway(() => (holder.bot as DiscordBot).client),
    logger,
    now,
    pollMs: 50,
  });
  const bot = createDiscordBot({
    token: FAKE_TOKEN,
    apiUrl: fake.apiUrl,
    restTimeoutMs: 2000,
    context: {
      knowledge: () => watcher.current(),
      settings: db,
      logger,
      now: () => clock,
      digest: scheduler,
    },
    commands,
    cooldownMs: 0,
  });
  holder.bot = bot;
  await bot.start();
  await scheduler.start();
  return { bot, db, watcher, scheduler, logs };
}

async function stopProcess(r: Running): Promise<void> {
  await r.scheduler.stop();
  r.watcher.close();
  await r.bot.stop();
  r.db.close();
}

function digestPosts(since = 0): RecordedRequest[] {
  return fake.requests
    .slice(since)
    .filter((q) => q.method === 'POST' && q.path === `/channels/${digestChannelId}/messages`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Moves the clock and gives the scheduler several of its 50 ms polls to react. */
async function setClock(iso: string): Promise<void> {
  clock = Date.parse(iso);
  await sleep(400);
}

async function ephemeralReply(token: string): Promise<MessageBody> {
  const [callback] = await fake.interactionCalls(token, 1);
  const body = callback?.body as { type: number; data: MessageBody };
  expect(body.type).toBe(4);
  expect(body.data.flags).toBe(64);
  return body.data;
}

const channelResolved = {
  channels: {
    [digestChannelId]: { id: digestChannelId, type: 0, name: 'daily-news', permissions: PERMISSIONS.bot },
  },
};

function digestCommand(sub: string, options: unknown[] = [], permissions: string = PERMISSIONS.manageGuild) {
  return fake.slashCommand('digest', [{ type: 1, name: sub, options }], {
    permissions,
    resolved: channelResolved,
    channelId: generalId,
  });
}

beforeAll(async () => {
  mkdirSync(knowledgeDir, { recursive: true });
  for (const f of readdirSync(FIXTURES)) {
    if (f === '2026-03-10-library-strike-ends.md') continue; // dropped in during the test
    copyFileSync(join(FIXTURES, f), join(knowledgeDir, f));
  }
  fake = await FakeDiscord.start({
    guilds: [
      {
        id: guildId,
        name: 'Port Calder News',
        channels: [
          { id: generalId, name: 'general', type: 0 },
          { id: digestChannelId, name: 'daily-news', type: 0 },
        ],
      },
    ],
  });
  running = await startProcess();
});

afterEach(() => rejections.check());
afterAll(async () => {
  if (running) await stopProcess(running);
  await fake?.close();
  rejections.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('/digest end to end', () => {
  it('refuses "25:00" and "Mars/Olympus" with a clear ephemeral error, and a member without Manage Server', async () => {
    const bad = [
      { type: 7, name: 'channel', value: digestChannelId },
      { type: 3, name: 'time', value: '25:00' },
      { type: 3, name: 'timezone', value: 'Europe/London' },
    ];
    expect((await ephemeralReply(digestCommand('setup', bad).token)).content).toBe(
      '"25:00" is not a time of day. Use 24-hour HH:MM, for example 08:00 or 18:30.',
    );
    const mars = [
      bad[0],
      { type: 3, name: 'time', value: '08:00' },
      { type: 3, name: 'timezone', value: 'Mars/Olympus' },
    ];
    expect((await ephemeralReply(digestCommand('setup', mars).token)).content).toBe(
      '"Mars/Olympus" is not a time zone I know. Pick one from the list, for example Europe/London or America/New_York.',
    );
    expect((await ephemeralReply(digestCommand('status', [], PERMISSIONS.none).token)).content).toBe(
      'You need the Manage Server permission to change the daily digest.',
    );
    expect(running?.db.getDigestSettings(guildId)).toBeUndefined();
  });

  it('offers time zones by autocomplete', async () => {
    const i = fake.autocomplete('digest', 'timezone', 'london', { channelId: generalId });
    const [callback] = await fake.interactionCalls(i.token, 1);
    const body = callback?.body as { type: number; data: MessageBody };
    expect(body.type).toBe(8);
    expect(body.data.choices?.map((c) => c.value)).toContain('Europe/London');
    expect(body.data.choices?.length).toBeLessThanOrEqual(25);
  });

  it('setup → exactly one digest at the time', async () => {
    const setup = [
      { type: 7, name: 'channel', value: digestChannelId },
      { type: 3, name: 'time', value: '08:00' },
      { type: 3, name: 'timezone', value: 'Europe/London' },
    ];
    const reply = await ephemeralReply(digestCommand('setup', setup).token);
    const next = Date.parse('2026-03-09T08:00:00Z') / 1000;
    expect(reply.content).toBe(
      `Daily digest on: every day at 08:00 (Europe/London) in <#${digestChannelId}>. Next post: <t:${next}:F> (<t:${next}:R>).`,
    );

    await setClock('2026-03-09T07:59:00Z');
    expect(digestPosts()).toHaveLength(0);
    await setClock('2026-03-09T08:00:00Z');
    const [post] = await Promise.all([
      fake.waitForRequest((q) => q.path === `/channels/${digestChannelId}/messages` && q.method === 'POST'),
      sleep(300),
    ]);
    const body = post.body as MessageBody;
    expect(body.content).toBe(
      '**Daily digest — Monday 9 March 2026**\n1 new article since Sunday 8 March 2026',
    );
    expect(body.embeds?.[0]?.title).toBe('Harbour bridge reopens after eight months of repairs');
    expect(body.embeds?.[0]?.url).toBe('https://example.org/news/harbour-bridge');
    expect(body.allowed_mentions).toEqual({ parse: [] });
    await setClock('2026-03-09T12:00:00Z');
    expect(digestPosts()).toHaveLength(1);
    expect(running?.db.getDelivery(guildId, '2026-03-09')).toMatchObject({ status: 'sent' });
  });

  it('restart → no second post', async () => {
    await stopProcess(running as Running);
    running = await startProcess();
    await setClock('2026-03-09T15:00:00Z');
    expect(digestPosts()).toHaveLength(1);
    const status = await ephemeralReply(digestCommand('status').token);
    const next = Date.parse('2026-03-10T08:00:00Z') / 1000;
    expect(status.content).toBe(
      [
        `Daily digest: every day at 08:00 (Europe/London) in <#${digestChannelId}>.`,
        `Next post: <t:${next}:F> (<t:${next}:R>).`,
        'Last delivery: 9 March 2026 — sent.',
      ].join('\n'),
    );
  });

  it("a new article file dropped into the knowledge folder → answerable at once and in the next day's digest", async () => {
    await setClock('2026-03-09T18:00:00Z');
    copyFileSync(
      join(FIXTURES, '2026-03-10-library-strike-ends.md'),
      join(knowledgeDir, '2026-03-10-library-strike-ends.md'),
    );
    const watcher = (running as Running).watcher;
    const deadline = Date.now() + 5000;
    while (watcher.current().articles.length < 3 && Date.now() < deadline) await sleep(20);

    const ask = fake.slashCommand(
      'ask',
      [{ type: 3, name: 'question', value: 'when did the library strike end?' }],
      { channelId: generalId },
    );
    const calls = await fake.interactionCalls(ask.token, 2);
    expect(JSON.stringify(calls.map((c) => c.body))).toContain('Library workers in Port Calder returned to work on Tuesday');

    const since = fake.mark();
    await setClock('2026-03-10T08:00:00Z');
    const post = await fake.waitForRequest(
      (q) => q.method === 'POST' && q.path === `/channels/${digestChannelId}/messages`,
      { since },
    );
    const titles = (post.body as MessageBody).embeds?.map((e) => e.title);
    expect(titles).toContain('Library workers end two-week strike');
    expect(titles).not.toContain('Harbour bridge reopens after eight months of repairs');
    await setClock('2026-03-10T09:00:00Z');
    expect(digestPosts(since)).toHaveLength(1);
  });

  it('/digest preview answers ephemerally (deferred) with the digest as it would be now', async () => {
    const i = digestCommand('preview');
    const [callback, edit] = await fake.interactionCalls(i.token, 2);
    expect(callback?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(edit?.method).toBe('PATCH');
    expect((edit?.body as MessageBody).content).toBe(
      '**Daily digest — Tuesday 10 March 2026**\nNothing new since Tuesday 10 March 2026.',
    );
    expect((edit?.body as MessageBody).allowed_mentions).toEqual({ parse: [] });
  });

  it('a deleted channel → the failure is shown in /digest status', async () => {
    fake.deleteChannel(digestChannelId);
    const since = fake.mark();
    await setClock('2026-03-11T08:00:00Z');
    await fake.waitForRequest((q) => q.path.startsWith(`/channels/${digestChannelId}`), { since });
    await setClock('2026-03-11T08:10:00Z');
    const status = await ephemeralReply(digestCommand('status').token);
    expect(status.content?.split('\n').at(-1)).toBe(
      'Last delivery: 11 March 2026 — failed: the channel no longer exists.',
    );
    expect(running?.logs.some((l) => l.includes('"msg":"digest failed"'))).toBe(true);
    // Not retried the same day.
    await setClock('2026-03-11T20:00:00Z');
    expect(
      fake.requests
        .slice(since)
        .filter((q) => q.method === 'POST' && q.path.startsWith(`/channels/${digestChannelId}`)).length,
    ).toBeLessThanOrEqual(1);
  });

  it('a crash between posting and recording → the post is found with GET /channels/:id/messages, never repeated', async () => {
    const setup = [
      { type: 7, name: 'channel', value: generalId },
      { type: 3, name: 'time', value: '08:00' },
      { type: 3, name: 'timezone', value: 'Europe/London' },
    ];
    const resolved = {
      channels: { [generalId]: { id: generalId, type: 0, name: 'general', permissions: PERMISSIONS.bot } },
    };
    await ephemeralReply(
      fake.slashCommand('digest', [{ type: 1, name: 'setup', options: setup }], {
        resolved,
        channelId: generalId,
      }).token,
    );
    await setClock('2026-03-12T07:59:00Z');
    await stopProcess(running as Running);
    running = undefined;

    // What a crash leaves: the "sending" record, and the message Discord accepted just after it.
    clock = Date.parse('2026-03-12T08:00:00Z');
    const db = openDatabase(dbPath);
    db.beginDelivery(
      {
        guildId,
        dayKey: '2026-03-12',
        channelId: generalId,
        windowFrom: '2026-03-10T08:00:00.000Z',
        windowTo: '2026-03-12T08:00:00.000Z',
      },
      new Date(clock),
    );
    db.close();
    const response = await fetch(`${fake.apiUrl}/v10/channels/${generalId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bot ${FAKE_TOKEN}` },
      body: JSON.stringify({
        content: '**Daily digest — Thursday 12 March 2026**\nNothing new since Tuesday 10 March 2026.',
      }),
    });
    const posted = (await response.json()) as { id: string };

    const since = fake.mark();
    clock = Date.parse('2026-03-12T08:05:00Z');
    running = await startProcess();
    await setClock('2026-03-12T12:00:00Z');
    expect(
      fake.requests
        .slice(since)
        .some((q) => q.method === 'GET' && q.path === `/channels/${generalId}/messages`),
    ).toBe(true);
    expect(
      fake.requests
        .slice(since)
        .filter((q) => q.method === 'POST' && q.path === `/channels/${generalId}/messages`),
    ).toEqual([]);
    expect(running.db.getDelivery(guildId, '2026-03-12')).toMatchObject({
      status: 'sent',
      messageIds: [posted.id],
    });
  });

  it('a missing permission → the failure and its reason are shown in /digest status', async () => {
    fake.refusePosting(generalId);
    const since = fake.mark();
    await setClock('2026-03-13T08:00:00Z');
    await fake.waitForRequest((q) => q.method === 'POST' && q.path === `/channels/${generalId}/messages`, {
      since,
    });
    await setClock('2026-03-13T08:10:00Z');
    const status = await ephemeralReply(digestCommand('status').token);
    expect(status.content?.split('\n').at(-1)).toBe(
      'Last delivery: 13 March 2026 — failed: the bot lacks permission to post there (Send Messages, Embed Links).',
    );
  });

  it('/digest off stops it', async () => {
    expect((await ephemeralReply(digestCommand('off').token)).content).toBe(
      'Daily digest off. Past deliveries are kept; turn it on again with /digest setup.',
    );
    expect(running?.db.getDigestSettings(guildId)).toBeUndefined();
  });
});
