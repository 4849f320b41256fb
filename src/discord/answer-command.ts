/**
 * The shared flow of the question commands (`/ask`, `/who`, `/when`, …): check the input (an
 * ephemeral explanation when empty or too long), defer (the knowledge base may take a moment at
 * scale), answer, edit the deferred reply.
 */
import type { ChatInputCommandInteraction } from 'discord.js';
import type { KnowledgeBase } from '../core/types.js';
import { checkInput } from '../render/messages.js';
import type { AnswerOutcome } from '../render/replies.js';
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
  const outcome = answer(ctx.knowledge(), text);
  await interaction.editReply(outcomeReply(outcome));
}
