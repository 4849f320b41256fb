/**
 * Channel questions, `/factdesk channels`, the error boundary and the Message Content fallback, end
 * to end against the fake Discord.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { APIEmbed } from 'discord.js';
import { outcomeReply } from '../../src/discord/discord-replies.js';
import { helpReply } from '../../src/render/embeds.js';
import { MESSAGES, fill, userErrorMessage } from '../../src/render/messages.js';
import { answerFor } from '../../src/render/replies.js';
import type { KnowledgeBase } from '../../src/core/types.js';
import { PERMISSIONS, snowflake, type RecordedRequest } from './fake-discord.js';
import { startBotUnderTest, watchUnhandledRejections, type BotUnderTest } from './harness.js';

interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  allowed_mentions?: unknown;
  message_reference?: { message_id: string };
  flags?: number;
}

const rejections = watchUnhandledRejections();
afterEach(() => rejections.check());
afterAll(() => rejections.dispose());

/** The bot's reply to a message: a channel message referencing it. */
function replyTo(t: BotUnderTest, messageId: string, since = 0): Promise<RecordedRequest> {
  return t.fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      r.path === `/channels/${t.fake.channel.id}/messages` &&
      (r.body as MessageBody).message_reference?.message_id === messageId,
    { since },
  );
}

function repliesTo(t: BotUnderTest, messageId: string): RecordedRequest[] {
  return t.fake.requests.filter(
    (r) => (r.body as MessageBody | undefined)?.message_reference?.message_id === messageId,
  );
}

describe('channel questions', () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBotUnderTest({ cooldownMs: 5000 });
  });
  afterAll(async () => t?.stop());

  it('answers a mention with a reply carrying the answer embed, pinging no one', async () => {
    t.advance(60_000);
    const question = 'who rejected the plan to build a bridge';
    const m = t.fake.message({ content: `<@${t.fake.bot.id}> ${question}`, mentions: [t.fake.bot] });
    const reply = await replyTo(t, m.id);
    const body = reply.body as MessageBody;
    expect(body.embeds).toEqual(outcomeReply(answerFor(t.kb, question)).embeds);
    expect(body.embeds?.[0]?.description).toContain('Maria Okafor');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.message_reference).toMatchObject({ message_id: m.id });
  });

  it('GIVEN "@factdesk help" THEN it replies with the help, not an answer about the news', async () => {
    t.advance(60_000);
    const m = t.fake.message({ content: `<@${t.fake.bot.id}> help`, mentions: [t.fake.bot] });
    const reply = await replyTo(t, m.id);
    const body = reply.body as MessageBody;
    expect(body.embeds).toEqual(helpReply().embeds);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('echoes "@everyone" in a question without pinging anyone', async () => {
    t.advance(60_000);
    const m = t.fake.message({
      content: `<@${t.fake.bot.id}> @everyone`,
      mentions: [t.fake.bot],
      mentionEveryone: true,
    });
    const body = (await replyTo(t, m.id)).body as MessageBody;
    expect(JSON.stringify(body)).not.toContain('"parse":["everyone"');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a reply to one of its own messages without a mention', async () => {
    t.advance(60_000);
    const answered = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`,
      mentions: [t.fake.bot],
    });
    await replyTo(t, answered.id);
    const botMessage = [...t.fake.messages.values()].find(
      (m) => (m.message_reference as { message_id?: string } | undefined)?.message_id === answered.id,
    );
    expect(botMessage).toBeDefined();
    t.advance(60_000);
    const followUp = t.fake.message({ content: 'when did that happen?', replyTo: botMessage ?? {} });
    const body = (await replyTo(t, followUp.id)).body as MessageBody;
    expect(body.embeds?.[0]).toBeDefined();
  });

  it('GIVEN a follow-up with "she" THEN it answers about the person it named before, says so above the answer, and only to that user', async () => {
    t.advance(60_000);
    const first = t.fake.message({ content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`, mentions: [t.fake.bot] });
    await replyTo(t, first.id);
    t.advance(60_000);
    const followUp = t.fake.message({ content: `<@${t.fake.bot.id}> what would she study instead`, mentions: [t.fake.bot] });
    const body = (await replyTo(t, followUp.id)).body as MessageBody;
    expect(body.content).toBe('Taking “she” as Maria Okafor.');
    expect(body.embeds).toEqual(outcomeReply(answerFor(t.kb, 'what would Maria Okafor study instead')).embeds);
    expect(body.embeds?.[0]?.description).toContain('ferry timetable');
    // Another reader in the channel has asked nothing yet: "she" is no one for them.
    const other = t.fake.message({
      content: `<@${t.fake.bot.id}> what would she study instead`,
      mentions: [t.fake.bot],
      author: { id: snowflake(), username: 'another-reader' },
    });
    expect(((await replyTo(t, other.id)).body as MessageBody).content).toBeUndefined();
    // A quarter of an hour later the conversation is over.
    t.advance(16 * 60_000);
    const late = t.fake.message({ content: `<@${t.fake.bot.id}> what would she study instead`, mentions: [t.fake.bot] });
    expect(((await replyTo(t, late.id)).body as MessageBody).content).toBeUndefined();
  });

  it('ignores other bots, and messages that neither mention it nor reply to it', async () => {
    t.advance(60_000);
    const fromBot = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`,
      mentions: [t.fake.bot],
      author: { id: snowflake(), username: 'otherbot', bot: true },
    });
    const chatter = t.fake.message({ content: 'who rejected the plan to build a bridge' });
    // A later question that is answered proves the two above were processed and ignored.
    const probe = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`,
      mentions: [t.fake.bot],
    });
    await replyTo(t, probe.id);
    expect(repliesTo(t, fromBot.id)).toEqual([]);
    expect(repliesTo(t, chatter.id)).toEqual([]);
  });

  it('politely refuses an over-long question', async () => {
    t.advance(60_000);
    const m = t.fake.message({
      content: `<@${t.fake.bot.id}> ${'why '.repeat(100)}`,
      mentions: [t.fake.bot],
    });
    expect(((await replyTo(t, m.id)).body as MessageBody).content).toBe(
      userErrorMessage('question-too-long', { max: 300 }),
    );
  });

  it('keeps a per-user cooldown: one short notice, then silence, until the window has passed', async () => {
    t.advance(60_000);
    const ask = () =>
      t.fake.message({ content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`, mentions: [t.fake.bot] });
    const first = ask();
    const second = ask();
    const third = ask();
    await replyTo(t, first.id);
    expect(((await replyTo(t, second.id)).body as MessageBody).content).toBe(
      fill(MESSAGES.cooldown, { seconds: 5 }),
    );
    const other = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`,
      mentions: [t.fake.bot],
      author: { id: snowflake(), username: 'another-reader' },
    });
    await replyTo(t, other.id); // another user is not affected
    expect(repliesTo(t, third.id)).toEqual([]);
    t.advance(5_000);
    const later = ask();
    expect(((await replyTo(t, later.id)).body as MessageBody).embeds?.[0]).toBeDefined();
  });
});

describe('/factdesk channels', () => {
  let t: BotUnderTest;
  const questionsChannel = () => t.fake.guild.channels[1]!;
  beforeAll(async () => {
    t = await startBotUnderTest({ cooldownMs: 0 });
  });
  afterAll(async () => t?.stop());

  function channels(sub: 'add' | 'remove' | 'list', permissions: string = PERMISSIONS.manageGuild) {
    const channel = questionsChannel();
    const options =
      sub === 'list'
        ? [{ type: 2, name: 'channels', options: [{ type: 1, name: 'list', options: [] }] }]
        : [
            {
              type: 2,
              name: 'channels',
              options: [{ type: 1, name: sub, options: [{ type: 7, name: 'channel', value: channel.id }] }],
            },
          ];
    return t.fake.slashCommand('factdesk', options, {
      permissions,
      resolved: {
        channels: {
          [channel.id]: { id: channel.id, type: 0, name: channel.name, permissions: PERMISSIONS.bot },
        },
      },
    });
  }

  async function ephemeral(token: string): Promise<string> {
    const [callback] = await t.fake.interactionCalls(token, 1);
    const body = callback?.body as { type: number; data: MessageBody };
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    return body.data.content ?? '';
  }

  it('registers with Manage Server as the default permission', async () => {
    const { data } = await import('../../commands/factdesk.js');
    expect(data.toJSON().default_member_permissions).toBe(PERMISSIONS.manageGuild);
  });

  it('checks the permission again when run', async () => {
    expect(await ephemeral(channels('add', PERMISSIONS.none).token)).toBe(
      userErrorMessage('missing-permission'),
    );
    expect(t.db.listQuestionChannels(t.fake.guild.id)).toEqual([]);
  });

  it('adds, lists and removes a channel, persisting in the database', async () => {
    const id = questionsChannel().id;
    expect(await ephemeral(channels('list').token)).toBe(MESSAGES.channelListEmpty);
    expect(await ephemeral(channels('add').token)).toBe(fill(MESSAGES.channelEnabled, { channel: id }));
    expect(await ephemeral(channels('add').token)).toBe(
      fill(MESSAGES.channelAlreadyEnabled, { channel: id }),
    );
    expect(await ephemeral(channels('list').token)).toBe(`${MESSAGES.channelListLead} <#${id}>`);
    expect(t.db.listQuestionChannels(t.fake.guild.id)).toEqual([id]);
  });

  it('then answers questions there without a mention, and leaves chatter alone', async () => {
    const channelId = questionsChannel().id;
    const chatter = t.fake.message({ content: 'lovely weather today', channelId });
    const question = t.fake.message({ content: 'who rejected the plan to build a bridge?', channelId });
    const reply = await t.fake.waitForRequest(
      (r) =>
        r.path === `/channels/${channelId}/messages` &&
        (r.body as MessageBody).message_reference?.message_id === question.id,
    );
    expect((reply.body as MessageBody).embeds?.[0]?.description).toContain('Maria Okafor');
    expect(repliesTo(t, chatter.id)).toEqual([]);
  });

  it('stops after remove', async () => {
    const id = questionsChannel().id;
    expect(await ephemeral(channels('remove').token)).toBe(fill(MESSAGES.channelDisabled, { channel: id }));
    expect(t.db.listQuestionChannels(t.fake.guild.id)).toEqual([]);
  });
});

describe('the error boundary', () => {
  let t: BotUnderTest;
  let failing = false;
  beforeAll(async () => {
    t = await startBotUnderTest({
      knowledge: (kb: KnowledgeBase) => () => {
        if (failing) throw new Error('knowledge base unavailable (test)');
        return kb;
      },
    });
  });
  afterAll(async () => t?.stop());

  it('turns an error thrown in a handler into an ephemeral "something went wrong", logged with the command name', async () => {
    failing = true;
    const i = t.fake.slashCommand('ask', [
      { name: 'question', type: 3, value: 'who rejected the plan to build a bridge' },
    ]);
    const [deferred, deleted, followUp] = await t.fake.interactionCalls(i.token, 3);
    failing = false;
    expect(deferred?.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(deleted?.method).toBe('DELETE');
    expect(deleted?.path).toMatch(/\/messages\/@original$/);
    expect(followUp?.method).toBe('POST');
    expect(followUp?.body).toMatchObject({
      content: MESSAGES.somethingWentWrong,
      flags: 64,
      allowed_mentions: { parse: [] },
    });
    const logged = t.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.level === 50);
    expect(logged).toMatchObject({ command: '/ask', msg: '/ask failed' });
    expect(JSON.stringify(logged)).toContain('knowledge base unavailable (test)');
  });

  it('keeps working afterwards', async () => {
    const i = t.fake.slashCommand('help');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    expect((callback?.body as { type: number }).type).toBe(4);
  });

  it('answers a failing button click with a first reply (nothing acknowledged yet)', async () => {
    failing = true;
    const i = t.fake.clickButton({}, 'fd:src:0');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    failing = false;
    expect(callback?.body).toMatchObject({
      type: 4,
      data: { content: MESSAGES.somethingWentWrong, flags: 64 },
    });
  });

  it('resumes after the gateway connection drops and still answers', async () => {
    t.fake.dropConnections(4000);
    // The client reconnects by itself; a dispatch sent meanwhile is replayed on RESUME.
    const i = t.fake.slashCommand('help');
    const [callback] = await t.fake.interactionCalls(i.token, 1, 10_000);
    expect((callback?.body as { type: number }).type).toBe(4);
  });
});

describe('without the Message Content intent', () => {
  let t: BotUnderTest;
  beforeAll(async () => {
    t = await startBotUnderTest({ fake: { grantMessageContent: false } });
  });
  afterAll(async () => t?.stop());

  it('logs one clear line, reconnects without it and keeps answering commands and mentions', async () => {
    const intents = t.fake.identifies.map((i) => Number(i.intents));
    expect(intents).toHaveLength(2);
    expect(intents[0]! & (1 << 15)).toBe(1 << 15);
    expect(intents[1]! & (1 << 15)).toBe(0);
    const warnings = t.logs.filter((l) => l.includes('Message Content intent not granted'));
    expect(warnings).toHaveLength(1);
    expect(t.bot.messageContent).toBe(false);

    const i = t.fake.slashCommand('help');
    await t.fake.interactionCalls(i.token, 1);
    const m = t.fake.message({
      content: `<@${t.fake.bot.id}> who rejected the plan to build a bridge`,
      mentions: [t.fake.bot],
    });
    expect(((await replyTo(t, m.id)).body as MessageBody).embeds?.[0]).toBeDefined();
  });
});
