/**
 * Questions asked in a channel: a message that mentions the bot or replies to one of its messages,
 * and — in channels an admin enabled — any message that reads as a question (this last case needs
 * the Message Content intent). Bots and the bot itself are ignored; a per-user cooldown applies.
 */
import { SnowflakeUtil, type Message } from 'discord.js';
import { INPUT_LIMITS, MESSAGES, UserFacingError, checkInput, fill } from '../render/messages.js';
import { answerFor } from '../render/replies.js';
import { helpReply, textReply, type DiscordReply } from '../render/embeds.js';
import { asksForHelp } from '../render/text.js';
import type { BotContext } from './context.js';
import { Cooldown } from './cooldown.js';
import { outcomeReply } from './discord-replies.js';
import { conversationKey, followUp } from './answer-command.js';

export interface ChannelQuestionOptions {
  cooldownMs: number;
  /** False when Discord refused the Message Content intent: enabled channels then see no text. */
  messageContent: () => boolean;
}

const QUESTION_START =
  /^(who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/i;

/**
 * Whether an unprompted message reads as a question, so that chatter in an enabled channel is left
 * alone.
 *
 * @example looksLikeQuestion('who rejected the proposal') // true
 */
export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}

/** The text of a message without mentions of the bot (`<@id>` / `<@!id>`). */
export function stripBotMention(content: string, botId: string): string {
  return content
    .replace(new RegExp(`<@!?${botId}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Message replies do not ping the person they answer either, and cannot appear twice: a nonce with
 * `enforce_nonce` makes Discord return the first message when discord.js retries the POST after a
 * 5xx that came after Discord had accepted it.
 */
function asMessageReply(body: DiscordReply) {
  return {
    ...body,
    allowedMentions: { ...body.allowedMentions, repliedUser: false },
    nonce: SnowflakeUtil.generate().toString(),
    enforceNonce: true,
  };
}

/** Builds the `messageCreate` listener. The returned function never throws. */
export function createChannelQuestionHandler(ctx: BotContext, options: ChannelQuestionOptions) {
  const cooldown = new Cooldown(options.cooldownMs);
  return async function onMessage(message: Message): Promise<void> {
    const me = message.client.user?.id;
    if (!me || message.author.bot || message.author.id === me || message.system || !message.inGuild()) return;
    const mentioned = message.mentions.users.has(me);
    const repliedToMe = message.mentions.repliedUser?.id === me;
    let unprompted = false;
    if (!mentioned && !repliedToMe) {
      if (!options.messageContent() || !ctx.settings.isQuestionChannel(message.guildId, message.channelId))
        return;
      if (!looksLikeQuestion(message.content)) return;
      unprompted = true;
    }
    const decision = cooldown.check(message.author.id, ctx.now());
    if (decision === 'ignore') return;
    try {
      if (decision === 'notice') {
        const seconds = Math.ceil(options.cooldownMs / 1000);
        await message.reply(asMessageReply(textReply(fill(MESSAGES.cooldown, { seconds }))));
        return;
      }
      const question = checkInput(stripBotMention(message.content, me), INPUT_LIMITS.question);
      // "@factdesk help": how to use the bot, not a question about the news.
      if (asksForHelp(question)) {
        if (!unprompted) await message.reply(asMessageReply(helpReply()));
        return;
      }
      const kb = ctx.knowledge();
      const outcome = followUp(ctx, conversationKey(message.channelId, message.author.id), kb, question, (q) => answerFor(kb, q));
      // Unprompted, an "I don't know" would be noise in the channel: stay quiet instead.
      if (unprompted && outcome.kind === 'reply' && outcome.view.kind === 'unknown') return;
      await message.reply(asMessageReply(outcomeReply(outcome)));
    } catch (error) {
      const expected = error instanceof UserFacingError;
      if (!expected) ctx.logger.error({ err: error, channel: message.channelId }, 'channel question failed');
      try {
        await message.reply(
          asMessageReply(textReply(expected ? error.message : MESSAGES.somethingWentWrong)),
        );
      } catch (replyError) {
        ctx.logger.warn({ err: replyError, channel: message.channelId }, 'could not reply in the channel');
      }
    }
  };
}
