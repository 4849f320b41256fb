/**
 * `/digest setup|off|status|preview`: the server's daily news digest. Manage Server by default
 * (`default_member_permissions`), and checked again here because server admins can override
 * command permissions. Every reply is ephemeral: settings are an admin's business, and a preview
 * is not the digest.
 */
import {
  ChannelType,
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { DIGEST_COMMAND_WORDS as C, fillDigestWords as fill } from '../src/core/digest/digest-words.js';
import { parseTimeOfDay, formatTimeOfDay } from '../src/core/schedule/time-of-day.js';
import { isValidTimeZone, matchTimeZones } from '../src/core/schedule/time-zone.js';
import { digestSetupText, digestStatusText, renderDigestMessages } from '../src/discord/digest-render.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { discordText } from '../src/render/escape.js';

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;
/** Read once: the list does not change while the process runs. */
const ZONES = Intl.supportedValuesOf('timeZone');

export const data = new SlashCommandBuilder()
  .setName('digest')
  .setDescription('The daily news digest of this server')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('setup')
      .setDescription('Post a digest of new articles every day at a local time')
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setDescription('Where to post')
          .setRequired(true)
          .addChannelTypes(...TEXT_CHANNELS),
      )
      .addStringOption((o) =>
        o
          .setName('time')
          .setDescription('Time of day, 24 h HH:MM, e.g. 08:00')
          .setRequired(true)
          .setMaxLength(5),
      )
      .addStringOption((o) =>
        o
          .setName('timezone')
          .setDescription('Time zone, e.g. Europe/London')
          .setRequired(true)
          .setMaxLength(64)
          .setAutocomplete(true),
      )
      .addBooleanOption((o) =>
        o.setName('skip_empty').setDescription('Post nothing on days with nothing new'),
      ),
  )
  .addSubcommand((s) => s.setName('off').setDescription('Stop the daily digest'))
  .addSubcommand((s) => s.setName('status').setDescription('Settings, next post and last delivery'))
  .addSubcommand((s) =>
    s.setName('preview').setDescription('The digest as it would be now (only you see it)'),
  );

async function say(interaction: ChatInputCommandInteraction, content: string): Promise<void> {
  await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
}

export const execute: SlashCommand['execute'] = async (interaction, ctx) => {
  if (!interaction.inGuild()) return say(interaction, C.notInServer);
  if (!interaction.memberPermissions.has(PermissionFlagsBits.ManageGuild))
    return say(interaction, C.missingPermission);
  const digest = ctx.digest;
  if (!digest) return say(interaction, C.unavailable);
  const guildId = interaction.guildId;

  switch (interaction.options.getSubcommand(true)) {
    case 'setup': {
      const channel = interaction.options.getChannel('channel', true);
      const timeText = interaction.options.getString('time', true);
      const zone = interaction.options.getString('timezone', true).trim();
      const time = parseTimeOfDay(timeText);
      // Echoed as typed, never as markup or a link.
      if (!time.ok) return say(interaction, fill(C.invalidTime, { time: discordText(timeText) }));
      if (!isValidTimeZone(zone))
        return say(interaction, fill(C.invalidTimeZone, { zone: discordText(zone) }));
      if (!TEXT_CHANNELS.some((t) => t === channel.type)) return say(interaction, C.notTextChannel);
      const { settings, next } = digest.setup({
        guildId,
        channelId: channel.id,
        time: formatTimeOfDay(time.value),
        timeZone: zone,
        skipEmpty: interaction.options.getBoolean('skip_empty') ?? false,
      });
      ctx.logger.info({ guildId, channelId: channel.id, time: settings.time, zone }, 'digest set up');
      return say(interaction, digestSetupText(settings, next));
    }
    case 'off': {
      const was = digest.off(guildId);
      if (was) ctx.logger.info({ guildId }, 'digest turned off');
      return say(interaction, was ? C.off : C.alreadyOff);
    }
    case 'status':
      return say(interaction, digestStatusText(digest.status(guildId)));
    case 'preview': {
      // The first digest after a reload derives every sentence's facts: seconds at 10,000 articles.
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      const [first, ...rest] = renderDigestMessages(digest.preview(guildId));
      if (!first)
        return void (await interaction.editReply({ content: C.unavailable, allowedMentions: { parse: [] } }));
      await interaction.editReply(first);
      for (const part of rest) await interaction.followUp({ ...part, flags: MessageFlags.Ephemeral });
      return;
    }
    default:
      return say(interaction, C.unavailable);
  }
};

/** Time zones from the runtime's own list; answered in microseconds, far inside Discord's 3 s. */
export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction) => {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'timezone' ? matchTimeZones(String(focused.value), ZONES, 25) : [];
  await interaction.respond(choices.map((zone) => ({ name: zone, value: zone })));
};
