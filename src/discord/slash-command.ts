/**
 * One slash command = one file in `commands/` exporting `data` (its builder) and `execute` (its
 * handler), typed by this interface and listed in `commands/index.ts`, which the deploy script reuses.
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { BotContext } from './context.js';

export interface SlashCommand {
  /** A `SlashCommandBuilder` (or anything with the same `name` and `toJSON`). */
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  /** Must answer within Discord's 3 s; at most 25 choices. */
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
}
