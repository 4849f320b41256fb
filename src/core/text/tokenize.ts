import { stemmer } from 'stemmer';
import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { STOPWORDS } from './stopwords.js';
import { STARTS_UPPER } from './unicode-patterns.js';

/** One word of a text, normalised for matching. */
export interface Token {
  /** Lower-case word as matched: `iran`, `mccormack`, `1980`, `united` (from `U.S.`). */
  readonly word: string;
  /** Porter stem of `word` (numbers unchanged): `reject` for `rejected`. */
  readonly stem: string;
  /** True when the word was written with a capital and is not the first word of the text. */
  readonly capitalized: boolean;
  /** Character offsets of the written form in the text. */
  readonly start: number;
  readonly end: number;
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

/**
 * A question typed in lower case with the abbreviations of {@link UPPER_ABBREVIATIONS} in capitals,
 * so that "the us ambassador" meets "U.S. Ambassador": each wherever it stands as a word of its own,
 * but "us", the pronoun too ("told us"), only after "the".
 *
 * @example
 * capitaliseAbbreviations('who is the us ambassador to the un'); // 'who is the US ambassador to the UN'
 * capitaliseAbbreviations('who told us about it'); // unchanged
 */
export function capitaliseAbbreviations(question: string): string {
  return question.replace(LOWER_ABBREVIATION, (all: string, the: string | undefined, word: string) =>
    word !== word.toLowerCase() || (word === 'us' && the === undefined) ? all : `${the ?? ''}${word.toUpperCase()}`,
  );
}
/** "the us", "usa", …: a lower-case word of {@link UPPER_ABBREVIATIONS}, not the start of "un-American". */
const LOWER_ABBREVIATION = new RegExp(String.raw`\b(the\s+)?(${[...UPPER_ABBREVIATIONS.keys()].join('|')})\b(?![-'’.]\p{L})`, 'giu');

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,\-&]*/gu;
// Module-level: tsx (esbuild) turns a `\p{…}` literal into a `new RegExp` at its every evaluation.
// (`replace` with a global expression starts from 0 whatever its lastIndex.)
const MARKS = /\p{M}+/gu;
const DOTTED = /^(?:\p{L}\.){2,}/u;
/** The parts of a hyphenated or joined word ("U.S.-backed", "AT&T"). */
const WORD_PART = /[^-.,&]+/g;
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

/** Accents fold away ("Temür" and "Temur", "José" and "Jose" meet); plain ASCII skips the work. */
function foldAccents(word: string): string {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(MARKS, '');
}

/**
 * {@link foldAccents} letter by letter, keeping every offset: "José Pérez" → "Jose Perez", so a
 * pattern built from a question's folded words finds the name where the sentence writes it. A letter
 * whose folded form is not one letter long (a lone combining mark) stays as written.
 *
 * @example foldAccentsKeepingOffsets('Temür said'); // 'Temur said'
 */
export function foldAccentsKeepingOffsets(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const letter of text) {
    const folded = letter.normalize('NFD').replace(MARKS, '');
    out += folded.length === letter.length ? folded : letter;
  }
  return out;
}

function push(tokens: Token[], word: string, capitalized: boolean, start: number, end: number, ascii = false): void {
  if (word === '') return;
  const folded = ascii ? word : foldAccents(word);
  tokens.push({ word: folded, stem: stem(folded), capitalized, start, end });
}

/** True when `raw` is plain ASCII letters, the common case that needs none of the rules below. */
function isPlainWord(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i) | 32;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * {@link tokenize} without the memo of recent texts: for one pass over many distinct texts (building
 * an index), where remembering them would only cost time.
 *
 * @example
 * tokenizeOnce('Talks resumed.').map((t) => t.stem); // ['talk', 'resum']
 */
export function tokenizeOnce(text: string): Token[] {
  const tokens: Token[] = [];
  let first = true;
  // An exec loop rather than matchAll, which clones the expression on every call; tokenize is
  // synchronous and never re-entered, so the shared lastIndex is safe.
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    let raw = match[0];
    let start = match.index;
    if (isPlainWord(raw)) {
      // Same result as the general path: no dots, trailing marks, possessive, digits or hyphens.
      const upper = UPPER_ABBREVIATIONS.get(raw);
      if (upper) {
        for (const word of upper) push(tokens, word, !first, start, start + raw.length, true);
      } else {
        const code = raw.charCodeAt(0);
        push(tokens, raw.toLowerCase(), !first && code >= 65 && code <= 90, start, start + raw.length, true);
      }
      first = false;
      continue;
    }
    // Trailing punctuation belongs to the sentence, not the word ("said," "Iraq." "U.S.").
    const dotted = raw.includes('.') ? DOTTED.exec(raw) : null;
    if (dotted) {
      const expansion = ABBREVIATIONS.get(dotted[0].toLowerCase());
      const end = start + dotted[0].length;
      if (expansion) for (const word of expansion) push(tokens, word, !first, start, end);
      else push(tokens, dotted[0].replace(/\./g, '').toLowerCase(), !first, start, end);
      first = false;
      const rest = raw.slice(dotted[0].length);
      raw = rest.replace(/^[-'’.,]+/, '');
      start = end + rest.length - raw.length;
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
    // Each part's offsets span it as written, apostrophes included ("O'Brien" ends after its "n").
    const written = raw.replace(/['’]s$/i, '');
    for (const part of written.matchAll(WORD_PART)) {
      const word = part[0].replace(/['’]/g, '');
      if (word !== '') push(tokens, word.toLowerCase(), !initial && STARTS_UPPER.test(word), start + part.index, start + part.index + part[0].length);
    }
  }
  return tokens;
}

/**
 * Recently tokenized texts, the least recently asked forgotten first: answering tokenizes each
 * candidate sentence more than once (the short answer, the features, the decision), and the same
 * sentences come back in later questions. Emptying the whole memo when full, as it once was, threw
 * away the question's own sentences in the middle of it; 2,048 texts hold some thirty questions'
 * candidates (a few MB of tokens).
 */
const recent = new Map<string, readonly Token[]>();
const RECENT_LIMIT = 2_048;

/**
 * Splits text into normalised word tokens: lower case, possessives and trailing dots removed,
 * hyphenated words split, thousands separators dropped, dotted abbreviations expanded. The array is
 * the caller's own; the tokens in it may be shared with other calls on the same text (hence readonly).
 *
 * @example
 * tokenize("Iran's U.S.-backed offer").map((t) => t.word); // ['iran', 'united', 'states', 'backed', 'offer']
 */
export function tokenize(text: string): Token[] {
  const known = recent.get(text);
  if (known) {
    // (Asked again: the most recent now.)
    recent.delete(text);
    recent.set(text, known);
    return known.slice();
  }
  const tokens = tokenizeOnce(text);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, tokens.slice());
  return tokens;
}

/** Tokens that carry meaning: no stopwords, no one-letter words. */
export function contentTokens(text: string): Token[] {
  return tokenize(text).filter((t) => !STOPWORDS.has(t.word) && (t.word.length > 1 || /\d/.test(t.word)));
}
