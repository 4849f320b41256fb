/** How many / how much: a number of the thing counted, a sum of money, a percentage. */
import { isCurrencyCode, isMoney } from '../../facts/extract-numbers.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import type { NumberMention } from '../../types.js';
import { conjunctFirst, escapeRegExp, governedBy, inClauseOrder, NO_FIT, type ShortAnswer, type ShortAnswerInput } from './shared.js';
import { rangeLength } from './date.js';

/** The unit a number must carry for a kind of answer. */
const UNIT_OF_KIND: Partial<Record<string, string>> = { money: 'USD', percent: 'percent' };

/**
 * The number a sentence gives: the one followed by the counted noun ("27 Portland companies"), and
 * for money or percent questions one in dollars or percent before any other.
 *
 * @example
 * numberAnswer({ type: 'how-many', kind: 'money', sentence: 'The 40 lamps cost $5,000.', facts, … }); // { answer: '$5,000', fit: 1 }
 */
export function numberAnswer(input: ShortAnswerInput): ShortAnswer {
  const { facts, sentence, questionStems } = input;
  // The numbers of the clause the question is about first ("…rose 40 percent, but exports fell 12
  // percent"; "Part 1 costs $4 and Part 2 $6": "how much does part 2 cost" asks of the second conjunct).
  const numbers = conjunctFirst(
    inClauseOrder(
      facts.numbers.filter((n) => !tokenize(n.text).some((t) => questionStems.has(t.stem))),
      (n) => n.text,
      input,
    ),
    (n) => n.text,
    input,
  );
  const numberWords = new Set(numbers.flatMap((n) => tokenize(n.text).map((t) => t.word)));
  const noun = input.countedNoun;
  const nounStem = noun ? tokenize(noun)[0]?.stem : undefined;
  // The counted noun follows the number within a few words: "27 Portland companies".
  // The words after a number, up to the next number: in "two-thirds of 56 builders" the builders
  // are 56, not two; in "60 firefighters from five towns" the towns are five.
  // "two five-hundred pound bombs": a number that measures the noun is read past; the bombs are two.
  const measuring = numbers.filter((n) => measuresNoun(sentence, n, nounStem));
  const wordsAfter = (n: NumberMention, count: number): Token[] => {
    const at = sentence.indexOf(n.text);
    if (at < 0) return [];
    let from = at + n.text.length;
    const gap = /^\s+/.exec(sentence.slice(from))?.[0].length ?? 0;
    const next = measuring.find((m) => m !== n && sentence.startsWith(m.text, from + gap));
    if (next) from += gap + next.text.length;
    const after = tokenize(sentence.slice(from, from + 80)).slice(0, count);
    const upToNumber = after.findIndex((t) => /\d/.test(t.word) || numberWords.has(t.word));
    return after.slice(0, upToNumber < 0 ? undefined : upToNumber);
  };
  // The counted noun follows the number within a few words: "27 Portland companies". Of several
  // ("162,400 miles of roads and 106,500 miles of foot trails"), the one followed by more of the
  // question's words ("how many miles of foot trails").
  const countedAll = nounStem
    ? numbers.filter(
        // "November 17th, Cornwallis and 2,000 men": an ordinal ranks, it counts nothing.
        (n) => n.unit !== 'ordinal' && !measuring.includes(n) && wordsAfter(n, 4).some((t) => t.stem === nounStem),
      )
    : [];
  // The words before a number, back to the number before it: "One survey, which reached 840 voters".
  const wordsBefore = (n: NumberMention, count: number): Token[] => {
    const at = sentence.indexOf(n.text);
    if (at < 0) return [];
    const before = tokenize(sentence.slice(Math.max(0, at - 80), at)).slice(-count);
    const fromNumber = before.findLastIndex((t) => /\d/.test(t.word) || numberWords.has(t.word));
    return before.slice(fromNumber + 1);
  };
  const told = (n: NumberMention): number =>
    new Set([...wordsBefore(n, 6), ...wordsAfter(n, 8)].filter((t) => !STOPWORDS.has(t.word) && t.stem !== nounStem && questionStems.has(t.stem)).map((t) => t.stem)).size;
  // Of two told as much, the number the noun follows straight away is its count; "30 percent of
  // the voters" is a share of them.
  const shareOf = (n: NumberMention): boolean => {
    const after = wordsAfter(n, 4);
    const of = after.findIndex((t) => t.word === 'of');
    return of >= 0 && of < after.findIndex((t) => t.stem === nounStem);
  };
  const tolds = countedAll.map((n) => 2 * told(n) + (shareOf(n) ? 0 : 1));
  const counted = countedAll[tolds.indexOf(Math.max(...tolds))];
  // "only 5 out of 122 cases docketed were tried": the count of those the question asks about is
  // the part, unless the question's word describes the whole ("how many cases were docketed").
  const share = counted ? partOf(sentence, counted, numbers, questionStems, nounStem) : undefined;
  const part = share?.part;
  if (input.kind === 'age') {
    const age = ageIn(sentence);
    if (age && !questionStems.has(age)) return { answer: age, fit: 1 };
  }
  const unit = input.kind ? UNIT_OF_KIND[input.kind] : undefined;
  // Any sum of money for "how much": "$5,000", "£300", "a hundred thousand dollars".
  const ofUnit = unit ? numbers.find((n) => (unit === 'USD' ? isMoney(n) : n.unit === unit)) : undefined;
  // "one" is more often a pronoun ("comes down to one basic") than a count; "Model 440" names a thing.
  // "to a 4-month high": a number joined to a unit of time before a noun describes the noun; it is no amount.
  const quantities = numbers.filter((n) => n.unit !== 'ordinal' && !/^(?:one|a|an)$/i.test(n.text) && !namesAThing(sentence, n) && !describesNoun(sentence, n));
  // The one the question's own word governs first: "weighs 250 pounds", not "costs $2,300".
  let governed: NumberMention | undefined;
  let nearest = 0;
  for (const n of quantities) {
    const g = governedBy(sentence, n.text, questionStems);
    if (g > nearest) [governed, nearest] = [n, g];
  }
  // "how many years did it last": a span from one year to another ("from 1920 to 1933") counts them.
  const span = nounStem === 'year' && !counted ? facts.dates.find((d) => d.grain === 'range') : undefined;
  const years = span ? rangeLength(span) : undefined;
  if (span && years !== undefined && /^\d+ years?\b/.test(years)) return { answer: years, fit: 1, date: span };
  const number = ofUnit ?? part ?? counted ?? governed ?? quantities[0];
  if (number) {
    const otherMeasure = unit !== undefined && number !== ofUnit;
    const picked = number === part && share && counted ? { ...counted, text: share.text } : number;
    // "85 to 90 per cent": the range is answered from its last end, which carries the unit.
    const shown = rangeEnd(sentence, picked, numbers) ?? picked;
    const body = `${measured(sentence, shown) ?? withUnit(shown)}${fold(sentence, shown)}`;
    return { answer: fromTo(sentence, shown, numbers) ?? `${approximation(sentence, shown)}${rangeBefore(sentence, shown, numbers)}${body}${boundAfter(sentence, shown, body)}`, fit: otherMeasure ? 0.5 : counted || ofUnit || !noun ? 1 : unitless(number) ? 0.75 : 0.25 };
  }
  const duration = facts.dates.find((d) => d.grain === 'duration');
  if (duration) return { answer: duration.label, fit: 0.8, date: duration };
  return { answer: sentence, fit: NO_FIT };
}

/**
 * The ways news gives a person's age: "Mary Lowe, 34, of Dayton", "aged 71", "at the age of 93",
 * "a 29-year-old teacher", "31 years old", "31 years of age".
 */
const AGE = [/\p{Lu}[\p{L}.'’-]*, (\d{1,3}),/u, /\bage(?:d| of)? (\d{1,3})\b/i, /\b(\d{1,3})-year-old\b/i, /\b(\d{1,3}) years? (?:old|of age)\b/i];

/**
 * The age a sentence gives, if it gives one in a form news uses for ages.
 *
 * @example
 * ageIn('Mary Lowe, 34, of Dayton won the race.'); // '34'
 * ageIn('The race drew 400 runners.'); // undefined
 */
export function ageIn(sentence: string): string | undefined {
  for (const pattern of AGE) {
    const found = pattern.exec(sentence)?.[1];
    if (found) return found;
  }
  return undefined;
}

/**
 * The part of a whole written "5 out of 122 cases" (or "5 of the 122 cases"): the number before,
 * when the words right after the whole's noun are none of the question's ("122 cases docketed" is
 * the whole the question "how many were docketed" asks for), with the text to show, "5 out of 122".
 */
function partOf(sentence: string, whole: NumberMention, numbers: readonly NumberMention[], questionStems: ReadonlySet<string>, nounStem: string | undefined): { part: NumberMention; text: string } | undefined {
  const at = sentence.indexOf(whole.text);
  if (at < 0) return undefined;
  const window = sentence.slice(Math.max(0, at - 30), at);
  const written = /(\S+)\s+(?:out\s+)?of\s+(?:the\s+)?$/i.exec(window);
  const before = written?.[1];
  const part = before === undefined ? undefined : numbers.find((n) => n !== whole && n.text === before);
  if (part === undefined || written === null) return undefined;
  // The noun and the word after it: "cases docketed" (past the noun's modifiers: "skilled workers have").
  const after = tokenize(sentence.slice(at + whole.text.length, at + whole.text.length + 40)).slice(0, 4);
  const noun = Math.max(0, after.findIndex((t) => t.stem === nounStem));
  if (after.slice(noun + 1, noun + 2).some((t) => questionStems.has(t.stem))) return undefined;
  // Shown as written, part and whole: "three out of five" is a share, not three of anything.
  return { part, text: sentence.slice(Math.max(0, at - 30) + written.index, at + whole.text.length) };
}

/** Units of measure written after a number: "5 feet", "11-inch", "12,000 BTU". */
const MEASURE_UNIT = String.raw`(?:feet|foot|inch(?:es)?|yards?|miles?|(?:kilo|centi|milli)?met(?:er|re)s?|pounds?|ounces?|tons?|tonnes?|(?:kilo)?grams?|gallons?|quarts?|pints?|lit(?:er|re)s?|acres?|hectares?|degrees?|knots?|horsepower|volts?|(?:kilo)?watts?|BTU|mph|calories)`;
/** A unit right after a number, and a second number and unit after it ("5 feet 11 inches", "5-foot 11-inch"). */
const UNIT_AFTER = new RegExp(String.raw`^(?:\s+|-)${MEASURE_UNIT}\b(?:\s+\d[\d,.]*(?:\s+|-)${MEASURE_UNIT}\b)?`, 'i');
/** A number and unit just before another: the "5-foot " of "5-foot 11-inch". */
const UNIT_BEFORE = new RegExp(String.raw`\b\d[\d,.]*(?:\s+|-)${MEASURE_UNIT}\s+$`, 'i');

/**
 * A number with the unit of measure the sentence writes after it (and the larger unit before it),
 * as written: "5-foot 11-inch" for the 11 of "5-foot 11-inch headroom", "5 feet" for "a height of 5
 * feet"; `undefined` when no unit of measure follows it.
 *
 * @example
 * measured('The cabin has 5-foot 11-inch headroom.', { text: '11', value: 11 }); // '5-foot 11-inch'
 */
export function measured(sentence: string, number: NumberMention): string | undefined {
  const at = sentence.indexOf(number.text);
  if (at < 0 || number.unit === 'USD' || number.unit === 'percent') return undefined;
  const unit = UNIT_AFTER.exec(sentence.slice(at + number.text.length))?.[0];
  if (unit === undefined) return undefined;
  const larger = UNIT_BEFORE.exec(sentence.slice(Math.max(0, at - 24), at))?.[0] ?? '';
  return `${larger}${number.text}${unit}`;
}

/** A number joined to a unit by a hyphen ("hundred-yen", "500-pound"), or to a unit of measure in the singular ("five-hundred pound"), before another word. */
const MEASURING = new RegExp(String.raw`^(?:-(\p{L}+)|\s+(${MEASURE_UNIT}))\s+\p{L}`, 'iu');

/**
 * Whether a number measures the noun after it rather than counting it: it is joined to a unit that
 * is not the noun counted. In "two five-hundred pound bombs" and "a hundred-yen coin" the bombs
 * and the coin are measured; "how many pounds" still counts the pounds.
 *
 * @example
 * measuresNoun('She packed three ten-pound sacks.', { text: 'ten', value: 10 }, 'sack'); // true
 */
function measuresNoun(sentence: string, number: NumberMention, nounStem: string | undefined): boolean {
  const at = sentence.indexOf(number.text);
  const unit = at < 0 ? undefined : MEASURING.exec(sentence.slice(at + number.text.length, at + number.text.length + 40));
  const word = unit?.[1] ?? unit?.[2];
  return word !== undefined && tokenize(word)[0]?.stem !== nounStem;
}

/** Units of time a number is joined to before a noun: "a 4-month high", "the 10-year plan". */
const DESCRIBING = /^-(?:day|week|month|year|hour|minute|second|decade|century)\s+\p{L}/u;

/** Whether the number is joined by a hyphen to a unit of time before a noun, describing it ("a 4-month high"). */
function describesNoun(sentence: string, number: NumberMention): boolean {
  const at = sentence.indexOf(number.text);
  return at >= 0 && DESCRIBING.test(sentence.slice(at + number.text.length, at + number.text.length + 20));
}

/** Words before a number that say it is not exact: "about 40", "more than 60", "as many as 900". */
const APPROXIMATION = /(?:^|[^\p{L}])((?:just\s+)?(?:about|around|roughly|approximately|nearly|almost|some|over|under|(?:more|less|fewer)\s+than|at\s+(?:least|most)|up\s+to|close\s+to|as\s+(?:many|much|few|little)\s+as))\s+$/iu;

/**
 * The words before a number that say it is not exact, as written with a space after them ("more
 * than "), or nothing: "60 firefighters" for "More than 60 firefighters" tells a reader too little.
 *
 * @example
 * approximation('More than 60 firefighters came.', { text: '60', value: 60 }); // 'More than '
 */
export function approximation(sentence: string, number: NumberMention): string {
  const at = sentence.indexOf(number.text);
  if (at < 0) return '';
  const written = APPROXIMATION.exec(sentence.slice(Math.max(0, at - 30), at))?.[1];
  return written === undefined ? '' : `${written.replace(/\s+/g, ' ')} `;
}

/** Words after a number (and its unit) that make it a bound, not an exact count: "15 states or more", "40 or so", "ages 12 and up". */
const BOUND_AFTER = /^\s*,?\s+((?:or|and)\s+(?:more|less|fewer|so|over|under|above|below|better|longer|up|upward|upwards))(?![\p{L}\p{N}])/iu;

/**
 * The words after a number that say it is a bound, with a space before them (" or more"), or
 * nothing: "15 states" for "15 states or more" tells a reader too much. `body` is the number as
 * the answer shows it ("15 states"): the words after it in the sentence are read past what it
 * shows of them.
 *
 * @example
 * boundAfter('Some 15 states or more issue bonds.', { text: '15', value: 15, unit: 'states' }, '15 states'); // ' or more'
 */
export function boundAfter(sentence: string, number: NumberMention, body: string): string {
  const at = sentence.indexOf(number.text);
  if (at < 0) return '';
  let rest = sentence.slice(at + number.text.length);
  const shownAfter = body.startsWith(number.text) ? body.slice(number.text.length) : '';
  // (The unit the answer shows as the sentence writes it: " states" of "15 states or more".)
  const written = /^[\s-]*(.*)$/su.exec(shownAfter)?.[1] ?? '';
  const unitAt = written === '' ? -1 : rest.toLowerCase().indexOf(written.toLowerCase());
  if (unitAt >= 0 && /^[\s-]*$/.test(rest.slice(0, unitAt))) rest = rest.slice(unitAt + written.length);
  const bound = BOUND_AFTER.exec(rest)?.[1];
  return bound === undefined ? '' : ` ${bound.replace(/\s+/g, ' ')}`;
}

/** A ratio before its count: "one out of every" (three), "one in" (five). */
const RATIO = /(?:^|[^\p{L}\p{N}])((?:one|a|an|1)\s+(?:out\s+of|in)\s+(?:every\s+)?)$/iu;

/**
 * What the sentence writes before a number that makes it part of a range or a ratio, ending with a
 * space, or nothing: "85 to " of "85 to 90 per cent", "one out of every three or " of "one out of
 * every three or four marriages". Either number alone tells a reader something the sentence does
 * not say.
 *
 * @example
 * rangeBefore('Churches keep 85 to 90 per cent of them.', { text: '90 per cent', value: 90, unit: 'percent' }, numbers); // '85 to '
 */
export function rangeBefore(sentence: string, number: NumberMention, numbers: readonly NumberMention[]): string {
  const at = sentence.indexOf(number.text);
  if (at < 0) return '';
  const before = sentence.slice(Math.max(0, at - 60), at);
  let range = '';
  for (const other of numbers) {
    if (other === number || other.text === number.text) continue;
    const o = escapeRegExp(other.text);
    const written = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${rangeJoining(o, '')})$`, 'iu').exec(before)?.[1];
    if (written !== undefined && written.length > range.length) range = written;
  }
  const ratio = RATIO.exec(before.slice(0, before.length - range.length))?.[1] ?? '';
  return `${ratio}${range}`.replace(/\s+/g, ' ');
}

/** The other end of a range the number opens ("90 per cent" of "85 to 90 per cent"), if it opens one. */
function rangeEnd(sentence: string, number: NumberMention, numbers: readonly NumberMention[]): NumberMention | undefined {
  const n = escapeRegExp(number.text);
  return numbers.find((other) => other !== number && other.text !== number.text && new RegExp(`(?:^|[^\\p{L}\\p{N}])${rangeJoining(n, escapeRegExp(other.text))}`, 'iu').test(sentence));
}

/** A range's first end and the words that join it to the second ("85 to ", "three or ", "between 300 and "), then the second: a pattern of escaped texts. */
function rangeJoining(first: string, second: string): string {
  return `(?:between\\s+${first}\\s+and|${first}\\s+(?:to|or))\\s+${second}`;
}

/** "-fold" after a number makes it a factor, not a count: "two-fold". */
const FOLD = /^(?:-?fold\b)/i;

/** The "-fold" the sentence writes right after the number, or nothing. */
function fold(sentence: string, number: NumberMention): string {
  const at = sentence.indexOf(number.text);
  return at >= 0 ? (FOLD.exec(sentence.slice(at + number.text.length))?.[0] ?? '') : '';
}

/**
 * A number written as one end of a change, "from $32,000 to $40,000", is answered with both ends:
 * either alone tells a reader the wrong amount.
 *
 * @example
 * fromTo('The budget was increased from $32,000 to $40,000.', { text: '$32,000', value: 32000, unit: 'USD' }, numbers); // 'from $32,000 to $40,000'
 */
export function fromTo(sentence: string, number: NumberMention, numbers: readonly NumberMention[]): string | undefined {
  const n = escapeRegExp(number.text);
  for (const other of numbers) {
    if (other === number || other.text === number.text) continue;
    const o = escapeRegExp(other.text);
    const change = new RegExp(`\\bfrom\\s+(?:${n}\\s+to\\s+${o}|${o}\\s+to\\s+${n})(?![\\p{L}\\p{N}])`, 'u').exec(sentence);
    if (change) return change[0];
  }
  return undefined;
}

/**
 * A bare number written after a capitalised word inside the sentence is part of a name, not an
 * amount: "Model 440", "Route 66", "Apollo 11".
 *
 * @example
 * namesAThing('The new Model 440 shell weighs 250 pounds.', { text: '440', value: 440 }); // true
 */
export function namesAThing(sentence: string, number: NumberMention): boolean {
  if (number.unit !== undefined || !/^\d+$/.test(number.text)) return false;
  const at = sentence.indexOf(number.text);
  const before = /(\S+)\s+$/u.exec(sentence.slice(0, at))?.[1];
  // Not the sentence's first word ("Only 40 came"), and a word, not an abbreviation with a dot.
  return before !== undefined && at - before.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(before);
}

/** A unit written as a sign in the number's own text: a currency code ("$5" is USD) or percent. */
function signUnit(number: NumberMention): boolean {
  return number.unit === 'percent' || isCurrencyCode(number.unit);
}

function unitless(number: NumberMention): boolean {
  return number.unit === undefined || signUnit(number) || number.unit === 'ordinal' || number.text.includes(number.unit);
}

export function withUnit(number: NumberMention): string {
  const measure = signUnit(number);
  const unit = number.unit && !measure && number.unit !== 'ordinal' && !number.text.includes(number.unit) ? ` ${number.unit}` : '';
  return `${number.text}${unit}`;
}
