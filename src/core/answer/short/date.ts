/** When: the resolved date (or duration) with the phrase it came from, or a clock time. */
import { formatDay } from '../../text/calendar.js';
import { tokenize } from '../../text/tokenize.js';
import type { ResolvedDate } from '../../types.js';
import { dateWithPhrase, inClauseOrder, type ShortAnswer, type ShortAnswerInput } from './shared.js';

const CLOCK_TIME = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\b(?:1[0-2]|[1-9])\s?[ap]\.m\./i;
const GRAIN_RANK: Record<ResolvedDate['grain'], number> = { day: 4, month: 3, range: 2, year: 2, duration: 1 };
/** A sentence with no date says only that it happened by the day of the report. */
const REPORT_DATE_FIT = 0.35;

/** The most precise date of the sentence the question does not already give; a duration for "how long". */
export function pickDate(input: ShortAnswerInput): ShortAnswer | undefined {
  const dates = input.facts.dates.filter((d) => {
    const inQuestion = tokenize(d.text).every((t) => input.questionStems.has(t.stem));
    return !inQuestion && (input.wantsDuration ? true : d.grain !== 'duration');
  });
  if (dates.length === 0) return undefined;
  // A duration for "how long", else the most precise — within the clause the question is about first.
  const byKind = [...dates].sort((a, b) => {
    if (input.wantsDuration) return Number(b.grain === 'duration') - Number(a.grain === 'duration');
    return GRAIN_RANK[b.grain] - GRAIN_RANK[a.grain];
  });
  const ranked = inClauseOrder(byKind, (d) => d.text, input);
  const date = ranked[0] as ResolvedDate;
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
  if (clock) return { answer: dated ? `${clock}, ${dated.answer}` : clock, fit: 1, date: dated?.date };
  if (dated) return dated;
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
