import type { SentenceIndex } from '../index/sentence-index.js';
import type { QueryGroup } from './query-terms.js';

const K1 = 1.2;
const B = 0.75;
/** Candidates re-ranked per question: enough to find the answer, few enough to stay fast. */
export const CANDIDATES = 60;
/** Stamps restart from zero before they could overflow an Int32Array. */
const STAMP_LIMIT = 2 ** 31 - 1;

/**
 * Scratch arrays reused across questions: allocating a score per sentence on every question would
 * cost more than the scoring itself at 250,000 sentences.
 */
export interface Scratch {
  scores: Float64Array;
  /**
   * Per sentence: the group that last credited it (a group counts once per sentence). Stamps only
   * grow, so a stamp older than the question's first group means "not yet touched by this question"
   * (its score is then reset) — one array read per posting instead of two.
   */
  stamps: Int32Array;
  stamp: number;
  /** Sentences touched by the current question, in first-touch order (the first `touchedCount`). */
  touched: Int32Array;
  touchedCount: number;
  /** Per sentence: the BM25 length normalisation, filled on the first question of an index. */
  norms: Float64Array;
  normsOf: SentenceIndex | undefined;
}

export function createScratch(size: number): Scratch {
  return {
    scores: new Float64Array(size),
    stamps: new Int32Array(size),
    stamp: 0,
    touched: new Int32Array(size),
    touchedCount: 0,
    norms: new Float64Array(size),
    normsOf: undefined,
  };
}

function fillNorms(scratch: Scratch, index: SentenceIndex): void {
  const { norms } = scratch;
  const n = Math.min(norms.length, index.idLimit);
  for (let sentence = 0; sentence < n; sentence++) {
    norms[sentence] = 1 + K1 * (1 - B + (B * index.sentenceLength(sentence)) / index.averageLength);
  }
  scratch.normsOf = index;
}

/** True when sentence `a` ranks below `b`: a lower score, or the same score and a later sentence. */
function worse(scores: Float64Array, a: number, b: number): boolean {
  const sa = scores[a] as number;
  const sb = scores[b] as number;
  return sa < sb || (sa === sb && a > b);
}

/** Restores the heap below `i`: the worst kept sentence stays at the root. */
function siftDown(heap: Int32Array, size: number, i: number, scores: Float64Array): void {
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const right = left + 1;
    let child = left;
    if (right < size && worse(scores, heap[right] as number, heap[left] as number)) child = right;
    if (!worse(scores, heap[child] as number, heap[i] as number)) return;
    const swap = heap[i] as number;
    heap[i] = heap[child] as number;
    heap[child] = swap;
    i = child;
  }
}

/**
 * The `limit` best of `count` touched sentences, best first, in the order a full sort by score
 * (ties by sentence) would give: a bounded heap keeps the cost linear in the touched sentences,
 * which run to tens of thousands when a question has a common word.
 */
function topSentences(touched: Int32Array, count: number, scores: Float64Array, limit: number): Array<{ sentence: number; score: number }> {
  const size = Math.min(limit, count);
  const heap = new Int32Array(size);
  for (let i = 0; i < size; i++) heap[i] = touched[i] as number;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, i, scores);
  for (let i = size; i < count; i++) {
    const sentence = touched[i] as number;
    if (size > 0 && worse(scores, heap[0] as number, sentence)) {
      heap[0] = sentence;
      siftDown(heap, size, 0, scores);
    }
  }
  const ranked: Array<{ sentence: number; score: number }> = [];
  for (let i = 0; i < size; i++) {
    const sentence = heap[i] as number;
    ranked.push({ sentence, score: scores[sentence] as number });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  return ranked;
}

/**
 * BM25 over the question's groups: each group counts once per sentence (its best alternative), so
 * a sentence matching "rejected" and its synonym "refused" is not counted twice.
 *
 * @example
 * retrieve(groups, index, createScratch(index.idLimit)); // [{ sentence: 0, score: 4.2 }, …]
 */
export function retrieve(groups: readonly QueryGroup[], index: SentenceIndex, scratch: Scratch, limit = CANDIDATES): Array<{ sentence: number; score: number }> {
  if (scratch.normsOf !== index) fillNorms(scratch, index);
  const { scores, stamps, touched, norms } = scratch;
  let touchedCount = 0;
  if (scratch.stamp > STAMP_LIMIT - groups.length) {
    stamps.fill(0);
    scratch.stamp = 0;
  }
  const firstStamp = scratch.stamp + 1;
  const commonCutoff = Math.max(1_000, index.size * 0.05);
  const hasRareGroup = groups.some((g) => g.alternatives.some((a) => a.terms.every((t) => index.documentFrequency(t) <= commonCutoff)));
  for (const group of groups) {
    scratch.stamp++;
    const stamp = scratch.stamp;
    const alternatives = [...group.alternatives].sort((a, b) => b.weight - a.weight);
    for (const alternative of alternatives) {
      const lead = leadTerm(index, alternative.terms);
      if (lead === undefined) continue;
      const postings = index.postings(lead);
      // Words in a fifth of all sentences ("said") find nothing a rarer word would not.
      if (hasRareGroup && postings.length > commonCutoff) continue;
      const weight = index.idf(lead) * alternative.weight * (K1 + 1);
      for (let i = 0; i < postings.length; i++) {
        const sentence = postings[i] as number;
        const last = stamps[sentence] as number;
        if (last === stamp) continue;
        stamps[sentence] = stamp;
        if (last < firstStamp) {
          touched[touchedCount++] = sentence;
          // 0 + x is x: the same sum as resetting the score and then adding.
          scores[sentence] = weight / (norms[sentence] as number);
        } else {
          scores[sentence] = (scores[sentence] as number) + weight / (norms[sentence] as number);
        }
      }
    }
  }
  scratch.touchedCount = touchedCount;
  return topSentences(touched, touchedCount, scores, limit);
}

/** How well a set of terms covers each group: the best alternative whose terms are all present. */
export function groupMatches(groups: readonly QueryGroup[], terms: ReadonlySet<number>): number[] {
  return groups.map((group) => {
    let best = 0;
    for (const alternative of group.alternatives) {
      if (alternative.weight > best && alternative.terms.every((t) => terms.has(t))) best = alternative.weight;
    }
    return best;
  });
}

/** Importance-weighted share of the question the matches cover, 0–1. */
export function coverage(groups: readonly QueryGroup[], matches: readonly number[]): number {
  let total = 0;
  let matched = 0;
  groups.forEach((group, i) => {
    total += group.importance;
    matched += group.importance * (matches[i] ?? 0);
  });
  return total === 0 ? 0 : matched / total;
}

/** The rarest term of a phrase: it finds the phrase's sentences; the others are checked when re-ranking. */
export function leadTerm(index: SentenceIndex, terms: readonly number[]): number | undefined {
  let lead = terms[0];
  for (const term of terms) if (lead === undefined || index.documentFrequency(term) < index.documentFrequency(lead)) lead = term;
  return lead;
}
