/**
 * `npm run deploy-commands [-- --dry-run]`: registers every command of `commands/index.ts` with one
 * bulk PUT, to DISCORD_GUILD_ID if set, else globally; `--dry-run` prints the JSON and sends nothing.
 */
import { REST } from 'discord.js';
import { commands } from '../../commands/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { commandBodies, deployCommands, fetchApplicationId } from '../discord/deploy.js';
import { scrubSecrets } from '../logger.js';

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--dry-run')) {
    process.stdout.write(`${JSON.stringify(commandBodies(commands), null, 2)}\n`);
    return 0;
  }
  const config = loadConfig();
  if (!config.discordToken) {
    process.stderr.write('deploy-commands needs DISCORD_TOKEN (or use --dry-run to print the commands)\n');
    return 1;
  }
  const rest = new REST({
    ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}),
    timeout: 15_000,
  }).setToken(config.discordToken);
  try {
    const applicationId = config.discordClientId ?? (await fetchApplicationId(rest));
    const registered = await deployCommands(rest, commands, {
      applicationId,
      guildId: config.discordGuildId,
    });
    const where = config.discordGuildId
      ? `to server ${config.discordGuildId}`
      : 'globally (may take up to an hour to show)';
    process.stdout.write(
      `Registered ${registered.length} commands ${where}: ${registered.map((c) => `/${c.name}`).join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`deploy-commands failed: ${scrubSecrets(message, [config.discordToken])}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof ConfigError ? error.message : 'deploy-commands failed'}\n`);
    process.exit(1);
  },
);
