import type { NumberMention } from '../types.js';
import { CARDINAL_WORDS } from './number-words.js';

const UNITS: Readonly<Record<string, number>> = { ...CARDINAL_WORDS, dozen: 12 };

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fifteenth: 15,
  twentieth: 20,
  hundredth: 100,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY' };
/** The codes a currency sign gives a number's unit ("$5" is USD). */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Object.values(CURRENCY));

/** Whether a number's unit is a currency sign's code, written as the sign in its text ("$5"). */
export function isCurrencyCode(unit: string | undefined): boolean {
  return unit !== undefined && CURRENCY_CODES.has(unit);
}
/** Currency words a counted amount may carry ("five thousand dollars"); "pounds" also weigh, and are left out. */
const MONEY_WORD = /^(?:dollars?|cents?|euros?|yen|francs?|marks|rupees?|guineas?|shillings?|pence|lire)$/;

/**
 * Whether a number's unit makes it a sum of money: a currency sign's code or a currency word.
 *
 * @example
 * isMoney({ text: '$5', value: 5, unit: 'USD' }); // true
 * isMoney({ text: 'five thousand', value: 5000, unit: 'dollars' }); // true
 * isMoney({ text: '40', value: 40, unit: 'pounds' }); // false
 */
export function isMoney(number: NumberMention): boolean {
  const { unit } = number;
  return unit !== undefined && (CURRENCY_CODES.has(unit) || MONEY_WORD.test(unit));
}

const WORD_NUMBER = `(?:${Object.keys(UNITS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;
const SCALE = `(?:${Object.keys(SCALES).join('|')})`;
const NUMBER_RE = new RegExp(
  [
    // $58,918 · $3.5 million · 3.5 percent · 1,000 · 27 (never the head of `3rd`)
    `(?:([$£€¥])\\s?)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?![\\d,]*(?:st|nd|rd|th)\\b)(?:\\s+(${SCALE}))?(\\s*(?:%|percent\\b|per\\s+cent\\b))?`,
    // 1st, 2nd, 23rd, 4th
    `\\b(\\d+)(st|nd|rd|th)\\b`,
    // two, twenty-five, three million, a dozen, three hundred five, two hundred and forty, a hundred thousand, five-hundred;
    // not "three hundred-pound sacks", whose scale is joined to the unit (three sacks of a hundred pounds each;
    // "a hundred-pound sack" is one, and still reads as a hundred)
    `\\b(${WORD_NUMBER}|an?(?=\\s+${SCALE}\\b))(?:(?:\\s+(?:(?<=\\ban?\\s+)|(?!${SCALE}-(?!odd\\b)[a-z]))|-)(${SCALE}(?:\\s+${SCALE}\\b)?)(?:\\s+(?:and\\s+)?(${WORD_NUMBER})\\b(?!\\s+${SCALE}))?)?\\b(\\s+(?:percent\\b|per\\s+cent\\b))?`,
    `\\b(${Object.keys(ORDINALS).join('|')})\\b`,
    // a scale word alone joined to a unit: the "hundred-pound" of "three hundred-pound sacks" (100)
    `\\b(${SCALE})(?=-[a-z])`,
  ].join('|'),
  'gi',
);

/**
 * What every match of {@link NUMBER_RE} holds: a digit, or at a word's start a number word, an
 * ordinal or a scale word ("a hundred" holds "hundred"). A sentence without one holds no number, and
 * this one test settles it without trying the long expression at every position.
 */
const MAY_HOLD_NUMBER = new RegExp(`\\d|\\b(?:${[...Object.keys(UNITS), ...Object.keys(ORDINALS), ...Object.keys(SCALES)].join('|')})`, 'i');

/**
 * Whether a sentence may hold a number {@link extractNumbers} reads: false only when it holds none
 * (see {@link MAY_HOLD_NUMBER}).
 *
 * @example
 * mayHoldNumber('The mill was sold.'); // false
 * mayHoldNumber('A hundred came.'); // true
 */
export function mayHoldNumber(sentence: string): boolean {
  return MAY_HOLD_NUMBER.test(sentence);
}

/** `one` is often a pronoun: `no one`, `the one who`, `one another`. */
const PRONOUN_ONE_BEFORE = /\b(?:no|any|every|some|the|this|that|which|each|such)\s+$/i;

function countedNoun(after: string): string | undefined {
  const m = /^\s+(?:more\s+|fewer\s+|other\s+|new\s+|additional\s+)?([a-z][a-z-]*s|people|men|women|children|police|staff|personnel|cattle)\b/.exec(after);
  const word = m?.[1];
  if (!word || /^(?:was|is|has|does|as|its|this|thus|his|hers|yes|us)$/.test(word)) return undefined;
  return word;
}

/**
 * A currency word right after a number, or joined to it by a hyphen as a modifier: the unit of "a
 * hundred yen", "a hundred-yen coin", "a five-dollar bill", which no plural "-s" marks as counted.
 */
function moneyAfter(after: string): string | undefined {
  const word = /^(?:\s+|-)(\p{L}+)/u.exec(after)?.[1];
  return word !== undefined && MONEY_WORD.test(word.toLowerCase()) ? word : undefined;
}

/** A number read from a sentence, with where its text stands. */
interface Placed {
  start: number;
  end: number;
  number: NumberMention;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Numbers of a sentence: digits, number words, ordinals, money and percentages.
 * Pass the spans already taken by dates to skip their digits (the year of `April, 1980`).
 *
 * @example
 * extractNumbers('Multnomah had spent $58,918, or 3.5 percent, in the second month.');
 * // → [{ text: '$58,918', value: 58918, unit: 'USD' },
 * //    { text: '3.5 percent', value: 3.5, unit: 'percent' },
 * //    { text: 'second', value: 2, unit: 'ordinal' }]
 */
export function extractNumbers(sentence: string, skip: readonly Span[] = []): NumberMention[] {
  return outside(placedNumbers(sentence), skip);
}

/**
 * The same numbers as `extractNumbers(sentence, skip())`, asking for the spans to skip only when
 * the sentence has a number they could hide: skipping only drops numbers, never adds or changes one.
 *
 * @example
 * numbersOutside('No figures here.', () => spansOfDates()); // → [] (the dates are never worked out)
 */
export function numbersOutside(sentence: string, skip: () => readonly Span[]): NumberMention[] {
  const placed = placedNumbers(sentence);
  return placed.length === 0 ? [] : outside(placed, skip());
}

function outside(placed: readonly Placed[], skip: readonly Span[]): NumberMention[] {
  const out: NumberMention[] = [];
  for (const p of placed) if (!skip.some((s) => p.start < s.end && s.start < p.end)) out.push(p.number);
  return out;
}

/** The value of a number word: `seven`, `twenty-five`, `dozen`. */
function wordValue(word: string): number {
  const [head = '', tail] = word.toLowerCase().split('-');
  if (head === 'a' || head === 'an') return 1;
  return (UNITS[head] ?? 0) + (tail ? (UNITS[tail] ?? 0) : 0);
}

/** Every number of the sentence, each with its place. */
function placedNumbers(sentence: string): Placed[] {
  const out: Placed[] = [];
  // (Most sentences of a story hold no number: one quick test, not the long expression's search.)
  if (!mayHoldNumber(sentence)) return out;
  for (const m of sentence.matchAll(NUMBER_RE)) {
    const text = m[0].trimEnd();
    const start = m.index;
    const end = start + text.length;
    // Digits glued to letters are codes or names (`F-16`, `A380`, `G8`), not quantities.
    const prev = sentence[start - 1] ?? ' ';
    if (/[A-Za-z-]/.test(prev) && m[2] !== undefined) continue;
    // Clock times (`8:30`) and codes such as `4-H` are not quantities either.
    if (m[2] !== undefined && (prev === ':' || /^:\d|^-[A-Z]/.test(sentence.slice(end, end + 2)))) continue;
    const after = sentence.slice(end, end + 40);
    if (m[2] !== undefined) {
      const base = Number(`${m[2].replace(/,/g, '')}${m[3] ?? ''}`);
      const scale = m[4] ? (SCALES[m[4].toLowerCase()] ?? 1) : 1;
      const unit = m[1] ? CURRENCY[m[1]] : m[5] ? 'percent' : (countedNoun(after) ?? moneyAfter(after));
      out.push({ start, end, number: { text, value: base * scale, unit } });
    } else if (m[6] !== undefined) {
      out.push({ start, end, number: { text, value: Number(m[6]), unit: 'ordinal' } });
    } else if (m[8] !== undefined) {
      const word = m[8].toLowerCase();
      if (word === 'one' && (PRONOUN_ONE_BEFORE.test(sentence.slice(0, start)) || /^\s+(?:another|of\s+(?:us|them|those|these))\b/i.test(after))) {
        continue;
      }
      // "a hundred thousand": each scale word multiplies.
      const scale = m[9] ? m[9].toLowerCase().split(/[\s-]+/).reduce((product, w) => product * (SCALES[w] ?? 1), 1) : 1;
      const rest = m[10] ? wordValue(m[10]) : 0;
      out.push({ start, end, number: { text, value: wordValue(word) * scale + rest, unit: m[11] ? 'percent' : (countedNoun(after) ?? moneyAfter(after)) } });
    } else if (m[12] !== undefined) {
      out.push({ start, end, number: { text, value: ORDINALS[m[12].toLowerCase()] ?? 0, unit: 'ordinal' } });
    } else if (m[13] !== undefined) {
      out.push({ start, end, number: { text, value: SCALES[m[13].toLowerCase()] ?? 0, unit: moneyAfter(after) } });
    }
  }
  return out;
}
