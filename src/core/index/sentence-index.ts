import { tokenizeOnce, type Token } from '../text/tokenize.js';
import { STOPWORDS } from '../text/stopwords.js';

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
 * check which question terms a candidate sentence contains. Built once per knowledge base in one
 * linear pass; answering a question touches only the postings of the question's terms, so the cost
 * of a question grows with how common its words are, not with the size of the knowledge base.
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

function isIndexed(token: Token): boolean {
  return !STOPWORDS.has(token.word) && (token.word.length > 1 || /\d/.test(token.word));
}

/** Whether the written word starts with an upper-case letter (ASCII decided without a regex). */
function startsUpperCase(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text.slice(start, end));
}

/** Collects runs of capitalised words ("Sean McCormack", "State Department") from one sentence. */
function collectNames(text: string, tokens: readonly Token[], names: Map<string, number>): void {
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const flush = (): void => {
    if (count >= 1 && runStart >= 0) {
      const name = text.slice(runStart, runEnd).replace(/['’]s$/, '').trim();
      if (name.length > 2 && (count >= 2 || /^\p{Lu}\p{Ll}+$/u.test(name))) {
        names.set(name, (names.get(name) ?? 0) + 1);
      }
    }
    runStart = -1;
    count = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    // Most words are not capitalised: decide those before slicing any text.
    if (!token.capitalized) {
      flush();
      continue;
    }
    const prev = tokens[i - 1];
    const adjacent = prev !== undefined && runStart >= 0 && /^[\s.]*$/.test(text.slice(prev.end, token.start));
    if (!STOPWORDS.has(token.word) && startsUpperCase(text, token.start, token.end)) {
      if (runStart >= 0 && !adjacent) flush();
      if (runStart < 0) runStart = token.start;
      runEnd = token.end;
      count++;
    } else {
      flush();
    }
  }
  flush();
}

/** Builds the index in one pass over the sentences. */
export function buildSentenceIndex(sentences: readonly IndexedSentence[]): SentenceIndex {
  const termIds = new Map<string, number>();
  const vocabulary = new Map<string, number>();
  const postingLists: number[][] = [];
  /** Per term: the last sentence that listed it (a term is listed once per sentence). */
  const lastSentence: number[] = [];
  const termOffsets = new Int32Array(sentences.length + 1);
  const terms: number[] = [];
  const lengths = new Uint16Array(sentences.length);
  const byArticle: number[][] = [];
  const names = new Map<string, number>();
  let totalLength = 0;

  sentences.forEach((sentence, id) => {
    const all = tokenizeOnce(sentence.text);
    collectNames(sentence.text, all, names);
    let length = 0;
    for (const token of all) {
      if (!isIndexed(token)) continue;
      length++;
      // A word always has the same stem, so the word alone finds its term after its first sighting.
      let term = vocabulary.get(token.word);
      if (term === undefined) {
        term = termIds.get(token.stem);
        if (term === undefined) {
          term = postingLists.length;
          termIds.set(token.stem, term);
          postingLists.push([]);
          lastSentence.push(-1);
        }
        vocabulary.set(token.word, term);
      }
      if (lastSentence[term] !== id) {
        lastSentence[term] = id;
        postingLists[term]?.push(id);
        terms.push(term);
      }
    }
    termOffsets[id + 1] = terms.length;
    lengths[id] = Math.min(length, 65_535);
    totalLength += length;
    (byArticle[sentence.article] ??= []).push(id);
  });

  const postings = postingLists.map((list) => Int32Array.from(list));
  const flatTerms = Int32Array.from(terms);
  const n = Math.max(sentences.length, 1);
  const idfOf = (df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));
  const idfs = Float64Array.from(postings, (p) => idfOf(p.length));
  const empty = new Int32Array(0);

  return {
    sentences,
    size: sentences.length,
    averageLength: totalLength / n,
    maxIdf: idfOf(1),
    vocabulary,
    names,
    termId: (stem) => termIds.get(stem),
    postings: (term) => postings[term] ?? empty,
    documentFrequency: (term) => postings[term]?.length ?? 0,
    idf: (term) => idfs[term] ?? idfOf(0),
    sentenceTerms: (sentence) => flatTerms.subarray(termOffsets[sentence] ?? 0, termOffsets[sentence + 1] ?? 0),
    sentenceLength: (sentence) => lengths[sentence] ?? 0,
    articleSentences: (article) => byArticle[article] ?? [],
  };
}
