import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';
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
      logLevel: 'info',
      shardCount: 'auto',
      cooldownSeconds: 5,
    });
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
