/**
 * Versioned schema migrations for the embedded database. Migration N brings the schema from
 * `PRAGMA user_version = N - 1` to `N`; each runs in its own transaction, so a crash mid-upgrade
 * leaves the previous version intact. Append new migrations; never edit a shipped one.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'question channels, digest settings, digest deliveries, article first-seen times',
    sql: `
      CREATE TABLE question_channels (
        guild_id   TEXT NOT NULL,
        channel_id TEXT NOT NULL,
        added_at   TEXT NOT NULL,
        PRIMARY KEY (guild_id, channel_id)
      ) WITHOUT ROWID;

      CREATE TABLE digest_settings (
        guild_id   TEXT PRIMARY KEY,
        channel_id TEXT NOT NULL,
        time       TEXT NOT NULL,          -- HH:MM, 24 h, local to time_zone
        time_zone  TEXT NOT NULL,          -- IANA name
        skip_empty INTEGER NOT NULL DEFAULT 0,
        enabled    INTEGER NOT NULL DEFAULT 1,
        updated_at TEXT NOT NULL           -- ISO instant; occurrences before it are not owed
      );

      -- One row per server and local day: the primary key is what makes a second post impossible.
      CREATE TABLE digest_deliveries (
        guild_id    TEXT NOT NULL,
        day_key     TEXT NOT NULL,         -- YYYY-MM-DD in the server's time zone
        channel_id  TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('sending', 'sent', 'failed', 'skipped')),
        window_from TEXT,                  -- ISO instants covered by the digest
        window_to   TEXT,
        message_ids TEXT NOT NULL DEFAULT '[]',
        reason      TEXT,
        article_count INTEGER,
        started_at  TEXT NOT NULL,
        finished_at TEXT,
        PRIMARY KEY (guild_id, day_key)
      ) WITHOUT ROWID;
      CREATE INDEX digest_deliveries_status ON digest_deliveries (status);

      CREATE TABLE article_first_seen (
        article_id TEXT PRIMARY KEY,
        first_seen TEXT NOT NULL           -- ISO instant
      ) WITHOUT ROWID;
    `,
  },
];
