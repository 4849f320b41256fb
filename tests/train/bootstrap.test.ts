import { describe, expect, it } from 'vitest';
import { percentileInterval, storyBootstrap } from '../../src/train/bootstrap.js';

describe('storyBootstrap', () => {
  // Story "a" has three questions, all right; "b" and "c" one each, both wrong.
  const stories = ['a', 'a', 'a', 'b', 'c'];
  const right = [1, 1, 1, 0, 0];
  const share = (picked: readonly number[]): number => picked.reduce((s, i) => s + (right[i] as number), 0) / picked.length;

  it('GIVEN questions grouped by story THEN a story is drawn with all its questions or not at all', () => {
    const sizes = storyBootstrap(stories, (picked) => picked.filter((i) => stories[i] === 'a').length, { replicates: 200, seed: 3 });
    expect(sizes.every((n) => n % 3 === 0)).toBe(true);
    expect(new Set(sizes).size).toBeGreaterThan(1);
  });

  it('GIVEN the same seed THEN the same draws; the interval holds the figure and shows its spread', () => {
    const one = storyBootstrap(stories, share, { replicates: 500, seed: 1 });
    expect(storyBootstrap(stories, share, { replicates: 500, seed: 1 })).toEqual(one);
    const { low, high } = percentileInterval(one);
    expect(low).toBeLessThanOrEqual(0.6);
    expect(high).toBeGreaterThanOrEqual(0.6);
    // Three stories only: the figure could as well be 0 or 1.
    expect(low).toBe(0);
    expect(high).toBe(1);
  });
});
