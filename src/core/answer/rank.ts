import type { SentenceIndex } from '../index/sentence-index.js';
import type { QueryGroup } from './query-terms.js';

const K1 = 1.2;
const B = 0.75;
/** Candidates re-ranked per question: enough to find the answer, few enough to stay fast. */
export const CANDIDATES = 60;
/** Stamps restart from zero long before they could lose precision as float64. */
const STAMP_LIMIT = 2 ** 31 - 1;
/** Per sentence id, three numbers side by side in {@link Scratch.cells}: */
const SLOT = 0;
const NORM = 1;
const STAMP = 2;
const CELL = 3;

/**
 * Scratch arrays reused across questions: allocating a score per sentence on every question would
 * cost more than the scoring itself at 250,000 sentences.
 */
export interface Scratch {
  /**
   * Per sentence id, side by side (one cache line read per posting rather than three, which is
   * what a posting costs at two million sentences): its slot in `touched` for the current
   * question, its BM25 length normalisation (filled on the first question of an index), and the
   * stamp of the group that last credited it (a group counts once per sentence). Stamps only
   * grow, so a stamp older than the question's first group means "not yet touched by this
   * question" (it then gets a slot, its score starting afresh).
   */
  cells: Float64Array;
  stamp: number;
  /** Sentences touched by the current question, in first-touch order (the first `touchedCount`). */
  touched: Int32Array;
  /**
   * The score of each of them, by slot: read in order when the best are picked, not by sentence
   * id from a table the size of the whole index (a second cache miss per touched sentence).
   */
  scores: Float64Array;
  touchedCount: number;
  normsOf: SentenceIndex | undefined;
  /** Sentence ids walked at a time (see {@link walkGroups}). */
  block: number;
  /**
   * The largest 1/norm of a sentence with a content word (every sentence in a posting list has
   * one): no posting is worth more than its walk's weight times this.
   */
  maxInverse: number;
  /** One bit per sentence id of a block: the sentences a walk that must be walked holds. */
  candidates: Int32Array;
  /** The `limit` best scores of the blocks done (a min-heap). */
  best: Float64Array;
  /** Postings of the last question read only against the bitmap (their walk optional): how much was skipped. */
  optionalPostings: number;
}

/** Sentence ids walked at a time: the cells of 32,768 sentences (768 KB) stay in the core's caches while every walk credits them. */
const BLOCK = 1 << 15;

export function createScratch(size: number, block = BLOCK): Scratch {
  return {
    cells: new Float64Array(CELL * size),
    stamp: 0,
    touched: new Int32Array(size),
    scores: new Float64Array(size),
    touchedCount: 0,
    normsOf: undefined,
    block: Math.max(1, Math.floor(block)),
    maxInverse: 0,
    candidates: new Int32Array((Math.max(1, Math.floor(block)) >> 5) + 1),
    best: new Float64Array(CANDIDATES),
    optionalPostings: 0,
  };
}

function fillNorms(scratch: Scratch, index: SentenceIndex): void {
  const { cells } = scratch;
  const n = Math.min(cells.length / CELL, index.idLimit);
  let smallest = Number.POSITIVE_INFINITY;
  for (let sentence = 0; sentence < n; sentence++) {
    const length = index.sentenceLength(sentence);
    const norm = 1 + K1 * (1 - B + (B * length) / index.averageLength);
    cells[CELL * sentence + NORM] = norm;
    if (length > 0 && norm < smallest) smallest = norm;
  }
  scratch.maxInverse = smallest === Number.POSITIVE_INFINITY ? 0 : 1 / smallest;
  scratch.normsOf = index;
}

/** True when the sentence in slot `a` ranks below the one in slot `b`: a lower score, or the same score and a later sentence. */
function worse(scores: Float64Array, touched: Int32Array, a: number, b: number): boolean {
  const sa = scores[a] as number;
  const sb = scores[b] as number;
  return sa < sb || (sa === sb && (touched[a] as number) > (touched[b] as number));
}

/** Restores the heap of slots below `i`: the worst kept sentence stays at the root. */
function siftDown(heap: Int32Array, size: number, i: number, scores: Float64Array, touched: Int32Array): void {
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) return;
    const right = left + 1;
    let child = left;
    if (right < size && worse(scores, touched, heap[right] as number, heap[left] as number)) child = right;
    if (!worse(scores, touched, heap[child] as number, heap[i] as number)) return;
    const swap = heap[i] as number;
    heap[i] = heap[child] as number;
    heap[child] = swap;
    i = child;
  }
}

/**
 * The `limit` best of the `count` touched sentences, best first, in the order a full sort by score
 * (ties by sentence) would give: a bounded heap keeps the cost linear in the touched sentences,
 * which run to hundreds of thousands when a question has a common word.
 */
function topSentences(touched: Int32Array, scores: Float64Array, count: number, limit: number): Array<{ sentence: number; score: number }> {
  const size = Math.min(limit, count);
  const heap = new Int32Array(size);
  for (let i = 0; i < size; i++) heap[i] = i;
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, i, scores, touched);
  for (let i = size; i < count; i++) {
    if (size > 0 && worse(scores, touched, heap[0] as number, i)) {
      heap[0] = i;
      siftDown(heap, size, 0, scores, touched);
    }
  }
  const ranked: Array<{ sentence: number; score: number }> = [];
  for (let i = 0; i < size; i++) {
    const slot = heap[i] as number;
    ranked.push({ sentence: touched[slot] as number, score: scores[slot] as number });
  }
  ranked.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  return ranked;
}

/** One alternative of a group as retrieval walks it: its rarest term's postings and its weight. */
interface Walk {
  postings: Int32Array;
  weight: number;
}

/**
 * Each group's alternatives as BM25 credits them: heaviest first (the first that holds a sentence
 * credits it), each by its rarest term, without words in a fifth of all sentences when the question
 * has a rarer one.
 */
function walksOf(groups: readonly QueryGroup[], index: SentenceIndex): Walk[][] {
  const commonCutoff = Math.max(1_000, index.size * 0.05);
  const hasRareGroup = groups.some((g) => g.alternatives.some((a) => a.terms.every((t) => index.documentFrequency(t) <= commonCutoff)));
  return groups.map((group) => {
    const walks: Walk[] = [];
    for (const alternative of [...group.alternatives].sort((a, b) => b.weight - a.weight)) {
      const lead = leadTerm(index, alternative.terms);
      if (lead === undefined) continue;
      const postings = index.postings(lead);
      // Words in a fifth of all sentences ("said") find nothing a rarer word would not.
      if (hasRareGroup && postings.length > commonCutoff) continue;
      walks.push({ postings, weight: index.idf(lead) * alternative.weight * (K1 + 1) });
    }
    return walks;
  });
}

/** Relative slack on upper bounds: a sum of the same credits rounded otherwise stays below it. */
const SLACK = 1e-9;

/** Adds `value` to the min-heap of the `limit` best in `heap` (of `size`); returns the new size. */
function keepBest(heap: Float64Array, size: number, limit: number, value: number): number {
  if (size < limit) {
    let at = size;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if ((heap[parent] as number) <= value) break;
      heap[at] = heap[parent] as number;
      at = parent;
    }
    heap[at] = value;
    return size + 1;
  }
  if (value <= (heap[0] as number)) return size;
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && (heap[right] as number) < (heap[left] as number) ? right : left;
    if ((heap[child] as number) >= value) break;
    heap[at] = heap[child] as number;
    at = child;
  }
  heap[at] = value;
  return size;
}

/**
 * Adds every group's BM25 credit to the sentences its walks hold (once per sentence and group),
 * group `g` under stamp `firstStamp + g`, and leaves out sentences that provably cannot be among
 * the `limit` best.
 *
 * The walks are taken a block of sentence ids at a time — every group, in order, over the ids
 * below the block's end, then the next block — so the scratch cells a block touches are read from
 * the cache instead of memory, and a sentence still receives its credits in group order (the same
 * floating-point sum as group after group). When a block is done, its sentences' scores are final:
 * the `limit`-th best of them so far is a floor that a later sentence (a higher id, so it loses a
 * tie) must beat. A walk's posting adds at most its weight over the shortest sentence's norm; the
 * least valuable walks whose groups could together add no more than the floor are then optional
 * (MaxScore): in the next blocks only sentences that some other walk holds are credited from them,
 * found in a bitmap of the block rather than in the scratch cells. A sentence only optional walks
 * hold could not reach the floor, so it is left untouched; every touched sentence gets all its credits.
 */
function walkGroups(walks: readonly Walk[][], scratch: Scratch, firstStamp: number, limit: number): void {
  const { cells, touched, scores, block, candidates, maxInverse } = scratch;
  let touchedCount = scratch.touchedCount;
  const lists: Int32Array[] = [];
  const weights: number[] = [];
  const stamps: number[] = [];
  const groupOf: number[] = [];
  walks.forEach((group, g) => {
    for (const { postings, weight } of group) {
      if (postings.length === 0) continue;
      lists.push(postings);
      weights.push(weight);
      stamps.push(firstStamp + g);
      groupOf.push(g);
    }
  });
  const cursors = new Int32Array(lists.length);
  // Walks by what one posting can add, least first: the first `optional` of them are optional.
  const bounds = weights.map((weight) => weight * maxInverse);
  const byBound = lists.map((_, w) => w).sort((x, y) => (bounds[x] as number) - (bounds[y] as number) || x - y);
  const required = new Uint8Array(lists.length).fill(1);
  let optional = 0;
  const most = new Float64Array(walks.length);
  if (scratch.best.length < limit) scratch.best = new Float64Array(limit);
  const { best } = scratch;
  let bestCount = 0;
  let floor = Number.NEGATIVE_INFINITY;

  let open = lists.length;
  while (open > 0) {
    // The block of the lowest sentence id still to walk.
    let next = Number.POSITIVE_INFINITY;
    for (let w = 0; w < lists.length; w++) {
      const sentence = (lists[w] as Int32Array)[cursors[w] as number];
      if (sentence !== undefined && sentence < next) next = sentence;
    }
    const start = Math.floor(next / block) * block;
    const end = start + block;
    if (optional > 0) {
      candidates.fill(0);
      for (let w = 0; w < lists.length; w++) {
        if (required[w] === 0) continue;
        const postings = lists[w] as Int32Array;
        for (let i = cursors[w] as number; i < postings.length; i++) {
          const at = (postings[i] as number) - start;
          if (at >= block) break;
          candidates[at >> 5] = (candidates[at >> 5] as number) | (1 << (at & 31));
        }
      }
    }
    const firstSlot = touchedCount;
    for (let w = 0; w < lists.length; w++) {
      const postings = lists[w] as Int32Array;
      let i = cursors[w] as number;
      if (i >= postings.length) continue;
      const weight = weights[w] as number;
      const stamp = stamps[w] as number;
      const all = required[w] === 1;
      for (; i < postings.length; i++) {
        const sentence = postings[i] as number;
        if (sentence >= end) break;
        if (!all) {
          const at = sentence - start;
          if (((candidates[at >> 5] as number) & (1 << (at & 31))) === 0) continue;
        }
        const at = CELL * sentence;
        const last = cells[at + STAMP] as number;
        if (last === stamp) continue;
        cells[at + STAMP] = stamp;
        if (last < firstStamp) {
          cells[at + SLOT] = touchedCount;
          touched[touchedCount] = sentence;
          // 0 + x is x: the same sum as resetting the score and then adding.
          scores[touchedCount++] = weight / (cells[at + NORM] as number);
        } else {
          const slot = cells[at + SLOT] as number;
          scores[slot] = (scores[slot] as number) + weight / (cells[at + NORM] as number);
        }
      }
      if (!all) scratch.optionalPostings += i - (cursors[w] as number);
      cursors[w] = i;
      if (i >= postings.length) open--;
    }
    if (open === 0) break;
    if (limit <= 0) continue;
    // The block's scores are final: raise the floor, and with it the walks that are optional.
    for (let slot = firstSlot; slot < touchedCount; slot++) bestCount = keepBest(best, bestCount, limit, scores[slot] as number);
    if (bestCount < limit || (best[0] as number) <= floor) continue;
    floor = best[0] as number;
    most.fill(0);
    optional = 0;
    for (const w of byBound) {
      const g = groupOf[w] as number;
      const before = most[g] as number;
      most[g] = Math.max(before, bounds[w] as number);
      let sum = 0;
      for (const m of most) sum += m;
      if (sum * (1 + SLACK) > floor) {
        most[g] = before;
        break;
      }
      required[w] = 0;
      optional++;
    }
  }
  scratch.touchedCount = touchedCount;
  scratch.stamp = firstStamp + walks.length - 1;
}

/** Makes room for `needed` more stamps: stamps restart from zero before they could grow too large. */
function reserveStamps(scratch: Scratch, needed: number): void {
  if (scratch.stamp > STAMP_LIMIT - needed) {
    const { cells } = scratch;
    for (let at = STAMP; at < cells.length; at += CELL) cells[at] = 0;
    scratch.stamp = 0;
  }
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
  reserveStamps(scratch, groups.length);
  const firstStamp = scratch.stamp + 1;
  scratch.touchedCount = 0;
  scratch.optionalPostings = 0;
  walkGroups(walksOf(groups, index), scratch, firstStamp, limit);
  return topSentences(scratch.touched, scratch.scores, scratch.touchedCount, limit);
}

/** How well a set of terms covers each group: the best alternative whose terms are all present. */
export function groupMatches(groups: readonly QueryGroup[], terms: { has(term: number): boolean }): number[] {
  return groups.map((group) => {
    let best = 0;
    for (const alternative of group.alternatives) {
      if (alternative.weight > best && hasAll(terms, alternative.terms)) best = alternative.weight;
    }
    return best;
  });
}

/** {@link groupMatches} written into `out` (one entry per group), for a caller that reuses it. */
export function groupMatchesInto(groups: readonly QueryGroup[], terms: { has(term: number): boolean }, out: Float64Array): Float64Array {
  for (let g = 0; g < groups.length; g++) {
    let best = 0;
    for (const alternative of (groups[g] as QueryGroup).alternatives) {
      if (alternative.weight > best && hasAll(terms, alternative.terms)) best = alternative.weight;
    }
    out[g] = best;
  }
  return out;
}

function hasAll(terms: { has(term: number): boolean }, wanted: readonly number[]): boolean {
  for (let i = 0; i < wanted.length; i++) if (!terms.has(wanted[i] as number)) return false;
  return true;
}

/** Importance-weighted share of the question the matches cover, 0–1. */
export function coverage(groups: readonly QueryGroup[], matches: ArrayLike<number>): number {
  let total = 0;
  let matched = 0;
  for (let i = 0; i < groups.length; i++) {
    const importance = (groups[i] as QueryGroup).importance;
    total += importance;
    matched += importance * (matches[i] ?? 0);
  }
  return total === 0 ? 0 : matched / total;
}

/** The rarest term of a phrase: it finds the phrase's sentences; the others are checked when re-ranking. */
export function leadTerm(index: SentenceIndex, terms: readonly number[]): number | undefined {
  let lead = terms[0];
  for (const term of terms) if (lead === undefined || index.documentFrequency(term) < index.documentFrequency(lead)) lead = term;
  return lead;
}
