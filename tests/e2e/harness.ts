/**
 * Runs the real bot (real discord.js client, real knowledge base, real database in memory) against
 * a {@link FakeDiscord}, and fails the test on any unhandled rejection — the only trace discord.js
 * leaves of an event it dropped.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { commands as defaultCommands } from '../../commands/index.js';
import type { KnowledgeBase } from '../../src/core/types.js';
import { createDiscordBot, type DiscordBot } from '../../src/discord/client.js';
import type { SlashCommand } from '../../src/discord/slash-command.js';
import { openDatabase } from '../../src/io/database.js';
import { loadKnowledgeBase } from '../../src/io/load-knowledge-base.js';
import { createLogger } from '../../src/logger.js';
import { CONVERSATION_LIMITS, Conversations } from '../../src/render/follow-up.js';
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
      conversations: new Conversations(CONVERSATION_LIMITS),
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

/**
 * For a `describe` block: starts one bot before its tests, stops it after them, and fails a test
 * that left an unhandled rejection behind. Returns a getter for the running bot.
 *
 * @example
 * const bot = useBotUnderTest();
 * it('answers /help', async () => { const i = bot().fake.slashCommand('help'); … });
 */
export function useBotUnderTest(options: StartOptions = {}): () => BotUnderTest {
  const rejections = watchUnhandledRejections();
  let t: BotUnderTest | undefined;
  beforeAll(async () => {
    t = await startBotUnderTest(options);
  });
  afterEach(() => rejections.check());
  afterAll(async () => {
    rejections.dispose();
    await t?.stop();
  });
  return () => {
    if (!t) throw new Error('the bot under test has not started');
    return t;
  };
}

/**
 * A knowledge getter that throws while `failing` is set, to reach the error boundary after a
 * command has been acknowledged.
 */
export function switchableKnowledge(): {
  failing: boolean;
  knowledge: NonNullable<StartOptions['knowledge']>;
} {
  const state = {
    failing: false,
    knowledge: (kb: KnowledgeBase) => () => {
      if (state.failing) throw new Error('knowledge base unavailable (test)');
      return kb;
    },
  };
  return state;
}
