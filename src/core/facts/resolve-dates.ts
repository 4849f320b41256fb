import type { ParsedResult } from 'chrono-node';
// English only: the package root's `casual` is this one, and the root also loads fourteen other
// languages' parsers (about 200 ms of a start). Each date-fns function from its own module likewise.
import * as chrono from 'chrono-node/en';
import { addDays } from 'date-fns/addDays';
import { addQuarters } from 'date-fns/addQuarters';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { format } from 'date-fns/format';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { startOfISOWeek } from 'date-fns/startOfISOWeek';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subYears } from 'date-fns/subYears';
import { MONTH_NAMES } from '../text/calendar.js';
import { IRREGULAR_VERBS, isParticiple } from '../text/irregular-verbs.js';
import type { IsoDate, ResolvedDate } from '../types.js';
import { CARDINAL_WORDS, ORDINAL_WORDS, SPAN_STRESS } from './number-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { LETTER_OR_DIGIT } from '../text/unicode-patterns.js';


const NUMBER_WORDS: Readonly<Record<string, number>> = { a: 1, an: 1, ...CARDINAL_WORDS, hundred: 100, several: 0, many: 0 };

/**
 * Cheap gate before chrono: a sentence without any of these tokens cannot hold a date phrase we
 * resolve, and chrono costs far more than this test.
 */
const DATE_HINT =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.|\b(?:1[6-9]\d\d|20\d\d)(?:['’]?s)?\b|\b(?:yesterday|today|tonight|tomorrow|weekend|ago|days?|weeks?|months?|years?|decades?|quarter|night|morning|afternoon|evening|noon|midnight)\b|\b[ab]\.\s?[dc]\.|\bc\.\s?e\.|\d,?\s*(?:ad|bc)\b|\bad\s*\d|\b(?:in|since|until|till|before|after|during|circa)\s+[1-9]\d{2,3}\b/i;

/**
 * Whether a sentence may hold a date phrase: without one, {@link resolveDates} finds none whatever
 * the story's time, so a caller need not work that time out.
 *
 * @example mayHoldDate('Talks went on.'); // false
 */
export function mayHoldDate(sentence: string): boolean {
  return DATE_HINT.test(sentence);
}

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const DASH = '\\s*(?:-|–|—)\\s*';

/** `1980-1988`, `1980–88`; the second part may be two digits. */
const YEAR_RANGE = new RegExp(`\\b${YEAR}${DASH}(\\d{4}|\\d{2})\\b`, 'g');
/** What cites sections, pages or figures by number: "§", "pp.", "sec.", "No.", "U.S.C.". */
const CITED_BY_NUMBER = /(?:§§?|\b(?:pp?|secs?|figs?|nos?|vols?|arts?|chs?|stat|u\.s\.c|c\.f\.r)\.)\s*$/i;
/** `from 1961 to 1963`, `between 1961 and 1963`, `1961 through 1963`. */
const YEAR_RANGE_WORDS = new RegExp(
  `\\b(?:between\\s+${YEAR}\\s+and|(?:from\\s+)?${YEAR}\\s+(?:to|through|until|till))\\s+${YEAR}\\b`,
  'gi',
);
/** `the 1980s`, `the 1990's`. */
const DECADE = /\b(?:the\s+)?(?:early\s+|mid-?|late\s+)?(1[6-9]\d0|20\d0)'?s\b/g;
/** A decade's match that is a year's possessive: `1960's` alone, with no "the" or "early" before it. */
const POSSESSIVE_YEAR = /^\d{4}['’]s$/;
/** `for 27 years`, `for the past two decades`, `for three months`, `for a whole month`. */
const DURATION = new RegExp(
  String.raw`\bfor\s+(?:the\s+(?:past|last|next)\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+|over\s+|some\s+)?(\d+|[a-z]+)\s+(?:${SPAN_STRESS}\s+)?(years?|months?|weeks?|days?|decades?)\b`,
  'gi',
);
/** `June 3 and 4`, `Aug. 22-24, 1961`: days of one month. */
const DAY_RANGE =
  /\b(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)\s+(\d{1,2})\s*(?:-|–|and|to|through)\s*(\d{1,2})\b(?:,\s*(1[6-9]\d\d|20\d\d)\b)?/g;

/** Ordinal words of a month's days: "the twenty-first day of April". */
const ORDINAL_DAYS = ORDINAL_WORDS;
const MONTH_PATTERN = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/**
 * `July 26, 27, 28 and 30`, `Oct. 14, 15`, `Sept. 22, 23, 1961`: days of one month listed with
 * commas (chrono reads the second as a year, "2015"). Without "and", not before a word or a number:
 * "Oct. 14, 15 people came" counts. Groups: month, first day, the days after it, the last day after
 * "and", its year, or the year of a list without "and".
 */
const DAY_LIST = new RegExp(
  `\\b${MONTH_PATTERN}\\s+(\\d{1,2})((?:\\s*,\\s*\\d{1,2}\\b)+)(?:(?:\\s*,?\\s*(?:and|&|or)\\s+(\\d{1,2}))(?:,\\s*${YEAR})?\\b(?![^\\S\\n]*[\\d%$])|(?:,\\s*${YEAR})?\\b(?![^\\S\\n]*[\\p{L}\\d%$]))`,
  'gu',
);
/**
 * `the 21st day of April`, `this twenty-first day of April, 1961`, `this 23d day of October`: the
 * formal way of proclamations and deeds (which write 2d and 23d for 2nd and 23rd).
 */
const DAY_OF_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th|d)\\s+day\\s+of\\s+${MONTH_PATTERN}(?:,?\\s+${YEAR})?\\b|\\b(?:(twenty|thirty)[-\\s])?(${Object.keys(ORDINAL_DAYS).join('|')})\\s+day\\s+of\\s+${MONTH_PATTERN}(?:,?\\s+${YEAR})?\\b`,
  'gi',
);

/**
 * A year marked with its era: `1453 A.D.`, `A.D. 1453`, `May 11, 330 A.D.`, `44 B.C.`, with the
 * month and day before it when given. Groups: month, day, year before the era, era, era before the
 * year, year after the era.
 */
const ERA_YEAR = new RegExp(
  `(?:\\b${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s*)?(?:\\b(\\d{1,4}),?\\s*(A\\.\\s?D\\.|B\\.\\s?C\\.(?:\\s?E\\.)?|C\\.\\s?E\\.|AD\\b|BC\\b|BCE\\b)|\\b(A\\.\\s?D\\.|AD)\\s*(\\d{1,4})\\b)`,
  'g',
);

/** The day a `the 21st`/`the twenty-first` of {@link DAY_OF_MONTH} names. */
function dayOfMonth(m: RegExpMatchArray): number | undefined {
  if (m[1] !== undefined) return Number(m[1]);
  const tens = m[4] === undefined ? 0 : m[4].toLowerCase() === 'twenty' ? 20 : 30;
  const unit = ORDINAL_DAYS[(m[5] ?? '').toLowerCase()];
  return unit === undefined || (tens > 0 && unit > 9) ? undefined : tens + unit;
}

function monthIndex(word: string): number | undefined {
  const key = word.slice(0, 3).toLowerCase();
  const i = MONTH_NAMES.findIndex((mo) => mo.slice(0, 3).toLowerCase() === key);
  return i >= 0 ? i + 1 : undefined;
}

/** `the last two days`, `the past three years`: the span up to publication; `the next few months`: the span from it. */
const LAST_SPAN = /\b(?:(?:in|over|during|within)\s+)?(?:the\s+)?(last|past|next|coming)\s+(\d+|couple\s+of|[a-z]+)\s+(days|weeks|months|years|decades)\b/gi;
/**
 * A bare year is a date only after one of these words (so that `1980 votes` stays a number), or
 * after a comparison of time: "as early as 1951", "as late as 1958", "as recently as 1960", "as far
 * back as 1920" (not "as many as 1500", a count).
 */
const YEAR_CUE =
  /\b(?:1[6-9]|20)\d\d\s*(?:,|and|or|&)\s*$|\b(?:in|since|by|during|until|till|before|after|of|from|early|late|mid|around|circa|through|year|spring|summer|autumn|fall|winter|throughout)(?:\s+|\s*-)$|\bas\s+(?:early|late|recently|far\s+back|long\s+ago)\s+as\s+$/i;
/** chrono reads these month names in names or as verbs; accept them only with a date cue. */
const MONTH_CUE =
  /\b(?:in|on|since|by|during|until|till|before|after|of|from|early|late|mid|last|next|this|through|to|between|and|or|every|each|since|past|coming)(?:\s+|\s*-)$/i;
const GENERIC_BEFORE = /\b(?:a|every|each|any)\s+$/i;
/** A month's name (capitalised) before a part of the day: "April day", "June morning", "March night". */
const MONTH_DAY_PART = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:day|morning|afternoon|evening|night)\b/;
/** A verb of becoming or naming right before a weekday or month: "has become Friday", "nicknamed April" (a name, not a date). */
const BECOMES_OR_NICKNAMED = /\b(?:become|becomes|became|becoming|nicknamed|dubbed|christened)\s+$/i;
/**
 * After a weekday, a time that holds it and is not the week of the report: "a Sunday last month",
 * "on Tuesday last week", "a rainy Tuesday in May", "one Friday in the spring". The weekday is a day
 * of that time, not the one nearest the report; the phrase after it dates the sentence.
 */
const SPAN_AFTER_WEEKDAY =
  /^\s+(?:(?:of\s+)?(?:last|next|the\s+following|the\s+previous|that)\s+(?:week|month|year|spring|summer|autumn|fall|winter)|in\s+(?:early\s+|late\s+|mid-?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|in\s+(?:the\s+)?(?:spring|summer|autumn|fall|winter))\b/i;
/** An ordinal right before a weekday: "the first " (Sunday), "the last " (Friday). */
const ORDINAL_BEFORE = /\b(?:first|second|third|fourth|fifth|last)\s+$/i;
/** An ordinal weekday and "in" or "of" right before a month: "the first Sunday in " (November). */
const ORDINAL_WEEKDAY_BEFORE = /\b(?:first|second|third|fourth|fifth|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:in|of)\s+(?:each\s+|every\s+)?$/i;
/** After a weekday, what makes it part of a thing's name: a hyphen ("Sunday-school"), or "school", "best", "paper(s)", "driver(s)". */
const WEEKDAY_COMPOUND = /^(?:-\p{L}|\s+(?:schools?|best|papers?|supplements?|drivers?)\b)/iu;
/**
 * How far back, in characters, a future cue may stand in the date's clause: a subject and its verb
 * phrase ("President Kennedy will meet with Soviet Premier Nikita S. Khrushchev in Vienna June 3").
 */
const FUTURE_REACH = 120;

/** What may stand before a date that opens a sentence: a preposition at most ("On September 16, …"). */
const OPENING_DATE = /^\W*(?:(?:on|by|in|until|till|from|early|late|next)\s+)?$/i;
/** A speech verb: what follows it is what someone said, not the clause the date opens. */
const SPEECH = /\b(?:said|says|told|added|announced|declared|stated|reported|wrote)\b/i;

/**
 * The clause a date belongs to: the text before it, back to a `;`, `,` or `:` or at most
 * FUTURE_REACH characters; and for a date that opens the sentence (`end` given), the clause after
 * it too, up to a speech verb: "On September 16, Rayburn will have served …" is in the future,
 * "On May 3, the mayor said he will run" is not.
 */
function futureClause(sentence: string, at: number, end?: number): string {
  const before = listLeadIn(sentence, at) + clauseBefore(sentence, at, end);
  if (end === undefined) return before;
  // "Opening Day, Sept. 1, when the new hall opens": the "when" clause tells what happens that day.
  const when = WHEN_AFTER.exec(sentence.slice(end))?.[1];
  if (when !== undefined) return `${before} ${when}`;
  // "within a short time -- on June 17th -- her reign will end": a date set off by dashes belongs
  // to the clause the dashes interrupt, which goes on after the closing dash.
  const aside = DASH_OPEN.test(sentence.slice(0, at)) ? DASH_CLOSE.exec(sentence.slice(end)) : null;
  if (aside === null && !OPENING_DATE.test(sentence.slice(0, at))) return before;
  const rest = aside === null ? sentence.slice(end, end + FUTURE_REACH) : sentence.slice(end + aside[0].length, end + aside[0].length + FUTURE_REACH);
  const after = (rest.replace(/^[\s,]+/, '').split(/[;:]\s|[.!?](?:\s|$)/)[0] ?? '').split(SPEECH)[0] ?? '';
  return `${before} ${after}`;
}

/**
 * The text of the date's clause before it: back to a `;`, `,` or `:`, at most FUTURE_REACH
 * characters. A date set off by a comma in a stretch with no verb of its own, before it or after
 * it up to the next comma or stop, belongs to the clause before that comma: in "She will receive
 * the prize at the fair, Tuesday and Wednesday in the main hall", "will receive" tells the
 * date's tense ("officials said Tuesday", "Tuesday's ruling showed" have verbs of their own).
 */
function clauseBefore(sentence: string, at: number, end?: number): string {
  const pieces = sentence.slice(Math.max(0, at - FUTURE_REACH), at).split(/[;,:]\s/);
  const own = pieces.pop() ?? '';
  if (end === undefined || pieces.length === 0 || !/,\s$/.test(sentence.slice(0, at - own.length)) || hasVerb(own)) return own;
  const after = sentence.slice(end, end + FUTURE_REACH).split(/[;,:]\s|[.!?](?:\s|$)/)[0] ?? '';
  if (/^['’]s\b/.test(after) || hasVerb(after)) return own;
  return `${pieces.pop() ?? ''}, ${own}`;
}

/**
 * For a date in the first item of a list after a colon, the clause that introduces the list: "Set
 * for the hall this season are: the Varn Quartet on Jan. 27" is told by "set for … are". Empty
 * when the item has a verb of its own, or the date is not in the first item.
 */
function listLeadIn(sentence: string, at: number): string {
  const colon = sentence.lastIndexOf(': ', at);
  if (colon < 0) return '';
  const item = sentence.slice(colon + 2, at);
  if (/[;,]\s/.test(item) || item.length > FUTURE_REACH || hasVerb(item)) return '';
  return `${sentence.slice(Math.max(0, colon - FUTURE_REACH), colon).split(/[;,:]\s/).pop() ?? ''} `;
}

/** A "when" clause right after a date, up to the next stop: the clause is what happens on it. */
const WHEN_AFTER = /^,?\s+when\s+([^;,:.!?]{1,120})/i;

/** A dash (`--`, `—`, `–` between spaces) before a date, with a preposition at most between them. */
const DASH_OPEN = /(?:--|—|\s–)\s*(?:(?:on|by|in|until|till|from|early|late|next)\s+)?$/i;
/** The dash that closes that aside, right after the date. */
const DASH_CLOSE = /^,?\s*(?:--|—|–\s)/;

/**
 * Words before a date that put it ahead of the story: "will", "is expected", and the present tense of
 * a schedule ("the law takes effect July 1", "the fair opens Aug. 22", "is due"), which reports no past.
 * Not "the next morning" or "next day" ({@link NEXT_PART_OF_DAY}): the day after the story's, told in
 * the past ("The next morning we rode to Vessa -- but what can one do there on Sunday?").
 */
const FUTURE_CUE = /\b(?:will|next(?!\s+(?:day|morning|afternoon|evening|night)\b)|coming|plans?\s+to|expected|scheduled|set\s+(?:to|for)|going\s+to|tomorrow|takes\s+effect|(?:becomes?|takes?)\s+effective|(?:begin|start|open|close|expire|resume)s|(?:is|are)\s+due|runs\s+(?:through|until|till))\b/i;

/**
 * A schedule's verb in the plural present right before the date: "the Tumblers open Tuesday",
 * "classes begin Monday" — not after a word that makes it past or no verb of its own ("were open
 * Tuesday", "failed to begin Monday", "the door flung open Friday").
 */
const SCHEDULE_VERB_BEFORE = /(?:^|[^\p{L}])(\p{L}+)[,\s]+(?:re)?(?:open|begin|start|close|resume)\s+(?:on\s+)?$/iu;
const NOT_A_SCHEDULE = /^(?:was|were|be|been|being|had|has|have|did|do|does|not|never|to|stayed|stay|remained|kept|held|broke|cut|\p{L}+ed|\p{L}+en)$/iu;

/**
 * A future verb right after the date: the date is in its subject ("The get-together Friday night
 * will be a banquet", "Tuesday will be the deadline"), or tells when it happens.
 */
const FUTURE_VERB_AFTER = /^,?\s*(?:will|shall|(?:is|are)\s+(?:to|expected|scheduled|due|set\s+(?:to|for)))\b/i;

/**
 * A noun that names a day set ahead, right before its date: "the deadline of December 31", "a
 * target date of June 1", "the closing date is May 3". A month and day of such a date still to come
 * in the year of publication is that year's, not the year before's (whether the deadline has since
 * been met or dropped); one already past in the year stays past ("missed the deadline of March 1").
 */
const DEADLINE_BEFORE = /\b(?:deadlines?|(?:due|target|closing|expiry|expiration|cut-?off)\s+dates?)\s+(?:(?:of|for|on|is|set\s+for)\s+)?$/i;

/** A noun that announces what follows it, and its preposition: "an announcement of", "an invitation to", "notice of". */
const ANNOUNCING = /\b(?:announcements?|invitations?|notices?)\s+(?:of|to|for)\s+([^;,:.!?]{1,100})$/i;

/**
 * Whether a date closes the noun phrase an announcing noun opens, with no verb between: "an
 * announcement of the district's organizing convention Wednesday night", "an invitation to the
 * harbour dinner Friday" tell of an event announced, still to come — not of the day the
 * announcement came ("announced Wednesday", "an announcement made Wednesday" keep their past).
 */
function announcedEvent(sentence: string, at: number): boolean {
  const phrase = ANNOUNCING.exec(clauseBefore(sentence, at))?.[1];
  return phrase !== undefined && !hasVerb(phrase);
}

/** Whether the words before a date, or its clause ({@link futureClause}), put it ahead of the report. */
function speaksOfFuture(sentence: string, at: number, end?: number): boolean {
  const clause = futureClause(sentence, at, end);
  if (FUTURE_CUE.test(clause)) return true;
  if (end !== undefined && FUTURE_VERB_AFTER.test(sentence.slice(end, end + 40))) return true;
  if (announcedEvent(sentence, at)) return true;
  const verb = SCHEDULE_VERB_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
  if (verb === null || NOT_A_SCHEDULE.test(verb[1] ?? '')) return false;
  // ("the crowd threw the gates open Friday": a verb of the past in the clause tells it.)
  const before = futureClause(sentence, at);
  return !PAST_FORM.test(before) && !(before.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => PAST_IRREGULAR.has(w));
}

/** How many days after the report a day written without its year may be and still be this year's, in a sentence of no past. */
const SOON_AFTER_DAYS = 7;

/**
 * Whether a day written without its year, a few days after the report, is one to come in a sentence
 * that tells nothing past: "The granting of the award August 13 to Senator Ross is a bitter
 * example" in a paper of 12 August is this August's, not last year's. ("The quay flooded on Aug.
 * 14", told in the past, is last year's.)
 */
function soonAfterReport(sentence: string, day: Date, reported: Date): boolean {
  if (day <= reported || day > addDays(reported, SOON_AFTER_DAYS)) return false;
  return !toldInThePast(sentence);
}

/** Whether a sentence has a verb of the past: a past form ("voted", "met") or "was", "were", "had" (not "did", which asks: "Did you know …"). */
function toldInThePast(sentence: string): boolean {
  return PAST_FORM.test(sentence) || (sentence.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => (PAST_IRREGULAR.has(w) && w !== 'did') || /^(?:was|were|had)$/.test(w));
}

/** A verb's past form: "voted", "reopened". */
const PAST_FORM = /\b\p{L}{3,}ed\b/iu;
/** Irregular past forms, without those that are also the present ("set", "put", "cut", "hit", "quit", "shut") or of "be", "have" and "do" in the present. */
const PAST_IRREGULAR: ReadonlySet<string> = new Set([...IRREGULAR_VERBS.keys()].filter((w) => !/^(?:set|put|cut|hit|quit|shut|is|are|has|does)$/.test(w)));
/** A phrase chrono returns is a calendar date only if it holds one of these words or a year. */
const DATE_WORD =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:1[6-9]\d\d|20\d\d)\b|\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|past|weekend|earlier|later|previous|coming)\b/i;
/** A written date followed by "is", "falls", "was" …: what comes next is that date's weekday. */
const WEEKDAY_OF_DATE = /\d,?\s+(?:is|was|falls|fell|will\s+be|would\s+be)\s+(?:on\s+)?(?:a\s+)?$/i;
const NAMED_DAY_OR_MONTH = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/;
/**
 * "the next day", "next morning": the day after one the story tells of (English says "tomorrow"
 * for the day after the report's), counted from an event the sentence does not date.
 */
const NEXT_PART_OF_DAY = /^next\s+(?:day|morning|afternoon|evening|night)$/i;
/**
 * "the" or "that", maybe with a word that places the day in a story ("that final ", "the following "),
 * or a possessive with such a word ("his first " Sunday: the first of his, not a day of the calendar;
 * "told her Sunday" still dates).
 */
const STORY_DAY_BEFORE = /\b(?:(?:the|that)\s+(?:(?:very|same|final|following|previous|preceding|fateful|first|second|third)\s+)?|(?:his|her|their|its|my|our|your)\s+(?:very|same|final|following|previous|preceding|fateful|first|second|third)\s+)$/i;
/** A weekday ("Sunday", "last Sunday", "next Sunday") or "last night": what {@link STORY_DAY_BEFORE} makes a day of the story. */
const STORY_DAY = /^(?:(?:last|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$|^last\s+(?:night|morning|afternoon|evening)$/i;
/** "past years", "next days", "last months": a span to or from the report with no count. */
const UNCOUNTED_SPAN = /^(?:past|last|next|coming|previous)\s+(?:days|weeks|months|years|decades|hours|minutes)$/i;
/** "at the last minute", "the next moment": a turn of a story, no day of the calendar. */
const MOMENT_OF_STORY = /^(?:last|next)\s+(?:minute|moment|second|instant)$/i;
/** "last quarter", "next quarter": a quarter of the year before, of or after the report's. */
const QUARTER = /^(last|past|previous|this|next|coming)\s+quarter$/i;
/** A time counted back by no number: "a few months ago", "several years ago", "some weeks ago". */
const VAGUE_AGO = /\b(?:few|several|many|some|couple(?:\s+of)?)\s+(days|weeks|months|years|decades)\s+ago$/i;
/** A span counted from another event: `ten years later`, `three days earlier`, `a week after`. */
const LATER_EARLIER = /\b(?:later|earlier|afterwards?|after|before)\s*$/;
const QUALIFIER = /\b(earlier|later|early|late|mid|last|this|next|past|on)\s*-?\s*$/i;
const WEEKDAY_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day/i;
/** A plural noun right after a day's name: "swimmers", "meetings" (not a verb of the sentence: "was", "says"). */
const ATTRIBUTIVE_PLURAL = /^\s+(?!(?:was|is|has|does|says|goes|his|its|this|thus|as|us|plus|always|sometimes|perhaps)\b)[a-z]+[^s'’]s\b/;

interface Span {
  start: number;
  end: number;
}

interface Found {
  at: number;
  value: ResolvedDate;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function toDate(v: Ymd): Date {
  return new Date(v.y, v.m - 1, v.d, 12);
}

function iso(d: Date): IsoDate {
  return format(d, 'yyyy-MM-dd');
}

function dayLabel(d: Date): string {
  return format(d, 'd MMMM yyyy');
}

function parsePublished(published: IsoDate): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return new Date(2000, 0, 1, 12);
  return toDate({ y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) });
}

function overlaps(spans: readonly Span[], s: Span): boolean {
  return spans.some((o) => s.start < o.end && o.start < s.end);
}

function yearRange(text: string, from: number, to: number): ResolvedDate {
  return {
    text,
    grain: 'range',
    start: `${from}-01-01`,
    end: `${to}-12-31`,
    label: `${from}–${to}`,
  };
}

function monthDate(text: string, y: number, m: number): ResolvedDate {
  const first = toDate({ y, m, d: 1 });
  return {
    text,
    grain: 'month',
    start: iso(first),
    end: iso(lastDayOfMonth(first)),
    label: `${MONTH_NAMES[m - 1] ?? ''} ${y}`,
  };
}

/** The day of a month in any year (a year below 100 too: not `new Date(y, …)`, which reads it as 1900 and after); undefined for a day the month lacks. */
function dayInYear(year: number, month: number, day: number): Date | undefined {
  const date = toDate({ y: 2000, m: month, d: day });
  date.setFullYear(year);
  return date.getMonth() + 1 === month ? date : undefined;
}

function dayDate(text: string, d: Date): ResolvedDate {
  return { text, grain: 'day', start: iso(d), end: iso(d), label: dayLabel(d) };
}

function yearDate(text: string, y: number): ResolvedDate {
  const padded = String(y).padStart(4, '0');
  return { text, grain: 'year', start: `${padded}-01-01`, end: `${padded}-12-31`, label: String(y) };
}

function expandFullYear(first: number, second: string): number {
  if (second.length === 4) return Number(second);
  const century = Math.floor(first / 100) * 100;
  const candidate = century + Number(second);
  return candidate >= first ? candidate : candidate + 100;
}

/** A month, maybe a day, and a year cut to its last two digits: "September '76", "June 3, '58". */
const SHORT_YEAR_DATE = new RegExp(`\\b${MONTH_PATTERN}\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?['’](\\d\\d)\\b`, 'g');

/** Patterns chrono does not know (year ranges, decades, durations), claimed before chrono runs. */
function ownPatterns(sentence: string, pubDate: Date, spans: Span[], out: Found[], reported: Date = pubDate): void {
  const add = (start: number, text: string, value: ResolvedDate): void => {
    const span = { start, end: start + text.length };
    if (overlaps(spans, span)) return;
    spans.push(span);
    out.push({ at: start, value });
  };
  // A month with its year cut to two digits ("September '76", "June 3, '58") is in the latest year
  // with those digits not after publication, or the first not before it when the future is meant.
  for (const m of sentence.matchAll(SHORT_YEAR_DATE)) {
    const month = monthIndex(m[1] ?? '');
    const day = m[2] === undefined ? undefined : Number(m[2]);
    if (month === undefined || (day !== undefined && (day < 1 || day > 31))) continue;
    const published = pubDate.getFullYear();
    const future = speaksOfFuture(sentence, m.index);
    let year = published - ((((published - Number(m[3])) % 100) + 100) % 100);
    if (future && year < published) year += 100;
    const text = m[0];
    if (day === undefined) add(m.index, text, monthDate(text, year, month));
    else {
      const date = dayInYear(year, month, day);
      if (date) add(m.index, text, dayDate(text, date));
    }
  }
  // A year with its era is that year, whatever chrono makes of it ("1453 A" as a time of day, "May
  // 11, 330 A.D." as 11 May of this year). A year before the common era is left undated (an ISO
  // date has no year before 1), its span claimed so that nothing else dates it.
  for (const m of sentence.matchAll(ERA_YEAR)) {
    const era = m[4] ?? m[5] ?? '';
    const year = Number(m[3] ?? m[6]);
    const text = m[0].replace(/[\s,]+$/, '');
    if (era.startsWith('B') || year < 1 || year > pubDate.getFullYear() + 100) {
      spans.push({ start: m.index, end: m.index + text.length });
      continue;
    }
    const month = m[1] === undefined ? undefined : monthIndex(m[1]);
    const day = m[2] === undefined ? undefined : Number(m[2]);
    if (month !== undefined && day !== undefined && day >= 1 && day <= 31) {
      const date = dayInYear(year, month, day);
      if (date) add(m.index, text, { text, grain: 'day', start: iso(date), end: iso(date), label: `${day} ${format(date, 'MMMM')} ${year}` });
      continue;
    }
    const at = m.index + (m[1] === undefined ? 0 : m[0].search(/\d{3,4}|A\.?\s?D/));
    const written = sentence.slice(at, m.index + text.length);
    const padded = String(year).padStart(4, '0');
    add(at, written, { text: written, grain: 'year', start: `${padded}-01-01`, end: `${padded}-12-31`, label: String(year) });
  }
  for (const m of sentence.matchAll(YEAR_RANGE_WORDS)) {
    const from = Number(m[1] ?? m[2]);
    const to = Number(m[3]);
    if (to > from) add(m.index, m[0], yearRange(m[0], from, to));
  }
  for (const m of sentence.matchAll(YEAR_RANGE)) {
    const from = Number(m[1]);
    const to = expandFullYear(from, m[2] ?? '');
    // `1980-1988` is a range; `2007-07` or a phone number is not, nor sections or pages cited
    // by number ("42 U.S.C. 1952-1958", "pp. 1961-1965").
    if (to > from && to - from < 200 && !/^\d/.test(sentence.slice(m.index + m[0].length)) && !CITED_BY_NUMBER.test(sentence.slice(Math.max(0, m.index - 12), m.index))) {
      add(m.index, m[0], yearRange(m[0], from, to));
    }
  }
  for (const m of sentence.matchAll(DECADE)) {
    const from = Number(m[1]);
    // "in 1960's industrial effort": a year's possessive before a word, with no "the" — that year.
    if (POSSESSIVE_YEAR.test(m[0]) && /^\s+\p{Ll}/u.test(sentence.slice(m.index + m[0].length))) {
      add(m.index, m[0], { text: m[0], grain: 'year', start: `${from}-01-01`, end: `${from}-12-31`, label: String(from) });
      continue;
    }
    add(m.index, m[0], { ...yearRange(m[0], from, from + 9), label: `${from}s` });
  }
  // Days of one month, listed ("July 26, 27, 28 and 30") or as a range ("Aug. 22-24"): from the
  // first to the last.
  const lists = [...sentence.matchAll(DAY_LIST)].map((m) => {
    const days = [m[2], ...(m[3] ?? '').split(','), m[4]].map((d) => (d === undefined || d.trim() === '' ? undefined : Number(d))).filter((d): d is number => d !== undefined);
    const ascending = days.every((d, i) => i === 0 || d > (days[i - 1] as number));
    return { m, month: m[1], a: ascending ? days[0] : undefined, b: days[days.length - 1], year: m[5] ?? m[6] };
  });
  const ranges = [...sentence.matchAll(DAY_RANGE)].map((m) => ({ m, month: m[1], a: Number(m[2]), b: Number(m[3]), year: m[4] }));
  for (const { m, month: word, a, b, year: written } of [...lists, ...ranges]) {
    const month = monthIndex(word ?? '');
    if (month === undefined || a === undefined || b === undefined || !(a >= 1 && b > a && b <= 31)) continue;
    const future = speaksOfFuture(sentence, m.index, m.index + m[0].length);
    let year = written ? Number(written) : pubDate.getFullYear();
    if (!written && toDate({ y: year, m: month, d: a }) > reported && !future && !soonAfterReport(sentence, toDate({ y: year, m: month, d: a }), reported)) year -= 1;
    // `next Jan. 26-28` in an August article is next year's.
    if (!written && toDate({ y: year, m: month, d: b }) < pubDate && future) year += 1;
    const from = toDate({ y: year, m: month, d: a });
    const to = toDate({ y: year, m: month, d: b });
    add(m.index, m[0], { text: m[0], grain: 'range', start: iso(from), end: iso(to), label: `${a}–${b} ${format(from, 'MMMM yyyy')}` });
  }
  for (const m of sentence.matchAll(DAY_OF_MONTH)) {
    const month = monthIndex(m[2] ?? m[6] ?? '');
    const day = dayOfMonth(m);
    const written = m[3] ?? m[7];
    if (month === undefined || day === undefined || day < 1 || day > 31) continue;
    let year = written ? Number(written) : pubDate.getFullYear();
    if (!written && toDate({ y: year, m: month, d: day }) > reported && !speaksOfFuture(sentence, m.index, m.index + m[0].length)) year -= 1;
    const date = toDate({ y: year, m: month, d: day });
    if (date.getMonth() + 1 !== month) continue;
    add(m.index, m[0], { text: m[0], grain: 'day', start: iso(date), label: dayLabel(date) });
  }
  for (const m of sentence.matchAll(LAST_SPAN)) {
    const raw = (m[2] ?? '').toLowerCase();
    // `the last few months` is vague; three units is the usual reading.
    // ("the last couple of years": two.)
    const count = /^\d+$/.test(raw) ? Number(raw) : raw === 'few' || raw === 'several' ? 3 : /^couple\s+of$/.test(raw) ? 2 : NUMBER_WORDS[raw];
    if (count === undefined || count === 0) continue;
    const unit = (m[3] ?? '').toLowerCase().replace(/s$/, '');
    const days = unit === 'day' ? count : unit === 'week' ? count * 7 : 0;
    // The span's other end: back from publication, or forward for `the next few months`.
    const sign = /^(?:next|coming)$/i.test(m[1] ?? '') ? -1 : 1;
    const other = days > 0 ? subDays(pubDate, sign * days) : unit === 'month' ? subMonths(pubDate, sign * count) : subYears(pubDate, sign * (unit === 'decade' ? count * 10 : count));
    const [startDate, end] = sign === 1 ? [other, pubDate] : [pubDate, other];
    add(m.index, m[0], {
      text: m[0],
      grain: 'range',
      start: iso(startDate),
      end: iso(end),
      label: `${dayLabel(startDate)} – ${dayLabel(end)}`,
    });
  }
  for (const m of sentence.matchAll(DURATION)) {
    const rawCount = (m[1] ?? '').toLowerCase();
    const count = /^\d+$/.test(rawCount) ? Number(rawCount) : NUMBER_WORDS[rawCount];
    if (count === undefined || count === 0) continue;
    const unit = (m[2] ?? '').toLowerCase().replace(/s$/, '');
    const code =
      unit === 'year'
        ? `P${count}Y`
        : unit === 'decade'
          ? `P${count * 10}Y`
          : unit === 'month'
            ? `P${count}M`
            : unit === 'week'
              ? `P${count}W`
              : `P${count}D`;
    add(m.index, m[0], {
      text: m[0],
      grain: 'duration',
      duration: code,
      label: `${count} ${unit}${count === 1 ? '' : 's'}`,
    });
  }
}

/** Index of the first character after `text` trimmed of trailing punctuation chrono keeps. */
function trimmed(text: string): string {
  return text.replace(/[\s,.;:]+$/, (tail) => (/^\.$/.test(tail) && /\b(?:[A-Z][a-z]{2,3}|[ap]\.m)\.$/.test(text) ? tail : ''));
}

/** A numeral or function word, capitalised only where it opens a sentence; not one of a habit ("each", "every", "any"). */
function openingWordOnly(word: string): boolean {
  return (STOPWORDS.has(word) || CARDINAL_WORDS[word] !== undefined) && !/^(?:each|every|any)$/.test(word);
}

function isNameLike(sentence: string, start: number, end: number): boolean {
  // A weekday or month glued to capitalised words is part of a name: `Bloody Sunday`, `Sunday Times`.
  const before = sentence.slice(Math.max(0, start - 30), start);
  const after = sentence.slice(end, end + 30);
  const prevWord = /([A-Za-z][\w'’.-]*)\s+$/.exec(before)?.[1];
  const nextWord = /^\s+([A-Za-z][\w'’-]*)/.exec(after)?.[1];
  const sentenceInitial = /^[\s"“'‘(]*$/.test(before);
  // ("met in Baghdad on Monday", "On Tuesday Ada Vint sold": a preposition of the phrase parts it
  // from a name before it, and makes it a day, not a name's word, before one after it.)
  const opensWithPreposition = /^(?:on|by|since|until|till|before|after)\s/i.test(sentence.slice(start, end));
  // ("met in Baghdad Monday", "held at Vessa Harbour Hall Friday": a name after "in" or "at" ends
  // the place's phrase, and the day follows it.)
  const endsPlace = /\b(?:in|at|from|near)\s+(?:[A-Z][\w'’.-]*\s+){1,4}$/.test(before);
  const capital = (w: string | undefined): boolean =>
    w !== undefined && /^[A-Z][a-z]/.test(w) && !WEEKDAY_WORD.test(w) && !MONTH_NAMES.some((mo) => w.startsWith(mo.slice(0, 3)));
  // ("One June morning we sailed", "That April night …": a numeral or function word that opens the
  // sentence has its capital from where it stands; before a month written as a day's, it is no
  // name's word. Not "Each June morning", a habit.)
  const opener = /^[\s"“'‘(]*([A-Za-z]+)\s+$/.exec(before)?.[1];
  const openerBeforeDay = opener !== undefined && openingWordOnly(opener.toLowerCase()) && MONTH_DAY_PART.test(sentence.slice(start));
  if (capital(prevWord) && !sentenceInitial && !opensWithPreposition && !endsPlace && !openerBeforeDay && !/^(?:On|In|Since|By|Last|Next|This|Early|Late|Until|Before|After)$/.test(prevWord ?? '')) {
    return true;
  }
  return capital(nextWord) && !opensWithPreposition && /^\s+[A-Z]/.test(after) && !/^(?:Morning|Night|Evening|Afternoon)$/.test(nextWord ?? '');
}

/** "had" and a participle, maybe with a word between: "had shifted", "had not yet begun". */
const HAD_PARTICIPLE = /\bhad\s+(?:(?:not|never|already|just|also|yet|\p{L}+ly)\s+){0,2}(\p{L}+)/giu;

/** Whether a sentence has a verb in the past perfect: "the wind had shifted", "he had long since left". */
function inPastPerfect(sentence: string): boolean {
  return [...sentence.matchAll(HAD_PARTICIPLE)].some((m) => isParticiple((m[1] ?? '').toLowerCase()));
}

/** Whether the position falls inside a quotation: after an opening quote mark that is not yet closed. */
function insideQuotation(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const curlyOpen = before.lastIndexOf('“');
  if (curlyOpen >= 0 && before.lastIndexOf('”') < curlyOpen) return true;
  return (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** Whether the sentence writes a year (1600–2099) earlier than `year`. */
function writesYearBefore(sentence: string, year: number): boolean {
  return [...sentence.matchAll(ANY_YEAR)].some((m) => Number(m[0]) < year);
}

/** The last date chrono gave a sentence: where it ends, and whether it is spoken of as to come. */
interface Carried {
  end: number;
  future: boolean;
}

/**
 * Between two dates, what makes the second the next item of a list: a comma, a semicolon or "and",
 * and no verb of its own ("will be in Dover Oct. 5; Hull, Oct. 6", "at one hall Tuesday, at
 * another Wednesday").
 */
const LIST_LINK = /^[^.!?]{0,80}$/;
const LIST_SEPARATOR = /[,;]|\band\b/i;
const VERB_BETWEEN = /\b(?:is|are|was|were|be|been|has|have|had|did|does|do|will|would|could|should|can|may|might|must|said|says|told)\b|\b\p{L}{3,}ed\b/iu;
/** Words that date the second by another event, not as the next item: "a year after the storm of Sept. 3". */
const RELATED_BETWEEN = /\b(?:after|before|since|until|till|from|than|ago|later|earlier|when|while|because|following|previous|last|past|of)\s*$|\b(?:after|before|since|until|till|than|ago|later|earlier|when|while|because|following|previous|last|past)\b/i;

/** Whether a stretch of a sentence has a verb: an auxiliary, a speech verb, a past form ("voted", "met"). */
function hasVerb(text: string): boolean {
  return VERB_BETWEEN.test(text) || (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => IRREGULAR_VERBS.has(w));
}

/** Whether the text between two dates joins them as items of one list. */
function listedAfter(between: string): boolean {
  return LIST_LINK.test(between) && LIST_SEPARATOR.test(between) && !hasVerb(between) && !RELATED_BETWEEN.test(between);
}

function fromChrono(r: ParsedResult, sentence: string, pub: Date, out: Found[], spans: Span[], carried: { last?: Carried }, story?: NarrativeTime, reported: Date = pub): void {
  let text = trimmed(r.text);
  let start = r.index;
  // chrono takes an opening bracket or quote mark into a weekday's phrase ("(Sunday's round …"):
  // the phrase is the words, as a label quotes them.
  const opening = /^[([{“‘"']+/.exec(text);
  if (opening) {
    start += opening[0].length;
    text = text.slice(opening[0].length);
  }
  // chrono glues `now` to a weekday (`a Friday now and then`) and then claims every field as known.
  const nowGlued = /\S\s+now$/i.test(text);
  if (nowGlued) text = text.replace(/\s+now$/i, '');
  if (text.length === 0) return;
  const lower = text.toLowerCase();
  const s = r.start;
  const explicit = !nowGlued || /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(lower);
  const hasWeekday = s.isCertain('weekday');
  const hasDay = s.isCertain('day') && explicit;
  const hasMonth = s.isCertain('month') && explicit;
  // "On Oct. 14, 15 people came": chrono reads a number of one or two digits after the day and its
  // comma as the year ("2015"); it is the sentence's count, and the date has no year.
  const yearless = /\b\d{1,2},\s*\d{1,2}$/.test(trimmed(r.text));
  const hasYear = s.isCertain('year') && explicit && !yearless;
  const relative = /\b(?:yesterday|today|tonight|tomorrow|last|next|this|ago|past)\b/i.test(lower);
  if (!hasWeekday && !hasDay && !hasMonth && !hasYear && !relative) return; // a bare time such as `at 5`
  // chrono reads `for a second`, `now` or bare numbers as times; we want calendar dates only.
  if (!DATE_WORD.test(text)) return;
  text = text.replace(/\s+(?:of|until|till|to|and|through)$/i, '');
  // "December 31, 1960, 23 employees retired": a number after the year and its comma is a count of
  // the sentence, not a time of that day.
  text = text.replace(/(\b(?:1[6-9]\d\d|20\d\d)),\s*\d{1,2}$/, '$1');
  if (yearless) text = text.replace(/,\s*\d{1,2}$/, '');
  // "voted 7 to 2 on Monday": chrono reads the tally before a weekday as hours of that day; with no
  // clock's mark (":", "a.m.", "o'clock") the numbers are the sentence's, not the date's.
  const tally = /^\d{1,2}(?:\s*(?:to|-|–)\s*\d{1,2}\s+(?:on\s+)?|\s+on\s+)(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day)/i.exec(text);
  if (tally) {
    start += tally[0].length;
    text = text.slice(tally[0].length);
  }

  // "this second", "that very minute": now, in the words of the story, not a day of the calendar.
  if (/^(?:this|that)\s+(?:very\s+)?(?:second|minute|moment|instant|hour)$/i.test(text)) return;
  // "group 2 may be classified", "they would march 1961 miles": "may" and "march" in lower case are
  // the verbs, unless a date's cue stands before them ("the last week of march 1961").
  if (/\b(?:may|march)\b/.test(text) && !MONTH_CUE.test(sentence.slice(Math.max(0, start - 20), start))) return;
  // Inside a word (`Injun`) is never a date.
  if (LETTER_OR_DIGIT.test(sentence[start - 1] ?? '') || LETTER_OR_DIGIT.test(sentence[start + text.length] ?? '')) return;
  // `ten years later`, `three months earlier`: counted from another event of the story, which the
  // sentence does not date — not from the day of publication. No date is better than a wrong one.
  if (LATER_EARLIER.test(lower) && !NAMED_DAY_OR_MONTH.test(lower) && !/\d{4}/.test(lower)) return;
  if (NEXT_PART_OF_DAY.test(text)) return;
  // "for the past years", "the next days may show", "the last years of his life": a span of no
  // stated length, not a day a year or a day from the report.
  if (UNCOUNTED_SPAN.test(text) || MOMENT_OF_STORY.test(text)) return;
  const bare = !hasDay && !hasYear && !relative;
  // Cues sit just before the phrase; a bounded slice keeps long inputs linear.
  const before = sentence.slice(Math.max(0, start - 60), start);
  // "On that final Sunday at the fair", "the following Monday", "the last night of the fair": a
  // day the story has told of or counts from, named with "the" or "that" — not the one nearest the
  // report ("last night" alone is the night before it; "the last night" is a final one).
  if (STORY_DAY_BEFORE.test(before) && STORY_DAY.test(text)) return;
  // "used to this day": still, now — no event's date.
  if (/^this (?:very )?day$/i.test(text) && /\bto\s+$/i.test(before)) return;
  // "On this day the wind had shifted": a day told in the past perfect is one the story has reached,
  // before the time it tells from — not the day of publication ("met in Vessa this day" is).
  if (/^this (?:very )?day$/i.test(text) && inPastPerfect(sentence)) return;
  // "the last week of March 1961", "the last year of his life": a part of what follows, not the
  // week before publication (a month after it is read on its own). Without "the" it is that week:
  // "convicted last year of fraud".
  if (relative && /^(?:last|this|next|past|first)\s+(?:week|month|year)$/i.test(text) && /\bthe\s+$/i.test(before) && /^\s+of\b/i.test(sentence.slice(start + text.length, start + text.length + 5))) return;
  // "on the last day in June", "bread to last the day": English says "yesterday" for the day
  // before; "last day" is a final one, and "last the day" a verb and its object.
  if (/^last\s+(?:the\s+)?day$/i.test(text)) return;
  // "today" in words quoted from a past the sentence dates ("On March 3, 1851, he wrote, "… came to
  // work for me this day"") is that past's day, not the day of publication: no date is better than a wrong one.
  if (relative && !/\d/.test(lower) && monthNamed(text) === undefined && insideQuotation(sentence, start) && writesYearBefore(sentence, pub.getFullYear() - NARRATIVE_AGE)) return;
  // `May` the verb or name; not "that cold April day", "one June morning": a month written before a
  // part of the day is a day of that month.
  if (bare && hasMonth && !hasWeekday && !MONTH_CUE.test(before) && !MONTH_DAY_PART.test(sentence.slice(start))) return;
  if (bare && (hasWeekday || hasMonth) && isNameLike(sentence, start, start + text.length)) return;
  // "he has become Friday on Dragnet", "a sailor nicknamed April": no one becomes a day, nor is
  // nicknamed one; the weekday or month is a name.
  if (bare && (hasWeekday || hasMonth) && BECOMES_OR_NICKNAMED.test(before)) return;
  // "which theory would govern the law on Sunday?": a weekday in a question of what would be is
  // supposed, not a day anything happened or will.
  if (hasWeekday && !hasDay && !hasMonth && !relative && /\?[\s"'”’)]*$/.test(sentence) && HYPOTHETICAL.test(sentence.slice(0, start))) return;
  // `April 15, 1962, is on Sunday`: the weekday of a date the sentence has just given, not a date of its own.
  if (hasWeekday && !hasDay && !hasMonth && WEEKDAY_OF_DATE.test(before)) return;
  // "for Sunday afternoon swimmers", "the Monday night meetings", "only Sunday walkers go there": a
  // weekday after a determiner, a quantifier or a preposition and before a plural noun describes the
  // noun (a habit); "said Monday protesters gathered", "On Sunday swimmers came" still date the sentence.
  if (hasWeekday && !hasDay && !hasMonth && /\b(?:the|a|an|for|of|at|to|with|our|their|his|her|its|my|your|every|each|only|some|many|most|few|all|no|these|those|such)\s+$/i.test(before) && ATTRIBUTIVE_PLURAL.test(sentence.slice(start + text.length, start + text.length + 24))) return;
  // "the first Sunday in November", "the last Friday in June", "the second Tuesday of each month":
  // a day of a rule, counted in its month, not the weekday nearest the story, nor the month alone.
  const ofMonth = /^\s+(?:in|of)\s+(?:(?:each|every)\s+month|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(sentence.slice(start + text.length, start + text.length + 20));
  if (hasWeekday && !hasDay && (ORDINAL_BEFORE.test(before) || /^last\s/i.test(text)) && ofMonth) return;
  if (hasMonth && !hasDay && !hasWeekday && ORDINAL_WEEKDAY_BEFORE.test(before)) return;
  // A weekday that names a thing, not a day: "our Sunday-school", "in his Sunday best", "the Sunday papers".
  if (hasWeekday && !hasDay && !hasMonth && WEEKDAY_COMPOUND.test(sentence.slice(start + text.length, start + text.length + 16))) return;
  // Habits, not dates: `on a Friday`, `every Sunday`, `on Monday afternoons`.
  if (hasWeekday && !hasDay && !hasMonth && !relative && SPAN_AFTER_WEEKDAY.test(sentence.slice(start + text.length, start + text.length + 40))) return;
  if (hasWeekday && !hasMonth && (GENERIC_BEFORE.test(before) || /^\s+(?:mornings|afternoons|evenings|nights)\b/i.test(sentence.slice(start + text.length, start + text.length + 12)))) return;

  const qual = QUALIFIER.exec(before);
  if (qual && !/^on$/i.test(qual[1] ?? '') && !/\b(?:last|this|next|past)\b/i.test(lower)) {
    const end = start + text.length;
    start = start - before.length + qual.index + (/^\s/.test(qual[0]) ? 1 : 0);
    text = sentence.slice(start, end);
  }
  const span = { start, end: start + text.length };
  if (overlaps(spans, span)) return;

  // Only a future cue in the same clause, shortly before the date, turns it forward.
  // The clause before the date as chrono found it: a qualifier taken in above ("next") is a cue too.
  // A later item of a list of dates is spoken of as the first one is: "will be in Dover Oct. 5;
  // Hull, Oct. 6" (the second date's clause, "Hull,", has no verb of its own).
  // The phrase with the qualifier taken in above: "last January" after "the coming issue" is past.
  const said = text.toLowerCase();
  const listed = carried.last !== undefined && carried.last.future && carried.last.end <= r.index && listedAfter(sentence.slice(carried.last.end, r.index));
  const futureMeant = (speaksOfFuture(sentence, r.index, r.index + r.text.length) || listed || /\bnext\b/i.test(said)) && !/\b(?:last|past|earlier|ago)\b/i.test(said);
  const y = (yearless ? undefined : s.get('year')) ?? pub.getFullYear();
  const m = s.get('month') ?? pub.getMonth() + 1;
  const d = s.get('day') ?? 1;
  let value: ResolvedDate | undefined;

  const vague = VAGUE_AGO.exec(said);
  const quarter = QUARTER.exec(text);
  // ("the last quarter of an hour", "the past quarter-century", "a mile in 2:34, last quarter in
  // :35": a quarter of something else.)
  if (/\bquarter\b/.test(said) && (quarter === null || /^(?:\s+of\b|-)/.test(sentence.slice(start + text.length)))) return;
  if (quarter) {
    // Three months, not a day three months away (chrono's).
    const shift = /^(?:last|past|previous)$/i.test(quarter[1] ?? '') ? -1 : /^(?:next|coming)$/i.test(quarter[1] ?? '') ? 1 : 0;
    const first = startOfQuarter(addQuarters(pub, shift));
    const last = endOfQuarter(first);
    value = { text, grain: 'range', start: iso(first), end: iso(last), label: `${dayLabel(first)} – ${dayLabel(last)}` };
  } else if (vague) {
    // "a few months ago", "several years ago": how long ago is not said, and no day or year of the
    // calendar is — the phrase is its own label, with no place on a timeline.
    const unit = (vague[1] ?? '').replace(/s$/, '');
    value = { text, grain: unit === 'day' || unit === 'week' ? 'day' : unit === 'month' ? 'month' : 'year', label: text };
  } else if (r.end && (r.end.isCertain('day') || r.end.isCertain('month'))) {
    const a = toDate({ y, m, d });
    const e = r.end;
    const b = toDate({ y: e.get('year') ?? y, m: e.get('month') ?? m, d: e.get('day') ?? 1 });
    const bEnd = e.isCertain('day') ? b : lastDayOfMonth(b);
    value = { text, grain: 'range', start: iso(a), end: iso(bEnd), label: `${dayLabel(a)} – ${dayLabel(bEnd)}` };
  } else if (/\bweekend\b/i.test(said)) {
    // A weekend is Saturday and Sunday; chrono gives one day of it (or a day near it).
    // Counted from publication: the past weekend unless the future is meant.
    let sat = pub;
    // "the weekend" after "This coming weekend they have reserved the inn": the one the story named.
    const named = story?.weekend !== undefined && /^weekend$/i.test(text) && /\bthe\s+$/i.test(before) ? story.weekend : undefined;
    if (named !== undefined) sat = parsePublished(named);
    // "this weekend" in a Saturday's or a Sunday's paper is the weekend it is; in a weekday's, the
    // coming one ("he is selling his boat this weekend"), unless the sentence tells of the past
    // ("Police made ten arrests this weekend" on a Monday).
    else if (/^this\s+weekend$/i.test(text) && (pub.getDay() === 6 || pub.getDay() === 0)) sat = pub.getDay() === 6 ? pub : subDays(pub, 1);
    else if (futureMeant || (/^this\s+weekend$/i.test(text) && !toldInThePast(sentence))) {
      sat = addDays(pub, 1);
      while (sat.getDay() !== 6) sat = addDays(sat, 1);
    } else {
      while (sat.getDay() !== 6) sat = subDays(sat, 1);
    }
    const sun = addDays(sat, 1);
    value = { text, grain: 'range', start: iso(sat), end: iso(sun), label: `weekend of ${dayLabel(sat)}` };
  } else if (/\bweeks?\b/i.test(said) && !hasWeekday) {
    // chrono moves `this week` by seven days from the reference; weeks are counted from Monday here.
    const shift = /\b(?:last|past|previous)\b/i.test(said) ? -7 : /\bnext\b/i.test(said) ? 7 : /\bthis\b/i.test(said) ? 0 : undefined;
    const monday = startOfISOWeek(shift === undefined ? toDate({ y, m, d }) : addDays(pub, shift));
    const sunday = addDays(monday, 6);
    value = { text, grain: 'range', start: iso(monday), end: iso(sunday), label: `week of ${dayLabel(monday)}` };
  } else if (hasWeekday && !hasDay) {
    // News reports the past: a bare weekday is the most recent one on or before publication,
    // unless the sentence speaks of the future.
    const want = s.get('weekday') ?? 0;
    const future = futureMeant;
    let day = pub;
    // "Tuesday last week", "Friday of next week": that weekday of the week named (Monday to Sunday).
    const week = /\b(last|past|previous|this|next)\s+week\b/i.exec(said)?.[1]?.toLowerCase();
    if (week !== undefined) {
      day = addDays(startOfISOWeek(addDays(pub, week === 'next' ? 7 : week === 'this' ? 0 : -7)), (want + 6) % 7);
    } else if (/\bthis\b/i.test(said) && !/\bpast\b/i.test(said)) {
      // "this Sunday" is the Sunday of the week of publication (Monday to Sunday, as "this week"),
      // whichever verb of the sentence comes first: "This Sunday the choir will sing" and "he said
      // this Sunday's picnic will be free" are one day. Spoken of as to come, not one already past.
      day = addDays(subDays(pub, (pub.getDay() + 6) % 7), (want + 6) % 7);
      if (future && day < pub) day = addDays(day, 7);
    } else if (future) {
      day = addDays(pub, 1);
      while (day.getDay() !== want) day = addDays(day, 1);
    } else {
      // "last Monday" in a Monday's paper is the Monday before: never the day of writing itself.
      if (/\blast\b/i.test(said)) day = subDays(pub, 1);
      while (day.getDay() !== want) day = subDays(day, 1);
    }
    value = dayDate(text, day);
  } else if (/\b(?:years?|decades?)\s+ago\b/i.test(said) || (/\byear\b/i.test(said) && !hasMonth)) {
    value = yearDate(text, y);
  } else if (hasDay || relative) {
    // ("a month ago", "about six months ago": that month, not a day of it.)
    if (/\bmonths?\b/i.test(said)) value = monthDate(text, y, m);
    else {
      let day = toDate({ y, m, d });
      const coming = toDate({ y: pub.getFullYear(), m, d });
      // "the deadline of Dec. 31" in a November article: this year's, still to come.
      if (!hasYear && !relative && DEADLINE_BEFORE.test(before) && coming >= pub) day = coming;
      // `Aug. 22` in a July article is last August's unless the future is meant.
      else if (!hasYear && !relative && day > reported && !futureMeant && !soonAfterReport(sentence, day, reported)) day = toDate({ y: y - 1, m, d });
      // `Jan. 22` in a July article that speaks of the future is next January's.
      if (!hasYear && hasMonth && day < pub && futureMeant) day = toDate({ y: pub.getFullYear() + 1, m, d });
      // `Sunday, May 14` names its year by its weekday: of the years around publication, the nearest that fits.
      if (!hasYear && hasMonth && hasWeekday && day.getDay() !== s.get('weekday')) {
        const fits = [-1, 0, 1].map((k) => toDate({ y: pub.getFullYear() + k, m, d })).filter((c) => c.getDay() === s.get('weekday'));
        const nearest = fits.sort((a, b) => Math.abs(a.getTime() - pub.getTime()) - Math.abs(b.getTime() - pub.getTime()))[0];
        if (nearest) day = nearest;
      }
      value = dayDate(text, day);
    }
  } else if (hasMonth) {
    let year = y;
    // `last January` is the latest January before publication, whatever chrono picked.
    if (!hasYear && /\blast\b/i.test(said)) year = m < pub.getMonth() + 1 ? pub.getFullYear() : pub.getFullYear() - 1;
    // A month without a year after publication is, in news, last year's unless the future is meant.
    if (!hasYear && DEADLINE_BEFORE.test(before) && m >= pub.getMonth() + 1) year = pub.getFullYear();
    else if (!hasYear && toDate({ y: year, m, d: 1 }) > reported && !futureMeant) year -= 1;
    if (!hasYear && toDate({ y: year, m, d: 1 }) <= pub && futureMeant && m < pub.getMonth() + 1) year += 1;
    value = monthDate(text, year, m);
  } else if (hasYear) {
    value = yearDate(text, y);
  }
  if (!value) return;
  spans.push(span);
  out.push({ at: start, value });
  carried.last = { end: span.end, future: futureMeant };
}

/**
 * Units of measure: a number written before one is a quantity whatever precedes it — `a resolution
 * of 1800 pixels`, `in 2000 feet of water` — never a year.
 */
const MEASURE_AFTER =
  /^(?:\s+|-)(?:(?:pixels?|feet|foot|inch(?:es)?|yards?|miles?|knots?|met(?:er|re)s?|(?:kilo|centi|milli)met(?:er|re)s?|acres?|hectares?|square|cubic|pounds?|ounces?|tons?|tonnes?|(?:kilo)?grams?|gallons?|lit(?:er|re)s?|barrels?|calories?|degrees?|(?:kilo|mega)?watts?|volts?|amps?|horsepower|(?:kilo|mega|giga)?bytes?|bits?)\b|(?:px|dpi|ppi|ft|mph|km|cm|mm|kg|mg|lbs?|oz|sq|kcal|k?Hz|[MG]Hz|rpm|[KMGT]B|[kM]W|mAh)\b)/;

/**
 * `1800 x 1920`, `1920×1080`: sides of a dimension, not years. (`by` is left out: `$70 by 1971`
 * is a price by a year.)
 */
const DIMENSION_AFTER = /^\s*[x×]\s*\d/;
const DIMENSION_BEFORE = /\d\s*[x×]\s*$/;

/** `a crowd of 1800 people`: `of` before a number and a plural noun after it make a count. */
const COUNTED_AFTER_OF = /^\s+(?!(?:this|thus|does|goes|perhaps|always|sometimes|whereas|unless|besides|plus)\b)(?:people|persons|men|women|children|[a-z]{2,}[a-rt-z]s)\b/;

function bareYears(sentence: string, spans: Span[], out: Found[]): void {
  for (const m of sentence.matchAll(/\b(1[6-9]\d\d|20\d\d)\b(?!\s*(?:%|percent|per cent|[-–]\d))/g)) {
    const start = m.index;
    const span = { start, end: start + m[0].length };
    if (overlaps(spans, span)) continue;
    const before = sentence.slice(Math.max(0, start - 20), start);
    if (/[$£€,.]\s*$/.test(before) && !/,\s+$/.test(before)) continue;
    // A quantity, not a year: a side of a dimension, a measure, a count after `of`.
    const rest = sentence.slice(span.end, span.end + 24);
    if (DIMENSION_AFTER.test(rest) || DIMENSION_BEFORE.test(before) || MEASURE_AFTER.test(rest)) continue;
    if (/\bof\s+$/i.test(before) && COUNTED_AFTER_OF.test(rest)) continue;
    const after = sentence.slice(span.end, span.end + 3);
    // `their 1961 tax assessments`, `the 1962 season`: a determiner before a year used as an adjective.
    const attributive = /\b(?:the|its|their|his|her|our|this|that|a)\s+$/i.test(before) && /^\s+[a-z]/.test(sentence.slice(span.end, span.end + 2));
    const cued = YEAR_CUE.test(before) || attributive || /^['’]s\b/.test(after) || /\(\s*$/.test(before);
    if (!cued) continue;
    spans.push(span);
    out.push({ at: start, value: yearDate(m[0], Number(m[1])) });
  }
}

/** Words right before a year older than 1600 that make a number one: "banished in 1290", "since 1066". */
const OLD_YEAR_CUE = /\b(?:in|since|until|till|before|after|during|circa)\s+$/i;
/** What may follow such a year: punctuation, the sentence's end or a word that opens a new phrase, never a counted noun ("in 1200 homes"). */
const OLD_YEAR_AFTER = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:and|or|but|when|where|while|as|until|he|she|they|it|the|a|an|his|her|their|its|with|by|under|at|on|was|were|had)\b)/i;

/**
 * Years older than those {@link bareYears} reads, 100 to 1599, only where nothing else can be meant:
 * right after "in", "since", "before" … and before punctuation or a new phrase ("banished from
 * England in 1290 and …"). "in 1200 homes", "$1290", "in 1290-1300" stay numbers.
 */
function oldYears(sentence: string, spans: Span[], out: Found[]): void {
  for (const m of sentence.matchAll(/\b([1-9]\d{2,3})\b(?![-–]\d)/g)) {
    const year = Number(m[1]);
    if (year >= 1600) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(spans, span)) continue;
    if (!OLD_YEAR_CUE.test(sentence.slice(Math.max(0, m.index - 10), m.index)) || !OLD_YEAR_AFTER.test(sentence.slice(span.end, span.end + 12))) continue;
    spans.push(span);
    out.push({ at: m.index, value: yearDate(m[0], year) });
  }
}

/**
 * Finds the date phrases of a sentence and resolves them against the article's publication date.
 * News reports the past, so a bare weekday is the most recent one on or before publication and a
 * month without a year is the latest one not after it (unless the sentence speaks of the future).
 *
 * @example
 * resolveDates('Tuesday, the ambassadors met in Baghdad.', '2007-07-25');
 * // → [{ text: 'Tuesday', grain: 'day', start: '2007-07-24', end: '2007-07-24', label: '24 July 2007' }]
 * resolveDates('They fought the 1980-1988 war.', '2007-07-25');
 * // → [{ text: '1980-1988', grain: 'range', start: '1980-01-01', end: '1988-12-31', label: '1980–1988' }]
 */
export function resolveDates(sentence: string, published: IsoDate, narrative?: NarrativeTime): ResolvedDate[] {
  if (!mayHoldDate(sentence)) return [];
  // A letter datelined "Chicago, Aug. 4 --" counts its "last week" from the day it was written.
  const pub = parsePublished(narrative?.written ?? published);
  // A day or month written without its year is the latest not after the report, not the letter's
  // day: "the meeting on Aug. 8" in a letter of 4 August published on the 11th is of that August.
  const reported = parsePublished(published);
  const found = quotedFromDatedWriting(sentence, pub, datesFound(sentence, pub, narrative, reported > pub ? reported : pub));
  const dates = narrative?.toldDay === true ? found.map(fromToldDay) : found;
  return narrative === undefined || narrative.present === true ? dates.map((f) => f.value) : dates.map((f) => inNarrative(sentence, f, narrative));
}

/**
 * A date counted from the day of writing ("yesterday", "today", "last week", "two days ago"), in a
 * story told from a day of its own ({@link NarrativeTime.toldDay}): its words, and no day of the
 * calendar. A date that writes its month or year keeps it.
 */
function fromToldDay(found: Found): Found {
  const date = found.value;
  if (date.start === undefined || date.grain === 'duration' || !COUNTED_FROM_WRITING.test(date.text) || WRITTEN_DATE.test(date.text)) return found;
  return { at: found.at, value: { text: date.text, grain: date.grain, label: date.text } };
}

/** The date phrases of a sentence, each where it stands, counted from `pub`. */
function datesFound(sentence: string, pub: Date, narrative?: NarrativeTime, reported: Date = pub): Found[] {
  const spans: Span[] = [];
  const found: Found[] = [];
  weeklyPatterns(sentence, spans);
  daysAsModifiers(sentence, spans);
  ownPatterns(sentence, pub, spans, found, reported);
  const instant = new Date(Date.UTC(pub.getFullYear(), pub.getMonth(), pub.getDate(), 12));
  const results = chrono.casual.parse(sentence, { instant, timezone: 0 }, { forwardDate: false }).flatMap((r) => withPartOfDayDropped(r, sentence, instant));
  const carried: { last?: Carried } = {};
  for (const r of results) fromChrono(r, sentence, pub, found, spans, carried, narrative, reported);
  bareYears(sentence, spans, found);
  oldYears(sentence, spans, found);
  return withWeekdayInPeriod(sentence, withWeekdaysJoined(sentence, found.sort((a, b) => a.at - b.at))).map((f) => ({ at: f.at, value: ofContextYear(sentence, f) }));
}

/** A date counted from the day of writing, with no month or year of its own: "last month", "two weeks ago", "yesterday". */
const COUNTED_FROM_WRITING = /\b(?:last|this|next|past|ago|yesterday|today|tonight|tomorrow)\b/i;
/** What dates a writing by the date after it: "the Guardian of last November", "his letter of March 3", "a note dated May 1". */
const WRITING_DATED_BY = /\b(?:of|dated)\s+$/i;

/**
 * Words quoted from a writing the sentence dates ("an article in the Guardian of last November
 * states that a commission "reported last month …"") count their "last month" from that writing's
 * day, not from publication: October of the year before, not the month before the report. Only a
 * writing dated in the past by a day or a month ("of March 3", "of last November"); a month gives
 * the months and years counted from it, not days or weeks.
 */
function quotedFromDatedWriting(sentence: string, pub: Date, found: readonly Found[]): Found[] {
  return found.map((f) => {
    if (!insideQuotation(sentence, f.at) || !COUNTED_FROM_WRITING.test(f.value.text) || WRITTEN_DATE.test(f.value.text)) return f;
    const open = Math.max(sentence.lastIndexOf('"', f.at - 1), sentence.lastIndexOf('“', f.at - 1));
    const writing = found.filter((a) => a.at + a.value.text.length <= open && WRITING_DATED_BY.test(sentence.slice(Math.max(0, a.at - 8), a.at)) && !insideQuotation(sentence, a.at)).pop();
    const end = writing?.value.end ?? writing?.value.start;
    if (writing === undefined || end === undefined || (writing.value.grain !== 'day' && writing.value.grain !== 'month') || parsePublished(end) >= pub) return f;
    if (writing.value.grain === 'month' && !/\b(?:months?|years?)\b/i.test(f.value.text)) return f;
    const again = datesFound(sentence, parsePublished(end)).find((d) => d.at === f.at && d.value.text === f.value.text);
    return again ?? f;
  });
}
/** A month's name or a year in a phrase: it says its own date. */
const WRITTEN_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b\d{4}\b/i;

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** Three or more weekdays listed: "Monday, Wednesday and Friday", "Tuesday, Thursday, or Saturday". */
const WEEKDAY_LIST = new RegExp(`\\b${WEEKDAY_NAME}(?:\\s*,\\s*${WEEKDAY_NAME}){1,5}\\s*,?\\s+(?:and|or)\\s+${WEEKDAY_NAME}\\b`, 'gi');

/**
 * "reduce prices on Monday, Wednesday and Friday": three or more weekdays that are not a run of
 * days in a row ("Friday, Saturday and Sunday" may be one weekend's) are days of a weekly
 * pattern, not dates. Their span is claimed undated.
 */
function weeklyPatterns(sentence: string, spans: Span[]): void {
  for (const m of sentence.matchAll(WEEKDAY_LIST)) {
    const days = (m[0].match(new RegExp(WEEKDAY_NAME, 'gi')) ?? []).map((w) => WEEKDAYS.findIndex((d) => w.toLowerCase().startsWith(d)));
    const run = days.every((d, i) => i === 0 || d === ((days[i - 1] ?? 0) + 1) % 7);
    if (!run) spans.push({ start: m.index, end: m.index + m[0].length });
  }
}

const RELATIVE_DAY = '(?:yesterday|today|tomorrow)';
/** Relative days joined ("today and tomorrow", "yesterday, today and tomorrow"), with the words on either side. */
const JOINED_RELATIVE_DAYS = new RegExp(
  `([\\p{L}'’]+)[\\s,]+(${RELATIVE_DAY}(?:\\s*,\\s*${RELATIVE_DAY})*\\s*,?[\\s-]+(?:and|or)[\\s-]+${RELATIVE_DAY})[\\s-]+(\\p{Ll}[\\p{L}-]*)`,
  'giu',
);

/**
 * "its lasting, good today and tomorrow quality": relative days joined between a modifier and a
 * noun describe the noun (timeless, up to date), and name no day. Not after a verb ("sales rose
 * yesterday and today shares fell") or a plural noun ("the sales today and tomorrow total …"), nor
 * before a function word, a verb's past or a part of the day ("today and tomorrow night").
 */
function daysAsModifiers(sentence: string, spans: Span[]): void {
  for (const m of sentence.matchAll(JOINED_RELATIVE_DAYS)) {
    const before = (m[1] ?? '').toLowerCase();
    const after = (m[3] ?? '').toLowerCase();
    if (/^\p{Lu}/u.test(m[1] ?? '') || hasVerb(before) || /[^su'’]s$/.test(before)) continue;
    if (STOPWORDS.has(after) || hasVerb(after) || /ed$/.test(after) || /^(?:morning|afternoon|evening|night|noon)s?$/.test(after)) continue;
    const at = m.index + m[0].indexOf(m[2] ?? '', (m[1] ?? '').length);
    spans.push({ start: at, end: at + (m[2] ?? '').length });
  }
}

/** A modal of what is supposed, not told: "which theory would govern … on Sunday?". */
const HYPOTHETICAL = /\b(?:would|could|might|should)\b/i;

/** A part of the day and "of" that chrono joins to the date after it: "morning of", "night of". */
const PART_OF_DAY_OF = /^(?:morning|afternoon|evening|night)\s+of\s+/i;

/**
 * chrono reads "the morning of September 10, 1895" or "the night of June 4" as one phrase and then
 * keeps none of its date's fields (a time of today): the date after "of" is parsed again on its
 * own, at the same place in the sentence, and is the sentence's date.
 */
function withPartOfDayDropped(r: ParsedResult, sentence: string, instant: Date): ParsedResult[] {
  const part = PART_OF_DAY_OF.exec(r.text);
  if (part === null) return [r];
  const at = r.index + part[0].length;
  // Spaces in place of what comes before keep chrono's indexes those of the sentence.
  return chrono.casual.parse(' '.repeat(at) + sentence.slice(at, r.index + r.text.length), { instant, timezone: 0 }, { forwardDate: false });
}

/** A weekday alone, maybe with a part of its day: "On Wednesday morning", "Friday night". */
const WEEKDAY_ALONE = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;

/** A day counted back from the day of writing: "one month ago", "two weeks ago", "yesterday". */
const COUNTED_BACK = /^(?:(?:\S+\s+){1,2}(?:days?|weeks?|months?|years?)\s+ago|yesterday)$/i;
/** What sets the date that names such a day off after it: ", on the " (20th of October), ", " (July 10). */
const COUNTED_BACK_APPOSITION = /^,\s*(?:on\s+)?(?:the\s+)?$/i;

/**
 * "On Wednesday morning, November 2, 1859": a weekday written just before the date it falls on is
 * that date, one phrase — not also the Wednesday before publication. Likewise "One month ago, on
 * the 20th of October": the calendar date says which day was a month before the writer's day (which
 * in a story need not be the day of publication), so it is the sentence's one date, and the
 * sentence has that date everywhere (not 1 May on a timeline and 20 October in an answer).
 */
function withWeekdaysJoined(sentence: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as Found;
    const day = found[i + 1];
    const between = day === undefined ? undefined : sentence.slice(first.at + first.value.text.length, day.at);
    if (day !== undefined && day.value.grain === 'day' && between !== undefined) {
      if (WEEKDAY_ALONE.test(first.value.text) && /^,?\s*$/.test(between)) {
        out.push({ at: first.at, value: { ...day.value, text: sentence.slice(first.at, day.at + day.value.text.length) } });
        i++;
        continue;
      }
      // (The calendar date alone is the phrase: a year of the story's past may still be its year.)
      if (COUNTED_BACK.test(first.value.text) && COUNTED_BACK_APPOSITION.test(between) && monthNamed(day.value.text) !== undefined) continue;
    }
    out.push(first);
  }
  return out;
}

/** A period counted from the day of writing: "last month", "this week", "next year", "earlier this month". */
const COUNTED_PERIOD = /^(?:(?:earlier|later)\s+)?(?:last|this|next|past)\s+(week|month|year)$/i;

/**
 * "On a misty Sunday morning last month", "Friday of last week": a weekday followed by the period
 * it fell in is one phrase, a day of that period — not also the weekday nearest publication. In a
 * week, the day is known (that weekday of the week); in a month or a year only the period is.
 */
function withWeekdayInPeriod(sentence: string, found: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const first = found[i] as Found;
    const period = found[i + 1];
    const unit = period === undefined ? undefined : COUNTED_PERIOD.exec(period.value.text)?.[1]?.toLowerCase();
    const between = period === undefined ? '' : sentence.slice(first.at + first.value.text.length, period.at);
    if (period === undefined || unit === undefined || period.value.start === undefined || !WEEKDAY_ALONE.test(first.value.text) || !/^\s+(?:of\s+)?$/i.test(between) || /^['’]s\b/.test(sentence.slice(period.at + period.value.text.length))) {
      out.push(first);
      continue;
    }
    const text = sentence.slice(first.at, period.at + period.value.text.length);
    if (unit === 'week') {
      const want = WEEKDAYS.findIndex((d) => first.value.text.toLowerCase().replace(/^on\s+/, '').startsWith(d));
      // The week runs Monday to Sunday: Monday is its day 0, Sunday its day 6.
      out.push({ at: first.at, value: dayDate(text, addDays(parsePublished(period.value.start), (want + 6) % 7)) });
    } else out.push({ at: first.at, value: { ...period.value, text } });
    i++;
  }
  return out;
}

/** "of the election year", "of that year", "of the following year": a year the sentence names only by what happened in it. */
const OF_DESCRIBED_YEAR = /^[\s,]*of\s+(?:the|that)\s+(?:[\p{L}-]+\s+){0,2}?year\b/iu;
/** Years such a phrase does give: "of this year", "of last year", "of next year". */
const OF_KNOWN_YEAR = /^[\s,]*of\s+(?:this|last|next|the\s+(?:current|past|coming))\s+year\b/i;

/**
 * A month written with "of the election year" or "of that year" after it is in a year the phrase
 * describes, not the year before publication: "by September of the election year" keeps its month
 * and no year (and so no place on a timeline).
 */
function ofContextYear(sentence: string, found: Found): ResolvedDate {
  const date = found.value;
  if (date.grain === 'year' || date.grain === 'duration' || date.start === undefined || WRITTEN_YEAR.test(date.text)) return date;
  const end = sentence.indexOf(date.text, found.at);
  const after = end < 0 ? '' : sentence.slice(end + date.text.length, end + date.text.length + 60);
  if (!OF_DESCRIBED_YEAR.test(after) || OF_KNOWN_YEAR.test(after)) return date;
  return { text: date.text, grain: date.grain, label: date.label.replace(ANY_YEAR, '').replace(/[\s,]+$/, '').trim() };
}

/**
 * The time a story of the past has reached at a sentence: the year and month (1–12) it last named;
 * both undefined where the story tells of the past but has named no month and year just before.
 */
export interface NarrativeTime {
  year?: number | undefined;
  month?: number | undefined;
  /** The story counts its years before the common era ("by 800 B.C. …"): a bare year of it is one of those. */
  beforeCommonEra?: boolean | undefined;
  /**
   * The day the text at the sentence was written, from the nearest dateline before it ("Chicago,
   * Aug. 4 -- …" in a page of letters published on 12 August): its relative dates count from it.
   */
  written?: IsoDate | undefined;
  /** The Saturday of the weekend the story has just named ("This coming weekend …"): "the weekend" after it is that one. */
  weekend?: IsoDate | undefined;
  /** The story tells of the present, not of the past: only {@link written} and {@link weekend} apply. */
  present?: boolean | undefined;
  /**
   * The story has set its telling on a day of its own, named by no calendar date ("On that cold
   * April day we were guests …"): its "yesterday", "today" or "last week" are counted from that
   * day, not from publication, and have no place on a calendar.
   */
  toldDay?: boolean | undefined;
}

/** A month's name, as English writes it (capitalised; `Sept.`, `Jan.`): its first three letters give the month. */
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const WRITTEN_YEAR = /\b(?:1\d{3}|20\d\d)\b|['’]\d\d\b|\b(?:last|next|this|past|ago|coming|previous)\b/i;

/** The month (1–12) a phrase names first, if it names one. */
function monthNamed(text: string): number | undefined {
  const word = MONTH_WORD.exec(text)?.[0];
  return word === undefined ? undefined : monthIndex(word);
}

/**
 * A day or month written without its year, in a story telling of the past, falls on or after the
 * time the story has reached: after "the act passed on May 17, 1917", "On July 20, the first
 * numbers were drawn" is 20 July 1917 (not the July before publication), and after "snow fell on
 * October 15, 1825", "In April came a thaw" is April 1826. Not when the sentence speaks of the
 * future ("will meet in June").
 */
function inNarrative(sentence: string, found: Found, at: NarrativeTime): ResolvedDate {
  const date = found.value;
  // "in 1000", "after 750" in a story of 800 B.C.: years before the common era, which no ISO date
  // holds; the phrase keeps its words and no place on a timeline. (A year from 1500 on is a
  // scholar's of our era: "studied in Athens in 1958".)
  if (at.beforeCommonEra === true && date.start !== undefined && date.grain !== 'duration' && !/\b(?:A\.\s?D\.|AD|C\.\s?E\.|CE)\b/.test(date.text) && Number(date.start.slice(0, 4)) < 1500) {
    return { text: date.text, grain: date.grain, label: date.grain === 'year' || date.grain === 'range' ? `${date.label} B.C.` : date.label };
  }
  if (!date.start || date.grain === 'year' || date.grain === 'duration') return date;
  const month = monthNamed(date.text);
  // (The future anywhere before the date: "the bridge will have a part in the observance at its
  // home site, May 28th to June 3rd" is this year's, whatever the story's past.)
  if (month === undefined || WRITTEN_YEAR.test(date.text) || FUTURE_CUE.test(sentence.slice(0, found.at))) return date;
  // "signed on March 11" in a story of 1861 that has not said which year it has reached: the
  // year is not known, and the year before publication would be wrong. The date keeps its day
  // and month in its label, and no place on a timeline.
  if (at.year === undefined || at.month === undefined) return { text: date.text, grain: date.grain, label: date.label.replace(ANY_YEAR, '').replace(/[\s,]+$/, '').trim() };
  const year = month >= at.month ? at.year : at.year + 1;
  const from = Number(date.start.slice(0, 4));
  // 29 February has no day in most other years.
  if (from === year || date.start.endsWith('-02-29') || date.end?.endsWith('-02-29')) return date;
  const shift = year - from;
  const move = (iso: string | undefined): string | undefined => (iso === undefined ? undefined : `${Number(iso.slice(0, 4)) + shift}${iso.slice(4)}`);
  return { ...date, start: move(date.start), end: move(date.end), label: date.label.replace(ANY_YEAR, (y) => String(Number(y) + shift)) };
}

/** A story of the past at a sentence with no month and year written just before it. */
const UNANCHORED: NarrativeTime = Object.freeze({});
/** How many sentences a month written with its year carries on in a story ("May 17, 1917" … "On July 20"). */
const NARRATIVE_REACH = 3;
/** A year at least this far before publication is the story's past, not last year's news. */
const NARRATIVE_AGE = 2;
const ANY_YEAR = new RegExp(`\\b${YEAR}\\b`, 'g');
/** `May 17, 1917`, `June 1917`, `Jan. 3, 1917`: a month written with its year. */
const MONTH_AND_YEAR = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(1\d{3}|20\d\d)\b/g;

/**
 * The time of the past a story has reached at each of its sentences, if it tells of the past: the
 * last month written with its year ("May 17, 1917") in the sentences just before, when that year
 * lies well before publication; a month written without a year in between carries it on. A story
 * of the past writes mostly earlier years: news that recalls one past date ("the rocket that
 * exploded in October 2014") dates its "in October" from publication. Pass each sentence's entry to
 * {@link resolveDates}.
 *
 * @example
 * narrativeTimes(['The act passed on May 17, 1917.', 'On July 20, numbers were drawn.'], '1941-04-20');
 * // [{}, { year: 1917, month: 5 }] ({}: a story of the past, no month and year written yet)
 */
export function narrativeTimes(sentences: readonly string[], published: IsoDate): (NarrativeTime | undefined)[] {
  return withToldDay(sentences, withWeekends(sentences, published, withDatelines(sentences, published, timesOfTheStory(sentences, published))));
}

/**
 * A day the story sets its telling on, a demonstrative or an article before a month written as a
 * day's ("On that cold, but bright, April day we were …", "one June morning", "a grey March
 * night", and so opening a sentence: "One June morning …"): a day of the story's own, which the
 * calendar does not give.
 */
const TOLD_DAY = /\b(?:[Tt]hat|[Tt]his|[Oo]ne|[Aa]n?)\s+(?:[\p{Ll},'’-]+\s+){0,4}(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:day|morning|afternoon|evening|night)\b/u;

/**
 * Each sentence's time, after a sentence that sets the story's telling on a day of its own
 * ({@link TOLD_DAY}), marked as told from that day: in a memoir that opens "On that cold April day
 * we were guests …", "Just yesterday we had met a writer" is the day before some day of the visit,
 * not the day before publication.
 */
function withToldDay(sentences: readonly string[], times: (NarrativeTime | undefined)[]): (NarrativeTime | undefined)[] {
  let told = false;
  return times.map((time, i) => {
    const marked = !told ? time : time === undefined ? { present: true, toldDay: true } : { ...time, toldDay: true };
    if (TOLD_DAY.test(sentences[i] ?? '')) told = true;
    return marked;
  });
}

/** A weekend named with a word that says which: "this coming weekend", "next weekend", "last weekend". */
const WEEKEND_NAMED = /\b(?:this|coming|next|last|past|previous)\s+weekend\b/i;

/**
 * Each sentence's time with the weekend the story named with "this coming", "next", "last" … in
 * the sentences just before: "Stagecoach Days is the theme for the weekend" after "This coming
 * weekend they have reserved the inn" is that weekend, not the one before publication.
 */
function withWeekends(sentences: readonly string[], published: IsoDate, times: (NarrativeTime | undefined)[]): (NarrativeTime | undefined)[] {
  let named: { saturday: IsoDate; at: number } | undefined;
  return times.map((time, i) => {
    const sentence = sentences[i] ?? '';
    const reached = named !== undefined && i - named.at <= NARRATIVE_REACH ? named.saturday : undefined;
    if (WEEKEND_NAMED.test(sentence)) {
      const saturday = resolveDates(sentence, published, time).find((d) => d.grain === 'range' && d.text.toLowerCase().includes('weekend'))?.start;
      if (saturday !== undefined) named = { saturday, at: i };
    }
    if (reached === undefined) return time;
    return time === undefined ? { present: true, weekend: reached } : { ...time, weekend: reached };
  });
}

/**
 * A dateline opening a sentence: a place in one to four words, maybe its state ("Evansville,
 * Ind.,"), a month and day, maybe a year and a wire's credit, and a dash: "Chicago, Aug. 4 --",
 * "WASHINGTON, March 3 (Reuters) -". Groups: month, day, year.
 */
const DATELINE_OPENING = new RegExp(
  `^[\\s"“]*(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*(?:,\\s*\\p{Lu}[\\p{L}.]*)?,\\s+${MONTH_PATTERN}\\s+(\\d{1,2})(?:,?\\s+${YEAR})?\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:--|—|–|-)\\s`,
  'u',
);

/** The day a dateline opening the sentence gives: without its year, the latest such day not after publication. */
function datelineDay(sentence: string, published: IsoDate): IsoDate | undefined {
  const m = DATELINE_OPENING.exec(sentence);
  const month = m === null ? undefined : monthIndex(m[1] ?? '');
  if (m === null || month === undefined) return undefined;
  const pub = parsePublished(published);
  const day = Number(m[2]);
  let year = m[3] === undefined ? pub.getFullYear() : Number(m[3]);
  if (m[3] === undefined && toDate({ y: year, m: month, d: day }) > pub) year -= 1;
  const date = dayInYear(year, month, day);
  return date === undefined ? undefined : iso(date);
}

/**
 * A line that heads an item of a page rather than telling anything: a few words with no stop at
 * the end ("Harbour lights", "From the Rowing Club") — a sentence of the text ends with one.
 */
const ITEM_HEADING = /^[\s"“'‘(]*[\p{Lu}\d][^.!?…:;,]{0,80}$/u;
/** The most words of such a heading. */
const ITEM_HEADING_WORDS = 10;

function itemHeading(sentence: string): boolean {
  const line = sentence.trim();
  return ITEM_HEADING.test(line) && line.split(/\s+/).length <= ITEM_HEADING_WORDS && !/["”'’)]$/.test(line);
}

/**
 * Each sentence's time with the day of the nearest dateline at or before it ("Chicago, Aug. 4 --"
 * opening a letter), from which its relative dates count: in a page of letters published on 12
 * August, "I visited the college last week" under "Chicago, Aug. 4" is the week of 24 July. On a
 * page of headed items (a heading right before a dateline: letters, briefs), a dateline holds to
 * the next heading only: an item without a dateline of its own counts from publication, not from
 * the dateline of the item before it. (A story's subheads do not end its one dateline.)
 */
function withDatelines(sentences: readonly string[], published: IsoDate, times: (NarrativeTime | undefined)[]): (NarrativeTime | undefined)[] {
  const days = sentences.map((sentence) => datelineDay(sentence, published));
  const headed = days.some((day, i) => day !== undefined && i > 0 && itemHeading(sentences[i - 1] ?? ''));
  let written: IsoDate | undefined;
  return times.map((time, i) => {
    if (headed && itemHeading(sentences[i] ?? '')) written = undefined;
    written = days[i] ?? written;
    if (written === undefined || written === published) return time;
    return time === undefined ? { present: true, written } : { ...time, written };
  });
}

/** {@link narrativeTimes} without the datelines. */
function timesOfTheStory(sentences: readonly string[], published: IsoDate): (NarrativeTime | undefined)[] {
  // A story that writes its years "B.C." and never "A.D.": every bare year of it is before the common era.
  const eras = sentences.flatMap((sentence) => [...sentence.matchAll(ERA_YEAR)].map((m) => m[4] ?? m[5] ?? ''));
  if (eras.some((era) => era.startsWith('B')) && !eras.some((era) => !era.startsWith('B'))) {
    return timesOfThePast(sentences, published).map((time) => ({ ...(time ?? {}), beforeCommonEra: true }));
  }
  return timesOfThePast(sentences, published);
}

/**
 * Whether a sentence writes a year before the common era ("By 800 B.C. the Aegean …"): a date of
 * no calendar this project keeps, and no news of the report's day.
 *
 * @example writesYearBeforeCommonEra('By 800 B.C. the Aegean was one culture.'); // true
 */
export function writesYearBeforeCommonEra(sentence: string): boolean {
  return [...sentence.matchAll(ERA_YEAR)].some((m) => (m[4] ?? '').startsWith('B'));
}

/** {@link narrativeTimes}, for a story of the common era. */
function timesOfThePast(sentences: readonly string[], published: IsoDate): (NarrativeTime | undefined)[] {
  const latest = Number(published.slice(0, 4)) - NARRATIVE_AGE;
  const written = sentences.flatMap((sentence) => [...sentence.matchAll(ANY_YEAR)].map((m) => Number(m[0])));
  if (written.filter((y) => y <= latest).length * 2 <= written.length) return sentences.map(() => undefined);
  // Only a story that dates its past by the month ("December 2, 1862") and writes no recent year
  // at all leaves a year-less date without a year. News that recalls a past war ("the 1980-1988
  // war") or writes this year's or last year's may mean them.
  const monthsOfThePast = sentences.some((sentence) => [...sentence.matchAll(MONTH_AND_YEAR)].some((m) => Number(m[1]) <= latest));
  const unanchored = monthsOfThePast && written.every((y) => y <= latest) ? UNANCHORED : undefined;
  const times: (NarrativeTime | undefined)[] = [];
  // The month and year last written, or 'present' after one of the last years (its year-less
  // dates count from publication), or nothing yet.
  let time: { year: number; month: number } | 'present' | undefined;
  let at = 0;
  sentences.forEach((sentence, i) => {
    const reached = time !== undefined && i - at <= NARRATIVE_REACH ? time : undefined;
    const current = reached === 'present' ? undefined : reached;
    times.push(reached === 'present' ? undefined : (current ?? unanchored));
    const dated = [...sentence.matchAll(MONTH_AND_YEAR)].pop();
    if (dated !== undefined) {
      const year = Number(dated[1]);
      time = year <= latest ? { year, month: monthNamed(dated[0]) ?? 1 } : 'present';
      at = i;
      return;
    }
    // "In early June …": the story has moved on to June (of the year it had reached, or the next).
    const month = current !== undefined && DATE_HINT.test(sentence) && !WRITTEN_YEAR.test(sentence) ? monthNamed(sentence) : undefined;
    if (current !== undefined && month !== undefined) {
      time = { year: month >= current.month ? current.year : current.year + 1, month };
      at = i;
    }
  });
  return times;
}

/** Invented: a sentence with a phrase for each of chrono's kinds of date, so that every one of its patterns runs. */
const WARM_UP_SENTENCE =
  'On Friday, December 2, 1859 at 5 p.m., three days ago, last week, tomorrow night, in two years, from 8:30 to 10 pm on 12/5/61, the 2nd of June, this morning and a few minutes later.';

/**
 * Runs the date parser twice over a sentence that exercises all of it. V8 compiles a regular
 * expression when it first runs and again, to machine code, when it runs once more: for chrono's
 * patterns that is 150–250 ms of CPU, paid otherwise by whichever two questions first need a date
 * (the slowest answers of a fresh process). Call it where a wait does not matter — after start,
 * before the first question. Resolving dates afterwards gives the same results as before.
 *
 * @example
 * warmUpDates(); // → 5 (the date phrases of the sentence; "a few minutes later" counts from no date)
 */
export function warmUpDates(): number {
  resolveDates(WARM_UP_SENTENCE, '1961-06-01');
  return resolveDates(WARM_UP_SENTENCE, '1961-06-01').length;
}

