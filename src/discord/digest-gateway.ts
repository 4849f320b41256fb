/**
 * The digest scheduler's channel port implemented with discord.js. Discord's answers are sorted
 * into "never possible" (channel gone, no access, no permission → the delivery fails with that
 * reason) and everything else (network, 5xx, rate limits → the scheduler checks and retries).
 */
import { DiscordAPIError, type Client } from 'discord.js';
import { ChannelUnavailableError, type ChannelMessage, type DigestChannelGateway } from './digest-types.js';

/** Discord JSON error codes that no retry can fix, worded for `/digest status`. */
const PERMANENT: Record<number, string> = {
  10003: 'the channel no longer exists',
  50001: 'the bot has no access to the channel',
  50013: 'the bot lacks permission to post there (Send Messages, Embed Links)',
  50008: 'the bot cannot post in this kind of channel',
  10004: 'the bot is no longer in this server',
};

function classify(error: unknown): unknown {
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : Number(error.code);
    const known = PERMANENT[code];
    if (known) return new ChannelUnavailableError(known);
    if (error.status === 404) return new ChannelUnavailableError('the channel no longer exists');
    if (error.status === 403)
      return new ChannelUnavailableError(`Discord refused the post (${error.message})`);
  }
  return error;
}

async function sendableChannel(client: Client, channelId: string) {
  let channel;
  try {
    channel = await client.channels.fetch(channelId);
  } catch (error) {
    throw classify(error);
  }
  if (!channel) throw new ChannelUnavailableError('the channel no longer exists');
  if (!channel.isSendable() || !('messages' in channel)) {
    throw new ChannelUnavailableError('the channel is not a text channel');
  }
  return channel;
}

/**
 * The port over a discord.js client. Pass a getter when the client can be replaced (the bot
 * reconnects with a new client when the Message Content intent is refused).
 *
 * @example
 * const scheduler = new DigestScheduler({ db, knowledge, gateway: discordDigestGateway(() => bot.client) });
 */
export function discordDigestGateway(clientOrGetter: Client | (() => Client)): DigestChannelGateway {
  const current = typeof clientOrGetter === 'function' ? clientOrGetter : () => clientOrGetter;
  return {
    async post(channelId, message, nonce) {
      const channel = await sendableChannel(current(), channelId);
      try {
        const sent = await channel.send({ ...message, nonce, enforceNonce: true });
        return { id: sent.id };
      } catch (error) {
        throw classify(error);
      }
    },
    async recentMessages(channelId, limit): Promise<ChannelMessage[]> {
      const channel = await sendableChannel(current(), channelId);
      try {
        const messages = await channel.messages.fetch({ limit: Math.min(100, limit), cache: false });
        return [...messages.values()].map((m) => ({
          id: m.id,
          authorId: m.author.id,
          content: m.content,
          timestamp: new Date(m.createdTimestamp).toISOString(),
        }));
      } catch (error) {
        throw classify(error);
      }
    },
    botUserId() {
      return current().user?.id ?? '';
    },
    ownsGuild(guildId) {
      return current().guilds.cache.has(guildId);
    },
  };
}
