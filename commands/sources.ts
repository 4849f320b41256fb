import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { sourcesReply } from '../src/render/embeds.js';
import { COMMAND_HELP } from '../src/render/messages.js';
import { sourcesFor } from '../src/render/replies.js';

const help = COMMAND_HELP.find((c) => c.name === 'sources');

export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription(help?.description ?? 'sources')
  .addIntegerOption((o) =>
    o.setName('page').setDescription('Page to show').setMinValue(1).setRequired(false),
  );

export const execute: SlashCommand['execute'] = async (interaction, ctx) => {
  const page = (interaction.options.getInteger('page') ?? 1) - 1;
  await interaction.reply(sourcesReply(sourcesFor(ctx.knowledge(), page)));
};
