/**
 * `npm run digest -- [--since YYYY-MM-DD] [--knowledge DIR] [--timezone ZONE] [--database PATH]`
 *
 * Prints a digest to stdout in the words the bot uses: the articles published (or, with a
 * database, first seen) since the start of `--since` (default: the last 24 hours), newest first,
 * then the dated events of that period. Logs and errors go to stderr. `--knowledge` defaults to
 * KNOWLEDGE_DIR, from the environment or `.env` (see `loadConfig`). A knowledge folder or database
 * that cannot be read exits 2 with one line naming it, as bad arguments do.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { buildDigest, digestText, sinceInput } from '../core/digest/index.js';
import { isIsoDate } from '../core/knowledge/knowledge-schema.js';
import { isValidTimeZone } from '../core/schedule/time-zone.js';
import { openDatabase } from '../io/database.js';
import { unreadableKnowledgeDir } from '../io/knowledge-dir.js';
import { loadKnowledgeBase } from '../io/load-knowledge-base.js';

const USAGE =
  'usage: npm run digest -- [--since YYYY-MM-DD] [--knowledge DIR] [--timezone ZONE] [--database PATH]\n';

async function main(): Promise<number> {
  const config = loadConfig({ scope: 'cli' });
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        since: { type: 'string' },
        knowledge: { type: 'string', default: config.knowledgeDir },
        timezone: { type: 'string', default: Intl.DateTimeFormat().resolvedOptions().timeZone },
        database: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    process.stderr.write(`digest: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.since !== undefined && !isIsoDate(values.since)) {
    process.stderr.write(`digest: --since must be a real date written YYYY-MM-DD, not "${values.since}"\n`);
    return 2;
  }
  if (!isValidTimeZone(values.timezone)) {
    process.stderr.write(
      `digest: --timezone must be an IANA time zone such as Europe/London, not "${values.timezone}"\n`,
    );
    return 2;
  }
  const unreadable = await unreadableKnowledgeDir(values.knowledge);
  if (unreadable !== undefined) {
    process.stderr.write(`digest: ${unreadable}\n`);
    return 2;
  }
  const { kb, problems } = await loadKnowledgeBase(values.knowledge);
  for (const p of problems)
    process.stderr.write(`${p.line > 0 ? `${p.file}:${p.line}` : p.file}: ${p.message}\n`);
  // First-seen times only from an existing database: a preview must not create one.
  let firstSeen: ReadonlyMap<string, string> = new Map();
  if (values.database !== undefined) {
    if (!existsSync(values.database)) {
      process.stderr.write(`digest: no database at ${values.database}\n`);
      return 2;
    }
    const db = openDatabase(values.database);
    firstSeen = db.firstSeen();
    db.close();
  }
  const digest = buildDigest(kb, sinceInput(values.since, new Date(), values.timezone, firstSeen));
  process.stdout.write(`${digestText(digest)}\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`digest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
