/**
 * Runs the real bot (real discord.js client, real knowledge base, real database in memory) against
 * a {@link FakeDiscord}, and fails the test on any unhandled rejection — the only trace discord.js
 * leaves of an event it dropped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { commands as defaultCommands } from '../../commands/index.js';
import type { KnowledgeBase } from '../../src/core/types.js';
import { createDiscordBot, type DiscordBot } from '../../src/discord/client.js';
import type { SlashCommand } from '../../src/discord/slash-command.js';
import { openDatabase } from '../../src/io/database.js';
import { loadKnowledgeBase } from '../../src/io/load-knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord, type FakeDiscordOptions } from './fake-discord.js';

/** Two short articles written for these tests (fictional), sharing a person for "Other sources". */
export const E2E_KNOWLEDGE_DIR = fileURLToPath(new URL('../fixtures/knowledge-e2e', import.meta.url));

/** Looks like a bot token; must never appear in any output. */
export const FAKE_TOKEN = 'MTExMTExMTExMTExMTExMTEx.Gfake0.e2e-token-that-must-never-be-printed_000';

export interface BotUnderTest {
  fake: FakeDiscord;
  bot: DiscordBot;
  kb: KnowledgeBase;
  db: ReturnType<typeof openDatabase>;
  /** Every log line (JSON), for asserting what was logged. */
  logs: string[];
  /** Moves the injected clock (cooldown) forward. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

export interface StartOptions {
  fake?: FakeDiscordOptions;
  cooldownMs?: number;
  /** Replaces the knowledge getter (e.g. one that fails, to test the error boundary). */
  knowledge?: (kb: KnowledgeBase) => () => KnowledgeBase;
  commands?: readonly SlashCommand[];
  knowledgeDir?: string;
  /** REST request timeout (2 s by default, so an unanswered route fails fast). */
  restTimeoutMs?: number;
}

export async function startBotUnderTest(options: StartOptions = {}): Promise<BotUnderTest> {
  const fake = await FakeDiscord.start(options.fake);
  const { kb } = await loadKnowledgeBase(options.knowledgeDir ?? E2E_KNOWLEDGE_DIR);
  const db = openDatabase(':memory:');
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', secrets: [FAKE_TOKEN], write: (line) => logs.push(line) });
  let clock = Date.UTC(2011, 2, 21, 9, 0, 0);
  const bot = createDiscordBot({
    token: FAKE_TOKEN,
    apiUrl: fake.apiUrl,
    restTimeoutMs: options.restTimeoutMs ?? 2000,
    context: {
      knowledge: options.knowledge ? options.knowledge(kb) : () => kb,
      settings: db,
      logger,
      now: () => clock,
    },
    commands: options.commands ?? defaultCommands,
    cooldownMs: options.cooldownMs ?? 5000,
  });
  await bot.start();
  return {
    fake,
    bot,
    kb,
    db,
    logs,
    advance(ms) {
      clock += ms;
    },
    async stop() {
      await bot.stop();
      db.close();
      await fake.close();
    },
  };
}

/** Collects unhandled rejections while a test file runs; `check()` throws if there were any. */
export function watchUnhandledRejections(): { check(): void; dispose(): void } {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => seen.push(reason);
  process.on('unhandledRejection', listener);
  return {
    check() {
      if (seen.length > 0) throw new Error(`unhandled rejection(s): ${seen.map(String).join('; ')}`);
    },
    dispose() {
      process.off('unhandledRejection', listener);
    },
  };
}

/** The repository root, where `npm start` runs. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` (src/main.ts) as its own process, for faults that need one: SIGKILL, file permissions. */
export interface BotProcess {
  readonly child: ChildProcess;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /** Resolves once the output contains `text`; rejects after `timeoutMs` with the output so far. */
  waitForOutput(text: string, timeoutMs?: number): Promise<void>;
  /** Resolves with how it ended; kills it (SIGKILL) and rejects if that takes longer than `timeoutMs`. */
  exit(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts src/main.ts with `env` added to this process's environment minus every factdesk variable
 * (so the machine's own DISCORD_TOKEN never leaks in). `uid`/`gid` run it as another user.
 */
export function spawnBotProcess(
  env: Record<string, string>,
  ids: { uid?: number; gid?: number } = {},
): BotProcess {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(DISCORD_|SHARD|KNOWLEDGE_DIR|DATABASE_PATH|LOG_LEVEL|COOLDOWN)/.test(k),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...ids,
  });
  let text = '';
  const events = new EventEmitter();
  const take = (chunk: Buffer) => {
    text += chunk.toString();
    events.emit('output');
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    output: () => text,
    waitForOutput(wanted, timeoutMs = 30_000) {
      return new Promise((resolve, reject) => {
        const look = () => {
          if (!text.includes(wanted)) return;
          events.off('output', look);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          events.off('output', look);
          reject(new Error(`"${wanted}" not in the output within ${timeoutMs} ms:\n${text}`));
        }, timeoutMs);
        events.on('output', look);
        look();
      });
    },
    async exit(timeoutMs = 15_000) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`still running after ${timeoutMs} ms:\n${text}`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([ended, late]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/**
 * One bot for the whole test file: started before the first test, checked for unhandled rejections
 * after each, stopped after the last. Returns a getter for it.
 */
export function botForThisFile(options: StartOptions = {}): () => BotUnderTest {
  const rejections = watchUnhandledRejections();
  let t: BotUnderTest | undefined;
  beforeAll(async () => {
    t = await startBotUnderTest(options);
  });
  afterEach(() => rejections.check());
  afterAll(async () => {
    await t?.stop();
    rejections.dispose();
  });
  return () => {
    if (!t) throw new Error('the bot has not started');
    return t;
  };
}
