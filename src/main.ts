/**
 * Composition root: config → store → knowledge → Discord bot (with DISCORD_TOKEN) or local console
 * → clean shutdown on SIGINT/SIGTERM. Everything is created here and passed down; nothing below
 * reads the environment.
 */
import type { Config } from './config.js';
import { runEntryPoint } from './entry-point.js';
import { runConsole, type ConsoleCommand } from './console/console.js';
import { ConsoleNotices } from './console/notices.js';
import type { KnowledgeBase } from './core/types.js';
import { openDatabase } from './io/database.js';
import { defaultBuildOptions, inMemoryBuilder, persistentBuilder } from './io/load-knowledge-base.js';
import { KnowledgeIndexStore } from './io/knowledge-index-store.js';
import { useKnownFiles } from './io/knowledge-dir.js';
import { KnowledgeWatcher } from './io/knowledge-watcher.js';
import { warmUpAnswers } from './core/answer/warm-up.js';
import { warmUpDates } from './core/facts/resolve-dates.js';
import { digestConsoleCommand } from './console/digest-command.js';
import { createLogger, installCrashHandlers, type Logger } from './logger.js';
import { applyHeapPolicy } from './heap-policy.js';
import { CONVERSATION_LIMITS, Conversations } from './render/follow-up.js';

/** SIGTERM to exit must stay under 10 s (container runtimes kill at 10 s). */
const SHUTDOWN_DEADLINE_MS = 8_000;

type Cleanup = () => Promise<void> | void;

/** Runs cleanups in reverse order of creation, each at most once, even if one fails. */
function createShutdown(logger: Logger) {
  const cleanups: { name: string; run: Cleanup }[] = [];
  let running: Promise<void> | undefined;
  return {
    add(name: string, run: Cleanup) {
      cleanups.push({ name, run });
    },
    run(): Promise<void> {
      running ??= (async () => {
        for (const { name, run } of cleanups.reverse()) {
          try {
            await run();
          } catch (error) {
            logger.error({ err: error, step: name }, 'shutdown step failed');
          }
        }
      })();
      return running;
    },
  };
}

function onSignals(handler: (signal: NodeJS.Signals) => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, handler);
}

async function main(config: Config): Promise<void> {
  const secrets = [config.discordToken];
  // Console: log lines are short sentences printed between answers, never on the prompt; at
  // LOG_LEVEL=debug or trace they stay JSON lines on stderr, for whoever is debugging.
  const verbose = config.logLevel === 'debug' || config.logLevel === 'trace';
  const notices = !config.discordToken && !verbose ? new ConsoleNotices() : undefined;
  const logger = notices
    ? createLogger({ level: config.logLevel, secrets, format: 'human', write: notices.write })
    : createLogger({ level: config.logLevel, secrets });
  installCrashHandlers(logger, secrets);
  const shutdown = createShutdown(logger);

  const exitAfterShutdown = (code: number): void => {
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    void shutdown.run().then(() => {
      if (code === 0) logger.info('shut down cleanly');
      process.exit(code);
    });
  };

  // Store: per-server settings (question channels), digest settings and deliveries.
  const db = openDatabase(config.databasePath);
  shutdown.add('database', () => db.close());
  // Deleted under the running bot, SQLite would go on writing into a file nobody can open again.
  const stopWatchingDatabase = db.watchFile((problem) => {
    logger.fatal(
      { path: db.path },
      `the database file was ${problem} while the bot ran: settings written since would be lost; exiting so a restart opens ${db.path} again`,
    );
    exitAfterShutdown(1);
  });
  shutdown.add('database watch', stopWatchingDatabase);

  // Knowledge: read through a getter everywhere; the watcher swaps in a new base when files change.
  // Each article's analysis is persisted: a start or reload re-analyses only the changed files.
  const store = config.indexPath === undefined ? undefined : KnowledgeIndexStore.open(config.indexPath);
  shutdown.add('knowledge index', () => {
    const error = store?.close();
    if (error) logger.warn({ err: error, path: config.indexPath }, 'cannot save the knowledge index; the next start re-analyses');
  });
  if (store?.report.rebuilt) logger.warn({ path: config.indexPath, reason: store.report.rebuilt }, 'knowledge index rebuilt');
  const builder = store ? persistentBuilder(defaultBuildOptions(), store) : inMemoryBuilder(defaultBuildOptions());
  // Files the index holds unchanged are not parsed again as the watcher reads them; files parsed
  // later (edits) are remembered for the next start.
  if (store) useKnownFiles(store.fileHooks);
  const watcher = await KnowledgeWatcher.start({
    dir: config.knowledgeDir,
    build: (articles) => {
      const kb = builder.build(articles);
      if (builder.saveError) logger.warn({ err: builder.saveError, path: config.indexPath }, 'cannot save the knowledge index; the next start re-analyses');
      return kb;
    },
    firstSeen: db,
    logger,
  });
  shutdown.add('knowledge watcher', () => watcher.close());
  const knowledge = (): KnowledgeBase => watcher.current();
  // Compiles the date parser's expressions now (~0.2 s once), not in the first questions about dates,
  // then asks a few invented questions of each type, one per turn of the event loop, so that reading
  // names, dates and numbers is compiled before the first real question needs it (README "Performance").
  setImmediate(() => {
    warmUpDates();
    warmUpAnswers((question) => knowledge().ask(question), setImmediate);
  });

  if (!config.discordToken) {
    // Console: Ctrl-C on a terminal is handled by the prompt; with piped input it arrives here.
    const stop = new AbortController();
    onSignals(() => stop.abort());
    stop.signal.addEventListener('abort', () => process.stdin.destroy());
    // Console-only commands (e.g. `/digest preview`) are added to this list.
    const consoleCommands: ConsoleCommand[] = [digestConsoleCommand({ firstSeen: () => db.firstSeen() })];
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      knowledge,
      logger,
      commands: consoleCommands,
      notices,
    });
    await shutdown.run();
    process.exit(0);
  }

  // Discord code is loaded only for the bot: the console never pays for discord.js.
  const [{ commands }, { createDiscordBot }, { discordDigestGateway }, { DigestScheduler }] = await Promise.all([
    import('../commands/index.js'),
    import('./discord/client.js'),
    import('./discord/digest-gateway.js'),
    import('./discord/digest-scheduler.js'),
  ]);
  const digest = new DigestScheduler({
    db,
    knowledge: watcher,
    gateway: discordDigestGateway(() => bot.client),
    logger,
  });
  const bot = createDiscordBot({
    token: config.discordToken,
    apiUrl: config.discordApiUrl,
    context: { knowledge, settings: db, logger, now: () => Date.now(), digest, conversations: new Conversations(CONVERSATION_LIMITS) },
    commands,
    cooldownMs: config.cooldownSeconds * 1000,
    // Left disconnected, the bot would answer nothing and nothing would restart it.
    onFatal: () => exitAfterShutdown(1),
  });
  shutdown.add('discord', () => bot.stop());
  // Stopped before the client: a post in flight is recorded before the connection goes.
  shutdown.add('digest scheduler', () => digest.stop());
  onSignals((signal) => {
    logger.info(`${signal} received, shutting down`);
    exitAfterShutdown(0);
  });
  await bot.start();
  // After ready: the guild cache says which servers this shard owns.
  await digest.start();
}

applyHeapPolicy();
runEntryPoint('factdesk', main);
