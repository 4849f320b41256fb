import { analyzeTexts, isIndexed, type ArticleAnalysis } from './article-analysis.js';
import type { Token } from '../text/tokenize.js';

/** Where an indexed sentence lives. */
export interface IndexedSentence {
  /** Index into the knowledge base's article list. */
  article: number;
  paragraph: number;
  /** Position in the article (0 is the lead). */
  index: number;
  text: string;
}

/**
 * An inverted index over sentences: stems → postings, with the per-sentence term sets needed to
 * check which question terms a candidate sentence contains. Answering a question touches only the
 * postings of the question's terms, so the cost of a question grows with how common its words
 * are, not with the size of the knowledge base.
 *
 * @example
 * const index = buildSentenceIndex([{ article: 0, paragraph: 0, index: 0, text: 'Iran proposed talks.' }]);
 * index.postings(index.termId('talk')!); // Int32Array [0]
 */
export interface SentenceIndex {
  /**
   * Per sentence id: the sentence; undefined for an id no sentence has (room left for edits). Made
   * on each access from flat tables (no object per sentence is kept): read `sentence(id)` or
   * `articleOf(id)` in loops; this indexable form is kept for callers written against the old array.
   */
  readonly sentences: ReadonlyArray<IndexedSentence | undefined>;
  /** The sentence with this id, made on demand; undefined for an id no sentence has. */
  sentence(id: number): IndexedSentence | undefined;
  /** The article (index into the knowledge base's article list) of a sentence id; -1 for an id no sentence has. */
  articleOf(id: number): number;
  /** Number of sentences. */
  readonly size: number;
  /** Every sentence id is below this: the length of an array indexed by sentence id. */
  readonly idLimit: number;
  readonly averageLength: number;
  /** Term id of a stem, if any sentence has it. */
  termId(stem: string): number | undefined;
  /** Sentence ids containing the term, ascending. */
  postings(term: number): Int32Array;
  /** Number of sentences containing the term. */
  documentFrequency(term: number): number;
  /** Inverse document frequency (BM25 form, always > 0). */
  idf(term: number): number;
  /** Largest idf any term can have: a term seen once. */
  readonly maxIdf: number;
  /** Distinct term ids of a sentence. */
  sentenceTerms(sentence: number): Int32Array;
  /** Content-word count of a sentence. */
  sentenceLength(sentence: number): number;
  /** Every distinct lower-case surface word with its term id (for fuzzy matching). */
  readonly vocabulary: ReadonlyMap<string, number>;
  /** Sentence ids of an article, in order. */
  articleSentences(article: number): readonly number[];
  /** An article's first sentence id (`articleSentences(article)[0]`) without the list; undefined for none. */
  firstSentence(article: number): number | undefined;
  /**
   * The distinct term ids of each sentence from id `from` to `to` (excluded), one sentence after
   * the other (what {@link sentenceTerms} gives for each, concatenated): one view, when the
   * sentences are of one article, instead of one per sentence. Empty when `from` ≥ `to`.
   */
  sentencesTerms(from: number, to: number): Int32Array;
  /**
   * The distinct term ids of each of an article's sentences, one sentence after the other in order
   * (what {@link sentenceTerms} gives for each, concatenated): one view instead of one per sentence.
   */
  articleSentenceTerms(article: number): Int32Array;
  /** Capitalised multi-word names seen mid-sentence, with how often (for autocomplete/topics). */
  readonly names: ReadonlyMap<string, number>;
}

/** Content tokens worth indexing: stopwords carry no evidence and would bloat the postings. */
export function indexTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter(isIndexed);
}

/**
 * One article of an index: its analysis and where its sentences' text is. The index keeps no
 * object per sentence: a sentence is made from its unit when asked for.
 */
export interface IndexUnit {
  readonly analysis: Omit<ArticleAnalysis, 'spans'>;
  /** Number of sentences. */
  readonly count: number;
  /** Paragraph of sentence i. */
  paragraphOf(i: number): number;
  /** Position of sentence i in its article (0 is the lead). */
  positionOf(i: number): number;
  /** Text of sentence i. */
  textOf(i: number): string;
}

/**
 * Where an article's sentences' text is: its paragraphs, or — for an article whose text is kept
 * outside the JS heap (restored from the persisted index) — a way to cut one sentence out of it
 * without making the article's paragraphs.
 */
export interface ParagraphSource {
  readonly paragraphs: readonly string[];
  /** The text of `paragraphs[paragraph].slice(start, end)`, without making the paragraphs. */
  sentenceText?(paragraph: number, start: number, end: number): string;
}

/** An article's sentences as spans of its paragraphs (`spans`: paragraph, start, end per sentence). */
export class SpanUnit implements IndexUnit {
  readonly count: number;
  private own: Omit<ArticleAnalysis, 'spans'>;
  constructor(
    analysis: Omit<ArticleAnalysis, 'spans'>,
    private readonly spans: Int32Array,
    private readonly source: ParagraphSource,
  ) {
    this.own = analysis;
    this.count = analysis.lengths.length;
  }

  get analysis(): Omit<ArticleAnalysis, 'spans'> {
    return this.own;
  }

  /**
   * Drops the article's own stems, words and per-sentence local ids once the index holds it: the
   * index keeps their global ids (a restored unit never had them). Only those are read again.
   */
  forgetLocalIds(): void {
    this.own = { ...this.own, stems: [], words: [], wordStems: EMPTY, terms: EMPTY };
  }

  paragraphOf(i: number): number {
    return this.spans[3 * i] as number;
  }

  positionOf(i: number): number {
    return i;
  }

  textOf(i: number): string {
    const paragraph = this.spans[3 * i] as number;
    const start = this.spans[3 * i + 1] as number;
    const end = this.spans[3 * i + 2] as number;
    const { source } = this;
    return source.sentenceText ? source.sentenceText(paragraph, start, end) : (source.paragraphs[paragraph] ?? '').slice(start, end);
  }
}

/** Sentences given one by one (see {@link buildSentenceIndex}). */
class SentenceUnit implements IndexUnit {
  readonly count: number;
  constructor(
    readonly analysis: Omit<ArticleAnalysis, 'spans'>,
    private readonly sentences: readonly IndexedSentence[],
  ) {
    this.count = sentences.length;
  }

  paragraphOf(i: number): number {
    return this.sentences[i]?.paragraph ?? 0;
  }

  positionOf(i: number): number {
    return this.sentences[i]?.index ?? 0;
  }

  textOf(i: number): string {
    return this.sentences[i]?.text ?? '';
  }
}

/**
 * The sentences of an index as an indexable list made on access (a Proxy: each read makes the
 * sentence), for callers that index `sentences` as the array it once was.
 */
function sentenceList(length: number, sentence: (id: number) => IndexedSentence | undefined): ReadonlyArray<IndexedSentence | undefined> {
  const idOf = (key: string | symbol): number | undefined => {
    if (typeof key !== 'string') return undefined;
    const id = Number(key);
    return Number.isInteger(id) && id >= 0 && String(id) === key ? id : undefined;
  };
  return new Proxy<Array<IndexedSentence | undefined>>([], {
    get(target, key, receiver) {
      if (key === 'length') return length;
      const id = idOf(key);
      return id === undefined ? Reflect.get(target, key, receiver) : sentence(id);
    },
    has(target, key) {
      const id = idOf(key);
      return id === undefined ? Reflect.has(target, key) : id < length;
    },
  });
}

interface UnitState {
  readonly unit: IndexUnit;
  /** Id of the unit's first sentence (-1 until placed). */
  start: number;
  /** Ids reserved for the unit, `start .. start + capacity - 1`: the spare ones let it grow in place. */
  capacity: number;
  /** Position of the unit in the article order (the `article` of its sentences). */
  slot: number;
  /** The last update that listed the unit. */
  seen: number;
  /** Per local stem: its global term id. */
  readonly stemTerms: Int32Array;
  /** The unit's per-sentence terms as global ids (same layout as `analysis.terms`). */
  readonly terms: Int32Array;
  /** Per local word: its global word id. */
  readonly wordIds: Int32Array;
}

/**
 * The whole index as plain data (strings and typed arrays), for persisting: loading it back costs
 * a few map insertions per distinct word instead of tokenising every sentence again.
 */
export interface IndexSnapshot {
  stems: string[];
  words: string[];
  wordTerms: Int32Array;
  wordRefs: Int32Array;
  /** Every term's postings, concatenated; term t is `postings[postingOffsets[t]..postingOffsets[t+1])`. */
  postings: Int32Array;
  postingOffsets: Int32Array;
  /** Every name with how often it is seen, and every name word with how many articles have it. */
  names: string[];
  nameCounts: Int32Array;
  nameWords: string[];
  nameWordRefs: Int32Array;
  totalLength: number;
  /** Per unit, in index order: its first sentence id and the ids reserved for it. */
  starts: Int32Array;
  capacities: Int32Array;
  /** Per unit, in index order: its global stem ids, word ids and per-sentence terms, each list concatenated. */
  stemTerms: FlatLists<Int32Array>;
  wordIds: FlatLists<Int32Array>;
  terms: FlatLists<Int32Array>;
}

/**
 * Many typed arrays as one: list i is `values[offsets[i]..offsets[i+1])`. Persisted so, a start
 * reads a few buffers and makes views into them, instead of one buffer per article and list
 * (tens of thousands of small ArrayBuffers, each copied on deserialisation and tracked by the GC).
 */
export interface FlatLists<T extends Int32Array | Uint16Array> {
  values: T;
  offsets: Int32Array;
}

/** Concatenates lists of one typed-array type. */
export function flatten<T extends Int32Array | Uint16Array>(lists: readonly T[], make: (length: number) => T): FlatLists<T> {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
  const values = make(offsets[lists.length] as number);
  lists.forEach((list, i) => values.set(list, offsets[i]));
  return { values, offsets };
}

/** List i of flat lists (a view, no copy); throws when the lists do not hold that many or are malformed. */
export function listOf<T extends Int32Array | Uint16Array>(flat: FlatLists<T>, i: number): T {
  const from = flat.offsets[i];
  const to = flat.offsets[i + 1];
  if (from === undefined || to === undefined || from < 0 || to < from || to > flat.values.length) throw new Error('index snapshot: list out of range');
  return flat.values.subarray(from, to) as T;
}

/** Whether every value is in `0 .. below - 1`. */
export function allBelow(values: Int32Array, below: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0 || v >= below) return false;
  }
  return true;
}

/** The words of an index that some sentence still has, as a read-only map word → term. */
class Vocabulary implements ReadonlyMap<string, number> {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly terms: readonly number[],
    private readonly refs: readonly number[],
    private readonly count: () => number,
  ) {}

  get size(): number {
    return this.count();
  }

  get(word: string): number | undefined {
    const id = this.ids.get(word);
    return id !== undefined && (this.refs[id] ?? 0) > 0 ? this.terms[id] : undefined;
  }

  has(word: string): boolean {
    return this.get(word) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (const [word, id] of this.ids) if ((this.refs[id] ?? 0) > 0) yield [word, this.terms[id] as number];
  }

  *keys(): MapIterator<string> {
    for (const [word] of this.entries()) yield word;
  }

  *values(): MapIterator<number> {
    for (const [, term] of this.entries()) yield term;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [word, term] of this.entries()) callback(term, word, this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}

const EMPTY = new Int32Array(0);

function add<K>(counts: Map<K, number>, key: K, by: number): number {
  const value = (counts.get(key) ?? 0) + by;
  if (value <= 0) counts.delete(key);
  else counts.set(key, value);
  return value;
}

function push<K>(lists: Map<K, number[]>, key: K, ...values: number[]): void {
  const list = lists.get(key);
  if (list) list.push(...values);
  else lists.set(key, values);
}

/** First position in `list[from..]` whose id is ≥ `id` (galloping from `from`, then binary search). */
function lowerBound(list: Int32Array, id: number, from = 0): number {
  let lo = from;
  let step = 1;
  while (lo + step < list.length && (list[lo + step] as number) < id) {
    lo += step;
    step *= 2;
  }
  if (lo < list.length && (list[lo] as number) >= id) return lo;
  let hi = Math.min(lo + step, list.length);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The list without the ids in the given ranges (`[from, to)` pairs, ascending); copies, never walks. */
function removeRanges(list: Int32Array, ranges: readonly number[]): Int32Array {
  const cuts: number[] = [];
  let removed = 0;
  let at = 0;
  for (let r = 0; r < ranges.length; r += 2) {
    const from = lowerBound(list, ranges[r] as number, at);
    const to = lowerBound(list, ranges[r + 1] as number, from);
    if (to > from) {
      cuts.push(from, to);
      removed += to - from;
    }
    at = to;
  }
  if (removed === 0) return list;
  const out = new Int32Array(list.length - removed);
  let read = 0;
  let write = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    out.set(list.subarray(read, cuts[c]), write);
    write += (cuts[c] as number) - read;
    read = cuts[c + 1] as number;
  }
  out.set(list.subarray(read), write);
  return out;
}

/** The list with ascending ids none of which it holds inserted: runs between its ids are copied. */
function insertSorted(list: Int32Array, ids: readonly number[]): Int32Array {
  const out = new Int32Array(list.length + ids.length);
  let read = 0;
  let write = 0;
  let i = 0;
  while (i < ids.length) {
    const at = lowerBound(list, ids[i] as number, read);
    out.set(list.subarray(read, at), write);
    write += at - read;
    read = at;
    const below = read < list.length ? (list[read] as number) : Number.POSITIVE_INFINITY;
    while (i < ids.length && (ids[i] as number) < below) out[write++] = ids[i++] as number;
  }
  out.set(list.subarray(read), write);
  return out;
}

/** A map of each key to the value of its position. */
function mapOf(keys: readonly string[], value: (i: number) => number): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i] as string, value(i));
  return map;
}

const endOf = (state: UnitState): number => state.start + state.capacity;

/** Options of a {@link KnowledgeIndex}. */
export interface KnowledgeIndexOptions {
  /**
   * Reserve spare ids (a few per article, and some before the first) so that an edited or added
   * article usually fits without moving others. False for an index built once: ids are then
   * exactly 0 … size - 1.
   */
  spare?: boolean;
}

/**
 * The knowledge base's inverted index, updated in place: a changed, added or removed article
 * changes only its own postings, so a reload never holds a second copy of the index.
 *
 * Sentence ids are stable: each article owns a range of ids with a few spare ones after it (and
 * some are kept free before the first article), and ids follow the order of the units given, as
 * a build from scratch would order them — so ties between equal scores, broken by id, fall the
 * same way however the index was reached. An edited article is put back in the room of the
 * old one; a new one goes into the free ids between its neighbours; only when those are too few
 * are the nearest articles spread out (their postings renumbered in place), over a window that
 * doubles until it has room. When unused ids exceed the used ones (many articles removed), the
 * whole index is laid out afresh.
 *
 * @example
 * const index = new KnowledgeIndex();
 * index.update(units);              // everything
 * index.update([...units, extra]);  // only `extra` is indexed
 * const view = index.view();        // what the answer engine reads
 */
export class KnowledgeIndex {
  private states: UnitState[] = [];
  /** The state of each indexed unit (the first, when a unit was given twice). */
  private readonly stateOf = new Map<IndexUnit, UnitState>();
  private epoch = 0;
  /**
   * Per id below `limit`: the article slot (position in the order) of its sentence, -1 for a spare
   * id. Longer than `limit` when grown ahead; every entry from `limit` on is -1.
   */
  private slots = new Int32Array(0);
  private limit = 0;
  private liveCount = 0;
  private readonly termIds = new Map<string, number>();
  private postingLists: Int32Array[] = [];
  private wordIndex = new Map<string, number>();
  private wordList: string[] = [];
  private wordTerms: number[] = [];
  private wordRefs: number[] = [];
  private liveWords = 0;
  private vocabulary = this.newVocabulary();
  private names = new Map<string, number>();
  private nameWordRefs = new Map<string, number>();
  /** Lower-case words that occur inside names (and curated people) of the indexed articles. */
  nameWords = new Set<string>();
  private totalLength = 0;
  private readonly spare: boolean;
  /** What the last update did: sentences of kept articles that were given new ids (0 when all fit). */
  readonly lastUpdate = { moved: 0, compacted: false };

  constructor(options: KnowledgeIndexOptions = {}) {
    this.spare = options.spare ?? true;
  }

  /** Number of indexed sentences. */
  get size(): number {
    return this.liveCount;
  }

  /** Ids are below this (spare ones included). */
  get idLimit(): number {
    return this.limit;
  }

  /** Makes room for ids below `limit` (new entries -1) and sets it; shrinking clears what is cut. */
  private setLimit(limit: number): void {
    if (limit > this.slots.length) {
      const grown = new Int32Array(Math.max(limit, Math.ceil(this.slots.length * 1.25))).fill(-1);
      grown.set(this.slots.subarray(0, this.limit));
      this.slots = grown;
    } else if (limit < this.limit) {
      this.slots.fill(-1, limit, this.limit);
    }
    this.limit = limit;
  }

  private spareFor(count: number): number {
    return this.spare ? (count >> 3) + 2 : 0;
  }

  private frontGap(total: number): number {
    return this.spare ? Math.max(256, Math.ceil(total / 50)) : 0;
  }

  /**
   * Makes the index hold exactly `next`, in that order. Units already indexed (the same objects)
   * keep their ids when they can; the others are removed or indexed.
   */
  update(next: readonly IndexUnit[]): void {
    // Units are found through a map kept across updates and marked with the update's number, so
    // an update costs a lookup per unit, not sets and maps of the whole index built anew.
    const epoch = ++this.epoch;
    const order: UnitState[] = [];
    let total = 0;
    for (const unit of next) {
      let state = this.stateOf.get(unit);
      // Once only: the same unit given twice is indexed again the second time.
      if (state === undefined || state.seen === epoch) {
        state = this.attach(unit);
        if (!this.stateOf.has(unit)) this.stateOf.set(unit, state);
      }
      state.seen = epoch;
      order.push(state);
      total += unit.count;
    }

    // Removed units: their id ranges are cut out of their terms' postings.
    const removals = new Map<number, number[]>();
    for (const state of this.states) {
      if (state.seen === epoch) continue;
      this.detach(state);
      if (this.stateOf.get(state.unit) === state) this.stateOf.delete(state.unit);
      const count = state.unit.count;
      for (const term of state.stemTerms) push(removals, term, state.start, state.start + count);
      this.slots.fill(-1, state.start, state.start + count);
    }
    for (const [term, ranges] of removals) this.postingLists[term] = removeRanges(this.postingLists[term] as Int32Array, ranges);
    const oldStarts = order.map((state) => state.start);
    this.place(order, total);
    this.lastUpdate.moved = this.relocate(order, oldStarts);

    // New units: their ids merged into their terms' postings (ascending: units in id order).
    const additions = new Map<number, number[]>();
    order.forEach((state, i) => {
      if (oldStarts[i] !== -1) return;
      const { offsets } = state.unit.analysis;
      const count = state.unit.count;
      this.slots.fill(i, state.start, state.start + count);
      for (let s = 0; s < count; s++) {
        for (let k = offsets[s] as number; k < (offsets[s + 1] as number); k++) push(additions, state.terms[k] as number, state.start + s);
      }
    });
    for (const [term, ids] of additions) this.postingLists[term] = insertSorted(this.postingLists[term] as Int32Array, ids);

    // Mostly spare ids (many articles removed): lay everything out afresh.
    const last = order[order.length - 1];
    let room = this.frontGap(total);
    for (const state of order) room += state.unit.count + this.spareFor(state.unit.count);
    this.lastUpdate.compacted = this.spare && last !== undefined && endOf(last) > 2 * room;
    if (this.lastUpdate.compacted) {
      const starts = order.map((state) => state.start);
      this.layout(order, 0, order.length, 0, Number.POSITIVE_INFINITY, total);
      this.lastUpdate.moved += this.relocate(order, starts);
    }
    this.setLimit(last === undefined ? 0 : endOf(last));

    order.forEach((state, slot) => {
      if (state.slot === slot) return;
      state.slot = slot;
      this.slots.fill(slot, state.start, state.start + state.unit.count);
    });
    this.states = order;
    this.liveCount = total;
  }

  /** Gives every unit not yet placed (start -1) an id range, spreading out neighbours when needed. */
  private place(order: UnitState[], total: number): void {
    const n = order.length;
    for (let i = 0; i < n; ) {
      if ((order[i] as UnitState).start >= 0) {
        i++;
        continue;
      }
      let a = i;
      let b = i;
      while (b < n && (order[b] as UnitState).start < 0) b++;
      for (;;) {
        const lo = a > 0 ? endOf(order[a - 1] as UnitState) : 0;
        const hi = b < n ? (order[b] as UnitState).start : Number.POSITIVE_INFINITY;
        if (this.fits(order, a, b, hi - lo)) {
          this.layout(order, a, b, lo, hi, total);
          break;
        }
        const widen = Math.max(1, b - a);
        a = Math.max(0, a - widen);
        b = Math.min(n, b + widen);
        while (b < n && (order[b] as UnitState).start < 0) b++;
      }
      i = b;
    }
  }

  /** The sentences of units a..b-1 and the spare ids they would get. */
  private demand(order: readonly UnitState[], a: number, b: number): { used: number; spare: number } {
    let used = 0;
    let spare = 0;
    for (let i = a; i < b; i++) {
      const count = (order[i] as UnitState).unit.count;
      used += count;
      spare += this.spareFor(count);
    }
    return { used, spare };
  }

  /** Whether units a..b-1 fit in `room` ids with at least half their usual spare ids. */
  private fits(order: readonly UnitState[], a: number, b: number, room: number): boolean {
    if (room === Number.POSITIVE_INFINITY) return true;
    const { used, spare } = this.demand(order, a, b);
    return used + (spare >> 1) <= room;
  }

  /** Lays units a..b-1 out in ids lo..hi-1: room left over goes before them (new articles come first). */
  private layout(order: readonly UnitState[], a: number, b: number, lo: number, hi: number, total: number): void {
    const { used, spare } = this.demand(order, a, b);
    const open = hi === Number.POSITIVE_INFINITY;
    const share = open || spare === 0 ? 1 : Math.min(1, (hi - lo - used) / spare);
    let capacities = 0;
    const caps: number[] = [];
    for (let i = a; i < b; i++) {
      const count = (order[i] as UnitState).unit.count;
      const capacity = count + Math.floor(this.spareFor(count) * share);
      caps.push(capacity);
      capacities += capacity;
    }
    let at = open ? lo + (lo === 0 ? this.frontGap(total) : 0) : hi - capacities;
    for (let i = a; i < b; i++) {
      const state = order[i] as UnitState;
      state.start = at;
      state.capacity = caps[i - a] as number;
      at += state.capacity;
    }
  }

  /**
   * Renumbers in place the postings and sentence table of kept units whose start changed (from
   * `oldStarts`; -1 for units not indexed before). Returns how many sentences moved.
   */
  private relocate(order: readonly UnitState[], oldStarts: readonly number[]): number {
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    let moved = 0;
    for (let i = 0; i < order.length; i++) {
      const from = oldStarts[i] as number;
      const state = order[i] as UnitState;
      if (from < 0 || from === state.start) continue;
      lo = Math.min(lo, from);
      hi = Math.max(hi, from + state.unit.count);
      moved += state.unit.count;
    }
    const last = order[order.length - 1];
    if (last !== undefined && this.limit < endOf(last)) this.setLimit(endOf(last));
    if (moved === 0) return 0;
    const map = new Int32Array(hi - lo);
    for (let k = 0; k < map.length; k++) map[k] = lo + k;
    const touched = new Uint8Array(this.postingLists.length);
    for (let i = 0; i < order.length; i++) {
      const from = oldStarts[i] as number;
      const state = order[i] as UnitState;
      if (from < 0 || from === state.start) continue;
      const count = state.unit.count;
      for (let s = 0; s < count; s++) map[from - lo + s] = state.start + s;
      this.slots.fill(-1, from, from + count);
      for (const term of state.stemTerms) touched[term] = 1;
    }
    for (let i = 0; i < order.length; i++) {
      const from = oldStarts[i] as number;
      const state = order[i] as UnitState;
      if (from < 0 || from === state.start) continue;
      this.slots.fill(i, state.start, state.start + state.unit.count);
    }
    // Kept units keep their order, so renumbering keeps every list ascending.
    for (let term = 0; term < touched.length; term++) {
      if (touched[term] === 0) continue;
      const list = this.postingLists[term] as Int32Array;
      const end = lowerBound(list, hi);
      for (let p = lowerBound(list, lo); p < end; p++) list[p] = map[(list[p] as number) - lo] as number;
    }
    return moved;
  }

  private attach(unit: IndexUnit): UnitState {
    const { analysis } = unit;
    const stemTerms = new Int32Array(analysis.stems.length);
    analysis.stems.forEach((stem, i) => {
      let term = this.termIds.get(stem);
      if (term === undefined) {
        term = this.postingLists.length;
        this.termIds.set(stem, term);
        this.postingLists.push(EMPTY);
      }
      stemTerms[i] = term;
    });
    const wordIds = new Int32Array(analysis.words.length);
    analysis.words.forEach((word, i) => {
      let id = this.wordIndex.get(word);
      if (id === undefined) {
        id = this.wordList.length;
        this.wordIndex.set(word, id);
        this.wordList.push(word);
        this.wordTerms.push(stemTerms[analysis.wordStems[i] as number] as number);
        this.wordRefs.push(0);
      }
      if (this.wordRefs[id] === 0) this.liveWords++;
      this.wordRefs[id] = (this.wordRefs[id] as number) + 1;
      wordIds[i] = id;
    });
    analysis.names.forEach((name, i) => add(this.names, name, analysis.nameCounts[i] as number));
    for (const word of analysis.nameWords) if (add(this.nameWordRefs, word, 1) === 1) this.nameWords.add(word);
    for (const length of analysis.lengths) this.totalLength += length;
    const terms = new Int32Array(analysis.terms.length);
    for (let k = 0; k < terms.length; k++) terms[k] = stemTerms[analysis.terms[k] as number] as number;
    return { unit, start: -1, capacity: 0, slot: -1, seen: 0, stemTerms, terms, wordIds };
  }

  private detach(state: UnitState): void {
    const { analysis } = state.unit;
    for (const id of state.wordIds) {
      this.wordRefs[id] = (this.wordRefs[id] as number) - 1;
      if (this.wordRefs[id] === 0) this.liveWords--;
    }
    analysis.names.forEach((name, i) => add(this.names, name, -(analysis.nameCounts[i] as number)));
    for (const word of analysis.nameWords) if (add(this.nameWordRefs, word, -1) === 0) this.nameWords.delete(word);
    for (const length of analysis.lengths) this.totalLength -= length;
  }

  /** The index as plain data (see {@link IndexSnapshot}); units are listed in index order. */
  snapshot(): IndexSnapshot {
    const postingOffsets = new Int32Array(this.postingLists.length + 1);
    this.postingLists.forEach((list, t) => {
      postingOffsets[t + 1] = (postingOffsets[t] as number) + list.length;
    });
    const postings = new Int32Array(postingOffsets[this.postingLists.length] as number);
    this.postingLists.forEach((list, t) => postings.set(list, postingOffsets[t]));
    return {
      stems: [...this.termIds.keys()],
      words: this.wordList.slice(),
      wordTerms: Int32Array.from(this.wordTerms),
      wordRefs: Int32Array.from(this.wordRefs),
      postings,
      postingOffsets,
      names: [...this.names.keys()],
      nameCounts: Int32Array.from(this.names.values()),
      nameWords: [...this.nameWordRefs.keys()],
      nameWordRefs: Int32Array.from(this.nameWordRefs.values()),
      totalLength: this.totalLength,
      starts: Int32Array.from(this.states, (state) => state.start),
      capacities: Int32Array.from(this.states, (state) => state.capacity),
      stemTerms: flatten(this.states.map((state) => state.stemTerms), (n) => new Int32Array(n)),
      wordIds: flatten(this.states.map((state) => state.wordIds), (n) => new Int32Array(n)),
      terms: flatten(this.states.map((state) => state.terms), (n) => new Int32Array(n)),
    };
  }

  /**
   * Replaces the contents with a snapshot, for these units (the same articles, in the same order,
   * as when it was taken). A restored unit needs only its offsets, lengths, names and name words:
   * its stems and words are in the snapshot. Throws when the snapshot does not fit the units: the
   * caller then builds from scratch.
   */
  restore(snapshot: IndexSnapshot, units: readonly IndexUnit[]): void {
    const terms = snapshot.stems.length;
    const words = snapshot.words.length;
    const { starts, capacities } = snapshot;
    const sizes = [snapshot.stemTerms, snapshot.wordIds, snapshot.terms].map((flat) => flat.offsets.length);
    if (sizes.some((n) => n !== units.length + 1) || snapshot.postingOffsets.length !== terms + 1) throw new Error('index snapshot does not fit its articles');
    if (!(starts instanceof Int32Array) || !(capacities instanceof Int32Array) || starts.length !== units.length || capacities.length !== units.length) {
      throw new Error('index snapshot: no id layout');
    }
    if (snapshot.wordTerms.length !== words || snapshot.wordRefs.length !== words) throw new Error('index snapshot: word tables differ in length');
    if (snapshot.nameCounts.length !== snapshot.names.length || snapshot.nameWordRefs.length !== snapshot.nameWords.length) throw new Error('index snapshot: name tables differ in length');
    if (snapshot.postingOffsets[terms] !== snapshot.postings.length) throw new Error('index snapshot: postings truncated');
    if (!allBelow(snapshot.wordTerms, terms)) throw new Error('index snapshot: word term out of range');
    const states: UnitState[] = [];
    let limit = 0;
    let total = 0;
    for (let slot = 0; slot < units.length; slot++) {
      const unit = units[slot] as IndexUnit;
      const saved = { stemTerms: listOf(snapshot.stemTerms, slot), wordIds: listOf(snapshot.wordIds, slot), terms: listOf(snapshot.terms, slot) };
      const { analysis } = unit;
      const count = unit.count;
      const start = starts[slot] as number;
      const capacity = capacities[slot] as number;
      if (analysis.offsets.length !== count + 1 || analysis.lengths.length !== count || saved.terms.length !== analysis.offsets[count]) {
        throw new Error('index snapshot: a unit does not fit its article');
      }
      if (start < limit || capacity < count) throw new Error('index snapshot: id ranges overlap');
      states.push({ unit, start, capacity, slot, seen: 0, stemTerms: saved.stemTerms, terms: saved.terms, wordIds: saved.wordIds });
      limit = start + capacity;
      total += count;
    }
    const slots = new Int32Array(limit).fill(-1);
    for (const state of states) slots.fill(state.slot, state.start, state.start + state.unit.count);
    if (!allBelow(snapshot.terms.values, terms) || !allBelow(snapshot.stemTerms.values, terms) || !allBelow(snapshot.wordIds.values, words)) {
      throw new Error('index snapshot: unit ids out of range');
    }
    const { postings, postingOffsets } = snapshot;
    const lists = new Array<Int32Array>(terms);
    for (let t = 0; t < terms; t++) {
      const from = postingOffsets[t] as number;
      const to = postingOffsets[t + 1] as number;
      if (!(from >= 0 && from <= to && to <= postings.length)) throw new Error('index snapshot: postings out of range');
      // Each list ascending, every id a sentence's: one pass over the flat array, no view per check.
      let previous = -1;
      for (let p = from; p < to; p++) {
        const id = postings[p] as number;
        if (id <= previous || id >= limit || (slots[id] as number) < 0) throw new Error('index snapshot: postings out of order');
        previous = id;
      }
      lists[t] = postings.subarray(from, to);
    }
    // Maps filled by loops: no [key, value] pair made per word or name.
    this.termIds.clear();
    snapshot.stems.forEach((stem, t) => this.termIds.set(stem, t));
    this.postingLists = lists;
    this.wordIndex = mapOf(snapshot.words, (i) => i);
    this.wordList = snapshot.words;
    this.wordTerms = Array.from(snapshot.wordTerms);
    this.wordRefs = Array.from(snapshot.wordRefs);
    this.liveWords = this.wordRefs.reduce((live, refs) => live + (refs > 0 ? 1 : 0), 0);
    this.vocabulary = this.newVocabulary();
    this.names = mapOf(snapshot.names, (i) => snapshot.nameCounts[i] as number);
    this.nameWordRefs = mapOf(snapshot.nameWords, (i) => snapshot.nameWordRefs[i] as number);
    this.nameWords = new Set(this.nameWordRefs.keys());
    this.totalLength = snapshot.totalLength;
    this.states = states;
    this.stateOf.clear();
    for (const state of states) if (!this.stateOf.has(state.unit)) this.stateOf.set(state.unit, state);
    this.slots = slots;
    this.limit = limit;
    this.liveCount = total;
  }

  /**
   * A method, not a closure made in `restore`: a closure there would share its scope with the
   * snapshot and keep the whole snapshot alive for as long as the vocabulary.
   */
  private newVocabulary(): Vocabulary {
    return new Vocabulary(this.wordIndex, this.wordTerms, this.wordRefs, () => this.liveWords);
  }

  /**
   * A read-only view for the answer engine. A new view after each update: engines keep per-index
   * scratch space keyed by the view, which must not outlive the layout it was sized for.
   */
  view(): SentenceIndex {
    const slots = this.slots;
    const limit = this.limit;
    const states = this.states;
    const postings = this.postingLists;
    const size = this.liveCount;
    const n = Math.max(size, 1);
    const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const articleOf = (sentence: number): number => (sentence >= 0 && sentence < limit ? (slots[sentence] as number) : -1);
    const stateOf = (sentence: number): UnitState | undefined => states[articleOf(sentence)];
    const sentenceTerms = (sentence: number): Int32Array => {
      const state = stateOf(sentence);
      if (!state) return EMPTY;
      const { offsets } = state.unit.analysis;
      const local = sentence - state.start;
      return state.terms.subarray(offsets[local] ?? 0, offsets[local + 1] ?? 0);
    };
    const sentence = (id: number): IndexedSentence | undefined => {
      const article = articleOf(id);
      const state = states[article];
      if (state === undefined) return undefined;
      const local = id - state.start;
      return { article, paragraph: state.unit.paragraphOf(local), index: state.unit.positionOf(local), text: state.unit.textOf(local) };
    };
    return {
      sentences: sentenceList(limit, sentence),
      sentence,
      articleOf,
      size,
      idLimit: limit,
      averageLength: this.totalLength / n,
      maxIdf: idfOf(1),
      vocabulary: this.vocabulary,
      names: this.names,
      termId: (stem) => {
        const term = this.termIds.get(stem);
        // A stem whose last sentence was removed is unknown, as it would be to a fresh build.
        return term !== undefined && (postings[term]?.length ?? 0) > 0 ? term : undefined;
      },
      postings: (term) => postings[term] ?? EMPTY,
      documentFrequency: (term) => postings[term]?.length ?? 0,
      idf: (term) => idfOf(postings[term]?.length ?? 0),
      sentenceTerms,
      sentencesTerms: (from, to) => {
        if (!(from < to)) return EMPTY;
        const state = stateOf(from);
        if (state && from >= state.start && to <= state.start + state.unit.count && stateOf(to - 1) === state) {
          const { offsets } = state.unit.analysis;
          return state.terms.subarray(offsets[from - state.start] ?? 0, offsets[to - state.start] ?? 0);
        }
        // Sentences of more than one article (or ids no sentence has): each one's terms, joined.
        const parts: Int32Array[] = [];
        for (let id = from; id < to; id++) parts.push(sentenceTerms(id));
        const joined = new Int32Array(parts.reduce((n, part) => n + part.length, 0));
        let at = 0;
        for (const part of parts) {
          joined.set(part, at);
          at += part.length;
        }
        return joined;
      },
      sentenceLength: (sentence) => {
        const state = stateOf(sentence);
        return state ? (state.unit.analysis.lengths[sentence - state.start] ?? 0) : 0;
      },
      articleSentences: (article) => {
        const state = states[article];
        if (!state) return [];
        return Array.from({ length: state.unit.count }, (_, i) => state.start + i);
      },
      firstSentence: (article) => {
        const state = states[article];
        return state && state.unit.count > 0 ? state.start : undefined;
      },
      articleSentenceTerms: (article) => {
        const state = states[article];
        if (!state) return EMPTY;
        const { offsets } = state.unit.analysis;
        return state.terms.subarray(offsets[0] ?? 0, offsets[state.unit.count] ?? 0);
      },
    };
  }
}

/**
 * Builds an index over sentences given in article order (articles numbered 0, 1, 2, … in runs).
 *
 * @example
 * buildSentenceIndex([{ article: 0, paragraph: 0, index: 0, text: 'Iran proposed talks.' }]).size; // 1
 */
export function buildSentenceIndex(sentences: readonly IndexedSentence[]): SentenceIndex {
  const units: IndexUnit[] = [];
  let run: IndexedSentence[] = [];
  const flush = (): void => {
    if (run.length > 0) units.push(new SentenceUnit(analyzeTexts(run.map((s) => s.text)), run));
    run = [];
  };
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentence.article !== sentences[i - 1]?.article) flush();
    run.push(sentence);
  });
  flush();
  const index = new KnowledgeIndex({ spare: false });
  index.update(units);
  return index.view();
}
