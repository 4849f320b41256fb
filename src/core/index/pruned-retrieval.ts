import type { QueryGroup } from '../answer/query-terms.js';
import type { SentenceIndex } from './sentence-index.js';
import { leadTerm } from '../answer/rank.js';

/** BM25 constants: the same as the exhaustive pass (`answer/rank.ts`). */
const K1 = 1.2;
const B = 0.75;
/** Rounding slack on upper bounds, so that a bound computed in another order still bounds. */
const SLACK = 1e-9;

interface Norms {
  norms: Float64Array;
  /** The largest 1/norm of any sentence: the most one posting can be worth per unit weight. */
  maxInverse: number;
}

const normsCache = new WeakMap<SentenceIndex, Norms>();

function normsOf(index: SentenceIndex): Norms {
  let cached = normsCache.get(index);
  if (!cached) {
    const norms = new Float64Array(index.idLimit);
    let smallest = Number.POSITIVE_INFINITY;
    for (let sentence = 0; sentence < index.idLimit; sentence++) {
      // Spare ids hold no sentence and appear in no postings.
      if (index.articleOf(sentence) < 0) continue;
      const norm = 1 + K1 * (1 - B + (B * index.sentenceLength(sentence)) / index.averageLength);
      norms[sentence] = norm;
      if (norm < smallest) smallest = norm;
    }
    cached = { norms, maxInverse: index.size === 0 ? 0 : 1 / smallest };
    normsCache.set(index, cached);
  }
  return cached;
}

interface Alternative {
  postings: Int32Array;
  weight: number;
  cursor: number;
}

interface Group {
  /** Alternatives in the exhaustive pass's order: the first that holds a sentence credits it. */
  alternatives: Alternative[];
  /** The most this group can add to any sentence. */
  bound: number;
}

/** Moves the cursor to the first posting ≥ `target` (galloping, then binary search). */
function seek(alternative: Alternative, target: number): void {
  const { postings } = alternative;
  let lo = alternative.cursor;
  if (lo >= postings.length || (postings[lo] as number) >= target) return;
  let step = 1;
  while (lo + step < postings.length && (postings[lo + step] as number) < target) step *= 2;
  let hi = Math.min(lo + step, postings.length);
  lo += step >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((postings[mid] as number) < target) lo = mid + 1;
    else hi = mid;
  }
  alternative.cursor = lo;
}

/** True when sentence `a` (score sa) ranks below `b` (score sb): lower score, or same and later. */
function worse(sa: number, a: number, sb: number, b: number): boolean {
  return sa < sb || (sa === sb && a > b);
}

/**
 * BM25 with MaxScore pruning: the same groups, weights, skipped common words and tie order as the
 * exhaustive pass of `answer/rank.ts`, and the same `limit` best sentences with the same scores,
 * but a sentence whose question words cannot lift it above the current 60th is never scored, and
 * the postings of words that cannot reach the top alone are only probed, not walked.
 *
 * @example
 * retrievePruned(groups, index, 60); // identical to retrieve(groups, index, scratch, 60)
 */
export function retrievePruned(groups: readonly QueryGroup[], index: SentenceIndex, limit: number): Array<{ sentence: number; score: number }> {
  if (limit <= 0 || index.size === 0) return [];
  const { norms, maxInverse } = normsOf(index);
  const commonCutoff = Math.max(1_000, index.size * 0.05);
  const hasRareGroup = groups.some((g) => g.alternatives.some((a) => a.terms.every((t) => index.documentFrequency(t) <= commonCutoff)));
  const prepared: Group[] = groups.map((group) => {
    const alternatives: Alternative[] = [];
    let bound = 0;
    for (const alternative of [...group.alternatives].sort((a, b) => b.weight - a.weight)) {
      const lead = leadTerm(index, alternative.terms);
      if (lead === undefined) continue;
      const postings = index.postings(lead);
      if (hasRareGroup && postings.length > commonCutoff) continue;
      const weight = index.idf(lead) * alternative.weight * (K1 + 1);
      alternatives.push({ postings, weight, cursor: 0 });
      bound = Math.max(bound, weight * maxInverse);
    }
    return { alternatives, bound: bound * (1 + SLACK) };
  });

  // Groups by bound, smallest first: the first `optional` of them cannot make a sentence alone.
  const byBound = prepared.map((_, g) => g).sort((x, y) => (prepared[x] as Group).bound - (prepared[y] as Group).bound);
  const essential = new Uint8Array(prepared.length).fill(1);
  let optional = 0;
  let optionalBound = 0;

  const heapIds: number[] = [];
  const heapScores: number[] = [];
  const siftDown = (i: number): void => {
    const size = heapIds.length;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) return;
      const right = left + 1;
      let child = left;
      if (right < size && worse(heapScores[right] as number, heapIds[right] as number, heapScores[left] as number, heapIds[left] as number)) child = right;
      if (!worse(heapScores[child] as number, heapIds[child] as number, heapScores[i] as number, heapIds[i] as number)) return;
      [heapIds[i], heapIds[child]] = [heapIds[child] as number, heapIds[i] as number];
      [heapScores[i], heapScores[child]] = [heapScores[child] as number, heapScores[i] as number];
      i = child;
    }
  };
  const siftUp = (i: number): void => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heapScores[i] as number, heapIds[i] as number, heapScores[parent] as number, heapIds[parent] as number)) return;
      [heapIds[i], heapIds[parent]] = [heapIds[parent] as number, heapIds[i] as number];
      [heapScores[i], heapScores[parent]] = [heapScores[parent] as number, heapScores[i] as number];
      i = parent;
    }
  };
  const raiseThreshold = (): void => {
    const threshold = heapScores[0] as number;
    // A sentence must beat the threshold strictly: one scoring the same comes later and loses the tie.
    while (optional < byBound.length && optionalBound + (prepared[byBound[optional] as number] as Group).bound <= threshold) {
      const g = byBound[optional] as number;
      optionalBound += (prepared[g] as Group).bound;
      essential[g] = 0;
      optional++;
    }
  };

  const contributions = new Float64Array(prepared.length);
  const credited = new Uint8Array(prepared.length);
  for (;;) {
    let sentence = Number.POSITIVE_INFINITY;
    prepared.forEach((group, g) => {
      if (essential[g] === 0) return;
      for (const alternative of group.alternatives) {
        const next = alternative.postings[alternative.cursor];
        if (next !== undefined && next < sentence) sentence = next;
      }
    });
    if (sentence === Number.POSITIVE_INFINITY) break;

    let partial = 0;
    for (let g = 0; g < prepared.length; g++) {
      credited[g] = 0;
      contributions[g] = 0;
      if (essential[g] === 0) continue;
      for (const alternative of (prepared[g] as Group).alternatives) {
        if (alternative.postings[alternative.cursor] === sentence) {
          if (credited[g] === 0) {
            credited[g] = 1;
            contributions[g] = alternative.weight / (norms[sentence] as number);
          }
          alternative.cursor++;
        }
      }
      partial += contributions[g] as number;
    }
    const full = heapIds.length >= limit;
    if (full && (partial * (1 + SLACK) + optionalBound) <= (heapScores[0] as number)) continue;
    for (let g = 0; g < prepared.length; g++) {
      if (essential[g] === 1) continue;
      for (const alternative of (prepared[g] as Group).alternatives) {
        seek(alternative, sentence);
        if (alternative.postings[alternative.cursor] === sentence) {
          credited[g] = 1;
          contributions[g] = alternative.weight / (norms[sentence] as number);
          break;
        }
      }
    }
    // Summed in group order, as the exhaustive pass adds them: the very same floating-point score.
    let score = 0;
    let touched = false;
    for (let g = 0; g < prepared.length; g++) {
      if (credited[g] === 0) continue;
      const c = contributions[g] as number;
      score = touched ? score + c : c;
      touched = true;
    }
    if (!full) {
      heapIds.push(sentence);
      heapScores.push(score);
      siftUp(heapIds.length - 1);
      if (heapIds.length >= limit) raiseThreshold();
    } else if (worse(heapScores[0] as number, heapIds[0] as number, score, sentence)) {
      heapIds[0] = sentence;
      heapScores[0] = score;
      siftDown(0);
      raiseThreshold();
    }
  }
  return heapIds.map((sentence, i) => ({ sentence, score: heapScores[i] as number })).sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}
