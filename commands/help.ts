import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { helpReply } from '../src/render/embeds.js';
import { COMMAND_HELP } from '../src/render/messages.js';

const help = COMMAND_HELP.find((c) => c.name === 'help');

export const data = new SlashCommandBuilder().setName('help').setDescription(help?.description ?? 'help');

export const execute: SlashCommand['execute'] = async (interaction) => {
  await interaction.reply({ ...helpReply(), flags: MessageFlags.Ephemeral });
};
