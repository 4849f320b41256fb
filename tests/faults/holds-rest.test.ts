/**
 * Fault suite, REST side — protections that hold today and must keep holding: Discord answering
 * 429 (per route and global), bursts of 5xx, and slow interaction callbacks close to the 3 s
 * deadline. The real discord.js client runs against the fake Discord on 127.0.0.1; the fake injects
 * each fault and records every request, so "no lost reply, never two" is read off what it accepted.
 */
import type { APIEmbed } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { outcomeReply } from '../../src/discord/discord-replies.js';
import { answerFor } from '../../src/render/replies.js';
import type { RecordedRequest, RequestFault } from '../e2e/fake-discord.js';
import { startBotUnderTest, watchUnhandledRejections, type BotUnderTest } from '../e2e/harness.js';

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
}

const QUESTION = 'who rejected the bridge plan';
const rejections = watchUnhandledRejections();
afterEach(() => rejections.check());
afterAll(() => rejections.dispose());

const isChannelPost = (t: BotUnderTest) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${t.fake.channel.id}/messages`;
const isOriginalEdit = (r: RecordedRequest) => r.method === 'PATCH' && r.path.endsWith('/messages/@original');
const isCallback = (r: RecordedRequest) =>
  r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(r.path);

/** Messages Discord (the fake) accepted as replies to `messageId`. */
function acceptedRepliesTo(t: BotUnderTest, messageId: string): Record<string, unknown>[] {
  return [...t.fake.messages.values()].filter(
    (m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === messageId,
  );
}

/** Asks in the channel by mention; resolves with the replies accepted once the bot has answered. */
async function askByMention(t: BotUnderTest, timeoutMs = 15_000): Promise<Record<string, unknown>[]> {
  t.advance(60_000); // past the per-user cooldown
  const m = t.fake.message({ content: `<@${t.fake.bot.id}> ${QUESTION}`, mentions: [t.fake.bot] });
  const deadline = Date.now() + timeoutMs;
  while (acceptedRepliesTo(t, m.id).length === 0 && Date.now() < deadline) await sleep(20);
  await sleep(300); // room for a second (doubled) reply to show up
  return acceptedRepliesTo(t, m.id);
}

/** Runs /ask; resolves with every request made for that interaction once the answer is in. */
async function askBySlash(t: BotUnderTest, calls: number, timeoutMs = 15_000): Promise<RecordedRequest[]> {
  const i = t.fake.slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
  await t.fake.interactionCalls(i.token, calls, timeoutMs);
  await sleep(300);
  return t.fake.requests.filter((r) => r.path.includes(i.token));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const errorsLogged = (t: BotUnderTest) =>
  t.logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);

function rateLimited(
  match: RequestFault['match'],
  times: number,
  global: boolean,
  seconds: number,
): RequestFault {
  return {
    match,
    times,
    status: 429,
    headers: global
      ? { 'Retry-After': String(seconds), 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' }
      : {
          'Retry-After': String(seconds),
          'X-RateLimit-Limit': '5',
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset-After': String(seconds),
          'X-RateLimit-Bucket': 'fake-bucket-0001',
          'X-RateLimit-Scope': 'user',
        },
    body: { message: 'You are being rate limited.', retry_after: seconds, global },
  };
}

describe('429 and 5xx from Discord', { timeout: 60_000 }, () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBotUnderTest({ cooldownMs: 5000 });
  });
  afterAll(async () => t?.stop());
  afterEach(() => t.fake.clearFaults());

  it('a per-route 429 on a channel reply: the bot waits the Retry-After and then replies once', async () => {
    const fault = t.fake.injectFault(rateLimited(isChannelPost(t), 2, false, 0.4));
    const since = t.fake.mark();
    const replies = await askByMention(t);
    expect(fault.hits).toBe(2);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.embeds).toEqual(outcomeReply(answerFor(t.kb, QUESTION)).embeds);
    // It waited for the bucket to reset instead of hammering the route.
    const posts = t.fake.requests.slice(since).filter(isChannelPost(t));
    expect(posts).toHaveLength(3);
    const gap = (t.fake.receivedAt.get(posts[2]!) ?? 0) - (t.fake.receivedAt.get(posts[1]!) ?? 0);
    expect(gap).toBeGreaterThanOrEqual(350);
    expect(errorsLogged(t)).toEqual([]);
  });

  it('a per-route 429 on the edit of a deferred /ask: the answer still arrives, once', async () => {
    const fault = t.fake.injectFault(rateLimited(isOriginalEdit, 2, false, 0.3));
    const calls = await askBySlash(t, 4);
    expect(fault.hits).toBe(2);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    expect((calls[3]?.body as MessageBody).embeds?.[0]?.title).toBe('Harbour council rejects bridge plan');
    expect(errorsLogged(t)).toEqual([]);
  });

  it('a global 429: every route waits, then the interaction and the channel reply both go out once', async () => {
    const fault = t.fake.injectFault(rateLimited(isOriginalEdit, 1, true, 0.6));
    const since = t.fake.mark();
    const [calls, replies] = await Promise.all([askBySlash(t, 3), sleep(100).then(() => askByMention(t))]);
    expect(fault.hits).toBe(1);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'PATCH', 'PATCH']);
    expect((calls[2]?.body as MessageBody).embeds?.[0]?.title).toBe('Harbour council rejects bridge plan');
    expect(replies).toHaveLength(1);
    // The global limit held the channel reply too: nothing reached Discord while it lasted.
    const limitedAt = t.fake.receivedAt.get(calls[1]!) ?? 0;
    const during = t.fake.requests
      .slice(since)
      .filter((r) => {
        const at = t.fake.receivedAt.get(r) ?? 0;
        return at > limitedAt + 50 && at < limitedAt + 500 && !isCallback(r);
      })
      .map((r) => `${r.method} ${r.path}`);
    expect(during).toEqual([]);
    expect(errorsLogged(t)).toEqual([]);
  });

  it.each([
    [500, 502, 503],
    [502, 502, 502],
  ])('a burst of 5xx (%i, %i, %i) on a channel reply is retried: exactly one reply', async (...statuses) => {
    const since = t.fake.mark();
    for (const status of statuses) {
      t.fake.injectFault({
        match: isChannelPost(t),
        times: 1,
        status,
        body: { message: 'fake outage' },
      });
    }
    const replies = await askByMention(t);
    expect(replies).toHaveLength(1);
    expect(t.fake.requests.slice(since).filter(isChannelPost(t))).toHaveLength(4);
    expect(errorsLogged(t)).toEqual([]);
  });

  it('a burst of 5xx on the interaction callback and on the edit: /ask is still answered once', async () => {
    t.fake.injectFault({ match: isCallback, times: 2, status: 503 });
    t.fake.injectFault({ match: isOriginalEdit, times: 3, status: 502 });
    const calls = await askBySlash(t, 7);
    expect(calls.map((c) => c.method)).toEqual(['POST', 'POST', 'POST', 'PATCH', 'PATCH', 'PATCH', 'PATCH']);
    expect((calls[6]?.body as MessageBody).embeds?.[0]?.title).toBe('Harbour council rejects bridge plan');
    expect(errorsLogged(t)).toEqual([]);
  });
});

describe('slow interaction callbacks near the 3 s deadline', { timeout: 60_000 }, () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    // Discord's own deadline, enforced by the fake; discord.js's default 15 s REST timeout, as in production.
    t = await startBotUnderTest({ fake: { interactionDeadlineMs: 3000 }, restTimeoutMs: 15_000 });
  });
  afterAll(async () => t?.stop());

  it('/ask defers at once and edits the answer in when Discord takes 2.5 s to answer each call', async () => {
    const slow = t.fake.injectFault({
      match: (r) => isCallback(r) || isOriginalEdit(r),
      times: Infinity,
      delayMs: 2500,
    });
    const i = t.fake.slashCommand('ask', [{ name: 'question', type: 3, value: QUESTION }]);
    const [callback, edit] = await t.fake.interactionCalls(i.token, 2, 15_000);
    expect(callback?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit?.method).toBe('PATCH');
    expect((edit?.body as MessageBody).embeds?.[0]?.title).toBe('Harbour council rejects bridge plan');
    await sleep(2800); // the edit's slow answer, and room for anything after it
    expect(slow.hits).toBe(2);
    // Deferred in time (the fake answers 404 Unknown interaction after 3 s), nothing retried or added.
    expect(t.fake.requests.filter((r) => r.path.includes(i.token))).toHaveLength(2);
    expect(errorsLogged(t)).toEqual([]);
    t.fake.clearFaults();
  });

  it('an immediate reply (/help) and a button are each answered once when the callback is slow', async () => {
    t.fake.injectFault({ match: isCallback, times: Infinity, delayMs: 2500 });
    const help = t.fake.slashCommand('help');
    const button = t.fake.clickButton({}, 'fd:more:Maria Okafor');
    const [helpCallback] = await t.fake.interactionCalls(help.token, 1, 10_000);
    const [buttonCallback] = await t.fake.interactionCalls(button.token, 1, 10_000);
    await sleep(2800);
    expect((helpCallback?.body as { type: number }).type).toBe(4);
    expect((buttonCallback?.body as { type: number }).type).toBe(4);
    expect(
      t.fake.requests.filter((r) => r.path.includes(help.token) || r.path.includes(button.token)),
    ).toHaveLength(2);
    expect(errorsLogged(t)).toEqual([]);
    t.fake.clearFaults();
  });
});
