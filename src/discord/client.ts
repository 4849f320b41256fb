/**
 * The Discord edge: one discord.js client with factdesk's listeners attached. The Message Content
 * intent is asked for and, if the application has not been granted it (gateway close 4014), the bot
 * logs one line and reconnects without it: slash commands and mentions keep working.
 */
import { Client, Events, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';
import type { Logger } from '../logger.js';
import { plural } from '../render/messages.js';
import type { BotContext } from './context.js';
import { createChannelQuestionHandler } from './channel-questions.js';
import { handleInteraction, registryOf } from './interaction-router.js';
import type { SlashCommand } from './slash-command.js';

/** Gateway close codes that retrying cannot fix. */
const DISALLOWED_INTENTS = 4014;
const AUTHENTICATION_FAILED = 4004;

export interface DiscordBotOptions {
  token: string;
  /** Base URL of a Discord-compatible REST API (the fake Discord in tests). */
  apiUrl?: string | undefined;
  context: BotContext;
  commands: readonly SlashCommand[];
  cooldownMs: number;
  /** REST request timeout; short in tests so an unanswered route fails fast. */
  restTimeoutMs?: number | undefined;
}

export interface DiscordBot {
  /** The connected client (a new one if the intent fallback reconnected). */
  readonly client: Client;
  /** Whether Discord granted the Message Content intent. */
  readonly messageContent: boolean;
  /** Logs in and resolves when ready (after logging the "ready as" line). */
  start(): Promise<void>;
  /** Destroys the client; safe to call twice. */
  stop(): Promise<void>;
}

class GatewayRefusal extends Error {
  constructor(readonly code: number) {
    super(
      code === DISALLOWED_INTENTS
        ? 'Discord refused a privileged intent'
        : `Discord refused the login (gateway close ${code}): check DISCORD_TOKEN`,
    );
  }
}

/** Close 4014 surfaces either as a shard disconnect or as `login()` rejecting, depending on timing. */
function isDisallowedIntents(error: unknown): boolean {
  if (error instanceof GatewayRefusal) return error.code === DISALLOWED_INTENTS;
  return error instanceof Error && /disallowed intents/i.test(error.message);
}

function clientOptions(options: DiscordBotOptions, messageContent: boolean): ClientOptions {
  const intents = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages];
  if (messageContent) intents.push(GatewayIntentBits.MessageContent);
  return {
    intents,
    // Messages in channels the cache has not seen (threads, late joins) still reach the listener.
    partials: [Partials.Channel],
    allowedMentions: { parse: [], repliedUser: false },
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.restTimeoutMs ? { timeout: options.restTimeoutMs } : {}),
    },
  };
}

/**
 * Creates the bot; nothing connects until {@link DiscordBot.start}.
 *
 * @example
 * const bot = createDiscordBot({ token, context, commands, cooldownMs: 5000 });
 * await bot.start();
 */
export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { context } = options;
  const logger: Logger = context.logger;
  const registry = registryOf(options.commands);
  let messageContent = true;
  let client = new Client(clientOptions(options, true));
  let stopped = false;

  const attach = (c: Client): void => {
    c.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, context, registry));
    const onMessage = createChannelQuestionHandler(context, {
      cooldownMs: options.cooldownMs,
      messageContent: () => messageContent,
    });
    c.on(Events.MessageCreate, (message) => void onMessage(message));
    c.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
    c.on(Events.Warn, (message) => logger.warn(message));
    c.on(Events.ShardError, (error, shard) => logger.warn({ err: error, shard }, 'gateway connection error'));
    c.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  };

  const connect = async (c: Client): Promise<void> => {
    let refuse: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      refuse = reject;
      c.once(Events.ClientReady, () => resolve());
    });
    c.on(Events.ShardDisconnect, (event) => {
      if (event.code === DISALLOWED_INTENTS || event.code === AUTHENTICATION_FAILED) {
        refuse(new GatewayRefusal(event.code));
      }
    });
    try {
      await c.login(options.token);
    } catch (error) {
      ready.catch(() => undefined);
      throw error;
    }
    await ready;
  };

  return {
    get client() {
      return client;
    },
    get messageContent() {
      return messageContent;
    },
    async start() {
      attach(client);
      try {
        await connect(client);
      } catch (error) {
        if (!isDisallowedIntents(error)) throw error;
        logger.warn(
          'Message Content intent not granted (enable it in the Developer Portal, Bot tab): answering slash commands and mentions only, not unprompted questions in enabled channels',
        );
        await client.destroy();
        messageContent = false;
        client = new Client(clientOptions(options, false));
        attach(client);
        await connect(client);
      }
      const servers = client.guilds.cache.size;
      const articles = context.knowledge().articles.length;
      logger.info(
        `ready as ${client.user?.tag ?? 'unknown'} in ${servers} ${plural(servers, 'server')}, ${articles} ${plural(articles, 'article')} loaded`,
      );
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
    },
  };
}
