import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayTimestamp, formatDate, quote, truncate } from '../../src/render/format.js';
import type { Digest } from '../../src/core/digest/build-digest.js';
import { digestText } from '../../src/core/digest/digest-text.js';
import { answerText } from '../../src/render/text.js';
import { answerReply } from '../../src/render/embeds.js';
import { askView } from '../../src/render/views.js';
import { marksForAll } from '../../src/core/text/quote-marks.js';

describe('formatDate', () => {
  it('writes an ISO date as day, month name and year', () => {
    expect(formatDate('2011-03-14')).toBe('14 March 2011');
  });
  it('returns text that is not an ISO date unchanged instead of throwing', () => {
    expect(formatDate('sometime')).toBe('sometime');
    expect(formatDate('2011-13-01')).toBe('2011-13-01');
  });
});

describe('dayTimestamp', () => {
  it('gives noon UTC of a day-grain date so every time zone shows the same day', () => {
    expect(
      dayTimestamp({
        text: 'Monday',
        grain: 'day',
        start: '2011-03-14',
        end: '2011-03-14',
        label: '14 March 2011',
      }),
    ).toBe(1300104000);
  });
  it('gives nothing for a month, where one day would overstate the precision', () => {
    expect(
      dayTimestamp({
        text: 'in May',
        grain: 'month',
        start: '2011-05-01',
        end: '2011-05-31',
        label: 'May 2011',
      }),
    ).toBeUndefined();
  });
});

describe('truncate', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(truncate('the quick brown fox', 12)).toBe('the quick…');
  });
  it('leaves short text alone', () => {
    expect(truncate('short', 5)).toBe('short');
  });
  it('never exceeds the limit, for any text and limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 1, max: 600 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(max);
      }),
    );
  });
  it('GIVEN a sentence that opens or ends with its own quotation mark THEN it is quoted in marks of the other kind, word for word', () => {
    expect(quote('"Tomorrow," he said.')).toBe('“"Tomorrow," he said.”');
    expect(quote('"Pip" Larkin is back in town from a summer at the lake.')).toBe('“"Pip" Larkin is back in town from a summer at the lake.”');
    expect(quote('He called the plan "a disgrace."')).toBe('“He called the plan "a disgrace."”');
    expect(quote('“Tomorrow,” he said.')).toBe('"“Tomorrow,” he said."');
    expect(quote('He said it.')).toBe('"He said it."');
  });
  it('GIVEN sentences shown together THEN one pair of marks for all: curly when any has straight marks of its own and none curly ones, straight when none has straight ones, each its own when both kinds are there', () => {
    expect(marksForAll(['The council met.', 'She called it "a disgrace".'])).toEqual(['“', '”']);
    expect(marksForAll(['The council met.', 'The ferry sailed.'])).toEqual(['"', '"']);
    expect(marksForAll(['The council met.', '“Tomorrow,” he said.'])).toEqual(['"', '"']);
    expect(marksForAll(['She called it "a disgrace".', '“Tomorrow,” he said.'])).toBeUndefined();
    expect(quote('The council met.', Number.POSITIVE_INFINITY, ['“', '”'])).toBe('“The council met.”');
  });

  it('GIVEN a line of dialogue whose opening mark is in the sentence before THEN it is quoted whole, in curly marks', () => {
    expect(quote('Who rang the bell at midnight"?')).toBe('“Who rang the bell at midnight"?”');
  });
  it('GIVEN a sentence with quoted words inside it, not at its edges THEN it is set in curly marks too, as every sentence with straight marks of its own is', () => {
    expect(quote('She asked "why" twice.')).toBe('“She asked "why" twice.”');
    expect(quote('The drills were held "in private" after the ferry strike.')).toBe('“The drills were held "in private" after the ferry strike.”');
    expect(quote('The keeper said "no" and the mayor said "yes" to the plan.')).toBe('“The keeper said "no" and the mayor said "yes" to the plan.”');
  });
  it('GIVEN such a sentence as an answer and as the closest sentence THEN the console and Discord quote it alike', () => {
    const sentence = 'The drills were held "in private" after the ferry strike.';
    const ref = { id: 'a', title: 'Drills', published: '2001-05-02', source: 'Daily', url: '' };
    const cited = { sentence, article: ref, paragraph: 0, sentenceIndex: 0 };
    const answered = askView({ kind: 'answer', question: 'where were the drills held', type: 'where', answer: 'in private', confidence: 0.9, citations: [cited], disagreement: false });
    const unsure = askView({ kind: 'unknown', question: 'where were the drills held', type: 'where', reason: 'low-confidence', suggestions: [], closest: { citation: cited, probability: 0.6 } });
    for (const view of [answered, unsure]) {
      expect(answerText(view)).toContain(`  “${sentence}”`);
      expect(answerReply(view).embeds[0]?.description).toContain(`> “${sentence}”`);
    }
  });
  it('GIVEN a digest of such sentences THEN its text quotes them the same way', () => {
    const ref = { id: 'a', title: 'Bells', published: '2001-05-02', source: 'Daily', url: '' };
    const text = digestText({ from: '2001-05-01T09:00:00Z', to: '2001-05-02T09:00:00Z', since: '2001-05-01', until: '2001-05-02', articles: [{ article: ref, sentences: [{ sentence: '"The bell rang," she said.', article: ref, paragraph: 0, sentenceIndex: 0 }] }], more: 0, timeline: [], moreTimeline: 0 } as unknown as Digest);
    expect(text).toContain('   “"The bell rang," she said.”');
    expect(text).not.toContain('""The bell');
  });
  it('GIVEN a shortened sentence that opens with its own mark THEN both outer marks stay', () => {
    const q = quote('"Pip" Larkin is back in town from a summer at the lake with his band.', 30);
    expect(q.length).toBeLessThanOrEqual(30);
    expect(q.startsWith('“"Pip"') && q.endsWith('…”')).toBe(true);
  });
  it('keeps closing quotes when a quoted sentence is shortened', () => {
    const q = quote('one two three four five six seven', 20);
    expect(q.length).toBeLessThanOrEqual(20);
    expect(q.startsWith('"') && q.endsWith('"')).toBe(true);
  });
});
