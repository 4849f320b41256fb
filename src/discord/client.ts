/**
 * The Discord edge: one discord.js client with factdesk's listeners attached. The Message Content
 * intent is asked for and, if the application has not been granted it (gateway close 4014) — at the
 * first login or at any time later — the bot logs one line and reconnects without it: slash commands
 * and mentions keep working. Any other gateway state discord.js will not recover from (a revoked
 * token, an invalid shard) calls `onFatal`, and the process exits non-zero so a supervisor restarts it.
 *
 * Messages cannot double on a retried POST: channel replies carry a nonce with `enforce_nonce`
 * (see `channel-questions.ts`; Discord returns the first message for a repeated nonce), and an
 * interaction follow-up — which Discord cannot deduplicate — is never retried after Discord may
 * have accepted it.
 */
import {
  Client,
  DefaultRestOptions,
  Events,
  GatewayDispatchEvents,
  GatewayIntentBits,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Partials,
  Routes,
  type ClientOptions,
  type RESTOptions,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { plural, userErrorMessage } from '../render/messages.js';
import type { BotContext } from './context.js';
import { createChannelQuestionHandler } from './channel-questions.js';
import { handleInteraction, registryOf } from './interaction-router.js';
import type { SlashCommand } from './slash-command.js';

/** Gateway close codes that retrying cannot fix. */
const DISALLOWED_INTENTS = 4014;
const AUTHENTICATION_FAILED = 4004;

const MESSAGE_CONTENT_REFUSED =
  'Message Content intent not granted (enable it in the Developer Portal, Bot tab): answering slash commands and mentions only, not unprompted questions in enabled channels';

export interface DiscordBotOptions {
  token: string;
  /** Base URL of a Discord-compatible REST API (the fake Discord in tests). */
  apiUrl?: string | undefined;
  context: BotContext;
  commands: readonly SlashCommand[];
  cooldownMs: number;
  /** REST request timeout; short in tests so an unanswered route fails fast. */
  restTimeoutMs?: number | undefined;
  /**
   * Called once when the gateway is in a state discord.js will not recover from (a close code such
   * as 4004 after the bot was ready). The composition root exits non-zero; by default it is logged.
   */
  onFatal?: ((reason: string) => void) | undefined;
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

/** An interaction follow-up: `POST /webhooks/:applicationId/:token` (no nonce exists for these). */
const FOLLOW_UP_PATH = /\/webhooks\/\d+\/[^/]+$/;

/** A follow-up Discord may have posted although its answer was lost: reported, never retried. */
export class FollowUpUncertainError extends Error {
  constructor(what: string, options?: ErrorOptions) {
    super(`interaction follow-up not retried after ${what}: Discord may have posted it`, options);
    this.name = 'FollowUpUncertainError';
  }
}

/**
 * Wraps discord.js's HTTP call so that a follow-up answered with a 5xx, or cut off by a timeout or
 * a reset connection, fails instead of being sent again (discord.js retries those, and Discord has
 * no nonce for webhooks): a follow-up is posted at most once.
 */
export function atMostOnceFollowUps(makeRequest: RESTOptions['makeRequest']): RESTOptions['makeRequest'] {
  return async (url, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (method !== 'POST' || !FOLLOW_UP_PATH.test(new URL(url).pathname)) return makeRequest(url, init);
    let response;
    try {
      response = await makeRequest(url, init);
    } catch (error) {
      throw new FollowUpUncertainError('a network error', { cause: error });
    }
    if (response.status >= 500) throw new FollowUpUncertainError(`HTTP ${response.status}`);
    return response;
  };
}

/** Interaction types a message can answer (commands, buttons, modals); others get no reply. */
const REPLIABLE: readonly unknown[] = [
  InteractionType.ApplicationCommand,
  InteractionType.MessageComponent,
  InteractionType.ModalSubmit,
];

/**
 * An interaction payload with neither `member.user` nor `user` (Discord does not send one, but a
 * boundary should hold): discord.js would throw on it outside any handler and end the process. It
 * is logged, refused with an ephemeral message, and marked with a type discord.js ignores. Runs on
 * the raw dispatch, before discord.js builds the interaction.
 */
function refuseInteractionWithoutUser(c: Client, data: Record<string, unknown>, logger: Logger): void {
  const member = data.member as { user?: unknown } | undefined;
  if (member?.user || data.user) return;
  const type = data.type;
  logger.warn({ interaction: data.id, type }, 'interaction without a member or user refused');
  data.type = 0;
  if (!REPLIABLE.includes(type) || typeof data.id !== 'string' || typeof data.token !== 'string') return;
  c.rest
    .post(Routes.interactionCallback(data.id, data.token), {
      auth: false,
      body: {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: {
          content: userErrorMessage('no-user'),
          flags: MessageFlags.Ephemeral,
          allowed_mentions: { parse: [] },
        },
      },
    })
    .catch((error: unknown) => logger.warn({ err: error }, 'could not refuse an interaction without a user'));
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
      makeRequest: atMostOnceFollowUps(DefaultRestOptions.makeRequest),
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

  const fatal = (reason: string): void => {
    if (stopped) return;
    logger.fatal(reason);
    options.onFatal?.(reason);
  };

  const attach = (c: Client): void => {
    // Emitted with the raw payload before discord.js handles it.
    c.ws.on(GatewayDispatchEvents.InteractionCreate, (data: Record<string, unknown>) =>
      refuseInteractionWithoutUser(c, data, logger),
    );
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
    const onDisconnect = (event: { code: number }) => {
      if (event.code === DISALLOWED_INTENTS || event.code === AUTHENTICATION_FAILED) {
        refuse(new GatewayRefusal(event.code));
      }
    };
    c.on(Events.ShardDisconnect, onDisconnect);
    try {
      await c.login(options.token);
      await ready;
    } catch (error) {
      ready.catch(() => undefined);
      throw error;
    } finally {
      c.off(Events.ShardDisconnect, onDisconnect);
    }
  };

  /** Replaces the client with one that does not ask for the Message Content intent. */
  const reconnectWithoutMessageContent = async (): Promise<void> => {
    logger.warn(MESSAGE_CONTENT_REFUSED);
    await client.destroy();
    messageContent = false;
    client = new Client(clientOptions(options, false));
    attach(client);
    await connect(client);
  };

  /** After ready: a shard discord.js gave up on (it emits shardDisconnect only for those). */
  const watchGateway = (c: Client): void => {
    c.on(Events.ShardDisconnect, (event, shard) => {
      if (stopped || c !== client) return;
      if (event.code === DISALLOWED_INTENTS && messageContent) {
        reconnectWithoutMessageContent().then(
          () => {
            logger.info({ shard }, 'reconnected without the Message Content intent');
            watchGateway(client);
          },
          (error: unknown) =>
            fatal(`could not reconnect without the Message Content intent: ${errorMessage(error)}`),
        );
        return;
      }
      fatal(
        `gateway closed with ${event.code} (${describeCloseCode(event.code)}); discord.js will not reconnect, exiting so a supervisor restarts the bot`,
      );
    });
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
        await reconnectWithoutMessageContent();
      }
      watchGateway(client);
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

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Words for the close codes discord.js treats as unrecoverable. */
function describeCloseCode(code: number): string {
  const names: Record<number, string> = {
    4004: 'authentication failed: the token was reset or revoked',
    4010: 'invalid shard',
    4011: 'sharding required',
    4012: 'invalid API version',
    4013: 'invalid intents',
    4014: 'disallowed intents',
  };
  return names[code] ?? 'unrecoverable';
}
