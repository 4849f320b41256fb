import Fuse from 'fuse.js';

export interface FuzzyMatch {
  word: string;
  /** 0 is a perfect match, 1 no match (fuse.js score). */
  score: number;
}

/** Typos rarely touch the first letter and change the length by one or two at most. */
const LENGTH_SLACK = 2;
const THRESHOLD = 0.34;

/**
 * Fuzzy lookup of misspelt words ("Croker", "McCormak", "Iranain") in a knowledge base's
 * vocabulary. One fuse.js index over the whole vocabulary would be searched linearly on every
 * keystroke; instead words are bucketed by first letter and length and a bucket's index is built
 * the first time it is needed, so a lookup scans a few hundred words even at 10,000 articles.
 *
 * @example
 * const vocabulary = buildFuzzyVocabulary(['crocker', 'mccormack']);
 * vocabulary.closest('croker'); // [{ word: 'crocker', score: 0.1… }]
 */
export function buildFuzzyVocabulary(words: Iterable<string>): { closest(word: string, limit?: number): FuzzyMatch[] } {
  const buckets = new Map<string, string[]>();
  for (const word of words) {
    if (word.length < 4 || /\d/.test(word)) continue;
    const key = `${word[0]}:${word.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(word);
    else buckets.set(key, [word]);
  }
  const indexes = new Map<string, Fuse<string>>();
  const indexFor = (key: string): Fuse<string> | undefined => {
    let fuse = indexes.get(key);
    if (!fuse) {
      const bucket = buckets.get(key);
      if (!bucket) return undefined;
      fuse = new Fuse(bucket, { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true });
      indexes.set(key, fuse);
    }
    return fuse;
  };

  return {
    closest(word: string, limit = 3): FuzzyMatch[] {
      const needle = word.toLowerCase();
      if (needle.length < 4) return [];
      const matches: FuzzyMatch[] = [];
      for (let length = needle.length - LENGTH_SLACK; length <= needle.length + LENGTH_SLACK; length++) {
        const fuse = indexFor(`${needle[0]}:${length}`);
        if (!fuse) continue;
        for (const result of fuse.search(needle, { limit })) {
          // Penalise length differences that fuse's substring matching forgives ("iran" in "iranian").
          const score = (result.score ?? 1) + Math.abs(length - needle.length) * 0.08;
          if (score <= THRESHOLD && result.item !== needle) matches.push({ word: result.item, score });
        }
      }
      return matches.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word)).slice(0, limit);
    },
  };
}
