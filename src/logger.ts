/**
 * Structured logs (pino) on stderr, so stdout stays free for the console and `--json` output.
 * The bot token is scrubbed from every line, whatever logged it: key-based redaction alone would
 * miss a token inside an error message or a URL.
 */
import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

const REDACTED = '[redacted]';

export interface LoggerOptions {
  level?: LevelWithSilent;
  /** Secrets that must never reach the output (the bot token). Empty strings are ignored. */
  secrets?: readonly (string | undefined)[];
  /** Where lines go; stderr by default. */
  write?: (line: string) => void;
}

/** Replaces every occurrence of each secret in `text`. */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * Creates the process logger.
 *
 * @example
 * const logger = createLogger({ level: 'info', secrets: [config.discordToken] });
 * logger.info({ guilds: 3 }, 'ready');
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = options.secrets ?? [];
  const write = options.write ?? ((line: string) => void process.stderr.write(line));
  return pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid },
      redact: {
        paths: [
          'token',
          '*.token',
          'config.discordToken',
          'discordToken',
          'headers.authorization',
          '*.headers.authorization',
        ],
        censor: REDACTED,
      },
    },
    { write: (line: string) => write(scrubSecrets(line, secrets)) },
  );
}

/**
 * Makes a crash print a scrubbed, one-line reason instead of Node's default dump (which could
 * include a token held in an error's message or properties) and exit non-zero.
 */
export function installCrashHandlers(logger: Logger, secrets: readonly (string | undefined)[]): void {
  const crash = (kind: string) => (error: unknown) => {
    logger.fatal({ err: error }, kind);
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`factdesk crashed (${kind}): ${scrubSecrets(message, secrets)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', crash('uncaughtException'));
  process.on('unhandledRejection', crash('unhandledRejection'));
}
