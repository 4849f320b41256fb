/**
 * An in-memory stand-in for Discord's channels behind the scheduler's channel port: it stores what
 * is posted, answers "recent messages", and can lose a channel, refuse permission or "crash" right
 * after Discord accepted a post. The real discord.js path is covered by tests/e2e/digest.test.ts.
 */
import type { DigestMessage } from '../../src/discord/digest-render.js';
import {
  ChannelUnavailableError,
  type ChannelMessage,
  type DigestChannelGateway,
} from '../../src/discord/digest-types.js';

export const BOT_ID = '900000000000000001';

export interface PostedMessage extends ChannelMessage {
  channelId: string;
  message: DigestMessage;
  nonce: string;
}

/** Thrown by `post` after the message is stored: Discord has it, the bot never heard back. */
export class SimulatedCrash extends Error {}

export class MemoryChannels implements DigestChannelGateway {
  readonly posted: PostedMessage[] = [];
  private readonly channels = new Map<string, { guildId: string; canPost: boolean }>();
  private readonly ownGuilds = new Set<string>();
  private nextId = 1_000_000_000_000_000n;
  crashAfterNextPost = false;
  /** Crash after this many more successful posts (the next one is stored, then the crash). */
  crashAfterPosts: number | undefined;
  failNextPost: Error | undefined;

  constructor(private readonly clock: () => Date) {}

  addChannel(guildId: string, channelId: string, options: { own?: boolean } = {}): this {
    this.channels.set(channelId, { guildId, canPost: true });
    if (options.own !== false) this.ownGuilds.add(guildId);
    return this;
  }

  deleteChannel(channelId: string): void {
    this.channels.delete(channelId);
  }

  revokePermission(channelId: string): void {
    const c = this.channels.get(channelId);
    if (c) c.canPost = false;
  }

  /** A message from someone else, to show that reconciliation only counts the bot's own. */
  postAs(authorId: string, channelId: string, content: string): void {
    this.posted.push({
      id: String(this.nextId++),
      authorId,
      channelId,
      content,
      timestamp: this.clock().toISOString(),
      message: { content, embeds: [], allowedMentions: { parse: [] } },
      nonce: '',
    });
  }

  inChannel(channelId: string): PostedMessage[] {
    return this.posted.filter((m) => m.channelId === channelId);
  }

  private channel(channelId: string) {
    const c = this.channels.get(channelId);
    if (!c) throw new ChannelUnavailableError('the channel no longer exists');
    return c;
  }

  async post(channelId: string, message: DigestMessage, nonce: string): Promise<{ id: string }> {
    const c = this.channel(channelId);
    if (!c.canPost)
      throw new ChannelUnavailableError(
        'the bot lacks permission to post there (Send Messages, Embed Links)',
      );
    if (this.failNextPost) {
      const error = this.failNextPost;
      this.failNextPost = undefined;
      throw error;
    }
    const id = String(this.nextId++);
    this.posted.push({
      id,
      authorId: BOT_ID,
      channelId,
      content: message.content,
      timestamp: this.clock().toISOString(),
      message,
      nonce,
    });
    if (this.crashAfterPosts !== undefined && this.crashAfterPosts-- === 0) {
      this.crashAfterPosts = undefined;
      throw new SimulatedCrash('process died before recording the post');
    }
    if (this.crashAfterNextPost) {
      this.crashAfterNextPost = false;
      throw new SimulatedCrash('process died before recording the post');
    }
    return { id };
  }

  async recentMessages(channelId: string, limit: number): Promise<ChannelMessage[]> {
    this.channel(channelId);
    return this.inChannel(channelId)
      .slice(-limit)
      .reverse()
      .map(({ id, authorId, content, timestamp }) => ({ id, authorId, content, timestamp }));
  }

  botUserId(): string {
    return BOT_ID;
  }

  ownsGuild(guildId: string): boolean {
    return this.ownGuilds.has(guildId);
  }
}
