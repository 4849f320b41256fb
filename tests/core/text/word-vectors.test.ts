import { describe, expect, it } from 'vitest';
import { createWordVectors } from '../../../src/core/text/word-vectors.js';

/** Cosine of two int8 rows, lengths rounded to float32 as the vectors keep them. */
function cosine(a: readonly number[], b: readonly number[]): number {
  const length = (v: readonly number[]): number => Math.fround(Math.sqrt(v.reduce((s, x) => s + x * x, 0)) || 1);
  return a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0) / (length(a) * length(b));
}

describe('word vectors', () => {
  const rows = [
    [127, 0, 30],
    [100, 20, -5],
    [0, 0, 0],
    [-3, 127, 64],
  ];
  const vectors = createWordVectors(['pay', 'salary', 'void', 'pay'], new Int8Array(rows.flat()), 3);

  it('GIVEN a word listed twice THEN its row is the first (the more frequent)', () => {
    expect(vectors.row('pay')).toBe(0);
    expect(vectors.row('salary')).toBe(1);
    expect(vectors.row('unknown')).toBe(-1);
  });

  it('GIVEN two rows THEN their similarity is the cosine of their codes, asked in any order', () => {
    expect(vectors.similarity(1, 3)).toBe(cosine(rows[1] ?? [], rows[3] ?? []));
    expect(vectors.similarity(0, 1)).toBe(cosine(rows[0] ?? [], rows[1] ?? []));
    expect(vectors.similarity(1, 0)).toBe(vectors.similarity(0, 1));
    expect(vectors.similarity(0, 0)).toBe(1);
  });

  it('GIVEN an empty vector or a missing word THEN the similarity is 0', () => {
    expect(vectors.similarity(2, 0)).toBe(0);
    expect(vectors.similarity(-1, 0)).toBe(0);
  });
});

describe('word vectors with a vocabulary read on demand', () => {
  it('GIVEN the vocabulary as a function THEN it is read at the first word looked up, once, with the same rows', () => {
    let reads = 0;
    const vectors = createWordVectors(() => {
      reads++;
      return ['pay', 'salary'];
    }, new Int8Array([127, 0, 100, 20]), 2);
    expect(reads).toBe(0);
    expect(vectors.similarity(0, 1)).toBeGreaterThan(0.9);
    expect(reads).toBe(0);
    expect([vectors.row('salary'), vectors.row('pay'), vectors.row('wage')]).toEqual([1, 0, -1]);
    expect(reads).toBe(1);
  });
});
