import { describe, expect, it } from 'vitest';
import { fitConditionalLogit } from '../../src/train/conditional-logit.js';
import { fitLogistic } from '../../src/train/logistic.js';
import { fitAnswerModel, type QuestionRows } from '../../src/train/fit-answer-model.js';
import { FEATURES } from '../../src/core/answer/features.js';

/** A fixed pseudo-random sequence: tests must be reproducible. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

describe('fitLogistic', () => {
  it('recovers which input matters, and how much more', () => {
    const rnd = random(7);
    const rows: number[][] = [];
    const labels: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const [a, b, noise] = [rnd(), rnd(), rnd()];
      rows.push([a, b, noise]);
      labels.push(a + 2 * b + (rnd() - 0.5) * 0.3 > 1.5 ? 1 : 0);
    }
    const fit = fitLogistic(rows, labels, { l2: 0.01 });
    const raw = fit.weights.map((w, j) => w / (fit.scales[j] as number));
    expect(raw[1]! / raw[0]!).toBeCloseTo(2, 0);
    expect(Math.abs(raw[2]!)).toBeLessThan(Math.abs(raw[0]!) / 5);
  });

  it('gives the same weights for the same data', () => {
    const rows = [[0], [1], [2], [3], [1.5]];
    const labels = [0, 0, 1, 1, 0];
    expect(fitLogistic(rows, labels)).toEqual(fitLogistic(rows, labels));
  });
});

describe('fitConditionalLogit', () => {
  it('learns the feature that marks the right candidate within each question', () => {
    const rnd = random(3);
    const groups = Array.from({ length: 200 }, () => {
      const right = Math.floor(rnd() * 5);
      // Feature 0 is higher for the right candidate; feature 1 is noise shared by the group.
      const shared = rnd();
      return { rows: Array.from({ length: 5 }, (_, i) => [i === right ? 1 + rnd() : rnd(), shared]), labels: Array.from({ length: 5 }, (_, i) => (i === right ? 1 : 0)) };
    });
    const fit = fitConditionalLogit(groups, { l2: 0.1 });
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(Math.abs(fit.weights[1]!)).toBeLessThan(0.01);
  });
});

describe('fitAnswerModel', () => {
  it('is deterministic and names the features the engine computes', () => {
    const rnd = random(11);
    const questions: QuestionRows[] = Array.from({ length: 60 }, (_, q) => {
      const right = q % 3 === 0 ? -1 : q % 4;
      return {
        id: `q${q}`,
        set: 'bank',
        split: 'train',
        story: `s${q % 10}`,
        answerable: right >= 0,
        rows: Array.from({ length: 4 }, (_, i) => FEATURES.map((_, j) => (j === 3 && i === right ? 1 : 0.3 * rnd()))),
        labels: Array.from({ length: 4 }, (_, i) => (i === right ? 1 : 0)),
      };
    });
    const options = { rankerL2: 1, gateL2: 1, setWeights: { bank: 1 } };
    const a = fitAnswerModel(questions, options);
    expect(fitAnswerModel(questions, options)).toEqual(a);
    expect(a.ranker.features).toEqual([...FEATURES]);
    // Feature 3 marks the right candidate: the ranker must weigh it up.
    expect(a.ranker.weights[3]).toBeGreaterThan(0);
  });
});
