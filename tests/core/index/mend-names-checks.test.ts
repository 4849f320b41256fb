import { describe, expect, it, vi } from 'vitest';
import type * as Spelling from '../../../src/core/text/spelling.js';

// typedAsName counted: the mender should match a typed run only against names that could be it.
const matched = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/core/text/spelling.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Spelling>();
  return {
    ...actual,
    typedAsName: (typed: string, name: string): boolean => {
      matched.count++;
      return actual.typedAsName(typed, name);
    },
  };
});

const { buildNameDirectory, mendNames } = await import('../../../src/core/index/name-directory.js');

describe('a name typed with a slip, among many names the known words open', () => {
  // Names that "on", "the" and "pier" open, none of them near "mollbrook", and the one name that is.
  const listed = new Map<string, number>([['Ansel Mollbrook', 3], ['Pier Nine Trust', 2]]);
  for (let i = 0; i < 30; i++) {
    listed.set(`Ontario Feeder ${String.fromCharCode(97 + (i % 26))}${i}`, 1);
    listed.set(`The Lantern Guild ${i}`, 1);
    listed.set(`Pierce Holloway ${i}`, 1);
  }
  const directory = buildNameDirectory(listed);
  const vocabulary = new Set(['who', 'met', 'ansel', 'on', 'the', 'pier', 'at', 'dawn']);
  const mend = (text: string): string => mendNames(text, (word) => directory.complete(word, 25, false), (word) => vocabulary.has(word));

  it('GIVEN "ansel mollbrok" THEN it is mended, and only names with a word near "mollbrok" are matched against the runs', () => {
    matched.count = 0;
    expect(mend('who met ansel mollbrok on the pier at dawn')).toBe('who met ansel mollbrook on the pier at dawn');
    // Before, every name "ansel", "on", "the" and "pier" open (25 each) was matched against each run holding the word.
    expect(matched.count).toBeLessThan(10);
  });

  it('GIVEN a courtesy title no article writes ("mrs mollbrook") THEN it needs no name word near it: the name is still found', () => {
    const titled = buildNameDirectory(new Map([['Mollbrook', 3]]));
    const words = new Set(['where', 'does', 'mollbrook', 'live']);
    expect(mendNames('where does mrs mollbrok live', (word) => titled.complete(word, 25, false), (word) => words.has(word))).toBe('where does mrs mollbrok live');
    expect(mendNames('where does mrs mollbrook live', (word) => titled.complete(word, 25, false), (word) => words.has(word))).toBe('where does mollbrook live');
  });
});
