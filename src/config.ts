/**
 * Configuration, read once from the environment (and `.env` through dotenv) and validated with zod.
 * Nothing else in factdesk reads `process.env`: the composition root passes this typed value on.
 */
import { dirname, join } from 'node:path';
import dotenv from 'dotenv';
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Discord ids are snowflakes: 17–20 digits. */
const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id (17–20 digits)');

/** Empty strings in `.env` (`DISCORD_GUILD_ID=`) mean "not set", as people write them. */
const blankAsUnset = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === ''
    ? undefined
    : typeof value === 'string'
      ? value.trim()
      : value;

const schema = z.object({
  DISCORD_TOKEN: z.preprocess(
    blankAsUnset,
    z.string().min(20, 'looks too short to be a bot token').optional(),
  ),
  DISCORD_CLIENT_ID: z.preprocess(blankAsUnset, snowflake.optional()),
  DISCORD_GUILD_ID: z.preprocess(blankAsUnset, snowflake.optional()),
  DISCORD_API_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. http://127.0.0.1:8080/api' })
      .optional(),
  ),
  KNOWLEDGE_DIR: z.preprocess(blankAsUnset, z.string().default('knowledge')),
  DATABASE_PATH: z.preprocess(blankAsUnset, z.string().default('data/factdesk.db')),
  INDEX_PATH: z.preprocess(blankAsUnset, z.string().optional()),
  LOG_LEVEL: z.preprocess(
    (value) => (typeof value === 'string' ? blankAsUnset(value.toLowerCase()) : value),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  SHARD_COUNT: z.preprocess(
    blankAsUnset,
    z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(1000)], {
        error: 'must be "auto" or a whole number from 1',
      })
      .default('auto'),
  ),
  COOLDOWN_SECONDS: z.preprocess(blankAsUnset, z.coerce.number().min(0).max(3600).default(5)),
});

export interface Config {
  /** Absent: factdesk runs as a local console instead of a Discord bot. */
  discordToken: string | undefined;
  discordClientId: string | undefined;
  discordGuildId: string | undefined;
  /** Base URL of a Discord-compatible REST API (discord.js REST `api` option); absent: Discord itself. */
  discordApiUrl: string | undefined;
  knowledgeDir: string;
  databasePath: string;
  /**
   * The persisted knowledge index (one file); default `index/knowledge.index` beside the database,
   * none (nothing persisted) when the database itself is in memory.
   */
  indexPath: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  shardCount: number | 'auto';
  /** Per-user pause between channel questions. */
  cooldownSeconds: number;
}

/** Thrown with every problem of the environment at once, one per line, never echoing a value. */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration (see .env.example):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/**
 * Which variables a program validates. `bot` (the bot, the console, deploy-commands): all of them.
 * `cli` (`npm run ask|validate|digest`): only what those scripts use, so a Discord setting that is
 * missing or broken in `.env` never stops them; the others take their defaults.
 */
export type ConfigScope = 'bot' | 'cli';

/** The variables the knowledge CLIs read. */
const CLI_VARIABLES = ['KNOWLEDGE_DIR', 'DATABASE_PATH', 'INDEX_PATH'] as const;

export interface ParseConfigOptions {
  /** Default `bot`. */
  scope?: ConfigScope | undefined;
}

/**
 * Turns environment variables into a typed config, or throws one {@link ConfigError} listing every
 * problem. Pure: it does not read `.env` (see {@link loadConfig}).
 *
 * @example
 * parseConfig({ KNOWLEDGE_DIR: 'knowledge' }).discordToken // undefined → console mode
 * parseConfig({ DISCORD_TOKEN: 'bad', KNOWLEDGE_DIR: 'kb' }, { scope: 'cli' }).knowledgeDir // 'kb'
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  options: ParseConfigOptions = {},
): Config {
  const input =
    options.scope === 'cli' ? Object.fromEntries(CLI_VARIABLES.map((name) => [name, env[name]])) : env;
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    // Messages name the variable and the rule only; zod's input echo would leak a bad token.
    const problems = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
    );
    throw new ConfigError(problems);
  }
  const c = parsed.data;
  return {
    discordToken: c.DISCORD_TOKEN,
    discordClientId: c.DISCORD_CLIENT_ID,
    discordGuildId: c.DISCORD_GUILD_ID,
    discordApiUrl: c.DISCORD_API_URL,
    knowledgeDir: c.KNOWLEDGE_DIR,
    databasePath: c.DATABASE_PATH,
    indexPath: c.INDEX_PATH ?? (c.DATABASE_PATH === ':memory:' ? undefined : join(dirname(c.DATABASE_PATH), 'index', 'knowledge.index')),
    logLevel: c.LOG_LEVEL,
    shardCount: c.SHARD_COUNT,
    cooldownSeconds: c.COOLDOWN_SECONDS,
  };
}

export interface LoadConfigOptions extends ParseConfigOptions {
  /** Default `.env` (in the working directory); a missing file is fine. */
  envFile?: string | undefined;
  /**
   * The environment, default `process.env`, which dotenv fills from `envFile` where a variable is
   * not already set (real environment variables win). A given object is copied, never changed:
   * tests pass their own instead of touching the real environment.
   */
  env?: Record<string, string | undefined> | undefined;
}

/**
 * Reads `.env` (if any; real environment variables win) and validates the result. Call once, from
 * an entry point: the bot with the default scope, the knowledge CLIs with `scope: 'cli'`.
 *
 * @example
 * const { knowledgeDir } = loadConfig({ scope: 'cli' }); // KNOWLEDGE_DIR from the shell or .env
 */
export function loadConfig(options: LoadConfigOptions = {}): Config {
  const env = options.env ? { ...options.env } : process.env;
  dotenv.config({ path: options.envFile ?? '.env', quiet: true, processEnv: env });
  return parseConfig(env, options);
}
