/**
 * The shared flow of the question commands (`/ask`, `/who`, `/when`, …): check the input (an
 * ephemeral explanation when empty or too long), defer (the knowledge base may take a moment at
 * scale), answer, edit the deferred reply.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { KnowledgeBase } from '../core/types.js';
import { checkInput } from '../render/messages.js';
import type { AnswerOutcome } from '../render/replies.js';
import { answerInConversation } from '../render/follow-up.js';
import type { BotContext } from './context.js';
import { outcomeReply } from './discord-replies.js';

export async function answerCommand(
  interaction: ChatInputCommandInteraction,
  ctx: BotContext,
  option: string,
  maxLength: number,
  answer: (kb: KnowledgeBase, text: string) => AnswerOutcome,
): Promise<void> {
  const text = checkInput(interaction.options.getString(option), maxLength);
  await interaction.deferReply();
  const kb = ctx.knowledge();
  const outcome = followUp(ctx, conversationKey(interaction.channelId, interaction.user.id), kb, text, (q) => answer(kb, q), interaction.commandName === 'who');
  await interaction.editReply(outcomeReply(outcome));
}

/** One conversation per user and channel: a follow-up in another channel is not about this one's person. */
export function conversationKey(channelId: string, userId: string): string {
  return `${channelId}:${userId}`;
}

/** Answers `text` as a follow-up of the user's conversation in the channel, and remembers whom it is about now. */
export function followUp(ctx: BotContext, key: string, kb: KnowledgeBase, text: string, answer: (question: string) => AnswerOutcome, asksWho?: boolean): AnswerOutcome {
  const now = ctx.now();
  const { outcome, person } = answerInConversation(kb, text, ctx.conversations?.personFor(key, now), answer, { asksWho });
  ctx.conversations?.remember(key, person, now);
  return outcome;
}
