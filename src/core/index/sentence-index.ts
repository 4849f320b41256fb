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
  private readonly vocabulary = new Map<string, number>();
  private readonly wordRefs = new Map<string, number>();
  private readonly names = new Map<string, number>();
  private readonly nameWordRefs = new Map<string, number>();
  /** Lower-case words that occur inside names (and curated people) of the indexed articles. */
  readonly nameWords = new Set<string>();
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
    const states: UnitState[] = [];
    const sentences: IndexedSentence[] = [];
    const added: number[][] = [];
    let moved = false;
    next.forEach((unit, slot) => {
      const start = sentences.length;
      let state = previous.get(unit);
      if (state) {
        previous.delete(unit);
        if (state.start !== start) moved = true;
        for (let i = 0; i < unit.sentences.length; i++) oldToNew[state.start + i] = start + i;
        state.start = start;
      } else {
        state = this.attach(unit, start);
        const { offsets } = unit.analysis;
        for (let i = 0; i + 1 < offsets.length; i++) {
          for (let k = offsets[i] as number; k < (offsets[i + 1] as number); k++) {
            const term = state.terms[k] as number;
            affected.add(term);
            (added[term] ??= []).push(start + i);
          }
        }
      }
      for (const sentence of unit.sentences) {
        sentence.article = slot;
        sentences.push(sentence);
      }
      states.push(state);
    });

    for (let term = 0; term < this.postingLists.length; term++) {
      const list = this.postingLists[term] as Int32Array;
      if (affected.has(term)) {
        const kept: number[] = [];
        for (let i = 0; i < list.length; i++) {
          const id = oldToNew[list[i] as number] as number;
          if (id >= 0) kept.push(id);
        }
        this.postingLists[term] = mergeSorted(Int32Array.from(kept), added[term] ?? []);
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
    analysis.words.forEach((word, i) => {
      if (add(this.wordRefs, word, 1) === 1) this.vocabulary.set(word, stemTerms[analysis.wordStems[i] as number] as number);
    });
    for (const [name, count] of analysis.names) add(this.names, name, count);
    for (const word of analysis.nameWords) if (add(this.nameWordRefs, word, 1) === 1) this.nameWords.add(word);
    for (const length of analysis.lengths) this.totalLength += length;
    const terms = new Int32Array(analysis.terms.length);
    for (let k = 0; k < terms.length; k++) terms[k] = stemTerms[analysis.terms[k] as number] as number;
    return { unit, start, stemTerms, terms };
  }

  private detach(state: UnitState, affected: Set<number>): void {
    const { analysis } = state.unit;
    for (const term of state.stemTerms) affected.add(term);
    for (const word of analysis.words) if (add(this.wordRefs, word, -1) === 0) this.vocabulary.delete(word);
    for (const [name, count] of analysis.names) add(this.names, name, -count);
    for (const word of analysis.nameWords) if (add(this.nameWordRefs, word, -1) === 0) this.nameWords.delete(word);
    for (const length of analysis.lengths) this.totalLength -= length;
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
