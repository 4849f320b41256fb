import { describe, expect, it } from 'vitest';
import { percentile, seededRandom, shuffled } from '../../src/bench/stats.js';

describe('percentile', () => {
  it('returns the nearest-rank percentile of unsorted samples', () => {
    const samples = [9, 1, 8, 2, 7, 3, 6, 4, 5, 10];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 10)).toBe(1);
  });

  it('returns NaN for no samples and does not mutate its input', () => {
    expect(percentile([], 50)).toBeNaN();
    const samples = [3, 1, 2];
    percentile(samples, 99);
    expect(samples).toEqual([3, 1, 2]);
  });
});

describe('seededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles to a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const output = shuffled(seededRandom(3), input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...output].sort()).toEqual(input);
  });
});
