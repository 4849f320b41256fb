/**
 * Issue 11, item 2, end to end: a /timeline topic with a masked link and a right-to-left override
 * was echoed into a public embed as a live link. What Discord receives must show it as typed.
 */
import { describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { useBotUnderTest } from '../e2e/harness.js';

describe('masked-link injection through /timeline', () => {
  const bot = useBotUnderTest();

  it('echoes the topic with the link and the bidi override neutralised, pinging no one', async () => {
    const topic = '[Click to verify your account](https://evil.example/login) \u202E @everyone';
    const t = bot();
    const i = t.fake.slashCommand('timeline', [{ name: 'topic', type: 3, value: topic }]);
    const [, edit] = await t.fake.interactionCalls(i.token, 2);
    const body = edit?.body as { embeds?: APIEmbed[]; allowed_mentions?: unknown };
    const text = JSON.stringify(body.embeds);
    expect(body.embeds?.[0]?.description).toContain('Click to verify your account');
    // No "[text](" without a backslash before "[", no written-out address, no U+202E.
    expect(body.embeds?.[0]?.description).not.toMatch(/(^|[^\\])\[[^\]]*\]\(/);
    expect(text).not.toContain('https://evil.example');
    expect(text).not.toContain('\u202E');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});
