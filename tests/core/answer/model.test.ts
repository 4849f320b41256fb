import { describe, expect, it } from 'vitest';
import { disagrees, heldBackProbability } from '../../../src/core/answer/answer-question.js';
import { FEATURES } from '../../../src/core/answer/features.js';
import { GATE_FEATURES, gateFromTerms, gateProbability, modelMatchesFeatures, rankScore, rankWithGateTerms, type AnswerModel } from '../../../src/core/answer/model.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';
import { ANSWER_MODEL, MODEL_CARD } from '../../../src/core/answer/model-weights.js';

describe('the committed answer model', () => {
  it('loads, and was fitted on exactly the features the code computes', () => {
    expect(ANSWER_MODEL.ranker.features).toEqual([...FEATURES]);
    expect(ANSWER_MODEL.gate.features).toEqual([...GATE_FEATURES]);
    expect(modelMatchesFeatures(ANSWER_MODEL)).toBe(true);
    for (const part of [ANSWER_MODEL.ranker, ANSWER_MODEL.gate]) {
      expect(part.weights).toHaveLength(part.features.length);
      expect(part.means).toHaveLength(part.features.length);
      expect(part.scales).toHaveLength(part.features.length);
      expect(part.weights.every(Number.isFinite)).toBe(true);
    }
  });

  it('carries its model card: the command, the hash of its data and its dev figures', () => {
    expect(MODEL_CARD).toMatchObject({ command: 'npm run train' });
    expect((MODEL_CARD as { trainedOn?: { sha256?: string } }).trainedOn?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers only above a threshold strictly between 0 and 1', () => {
    expect(ANSWER_MODEL.threshold).toBeGreaterThan(0);
    expect(ANSWER_MODEL.threshold).toBeLessThan(1);
  });

  it('shows a closest sentence only below the threshold, from a probability no higher than it', () => {
    expect(ANSWER_MODEL.hedge).toBeGreaterThan(0);
    expect(ANSWER_MODEL.hedge).toBeLessThanOrEqual(ANSWER_MODEL.threshold);
  });

  it('is more confident in a candidate that covers the question and clearly beats the rest', () => {
    const base = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<(typeof FEATURES)[number], number>;
    const weak = gateProbability(ANSWER_MODEL, { features: { ...base, covSentence: 0.2, covExact: 0.2, covNearby: 0.2, covStory: 0.3, covVector: 0.3 }, rankScore: 0, margin: 0, softmaxTop: 0.05 });
    const strong = gateProbability(ANSWER_MODEL, {
      features: { ...base, covSentence: 1, covExact: 1, covNearby: 1, covStory: 1, covVector: 1, vecWeakest: 1, namesInSentence: 1, numbersInSentence: 1, kindPresent: 1, fit: 1 },
      rankScore: 5,
      margin: 3,
      softmaxTop: 0.9,
    });
    expect(strong).toBeGreaterThan(weak);
  });
});

describe('rankWithGateTerms and gateFromTerms (both sums in one pass over the features)', () => {
  // Invented candidates: every feature given a value of its own, some far from the model's means.
  const vectors = [0, 1, 2, 3].map((seed) => Object.fromEntries(FEATURES.map((f, i) => [f, (((i + 1) * (seed + 3) * 7919) % 1000) / (seed === 3 ? 10 : 1000)])) as Record<(typeof FEATURES)[number], number>);
  const inputs = [
    { rankScore: 2.1, margin: 1.3, softmaxTop: 0.62 },
    { rankScore: -0.4, margin: 0, softmaxTop: 0.01 },
  ];

  it('GIVEN the committed model THEN gives exactly the numbers rankScore and gateProbability give, read by name', () => {
    for (const features of vectors) {
      const terms = new Float64Array(2 * FEATURES.length).fill(Number.NaN);
      const rank = rankWithGateTerms(ANSWER_MODEL, features, terms, FEATURES.length);
      expect(Object.is(rank, rankScore(ANSWER_MODEL, features))).toBe(true);
      for (const input of inputs) {
        expect(Object.is(gateFromTerms(ANSWER_MODEL, { features, ...input }, terms, FEATURES.length), gateProbability(ANSWER_MODEL, { features, ...input }))).toBe(true);
      }
    }
  });

  it('GIVEN a model fitted on other features THEN scores by name as before', () => {
    const part = (features: readonly string[]) => ({ features, means: features.map(() => 0.5), scales: features.map(() => 2), weights: features.map((_, i) => i + 1), bias: 0.25 });
    const other: AnswerModel = { ranker: part(['covExact', 'fit']), gate: part(['rankScore', 'fit']), threshold: 0.8, hedge: 0.2 };
    const features = vectors[0] as Record<(typeof FEATURES)[number], number>;
    const terms = new Float64Array(FEATURES.length);
    const rank = rankWithGateTerms(other, features, terms);
    expect(rank).toBe(rankScore(other, features));
    expect(gateFromTerms(other, { features, ...inputs[0]! }, terms)).toBe(gateProbability(other, { features, ...inputs[0]! }));
  });
});

describe('disagrees (the "sources disagree" note)', () => {
  const date = (start: string) => ({ text: start, grain: 'day' as const, start, end: start, label: start });
  it('GIVEN two stories giving different dates for a when question THEN they disagree', () => {
    expect(disagrees({ article: 0, answer: { answer: 'x', fit: 1, date: date('2001-05-01') } }, { article: 1, answer: { answer: 'y', fit: 1, date: date('2001-05-04') } }, { type: 'when' })).toBe(true);
  });
  it('GIVEN the same date, or the same story THEN they do not', () => {
    expect(disagrees({ article: 0, answer: { answer: 'x', fit: 1, date: date('2001-05-01') } }, { article: 1, answer: { answer: 'y', fit: 1, date: date('2001-05-01') } }, { type: 'when' })).toBe(false);
    expect(disagrees({ article: 0, answer: { answer: 'x', fit: 1, date: date('2001-05-01') } }, { article: 0, answer: { answer: 'y', fit: 1, date: date('2001-05-04') } }, { type: 'when' })).toBe(false);
  });
  it('GIVEN a sentence without the kind of answer asked for (a fallback) THEN it is about something else, not a disagreement', () => {
    expect(disagrees({ article: 0, answer: { answer: 'Ann Lee', fit: 1 } }, { article: 1, answer: { answer: 'The bridge opened.', fit: 0.15 } }, { type: 'who' })).toBe(false);
  });
  it('GIVEN "England" in one story and "United Kingdom" in another THEN the same place: no disagreement', () => {
    expect(disagrees({ article: 0, answer: { answer: 'England', fit: 1, canonical: 'United Kingdom' } }, { article: 1, answer: { answer: 'United Kingdom', fit: 1 } }, { type: 'where' })).toBe(false);
    expect(disagrees({ article: 0, answer: { answer: 'England', fit: 1, canonical: 'United Kingdom' } }, { article: 1, answer: { answer: 'France', fit: 1 } }, { type: 'where' })).toBe(true);
  });
  it('GIVEN "Lee" and "Ann Lee" THEN it is the same answer; "Ann Lee" and "Bo Park" differ', () => {
    expect(disagrees({ article: 0, answer: { answer: 'Ann Lee, mayor', fit: 1 } }, { article: 1, answer: { answer: 'Lee', fit: 1 } }, { type: 'who' })).toBe(false);
    expect(disagrees({ article: 0, answer: { answer: 'Ann Lee, mayor', fit: 1 } }, { article: 1, answer: { answer: 'Bo Park', fit: 1 } }, { type: 'who' })).toBe(true);
  });
  it('GIVEN a what question THEN there is no single slot to disagree on', () => {
    expect(disagrees({ article: 0, answer: { answer: 'a', fit: 1 } }, { article: 1, answer: { answer: 'b', fit: 1 } }, { type: 'what' })).toBe(false);
  });
});

describe('"I don\'t know" with the closest sentence', () => {
  const kb = tinyKnowledgeBase([article('a', ['The harbour board approved the new pier on Tuesday.', 'Fishing boats use the old pier.'])]);
  const ask = (model: AnswerModel) => kb.ask('when did the harbour board approve the pier', { model } as Parameters<typeof kb.ask>[1]);

  it('GIVEN a best sentence under the threshold but above the hedge THEN it abstains and quotes that sentence as the closest, verbatim', () => {
    const result = ask({ ...ANSWER_MODEL, threshold: 0.999, hedge: 0.001 });
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.closest?.citation.sentence).toBe('The harbour board approved the new pier on Tuesday.');
    expect(result.closest?.probability).toBeLessThan(0.999);
  });

  it('GIVEN a best sentence just under the threshold THEN its probability is not shown rounded up to the threshold (0.849 shows as 0.84 beside answers at 0.85)', () => {
    expect(heldBackProbability(0.849, 0.85)).toBe(0.84);
    expect(heldBackProbability(0.846, 0.9)).toBe(0.85);
    // A near miss held back above the threshold keeps its own probability.
    expect(heldBackProbability(0.912, 0.85)).toBe(0.91);
    const score = inspectAsk(kb, 'when did the harbour board approve the pier').scored[0]?.score ?? 0;
    const threshold = score + 1e-9;
    const result = ask({ ...ANSWER_MODEL, threshold, hedge: 0.001 });
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.closest?.probability).toBeLessThan(threshold);
  });

  it('GIVEN a best sentence under the hedge THEN it abstains with no sentence', () => {
    const result = ask({ ...ANSWER_MODEL, threshold: 0.999, hedge: 0.999 });
    expect(result.kind).toBe('unknown');
    expect(result.kind === 'unknown' && result.closest).toBeFalsy();
  });

  it('GIVEN a confident best sentence THEN it answers, with no closest-sentence hedge', () => {
    const result = ask({ ...ANSWER_MODEL, threshold: 0.001, hedge: 0.001 });
    expect(result.kind).toBe('answer');
  });
});
