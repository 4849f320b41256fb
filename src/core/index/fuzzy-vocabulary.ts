import Fuse from 'fuse.js';
import { boundedCache } from '../bounded-cache.js';

export interface FuzzyMatch {
  word: string;
  /** 0 is a perfect match, 1 no match (fuse.js score). */
  score: number;
}

/** Typos rarely touch the first letter and change the length by one or two at most. */
const LENGTH_SLACK = 2;
const THRESHOLD = 0.34;
/** The shortest word looked up or offered. */
const MIN_LENGTH = 4;

const FUSE_OPTIONS = { includeScore: true, threshold: THRESHOLD, ignoreLocation: true, isCaseSensitive: true } as const;
/** Lookups remembered per vocabulary: a misspelling is often asked again (a rephrased question, a retry). */
const CACHE_LIMIT = 1_024;

/**
 * The letters a to z a word holds, one bit each (other characters hold none).
 *
 * @example
 * letterMask('abba') === 0b11; // true
 */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const letter = word.charCodeAt(i) - 97;
    if (letter >= 0 && letter < 26) mask |= 1 << letter;
  }
  return mask;
}

/**
 * How many of the letters a to z in `needle` (each counted once) are nowhere in `word`, from their
 * {@link letterMask}s: never more than the letters the word lacks counted with repeats, so a word
 * this alone puts past the threshold is past it by that count too.
 *
 * @example
 * lettersAbsent(letterMask('croker'), letterMask('crocker')); // 0
 * lettersAbsent(letterMask('iran'), letterMask('oman')); // 2 (i, r)
 */
export function lettersAbsent(needle: number, word: number): number {
  let absent = needle & ~word;
  absent -= (absent >>> 1) & 0x55555555;
  absent = (absent & 0x33333333) + ((absent >>> 2) & 0x33333333);
  return (((absent + (absent >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Fuzzy lookup of misspelt words ("Croker", "McCormak", "Iranain") in a knowledge base's
 * vocabulary. One fuse.js index over the whole vocabulary would be searched linearly on every
 * keystroke; instead words are bucketed by first letter and length, and within a bucket only the
 * words that could possibly be close enough go to fuse.js (see `missingLetters` and `missingPairs`), so a lookup runs
 * fuse.js over a handful of words even at 10,000 articles.
 *
 * @example
 * const vocabulary = buildFuzzyVocabulary(['crocker', 'mccormack']);
 * vocabulary.closest('croker'); // [{ word: 'crocker', score: 0.1… }]
 */
export function buildFuzzyVocabulary(words: Iterable<string>): { closest(word: string, limit?: number): FuzzyMatch[] } {
  const buckets = new Map<string, string[]>();
  for (const word of words) {
    // Words under four letters are neither offered nor looked up: one letter off is another word
    // ("thee" is not a typo of "the"). Nor are words with digits.
    if (word.length < MIN_LENGTH || /\d/.test(word)) continue;
    const key = `${word[0]}:${word.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(word);
    else buckets.set(key, [word]);
  }
  // fuse.js breaks ties in score by position: sorted buckets make the words kept at equal scores
  // the same whatever order the vocabulary was built in (a reload must answer like a fresh build).
  for (const bucket of buckets.values()) bucket.sort();
  /** Per bucket, each word's {@link letterMask}, in the bucket's order. */
  const masks = new Map<string, Int32Array>();
  for (const [key, bucket] of buckets) masks.set(key, Int32Array.from(bucket, letterMask));
  // Letter counts by UTF-16 code unit, as fuse.js compares text; reset after every word.
  const needed = new Int32Array(65_536);
  const present = new Int32Array(65_536);

  /**
   * How many letters of the needle (counted with repeats) `word` lacks. fuse.js scores a match as
   * its edit errors over the needle's length, and every letter the word lacks is at least one
   * error, so this bounds the score from below without running fuse.js.
   */
  const missingLetters = (needle: string, word: string, enough: number): number => {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      present[code] = (present[code] as number) + 1;
    }
    let missing = 0;
    for (let i = 0; i < needle.length && missing <= enough; i++) {
      const code = needle.charCodeAt(i);
      // Count each distinct letter once: on its first occurrence in the needle.
      if (needle.indexOf(needle[i] as string) !== i) continue;
      missing += Math.max(0, (needed[code] as number) - (present[code] as number));
    }
    for (let i = 0; i < word.length; i++) present[word.charCodeAt(i)] = 0;
    return missing;
  };

  /**
   * How many of the needle's adjacent letter pairs (by position) `word` holds nowhere. fuse.js
   * counts the edits of the best approximate match of the needle inside the word, and one edit
   * breaks at most the two pairs its letter belongs to: the pairs no edit touches stand in the
   * match, so an edit count below half of this is impossible. A word with the needle's letters
   * in another order lacks most of its pairs, which the letter count alone does not see.
   */
  const missingPairs = (pairs: readonly string[], word: string): number => {
    let missing = 0;
    for (const pair of pairs) if (!word.includes(pair)) missing++;
    return missing;
  };

  /** The closest words of the vocabulary to a lower-case `needle`, as fuse.js ranks them. */
  function lookUp(needle: string, limit: number): FuzzyMatch[] {
    for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      needed[code] = (needed[code] as number) + 1;
    }
    const pairs: string[] = [];
    for (let i = 0; i + 1 < needle.length; i++) pairs.push(needle.slice(i, i + 2));
    const needleMask = letterMask(needle);
    const matches: FuzzyMatch[] = [];
    for (let length = needle.length - LENGTH_SLACK; length <= needle.length + LENGTH_SLACK; length++) {
      const key = `${needle[0]}:${length}`;
      const bucket = buckets.get(key);
      const bucketMasks = masks.get(key);
      if (!bucket || !bucketMasks) continue;
      const penalty = Math.abs(length - needle.length) * 0.08;
      // A word whose missing letters alone put it past the threshold cannot be kept below, and
      // dropping it changes neither fuse.js's scores nor the order of the words that remain.
      const enough = Math.floor((THRESHOLD - penalty) * needle.length) + 1;
      const possible = bucket.filter((candidate, i) => {
        // Most words lack enough of the needle's letters outright: their masks tell, without counting.
        if (lettersAbsent(needleMask, bucketMasks[i] as number) / needle.length + penalty > THRESHOLD + 1e-9) return false;
        const missing = missingLetters(needle, candidate, enough);
        if (missing / needle.length + penalty > THRESHOLD + 1e-9) return false;
        return Math.max(missing, Math.ceil(missingPairs(pairs, candidate) / 2)) / needle.length + penalty <= THRESHOLD + 1e-9;
      });
      if (possible.length === 0) continue;
      for (const result of new Fuse(possible, FUSE_OPTIONS).search(needle, { limit })) {
        // Penalise length differences that fuse's substring matching forgives ("iran" in "iranian").
        const score = (result.score ?? 1) + penalty;
        if (score <= THRESHOLD && result.item !== needle) matches.push({ word: result.item, score });
      }
    }
    for (let i = 0; i < needle.length; i++) needed[needle.charCodeAt(i)] = 0;
    return matches.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word)).slice(0, limit);
  }

  /** Answers by limit and needle (`limit:needle`): the vocabulary never changes, so neither do they. */
  const remembered = boundedCache(CACHE_LIMIT, (key: string): readonly FuzzyMatch[] => {
    const colon = key.indexOf(':');
    return lookUp(key.slice(colon + 1), Number(key.slice(0, colon)));
  });

  return {
    closest(word: string, limit = 3): FuzzyMatch[] {
      const needle = word.toLowerCase();
      if (needle.length < MIN_LENGTH) return [];
      // Copies: a caller may change what it gets without changing what is remembered.
      return remembered(`${limit}:${needle}`).map((m) => ({ word: m.word, score: m.score }));
    },
  };
}
