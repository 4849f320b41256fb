/**
 * Issue 11, item 5: a 502 returned after Discord accepted a message makes discord.js send the POST
 * again. A channel reply must still appear once (it carries a nonce with `enforce_nonce`, which the
 * fake honours as Discord does), and an interaction follow-up — for which Discord has no nonce — is
 * not sent a second time.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/render/messages.js';
import type { RecordedRequest } from '../e2e/fake-discord.js';
import { switchableKnowledge, useBotUnderTest } from '../e2e/harness.js';
import { waitUntil } from './wait.js';

interface SentBody {
  nonce?: string;
  enforce_nonce?: boolean;
  content?: string;
  message_reference?: { message_id?: string };
}

const body = (r: RecordedRequest | Record<string, unknown>): SentBody =>
  ('body' in r ? r.body : r) as SentBody;

describe('a channel reply whose POST is retried after Discord accepted it', () => {
  const bot = useBotUnderTest();

  it('appears once: both POSTs carry the same nonce with enforce_nonce', async () => {
    const t = bot();
    const channelId = t.fake.channel.id;
    t.fake.injectFault({
      match: (q) => q.method === 'POST' && q.path === `/channels/${channelId}/messages`,
      status: 502,
      afterAccepting: true,
    });
    t.advance(60_000);
    const m = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the bridge plan`,
      mentions: [t.fake.bot],
    });
    const isReply = (r: RecordedRequest) =>
      r.method === 'POST' && body(r).message_reference?.message_id === m.id;
    // discord.js retries the 502 at once; wait for the retry to be answered.
    await waitUntil(() => t.fake.requests.filter(isReply).length >= 2, 'the retried POST');
    const posts = t.fake.requests.filter(isReply);
    expect(posts).toHaveLength(2);
    expect(body(posts[0]!).nonce).toBeTruthy();
    expect(body(posts[1]!).nonce).toBe(body(posts[0]!).nonce);
    expect(body(posts[0]!).enforce_nonce).toBe(true);
    const created = t.fake
      .channelMessages(channelId)
      .filter((msg) => body(msg).message_reference?.message_id === m.id);
    expect(created).toHaveLength(1);
  });
});

describe('an interaction follow-up whose POST gets a 502 after Discord accepted it', () => {
  const knowledge = switchableKnowledge();
  const bot = useBotUnderTest({ knowledge: knowledge.knowledge });

  it('is not sent again (Discord cannot deduplicate follow-ups), and the bot says why in the log', async () => {
    const t = bot();
    t.fake.injectFault({
      match: (q) => q.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(q.path),
      status: 502,
      afterAccepting: true,
    });
    knowledge.failing = true;
    // Deferred, then failing: the error boundary deletes the "thinking…" and sends a follow-up.
    const i = t.fake.slashCommand('ask', [
      { name: 'question', type: 3, value: 'who rejected the bridge plan' },
    ]);
    await waitUntil(
      () => t.logs.some((l) => l.includes('could not tell the user about a failure')),
      'the follow-up failure logged',
    );
    knowledge.failing = false;
    const followUps = t.fake.requests.filter(
      (r) => r.method === 'POST' && r.path === `/webhooks/${t.fake.applicationId}/${i.token}`,
    );
    expect(followUps).toHaveLength(1);
    expect(body(followUps[0]!).content).toBe(MESSAGES.somethingWentWrong);
    const logged = t.logs.find((l) => l.includes('could not tell the user about a failure')) ?? '';
    expect(logged).toContain('FollowUpUncertainError');
    expect(logged).not.toContain(i.token);
  });
});
