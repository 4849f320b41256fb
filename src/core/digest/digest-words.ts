/**
 * Every sentence a digest says, shared by the Discord renderer, the console and the CLI so they
 * word it the same way.
 */
export const DIGEST_WORDS = {
  title: 'Daily digest — {day}',
  countOne: '1 new article since {since}',
  countMany: '{count} new articles since {since}',
  nothingNew: 'Nothing new since {since}.',
  more: '… and {count} more — see /sources',
  timeline: 'On the timeline',
  moreTimeline: '… and {count} more dated events — see /timeline',
  part: '({part}/{parts})',
  added: 'added to the knowledge base {date}',
} as const;

/**
 * What `/digest` (and the console's `/digest preview`) say. Plain words only: each edge's renderer
 * fills `{channel}` and `{next}` from the data (a channel id, an instant) — on Discord as a channel
 * mention and a timestamp shown in each reader's zone — so no Discord markup lives in the core.
 */
export const DIGEST_COMMAND_WORDS = {
  invalidTime: '"{time}" is not a time of day. Use 24-hour HH:MM, for example 08:00 or 18:30.',
  invalidTimeZone:
    '"{zone}" is not a time zone I know. Pick one from the list, for example Europe/London or America/New_York.',
  notInServer: 'The daily digest is set per server: use this command in a server.',
  missingPermission: 'You need the Manage Server permission to change the daily digest.',
  notTextChannel: 'The digest can only be posted in a text or announcement channel.',
  unavailable: 'The daily digest is not available right now.',
  setupDone: 'Daily digest on: every day at {time} ({zone}) in {channel}{skip}. Next post: {next}.',
  setupSkipEmpty: ', skipped on days with nothing new',
  off: 'Daily digest off. Past deliveries are kept; turn it on again with /digest setup.',
  alreadyOff: 'The daily digest is not on. Turn it on with /digest setup.',
  statusOff: 'Daily digest: off. Turn it on with /digest setup.',
  statusOn: 'Daily digest: every day at {time} ({zone}) in {channel}{skip}.',
  statusNext: 'Next post: {next}.',
  statusNever: 'Last delivery: none yet.',
  statusLast: 'Last delivery: {day} — {outcome}.',
  outcomeSent: 'sent',
  outcomeSending: 'being posted',
  outcomeFailed: 'failed: {reason}',
  outcomeSkipped: 'skipped: {reason}',
} as const;

/**
 * Fills `{placeholders}`; an unknown one stays visible so a missing value is noticed.
 *
 * @example
 * fillDigestWords(DIGEST_WORDS.more, { count: 3 }); // '… and 3 more — see /sources'
 */
export function fillDigestWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
