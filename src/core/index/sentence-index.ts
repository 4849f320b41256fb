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
  readonly sentences: readonly IndexedSentence[];
  readonly size: number;
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
  /** Capitalised multi-word names seen mid-sentence, with how often (for autocomplete/topics). */
  readonly names: ReadonlyMap<string, number>;
}

/** Content tokens worth indexing: stopwords carry no evidence and would bloat the postings. */
export function indexTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter(isIndexed);
}

/** One article of an index: its analysis and its sentences (whose `article` the index keeps up to date). */
export interface IndexUnit {
  readonly analysis: Omit<ArticleAnalysis, 'spans'>;
  readonly sentences: readonly IndexedSentence[];
}

interface UnitState {
  readonly unit: IndexUnit;
  /** Global id of the unit's first sentence. */
  start: number;
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
  names: Array<[string, number]>;
  nameWords: Array<[string, number]>;
  totalLength: number;
  /** Per unit, in index order. */
  units: Array<{ stemTerms: Int32Array; wordIds: Int32Array; terms: Int32Array }>;
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

/** Merges two ascending id lists into a new one. */
function mergeSorted(a: Int32Array, b: readonly number[]): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/**
 * The knowledge base's inverted index, updated in place: a changed, added or removed article
 * changes only its own postings (and shifts the ids of the sentences after it), so a reload never
 * holds a second copy of the index. Sentence ids follow the order of the units given, exactly as a
 * build from scratch in that order would number them, so answers do not depend on how the index
 * was reached.
 *
 * @example
 * const index = new KnowledgeIndex();
 * index.update(units);              // everything
 * index.update([...units, extra]);  // only `extra` is indexed
 * const view = index.view();        // what the answer engine reads
 */
export class KnowledgeIndex {
  private states: UnitState[] = [];
  private sentenceList: IndexedSentence[] = [];
  private readonly termIds = new Map<string, number>();
  private postingLists: Int32Array[] = [];
  private idfs = new Float64Array(0);
  private wordIndex = new Map<string, number>();
  private wordList: string[] = [];
  private wordTerms: number[] = [];
  private wordRefs: number[] = [];
  private liveWords = 0;
  private vocabulary = new Vocabulary(this.wordIndex, this.wordTerms, this.wordRefs, () => this.liveWords);
  private names = new Map<string, number>();
  private nameWordRefs = new Map<string, number>();
  /** Lower-case words that occur inside names (and curated people) of the indexed articles. */
  nameWords = new Set<string>();
  private totalLength = 0;

  /** Number of indexed sentences. */
  get size(): number {
    return this.sentenceList.length;
  }

  /**
   * Makes the index hold exactly `next`, in that order. Units already indexed (the same objects)
   * are kept and only renumbered; the others are removed or indexed.
   */
  update(next: readonly IndexUnit[]): void {
    const wanted = new Set(next);
    const previous = new Map(this.states.map((state) => [state.unit, state]));
    const affected = new Set<number>();
    for (const state of this.states) if (!wanted.has(state.unit)) this.detach(state, affected);

    const oldToNew = new Int32Array(this.sentenceList.length).fill(-1);
    const states: UnitState[] = new Array<UnitState>(next.length);
    let total = 0;
    for (const unit of next) total += unit.sentences.length;
    const sentences: IndexedSentence[] = new Array<IndexedSentence>(total);
    const added = new Map<number, number[]>();
    let moved = false;
    let start = 0;
    for (let slot = 0; slot < next.length; slot++) {
      const unit = next[slot] as IndexUnit;
      const count = unit.sentences.length;
      let state = previous.get(unit);
      if (state) {
        // Once only: the same unit given twice is indexed again the second time.
        previous.delete(unit);
        const from = state.start;
        if (from !== start) {
          moved = true;
          for (let i = 0; i < count; i++) oldToNew[from + i] = start + i;
        } else {
          for (let i = 0; i < count; i++) oldToNew[from + i] = from + i;
        }
        state.start = start;
      } else {
        state = this.attach(unit, start);
        const { offsets } = unit.analysis;
        for (let i = 0; i + 1 < offsets.length; i++) {
          for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
            const term = state.terms[k] as number;
            affected.add(term);
            let list = added.get(term);
            if (!list) added.set(term, (list = []));
            list.push(start + i);
          }
        }
      }
      const own = unit.sentences;
      for (let i = 0; i < count; i++) {
        const sentence = own[i] as IndexedSentence;
        if (sentence.article !== slot) sentence.article = slot;
        sentences[start + i] = sentence;
      }
      states[slot] = state;
      start += count;
    }

    for (let term = 0; term < this.postingLists.length; term++) {
      const list = this.postingLists[term] as Int32Array;
      if (affected.has(term)) {
        const kept: number[] = [];
        for (let i = 0; i < list.length; i++) {
          const id = oldToNew[list[i] as number] as number;
          if (id >= 0) kept.push(id);
        }
        this.postingLists[term] = mergeSorted(Int32Array.from(kept), added.get(term) ?? []);
      } else if (moved) {
        // Kept units keep their relative order, so renumbering keeps every list ascending.
        for (let i = 0; i < list.length; i++) list[i] = oldToNew[list[i] as number] as number;
      }
    }
    this.states = states;
    this.sentenceList = sentences;
    this.refreshIdf();
  }

  private idfOf(df: number): number {
    const n = Math.max(this.sentenceList.length, 1);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private refreshIdf(): void {
    const idfs = new Float64Array(this.postingLists.length);
    for (let term = 0; term < idfs.length; term++) idfs[term] = this.idfOf((this.postingLists[term] as Int32Array).length);
    this.idfs = idfs;
  }

  private attach(unit: IndexUnit, start: number): UnitState {
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
    for (const [name, count] of analysis.names) add(this.names, name, count);
    for (const word of analysis.nameWords) if (add(this.nameWordRefs, word, 1) === 1) this.nameWords.add(word);
    for (const length of analysis.lengths) this.totalLength += length;
    const terms = new Int32Array(analysis.terms.length);
    for (let k = 0; k < terms.length; k++) terms[k] = stemTerms[analysis.terms[k] as number] as number;
    return { unit, start, stemTerms, terms, wordIds };
  }

  private detach(state: UnitState, affected: Set<number>): void {
    const { analysis } = state.unit;
    for (const term of state.stemTerms) affected.add(term);
    for (const id of state.wordIds) {
      this.wordRefs[id] = (this.wordRefs[id] as number) - 1;
      if (this.wordRefs[id] === 0) this.liveWords--;
    }
    for (const [name, count] of analysis.names) add(this.names, name, -count);
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
      names: [...this.names],
      nameWords: [...this.nameWordRefs],
      totalLength: this.totalLength,
      units: this.states.map((state) => ({ stemTerms: state.stemTerms, wordIds: state.wordIds, terms: state.terms })),
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
    if (snapshot.units.length !== units.length || snapshot.postingOffsets.length !== terms + 1) throw new Error('index snapshot does not fit its articles');
    if (snapshot.wordTerms.length !== words || snapshot.wordRefs.length !== words) throw new Error('index snapshot: word tables differ in length');
    if (snapshot.postingOffsets[terms] !== snapshot.postings.length) throw new Error('index snapshot: postings truncated');
    const inRange = (values: Int32Array, below: number): boolean => values.every((v) => v >= 0 && v < below);
    if (!inRange(snapshot.wordTerms, terms)) throw new Error('index snapshot: word term out of range');
    const states: UnitState[] = [];
    const sentences: IndexedSentence[] = [];
    units.forEach((unit, slot) => {
      const saved = snapshot.units[slot] as IndexSnapshot['units'][number];
      const { analysis } = unit;
      const count = unit.sentences.length;
      if (analysis.offsets.length !== count + 1 || analysis.lengths.length !== count || saved.terms.length !== analysis.offsets[count]) {
        throw new Error('index snapshot: a unit does not fit its article');
      }
      if (!inRange(saved.terms, terms) || !inRange(saved.stemTerms, terms) || !inRange(saved.wordIds, words)) throw new Error('index snapshot: unit ids out of range');
      states.push({ unit, start: sentences.length, stemTerms: saved.stemTerms, terms: saved.terms, wordIds: saved.wordIds });
      for (const sentence of unit.sentences) {
        sentence.article = slot;
        sentences.push(sentence);
      }
    });
    const n = sentences.length;
    const lists: Int32Array[] = [];
    let previous = -1;
    for (let t = 0; t < terms; t++) {
      const list = snapshot.postings.subarray(snapshot.postingOffsets[t], snapshot.postingOffsets[t + 1]);
      previous = -1;
      for (const id of list) {
        if (id <= previous || id >= n) throw new Error('index snapshot: postings out of order');
        previous = id;
      }
      lists.push(list);
    }
    this.termIds.clear();
    snapshot.stems.forEach((stem, t) => this.termIds.set(stem, t));
    this.postingLists = lists;
    this.wordIndex = new Map(snapshot.words.map((word, i) => [word, i]));
    this.wordList = snapshot.words;
    this.wordTerms = Array.from(snapshot.wordTerms);
    this.wordRefs = Array.from(snapshot.wordRefs);
    this.liveWords = this.wordRefs.reduce((live, refs) => live + (refs > 0 ? 1 : 0), 0);
    this.vocabulary = new Vocabulary(this.wordIndex, this.wordTerms, this.wordRefs, () => this.liveWords);
    this.names = new Map(snapshot.names);
    this.nameWordRefs = new Map(snapshot.nameWords);
    this.nameWords = new Set(this.nameWordRefs.keys());
    this.totalLength = snapshot.totalLength;
    this.states = states;
    this.sentenceList = sentences;
    this.refreshIdf();
  }

  /**
   * A read-only view for the answer engine. A new view after each update: engines keep per-index
   * scratch space keyed by the view, which must not outlive the layout it was sized for.
   */
  view(): SentenceIndex {
    const sentences = this.sentenceList;
    const states = this.states;
    const postings = this.postingLists;
    const idfs = this.idfs;
    const n = Math.max(sentences.length, 1);
    const stateOf = (sentence: number): UnitState | undefined => {
      const s = sentences[sentence];
      return s === undefined ? undefined : states[s.article];
    };
    return {
      sentences,
      size: sentences.length,
      averageLength: this.totalLength / n,
      maxIdf: this.idfOf(1),
      vocabulary: this.vocabulary,
      names: this.names,
      termId: (stem) => {
        const term = this.termIds.get(stem);
        // A stem whose last sentence was removed is unknown, as it would be to a fresh build.
        return term !== undefined && (postings[term]?.length ?? 0) > 0 ? term : undefined;
      },
      postings: (term) => postings[term] ?? EMPTY,
      documentFrequency: (term) => postings[term]?.length ?? 0,
      idf: (term) => idfs[term] ?? this.idfOf(0),
      sentenceTerms: (sentence) => {
        const state = stateOf(sentence);
        if (!state) return EMPTY;
        const { offsets } = state.unit.analysis;
        const local = sentence - state.start;
        return state.terms.subarray(offsets[local] ?? 0, offsets[local + 1] ?? 0);
      },
      sentenceLength: (sentence) => {
        const state = stateOf(sentence);
        return state ? (state.unit.analysis.lengths[sentence - state.start] ?? 0) : 0;
      },
      articleSentences: (article) => {
        const state = states[article];
        if (!state) return [];
        return Array.from({ length: state.unit.sentences.length }, (_, i) => state.start + i);
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
    if (run.length > 0) units.push({ analysis: analyzeTexts(run.map((s) => s.text)), sentences: run });
    run = [];
  };
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentence.article !== sentences[i - 1]?.article) flush();
    run.push(sentence);
  });
  flush();
  const index = new KnowledgeIndex();
  index.update(units);
  return index.view();
}
