/**
 * Routes every interaction and holds factdesk's ONE error boundary: whatever a handler throws, the
 * user gets an ephemeral message (the reason for a {@link UserFacingError}, "something went wrong"
 * otherwise), the failure is logged with the command name, and the bot carries on.
 */
import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { decodeCustomId } from '../render/custom-ids.js';
import { contextReply, otherSourcesReply, sourcesReply, textReply } from '../render/embeds.js';
import { MESSAGES, UserFacingError } from '../render/messages.js';
import { contextFor, otherSourcesFor, sourcesFor } from '../render/replies.js';
import type { BotContext } from './context.js';
import type { SlashCommand } from './slash-command.js';

export type CommandRegistry = ReadonlyMap<string, SlashCommand>;

export function registryOf(commands: readonly SlashCommand[]): CommandRegistry {
  return new Map(commands.map((c) => [c.data.name, c]));
}

function labelOf(interaction: Interaction): string {
  if (interaction.isCommand() || interaction.isAutocomplete()) return `/${interaction.commandName}`;
  if (interaction.isMessageComponent()) return `button ${interaction.customId}`;
  return `interaction type ${interaction.type}`;
}

/** Whether the message a button was clicked on carries a button with that custom id. */
function messageHasButton(interaction: ButtonInteraction, customId: string): boolean {
  return interaction.message.components.some(
    (row) => 'components' in row && row.components.some((c) => 'customId' in c && c.customId === customId),
  );
}

async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const action = decodeCustomId(interaction.customId);
  if (!action) throw new UserFacingError('unknown-command');
  const kb = ctx.knowledge();
  switch (action.kind) {
    case 'context': {
      const view = contextFor(kb, action);
      await interaction.reply({
        ...contextReply(view.paragraph, view.sentence, view.source),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    case 'others': {
      const found = otherSourcesFor(kb, action.name);
      await interaction.reply({
        ...otherSourcesReply(found.name, found.quotes),
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    case 'sources':
      // Paging edits the message in place, so the list does not scroll the channel — only a
      // message that is a sources list: a forged id must not turn an answer into one.
      if (!messageHasButton(interaction, interaction.customId))
        throw new UserFacingError('button-not-on-message');
      await interaction.update(sourcesReply(sourcesFor(kb, action.page)));
      return;
  }
}

async function route(interaction: Interaction, ctx: BotContext, registry: CommandRegistry): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = registry.get(interaction.commandName);
    if (!command) throw new UserFacingError('unknown-command');
    await command.execute(interaction, ctx);
  } else if (interaction.isAutocomplete()) {
    const command = registry.get(interaction.commandName);
    await (command?.autocomplete ? command.autocomplete(interaction, ctx) : interaction.respond([]));
  } else if (interaction.isButton()) {
    await handleButton(interaction, ctx);
  }
}

/** Answers one interaction; never throws. */
export async function handleInteraction(
  interaction: Interaction,
  ctx: BotContext,
  registry: CommandRegistry,
): Promise<void> {
  try {
    await route(interaction, ctx, registry);
  } catch (error) {
    const expected = error instanceof UserFacingError;
    const label = labelOf(interaction);
    if (expected) ctx.logger.debug({ command: label, reason: error.id }, 'refused');
    else ctx.logger.error({ err: error, command: label }, `${label} failed`);
    if (!interaction.isRepliable()) return;
    const body = {
      ...textReply(expected ? error.message : MESSAGES.somethingWentWrong),
      flags: MessageFlags.Ephemeral,
    } as const;
    try {
      if (interaction.deferred && !interaction.replied && interaction.isChatInputCommand()) {
        // The deferred "thinking…" is public; replace it with a private note rather than leave it.
        await interaction.deleteReply();
        await interaction.followUp(body);
      } else if (interaction.replied || interaction.deferred) {
        await interaction.followUp(body);
      } else {
        await interaction.reply(body);
      }
    } catch (replyError) {
      ctx.logger.warn({ err: replyError, command: label }, 'could not tell the user about a failure');
    }
  }
}
