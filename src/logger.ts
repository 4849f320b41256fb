/**
 * Structured logs (pino) on stderr, so stdout stays free for the console and `--json` output.
 * The bot token is scrubbed from every line, whatever logged it: key-based redaction alone would
 * miss a token inside an error message or a URL. The local console asks for human-readable lines
 * instead (`format: 'human'`), which it prints between answers.
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
  /** `json` (default): one JSON object a line. `human`: one short sentence a line (see {@link humanLogLine}). */
  format?: 'json' | 'human';
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
  const output = options.write ?? ((line: string) => void process.stderr.write(line));
  const write =
    options.format === 'human'
      ? (line: string) => output(`${scrubSecrets(humanLogLine(parseLine(line)), secrets)}\n`)
      : output;
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

const LEVEL_PREFIX: ReadonlyArray<[number, string]> = [
  [50, 'Error: '],
  [40, 'Warning: '],
];

function parseLine(line: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(line);
    if (value !== null && typeof value === 'object') return value as Record<string, unknown>;
  } catch {
    // Not JSON: shown as it is.
  }
  return { msg: line.trim() };
}

/**
 * One log record as a short sentence for a person at the console: the level when it is a warning
 * or an error, the message, and the few details a reader can act on (how many articles, which file
 * and line is wrong and why, an error's message). Everything else stays in the JSON logs
 * (`LOG_LEVEL=debug`).
 *
 * @example humanLogLine({ level: 30, msg: 'knowledge reloaded', articles: 2 }) // 'Knowledge reloaded: 2 articles'
 */
export function humanLogLine(record: Record<string, unknown>): string {
  const level = typeof record.level === 'number' ? record.level : 30;
  const prefix = LEVEL_PREFIX.find(([at]) => level >= at)?.[1] ?? '';
  const msg = typeof record.msg === 'string' ? record.msg : '';
  const details: string[] = [];
  if (typeof record.articles === 'number') {
    details.push(`${record.articles} ${record.articles === 1 ? 'article' : 'articles'}`);
  }
  const problems = Array.isArray(record.problems) ? (record.problems as unknown[]) : [];
  const first = problems[0] as { file?: unknown; line?: unknown; message?: unknown } | undefined;
  const file =
    typeof record.file === 'string' ? record.file : typeof record.dir === 'string' ? record.dir : undefined;
  if (first && typeof first.message === 'string') {
    const where = [file ?? first.file, first.line]
      .filter((part) => part !== undefined && part !== '')
      .join(':');
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    details.push(`${where ? `${where}: ` : ''}${first.message}${more}`);
  } else if (file !== undefined) {
    details.push(file);
  }
  const err = record.err as { message?: unknown } | undefined;
  if (err && typeof err.message === 'string' && err.message !== '') details.push(err.message);
  const sentence = prefix ? msg : msg.charAt(0).toUpperCase() + msg.slice(1);
  if (details.length === 0) return `${prefix}${sentence}`;
  return `${prefix}${sentence}${sentence ? ': ' : ''}${details.join('; ')}`;
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
