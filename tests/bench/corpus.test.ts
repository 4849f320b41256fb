import { describe, expect, it } from 'vitest';
import { cutIntoPieces, generateArticles } from '../../src/bench/corpus.js';
import type { BrownArticle } from '../../src/io/brown-corpus.js';

/** A paragraph of `n` words, written for this test. */
function words(n: number, word = 'word'): string {
  return `${Array.from({ length: n }, () => word).join(' ')}.`;
}

const STORIES: BrownArticle[] = [
  { file: 'cx01', title: 'Short story', paragraphs: [words(40)] },
  {
    file: 'cx01',
    title: 'Long story',
    paragraphs: [
      words(300),
      words(350),
      `Second part starts here with news. ${words(300)}`,
      words(320),
      words(50),
    ],
  },
];

describe('cutIntoPieces', () => {
  const pieces = cutIntoPieces(STORIES);

  it('keeps a short story whole and cuts a long one into article-sized pieces', () => {
    expect(pieces.map((p) => p.paragraphs.length)).toEqual([1, 2, 3]);
  });

  it('titles the first piece with the headline and later ones with their first words', () => {
    expect(pieces.map((p) => p.title)).toEqual([
      'Short story',
      'Long story',
      'Second part starts here with news',
    ]);
  });

  it('joins a short tail to the piece before it rather than leaving a stub article', () => {
    expect(pieces[2]?.paragraphs.at(-1)).toBe(words(50));
  });
});

describe('generateArticles', () => {
  const pieces = cutIntoPieces(STORIES);

  it('reuses pieces with varied titles and dates to reach the count, each (date, title) unique', () => {
    const articles = generateArticles(pieces, { count: 40, seed: 1 });
    expect(articles).toHaveLength(40);
    const keys = new Set(articles.map((a) => `${a.published}|${a.title}`));
    expect(keys.size).toBe(40);
    expect(articles.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.published))).toBe(true);
    expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThan(pieces.length);
  });

  it('builds the same articles from the same seed', () => {
    expect(generateArticles(pieces, { count: 5, seed: 9 })).toEqual(
      generateArticles(pieces, { count: 5, seed: 9 }),
    );
  });

  it('throws on an empty corpus instead of building nothing', () => {
    expect(() => generateArticles([], { count: 3 })).toThrow(/no corpus pieces/);
  });
});
