/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): deterministic — no random start, no shuffling — so the same data always gives the same
 * weights, and a few iterations converge on a few dozen features.
 */
import { dampedStep } from './newton.js';

export interface LogisticFit {
  means: number[];
  scales: number[];
  weights: number[];
  bias: number;
  iterations: number;
}

export interface LogisticOptions {
  /** L2 penalty on the (standardised) weights, not on the bias. */
  l2?: number;
  maxIterations?: number;
  /** Per-row weights (e.g. to balance questions with many candidates). */
  rowWeights?: readonly number[];
}

/** Solves A x = b for a symmetric positive definite A (Cholesky). */
export function solveSymmetric(a: number[][], b: number[]): number[] {
  const n = b.length;
  const l: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      if (i === j) (l[i] as number[])[i] = Math.sqrt(Math.max(s, 1e-12));
      else (l[i] as number[])[j] = s / ((l[j] as number[])[j] as number);
    }
  }
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i] as number;
    for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (y[k] as number);
    y[i] = s / ((l[i] as number[])[i] as number);
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] as number;
    for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * (x[k] as number);
    x[i] = s / ((l[i] as number[])[i] as number);
  }
  return x;
}

/**
 * Fits P(y = 1 | x) = σ(w·z + b), z the standardised x.
 *
 * @example
 * const fit = fitLogistic([[0], [1], [2], [3]], [0, 0, 1, 1]);
 * fit.weights[0] > 0; // true
 */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly number[], options: LogisticOptions = {}): LogisticFit {
  const l2 = options.l2 ?? 1;
  const maxIterations = options.maxIterations ?? 50;
  const n = rows.length;
  const d = rows[0]?.length ?? 0;
  const rw = options.rowWeights ?? new Array<number>(n).fill(1);
  const totalWeight = rw.reduce((s, w) => s + w, 0) || 1;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) means[j] = (means[j] as number) + ((rows[r] as number[])[j] as number) * (rw[r] as number);
  for (let j = 0; j < d; j++) means[j] = (means[j] as number) / totalWeight;
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) scales[j] = (scales[j] as number) + (rw[r] as number) * (((rows[r] as number[])[j] as number) - (means[j] as number)) ** 2;
  for (let j = 0; j < d; j++) scales[j] = Math.sqrt((scales[j] as number) / totalWeight) || 1;
  const z = rows.map((row) => row.map((v, j) => (v - (means[j] as number)) / (scales[j] as number)));

  // Parameters: weights 0..d-1, bias d.
  let beta = new Array<number>(d + 1).fill(0);
  /** Penalised negative log-likelihood. */
  const objective = (params: readonly number[]): number => {
    let loss = 0;
    for (let r = 0; r < n; r++) {
      const x = z[r] as number[];
      let s = params[d] as number;
      for (let j = 0; j < d; j++) s += (params[j] as number) * (x[j] as number);
      // log(1 + e^s) - y s, computed without overflow.
      const softplus = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
      loss += (rw[r] as number) * (softplus - (labels[r] as number) * s);
    }
    let penalty = 0;
    for (let j = 0; j < d; j++) penalty += (params[j] as number) ** 2;
    return loss + (l2 / 2) * penalty;
  };
  let current = objective(beta);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const grad = new Array<number>(d + 1).fill(0);
    const hess: number[][] = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (let r = 0; r < n; r++) {
      const x = z[r] as number[];
      let s = beta[d] as number;
      for (let j = 0; j < d; j++) s += (beta[j] as number) * (x[j] as number);
      const p = 1 / (1 + Math.exp(-s));
      const w = rw[r] as number;
      const g = w * (p - (labels[r] as number));
      const h = w * Math.max(p * (1 - p), 1e-9);
      for (let j = 0; j < d; j++) {
        grad[j] = (grad[j] as number) + g * (x[j] as number);
        const hj = hess[j] as number[];
        const hx = h * (x[j] as number);
        for (let k = 0; k <= j; k++) hj[k] = (hj[k] as number) + hx * (x[k] as number);
        hj[d] = (hj[d] as number) + hx;
      }
      grad[d] = (grad[d] as number) + g;
      (hess[d] as number[])[d] = ((hess[d] as number[])[d] as number) + h;
    }
    for (let j = 0; j < d; j++) {
      grad[j] = (grad[j] as number) + l2 * (beta[j] as number);
      (hess[j] as number[])[j] = ((hess[j] as number[])[j] as number) + l2;
    }
    // Mirror the lower triangle (and the bias column) into a full symmetric matrix.
    for (let j = 0; j < d; j++) (hess[d] as number[])[j] = (hess[j] as number[])[d] as number;
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) (hess[k] as number[])[j] = (hess[j] as number[])[k] as number;
    const step = solveSymmetric(hess, grad);
    const moved = dampedStep(beta, step, current, objective);
    beta = moved.params;
    current = moved.value;
    if (moved.moved < 1e-5) {
      iterations++;
      break;
    }
  }
  return { means, scales, weights: beta.slice(0, d), bias: beta[d] as number, iterations };
}
