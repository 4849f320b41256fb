import fc from 'fast-check';
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildFuzzyVocabulary, letterMask, lettersAbsent, type FuzzyMatch } from '../../../src/core/index/fuzzy-vocabulary.js';

/**
 * The plain definition: fuse.js over every word with the same initial and a length within two.
 * Words shorter than four letters are never offered (as they are never looked up): "thee" must not
 * become "the".
 */
function reference(words: readonly string[], word: string, limit: number): FuzzyMatch[] {
  const needle = word.toLowerCase();
  if (needle.length < 4) return [];
  const matches: FuzzyMatch[] = [];
  for (let length = Math.max(4, needle.length - 2); length <= needle.length + 2; length++) {
    const bucket = words.filter((w) => w.length === length && w[0] === needle[0] && !/\d/.test(w)).sort();
    if (bucket.length === 0) continue;
    const fuse = new Fuse(bucket, { includeScore: true, threshold: 0.34, ignoreLocation: true, isCaseSensitive: true });
    for (const result of fuse.search(needle, { limit })) {
      const score = (result.score ?? 1) + Math.abs(length - needle.length) * 0.08;
      if (score <= 0.34 && result.item !== needle) matches.push({ word: result.item, score });
    }
  }
  return matches.sort((a, b) => a.score - b.score || a.word.localeCompare(b.word)).slice(0, limit);
}

describe('buildFuzzyVocabulary', () => {
  it('GIVEN words of equal score beyond the limit THEN the same ones are kept whatever order the vocabulary came in', () => {
    const words = ['seceded', 'scenes', 'seemed', 'sealed', 'scaled'];
    const forward = buildFuzzyVocabulary(words).closest('sceded', 2);
    expect(buildFuzzyVocabulary([...words].reverse()).closest('sceded', 2)).toEqual(forward);
    expect(forward.map((m) => m.word)).toEqual(['seceded', 'scaled']);
  });

  it('finds the word a typo stands for, closest first', () => {
    const vocabulary = buildFuzzyVocabulary(['crocker', 'crockery', 'mccormack', 'iranian', 'ambassador']);
    expect(vocabulary.closest('croker')[0]?.word).toBe('crocker');
    expect(vocabulary.closest('McCormak')[0]?.word).toBe('mccormack');
    expect(vocabulary.closest('ambasador')[0]?.word).toBe('ambassador');
    expect(vocabulary.closest('zebra')).toEqual([]);
  });

  it('never offers the word itself, however close', () => {
    expect(buildFuzzyVocabulary(['talks', 'talk']).closest('talks').map((m) => m.word)).toEqual(['talk']);
  });

  it('never offers a word shorter than four letters, nor looks one up', () => {
    const vocabulary = buildFuzzyVocabulary(['aaa', 'tho', 'thud']);
    expect(vocabulary.closest('aaaa', 1)).toEqual([]);
    expect(vocabulary.closest('thou').map((m) => m.word)).toEqual(['thud']);
    expect(vocabulary.closest('thu')).toEqual([]);
  });

  it('gives exactly what fuse.js over the whole length-and-initial bucket gives', () => {
    const letter = fc.constantFrom(...'aeinorstcl');
    const word = fc.string({ unit: letter, minLength: 3, maxLength: 9 });
    fc.assert(
      // A vocabulary lists each word once.
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 60 }), word, fc.integer({ min: 1, max: 4 }), (words, needle, limit) => {
        const vocabulary = buildFuzzyVocabulary(words);
        expect(vocabulary.closest(needle, limit)).toEqual(reference(words, needle, limit));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN words with the needle\'s letters in other orders (all its letters, few of its pairs) THEN it gives exactly what fuse.js gives', () => {
    const letter = fc.constantFrom(...'aeinorst');
    const swaps = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.string({ unit: letter, minLength: 5, maxLength: 12 }), fc.array(swaps, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (needle, shuffles, limit) => {
        // Each word is the needle with a few letters swapped; one in three also loses its last letter.
        const words = [
          ...new Set(
            shuffles.map((pairs, n) => {
              const letters = [...needle];
              for (const [a, b] of pairs) {
                const i = a % letters.length;
                const j = b % letters.length;
                [letters[i], letters[j]] = [letters[j] as string, letters[i] as string];
              }
              return (n % 3 === 2 ? letters.slice(0, -1) : letters).join('');
            }),
          ),
        ];
        expect(buildFuzzyVocabulary(words).closest(needle, limit)).toEqual(reference(words, needle, limit));
      }),
      { numRuns: 400 },
    );
  });

  it('GIVEN misspellings asked again, past the remembered ones and with a caller editing what it got THEN each answer is what a fresh vocabulary gives', () => {
    const letter = fc.constantFrom(...'aeinorstcl');
    const word = fc.string({ unit: letter, minLength: 4, maxLength: 8 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(word, fc.integer({ min: 1, max: 3 })), { minLength: 1, maxLength: 12 }), (words, asked) => {
        const vocabulary = buildFuzzyVocabulary(words);
        // Each lookup asked twice in a row, then the whole run again: the second answers come from memory.
        for (const [needle, limit] of [...asked, ...asked]) {
          const first = vocabulary.closest(needle, limit);
          expect(first).toEqual(reference(words, needle, limit));
          for (const match of first) match.word = 'edited';
          expect(vocabulary.closest(needle, limit)).toEqual(reference(words, needle, limit));
        }
      }),
      { numRuns: 150 },
    );
    // More distinct misspellings than are remembered: the oldest are forgotten, answers unchanged.
    const words = ['crocker', 'crockery', 'mccormack', 'iranian', 'ambassador', 'council', 'counsel'];
    const vocabulary = buildFuzzyVocabulary(words);
    const needles = Array.from({ length: 1_500 }, (_, i) => `${['croke', 'counc', 'irana'][i % 3]}${String.fromCharCode(97 + (i % 26), 97 + (Math.floor(i / 26) % 26))}`);
    expect(new Set(needles).size).toBe(1_500);
    for (const needle of [...needles, ...needles.slice(0, 50)]) expect(vocabulary.closest(needle, 2)).toEqual(reference(words, needle, 2));
  });
});

describe('the letters a word lacks, from masks', () => {
  /** The needle's letters the word lacks, counted with repeats: "lured" lacks two of the three l's of "lulled". */
  const missing = (needle: string, word: string): number => {
    let count = 0;
    for (const letter of new Set(needle)) count += Math.max(0, needle.split(letter).length - word.split(letter).length);
    return count;
  };

  it('GIVEN a needle and a word THEN the letters it lacks outright, each once', () => {
    expect(letterMask('abba')).toBe(0b11);
    expect(letterMask('zebra')).toBe((1 << 25) | (1 << 4) | (1 << 1) | (1 << 17) | 1);
    expect(letterMask("o'brien-é")).toBe(letterMask('obrien'));
    expect(lettersAbsent(letterMask('croker'), letterMask('crocker'))).toBe(0);
    expect(lettersAbsent(letterMask('harbour'), letterMask('harbor'))).toBe(1);
    expect(lettersAbsent(letterMask('quillbrook'), letterMask('tanner'))).toBe(7);
    expect(lettersAbsent(letterMask('abcdefghijklmnopqrstuvwxyz'), 0)).toBe(26);
  });

  it('GIVEN any needle and word THEN never more than the letters the word lacks counted with repeats (so a word it rules out was out)', () => {
    const letter = fc.constantFrom(...'aeinorstclz-\'é');
    const word = fc.string({ unit: letter, minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(word, word, (needle, other) => {
        expect(lettersAbsent(letterMask(needle), letterMask(other))).toBeLessThanOrEqual(missing(needle, other));
      }),
      { numRuns: 2_000 },
    );
  });
});
