/**
 * Issue 11, lower severity: an interaction payload with neither `member` nor `user`. Discord does not
 * send one, but discord.js throws on it outside any handler, which ended the process. It must be
 * refused clearly (an ephemeral message, one log line) and the bot must carry on.
 */
import { describe, expect, it } from 'vitest';
import { userErrorMessage } from '../../src/render/messages.js';
import { snowflake } from '../e2e/fake-discord.js';
import { useBotUnderTest } from '../e2e/harness.js';

describe('an interaction without member or user', () => {
  const bot = useBotUnderTest();

  it('is refused with an ephemeral message and logged, and the bot keeps answering', async () => {
    const t = bot();
    const id = snowflake();
    const token = `fake-interaction-token-${id}`;
    const channel = t.fake.channel;
    t.fake.dispatch('INTERACTION_CREATE', {
      id,
      token,
      type: 2,
      application_id: t.fake.applicationId,
      version: 1,
      guild_id: t.fake.guild.id,
      channel_id: channel.id,
      channel: { id: channel.id, type: channel.type, name: channel.name, guild_id: t.fake.guild.id },
      app_permissions: '0',
      locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: {},
      context: 0,
      data: { id: snowflake(), name: 'help', type: 1, options: [] },
    });
    const [refusal] = await t.fake.interactionCalls(token, 1);
    expect(refusal?.body).toEqual({
      type: 4,
      data: { content: userErrorMessage('no-user'), flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(t.logs.filter((l) => l.includes('interaction without a member or user refused'))).toHaveLength(1);

    const help = t.fake.slashCommand('help');
    const [answer] = await t.fake.interactionCalls(help.token, 1);
    expect((answer?.body as { type: number }).type).toBe(4);
  });
});
