import { leadingTitleLength } from '../facts/extract-entities.js';
import { splitSentenceSpans } from '../ingest/split-sentences.js';
import { tokenize, tokenizeOnce, type Token } from '../text/tokenize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Article } from '../types.js';

/**
 * Version of everything an analysis depends on (sentence splitting, tokenising, stemming, stopwords,
 * name runs, the layout below). A persisted analysis of another version is never trusted: bump this
 * whenever one of those changes.
 */
export const INDEX_ENGINE_VERSION = 'factdesk-index/27';

/**
 * What loading learns from one article's text, as plain data (strings and typed arrays) so that it
 * can be persisted and merged into a knowledge index without tokenising again. Ids are local to
 * the article: `stems[terms[i]]`.
 */
export interface ArticleAnalysis {
  /** Per sentence: paragraph, start and end offset in the paragraph (3 numbers each). */
  spans: Int32Array;
  /** Distinct stems of indexed words, in first-seen order. */
  stems: string[];
  /** Distinct indexed words (lower case, accents folded), in first-seen order. */
  words: string[];
  /** Per word: its stem's position in `stems`. */
  wordStems: Int32Array;
  /** Per sentence, its distinct stems in first-seen order; sentence i is `terms[offsets[i]..offsets[i+1])`. */
  terms: Int32Array;
  offsets: Int32Array;
  /** Content-word count of each sentence. */
  lengths: Uint16Array;
  /** Capitalised multi-word names seen mid-sentence, in first-seen order… */
  names: string[];
  /** … and how often each was seen (one number per name, not a pair: 65,000 pairs at 10,000 articles were 18 MB). */
  nameCounts: Int32Array;
  /** Lower-case words of those names (no stopwords) and of the curated people (all words). */
  nameWords: string[];
}

/** Content tokens worth indexing: stopwords carry no evidence and would bloat the postings. */
export function isIndexed(token: Token): boolean {
  return !STOPWORDS.has(token.word) && (token.word.length > 1 || /\d/.test(token.word));
}

/** Whether the written word starts with an upper-case letter (ASCII decided without a regex). */
function startsUpperCase(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text.slice(start, end));
}

/** Lower-case particles inside a person's name: `Bill de Blasio`, `Ludwig van Beethoven`. */
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin', 'ibn']);

/** A one-word name: a capital, then lower case, with the inner capitals of "McCone", "DeWitt" or "O'Brien". */
const SINGLE_NAME = /^\p{Lu}\p{Ll}+(?:['’]?\p{Lu}\p{Ll}+)*$|^\p{Lu}['’]\p{Lu}\p{Ll}+$/u;

/**
 * Collects runs of capitalised words ("Sean McCormack", "State Department") from one sentence, with
 * particles inside ("Bill de Blasio") and without the titles before a person's name ("Mayor",
 * "CEO"), so that suggestions name people, not "Mayor Bill" or "CEO Mark Zuckerberg".
 */
function collectNames(text: string, tokens: readonly Token[], names: Map<string, number>, runs: string[]): void {
  let runStart = -1;
  let runEnd = -1;
  let count = 0;
  const flush = (): void => {
    if (count >= 1 && runStart >= 0) {
      const run = text.slice(runStart, runEnd).replace(/['’]s$/, '').trim();
      if (run.length > 2 && (count >= 2 || SINGLE_NAME.test(run))) {
        // The words of the run as written (titles too) are what the answers match names by.
        runs.push(run);
        const words = run.split(/\s+/);
        const titles = count >= 3 ? leadingTitleLength(words) : 0;
        const name = words.slice(titles).join(' ');
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
      const next = tokens[i + 1];
      // `de` in `Bill de Blasio` continues the name when a capitalised word follows at once.
      if (runStart >= 0 && next?.capitalized && NAME_PARTICLES.has(text.slice(token.start, token.end)) && /^\s+$/.test(text.slice(runEnd, token.start)) && /^\s+$/.test(text.slice(token.end, next.start))) continue;
      flush();
      continue;
    }
    const prev = tokens[i - 1];
    // "Export-Import Bank", "Coca-Cola": a hyphen between two capitalised words keeps one name.
    const adjacent = prev !== undefined && runStart >= 0 && /^(?:[\s.]*|-)$/.test(text.slice(prev.end, token.start));
    // A middle initial ("John A. McCone") is a name's word, though "a" is a stopword elsewhere.
    const initial = runStart >= 0 && token.end - token.start === 1 && text[token.end] === '.' && tokens[i + 1]?.capitalized === true;
    if ((initial || !STOPWORDS.has(token.word)) && startsUpperCase(text, token.start, token.end)) {
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

/**
 * Tokenises and stems a run of sentences once: the costly half of loading, done per article so
 * that it can be kept and reused while the article does not change.
 *
 * @example
 * const a = analyzeTexts(['Iran proposed talks.']);
 * a.stems; // ['iran', 'propos', 'talk']
 */
export function analyzeTexts(texts: readonly string[], people: Article['people'] = []): Omit<ArticleAnalysis, 'spans'> {
  const stemIds = new Map<string, number>();
  const wordIds = new Map<string, number>();
  const stems: string[] = [];
  const words: string[] = [];
  const wordStems: number[] = [];
  const lastSentence: number[] = [];
  const terms: number[] = [];
  const offsets = new Int32Array(texts.length + 1);
  const lengths = new Uint16Array(texts.length);
  const names = new Map<string, number>();
  const runs: string[] = [];
  texts.forEach((text, id) => {
    const all = tokenizeOnce(text);
    collectNames(text, all, names, runs);
    let length = 0;
    for (const token of all) {
      if (!isIndexed(token)) continue;
      length++;
      // A word always has the same stem, so the word alone finds its stem after its first sighting.
      let word = wordIds.get(token.word);
      if (word === undefined) {
        let stem = stemIds.get(token.stem);
        if (stem === undefined) {
          stem = stems.length;
          stemIds.set(token.stem, stem);
          stems.push(token.stem);
          lastSentence.push(-1);
        }
        word = words.length;
        wordIds.set(token.word, word);
        words.push(token.word);
        wordStems.push(stem);
      }
      const stem = wordStems[word] as number;
      if (lastSentence[stem] !== id) {
        lastSentence[stem] = id;
        terms.push(stem);
      }
    }
    offsets[id + 1] = terms.length;
    lengths[id] = Math.min(length, 65_535);
  });
  const nameWords = new Set<string>();
  for (const run of runs) for (const t of tokenize(run)) if (!STOPWORDS.has(t.word)) nameWords.add(t.word);
  for (const person of people) for (const t of tokenize([person.name, ...(person.aliases ?? [])].join(' '))) nameWords.add(t.word);
  return {
    stems,
    words,
    wordStems: Int32Array.from(wordStems),
    terms: Int32Array.from(terms),
    offsets,
    lengths,
    names: [...names.keys()],
    nameCounts: Int32Array.from(names.values()),
    nameWords: [...nameWords],
  };
}

/**
 * Splits an article into sentences and analyses them.
 *
 * @example
 * analyzeArticle(article).spans; // Int32Array [0, 0, 34, 0, 35, 80, …] (paragraph, start, end)
 */
export function analyzeArticle(article: Article): ArticleAnalysis {
  const spans: number[] = [];
  const texts: string[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentenceSpans(paragraph)) {
      spans.push(p, span.start, span.end);
      texts.push(span.text);
    }
  });
  return { spans: Int32Array.from(spans), ...analyzeTexts(texts, article.people) };
}

/** Number of sentences an analysis describes. */
export function sentenceCountOf(analysis: Pick<ArticleAnalysis, 'lengths'>): number {
  return analysis.lengths.length;
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

function inRange(values: Int32Array, below: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (v < 0 || v >= below) return false;
  }
  return true;
}

/**
 * Checks persisted plain data before it is trusted: every array of the right type and length,
 * every id in range, every span inside its paragraph. Anything else (a truncated or corrupt file,
 * another layout) gives undefined, and the article is analysed again.
 *
 * @example
 * readArticleAnalysis(JSON.parse('{}'), article); // undefined
 */
export function readArticleAnalysis(data: unknown, article: Article): ArticleAnalysis | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const a = data as Partial<Record<keyof ArticleAnalysis, unknown>>;
  if (!(a.spans instanceof Int32Array) || !(a.wordStems instanceof Int32Array) || !(a.terms instanceof Int32Array)) return undefined;
  if (!(a.offsets instanceof Int32Array) || !(a.lengths instanceof Uint16Array)) return undefined;
  if (!isStringArray(a.stems) || !isStringArray(a.words) || !isStringArray(a.nameWords)) return undefined;
  if (!isStringArray(a.names) || !(a.nameCounts instanceof Int32Array) || a.nameCounts.length !== a.names.length) return undefined;
  const count = a.lengths.length;
  if (a.spans.length !== count * 3 || a.offsets.length !== count + 1 || a.wordStems.length !== a.words.length) return undefined;
  if (!inRange(a.wordStems, a.stems.length) || !inRange(a.terms, a.stems.length)) return undefined;
  if (a.offsets[0] !== 0 || a.offsets[count] !== a.terms.length) return undefined;
  for (let i = 0; i < count; i++) {
    if ((a.offsets[i + 1] as number) < (a.offsets[i] as number)) return undefined;
    const paragraph = article.paragraphs[a.spans[3 * i] as number];
    const start = a.spans[3 * i + 1] as number;
    const end = a.spans[3 * i + 2] as number;
    if (paragraph === undefined || start < 0 || end <= start || end > paragraph.length) return undefined;
  }
  return a as ArticleAnalysis;
}
