/**
 * How much a dev figure moves with the dev questions drawn: a bootstrap over dev stories (questions
 * of one story stay together, as the splits keep them). Seeded, so `npm run train` stays
 * deterministic.
 */

/** A small seeded generator (mulberry32): the same seed gives the same draws. */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * The statistic over `replicates` resamples of the stories, drawn with replacement; `statistic`
 * receives the indices of the questions drawn (a story drawn twice gives its questions twice).
 *
 * @example
 * const values = storyBootstrap(['a', 'a', 'b'], (picked) => picked.length, { replicates: 100, seed: 1 });
 */
export function storyBootstrap(stories: readonly string[], statistic: (picked: readonly number[]) => number, options: { replicates: number; seed: number }): number[] {
  const byStory = new Map<string, number[]>();
  stories.forEach((story, i) => byStory.set(story, [...(byStory.get(story) ?? []), i]));
  const groups = [...byStory.keys()].sort().map((story) => byStory.get(story) as number[]);
  const random = seededRandom(options.seed);
  const values: number[] = [];
  for (let r = 0; r < options.replicates; r++) {
    const picked: number[] = [];
    for (let g = 0; g < groups.length; g++) picked.push(...(groups[Math.floor(random() * groups.length)] as number[]));
    values.push(statistic(picked));
  }
  return values;
}

/** The central interval holding `level` of the values (percentile method). */
export function percentileInterval(values: readonly number[], level = 0.95): { low: number; high: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))] ?? 0;
  return { low: at((1 - level) / 2), high: at(1 - (1 - level) / 2) };
}
