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

/**
 * Discord routes whose path carries a credential: an interaction token (valid 15 minutes to post
 * or edit as the bot) after `/interactions/:id/` and `/webhooks/:id/`.
 */
const TOKEN_IN_ROUTE = /\/(interactions|webhooks)\/(\d+)\/([^/\s"'?#\\]+)/g;

/**
 * Replaces every occurrence of each secret in `text`, and every interaction or webhook token in a
 * Discord route (`/interactions/123/aW50…/callback` → `/interactions/123/:token/callback`).
 */
export function scrubSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text.replace(TOKEN_IN_ROUTE, '/$1/$2/:token');
  for (const secret of secrets) {
    if (secret && secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * A Discord API address as its route template: no origin, no version, no query, ids as `:id` and
 * tokens as `:token`.
 *
 * @example routeTemplate('https://discord.com/api/v10/interactions/1234567890123456789/aW50/callback?with_response=false')
 * // '/interactions/:id/:token/callback'
 */
export function routeTemplate(url: string): string {
  const path = url
    .replace(/^[a-z]+:\/\/[^/]+/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/api(\/v\d+)?/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not percent-encoded text: kept as it is.
  }
  return decoded
    .replace(/\/(interactions|webhooks)\/\d+\/[^/]+/g, '/$1/:id/:token')
    .replace(/\/\d{5,}(?=\/|$)/g, '/:id');
}

/** Error properties that carry what was sent (message text, files) or the full address. */
const UNSAFE_ERROR_KEYS = new Set(['requestBody', 'rawError', 'url', 'body', 'headers', 'data', 'request']);

/**
 * The one redaction point for logged errors (pino's `err` serializer): type, message, stack, code,
 * status and method are kept; a REST error's address becomes its route template
 * (`/interactions/:id/:token/callback`); the request body, headers and Discord's raw answer are
 * never logged. Causes are serialised the same way.
 *
 * @example serializeError(discordApiError) // { type: 'DiscordAPIError[10062]', message: 'Unknown interaction', route: '/interactions/:id/:token/callback', … }
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const out: Record<string, unknown> = { type: error.name, message: error.message, stack: error.stack };
  for (const [key, value] of Object.entries(error)) {
    if (UNSAFE_ERROR_KEYS.has(key) || key === 'cause') continue;
    if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) out[key] = value;
  }
  const url = (error as { url?: unknown }).url;
  if (typeof url === 'string') out.route = routeTemplate(url);
  if (error.cause !== undefined && depth < 3) out.cause = serializeError(error.cause, depth + 1);
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
      serializers: { err: (error: unknown) => serializeError(error) },
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
