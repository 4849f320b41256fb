/**
 * `/factdesk channels add|remove|list`: where factdesk answers questions without a mention.
 * Manage Server by default (`default_member_permissions`), and checked again here because server
 * admins can override command permissions.
 */
import {
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { textReply } from '../src/render/embeds.js';
import { MESSAGES, UserFacingError, fill } from '../src/render/messages.js';

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

export const data = new SlashCommandBuilder()
  .setName('factdesk')
  .setDescription('Settings of factdesk in this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommandGroup((group) =>
    group
      .setName('channels')
      .setDescription('Channels where factdesk answers questions without a mention')
      .addSubcommand((s) =>
        s
          .setName('add')
          .setDescription('Answer questions in a channel without a mention')
          .addChannelOption((o) =>
            o
              .setName('channel')
              .setDescription('The channel')
              .setRequired(true)
              .addChannelTypes(...TEXT_CHANNELS),
          ),
      )
      .addSubcommand((s) =>
        s
          .setName('remove')
          .setDescription('Stop answering unmentioned questions in a channel')
          .addChannelOption((o) =>
            o
              .setName('channel')
              .setDescription('The channel')
              .setRequired(true)
              .addChannelTypes(...TEXT_CHANNELS),
          ),
      )
      .addSubcommand((s) => s.setName('list').setDescription('List the channels')),
  );

export const execute: SlashCommand['execute'] = async (interaction, ctx) => {
  if (!interaction.inGuild()) throw new UserFacingError('not-in-server');
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild)) {
    throw new UserFacingError('missing-permission');
  }
  const guildId = interaction.guildId;
  const sub = interaction.options.getSubcommand(true);
  let message: string;
  if (sub === 'list') {
    const channels = ctx.settings.listQuestionChannels(guildId);
    message =
      channels.length === 0
        ? MESSAGES.channelListEmpty
        : `${MESSAGES.channelListLead} ${channels.map((c) => `<#${c}>`).join(', ')}`;
  } else {
    const channel = interaction.options.getChannel('channel', true);
    if (!TEXT_CHANNELS.some((t) => t === channel.type)) throw new UserFacingError('not-a-text-channel');
    if (sub === 'add') {
      const added = ctx.settings.addQuestionChannel(guildId, channel.id);
      message = fill(added ? MESSAGES.channelEnabled : MESSAGES.channelAlreadyEnabled, {
        channel: channel.id,
      });
    } else {
      const removed = ctx.settings.removeQuestionChannel(guildId, channel.id);
      message = fill(removed ? MESSAGES.channelDisabled : MESSAGES.channelNotEnabled, {
        channel: channel.id,
      });
    }
  }
  await interaction.reply({ ...textReply(message), flags: MessageFlags.Ephemeral });
};
