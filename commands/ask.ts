import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/answer-command.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { COMMAND_HELP, INPUT_LIMITS } from '../src/render/messages.js';
import { answerFor } from '../src/render/replies.js';

const help = COMMAND_HELP.find((c) => c.name === 'ask');

export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription(help?.description ?? 'Ask a question')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, e.g. who rejected the proposal')
      .setRequired(true)
      .setMaxLength(INPUT_LIMITS.question),
  );

export const execute: SlashCommand['execute'] = (interaction, ctx) =>
  answerCommand(interaction, ctx, 'question', INPUT_LIMITS.question, (kb, text) => answerFor(kb, text));
