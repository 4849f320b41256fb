import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/answer-command.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { COMMAND_HELP, INPUT_LIMITS } from '../src/render/messages.js';
import { whoFor } from '../src/render/replies.js';

const help = COMMAND_HELP.find((c) => c.name === 'who');

/** Discord allows at most 25 choices, each at most 100 characters. */
const MAX_CHOICES = 25;

export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription(help?.description ?? 'who')
  .addStringOption((o) =>
    o
      .setName('query')
      .setDescription('A name, or what someone did (e.g. rejected the proposal)')
      .setRequired(true)
      .setMaxLength(INPUT_LIMITS.query)
      .setAutocomplete(true),
  );

export const execute: SlashCommand['execute'] = (interaction, ctx) =>
  answerCommand(interaction, ctx, 'query', INPUT_LIMITS.query, whoFor);

export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction, ctx) => {
  const names = ctx.knowledge().complete('name', interaction.options.getFocused(), MAX_CHOICES);
  await interaction.respond(
    names
      .filter((n) => n.length <= 100)
      .slice(0, MAX_CHOICES)
      .map((n) => ({ name: n, value: n })),
  );
};
