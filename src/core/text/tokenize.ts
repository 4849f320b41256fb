import { stemmer } from 'stemmer';
import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { STOPWORDS } from './stopwords.js';

/** One word of a text, normalised for matching. */
export interface Token {
  /** Lower-case word as matched: `iran`, `mccormack`, `1980`, `united` (from `U.S.`). */
  word: string;
  /** Porter stem of `word` (numbers unchanged): `reject` for `rejected`. */
  stem: string;
  /** True when the word was written with a capital and is not the first word of the text. */
  capitalized: boolean;
  /** Character offsets of the written form in the text. */
  start: number;
  end: number;
}

/**
 * Dotted abbreviations expand to the words they stand for, so that `U.S.` and `United States`
 * (and the demonym `American`, through the lexicon) meet in the index.
 */
const ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  'u.s.': ['united', 'states'],
  'u.s.a.': ['united', 'states'],
  'u.n.': ['united', 'nations'],
  'u.k.': ['united', 'kingdom'],
  'u.s.s.r.': ['soviet', 'union'],
  'e.u.': ['european', 'union'],
}));
/** Upper-case forms that are abbreviations only when written in capitals (`US`, not `us`). */
const UPPER_ABBREVIATIONS: ReadonlyMap<string, string[]> = new Map(Object.entries({
  US: ['united', 'states'],
  USA: ['united', 'states'],
  UN: ['united', 'nations'],
  UK: ['united', 'kingdom'],
  EU: ['european', 'union'],
  USSR: ['soviet', 'union'],
}));

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,\-&]*/gu;
const stemCache = new Map<string, string>();

/** Porter stem with a cache: the same few thousand words recur across a whole knowledge base. */
export function stem(word: string): string {
  let result = stemCache.get(word);
  if (result === undefined) {
    result = /^\d/.test(word) ? word : stemmer(IRREGULAR_VERBS.get(word) ?? word);
    if (stemCache.size < 200_000) stemCache.set(word, result);
  }
  return result;
}

function push(tokens: Token[], word: string, capitalized: boolean, start: number, end: number): void {
  if (word === '') return;
  tokens.push({ word, stem: stem(word), capitalized, start, end });
}

/**
 * Splits text into normalised word tokens: lower case, possessives and trailing dots removed,
 * hyphenated words split, thousands separators dropped, dotted abbreviations expanded.
 *
 * @example
 * tokenize("Iran's U.S.-backed offer").map((t) => t.word); // ['iran', 'united', 'states', 'backed', 'offer']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let first = true;
  for (const match of text.matchAll(WORD)) {
    let raw = match[0];
    const start = match.index;
    // Trailing punctuation belongs to the sentence, not the word ("said," "Iraq." "U.S.").
    const dotted = /^(?:\p{L}\.){2,}/u.exec(raw);
    if (dotted) {
      const expansion = ABBREVIATIONS.get(dotted[0].toLowerCase());
      const end = start + dotted[0].length;
      if (expansion) for (const word of expansion) push(tokens, word, !first, start, end);
      else push(tokens, dotted[0].replace(/\./g, '').toLowerCase(), !first, start, end);
      first = false;
      raw = raw.slice(dotted[0].length).replace(/^[-'’.,]+/, '');
      if (raw === '') continue;
    }
    raw = raw.replace(/['’.,\-&]+$/, '');
    const upper = UPPER_ABBREVIATIONS.get(raw.replace(/['’]s$/, ''));
    if (upper) {
      for (const word of upper) push(tokens, word, !first, start, start + raw.length);
      first = false;
      continue;
    }
    const initial = first;
    first = false;
    if (/^\d[\d,.]*$/.test(raw)) {
      push(tokens, raw.replace(/,(?=\d{3})/g, ''), false, start, start + raw.length);
      continue;
    }
    const bare = raw.replace(/['’]s$/i, '').replace(/['’]/g, '');
    let offset = start;
    for (const part of bare.split(/[-.,&]+/)) {
      if (part !== '') push(tokens, part.toLowerCase(), !initial && /^\p{Lu}/u.test(part), offset, offset + part.length);
      offset += part.length + 1;
    }
  }
  return tokens;
}

/** Tokens that carry meaning: no stopwords, no one-letter words. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.word) && (t.word.length > 1 || /\d/.test(t.word)));
}
