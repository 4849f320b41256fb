/**
 * Registers the slash commands with one bulk PUT: to one server when a guild id is given (instant,
 * for testing), else globally.
 */
import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SlashCommand } from './slash-command.js';

export function commandBodies(
  commands: readonly SlashCommand[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((c) => c.data.toJSON());
}

export interface DeployTarget {
  applicationId: string;
  guildId?: string | undefined;
}

/** The application id of the token's bot, for when DISCORD_CLIENT_ID is not configured. */
export async function fetchApplicationId(rest: REST): Promise<string> {
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  return app.id;
}

/**
 * Replaces the registered commands with `commands`; returns what Discord registered.
 *
 * @example await deployCommands(rest, commands, { applicationId, guildId })
 */
export async function deployCommands(
  rest: REST,
  commands: readonly SlashCommand[],
  target: DeployTarget,
): Promise<{ id: string; name: string }[]> {
  const route = target.guildId
    ? Routes.applicationGuildCommands(target.applicationId, target.guildId)
    : Routes.applicationCommands(target.applicationId);
  return (await rest.put(route, { body: commandBodies(commands) })) as { id: string; name: string }[];
}
