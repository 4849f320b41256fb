/**
 * The answer scorer, in two trained parts (fitted by `npm run train`, see `src/train/`):
 *
 * - a **ranker**, a conditional logit over the named candidate features of `features.ts`, that
 *   orders one question's candidate sentences;
 * - a **gate**, a logistic regression over the best candidate's features and how clearly it beat
 *   the rest, whose output is the probability that the best sentence answers the question. It
 *   answers when that probability reaches the threshold chosen on dev data for a target precision.
 */
import { FEATURES, type FeatureName, type FeatureVector } from './features.js';

/** Gate inputs beyond the best candidate's own features. */
export const RANK_FEATURES = ['rankScore', 'margin', 'softmaxTop'] as const;
export const GATE_FEATURES: readonly string[] = [...RANK_FEATURES, ...FEATURES];

export interface LinearPart {
  /** Input names, in the order of `weights`. */
  features: readonly string[];
  /** Per-input mean and scale used to standardise inputs before the dot product. */
  means: readonly number[];
  scales: readonly number[];
  weights: readonly number[];
  bias: number;
}

export interface AnswerModel {
  ranker: LinearPart;
  gate: LinearPart;
  /** Answer when the gate's probability reaches this; otherwise "I don't know". */
  threshold: number;
  /**
   * Below the threshold but at least this, the reply is still "I don't know", shown with the best
   * sentence as the closest the knowledge base comes — chosen on dev data so that such sentences
   * are right more often than not.
   */
  hedge: number;
}

/** w·z + b with z the standardised inputs, read by name. */
export function linear(part: LinearPart, value: (name: string) => number): number {
  let z = part.bias;
  for (let i = 0; i < part.features.length; i++) {
    const name = part.features[i] as string;
    z += (part.weights[i] ?? 0) * ((value(name) - (part.means[i] ?? 0)) / (part.scales[i] || 1));
  }
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The ranker's score of a candidate (higher is better; only differences within a question matter). */
export function rankScore(model: AnswerModel, features: FeatureVector): number {
  return linear(model.ranker, (name) => features[name as FeatureName] ?? 0);
}

export interface GateInput {
  features: FeatureVector;
  rankScore: number;
  /** Its lead over the next candidate's rank score. */
  margin: number;
  /** Its share of the softmax over all candidates' rank scores. */
  softmaxTop: number;
}

/**
 * The probability that a candidate, placed first, answers the question.
 *
 * @example
 * gateProbability(model, { features, rankScore: 2.1, margin: 1.3, softmaxTop: 0.62 }); // 0.91
 */
export function gateProbability(model: AnswerModel, input: GateInput): number {
  return sigmoid(
    linear(model.gate, (name) => (name === 'rankScore' ? input.rankScore : name === 'margin' ? input.margin : name === 'softmaxTop' ? input.softmaxTop : (input.features[name as FeatureName] ?? 0))),
  );
}

/** True when the model was fitted on exactly the features the code computes, in the same order. */
export function modelMatchesFeatures(model: AnswerModel): boolean {
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  return same(model.ranker.features, FEATURES) && same(model.gate.features, GATE_FEATURES);
}
