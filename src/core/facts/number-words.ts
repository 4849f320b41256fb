/** Cardinal number words, for "two rounds" as for "for two years". */
export const CARDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze({
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/**
 * Words that stress a span's length between its count and its unit, which is still that many units:
 * "a full month", "two whole weeks", "an entire year", "a good hour", "three solid days", "three
 * long years". As a regular-expression alternation, for the patterns that read spans.
 */
export const SPAN_STRESS = '(?:full|whole|entire|good|solid|long)';

/** Ordinal words, as a month's days and ranks write them: "the twenty-first day", "the Sixth". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.freeze({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});

/** The months by name, for telling "in April" from "in March". */
export const MONTH_WORDS: Readonly<Record<string, number>> = Object.freeze({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
});

/**
 * What a number word or numeral says, so that "thirty" and "30", "2nd" and "second", "1,000" and
 * "1000" are one number: its kind (a year, an ordinal, a count, a month) and value. Undefined for a word
 * that is no number, or a scale word alone ("hundred").
 *
 * @example
 * numberKey('thirty'); // 'count:30'
 * numberKey('30'); // 'count:30'
 * numberKey('1961'); // 'year:1961'
 * numberKey('Sixth'); // 'ordinal:6'
 * numberKey('April'); // 'month:4'
 */
export function numberKey(word: string): string | undefined {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^(?:1\d|20)\d\d$/.test(w)) return `year:${w}`;
  if (/^\d+(?:\.\d+)?$/.test(w)) return `count:${Number(w)}`;
  const ordinal = /^(\d+)(?:st|nd|rd|th|d)$/.exec(w)?.[1];
  if (ordinal !== undefined) return `ordinal:${Number(ordinal)}`;
  const cardinal = CARDINAL_WORDS[w];
  if (cardinal !== undefined) return `count:${cardinal}`;
  const ordinalWord = ORDINAL_WORDS[w];
  if (ordinalWord !== undefined) return `ordinal:${ordinalWord}`;
  const month = MONTH_WORDS[w];
  return month === undefined ? undefined : `month:${month}`;
}
