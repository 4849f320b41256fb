/**
 * Issue 11, lower severity: a "sources page" button id sent on a message that has no such button
 * (a forged payload) edited that message in place, turning any public answer into the sources
 * list. The id is now checked against the message it is on; real paging still works.
 */
import { describe, expect, it } from 'vitest';
import { USER_ERRORS } from '../../src/render/messages.js';
import type { RecordedRequest } from '../e2e/fake-discord.js';
import { useBotUnderTest } from '../e2e/harness.js';

interface Body {
  message_reference?: { message_id?: string };
}

describe('a forged "sources page" button', () => {
  const bot = useBotUnderTest();

  it('on a public answer: refused ephemerally, the answer is not edited', async () => {
    const t = bot();
    t.advance(60_000);
    const m = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the bridge plan`,
      mentions: [t.fake.bot],
    });
    await t.fake.waitForRequest(
      (r: RecordedRequest) => r.method === 'POST' && (r.body as Body).message_reference?.message_id === m.id,
    );
    const answer = [...t.fake.messages.values()].find(
      (msg) => (msg.message_reference as { message_id?: string } | undefined)?.message_id === m.id,
    );
    expect(answer).toBeDefined();

    const click = t.fake.clickButton(answer ?? {}, 'fd:src:0');
    const [callback] = await t.fake.interactionCalls(click.token, 1);
    const body = callback?.body as { type: number; data?: { content?: string; flags?: number } };
    // 7 would be "update the message the button is on": the answer replaced by the sources list.
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.content).toBe(USER_ERRORS['button-not-on-message']);
  });
});
