/**
 * Asks every question of a set and judges the replies: right citations, honest abstentions, false
 * abstentions and confident-wrong answers, by question type and by expected answer kind, with plain
 * BM25 in the same run; plus the abstention trade-off (precision of answers at several coverages).
 */
import type { AnswerOptions } from '../core/answer/answer-question.js';
import type { AnswerModel } from '../core/answer/model.js';
import type { AskResult } from '../core/types.js';
import { addToRow, citationMatches, emptyRow, judge, type BankQuestion, type Judged, type Row } from './bank.js';
import type { QuestionSet } from './question-sets.js';

export interface Outcome extends Judged {
  result: AskResult;
  /** The model's probability for its best candidate (answered or not). */
  topScore: number;
  /** Whether that best candidate is a right citation. */
  topRight: boolean;
  baselineTop1: boolean;
  type: string;
  kind: string;
}

export function evaluateSet(set: QuestionSet, model?: AnswerModel): Outcome[] {
  return set.questions.map((q) => {
    let topScore = 0;
    let topRight = false;
    let kind = q.kind ?? '';
    const options: AnswerOptions = {
      model,
      inspect: (scored, _chosen, analysis, textOf) => {
        const best = scored[0];
        kind ||= analysis.kind;
        if (!best) return;
        topScore = best.score;
        topRight = citationMatches(q, textOf(best.sentence), set.kb.articles[best.article]?.id ?? '');
      },
    };
    const result = set.kb.ask(q.question, options as Parameters<typeof set.kb.ask>[1]);
    const judged = judge(q, result);
    const base = set.baseline.top(q.question);
    const baselineTop1 = judged.answerable && base !== undefined && citationMatches(q, base.sentence, base.articleId);
    return { ...judged, result, topScore, topRight, baselineTop1, type: q.type ?? result.type, kind: kind || 'other' };
  });
}

/** Rows by a key (type or kind), then `all`. */
export function rowsBy(outcomes: readonly Outcome[], key: (o: Outcome) => string, order: readonly string[] = []): Row[] {
  const rows = new Map<string, Row>();
  const all = emptyRow('all');
  for (const o of outcomes) {
    const k = key(o);
    let r = rows.get(k);
    if (!r) rows.set(k, (r = emptyRow(k)));
    addToRow(r, o, o.baselineTop1, o.topRight);
    addToRow(all, o, o.baselineTop1, o.topRight);
  }
  const rank = (label: string): number => (order.includes(label) ? order.indexOf(label) : order.length);
  return [...[...rows.values()].sort((a, b) => rank(a.label) - rank(b.label) || a.label.localeCompare(b.label)), all];
}

export const TYPE_ORDER = ['who', 'when', 'where', 'what', 'why', 'how', 'how-many'];

export interface CurvePoint {
  threshold: number;
  /** Share of all questions answered. */
  coverage: number;
  /** Share of answers that cite a right sentence. */
  precision: number;
  /** Share of answerable questions answered right. */
  recall: number;
  /** Share of unanswerable questions abstained on. */
  abstention: number;
}

export interface ClosestShown {
  abstentions: number;
  /** "I don't know" replies that showed the closest sentence. */
  shown: number;
  /** … whose sentence was a right citation. */
  right: number;
  /** … on questions the knowledge base cannot answer. */
  onUnanswerable: number;
}

/** How often an "I don't know" showed the closest sentence, and how often that sentence was right. */
export function closestShown(outcomes: readonly Pick<Outcome, 'result' | 'topRight' | 'answerable'>[]): ClosestShown {
  const abstained = outcomes.filter((o) => o.result.kind === 'unknown');
  const shown = abstained.filter((o) => o.result.kind === 'unknown' && o.result.closest !== undefined);
  return { abstentions: abstained.length, shown: shown.length, right: shown.filter((o) => o.answerable && o.topRight).length, onUnanswerable: shown.filter((o) => !o.answerable).length };
}

export function formatClosest(c: ClosestShown): string {
  const p = (x: number, n: number): string => (n === 0 ? '–' : `${((100 * x) / n).toFixed(1)}%`);
  return `"I don't know" with the closest sentence: ${c.shown} of ${c.abstentions} abstentions (${p(c.shown, c.abstentions)}); that sentence right ${p(c.right, c.shown)}, on unanswerable questions ${c.onUnanswerable}`;
}

/** Precision of the answers given, and how many are given, as the threshold moves. */
export function tradeOff(outcomes: readonly Pick<Outcome, 'topScore' | 'topRight' | 'answerable'>[], thresholds: readonly number[]): CurvePoint[] {
  const answerable = outcomes.filter((o) => o.answerable).length;
  const unanswerable = outcomes.length - answerable;
  return thresholds.map((threshold) => {
    const answered = outcomes.filter((o) => o.topScore >= threshold && o.topScore > 0);
    const right = answered.filter((o) => o.answerable && o.topRight).length;
    const abstainedUnanswerable = outcomes.filter((o) => !o.answerable && !(o.topScore >= threshold && o.topScore > 0)).length;
    return {
      threshold,
      coverage: outcomes.length === 0 ? 0 : answered.length / outcomes.length,
      precision: answered.length === 0 ? 1 : right / answered.length,
      recall: answerable === 0 ? 0 : right / answerable,
      abstention: unanswerable === 0 ? 1 : abstainedUnanswerable / unanswerable,
    };
  });
}

export function formatCurve(points: readonly CurvePoint[]): string {
  const p = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);
  return ['threshold  answered  precision  right(answerable)  abstained(unanswerable)', ...points.map((c) => `${c.threshold.toFixed(2).padStart(9)}  ${p(c.coverage)}  ${p(c.precision).padStart(9)}  ${p(c.recall).padStart(17)}  ${p(c.abstention).padStart(23)}`)].join('\n');
}

export type { BankQuestion };
