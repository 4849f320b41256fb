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

/** Per model: whether it reads exactly the code's features in order (see {@link modelMatchesFeatures}). */
const matchesFeatures = new WeakMap<AnswerModel, boolean>();

/**
 * A candidate's {@link rankScore} and, in the same pass over the feature table, the gate's term for
 * each of its own features (the weight times the standardised value), written into `gateTerms`
 * (one entry per feature, in the order of `FEATURES`) for {@link gateFromTerms}: each feature is
 * read once, by position, instead of once by name for each part. The same numbers: every term is
 * computed as `linear` computes it and the sums add them in the same order. A model fitted on
 * other features is scored by name (`gateTerms` is then not written).
 *
 * @example
 * const terms = new Float64Array(FEATURES.length);
 * const rank = rankWithGateTerms(model, features, terms); // === rankScore(model, features)
 * gateFromTerms(model, { features, rankScore: rank, margin: 1.3, softmaxTop: 0.62 }, terms); // === gateProbability(model, …)
 */
export function rankWithGateTerms(model: AnswerModel, features: FeatureVector, gateTerms: Float64Array, at = 0): number {
  if (!fitsFeatures(model)) return rankScore(model, features);
  const { ranker, gate } = model;
  const offset = RANK_FEATURES.length;
  let z = ranker.bias;
  for (let i = 0; i < FEATURES.length; i++) {
    const value = features[FEATURES[i] as FeatureName] ?? 0;
    z += (ranker.weights[i] ?? 0) * ((value - (ranker.means[i] ?? 0)) / (ranker.scales[i] || 1));
    gateTerms[at + i] = (gate.weights[offset + i] ?? 0) * ((value - (gate.means[offset + i] ?? 0)) / (gate.scales[offset + i] || 1));
  }
  return z;
}

/** {@link gateProbability} from the terms {@link rankWithGateTerms} wrote for the candidate's features. */
export function gateFromTerms(model: AnswerModel, input: GateInput, gateTerms: Float64Array, at = 0): number {
  if (!fitsFeatures(model)) return gateProbability(model, input);
  const { gate } = model;
  let z = gate.bias;
  z += (gate.weights[0] ?? 0) * ((input.rankScore - (gate.means[0] ?? 0)) / (gate.scales[0] || 1));
  z += (gate.weights[1] ?? 0) * ((input.margin - (gate.means[1] ?? 0)) / (gate.scales[1] || 1));
  z += (gate.weights[2] ?? 0) * ((input.softmaxTop - (gate.means[2] ?? 0)) / (gate.scales[2] || 1));
  for (let i = 0; i < FEATURES.length; i++) z += gateTerms[at + i] as number;
  return sigmoid(z);
}

function fitsFeatures(model: AnswerModel): boolean {
  let fits = matchesFeatures.get(model);
  if (fits === undefined) {
    fits = modelMatchesFeatures(model);
    matchesFeatures.set(model, fits);
  }
  return fits;
}

/** True when the model was fitted on exactly the features the code computes, in the same order. */
export function modelMatchesFeatures(model: AnswerModel): boolean {
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
  return same(model.ranker.features, FEATURES) && same(model.gate.features, GATE_FEATURES);
}
