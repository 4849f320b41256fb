/**
 * Fits the two parts of the answer model from candidates whose features and labels are known.
 * Pure and deterministic: the same questions in the same order give the same model.
 */
import { FEATURES } from '../core/answer/features.js';
import { GATE_FEATURES, sigmoid, type AnswerModel, type LinearPart } from '../core/answer/model.js';
import { fitConditionalLogit } from './conditional-logit.js';
import { fitLogistic } from './logistic.js';

/** One question's candidates as the engine found them: features in FEATURES order and labels. */
export interface QuestionRows {
  id: string;
  set: string;
  split: string;
  /** Stories are kept together in cross-fitting folds. */
  story: string;
  answerable: boolean;
  rows: number[][];
  labels: number[];
}

export interface FitOptions {
  rankerL2: number;
  gateL2: number;
  /** Weight of each question of a set relative to the news bank's (1). */
  setWeights: Readonly<Record<string, number>>;
}

function standardiser(rows: readonly (readonly number[])[]): { means: number[]; scales: number[] } {
  const d = rows[0]?.length ?? 0;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(0);
  for (const r of rows) r.forEach((v, j) => (means[j] = (means[j] as number) + v / rows.length));
  for (const r of rows) r.forEach((v, j) => (scales[j] = (scales[j] as number) + (v - (means[j] as number)) ** 2 / rows.length));
  return { means, scales: scales.map((s) => Math.sqrt(s) || 1) };
}

/** Fits the ranker (conditional logit over each question's candidates). */
export function fitRanker(questions: readonly QuestionRows[], options: FitOptions): LinearPart {
  const { means, scales } = standardiser(questions.flatMap((q) => q.rows));
  const z = (r: readonly number[]): number[] => r.map((v, j) => (v - (means[j] as number)) / (scales[j] as number));
  const fit = fitConditionalLogit(
    questions.map((q) => ({ rows: q.rows.map(z), labels: q.labels, weight: options.setWeights[q.set] ?? 1 })),
    { l2: options.rankerL2 },
  );
  return { features: [...FEATURES], means, scales, weights: fit.weights, bias: 0 };
}

function score(part: LinearPart, row: readonly number[]): number {
  let s = part.bias;
  row.forEach((v, j) => (s += (part.weights[j] ?? 0) * ((v - (part.means[j] ?? 0)) / (part.scales[j] || 1))));
  return s;
}

/** The gate's inputs for a question's best candidate under a ranker, and whether it is right. */
export function gateRow(ranker: LinearPart, q: QuestionRows): { row: number[]; right: boolean } | undefined {
  if (q.rows.length === 0) return undefined;
  const scores = q.rows.map((r) => score(ranker, r));
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
  const top = order[0] as number;
  const second = order[1];
  const max = scores[top] as number;
  const total = scores.reduce((s, x) => s + Math.exp(x - max), 0);
  const rank = [max, max - (second === undefined ? 0 : (scores[second] as number)), 1 / total];
  return { row: [...rank, ...(q.rows[top] as number[])], right: q.labels[top] === 1 };
}

/** Which of two cross-fitting folds a question's story falls in. */
function fold(q: QuestionRows): number {
  let h = 0;
  for (const ch of q.story) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h % 2;
}

/** The ranker on all training questions, and one per fold fitted on the other fold only. */
export interface Rankers {
  main: LinearPart;
  folds: [LinearPart, LinearPart];
}

export function fitRankers(train: readonly QuestionRows[], options: FitOptions): Rankers {
  return {
    main: fitRanker(train, options),
    folds: [fitRanker(train.filter((q) => fold(q) !== 0), options), fitRanker(train.filter((q) => fold(q) !== 1), options)],
  };
}

/**
 * Fits the gate. It learns from rankings of questions the ranker was not fitted on (two folds by
 * story, each ranked by a ranker fitted on the other), so it sees the ranker's real mistakes, not
 * its memory of the training questions.
 */
export function fitGate(train: readonly QuestionRows[], rankers: Rankers, options: FitOptions): LinearPart {
  const gateRows: number[][] = [];
  const gateLabels: number[] = [];
  const gateWeights: number[] = [];
  for (const q of train) {
    const g = gateRow(rankers.folds[fold(q)] as LinearPart, q);
    if (!g) continue;
    gateRows.push(g.row);
    gateLabels.push(g.right ? 1 : 0);
    gateWeights.push(options.setWeights[q.set] ?? 1);
  }
  const fit = fitLogistic(gateRows, gateLabels, { l2: options.gateL2, rowWeights: gateWeights });
  return { features: [...GATE_FEATURES], means: fit.means, scales: fit.scales, weights: fit.weights, bias: fit.bias };
}

/** Fits ranker and gate. */
export function fitAnswerModel(train: readonly QuestionRows[], options: FitOptions): Omit<AnswerModel, 'threshold' | 'hedge'> {
  const rankers = fitRankers(train, options);
  return { ranker: rankers.main, gate: fitGate(train, rankers, options) };
}

/** Per question under a model: the gate's probability for the best candidate and whether it is right. */
export function topOutcomes(model: Omit<AnswerModel, 'threshold' | 'hedge'>, questions: readonly QuestionRows[]): Array<{ topScore: number; topRight: boolean; answerable: boolean }> {
  return questions.map((q) => {
    const g = gateRow(model.ranker, q);
    if (!g) return { topScore: 0, topRight: false, answerable: q.answerable };
    return { topScore: sigmoid(score(model.gate, g.row)), topRight: g.right, answerable: q.answerable };
  });
}
