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

/** Fills `{placeholders}`; an unknown one stays visible so a missing value is noticed. */
export function fillDigestWords(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
