import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/answer-command.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { COMMAND_HELP, INPUT_LIMITS } from '../src/render/messages.js';
import { answerFor } from '../src/render/replies.js';

const help = COMMAND_HELP.find((c) => c.name === 'when');

export const data = new SlashCommandBuilder()
  .setName('when')
  .setDescription(help?.description ?? 'when')
  .addStringOption((o) =>
    o.setName('query').setDescription('What to ask about').setRequired(true).setMaxLength(INPUT_LIMITS.query),
  );

export const execute: SlashCommand['execute'] = (interaction, ctx) =>
  answerCommand(interaction, ctx, 'query', INPUT_LIMITS.query, (kb, text) => answerFor(kb, text, 'when'));
