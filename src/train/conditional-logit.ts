/**
 * Listwise ranking: a conditional logit (softmax over one question's candidates) fitted by Newton's
 * method with an L2 penalty. It learns what makes the right sentence beat the others of the same
 * question — the comparison a ranker has to make — rather than how likely any sentence is to answer
 * in general. Deterministic: same data, same weights.
 */
import { solveSymmetric } from './logistic.js';
import { dampedStep } from './newton.js';

/** One question: its candidates' (already standardised) feature rows and which are right. */
export interface RankingGroup {
  rows: readonly (readonly number[])[];
  labels: readonly number[];
  weight?: number;
}

export interface RankerFit {
  weights: number[];
  iterations: number;
}

/**
 * Fits w so that softmax(w·x) over each group puts its mass on the right candidates.
 *
 * @example
 * fitConditionalLogit([{ rows: [[1], [0]], labels: [1, 0] }]).weights[0] > 0; // true
 */
export function fitConditionalLogit(groups: readonly RankingGroup[], options: { l2?: number; maxIterations?: number } = {}): RankerFit {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 30;
  const d = groups.find((g) => g.rows.length > 0)?.rows[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  const usable = groups.filter((g) => {
    const positives = g.labels.reduce((s, l) => s + l, 0);
    return positives > 0 && positives < g.labels.length;
  });
  /** Penalised negative log-likelihood of the right candidates. */
  const objective = (weights: readonly number[]): number => {
    let loss = 0;
    for (const g of usable) {
      const positives = g.labels.reduce((s, l) => s + l, 0);
      const scores = g.rows.map((r) => r.reduce((s, v, j) => s + v * (weights[j] as number), 0));
      const max = Math.max(...scores);
      const logTotal = max + Math.log(scores.reduce((s, x) => s + Math.exp(x - max), 0));
      g.rows.forEach((_, i) => {
        if (g.labels[i] === 1) loss -= ((g.weight ?? 1) * ((scores[i] as number) - logTotal)) / positives;
      });
    }
    return loss + (l2 / 2) * weights.reduce((s, x) => s + x * x, 0);
  };
  let current = objective(w);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = w.map((x) => l2 * x);
    const hess: number[][] = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j ? l2 : 0)));
    for (const g of usable) {
      const positives = g.labels.reduce((s, l) => s + l, 0);
      const gw = g.weight ?? 1;
      const scores = g.rows.map((r) => r.reduce((s, v, j) => s + v * (w[j] as number), 0));
      const max = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - max));
      const total = exps.reduce((s, e) => s + e, 0);
      const p = exps.map((e) => e / total);
      const mean = new Array<number>(d).fill(0);
      g.rows.forEach((r, i) => r.forEach((v, j) => (mean[j] = (mean[j] as number) + (p[i] as number) * v)));
      g.rows.forEach((r, i) => {
        const target = (g.labels[i] as number) / positives;
        const coef = gw * ((p[i] as number) - target);
        const pi = gw * (p[i] as number);
        for (let j = 0; j < d; j++) {
          const xj = r[j] as number;
          grad[j] = (grad[j] as number) + coef * xj;
          const hj = hess[j] as number[];
          const cj = pi * (xj - (mean[j] as number));
          // Lower triangle only; mirrored once per iteration below.
          for (let k = 0; k <= j; k++) hj[k] = (hj[k] as number) + cj * ((r[k] as number) - (mean[k] as number));
        }
      });
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) (hess[k] as number[])[j] = (hess[j] as number[])[k] as number;
    const step = solveSymmetric(hess, grad);
    const moved = dampedStep(w, step, current, objective);
    w = moved.params;
    current = moved.value;
    if (moved.moved < 1e-5) {
      iterations++;
      break;
    }
  }
  return { weights: w, iterations };
}
