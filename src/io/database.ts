/**
 * The embedded database (better-sqlite3): server settings, digest deliveries and the first-seen
 * time of every article. One file at `DATABASE_PATH`; several processes (shards) may open it, so
 * writes that decide something are `BEGIN IMMEDIATE` transactions and readers wait on a lock
 * instead of failing.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { migrations, type Migration } from './migrations/index.js';
import type { ChannelSettingsStore } from './settings-store.js';

export interface DigestSettings {
  guildId: string;
  channelId: string;
  /** `HH:MM`, 24 h, in `timeZone`. */
  time: string;
  /** IANA time zone, e.g. `Europe/London`. */
  timeZone: string;
  /** Post nothing (instead of "nothing new") when there are no new articles. */
  skipEmpty: boolean;
  /** ISO instant of the last change; scheduled times before it are not owed a digest. */
  updatedAt: string;
}

export type DeliveryStatus = 'sending' | 'sent' | 'failed' | 'skipped';

export interface DigestDelivery {
  guildId: string;
  /** The server's local day, `YYYY-MM-DD`. */
  dayKey: string;
  channelId: string;
  status: DeliveryStatus;
  windowFrom: string | null;
  windowTo: string | null;
  messageIds: string[];
  reason: string | null;
  articleCount: number | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface BeginDeliveryInput {
  guildId: string;
  dayKey: string;
  channelId: string;
  windowFrom: string;
  windowTo: string;
  /**
   * ISO instant the current settings were made: a finished record of the same day key started
   * before it belongs to the earlier settings — maybe another time zone's day of that date — and
   * is replaced instead of blocking this day. A "sending" record is never replaced.
   */
  supersedeBefore?: string | undefined;
}

interface SettingsRow {
  guild_id: string;
  channel_id: string;
  time: string;
  time_zone: string;
  skip_empty: number;
  updated_at: string;
}

interface DeliveryRow {
  guild_id: string;
  day_key: string;
  channel_id: string;
  status: DeliveryStatus;
  window_from: string | null;
  window_to: string | null;
  message_ids: string;
  reason: string | null;
  article_count: number | null;
  started_at: string;
  finished_at: string | null;
}

function toSettings(row: SettingsRow): DigestSettings {
  return {
    guildId: row.guild_id,
    channelId: row.channel_id,
    time: row.time,
    timeZone: row.time_zone,
    skipEmpty: row.skip_empty !== 0,
    updatedAt: row.updated_at,
  };
}

function toDelivery(row: DeliveryRow): DigestDelivery {
  return {
    guildId: row.guild_id,
    dayKey: row.day_key,
    channelId: row.channel_id,
    status: row.status,
    windowFrom: row.window_from,
    windowTo: row.window_to,
    messageIds: JSON.parse(row.message_ids) as string[],
    reason: row.reason,
    articleCount: row.article_count,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** Brings the schema up to the newest migration; refuses a database written by a newer factdesk. */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(
      `database schema version ${current} is newer than this factdesk understands (${latest}); upgrade factdesk`,
    );
  }
  for (const migration of [...list].sort((a, b) => a.version - b.version)) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      // user_version is written inside the transaction, so a half-applied migration never counts.
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

/** A start-up problem with `DATABASE_PATH`, worded for the one line the bot prints before exiting. */
export class DatabaseOpenError extends Error {
  constructor(path: string, problem: string, options?: ErrorOptions) {
    super(`cannot open the database at ${JSON.stringify(path)} (DATABASE_PATH): ${problem}`, options);
    this.name = 'DatabaseOpenError';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function reasonOf(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'EROFS') return 'read-only file system';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Creates a folder and its missing parents one level at a time. Node's `mkdirSync(…, { recursive:
 * true })` loops forever under `/proc` (and other pseudo file systems); this fails at the first
 * level that cannot be created, naming it.
 */
function makeFolder(dir: string, path: string): void {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!statSync(at).isDirectory()) throw new DatabaseOpenError(path, `${at} is not a folder`);
      break;
    } catch (error) {
      if (error instanceof DatabaseOpenError) throw error;
      if (codeOf(error) !== 'ENOENT')
        throw new DatabaseOpenError(path, `${at}: ${reasonOf(error)}`, { cause: error });
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if (codeOf(error) === 'EEXIST') continue;
      throw new DatabaseOpenError(path, `cannot create the folder ${folder}: ${reasonOf(error)}`, {
        cause: error,
      });
    }
  }
}

export class FactdeskDatabase implements ChannelSettingsStore {
  readonly path: string;
  readonly schemaVersion: number;
  private readonly db: Database.Database;
  /** `device:inode` of the file opened, to notice it being deleted or replaced under the bot. */
  private readonly fileIdentity: string | undefined;

  constructor(path: string) {
    this.path = path;
    const onDisk = path !== ':memory:' && path !== '';
    if (onDisk) makeFolder(dirname(path), path);
    try {
      this.db = new Database(path);
    } catch (error) {
      // SQLite's own refusals (SQLITE_CANTOPEN, …) are about the path; anything else (a missing
      // native module) is not, and is left as it is.
      if (codeOf(error) === undefined) throw error;
      throw new DatabaseOpenError(path, reasonOf(error), { cause: error });
    }
    try {
      // Another shard may hold the write lock for a moment; wait rather than fail.
      this.db.pragma('busy_timeout = 5000');
      if (onDisk) this.db.pragma('journal_mode = WAL');
      // A delivery record must survive a crash right after it is written: it is what prevents a
      // second post, so durability beats the few microseconds NORMAL would save.
      this.db.pragma('synchronous = FULL');
      this.schemaVersion = migrate(this.db);
      this.fileIdentity = onDisk ? identityOf(path) : undefined;
    } catch (error) {
      this.db.close();
      throw new DatabaseOpenError(path, reasonOf(error), { cause: error });
    }
  }

  // ---- question channels (ChannelSettingsStore) ----

  listQuestionChannels(guildId: string): string[] {
    return this.db
      .prepare<[string], { channel_id: string }>(
        'SELECT channel_id FROM question_channels WHERE guild_id = ? ORDER BY added_at, channel_id',
      )
      .all(guildId)
      .map((r) => r.channel_id);
  }

  isQuestionChannel(guildId: string, channelId: string): boolean {
    return (
      this.db
        .prepare<[string, string], { one: number }>(
          'SELECT 1 AS one FROM question_channels WHERE guild_id = ? AND channel_id = ?',
        )
        .get(guildId, channelId) !== undefined
    );
  }

  addQuestionChannel(guildId: string, channelId: string): boolean {
    const info = this.db
      .prepare('INSERT OR IGNORE INTO question_channels (guild_id, channel_id, added_at) VALUES (?, ?, ?)')
      .run(guildId, channelId, new Date().toISOString());
    return info.changes === 1;
  }

  removeQuestionChannel(guildId: string, channelId: string): boolean {
    const info = this.db
      .prepare('DELETE FROM question_channels WHERE guild_id = ? AND channel_id = ?')
      .run(guildId, channelId);
    return info.changes === 1;
  }

  // ---- digest settings ----

  getDigestSettings(guildId: string): DigestSettings | undefined {
    const row = this.db
      .prepare<[string], SettingsRow>('SELECT * FROM digest_settings WHERE guild_id = ? AND enabled = 1')
      .get(guildId);
    return row ? toSettings(row) : undefined;
  }

  listDigestSettings(): DigestSettings[] {
    return this.db
      .prepare<[], SettingsRow>('SELECT * FROM digest_settings WHERE enabled = 1 ORDER BY guild_id')
      .all()
      .map(toSettings);
  }

  /** Creates or replaces a server's digest settings; `now` becomes `updatedAt`. */
  setDigestSettings(settings: Omit<DigestSettings, 'updatedAt'>, now: Date): DigestSettings {
    const updatedAt = now.toISOString();
    this.db
      .prepare(
        `INSERT INTO digest_settings (guild_id, channel_id, time, time_zone, skip_empty, enabled, updated_at)
         VALUES (?, ?, ?, ?, ?, 1, ?)
         ON CONFLICT (guild_id) DO UPDATE SET channel_id = excluded.channel_id, time = excluded.time,
           time_zone = excluded.time_zone, skip_empty = excluded.skip_empty, enabled = 1,
           updated_at = excluded.updated_at`,
      )
      .run(
        settings.guildId,
        settings.channelId,
        settings.time,
        settings.timeZone,
        settings.skipEmpty ? 1 : 0,
        updatedAt,
      );
    return { ...settings, updatedAt };
  }

  /** Turns the digest off; returns false when it was not on. Past deliveries are kept. */
  disableDigest(guildId: string): boolean {
    return this.db.prepare('DELETE FROM digest_settings WHERE guild_id = ?').run(guildId).changes === 1;
  }

  // ---- deliveries ----

  /**
   * Claims a server's local day: writes "sending" unless that day already has a record (other
   * than a finished one from before `supersedeBefore`). Returns false when it has one — whatever
   * its state, that day is not posted again.
   */
  beginDelivery(input: BeginDeliveryInput, now: Date): boolean {
    return this.db
      .transaction(() => {
        const info = this.db
          .prepare(
            `INSERT INTO digest_deliveries
               (guild_id, day_key, channel_id, status, window_from, window_to, started_at)
             VALUES (?, ?, ?, 'sending', ?, ?, ?)
             ON CONFLICT (guild_id, day_key) DO UPDATE SET channel_id = excluded.channel_id,
               status = 'sending', window_from = excluded.window_from, window_to = excluded.window_to,
               message_ids = '[]', reason = NULL, article_count = NULL,
               started_at = excluded.started_at, finished_at = NULL
             WHERE digest_deliveries.status != 'sending' AND digest_deliveries.started_at < ?`,
          )
          .run(
            input.guildId,
            input.dayKey,
            input.channelId,
            input.windowFrom,
            input.windowTo,
            now.toISOString(),
            // No cut-off: the empty string is before every ISO instant, so nothing is replaced.
            input.supersedeBefore ?? '',
          );
        return info.changes === 1;
      })
      .immediate();
  }

  /** Remembers a message as soon as it is posted, so a crash between parts loses nothing. */
  addDeliveryMessage(guildId: string, dayKey: string, messageId: string): void {
    this.db
      .prepare(
        `UPDATE digest_deliveries SET message_ids = json_insert(message_ids, '$[#]', ?)
         WHERE guild_id = ? AND day_key = ? AND status = 'sending'`,
      )
      .run(messageId, guildId, dayKey);
  }

  completeDelivery(
    guildId: string,
    dayKey: string,
    result: { messageIds: readonly string[]; articleCount: number; reason?: string | undefined },
    now: Date,
  ): void {
    this.db
      .prepare(
        `UPDATE digest_deliveries SET status = 'sent', message_ids = ?, article_count = ?, reason = ?, finished_at = ?
         WHERE guild_id = ? AND day_key = ?`,
      )
      .run(
        JSON.stringify(result.messageIds),
        result.articleCount,
        result.reason ?? null,
        now.toISOString(),
        guildId,
        dayKey,
      );
  }

  failDelivery(guildId: string, dayKey: string, reason: string, now: Date): void {
    this.db
      .prepare(
        `UPDATE digest_deliveries SET status = 'failed', reason = ?, finished_at = ? WHERE guild_id = ? AND day_key = ?`,
      )
      .run(reason, now.toISOString(), guildId, dayKey);
  }

  /** A "sending" found not to have been posted is started again: same day, window up to now. */
  restartDelivery(guildId: string, dayKey: string, windowTo: string, now: Date): void {
    this.db
      .prepare(
        `UPDATE digest_deliveries SET started_at = ?, window_to = ?, message_ids = '[]', reason = NULL
         WHERE guild_id = ? AND day_key = ? AND status = 'sending'`,
      )
      .run(now.toISOString(), windowTo, guildId, dayKey);
  }

  /** Notes why a "sending" is still pending (a transient error), for `/digest status` and logs. */
  noteDelivery(guildId: string, dayKey: string, reason: string): void {
    this.db
      .prepare(
        `UPDATE digest_deliveries SET reason = ? WHERE guild_id = ? AND day_key = ? AND status = 'sending'`,
      )
      .run(reason, guildId, dayKey);
  }

  /** Records a day that gets no post (offline all that day, or nothing new with `skip_empty`). */
  recordSkipped(guildId: string, dayKey: string, channelId: string, reason: string, now: Date): boolean {
    const info = this.db
      .prepare(
        `INSERT OR IGNORE INTO digest_deliveries (guild_id, day_key, channel_id, status, reason, started_at, finished_at)
         VALUES (?, ?, ?, 'skipped', ?, ?, ?)`,
      )
      .run(guildId, dayKey, channelId, reason, now.toISOString(), now.toISOString());
    return info.changes === 1;
  }

  getDelivery(guildId: string, dayKey: string): DigestDelivery | undefined {
    const row = this.db
      .prepare<[string, string], DeliveryRow>(
        'SELECT * FROM digest_deliveries WHERE guild_id = ? AND day_key = ?',
      )
      .get(guildId, dayKey);
    return row ? toDelivery(row) : undefined;
  }

  /** The latest delivery record of a server, whatever its outcome. */
  lastDelivery(guildId: string): DigestDelivery | undefined {
    const row = this.db
      .prepare<[string], DeliveryRow>(
        'SELECT * FROM digest_deliveries WHERE guild_id = ? ORDER BY day_key DESC LIMIT 1',
      )
      .get(guildId);
    return row ? toDelivery(row) : undefined;
  }

  /** The latest digest actually posted: its window end starts the next digest's window. */
  lastSentDelivery(guildId: string): DigestDelivery | undefined {
    const row = this.db
      .prepare<[string], DeliveryRow>(
        "SELECT * FROM digest_deliveries WHERE guild_id = ? AND status = 'sent' ORDER BY day_key DESC LIMIT 1",
      )
      .get(guildId);
    return row ? toDelivery(row) : undefined;
  }

  /** Deliveries left in "sending" (by a crash); they are reconciled before anything is retried. */
  pendingDeliveries(): DigestDelivery[] {
    return this.db
      .prepare<[], DeliveryRow>(
        "SELECT * FROM digest_deliveries WHERE status = 'sending' ORDER BY guild_id, day_key",
      )
      .all()
      .map(toDelivery);
  }

  listDeliveries(guildId: string): DigestDelivery[] {
    return this.db
      .prepare<[string], DeliveryRow>('SELECT * FROM digest_deliveries WHERE guild_id = ? ORDER BY day_key')
      .all(guildId)
      .map(toDelivery);
  }

  // ---- article first-seen times ----

  /**
   * Records when articles were first seen; ids already known keep their first time.
   * Returns how many were new.
   */
  recordFirstSeen(entries: ReadonlyArray<{ id: string; at: Date }>): number {
    const insert = this.db.prepare(
      'INSERT OR IGNORE INTO article_first_seen (article_id, first_seen) VALUES (?, ?)',
    );
    return this.db.transaction(() =>
      entries.reduce((n, e) => n + insert.run(e.id, e.at.toISOString()).changes, 0),
    )();
  }

  /** Article id → ISO instant it was first seen. */
  firstSeen(): Map<string, string> {
    const rows = this.db
      .prepare<[], { article_id: string; first_seen: string }>(
        'SELECT article_id, first_seen FROM article_first_seen',
      )
      .all();
    return new Map(rows.map((r) => [r.article_id, r.first_seen]));
  }

  firstSeenCount(): number {
    return this.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM article_first_seen').get()?.n ?? 0;
  }

  /**
   * What happened to the database file since it was opened: `undefined` while it is still there
   * (and always for `:memory:`), else `deleted` or `replaced by another file`. SQLite keeps writing
   * into a deleted file, so without this check every setting written afterwards would vanish at
   * the next start, silently.
   */
  fileProblem(): string | undefined {
    if (this.fileIdentity === undefined) return undefined;
    const now = identityOf(this.path);
    if (now === undefined) return 'deleted';
    return now === this.fileIdentity ? undefined : 'replaced by another file';
  }

  /**
   * Checks {@link fileProblem} every `intervalMs` (unref'd) and calls `onLost` once with the
   * problem; returns a function that stops checking.
   */
  watchFile(onLost: (problem: string) => void, intervalMs = 5_000): () => void {
    if (this.fileIdentity === undefined) return () => undefined;
    const timer = setInterval(() => {
      const problem = this.fileProblem();
      if (problem === undefined) return;
      clearInterval(timer);
      onLost(problem);
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function identityOf(path: string): string | undefined {
  try {
    const s = statSync(path);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Opens (creating the parent folder and the file if needed) and migrates the database.
 * `':memory:'` gives a private in-memory database, for tests.
 */
export function openDatabase(path: string): FactdeskDatabase {
  return new FactdeskDatabase(path);
}
