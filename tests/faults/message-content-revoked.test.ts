/**
 * Issue 11, item 1: the Message Content intent revoked while the bot runs (gateway close 4014
 * mid-session, or on the IDENTIFY after a lost session). The bot must log one clear line, reconnect
 * without the intent, and keep answering slash commands and mentions — not sit disconnected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startBotUnderTest, watchUnhandledRejections, type BotUnderTest } from '../e2e/harness.js';
import { waitUntil } from './wait.js';

const MESSAGE_CONTENT = 1 << 15;
const rejections = watchUnhandledRejections();
let t: BotUnderTest | undefined;

afterEach(async () => {
  await t?.stop();
  t = undefined;
  rejections.check();
});

/** The bot answers /help and a mention again. */
async function stillAnswers(bot: BotUnderTest): Promise<void> {
  const help = bot.fake.slashCommand('help');
  await bot.fake.interactionCalls(help.token, 1, 5_000);
  bot.advance(60_000);
  const m = bot.fake.message({
    content: `<@${bot.fake.bot.id}> who rejected the bridge plan`,
    mentions: [bot.fake.bot],
  });
  const reply = await bot.fake.waitForRequest(
    (r) =>
      r.method === 'POST' &&
      (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference
        ?.message_id === m.id,
    { timeoutMs: 5_000 },
  );
  expect((reply.body as { embeds?: unknown[] }).embeds?.length).toBe(1);
}

function warningsAbout(bot: BotUnderTest): string[] {
  return bot.logs.filter((l) => l.includes('Message Content intent not granted'));
}

describe('Message Content intent revoked while running', () => {
  it('close 4014 mid-session: one clear line, a reconnect without the intent, and answers continue', async () => {
    t = await startBotUnderTest();
    const bot = t;
    expect(bot.bot.messageContent).toBe(true);
    const before = bot.fake.identifies.length;

    bot.fake.setMessageContentGranted(false);
    bot.fake.dropConnections(4014);

    await waitUntil(
      () => bot.fake.identifies.length > before && !bot.bot.messageContent && bot.bot.client.isReady(),
      'reconnected without the Message Content intent',
    );
    const intents = bot.fake.identifies.slice(before).map((i) => Number(i.intents));
    expect(intents.at(-1)! & MESSAGE_CONTENT).toBe(0);
    expect(warningsAbout(bot)).toHaveLength(1);
    await stillAnswers(bot);
  });

  it('close 4014 on the IDENTIFY after a lost session does the same', async () => {
    t = await startBotUnderTest();
    const bot = t;
    const before = bot.fake.identifies.length;

    bot.fake.setMessageContentGranted(false);
    bot.fake.invalidateSessions();
    // The client tries to RESUME, gets op 9, IDENTIFYs with the intent and is closed with 4014.
    bot.fake.dropConnections(4000);

    await waitUntil(
      () => !bot.bot.messageContent && bot.bot.client.isReady(),
      'reconnected without the Message Content intent',
    );
    const intents = bot.fake.identifies.slice(before).map((i) => Number(i.intents));
    expect(intents[0]! & MESSAGE_CONTENT).toBe(MESSAGE_CONTENT);
    expect(intents.at(-1)! & MESSAGE_CONTENT).toBe(0);
    expect(warningsAbout(bot)).toHaveLength(1);
    await stillAnswers(bot);
  });
});
