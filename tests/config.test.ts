import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../src/config.js';
import { createLogger, scrubSecrets } from '../src/logger.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.fake-token-for-tests_0123456789';

describe('parseConfig', () => {
  it('runs as a console with defaults when nothing is set', () => {
    expect(parseConfig({})).toEqual({
      discordToken: undefined,
      discordClientId: undefined,
      discordGuildId: undefined,
      discordApiUrl: undefined,
      knowledgeDir: 'knowledge',
      databasePath: 'data/factdesk.db',
      indexPath: join('data', 'index', 'knowledge.index'),
      logLevel: 'info',
      shardCount: 'auto',
      cooldownSeconds: 5,
    });
  });

  it('puts the persisted index beside the database unless INDEX_PATH says where', () => {
    expect(parseConfig({ DATABASE_PATH: '/var/lib/factdesk/bot.db' }).indexPath).toBe(join('/var/lib/factdesk', 'index', 'knowledge.index'));
    expect(parseConfig({ INDEX_PATH: '/tmp/kb-index.sqlite' }).indexPath).toBe('/tmp/kb-index.sqlite');
    // An in-memory database persists nothing, and neither does the index beside it.
    expect(parseConfig({ DATABASE_PATH: ':memory:' }).indexPath).toBeUndefined();
  });

  it('reads every variable', () => {
    const config = parseConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_CLIENT_ID: '112233445566778899',
      DISCORD_GUILD_ID: '998877665544332211',
      DISCORD_API_URL: 'http://127.0.0.1:8080/api',
      KNOWLEDGE_DIR: 'kb',
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'DEBUG',
      SHARD_COUNT: '4',
      COOLDOWN_SECONDS: '2.5',
    });
    expect(config).toMatchObject({
      discordToken: TOKEN,
      discordGuildId: '998877665544332211',
      discordApiUrl: 'http://127.0.0.1:8080/api',
      logLevel: 'debug',
      shardCount: 4,
      cooldownSeconds: 2.5,
    });
  });

  it('treats empty values as unset, as .env files often have them', () => {
    expect(parseConfig({ DISCORD_TOKEN: '', DISCORD_GUILD_ID: '  ' }).discordToken).toBeUndefined();
  });

  it('throws one error listing every problem, without echoing any value', () => {
    const badToken = 'short-secret';
    let error: unknown;
    try {
      parseConfig({
        DISCORD_TOKEN: badToken,
        DISCORD_GUILD_ID: 'my-server',
        DISCORD_API_URL: 'ftp://example',
        LOG_LEVEL: 'loud',
        SHARD_COUNT: 'many',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
      'LOG_LEVEL',
      'SHARD_COUNT',
    ]);
    expect((error as Error).message).not.toContain(badToken);
    expect((error as Error).message).toContain('LOG_LEVEL: must be one of fatal, error, warn, info');
  });
});

describe('parseConfig for the knowledge CLIs (scope cli)', () => {
  it('reads KNOWLEDGE_DIR and DATABASE_PATH and never demands or checks a Discord setting', () => {
    const config = parseConfig(
      {
        KNOWLEDGE_DIR: 'kb',
        DATABASE_PATH: 'x.db',
        DISCORD_TOKEN: 'short-secret',
        DISCORD_GUILD_ID: 'my-server',
        SHARD_COUNT: 'many',
      },
      { scope: 'cli' },
    );
    expect(config).toMatchObject({ knowledgeDir: 'kb', databasePath: 'x.db', discordToken: undefined });
    expect(parseConfig({}, { scope: 'cli' }).knowledgeDir).toBe('knowledge');
  });
});

describe('loadConfig', () => {
  let dir = '';
  let envFile = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-config-'));
    envFile = join(dir, '.env');
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes a value from the .env file, as the bot and the CLIs do', () => {
    writeFileSync(envFile, '# curated articles\nKNOWLEDGE_DIR=from-dotenv\nDISCORD_TOKEN=\n');
    expect(loadConfig({ envFile, env: {}, scope: 'cli' }).knowledgeDir).toBe('from-dotenv');
    expect(loadConfig({ envFile, env: {} }).knowledgeDir).toBe('from-dotenv');
  });

  it('lets a real environment variable win over the .env file', () => {
    writeFileSync(envFile, 'KNOWLEDGE_DIR=from-dotenv\n');
    expect(loadConfig({ envFile, env: { KNOWLEDGE_DIR: 'from-shell' }, scope: 'cli' }).knowledgeDir).toBe(
      'from-shell',
    );
  });

  it('does not demand a Discord token from the CLIs, nor stop them on a broken Discord setting', () => {
    writeFileSync(envFile, 'DISCORD_TOKEN=short-secret\nDISCORD_GUILD_ID=my-server\nKNOWLEDGE_DIR=kb\n');
    expect(loadConfig({ envFile, env: {}, scope: 'cli' })).toMatchObject({
      knowledgeDir: 'kb',
      discordToken: undefined,
    });
    // The bot still refuses the same file, naming the variables.
    expect(() => loadConfig({ envFile, env: {} })).toThrow(ConfigError);
  });

  it('works without a .env file and changes neither the given env nor process.env', () => {
    writeFileSync(envFile, 'FACTDESK_TEST_ONLY=1\n');
    const env = { KNOWLEDGE_DIR: 'kb' };
    expect(loadConfig({ envFile: join(dir, 'missing.env'), env, scope: 'cli' }).knowledgeDir).toBe('kb');
    loadConfig({ envFile, env, scope: 'cli' });
    expect(env).toEqual({ KNOWLEDGE_DIR: 'kb' });
    expect(process.env['FACTDESK_TEST_ONLY']).toBeUndefined();
  });
});

describe('logger', () => {
  it('never writes the token, whether logged as a field, inside a message or in an error', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', secrets: [TOKEN], write: (l) => lines.push(l) });
    logger.info({ token: TOKEN }, 'as a field');
    logger.info(`inside a message: Bot ${TOKEN}`);
    logger.error({ err: new Error(`401 for ${TOKEN}`) }, 'as an error');
    expect(lines).toHaveLength(3);
    expect(lines.join('')).not.toContain(TOKEN);
    expect(lines.join('')).toContain('[redacted]');
  });

  it('scrubs every occurrence', () => {
    expect(scrubSecrets(`${TOKEN}/${TOKEN}`, [TOKEN])).toBe('[redacted]/[redacted]');
  });
});
