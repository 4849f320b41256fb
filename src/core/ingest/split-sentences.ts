import { lookupPlace } from '../facts/gazetteer.js';

/**
 * Sentence splitting tuned for news prose. One left-to-right pass; at each candidate terminator it
 * looks only at the word before and the few words after, and at the quotation marks read once per
 * paragraph, so the cost is linear in the paragraph length.
 *
 * Why not a generic splitter: news text is dense with abbreviations that end in a period but do not
 * end a sentence ("U.S. Ambassador", "Gov. Smith", "Aug. 22"), and with abbreviations that do
 * ("…in the U.S. The next…"). The rule for the ambiguous ones is that a sentence break follows only
 * when the next word is a closed-class word (The, He, But, …), which is capitalised only at the start
 * of a sentence, while a proper noun after the abbreviation keeps the sentence going.
 */

export interface SentenceSpan {
  /** The sentence, verbatim: `paragraph.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
}

/** Always followed by a name or a number; never the end of a sentence. */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mmes', 'mlle', 'drs', 'dr', 'prof', 'rev', 'hon', 'fr', 'msgr', 'sr', 'jr',
  'gov', 'lt', 'sen', 'sens', 'rep', 'reps', 'gen', 'gens', 'col', 'maj', 'capt', 'cpl', 'sgt', 'pvt',
  'adm', 'cmdr', 'cdr', 'cmdt', 'atty', 'supt', 'pres', 'st', 'ste', 'mt', 'ft',
  // given names cut short, as older text and lists write them ("Jas. Fulton", "Wm. Pope")
  'jas', 'wm', 'chas', 'thos', 'geo', 'benj', 'robt', 'jno', 'saml', 'edw', 'jos',
]);

/** Titles that can also close a sentence ("John Smith Jr. The …") are handled as ambiguous below. */
const TITLES_THAT_CAN_END = new Set(['jr', 'sr']);

/** Abbreviations that may or may not end a sentence; they do when a closed-class word follows. */
const AMBIGUOUS = new Set([
  // months
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  // organisations and addresses
  'inc', 'corp', 'co', 'cos', 'mfg', 'ltd', 'bros', 'assn', 'dept', 'univ', 'govt', 'ave', 'blvd', 'rd', 'esq',
  'jr', 'sr', 'no', 'nos', 'vol', 'pp', 'fig', 'approx', 'est',
  // U.S. states as written in datelines
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'penn',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo',
]);

/** Abbreviations that are followed by a number when they do not end the sentence ("Aug. 22", "No. 3"). */
const BEFORE_NUMBER = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'nos',
  'vol', 'pp', 'fig', 'art', 'sec', 'ch', 'p',
]);

/** Closed-class words: capitalised after an abbreviation, they start a new sentence. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'your', 'but', 'and', 'or', 'so', 'yet', 'in', 'on',
  'at', 'for', 'with', 'from', 'by', 'as', 'after', 'before', 'when', 'while', 'if', 'although',
  'though', 'since', 'because', 'there', 'here', 'then', 'now', 'still', 'however', 'meanwhile',
  'also', 'some', 'many', 'most', 'both', 'each', 'all', 'not', 'what', 'who', 'why', 'how', 'where',
  'which', 'during', 'under', 'until', 'later', 'earlier', 'last', 'next', 'one', 'two', 'such',
  'other', 'another', 'no', 'nor', 'neither', 'either', 'instead', 'thus', 'indeed', 'even', 'only',
  'despite', 'among', 'about', 'against', 'over', 'according', 'any', 'every', 'few', 'several', 'much',
  'more', 'whenever', 'whether', 'unless', 'once', 'perhaps', 'whose', 'whom', 'of', 'to', 'let', 'do',
  'does', 'did', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'could', 'would', 'should', 'nothing',
  'nobody', 'everyone', 'everything', 'someone', 'something', 'moreover', 'furthermore', 'therefore',
  'otherwise', 'besides', 'nevertheless', 'hence', 'conversely', 'clearly', 'suppose', 'consequently',
  'similarly', 'likewise', 'obviously', 'finally', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);

const TAB = 9;
const CR = 13;
const SPACE = 32;
const PERIOD = 46;
const BANG = 33;
const QUESTION = 63;
const ELLIPSIS = 0x2026;

function isSpace(code: number): boolean {
  return code === SPACE || (code >= TAB && code <= CR) || code === 0xa0 || code === 0x2028 || code === 0x2029 || (code >= 0x2000 && code <= 0x200a) || code === 0x3000;
}

function isTerminator(code: number): boolean {
  return code === PERIOD || code === BANG || code === QUESTION || code === ELLIPSIS;
}

/** Closing quotes and brackets that belong to the sentence they follow: `He said "no." Then…`. */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

/** Characters that cannot open a sentence: punctuation continuing the current one. */
const CONTINUERS = new Set([',', ';', ':', ')', ']', '-', '\u2013', '\u2014', '%', '.', '!', '?', '\u2026', '/']);

/** The word after `from`, up to the next space, without surrounding punctuation. */
function nextWord(text: string, from: number): string {
  let end = from;
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(from, end).replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, '');
}

/** The word that ends at `end` (exclusive), from the previous space, without opening punctuation. */
function previousWord(text: string, start: number, end: number): string {
  let from = end;
  while (from > start && !isSpace(text.charCodeAt(from - 1))) from--;
  return text.slice(from, end).replace(/^[^\p{L}\p{N}]+/u, '');
}

/** `U.S`, `a.m`, `Ph.D`, `J.F`: short letter groups joined by periods. */
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;

function isBoundary(text: string, sentenceStart: number, runStart: number, runEnd: number, closed: boolean, next: number): boolean {
  const first = text.charAt(next);
  if (CONTINUERS.has(first) || isLower(first)) return false;
  const run = text.slice(runStart, runEnd);
  if (run !== '.') {
    // "?", "!", "?!", an ellipsis: a capital (or a quote, a digit) after it opens a new sentence.
    return true;
  }
  const whole = previousWord(text, sentenceStart, runStart);
  if (whole === '') return true;
  // "ex-Gov. Knight", "then-Sen. Ames", "Lt.-Col. Hale": the abbreviation is the part after the
  // last hyphen, and what it is decides, whatever prefix is glued before it.
  const hyphen = whole.lastIndexOf('-');
  const word = hyphen >= 0 && hyphen < whole.length - 1 ? whole.slice(hyphen + 1) : whole;
  // A lone apostrophe after an abbreviation is a possessive ("Bros.' Grocery"), not a closing quote.
  if (closed && text.slice(runEnd, runEnd + 1) !== "'") return true;
  const lower = word.toLowerCase();
  // "Smith v. Jones"; a capital "V." is a letter or an initial ("the space V. This is …").
  if (lower === 'vs' || word === 'v') return false;
  if (isDigit(first) && BEFORE_NUMBER.has(lower)) return false;
  const startsUpper = isUpper(word.charAt(0));
  if (startsUpper && TITLES.has(lower) && !TITLES_THAT_CAN_END.has(lower)) return false;
  const initial = word.length === 1 && isUpper(word);
  const dotted = DOTTED.test(word);
  const ambiguous = initial || dotted || (startsUpper && AMBIGUOUS.has(lower));
  if (!ambiguous) return true;
  // Another initial follows ("J. A. Smith"): still the same name.
  if (isUpper(first) && text.charCodeAt(next + 1) === PERIOD) return false;
  // "two U.N. Under Secretaries", "an F.B.I. Agent": after a count or "a", the abbreviation is a
  // word before its noun, whatever follows.
  if (dotted && startsUpper) {
    let from = runStart - whole.length;
    while (from > sentenceStart && isSpace(text.charCodeAt(from - 1))) from--;
    if (COUNT_BEFORE.test(previousWord(text, sentenceStart, from))) return false;
  }
  const after = nextWord(text, next).toLowerCase();
  return SENTENCE_STARTERS.has(after) || (ACRONYM.test(word) && !SHIP_PREFIXES.has(lower.replaceAll('.', '')) && opensClause(text, next));
}

/** `U.S`, `I.L.O`, `D.C`: capital letters joined by periods, the abbreviation of a name. */
const ACRONYM = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** Abbreviations before a ship's name ("U.S.S. Arizona was sunk"): a place may follow them. */
const SHIP_PREFIXES = new Set(['uss', 'hms', 'ss', 'rms', 'hmas', 'hmcs']);

/** A capitalised past participle or past tense: "Conceived", "Printed" (not "Red", "Ted"). */
const CAPITALISED_ED = /^\p{Lu}\p{Ll}{3,}ed$/u;

/** The first words from `from` (up to `count`), each as written between spaces. */
function wordsFrom(text: string, from: number, count: number): string[] {
  const words: string[] = [];
  let k = from;
  while (k < text.length && words.length < count) {
    while (k < text.length && isSpace(text.charCodeAt(k))) k++;
    let end = k;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (end > k) words.push(text.slice(k, end));
    k = end;
  }
  return words;
}

/**
 * Whether the capitalised words from `next` open a clause of their own rather than name something
 * with the acronym before them: a capitalised past participle before a lower-case word ("… the
 * I.L.O. Founded in 1919, it …"), or a known place before a lower-case word or a comma ("… joined
 * the W.H.O. Portugal soon followed …", "… sold to the U.K. New Zealand, Chile and …"). An
 * acronym's own name goes on in capitals ("the U.S. Virgin Islands", "U.S. Steel") or is no place
 * ("U.S. Senate").
 */
function opensClause(text: string, next: number): boolean {
  const words = wordsFrom(text, next, 4);
  const bare = (w: string): string => w.replace(/[^\p{L}\p{N}'.-]+$/u, '');
  const lowerAfter = (k: number): boolean => {
    const following = words[k];
    return following !== undefined && isLower(following.charAt(0));
  };
  const first = words[0] ?? '';
  if (CAPITALISED_ED.test(bare(first)) && bare(first) === first && lowerAfter(1)) return true;
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    const run = words.slice(0, length);
    if (!run.every((w) => isUpper(w.charAt(0)))) continue;
    const name = run.map(bare).join(' ');
    if (lookupPlace(name) === undefined) continue;
    const last = run[length - 1] ?? '';
    if (/^[^,;]*[,;]$/.test(last.slice(bare(last).length)) || (bare(last) === last && lowerAfter(length))) return true;
  }
  return false;
}

/** Words that want a noun after them: an abbreviation right after one is no sentence's end. */
const COUNT_BEFORE = /^(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|both|each|every)$/i;

/** How far a parenthesis may run on and still hold its sentence together. */
const PARENTHESIS_REACH = 300;

/**
 * Whether the point `at` (after a terminator and its closing marks) lies inside one parenthesis
 * opened since the sentence began and closed soon after ("(66 Stat. 328)"). A parenthesis never
 * closed, closed only far away, or nested unevenly ("((a-b)") holds nothing.
 */
function insideParentheses(text: string, sentenceStart: number, at: number): boolean {
  let depth = 0;
  for (let k = sentenceStart; k < at; k++) {
    const code = text.charCodeAt(k);
    if (code === 40) depth++;
    else if (code === 41 && depth > 0) depth--;
  }
  if (depth !== 1) return false;
  const limit = Math.min(text.length, at + PARENTHESIS_REACH);
  for (let k = at; k < limit; k++) {
    const code = text.charCodeAt(k);
    if (code === 41) return true;
    if (code === 40) return false;
  }
  return false;
}

/**
 * Whether the terminator run `runStart`–`runEnd` ends an aside in parentheses that opened after the
 * sentence's first character and closes right after it ("(if America may claim him!)"); a whole
 * sentence in parentheses, "(He was right.)", still ends there.
 */
function closesAside(text: string, sentenceStart: number, runStart: number, runEnd: number, after: number): boolean {
  if (text.charCodeAt(runEnd) !== 41 || text.charCodeAt(runStart) === PERIOD) return false;
  let depth = 0;
  let opened = -1;
  for (let k = sentenceStart; k < runStart; k++) {
    const code = text.charCodeAt(k);
    if (code === 40 && depth++ === 0) opened = k;
    else if (code === 41 && depth > 0) depth--;
  }
  return depth === 1 && opened > sentenceStart && after === runEnd + 1;
}

/** The longest sentence a quotation is kept whole in: past it, its sentences are split as any others. */
const QUOTATION_REACH = 400;

/** Characters after which a straight double quote opens a quotation: `said "no`, `("no`, `—"no`. */
const BEFORE_OPENING = new Set(['(', '[', '{', '-', '\u2013', '\u2014', '/']);
/** Characters before which a straight double quote closes one: `no".`, `no",`, `no" he`. */
const AFTER_CLOSING = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '-', '\u2013', '\u2014', '\u2026', "'"]);

/** A double quotation mark of the paragraph: where it stands and whether it opens or closes. */
interface QuoteMark {
  at: number;
  opens: boolean;
}

/**
 * The paragraph's double quotation marks, each read as opening or closing: curly marks by their
 * shape, a straight one by what stands around it (after a space or the paragraph's start it opens,
 * before a space, a punctuation mark or the end it closes; between two letters it opens when no
 * quotation is open, else closes).
 */
function quotationMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  let open = false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let opens: boolean;
    if (code === 0x201c || code === 0xab) opens = true;
    else if (code === 0x201d || code === 0xbb) opens = false;
    else if (code === 34) {
      const before = k === 0 ? ' ' : text.charAt(k - 1);
      const after = k + 1 >= text.length ? ' ' : text.charAt(k + 1);
      if (isSpace(before.charCodeAt(0)) || BEFORE_OPENING.has(before)) opens = true;
      else if (isSpace(after.charCodeAt(0)) || AFTER_CLOSING.has(after)) opens = false;
      else opens = !open;
    } else continue;
    marks.push({ at: k, opens });
    open = opens;
  }
  return marks;
}

/**
 * Splits a paragraph into sentences and gives each one's offsets in the paragraph.
 *
 * Every span is trimmed, spans are in order and do not overlap, and only whitespace lies between
 * them, so joining the spans' texts loses no visible character of the paragraph.
 *
 * @example
 * splitSentenceSpans('He left. She stayed.');
 * // → [{ text: 'He left.', start: 0, end: 8 }, { text: 'She stayed.', start: 9, end: 20 }]
 */
export function splitSentenceSpans(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const n = paragraph.length;
  let start = 0;
  while (start < n && isSpace(paragraph.charCodeAt(start))) start++;
  let i = start;
  // Quotation marks, and the index of the first one at or after the point looked at.
  const marks = paragraph.includes('"') || /[\u201c\u201d\u00ab\u00bb]/.test(paragraph) ? quotationMarks(paragraph) : [];
  let mark = 0;
  while (i < n) {
    if (!isTerminator(paragraph.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    let j = i + 1;
    while (j < n && isTerminator(paragraph.charCodeAt(j))) j++;
    const runEnd = j;
    while (j < n && isCloser(paragraph.charCodeAt(j))) j++;
    if (j >= n || !isSpace(paragraph.charCodeAt(j))) {
      i = j;
      continue;
    }
    let next = j;
    while (next < n && isSpace(paragraph.charCodeAt(next))) next++;
    if (next >= n) break;
    // '"This", he said, "is what happened. We need a staff".': a quotation opened after the
    // sentence's first words (after its speaker, as a rule) and closed within reach of the sentence's
    // start is not cut inside, so that it reads whole, with its speaker; the annotators of the Brown
    // corpus cut there, the speaker's words after the cut then standing alone. A quotation that opens
    // the sentence ('"We won. We always do," he said.') is cut as before.
    while (mark < marks.length && (marks[mark]?.at ?? n) < j) mark++;
    const opening = marks[mark - 1];
    const closing = marks[mark];
    if (opening?.opens === true && opening.at > start && closing?.opens === false && closing.at - start < QUOTATION_REACH) {
      i = next;
      continue;
    }
    // A number after a period inside a parenthesis goes on with it: "(66 Stat. 328)", "(figs. 9 and 10)".
    // "and (if America may claim him!) Tillich as well": a "!" or "?" that a parenthesis opened
    // inside the sentence closes right after is the aside's, not the sentence's end.
    if (
      isBoundary(paragraph, start, runStart, runEnd, j > runEnd, next) &&
      !(isDigit(paragraph.charAt(next)) && insideParentheses(paragraph, start, j)) &&
      !closesAside(paragraph, start, runStart, runEnd, j)
    ) {
      spans.push({ text: paragraph.slice(start, j), start, end: j });
      start = next;
    }
    i = next;
  }
  if (start < n) {
    let end = n;
    while (end > start && isSpace(paragraph.charCodeAt(end - 1))) end--;
    spans.push({ text: paragraph.slice(start, end), start, end });
  }
  return spans;
}

/**
 * Splits a paragraph of news text into sentences, each a verbatim (trimmed) substring of it.
 *
 * @example
 * splitSentences('Gov. Smith met U.S. officials on Aug. 22 in Atlanta, Ga. The talks failed.');
 * // → ['Gov. Smith met U.S. officials on Aug. 22 in Atlanta, Ga.', 'The talks failed.']
 */
export function splitSentences(paragraph: string): string[] {
  return splitSentenceSpans(paragraph).map((span) => span.text);
}
