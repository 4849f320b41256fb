/**
 * The naive engine the benchmark compares against: ONE fuse.js index over every sentence, the whole
 * question as the pattern, `ignoreLocation: true`. It is what a first version of factdesk would do,
 * and it scans every sentence for every question.
 */
import Fuse from 'fuse.js';
import type { SourceSentence } from './questions.js';

export interface BaselineHit {
  sentence: SourceSentence;
  score: number;
}

export interface NaiveBaseline {
  readonly size: number;
  /** Best sentence for the question, or `undefined` when fuse.js finds nothing under its threshold. */
  ask(question: string): BaselineHit | undefined;
}

/**
 * Builds the naive fuse.js baseline over the sentences.
 *
 * @example
 * const baseline = createNaiveBaseline([{ articleId: 'a', text: 'The council approved the budget.' }]);
 * baseline.ask('council aproved budget')?.sentence.text; // 'The council approved the budget.'
 */
export function createNaiveBaseline(sentences: readonly SourceSentence[]): NaiveBaseline {
  const fuse = new Fuse(sentences, { keys: ['text'], ignoreLocation: true, includeScore: true });
  return {
    size: sentences.length,
    ask(question: string): BaselineHit | undefined {
      const best = fuse.search(question, { limit: 1 })[0];
      return best === undefined ? undefined : { sentence: best.item, score: best.score ?? 1 };
    },
  };
}
