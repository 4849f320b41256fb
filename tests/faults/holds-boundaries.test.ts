/**
 * Fault suite, hostile input at the interaction boundary — protections that hold today:
 *
 * - Every admin subcommand is refused for a member without Manage Server, and changes nothing.
 *   (tests/e2e/channel-questions.test.ts "checks the permission again when run" and
 *   tests/e2e/digest.test.ts cover one subcommand each; this covers all seven.)
 * - Forged button ids (not ours, malformed, out of range, unknown article or name, mentions in the
 *   id) are each answered once and cleanly: no error logged, no ping, the bot carries on. (A real
 *   "context" id for a removed article is in tests/e2e/slash-commands.test.ts.)
 *
 * No-ping in message bodies is asserted throughout tests/e2e (`allowed_mentions: { parse: [] }` on
 * every reply kind) and across 200 mixed interactions in holds-load.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MESSAGES, userErrorMessage } from '../../src/render/messages.js';
import { PERMISSIONS } from '../e2e/fake-discord.js';
import { useBotUnderTest } from '../e2e/harness.js';

const HARBOUR_ID = '2011-03-14-harbour-council-rejects-bridge-plan';
const t = useBotUnderTest({ cooldownMs: 0 });

interface CallbackBody {
  type: number;
  data?: { content?: string; flags?: number; allowed_mentions?: unknown; embeds?: unknown[] };
}

const errorsLogged = () => t().logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50);

describe('admin commands without Manage Server', () => {
  const channelOption = () => ({ type: 7, name: 'channel', value: t().fake.guild.channels[1]!.id });
  const resolved = () => {
    const c = t().fake.guild.channels[1]!;
    return { channels: { [c.id]: { id: c.id, type: 0, name: c.name, permissions: PERMISSIONS.bot } } };
  };
  const channels = (sub: string, options: unknown[] = []) => [
    { type: 2, name: 'channels', options: [{ type: 1, name: sub, options }] },
  ];
  const DIGEST_REFUSAL = 'You need the Manage Server permission to change the daily digest.';

  it.each([
    [
      'factdesk',
      'channels add',
      () => channels('add', [channelOption()]),
      userErrorMessage('missing-permission'),
    ],
    [
      'factdesk',
      'channels remove',
      () => channels('remove', [channelOption()]),
      userErrorMessage('missing-permission'),
    ],
    ['factdesk', 'channels list', () => channels('list'), userErrorMessage('missing-permission')],
    [
      'digest',
      'setup',
      () => [
        {
          type: 1,
          name: 'setup',
          options: [
            channelOption(),
            { type: 3, name: 'time', value: '08:00' },
            { type: 3, name: 'timezone', value: 'Europe/London' },
          ],
        },
      ],
      DIGEST_REFUSAL,
    ],
    ['digest', 'status', () => [{ type: 1, name: 'status', options: [] }], DIGEST_REFUSAL],
    ['digest', 'preview', () => [{ type: 1, name: 'preview', options: [] }], DIGEST_REFUSAL],
    ['digest', 'off', () => [{ type: 1, name: 'off', options: [] }], DIGEST_REFUSAL],
  ] as const)('/%s %s is refused privately and changes nothing', async (name, _sub, options, refusal) => {
    const i = t().fake.slashCommand(name, options(), { permissions: PERMISSIONS.none, resolved: resolved() });
    const [callback] = await t().fake.interactionCalls(i.token, 1);
    expect(callback?.body).toMatchObject({
      type: 4,
      data: { content: refusal, flags: 64, allowed_mentions: { parse: [] } },
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(t().fake.requests.filter((r) => r.path.includes(i.token))).toHaveLength(1);
    expect(t().db.listQuestionChannels(t().fake.guild.id)).toEqual([]);
    expect(t().db.getDigestSettings(t().fake.guild.id)).toBeUndefined();
  });
});

describe('forged button ids', () => {
  it.each([
    ['not factdesk’s', 'some-other-bot:approve:1'],
    ['an unknown factdesk action', 'fd:delete:everything'],
    ['a malformed context id', 'fd:ctx:x:y'],
    ['a paragraph and sentence out of range', `fd:ctx:9999:9999:${HARBOUR_ID}`],
    ['a path instead of an article id', 'fd:ctx:0:0:../../../etc/passwd'],
    ['an unknown name', 'fd:more:Nobody Atall'],
    ['mentions as the name', 'fd:more:@everyone <@&123456789012345678>'],
    ['100 characters', `fd:more:${'x'.repeat(92)}`],
  ])('%s is answered once, privately, without an error or a ping', async (_what, customId) => {
    const i = t().fake.clickButton({}, customId);
    const [callback] = await t().fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expect(body.data?.content ?? '').not.toBe(MESSAGES.somethingWentWrong);
    await new Promise((r) => setTimeout(r, 100));
    expect(t().fake.requests.filter((r) => r.path.includes(i.token))).toHaveLength(1);
    expect(errorsLogged()).toEqual([]);
  });

  it('a page of /sources far beyond the last is answered once, without an error', async () => {
    const i = t().fake.clickButton({}, 'fd:src:99999999999999999999');
    const [callback] = await t().fake.interactionCalls(i.token, 1);
    expect([4, 7]).toContain((callback?.body as CallbackBody).type);
    expect((callback?.body as CallbackBody).data?.allowed_mentions).toEqual({ parse: [] });
    expect(errorsLogged()).toEqual([]);
  });

  it('keeps answering afterwards', async () => {
    const i = t().fake.slashCommand('help');
    const [callback] = await t().fake.interactionCalls(i.token, 1);
    expect((callback?.body as CallbackBody).type).toBe(4);
  });
});
