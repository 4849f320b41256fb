/**
 * `/digest preview [YYYY-MM-DD]` at the console: the digest as it would be posted now, in the same
 * words as the bot — for the last 24 hours, or since the start of the given day.
 */
import { isIsoDate } from '../core/knowledge/knowledge-schema.js';
import { userErrorMessage } from '../render/messages.js';
import type { ConsoleCommand } from './console.js';

export interface DigestConsoleOptions {
  /** Article id → first-seen instant (the database); empty without one. */
  firstSeen: () => ReadonlyMap<string, string>;
  now?: () => Date;
  /** Default: the machine's own zone, as a person at the console expects. */
  timeZone?: string;
}

/** `/digest` subcommands that act on a Discord channel. */
const DISCORD_DIGEST = new Set(['setup', 'off', 'status']);

export const DIGEST_CONSOLE_USAGE =
  'Usage: /digest preview [YYYY-MM-DD] — the digest since that day, or of the last 24 hours.';

export function digestConsoleCommand(options: DigestConsoleOptions): ConsoleCommand {
  const timeZone = options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = options.now ?? (() => new Date());
  return {
    name: 'digest',
    usage: '/digest preview [YYYY-MM-DD]',
    description: 'The daily digest as it would be posted now (since a day, or the last 24 hours)',
    async run(args, kb) {
      const [sub = 'preview', since, ...extra] = args.split(/\s+/).filter(Boolean);
      // Setting a channel's digest up needs a server: say so, rather than how to preview.
      if (DISCORD_DIGEST.has(sub)) return userErrorMessage('discord-only', { usage: `/digest ${sub}` });
      if (sub !== 'preview' || extra.length > 0 || (since !== undefined && !isIsoDate(since)))
        return DIGEST_CONSOLE_USAGE;
      // Loaded on the first preview, not at start: the prompt needs none of it (nor its time zones).
      const { buildDigest, digestText, sinceInput } = await import('../core/digest/index.js');
      return digestText(buildDigest(kb, sinceInput(since, now(), timeZone, options.firstSeen())));
    },
  };
}
