/** When: the resolved date (or duration) with the phrase it came from, or a clock time. */
import { CARDINAL_WORDS, SPAN_STRESS } from '../../facts/number-words.js';
import { formatDay, MONTH_NAMES } from '../../text/calendar.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize } from '../../text/tokenize.js';
import type { ResolvedDate } from '../../types.js';
import { conjunctFirst, dateWithPhrase, governedBy, inClauseOrder, NO_FIT, questionWordsIn, wordsAround, type ShortAnswer, type ShortAnswerInput } from './shared.js';

const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])';
/**
 * A time of day written as one: "10:30", "5 p.m.", "eleven o'clock", "half past nine", "a
 * quarter to six", the military "2130 hours", "noon".
 */
const WRITTEN_TIME = String.raw`\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\b(?:1[0-2]|[1-9])\s?[ap]\.m\.|\b${HOUR_WORD}\s+o['’]clock\b|\b(?:half|(?:a\s+)?quarter)\s+(?:past|after|to)\s+${HOUR_WORD}\b|\b(?:[01]\d|2[0-3])[0-5]\d\s+hours\b|\b(?:noon|midnight)\b`;
/** A time of day written as one (see {@link WRITTEN_TIME}): what a sentence tells a "when" question of, when it gives no date. */
const WRITTEN_CLOCK_TIME = new RegExp(WRITTEN_TIME, 'i');
/** A time of day, also an hour after "at" ("closed at eleven"; the hour alone, without its "at"): for "what time …", which asks for one. */
const CLOCK_TIME = new RegExp(String.raw`${WRITTEN_TIME}|(?<=\bat\s+)${HOUR_WORD}\b(?!\s*(?:per\s*cent|percent|%|[a-z]+s\b))`, 'i');
const GRAIN_RANK: Record<ResolvedDate['grain'], number> = { day: 4, month: 3, range: 2, year: 2, duration: 1 };
/** A sentence with no date says only that it happened by the day of the report. */
const REPORT_DATE_FIT = 0.35;

/** A count of a time or length unit: `60 days`, `three-hour`, `an hour and a half`, `about two hundred years`, `187-mile`, `a full month`. */
const SPAN_UNIT = String.raw`(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries|miles?|feet|foot|yards?|inch(?:es)?|met(?:er|re)s?|kilomet(?:er|re)s?)`;
const CARDINAL = `(?:${Object.keys(CARDINAL_WORDS).join('|')})`;
const SPAN_COUNT = String.raw`(?:\d[\d,.]*|${CARDINAL}(?:-${CARDINAL})?|a|an|half(?:\s+an?)?|a\s+half|a\s+few|several)`;
/**
 * What may bound or hedge a span before its count (a closed class of degree words): "about",
 * "nearly", "more than", "little more than", "a little over", "barely", "well under", "the better
 * part of" — kept with the span, since "more than a month" says less than "little more than a month".
 */
const SPAN_DEGREE = String.raw`(?:about|nearly|almost|some|roughly|only|just|barely|scarcely|hardly|at\s+least|at\s+most|(?:(?:a\s+)?little|well|far|much|no|not)\s+(?:more|less)\s+than|more\s+than|less\s+than|(?:a\s+little|well|just|not\s+much)\s+(?:over|under)|over|under|upwards\s+of|close\s+to|(?:the\s+)?better\s+part\s+of)`;
/** "ten or fifteen", "20 to 25", "three-four": two counts of one span. */
const SPAN_RANGE = String.raw`(?:${SPAN_COUNT}(?:\s+(?:or|to)\s+|\s*[-–]\s*))?`;
const SPAN = new RegExp(
  String.raw`\b(?:${SPAN_DEGREE}\s+)?${SPAN_RANGE}${SPAN_COUNT}(?:[\s-]+(?:hundred|thousand|million))?(?:\s+${SPAN_STRESS})?[\s-]+${SPAN_UNIT}\b(?:\s+and\s+a\s+half)?`,
  'gi',
);
/** The smaller unit of a span written in two: ", 45 minutes" after "one hour", " and ten days" after "three weeks". */
const SECOND_UNIT = new RegExp(String.raw`^(?:,\s*|\s+and\s+)${SPAN_COUNT}[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?)\b`, 'i');
/** The end of "ten or", "20 to", "3-": a first count of a span written just before another. */
const SPAN_RANGE_BEFORE = /[\w-]+(?:\s+(?:or|to)\s+|\s*[-–]\s*)$/;
/** Words before `a day`, `an hour` that make it a rate. */
const RATE_BEFORE = /\b(?:once|twice|times|per|each|every)\s+$/i;
/** "a second", "a minute": also an order ("a second round") or a size ("a minute error") when a word that is not a function word follows. */
const ORDER_OR_SIZE = /^an?\s+(?:second|minute)$/i;
/** Words after "a second", "a minute" that keep it a span: "a minute later", "a second ago". */
const AFTER_SPAN = /^(?:later|earlier|ago|longer|sooner|more|or|and)$/i;

/** Whether "a second"/"a minute" is an order or a size here: a content word follows it ("a second round"). */
function orderOrSize(text: string, after: string): boolean {
  if (!ORDER_OR_SIZE.test(text)) return false;
  const next = /^\s+([\p{L}'-]+)/u.exec(after)?.[1];
  return next !== undefined && !AFTER_SPAN.test(next) && !STOPWORDS.has(next.toLowerCase());
}

/**
 * The spans of time or length a sentence writes, for "how long": "the drive takes a 25-minute
 * ride", "in about seven years". Not the date resolver's durations ("for two years"), which
 * {@link pickDate} reads first.
 *
 * @example
 * spanAnswer({ sentence: 'The drive is a three-hour trip.', questionStems, … }); // { answer: 'three-hour', fit: 1 }
 */
export function spanAnswer(input: ShortAnswerInput): ShortAnswer | undefined {
  const spans = [...input.sentence.matchAll(SPAN)]
    // "once a day", "twice a year", "$5 per hour" are rates, not spans.
    .filter((m) => !RATE_BEFORE.test(input.sentence.slice(Math.max(0, m.index - 12), m.index)))
    .filter((m) => !orderOrSize(m[0], input.sentence.slice(m.index + m[0].length, m.index + m[0].length + 24)))
    // "one hour, 45 minutes": a span written in two units is one span.
    .map((m) => m[0] + (SECOND_UNIT.exec(input.sentence.slice(m.index + m[0].length))?.[0] ?? ''))
    .filter((text, i, all) => !all.slice(0, i).some((earlier) => earlier.endsWith(text) && earlier !== text))
    .filter((text) => !tokenize(text).every((t) => input.questionStems.has(t.stem)));
  const span = inClauseOrder(spans, (text) => text, input)[0];
  return span === undefined ? undefined : { answer: span, fit: 1 };
}

/** The years a question names ("what month in 1948 …"): four digits, as the date resolver reads a year. */
function questionYears(input: ShortAnswerInput): number[] {
  return [...input.questionStems].filter((stem) => /^\d{4}$/.test(stem)).map(Number);
}

/**
 * The months a question names ("when did the posse leave in june"), by their stems; not "may" and
 * "march", which are more often a verb.
 */
function questionMonths(input: ShortAnswerInput): number[] {
  monthStems ??= MONTH_NAMES.flatMap((name, i) => (AMBIGUOUS_MONTHS.has(name) ? [] : [{ stem: tokenize(name)[0]?.stem ?? '', month: i + 1 }]));
  return monthStems.filter((m) => input.questionStems.has(m.stem)).map((m) => m.month);
}

const AMBIGUOUS_MONTHS = new Set(['May', 'March']);
/** The stems of the month names a question may name, worked out once. */
let monthStems: Array<{ stem: string; month: number }> | undefined;

/** Whether a date known to the month falls (in part) in one of the months: "May 19" is not "in june". */
function withinMonths(date: ResolvedDate, months: readonly number[]): boolean {
  if (months.length === 0 || date.start === undefined || date.grain === 'year' || date.grain === 'duration') return true;
  const from = Number(date.start.slice(5, 7));
  const to = Number((date.end ?? date.start).slice(5, 7));
  const sameYear = (date.end ?? date.start).slice(0, 4) === date.start.slice(0, 4);
  return !sameYear || months.some((m) => m >= from && m <= to);
}

/** Whether a date falls (in part) in one of the years: "December 1954" is not "in 1948". */
function withinYears(date: ResolvedDate, years: readonly number[]): boolean {
  if (years.length === 0 || date.start === undefined) return true;
  const from = Number(date.start.slice(0, 4));
  const to = Number((date.end ?? date.start).slice(0, 4));
  return years.some((year) => year >= from && year <= to);
}

/** Whether date `inner` falls within date `outer`: "May 4, 2023" within "2023". */
function within(inner: ResolvedDate, outer: ResolvedDate): boolean {
  if (inner.start === undefined || outer.start === undefined) return false;
  return inner.start >= outer.start && (inner.end ?? inner.start) <= (outer.end ?? outer.start);
}

/**
 * Whether `text` stands inside parentheses that hold fewer of the question's words than the rest of
 * the sentence: an aside, not what the question asks about.
 *
 * @example
 * asideDate('He was elected in 1931 (after a prize at the Academy in 1930).', '1930', stems('when was he elected to the academy')); // true
 */
export function asideDate(sentence: string, text: string, questionStems: ReadonlySet<string>): boolean {
  const at = sentence.indexOf(text);
  if (at < 0) return false;
  const open = sentence.lastIndexOf('(', at);
  const close = sentence.indexOf(')', at);
  if (open < 0 || close < 0 || sentence.lastIndexOf(')', at) > open) return false;
  const inside = sentence.slice(open + 1, close);
  const outside = `${sentence.slice(0, open)} ${sentence.slice(close + 1)}`;
  return questionWordsIn(inside, questionStems) < questionWordsIn(outside, questionStems);
}

/** Words before a date that make it one end of a span: "since 1990", "until March". */
const SPAN_END_BEFORE = /\b(?:since|until|till)\s+$/i;
/** A range written from one time to another, or as a count of units: "from 1920 to 1933", "1948-1956", "the past two weeks". */
const SPANNING = new RegExp(String.raw`\b(?:to|and|through)\b|[-–]|\b(?:\d+|${CARDINAL})\s+(?:\p{L}+\s+)?${SPAN_UNIT}`, 'iu');

/**
 * Whether a date can answer "how long": a duration, a range from one time to another, or a date
 * the sentence writes as a span's end ("since 1990"). A date that says when ("on Tuesday") or one
 * calendar period ("last week", "the 1950s") says nothing of how long.
 *
 * @example
 * answersHowLong({ text: 'last week', grain: 'range', … }, 'The plan seemed fine last week.'); // false
 * answersHowLong({ text: '1990', grain: 'year', … }, 'She has lived there since 1990.'); // true
 */
function answersHowLong(date: ResolvedDate, sentence: string): boolean {
  if (date.grain === 'duration' || (date.grain === 'range' && SPANNING.test(date.text))) return true;
  const at = sentence.indexOf(date.text);
  return at >= 0 && SPAN_END_BEFORE.test(sentence.slice(Math.max(0, at - 12), at));
}

/** For "how long": a duration first, then a span from one date to another ("from 1920 to 1933"), then any date. */
function spanRank(date: ResolvedDate): number {
  return date.grain === 'duration' ? 2 : date.grain === 'range' ? 1 : 0;
}

/**
 * How long a span from one date to another lasted, as "how long" asks it: whole years between two
 * years ("from 1920 to 1933" lasted 13 years), else the span itself.
 *
 * @example
 * rangeLength({ text: 'from 1920 to 1933', grain: 'range', start: '1920-01-01', end: '1933-12-31', label: '1920–1933' });
 * // '13 years ("from 1920 to 1933")'
 */
export function rangeLength(date: ResolvedDate): string {
  const wholeYears = /^\d{4}-01-01$/.test(date.start ?? '') && /^\d{4}-12-31$/.test(date.end ?? '');
  const years = wholeYears ? Number(date.end?.slice(0, 4)) - Number(date.start?.slice(0, 4)) : 0;
  return years > 0 ? `${years} year${years === 1 ? '' : 's'} ("${date.text.trim()}")` : dateWithPhrase(date);
}

/** Stems of the words that ask when something ended ("when did the war end", "finish", "stop") … */
const END_STEMS = new Set(['end', 'finish', 'stop', 'conclud', 'ceas', 'expir', 'termin']);
/** … and when it began ("begin", "start", "commence"). */
const START_STEMS = new Set(['begin', 'start', 'commenc']);
/** A range written from one time to another ("1911-1914", "from March to June 1950"), not a counted or calendar span ("the past two weeks", "last week"). */
const FROM_TO = /[-–]|\b(?:to|through|until|till|and)\b/i;
const NOT_FROM_TO = /\b(?:last|past|next|coming|this|week|weeks|weekend|days|months|years)\b/i;

/**
 * Which end of a span the question asks for: "when did the war end" its end, "when did the strike
 * begin" its start; undefined when it asks neither, or both.
 *
 * @example askedEnd(stems('when did the war end')); // 'end'
 */
function askedEnd(questionStems: ReadonlySet<string>): 'start' | 'end' | undefined {
  const end = [...END_STEMS].some((s) => questionStems.has(s));
  const start = [...START_STEMS].some((s) => questionStems.has(s));
  return end === start ? undefined : end ? 'end' : 'start';
}

/**
 * One end of a range written from one time to another, as a date of its own with the range's phrase:
 * the year of a span of whole years ("1911-1914" → 1914), the month of a span of whole months, else
 * the day. Undefined for any other date, or when the question asks for neither end.
 *
 * @example rangeEnd({ text: '1911-1914', grain: 'range', start: '1911-01-01', end: '1914-12-31', label: '1911–1914' }, 'end');
 * // { text: '1911-1914', grain: 'year', start: '1914-01-01', end: '1914-12-31', label: '1914' }
 */
export function rangeEnd(date: ResolvedDate, which: 'start' | 'end' | undefined): ResolvedDate | undefined {
  if (which === undefined || date.grain !== 'range' || date.start === undefined || date.end === undefined) return undefined;
  if (!FROM_TO.test(date.text) || NOT_FROM_TO.test(date.text) || date.start === date.end) return undefined;
  const day = which === 'end' ? date.end : date.start;
  const [year = '', month = ''] = day.split('-');
  const wholeYears = date.start.endsWith('-01-01') && date.end.endsWith('-12-31');
  if (wholeYears) return { text: date.text, grain: 'year', start: `${year}-01-01`, end: `${year}-12-31`, label: year };
  const lastOfMonth = (iso: string): boolean => Number(iso.slice(8, 10)) === new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), 0)).getUTCDate();
  const wholeMonths = date.start.endsWith('-01') && lastOfMonth(date.end);
  if (wholeMonths) {
    const last = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return { text: date.text, grain: 'month', start: `${year}-${month}-01`, end: `${year}-${month}-${String(last).padStart(2, '0')}`, label: `${MONTH_NAMES[Number(month) - 1] ?? month} ${year}` };
  }
  return { text: date.text, grain: 'day', start: day, end: day, label: formatDay(day) };
}

/**
 * The most precise date of the sentence the question does not already give; a duration for "how
 * long". A question that names a year asks for a date in it: another year's date is no answer.
 */
export function pickDate(input: ShortAnswerInput): ShortAnswer | undefined {
  const years = input.wantsDuration ? [] : questionYears(input);
  const months = input.wantsDuration ? [] : questionMonths(input);
  const dates = input.facts.dates.filter((d) => {
    const inQuestion = tokenize(d.text).every((t) => input.questionStems.has(t.stem));
    return !inQuestion && (input.wantsDuration ? answersHowLong(d, input.sentence) : d.grain !== 'duration') && withinYears(d, years) && withinMonths(d, months);
  });
  if (dates.length === 0) return undefined;
  // A duration for "how long", else the most precise — within the clause the question is about first.
  // "What year …": a year answers it as well as a day does, so the order of the sentence decides
  // ("the Agreement of 1948 … not later than December 31, 1954").
  const asksYear = input.questionStems.has('year');
  const nearness = new Map<ResolvedDate, number>();
  const near = (d: ResolvedDate): number => {
    let n = nearness.get(d);
    if (n === undefined) nearness.set(d, (n = wordsAround(input.sentence, d.text, input.questionStems)));
    return n;
  };
  // The date the question's own word governs first: "completed in 1931", not "designed in 1930 and completed".
  const governed = new Map(dates.map((d) => [d, governedBy(input.sentence, d.text, input.questionStems)]));
  const gov = (d: ResolvedDate): number => governed.get(d) ?? 0;
  // "elected in 1931 (after receiving a prize at the Academy in 1930)": a date in an aside the
  // question is less about than the rest of the sentence comes after the others.
  const aside = new Map(dates.map((d) => [d, asideDate(input.sentence, d.text, input.questionStems)]));
  const byKind = [...dates].sort((a, b) => {
    const asides = Number(aside.get(a)) - Number(aside.get(b));
    if (asides !== 0) return asides;
    if (input.wantsDuration) return spanRank(b) - spanRank(a) || gov(b) - gov(a);
    if (asksYear) return Number(b.grain !== 'duration') - Number(a.grain !== 'duration') || gov(b) - gov(a);
    // Of two dates as precise, the one written among the question's words ("the summit in Paris in May 1960").
    // Unless one date says more precisely when the other was ("in 2023, on May 4, 2023").
    const governs = within(a, b) || within(b, a) ? 0 : gov(b) - gov(a);
    return governs || GRAIN_RANK[b.grain] - GRAIN_RANK[a.grain] || near(b) - near(a);
  });
  // ("Volume 1 was published in 1944 and Volume 2 in 1951": "when was volume 2 published" asks of the second conjunct.)
  const ranked = conjunctFirst(inClauseOrder(byKind, (d) => d.text, input), (d) => d.text, input);
  const date = ranked[0] as ResolvedDate;
  if (input.wantsDuration && date.grain === 'range') return { answer: rangeLength(date), fit: 1, date };
  // "when did the war end" of "the 1911-1914 war": the year it ended, not the whole span.
  const part = input.wantsDuration ? undefined : rangeEnd(date, askedEnd(input.questionStems));
  if (part !== undefined) return { answer: dateWithPhrase(part), fit: 1, date: part };
  return { answer: dateWithPhrase(date), fit: input.wantsDuration && date.grain !== 'duration' ? 0.6 : 1, date };
}

/**
 * The date a sentence gives for a when question.
 *
 * @example
 * dateAnswer({ type: 'when', sentence: 'Tuesday, talks were held.', facts, questionStems, published: '2007-07-25', wantsDuration: false });
 * // → { answer: '24 July 2007 ("Tuesday")', fit: 1, date: … }
 */
export function dateAnswer(input: ShortAnswerInput): ShortAnswer {
  // "What time did the flight take off?" — a clock time, with the day when there is one.
  const clock = input.asksTime ? CLOCK_TIME.exec(input.sentence)?.[0] : undefined;
  const dated = pickDate(input);
  // "How long was the drive?": a span of time or length the date resolver does not read as a date.
  const duration = dated?.date?.grain === 'duration' ? dated.date.text.replace(/^for\s+/i, '') : undefined;
  // The span as written when it holds the resolver's duration and more: "some ten or fifteen
  // minutes", not "fifteen minutes"; "20 to 25 years", not "25 years" (looked for only when a
  // count and "or"/"to" stand just before the duration).
  const at = duration === undefined ? -1 : input.sentence.indexOf(duration);
  const widens = at >= 0 && SPAN_RANGE_BEFORE.test(input.sentence.slice(Math.max(0, at - 24), at));
  if (input.wantsDuration && (duration === undefined || widens)) {
    const span = spanAnswer(input);
    if (span && (duration === undefined || (span.answer.length > duration.length && span.answer.includes(duration)))) return span;
  }
  if (clock) return { answer: dated ? `${clock}, ${dated.answer}` : clock, fit: 1, date: dated?.date };
  if (dated) return dated;
  // "when did the patrol pass the wire" of "At 2130 hours they passed through the wire": a time of
  // day, where the sentence gives no date, tells when (the day is the report's, at best).
  const time = input.wantsDuration ? undefined : WRITTEN_CLOCK_TIME.exec(input.sentence)?.[0];
  if (time !== undefined && !tokenize(time).every((t) => input.questionStems.has(t.stem))) return { answer: time, fit: 1 };
  // "How long …" of a sentence that writes no span: the sentence, as low a fit as the report's day, which says nothing of how long.
  if (input.wantsDuration) return { answer: input.sentence, fit: REPORT_DATE_FIT };
  // Nor is the report's day, in another year than the question's; nor a sentence whose dates all
  // fall outside the month the question names.
  const years = input.wantsDuration ? [] : questionYears(input);
  if (years.length > 0 && !years.includes(Number(input.published.slice(0, 4)))) return { answer: input.sentence, fit: NO_FIT };
  if (questionMonths(input).length > 0 && input.facts.dates.some((d) => d.grain !== 'duration' && d.grain !== 'year' && d.start !== undefined)) return { answer: input.sentence, fit: NO_FIT };
  return { answer: reportDate(input.published), fit: REPORT_DATE_FIT };
}

/** Publication days kept by {@link reportDate}: far more than the days a question's candidates span. */
const REPORT_DATES_KEPT = 4_096;
const reportDates = new Map<string, string>();

/**
 * "by 25 July 2007 (date of the report)": most of a when question's sixty candidates give no date
 * and answer with their story's day, which date-fns formats far slower than a lookup returns it.
 */
function reportDate(published: string): string {
  let answer = reportDates.get(published);
  if (answer === undefined) {
    answer = `by ${formatDay(published)} (date of the report)`;
    if (reportDates.size >= REPORT_DATES_KEPT) reportDates.clear();
    reportDates.set(published, answer);
  }
  return answer;
}
