/**
 * The daily digest's clockwork: a thin wrapper around the pure schedule and digest cores, the
 * database's delivery records and a channel port. Exactly once, per server and local day:
 *
 * 1. claim — `beginDelivery` inserts a "sending" row keyed (server, local day) in a transaction;
 *    a day that already has any row is never posted again;
 * 2. post — each message id is recorded as soon as Discord returns it;
 * 3. finish — "sent" (or "failed" with the reason for a gone channel or a missing permission).
 *
 * A "sending" row left by a crash or a timeout is reconciled before anything is retried: if the
 * channel's recent messages contain this bot's digest for that day, the row becomes "sent" with that
 * message; if not, it is posted again only while it is still that local day.
 */
import { buildDigest, digestWindow, isEmptyDigest, type Digest } from '../core/digest/build-digest.js';
import { localDayKey } from '../core/schedule/local-time.js';
import { lastRecordedDayIn, planDigest, type ScheduledRun } from '../core/schedule/plan-digest.js';
import { parseTimeOfDay } from '../core/schedule/time-of-day.js';
import type { DigestDelivery, DigestSettings, FactdeskDatabase } from '../io/database.js';
import type { KnowledgeHolder } from '../io/knowledge-watcher.js';
import { isDigestMessageFor, renderDigestMessages } from './digest-render.js';
import {
  ChannelUnavailableError,
  type ChannelMessage,
  type DigestChannelGateway,
  type DigestService,
  type DigestStatus,
} from './digest-types.js';

interface SchedulerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface DigestSchedulerOptions {
  db: FactdeskDatabase;
  knowledge: KnowledgeHolder;
  gateway: DigestChannelGateway;
  /** The clock; tests inject one. */
  now?: () => Date;
  timers?: Timers;
  logger?: SchedulerLogger | undefined;
  /** Longest sleep between checks, so a changed clock or a missed timer is noticed. */
  pollMs?: number;
}

const RECENT_MESSAGES = 100;
const silent: SchedulerLogger = { info() {}, warn() {}, error() {} };
const defaultTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Discord's nonce is at most 25 characters; with `enforce_nonce` it dedupes a retried POST. */
function nonceFor(guildId: string, dayKey: string, part: number): string {
  return `dg${dayKey.replaceAll('-', '')}${part}${guildId.slice(-12)}`.slice(0, 25);
}

function scheduleOf(settings: DigestSettings): Parameters<typeof planDigest>[0] | undefined {
  const time = parseTimeOfDay(settings.time);
  if (!time.ok) return undefined;
  return { time: time.value, timeZone: settings.timeZone, since: new Date(settings.updatedAt) };
}

export class DigestScheduler implements DigestService {
  private readonly db: FactdeskDatabase;
  private readonly knowledge: KnowledgeHolder;
  private readonly gateway: DigestChannelGateway;
  private readonly now: () => Date;
  private readonly timers: Timers;
  private readonly log: SchedulerLogger;
  private readonly pollMs: number;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;

  constructor(options: DigestSchedulerOptions) {
    this.db = options.db;
    this.knowledge = options.knowledge;
    this.gateway = options.gateway;
    this.now = options.now ?? (() => new Date());
    this.timers = options.timers ?? defaultTimers;
    this.log = options.logger ?? silent;
    this.pollMs = options.pollMs ?? 60_000;
  }

  /** Reconciles leftovers, posts what is due, then keeps itself woken at the next run. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.tick();
  }

  /** Stops the timer and waits for a post in progress to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * Checks every server this process owns now. Calls never overlap: one made during a check
   * makes that check run once more.
   */
  tick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = (async () => {
      do {
        this.again = false;
        try {
          await this.check();
        } catch (error) {
          this.log.error({ err: error }, 'digest check failed');
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
      this.arm();
    });
    this.running = run;
    return run;
  }

  /** After `/digest setup` or `/digest off`: re-plan now. */
  reschedule(): void {
    void this.tick();
  }

  /** Saves a server's settings (now is their `updatedAt`) and re-plans. */
  setup(input: Omit<DigestSettings, 'updatedAt'>): {
    settings: DigestSettings;
    next: ScheduledRun | undefined;
  } {
    const settings = this.db.setDigestSettings(input, this.now());
    const next = this.status(input.guildId).next;
    this.reschedule();
    return { settings, next };
  }

  off(guildId: string): boolean {
    const was = this.db.disableDigest(guildId);
    this.reschedule();
    return was;
  }

  /** Settings, next post and last delivery of a server, for `/digest status`. */
  status(guildId: string): DigestStatus {
    const settings = this.db.getDigestSettings(guildId);
    const last = this.db.lastDelivery(guildId);
    const schedule = settings ? scheduleOf(settings) : undefined;
    const next = settings && schedule ? this.nextRun(schedule, this.lastRecordedDay(settings)) : undefined;
    return { settings, next, last };
  }

  /** The digest the server would get if it were posted now (for `/digest preview`). */
  preview(guildId: string, timeZone = 'UTC'): Digest {
    const now = this.now();
    const settings = this.db.getDigestSettings(guildId);
    const lastSent = this.db.lastSentDelivery(guildId)?.windowTo;
    const window = digestWindow(now, lastSent ? new Date(lastSent) : undefined);
    return buildDigest(this.knowledge.current(), {
      ...window,
      timeZone: settings?.timeZone ?? timeZone,
      firstSeen: this.db.firstSeen(),
    });
  }

  /** The newest recorded day as a day of the current time zone (see {@link lastRecordedDayIn}). */
  private lastRecordedDay(settings: DigestSettings): string | undefined {
    return lastRecordedDayIn(
      settings.timeZone,
      new Date(settings.updatedAt),
      this.db.lastDelivery(settings.guildId),
    );
  }

  private nextRun(
    schedule: NonNullable<ReturnType<typeof scheduleOf>>,
    lastDay: string | undefined,
  ): ScheduledRun {
    const plan = planDigest(schedule, this.now(), lastDay);
    return plan.due ?? plan.next;
  }

  private arm(): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    const now = this.now().getTime();
    let wait = this.pollMs;
    for (const settings of this.db.listDigestSettings()) {
      if (!this.gateway.ownsGuild(settings.guildId)) continue;
      const schedule = scheduleOf(settings);
      if (!schedule) continue;
      const next = this.nextRun(schedule, this.lastRecordedDay(settings));
      wait = Math.min(wait, Math.max(0, next.at.getTime() - now));
    }
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, wait);
  }

  private async check(): Promise<void> {
    // Leftover "sending" rows first: nothing is retried before it is known not to have been posted.
    for (const pending of this.db.pendingDeliveries()) {
      if (!this.gateway.ownsGuild(pending.guildId)) continue;
      await this.reconcile(pending);
    }
    for (const settings of this.db.listDigestSettings()) {
      if (!this.gateway.ownsGuild(settings.guildId)) continue;
      const schedule = scheduleOf(settings);
      if (!schedule) {
        this.log.error(
          { guildId: settings.guildId, time: settings.time },
          'digest time in the database is not HH:MM',
        );
        continue;
      }
      const now = this.now();
      const plan = planDigest(schedule, now, this.lastRecordedDay(settings));
      for (const day of plan.missed) {
        if (
          this.db.recordSkipped(
            settings.guildId,
            day,
            settings.channelId,
            'the bot was offline at the scheduled time all that day',
            now,
          )
        ) {
          this.log.warn(
            { guildId: settings.guildId, day },
            'digest day skipped: offline at the scheduled time',
          );
        }
      }
      if (plan.due) await this.deliver(settings, plan.due.dayKey, plan.due.late);
    }
  }

  private async deliver(settings: DigestSettings, dayKey: string, late: boolean): Promise<void> {
    const now = this.now();
    const lastSent = this.db.lastSentDelivery(settings.guildId)?.windowTo;
    const window = digestWindow(now, lastSent ? new Date(lastSent) : undefined);
    const digest = buildDigest(this.knowledge.current(), {
      ...window,
      timeZone: settings.timeZone,
      firstSeen: this.db.firstSeen(),
    });
    const { guildId, channelId } = settings;
    if (isEmptyDigest(digest) && settings.skipEmpty) {
      if (this.db.recordSkipped(guildId, dayKey, channelId, 'nothing new (skip_empty is on)', now)) {
        this.log.info({ guildId, day: dayKey }, 'digest skipped: nothing new');
      }
      return;
    }
    const claimed = this.db.beginDelivery(
      {
        guildId,
        dayKey,
        channelId,
        windowFrom: window.from.toISOString(),
        windowTo: window.to.toISOString(),
        // A finished record of the same date made before these settings is another zone's day.
        supersedeBefore: settings.updatedAt,
      },
      now,
    );
    if (!claimed) return;
    this.log.info(
      { guildId, day: dayKey, late, articles: digest.articles.length + digest.more },
      late ? 'posting a late digest (catch-up)' : 'posting digest',
    );
    await this.post(settings.guildId, dayKey, channelId, digest);
  }

  private async post(guildId: string, dayKey: string, channelId: string, digest: Digest): Promise<void> {
    const messages = renderDigestMessages(digest);
    const ids: string[] = [];
    try {
      for (const [i, message] of messages.entries()) {
        const { id } = await this.gateway.post(channelId, message, nonceFor(guildId, dayKey, i));
        ids.push(id);
        this.db.addDeliveryMessage(guildId, dayKey, id);
      }
      this.db.completeDelivery(
        guildId,
        dayKey,
        { messageIds: ids, articleCount: digest.articles.length + digest.more },
        this.now(),
      );
      this.log.info({ guildId, day: dayKey, messages: ids.length }, 'digest sent');
    } catch (error) {
      if (error instanceof ChannelUnavailableError) {
        const reason =
          ids.length > 0
            ? `${error.message} (after ${ids.length} of ${messages.length} messages)`
            : error.message;
        this.db.failDelivery(guildId, dayKey, reason, this.now());
        this.log.error({ guildId, day: dayKey, channelId, reason }, 'digest failed');
      } else {
        // Maybe posted, maybe not (a timeout): stay "sending" and let reconciliation decide.
        this.db.noteDelivery(guildId, dayKey, `retrying after: ${reasonOf(error)}`);
        this.log.warn(
          { err: error, guildId, day: dayKey },
          'digest post interrupted; will check the channel before retrying',
        );
      }
    }
  }

  private async reconcile(pending: DigestDelivery): Promise<void> {
    const { guildId, dayKey, channelId } = pending;
    const now = this.now();
    let found: ChannelMessage[] = [];
    try {
      const bot = this.gateway.botUserId();
      // The heading names the local day and a server has one row per day, so any message of this
      // bot with this day's heading is this delivery — whatever the clocks of bot and Discord say.
      found = (await this.gateway.recentMessages(channelId, RECENT_MESSAGES))
        .filter((m) => m.authorId === bot && isDigestMessageFor(m.content, dayKey))
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp));
    } catch (error) {
      if (pending.messageIds.length === 0) {
        if (error instanceof ChannelUnavailableError) {
          this.db.failDelivery(guildId, dayKey, error.message, now);
          this.log.error({ guildId, day: dayKey, channelId, reason: error.message }, 'digest failed');
        } else {
          this.log.warn({ err: error, guildId, day: dayKey }, 'cannot check the channel yet; will try again');
        }
        return;
      }
      // Recorded parts prove it was posted; the channel check only adds parts posted after them.
    }
    const ids = [...new Set([...pending.messageIds, ...found.map((m) => m.id)])];
    if (ids.length > 0) {
      this.db.completeDelivery(
        guildId,
        dayKey,
        { messageIds: ids, articleCount: pending.articleCount ?? 0, reason: 'recovered after a restart' },
        now,
      );
      this.log.warn(
        { guildId, day: dayKey, messages: ids.length },
        'digest was posted before an interruption; recorded it, no second post',
      );
      return;
    }
    const settings = this.db.getDigestSettings(guildId);
    if (!settings) {
      this.db.failDelivery(guildId, dayKey, 'the digest was turned off before it could be posted', now);
      return;
    }
    if (localDayKey(now, settings.timeZone) !== dayKey) {
      this.db.failDelivery(
        guildId,
        dayKey,
        'interrupted before posting, and that day had passed when the bot came back',
        now,
      );
      this.log.warn({ guildId, day: dayKey }, 'digest day skipped: interrupted and the day has passed');
      return;
    }
    const window = { from: new Date(pending.windowFrom ?? now.toISOString()), to: now };
    this.db.restartDelivery(guildId, dayKey, now.toISOString(), now);
    const digest = buildDigest(this.knowledge.current(), {
      ...window,
      timeZone: settings.timeZone,
      firstSeen: this.db.firstSeen(),
    });
    this.log.info({ guildId, day: dayKey }, 'digest was not posted before the interruption; posting it now');
    await this.post(guildId, dayKey, channelId, digest);
  }
}
