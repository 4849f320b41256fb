/**
 * `npm run start:sharded`: runs `src/main.ts` once per shard under discord.js's ShardingManager,
 * for bots in many servers. SHARD_COUNT sets the number of shards ("auto" asks Discord — through
 * DISCORD_API_URL when set). SIGINT/SIGTERM stop every shard cleanly, then this process exits 0.
 */
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Config } from '../config.js';
import { runEntryPoint } from '../entry-point.js';
import { createLogger, installCrashHandlers } from '../logger.js';

const SHUTDOWN_DEADLINE_MS = 9_000;

async function recommendedShards(config: Config, token: string): Promise<number> {
  const rest = new REST({ ...(config.discordApiUrl ? { api: config.discordApiUrl } : {}) }).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, gateway.shards);
}

async function main(config: Config): Promise<void> {
  const token = config.discordToken;
  const logger = createLogger({ level: config.logLevel, secrets: [token] });
  installCrashHandlers(logger, [token]);
  if (!token) {
    logger.fatal('start:sharded needs DISCORD_TOKEN (use npm start for the local console)');
    process.exit(1);
  }
  const totalShards =
    config.shardCount === 'auto' ? await recommendedShards(config, token) : config.shardCount;
  const manager = new ShardingManager(fileURLToPath(new URL('../main.ts', import.meta.url)), {
    token,
    totalShards,
    mode: 'process',
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) =>
    logger.info({ shard: shard.id, totalShards }, `shard ${shard.id} launched`),
  );

  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} received, stopping ${manager.shards.size} shards`);
    setTimeout(() => {
      logger.error('shards did not stop in time; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            // Each shard runs main.ts, which shuts itself down cleanly on SIGTERM.
            child.kill('SIGTERM');
          }),
      ),
    );
    logger.info('all shards stopped');
    process.exit(0);
  };
  process.once('SIGINT', (s) => void stop(s));
  process.once('SIGTERM', (s) => void stop(s));
  await manager.spawn({ timeout: 60_000 });
}

runEntryPoint('factdesk (sharded)', main);
