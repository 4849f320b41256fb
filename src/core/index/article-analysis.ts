import { hasOrganisationHead, isNameTitle, isPlaceWord, leadingTitleLength } from '../facts/extract-entities.js';
import { lookupPlace } from '../facts/gazetteer.js';
import { tabulateMentions, type MentionTable } from '../facts/mention-table.js';
import { splitSentenceSpans } from '../ingest/split-sentences.js';
import { tokenize, tokenizeOnce, type Token } from '../text/tokenize.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Article } from '../types.js';

/**
 * What the name reader (`readMentions`) reads from every Brown sentence a test may read: a
 * fingerprint recorded by tests/core/facts/mention-table.test.ts, which fails when the reader reads
 * any of them differently. Part of {@link INDEX_ENGINE_VERSION}, so that an index persisted with
 * names read the old way is rebuilt, not trusted.
 */
export const MENTION_READER = 'ef133f815233f0cf';

/**
 * Version of everything an analysis depends on (sentence splitting, tokenising, stemming, stopwords,
 * name runs, the name reader, the layout below). A persisted analysis of another version is never
 * trusted: bump this whenever one of those changes (the name reader's fingerprint changes itself).
 */
export const INDEX_ENGINE_VERSION = `factdesk-index/41+${MENTION_READER}`;

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
  /** Every sentence's raw name mentions, when they were read at indexing (see {@link analyzeArticle}). */
  mentions?: MentionTable;
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
function collectNames(text: string, tokens: readonly Token[], names: Map<string, number>, runs: string[], partOfListed: (start: number, end: number) => boolean = () => false): void {
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
        // ("Marshall Field" of "Marshall Field and Company", a name the curator lists, is no name of its own.)
        if (!partOfListed(runStart, runEnd)) names.set(name, (names.get(name) ?? 0) + 1);
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

/** A word of a person's name: capitalised, or an initial ("T."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]*(?:\p{Lu}[\p{Ll}'’-]*)*|\p{Lu}\.)$/u;

/**
 * For each surname a story writes in a person's full name (or a curated alias of one word), the
 * other words of that name as tokens: "holmes" → [sherlock] when the story writes "Sherlock
 * Holmes". A surname of two different full names ("John Lee", "Ann Lee") stands for neither; a
 * title ("Senator"), a place ("New York") or an organisation ("State Department") is no full name.
 *
 * @example
 * givenNames(['Sherlock Holmes', 'Baker Street'], []).get('holmes'); // [{ word: 'sherlock', stem: 'sherlock', … }]
 */
export function givenNames(runs: readonly string[], people: Article['people'] = []): Map<string, Token[]> {
  const found = new Map<string, Token[] | null>();
  const add = (surname: string, others: readonly string[], curated: boolean): void => {
    const key = tokenize(surname)[0]?.word;
    const tokens = tokenize(others.join(' ')).filter((t) => isIndexed(t) && t.word !== key);
    if (key === undefined || tokens.length === 0) return;
    const known = found.get(key);
    const same = known !== undefined && known !== null && known.map((t) => t.word).join(' ') === tokens.map((t) => t.word).join(' ');
    if (curated || known === undefined) found.set(key, tokens);
    else if (!same) found.set(key, null);
  };
  const seen = new Set<string>();
  for (const run of runs) {
    if (seen.has(run)) continue;
    seen.add(run);
    const words = run.split(/\s+/);
    while (words.length > 2 && isNameTitle(words[0] ?? '')) words.shift();
    const surname = words[words.length - 1] ?? '';
    if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w)) || isNameTitle(words[0] ?? '')) continue;
    if (!SINGLE_NAME.test(surname) || lookupPlace(run) !== undefined || lookupPlace(surname) !== undefined || hasOrganisationHead(words) || words.some(isPlaceWord)) continue;
    add(surname, words.slice(0, -1), false);
  }
  const curated = new Map<string, string[]>();
  for (const person of people) {
    const words = person.name.split(/\s+/);
    if (words.length < 2) continue;
    for (const alias of person.aliases ?? []) if (!/\s/.test(alias) && words.includes(alias)) curated.set(alias, words.filter((w) => w !== alias));
  }
  for (const [alias, others] of curated) add(alias, others, true);
  const out = new Map<string, Token[]>();
  for (const [key, tokens] of found) if (tokens !== null) out.set(key, tokens);
  return out;
}

/**
 * Whether the text from `start` to `end` is a part of a name of several words the curator lists,
 * where the text writes that name in full: "Marshall Field" in "… at Marshall Field and Company,".
 */
function partOfListedName(text: string, listed: readonly string[]): (start: number, end: number) => boolean {
  const spans: Array<[number, number]> = [];
  for (const name of listed) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!LETTER.test(text.charAt(at - 1)) && !LETTER.test(text.charAt(end))) spans.push([at, end]);
    }
  }
  return (start, end) => spans.some(([from, to]) => from <= start && end <= to && end - start < to - from);
}

/** A letter or a combining mark: what a name's first or last letter may not be next to. */
const LETTER = /[\p{L}\p{M}]/u;

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
  // The sentences' tokens and name runs first: the full names a story writes tell what its
  // surnames alone stand for, in sentences before them too.
  const tokenized = texts.map((text) => tokenizeOnce(text));
  const listed = people.map((p) => p.name).filter((name) => name.includes(' '));
  texts.forEach((text, id) => collectNames(text, tokenized[id] as Token[], names, runs, listed.length === 0 ? undefined : partOfListedName(text, listed)));
  const given = givenNames(runs, people);
  // The stem id of a word, the word and its stem seen for the first time if new.
  const termOf = (token: Pick<Token, 'word' | 'stem'>): number => {
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
    return wordStems[word] as number;
  };
  texts.forEach((text, id) => {
    const all = tokenized[id] as Token[];
    let length = 0;
    for (const token of all) {
      if (!isIndexed(token)) continue;
      length++;
      const stem = termOf(token);
      if (lastSentence[stem] !== id) {
        lastSentence[stem] = id;
        terms.push(stem);
      }
    }
    // "Holmes is addicted …" in a story of Sherlock Holmes is indexed under "sherlock" too (not
    // counted in the sentence's length): a question that names him in full finds the sentence.
    if (given.size > 0) {
      for (const token of all) {
        const others = startsUpperCase(text, token.start, token.end) ? given.get(token.word) : undefined;
        if (others === undefined) continue;
        for (const other of others) {
          const stem = termOf(other);
          if (lastSentence[stem] !== id) {
            lastSentence[stem] = id;
            terms.push(stem);
          }
        }
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
 * Splits an article into sentences and analyses them; with `mentions`, reads every sentence's names too.
 *
 * @example
 * analyzeArticle(article).spans; // Int32Array [0, 0, 34, 0, 35, 80, …] (paragraph, start, end)
 */
export function analyzeArticle(article: Article, options: { mentions?: boolean } = {}): ArticleAnalysis {
  const spans: number[] = [];
  const texts: string[] = [];
  article.paragraphs.forEach((paragraph, p) => {
    for (const span of splitSentenceSpans(paragraph)) {
      spans.push(p, span.start, span.end);
      texts.push(span.text);
    }
  });
  const analysis: ArticleAnalysis = { spans: Int32Array.from(spans), ...analyzeTexts(texts, article.people) };
  if (options.mentions === true) analysis.mentions = tabulateMentions(texts);
  return analysis;
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
