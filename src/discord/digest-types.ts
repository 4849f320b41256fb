/**
 * What the digest's Discord modules share: the message the renderer builds and the scheduler posts,
 * the channel port the scheduler posts through (implemented by `digest-gateway.ts`), and what
 * `/digest` asks of the scheduler. Kept here so that imports go one way:
 * scheduler → renderer → types, gateway → types (no module imports one that imports it back).
 */
import type { APIEmbed } from 'discord.js';
import type { Digest } from '../core/digest/build-digest.js';
import type { ScheduledRun } from '../core/schedule/plan-digest.js';
import type { DigestDelivery, DigestSettings } from '../io/database.js';

export interface DigestMessage {
  content: string;
  embeds: APIEmbed[];
  /** Nothing in a digest may ping anyone: article text can contain "@everyone". */
  allowedMentions: { parse: [] };
}

/** A channel can never take this post (gone, no access, no permission): fail, do not retry. */
export class ChannelUnavailableError extends Error {
  override readonly name = 'ChannelUnavailableError';
}

export interface ChannelMessage {
  id: string;
  authorId: string;
  content: string;
  /** ISO instant. */
  timestamp: string;
}

/** What the scheduler needs from Discord; `digest-gateway.ts` implements it with discord.js. */
export interface DigestChannelGateway {
  /** Posts one message; throws {@link ChannelUnavailableError} for a permanent refusal. */
  post(channelId: string, message: DigestMessage, nonce: string): Promise<{ id: string }>;
  /** The channel's latest messages, newest first (GET /channels/:id/messages). */
  recentMessages(channelId: string, limit: number): Promise<ChannelMessage[]>;
  botUserId(): string;
  /** Under sharding, true only for this shard's servers. */
  ownsGuild(guildId: string): boolean;
}

/** A server's digest as `/digest status` shows it. */
export interface DigestStatus {
  settings: DigestSettings | undefined;
  next: ScheduledRun | undefined;
  last: DigestDelivery | undefined;
}

/** What `/digest` needs: the scheduler implements it; `BotContext.digest` carries it. */
export interface DigestService {
  setup(input: Omit<DigestSettings, 'updatedAt'>): {
    settings: DigestSettings;
    next: ScheduledRun | undefined;
  };
  off(guildId: string): boolean;
  status(guildId: string): DigestStatus;
  preview(guildId: string): Digest;
}
