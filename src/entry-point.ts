/**
 * The common tail of a process entry point: read the configuration once (one readable message and
 * exit 1 when it is wrong), run, and on a start-up failure print one line with the token scrubbed —
 * the crash handler is not installed if the logger itself failed.
 */
import { ConfigError, loadConfig, type Config } from './config.js';
import { scrubSecrets } from './logger.js';

export function runEntryPoint(name: string, main: (config: Config) => Promise<void>): void {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigError ? error.message : 'Could not read the configuration'}\n`);
    process.exit(1);
  }
  main(config).catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name} failed to start: ${scrubSecrets(message, [config.discordToken])}\n`);
    process.exit(1);
  });
}
