import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/discord/slash-command.js';
import { timelineReply } from '../src/render/embeds.js';
import { COMMAND_HELP, INPUT_LIMITS, UserFacingError } from '../src/render/messages.js';
import { timelineFor, undatedStoriesFor } from '../src/render/replies.js';

const help = COMMAND_HELP.find((c) => c.name === 'timeline');
const MAX_CHOICES = 25;

export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription(help?.description ?? 'timeline')
  .addStringOption((o) =>
    o
      .setName('topic')
      .setDescription('A person, place or subject (leave empty for everything)')
      .setRequired(false)
      .setMaxLength(INPUT_LIMITS.topic)
      .setAutocomplete(true),
  );

export const execute: SlashCommand['execute'] = async (interaction, ctx) => {
  const topic = (interaction.options.getString('topic') ?? '').trim();
  if (topic.length > INPUT_LIMITS.topic)
    throw new UserFacingError('question-too-long', { max: INPUT_LIMITS.topic });
  await interaction.deferReply();
  const kb = ctx.knowledge();
  const entries = timelineFor(kb, topic);
  await interaction.editReply(timelineReply(topic, entries, entries.length === 0 ? undatedStoriesFor(kb, topic) : []));
};

export const autocomplete: NonNullable<SlashCommand['autocomplete']> = async (interaction, ctx) => {
  const topics = ctx.knowledge().complete('topic', interaction.options.getFocused(), MAX_CHOICES);
  await interaction.respond(
    topics
      .filter((t) => t.length <= 100)
      .slice(0, MAX_CHOICES)
      .map((t) => ({ name: t, value: t })),
  );
};
