/**
 * What command handlers, buttons and the channel listener need, injected once by the composition
 * root. Parts added later (the digest) add optional fields here.
 */
import type { KnowledgeBase } from '../core/types.js';
import type { ChannelSettingsStore } from '../io/settings-store.js';
import type { Logger } from '../logger.js';
import type { Conversations } from '../render/follow-up.js';
import type { DigestService } from './digest-types.js';

export interface BotContext {
  /** A getter, never a captured value: hot reload swaps the knowledge base at run time. */
  knowledge: () => KnowledgeBase;
  settings: ChannelSettingsStore;
  logger: Logger;
  /** Milliseconds since the epoch; injected so cooldown tests need no real clock. */
  now: () => number;
  /** The daily digest (`/digest`); absent where it is not wired (commands then say so). */
  digest?: DigestService | undefined;
  /**
   * Whom each user's questions in a channel were last about, for follow-ups ("when did he
   * resign"); absent, every question stands alone.
   */
  conversations?: Conversations | undefined;
}
