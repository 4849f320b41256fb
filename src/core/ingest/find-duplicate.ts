import { createHash } from 'node:crypto';

/**
 * The key two knowledge files share when they hold the same story body: the paragraphs with
 * whitespace normalised (and invisible characters dropped), hashed. Titles and front matter do not
 * count, so the same story ingested under another title is still found.
 *
 * @example bodyKey(['It  rained.\n', 'Then it stopped.']) === bodyKey(['It rained.', 'Then  it stopped.']) // true
 */
export function bodyKey(paragraphs: readonly string[]): string {
  // Paragraph breaks count as any other whitespace: a hand-wrapped copy is the same story.
  const text = paragraphs
    .join(' ')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Groups of files holding the same body, each group in the order given (only groups of two or more).
 *
 * @example findDuplicateBodies([{ file: 'a.md', paragraphs: ['X.'] }, { file: 'b.md', paragraphs: ['X.'] }]) // → [['a.md', 'b.md']]
 */
export function findDuplicateBodies(files: readonly { file: string; paragraphs: readonly string[] }[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const { file, paragraphs } of files) {
    const key = bodyKey(paragraphs);
    const group = groups.get(key) ?? [];
    group.push(file);
    groups.set(key, group);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
