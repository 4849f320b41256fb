import { describe, expect, it } from 'vitest';
import { analyzeSentence, prepareArticle, resolveDates } from '../../../src/core/facts/analyze-article.js';
import { narrativeTimes, warmUpDates } from '../../../src/core/facts/resolve-dates.js';
import { BROWN_FILES, brownSentences } from '../../fixtures/facts/brown.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const PUB = '2007-07-25'; // a Wednesday

function one(sentence: string) {
  const dates = resolveDates(sentence, PUB);
  expect(dates).toHaveLength(1);
  return dates[0];
}

describe('resolveDates', () => {
  it('resolves a bare weekday to the most recent one before publication', () => {
    expect(one('Tuesday, the ambassadors held a second round of talks.')).toEqual({
      text: 'Tuesday',
      grain: 'day',
      start: '2007-07-24',
      end: '2007-07-24',
      label: '24 July 2007',
    });
  });

  it('GIVEN "today" or "this day" inside a quotation from a dated past THEN it is not the day of publication', () => {
    const dates = resolveDates('On March 3, 1851, the foreman wrote in his ledger, "Tom Ward came to work for me this day as a clerk".', PUB);
    expect(dates.map((d) => d.text)).toEqual(['March 3, 1851']);
    expect(resolveDates('In June 1902 the mayor wrote: "The bridge opened today."', PUB).map((d) => d.start)).toEqual(['1902-06-01']);
    // Outside a quotation, or in a quotation of the present, "today" is still the day of publication.
    expect(resolveDates('The bridge built in 1902 opened again today.', PUB).map((d) => d.text)).toEqual(['1902', 'today']);
    expect(resolveDates('"The bridge opens today," the mayor said.', PUB).map((d) => d.start)).toEqual(['2007-07-25']);
  });

  it('GIVEN "this second" (now, in a story\'s words) THEN no day is read from it; the year beside it still is', () => {
    const dates = resolveDates('By 1783 the Crimea was annexed, and this second gain pleased her.', '1961-06-01');
    expect(dates.map((d) => d.text)).toEqual(['1783']);
  });

  it('GIVEN "may" or "march" in lower case with no date\'s cue before ("group 2 may be", "would march 1961 miles") THEN it is the verb, no date', () => {
    expect(resolveDates('Children of group 2 may be classified as mild cases.', '1961-06-01')).toEqual([]);
    expect(resolveDates('The troops would march 1961 miles in all.', '1961-06-01')).toEqual([]);
    expect(resolveDates('They met on May 2, 1921, in March.', '1961-06-01').map((d) => d.text)).toContain('May 2, 1921');
  });

  it('GIVEN "to this day" (still, now) THEN no date is read', () => {
    expect(resolveDates('The old gauge is used to this day in every machine shop.', PUB)).toEqual([]);
  });

  it('GIVEN "the last week of" a month THEN that month, not the week before publication', () => {
    expect(resolveDates('During the last week of march 1961 the engineers met in the capital.', PUB).map((d) => d.label)).toEqual(['March 1961']);
    expect(resolveDates('In the first week of the session the council met daily.', PUB)).toEqual([]);
    // "last week" on its own, or before "of" without "the", is still the week before publication.
    expect(resolveDates('The engineers met last week in the capital.', PUB).map((d) => d.grain)).toEqual(['range']);
    expect(resolveDates('The clerk was convicted last year of fraud.', PUB).map((d) => d.label)).toEqual(['2006']);
  });

  it('GIVEN "the next few months" THEN the span from publication forward, not one day a few months on', () => {
    const [next] = resolveDates('The harbour plan will be ready in the next few months.', PUB);
    expect(next).toMatchObject({ grain: 'range', start: PUB });
    expect(next?.end).toBe('2007-10-25');
    expect(resolveDates('Work on the pier goes on over the next two years.', PUB)[0]).toMatchObject({ grain: 'range', start: PUB, end: '2009-07-25' });
  });

  it('GIVEN a span of numbers cited as sections or pages THEN no years are read', () => {
    expect(resolveDates('The act (42 U.S.C. 1952-1958) is amended as follows.', PUB)).toEqual([]);
    expect(resolveDates('The tables on pp. 1961-1965 give the totals.', PUB)).toEqual([]);
    expect(resolveDates('The program ran in 1952-1958 in three states.', PUB).map((d) => d.label)).toEqual(['1952–1958']);
  });

  it('keeps "earlier" in the phrase and resolves the publication weekday to the same day', () => {
    const d = one('The minister had proposed the talks earlier Wednesday.');
    expect(d).toMatchObject({ text: 'earlier Wednesday', grain: 'day', start: '2007-07-25', label: '25 July 2007' });
  });

  it('resolves "in May" to the month before publication', () => {
    expect(one('They held a first round of talks in May.')).toEqual({
      text: 'May',
      grain: 'month',
      start: '2007-05-01',
      end: '2007-05-31',
      label: 'May 2007',
    });
  });

  it('reads "April, 1980" as a month of 1980', () => {
    expect(one('Relations broke in April, 1980 after the seizure.')).toMatchObject({
      text: 'April, 1980',
      grain: 'month',
      start: '1980-04-01',
      end: '1980-04-30',
      label: 'April 1980',
    });
  });

  it.each([
    ['the 1980-1988 war', '1980-1988'],
    ['the 1980–1988 war', '1980–1988'],
  ])('reads %s as a year range', (phrase, text) => {
    expect(one(`They fought ${phrase}.`)).toEqual({
      text,
      grain: 'range',
      start: '1980-01-01',
      end: '1988-12-31',
      label: '1980–1988',
    });
  });

  it('reads "from 1961 to 1963" as a range', () => {
    expect(one('He taught there from 1961 to 1963.')).toMatchObject({
      text: 'from 1961 to 1963',
      grain: 'range',
      start: '1961-01-01',
      end: '1963-12-31',
      label: '1961–1963',
    });
  });

  it('reads "for 27 years" as a duration', () => {
    expect(one('The two have had little contact for 27 years.')).toEqual({
      text: 'for 27 years',
      grain: 'duration',
      duration: 'P27Y',
      label: '27 years',
    });
  });

  it('reads a duration written in words', () => {
    expect(one('He was away for three months.')).toMatchObject({ grain: 'duration', duration: 'P3M', label: '3 months' });
  });

  it('GIVEN a word stressing the span between its count and unit ("for a whole month", "for three long weeks") THEN still a duration', () => {
    expect(one('Orla kept the shop shut for a whole month.')).toMatchObject({ text: 'for a whole month', grain: 'duration', duration: 'P1M', label: '1 month' });
    expect(one('The pump ran for three long weeks.')).toMatchObject({ grain: 'duration', duration: 'P3W', label: '3 weeks' });
  });

  it('reads a bare year after a preposition', () => {
    expect(one('He joined the board in 1961.')).toEqual({
      text: '1961',
      grain: 'year',
      start: '1961-01-01',
      end: '1961-12-31',
      label: '1961',
    });
  });

  it('GIVEN a year after a comparison of time ("as early as 1951", "as recently as 1960") THEN it is a date; "as many as 1500" stays a count', () => {
    expect(resolveDates('The ferrymen had sung these songs on the quay as early as 1951.', PUB).map((d) => d.label)).toEqual(['1951']);
    expect(resolveDates('Wolves were seen in the valley as recently as 1960, the warden said.', PUB).map((d) => d.label)).toEqual(['1960']);
    expect(resolveDates('As late as 1958 the mill still ground flour.', PUB).map((d) => d.label)).toEqual(['1958']);
    expect(resolveDates('The hall seats as many as 1500 people.', PUB)).toEqual([]);
  });

  it('GIVEN a weekday or month after a verb of becoming or naming ("has become Friday on the show", "a mare nicknamed April") THEN a name, no date; "met Friday" still is one', () => {
    expect(resolveDates('Since 1950 the old sleuth has become Friday on a radio serial.', PUB).map((d) => d.text)).toEqual(['1950']);
    expect(resolveDates('The farm kept a grey mare nicknamed April.', PUB)).toEqual([]);
    expect(resolveDates('The board met Friday in Vessa.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
  });

  it('does not read a count of votes as a year', () => {
    expect(resolveDates('Officials said 1980 votes were cast.', PUB)).toEqual([]);
  });

  it('resolves "last week" to the previous Monday–Sunday', () => {
    expect(one('The council met last week.')).toMatchObject({
      text: 'last week',
      grain: 'range',
      start: '2007-07-16',
      end: '2007-07-22',
    });
  });

  it('resolves "yesterday" to the day before publication', () => {
    expect(one('The mayor spoke yesterday.')).toMatchObject({ text: 'yesterday', grain: 'day', start: '2007-07-24' });
  });


  it('resolves "last night" and "this morning", the way a report dates what happened since the last edition', () => {
    expect(one('The quartet played last night at the town hall.')).toMatchObject({ text: 'last night', grain: 'day', start: '2007-07-24' });
    expect(one('The council voted this morning to close the bridge.')).toMatchObject({ text: 'this morning', grain: 'day', start: '2007-07-25' });
    expect(one('The strike ended this afternoon.')).toMatchObject({ text: 'this afternoon', grain: 'day', start: '2007-07-25' });
  });

  it('does not date a time of day without a day ("at midnight", "minutes later")', () => {
    expect(resolveDates('The fire started at midnight and spread in the evening.', PUB)).toEqual([]);
    expect(resolveDates('A few minutes later the police arrived.', PUB)).toEqual([]);
  });
  it('resolves "next month" to the month after publication', () => {
    expect(one('The cuts take effect next month.')).toMatchObject({
      text: 'next month',
      grain: 'month',
      start: '2007-08-01',
      end: '2007-08-31',
      label: 'August 2007',
    });
  });

  it('resolves "Aug. 22" without a year to the latest one not after publication', () => {
    expect(one('As of Aug. 22, the county had spent most of it.')).toMatchObject({
      text: 'Aug. 22',
      grain: 'day',
      start: '2006-08-22',
      label: '22 August 2006',
    });
  });

  it('resolves "Aug. 22" to this year when the sentence speaks of the future', () => {
    expect(one('The vote will be held Aug. 22.')).toMatchObject({ start: '2007-08-22' });
  });

  it('GIVEN a day or days of a month already past in the year, spoken of as to come THEN next year\'s', () => {
    expect(one('A convention is set for next Jan. 26-28 in Fresno.')).toMatchObject({ grain: 'range', start: '2008-01-26', end: '2008-01-28' });
    expect(one('The vote will be held Jan. 22.')).toMatchObject({ start: '2008-01-22' });
    expect(one('The vote was held Jan. 22.')).toMatchObject({ start: '2007-01-22' });
    expect(one('The fair ran Jan. 26-28 in Fresno.')).toMatchObject({ start: '2007-01-26' });
  });

  it('GIVEN a long subject between "will" and the date THEN the future is still meant; a comma still ends the clause', () => {
    expect(one('The mayor of the harbor town will meet with the governor of the northern province in Lisbon Jan. 3 and 4.')).toMatchObject({ start: '2008-01-03', end: '2008-01-04' });
    expect(one('The governor of the northern province and the mayor of the town will meet in Lisbon on Aug. 22.')).toMatchObject({ start: '2007-08-22' });
    expect(one('The council will decide soon, the mayor told reporters who met him in the harbor town Aug. 22.')).toMatchObject({ start: '2006-08-22' });
  });

  it('GIVEN a date that opens the sentence THEN the clause after it says whether it is to come; what someone said after it does not', () => {
    expect(one('On Aug. 22, the harbor bridge will have stood for a hundred years.')).toMatchObject({ start: '2007-08-22' });
    expect(one('On Aug. 22, the harbor bridge was closed.')).toMatchObject({ start: '2006-08-22' });
    expect(one('On Aug. 22, the mayor said the bridge will close.')).toMatchObject({ start: '2006-08-22' });
  });

  it('GIVEN "the last day in June" or "bread to last the day" THEN no day before publication is read ("last day" is a final day, "last" there a verb)', () => {
    expect(resolveDates('On the last day of the fair, the ferry ran late.', PUB).map((d) => d.text)).not.toContain('last day');
    expect(resolveDates('She baked enough bread to last the day.', PUB)).toEqual([]);
  });

  it('GIVEN a weekday and a part of its day just before a full date THEN one date, that day (not also the weekday before publication)', () => {
    expect(resolveDates('On Wednesday morning, November 2, 1859, the harbor journal printed the notice.', PUB)).toEqual([
      { text: 'On Wednesday morning, November 2, 1859', grain: 'day', start: '1859-11-02', end: '1859-11-02', label: '2 November 1859' },
    ]);
    expect(resolveDates('The ferry left on Friday, and on March 3 it came back.', PUB)).toHaveLength(2);
  });

  it('GIVEN a date set off by dashes THEN the clause the dashes interrupt says whether it is to come', () => {
    expect(one('The mayor says that soon -- on Aug. 22 -- the harbor bridge will close for good.')).toMatchObject({ start: '2007-08-22' });
    expect(one('The mayor says that soon \u2014 on Aug. 22 \u2014 the harbor bridge will close for good.')).toMatchObject({ start: '2007-08-22' });
    expect(one('The mayor said that at last -- on Aug. 22 -- the harbor bridge closed.')).toMatchObject({ start: '2006-08-22' });
  });

  it('GIVEN a weekday with a day and month THEN the year in which that day is that weekday, nearest publication', () => {
    // 14 May was a Monday in 2007, a Sunday in 2006 and a Wednesday in 2008.
    expect(one('The week will end with a sermon on Sunday, May 14.')).toMatchObject({ start: '2006-05-14' });
    expect(one('The fair opens Wednesday, Aug. 22.')).toMatchObject({ start: '2007-08-22' });
  });

  it('resolves "Friday night" to the previous Friday', () => {
    expect(one('Friday night the bridge closed.')).toMatchObject({ text: 'Friday night', grain: 'day', start: '2007-07-20' });
  });

  it('resolves a weekday forward when the sentence speaks of the future', () => {
    expect(one('The committee will vote Friday.')).toMatchObject({ text: 'Friday', start: '2007-07-27' });
  });

  it('resolves a full date with its year', () => {
    expect(one('The law passed on March 3, 1961.')).toMatchObject({ grain: 'day', start: '1961-03-03', label: '3 March 1961' });
  });

  it('reads a decade as a range', () => {
    expect(one('Prices rose through the 1970s.')).toMatchObject({ grain: 'range', start: '1970-01-01', end: '1979-12-31' });
    expect(one("Prices rose through the late 1970's.")).toMatchObject({ grain: 'range', start: '1970-01-01', end: '1979-12-31' });
  });

  it("reads a year's possessive before a word (\"1970's budget\"), with no \"the\", as that year", () => {
    expect(one("The mill was the big story of 1970's building season.")).toMatchObject({ grain: 'year', start: '1970-01-01', end: '1970-12-31' });
  });

  it.each([
    ['"may" the verb', 'Officials said the plan may fail.'],
    ['"May" the surname', 'Prime Minister Theresa May said nothing.'],
    ['"March" the noun at the start', 'March organizers expect thousands.'],
    ['"Sunday" in a name', 'The Sunday Times reported the story.'],
    ['"Sunday" in an event name', 'They remembered Bloody Sunday.'],
    ['"jun" inside a word', 'The Injun trail ran north.'],
    ['a habitual weekday', 'She went to church on a Friday now and then.'],
    ['plural weekday parts', 'He drove to town on Monday afternoons.'],
  ])('does not mistake %s for a date', (_label, sentence) => {
    expect(resolveDates(sentence, PUB)).toEqual([]);
  });

  it('reads "last January" as the latest January before publication', () => {
    expect(one('The plant closed last January.')).toMatchObject({ text: 'last January', start: '2007-01-01', label: 'January 2007' });
  });

  it('reads "this week" as the Monday–Sunday week of publication', () => {
    expect(one('The plant closed this week.')).toMatchObject({ grain: 'range', start: '2007-07-23', end: '2007-07-29' });
  });

  it('reads "the last two days" as the span up to publication', () => {
    expect(one('Appeals were filed during the last two days.')).toMatchObject({
      text: 'during the last two days',
      grain: 'range',
      start: '2007-07-23',
      end: '2007-07-25',
    });
  });

  it('reads two years joined by "and" as two years, not a range', () => {
    expect(resolveDates('Budgets grew in 1959 and 1960.', PUB).map((d) => d.label)).toEqual(['1959', '1960']);
  });

  it('reads "between 1959 and 1960" as a range', () => {
    expect(one('Budgets grew between 1959 and 1960.')).toMatchObject({ grain: 'range', label: '1959–1960' });
  });

  it('does not read "for a second" or "now" as dates', () => {
    expect(resolveDates('For a second month, the county ran short, and now it asks for help.', PUB)).toEqual([]);
  });

  it('returns several dates in sentence order', () => {
    const dates = resolveDates('He arrived Monday, left in 1999 and returned in May.', PUB);
    expect(dates.map((d) => d.text)).toEqual(['Monday', '1999', 'May']);
  });

  it('returns nothing for a sentence without date words', () => {
    expect(resolveDates('The committee approved the plan.', PUB)).toEqual([]);
  });
});

describe('resolveDates on weekends and vague spans', () => {
  it('reads "over the weekend" as the Saturday–Sunday before publication', () => {
    expect(resolveDates('Talks stalled over the weekend.', PUB)).toEqual([
      { text: 'weekend', grain: 'range', start: '2007-07-21', end: '2007-07-22', label: 'weekend of 21 July 2007' },
    ]);
  });

  it('reads "next weekend" forward', () => {
    expect(resolveDates('They will meet next weekend.', PUB)[0]).toMatchObject({ start: '2007-07-28', end: '2007-07-29' });
  });

  it.each(['in the month of talks', 'the month before', 'after a year of talks', 'within 60 days'])(
    'does not resolve the unanchored phrase "%s"',
    (phrase) => {
      expect(resolveDates(`Officials spoke ${phrase}.`, PUB)).toEqual([]);
    },
  );
});

describe('resolveDates on day ranges and attributive years', () => {
  it('reads "June 3 and 4" as a two-day range, forward when the future is meant', () => {
    expect(resolveDates('The leaders will meet in Vienna Aug. 3 and 4.', PUB)).toEqual([
      { text: 'Aug. 3 and 4', grain: 'range', start: '2007-08-03', end: '2007-08-04', label: '3–4 August 2007' },
    ]);
  });

  it('reads "Aug. 22-24, 1960" with its year', () => {
    expect(resolveDates('The conference met Aug. 22-24, 1960.', PUB)[0]).toMatchObject({ start: '1960-08-22', end: '1960-08-24' });
  });

  it('reads the formal "21st day of April" and "twenty-first day of April, 1960" as days, not as the month', () => {
    expect(resolveDates('Given under my hand this 21st day of April.', PUB)).toEqual([
      { text: '21st day of April', grain: 'day', start: '2007-04-21', label: '21 April 2007' },
    ]);
    expect(resolveDates('The deed was signed the twenty-first day of April, 1960, at noon.', PUB)[0]).toMatchObject({ grain: 'day', start: '1960-04-21' });
    expect(resolveDates('Done this seventeenth day of May.', PUB)[0]).toMatchObject({ grain: 'day', start: '2007-05-17' });
    // Deeds write 2d and 23d for 2nd and 23rd.
    expect(resolveDates('Given under my hand this 23d day of April.', PUB)).toEqual([
      { text: '23d day of April', grain: 'day', start: '2007-04-23', label: '23 April 2007' },
    ]);
  });

  it('GIVEN a year written with its era THEN it is that year, however old; a year before the common era is left undated rather than put in the year of the report', () => {
    expect(resolveDates('The fort fell in 1453 A.D. to the raiders.', PUB)).toEqual([
      { text: '1453 A.D.', grain: 'year', start: '1453-01-01', end: '1453-12-31', label: '1453' },
    ]);
    expect(resolveDates('In A.D. 1066 the fleet landed.', PUB)[0]).toMatchObject({ grain: 'year', start: '1066-01-01' });
    expect(resolveDates('The tower was finished on June 3, 1610 A.D., by the guild.', PUB)).toEqual([
      { text: 'June 3, 1610 A.D.', grain: 'day', start: '1610-06-03', end: '1610-06-03', label: '3 June 1610' },
    ]);
    expect(resolveDates('On May 11,330, A.D., the town took a new name.', PUB)).toEqual([
      { text: 'May 11,330, A.D.', grain: 'day', start: '0330-05-11', end: '0330-05-11', label: '11 May 330' },
    ]);
    expect(resolveDates('On May 11, 330 A.D., the town took a new name.', PUB)[0]).toMatchObject({ start: '0330-05-11', label: '11 May 330' });
    expect(resolveDates('In A.D. 70 the temple fell.', PUB)).toEqual([{ text: 'A.D. 70', grain: 'year', start: '0070-01-01', end: '0070-12-31', label: '70' }]);
    expect(resolveDates('The wall was built in 532 B.C. by the king.', PUB)).toEqual([]);
  });

  it('reads a year used as an adjective after a determiner, so it is not a number', () => {
    expect(resolveDates('Taxpayers appealed their 1961 tax assessments.', PUB)).toEqual([
      { text: '1961', grain: 'year', start: '1961-01-01', end: '1961-12-31', label: '1961' },
    ]);
  });
});

describe('resolveDates on four-digit numbers that are quantities', () => {
  it.each([
    ['a side of a dimension', 'The goggles show a resolution of 1800 x 1920 per eye.'],
    ['a dimension written with ×', 'The panel comes in 1920×1080 only.'],
    ['a measure in pixels', 'Each frame is cropped to a width of 1800 pixels.'],
    ['a measure in feet', 'The plane climbed to around 1900 feet before turning.'],
    ['a measure written with a hyphen', 'The ship sank in 2000-foot water off the cape.'],
    ['a count after "of"', 'A crowd of 1800 people waited at the gate.'],
  ])('GIVEN %s THEN no year is read from it', (_, sentence) => {
    expect(resolveDates(sentence, PUB)).toEqual([]);
  });

  it('GIVEN a year beside a measure THEN the year is still read and the measure is not', () => {
    expect(resolveDates('The tower rose 1800 feet in 1931.', PUB).map((d) => d.text)).toEqual(['1931']);
    expect(resolveDates('Her 2014 film was shot in 1080 lines.', PUB).map((d) => d.text)).toEqual(['2014']);
  });

  it('GIVEN a year after "of" and before a plural noun that is no count THEN it stays a year', () => {
    expect(resolveDates('They recalled the floods of 1927 when the levees broke.', PUB).map((d) => d.text)).toEqual(['1927']);
    expect(resolveDates('The summer of 1959 was hot, and so was the summer of 1960 this town recalls.', PUB).map((d) => d.text)).toEqual(['1959', '1960']);
  });

  it('GIVEN a price by a year THEN the year is read, not a dimension', () => {
    expect(resolveDates('The fee rises to $70 by 1971.', PUB).map((d) => d.text)).toEqual(['1971']);
  });
});

describe('warmUpDates', () => {
  it('GIVEN the date parser warmed up THEN it found the dates of its own sentence and resolves every sentence as it did before', () => {
    const sentences = brownSentences(BROWN_FILES[0] as string);
    const before = sentences.map((s) => resolveDates(s, '1961-06-15'));
    expect(warmUpDates()).toBe(5);
    expect(sentences.map((s) => resolveDates(s, '1961-06-15'))).toEqual(before);
    expect(before.flat().length).toBeGreaterThan(10);
  });
});


describe('a count after a date with its year', () => {
  it('GIVEN "December 31, 1960, 23 employees retired" THEN the date ends at the year and 23 is left to the numbers', () => {
    const date = one('During the year ended December 31, 1960, 23 employees retired.');
    expect(date).toMatchObject({ text: 'December 31, 1960', label: '31 December 1960' });
    expect(analyzeSentence(prepareArticle({ published: PUB, people: [], sentences: ['During the year ended December 31, 1960, 23 employees retired.'] }), 0).numbers.map((n) => n.value)).toContain(23);
  });
});

describe('a month of a year the sentence only describes', () => {
  it('GIVEN "by September of the election year" or "in March of that year" THEN the month keeps no year (not the one before publication)', () => {
    const election = one('The doubt had become by September of the election year a firm conviction.');
    expect(election).toMatchObject({ text: 'September', label: 'September' });
    expect(election?.start).toBeUndefined();
    expect(one('The vote came in March of that year.')?.start).toBeUndefined();
  });

  it('GIVEN a month with its year, or "of this year" THEN the year as before', () => {
    expect(one('They met in September of 1956.')?.label).toBe('September 1956');
    expect(resolveDates('The vote came in March of this year.', PUB)[0]?.start).toBe('2007-03-01');
    expect(one('The vote came in March, and the count followed.')?.label).toBe('March 2007');
  });
});

describe('dates in a story of the past', () => {
  const story = [
    'The canal bill finally passed on March 3, 1887, after two years of debate.',
    'In early June the first crews reached the marsh.',
    'The heat was terrible.',
    'On July 20, the locks were opened to boats.',
    'Snow fell on November 2, 1887, and stayed all winter.',
    'In April came the thaw.',
  ];
  const published = '1961-04-20';
  const labels = (times: ReturnType<typeof narrativeTimes>) =>
    story.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label));

  it('GIVEN a story that writes mostly earlier years THEN a day or month without its year falls on or after the time the story has reached', () => {
    const times = narrativeTimes(story, published);
    expect(labels(times)).toEqual([['3 March 1887'], ['June 1887'], [], ['20 July 1887'], ['2 November 1887'], ['April 1888']]);
  });

  it('GIVEN such a story in the knowledge base THEN answers and the timeline give the year of the story', () => {
    const kb = tinyKnowledgeBase([article('canal', [story.join(' ')], published)]);
    const { scored } = inspectAsk(kb, 'when were the locks opened to boats');
    expect(scored.find((s) => s.text.startsWith('On July 20'))?.answer.answer).toBe('20 July 1887 ("July 20")');
    expect(kb.timeline('locks').map((e) => e.date.label)).toContain('20 July 1887');
  });

  it('GIVEN a story of the past that has not yet said which year it has reached THEN a day without its year keeps no year: never the year before publication', () => {
    const charter = ['The charter which the guild signed on March 11 said nothing of dues.', 'The guild of 1787 met in taverns.', 'The charter of June 4, 1788 replaced it.'];
    const times = narrativeTimes(charter, published);
    const [signed] = resolveDates(charter[0] as string, published, times[0]);
    expect(signed?.label).toBe('11 March');
    expect(signed?.start).toBeUndefined();
    const kb = tinyKnowledgeBase([article('charter', [charter.join(' ')], published)]);
    expect(kb.timeline('charter').map((e) => e.date.label)).not.toContain('11 March 1961');
  });

  it('GIVEN a story of the sixteenth century THEN a day written with its year keeps it, on the timeline too', () => {
    const town = ['The town was granted its charter in 1610.', 'The council voted on September 27, 1598, that the clerk should ride to London.', 'He left on October 2.'];
    const times = narrativeTimes(town, published);
    expect(town.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label))).toEqual([['1610'], ['27 September 1598'], ['2 October 1598']]);
    const kb = tinyKnowledgeBase([article('town', [town.join(' ')], published)]);
    expect(kb.timeline('1598').map((e) => e.date.label)).toContain('27 September 1598');
  });

  it('GIVEN news that recalls one past date THEN its "in October" is still dated from publication', () => {
    const news = [
      'The company lost a rocket in October 2014.',
      'It flew again in 2015, and twice in 2016.',
      'Its latest cargo flight left in October, the company said.',
    ];
    const times = narrativeTimes(news, '2016-12-01');
    expect(times).toEqual([undefined, undefined, undefined]);
    expect(resolveDates(news[2] as string, '2016-12-01', times[2])[0]?.label).toBe('October 2016');
  });

  it('GIVEN the future in the sentence, or a year written with the date THEN the story\'s time does not move it', () => {
    const at = { year: 1887, month: 3 };
    expect(resolveDates('They will meet again on June 4.', published, at)[0]?.label).toBe('4 June 1961');
    expect(resolveDates('The report of May 2, 1950 said so.', published, at)[0]?.label).toBe('2 May 1950');
    // The future clauses before the date, not only in its own: "will have a part …, May 28th to June 3rd".
    expect(resolveDates('The old mill will have a part in the week-long fair at its home site, May 28th to June 3rd.', published, at)[0]?.label).toBe('28 May 1961 – 3 June 1961');
  });
});

describe('spans counted from another event, and the weekday of a written date', () => {
  it('GIVEN "ten years later" or "three months earlier" THEN no date: it counts from an event the sentence does not date', () => {
    expect(resolveDates('Ten years later the old mill burned down.', PUB)).toEqual([]);
    expect(resolveDates('The ferry sank three months earlier, in a storm.', PUB)).toEqual([]);
    // Counted from now, it is a date.
    expect(resolveDates('Three years ago the old mill burned down.', PUB).map((d) => d.label)).toEqual(['2004']);
  });

  it('GIVEN "<date>, is on Sunday" THEN the weekday is that date\'s, not another date', () => {
    expect(resolveDates('Since May 6, 2007, is on Sunday, the fair opens on Monday, May 7, 2007.', PUB).map((d) => d.label)).toEqual(['6 May 2007', '7 May 2007']);
    expect(resolveDates('The fair opened on Sunday.', PUB).map((d) => d.label)).toEqual(['22 July 2007']);
  });
});

describe('a tally before a weekday', () => {
  it('GIVEN "voted 7 to 2 on Monday" THEN the date is Monday alone: the tally is no time of that day', () => {
    const [date] = resolveDates('The board voted 7 to 2 on Monday to close the pier.', PUB);
    expect(date?.text).toBe('Monday');
    expect(date?.label).toBe('23 July 2007');
    // A clock's mark keeps the time with its day.
    expect(resolveDates('The board met at 7:30 on Monday.', PUB)[0]?.text).toBe('at 7:30 on Monday');
  });
});

describe('a day later in the year than the story, without its year', () => {
  it('GIVEN the present tense of a schedule ("takes effect Sept. 1", "opens Aug. 22", "is due") THEN this year\'s day, not last year\'s', () => {
    expect(resolveDates('The new fare takes effect Sept. 1.', PUB)[0]?.label).toBe('1 September 2007');
    expect(resolveDates('The county fair opens Aug. 22.', PUB)[0]?.label).toBe('22 August 2007');
    expect(resolveDates('The first payment is due Oct. 15.', PUB)[0]?.label).toBe('15 October 2007');
    // Told in the past tense, it is the year before's.
    expect(resolveDates('The new fare took effect Sept. 1.', PUB)[0]?.label).toBe('1 September 2006');
  });

  it('GIVEN a date with a "when" clause after it ("Opening Day, Sept. 1, when the new hall opens") THEN that clause\'s tense decides the year', () => {
    expect(resolveDates('The whole town is waiting for Opening Day, Sept. 1, when the new hall opens to the public.', PUB)[0]?.label).toBe('1 September 2007');
    expect(resolveDates('The town still talks of Opening Day, Sept. 1, when the new hall opened to the public.', PUB)[0]?.label).toBe('1 September 2006');
  });
});

describe('a weekday counted in its month', () => {
  it('GIVEN "the first Sunday in November", "the second Tuesday of each month", "the last Friday in June" THEN no date (not the nearest weekday, nor the month alone); "last Friday in Vessa" still is one', () => {
    expect(resolveDates('The mayor proclaimed the first Sunday in November as Harbour Day.', PUB)).toEqual([]);
    expect(resolveDates('The club meets on the second Tuesday of each month.', PUB)).toEqual([]);
    expect(resolveDates('On the last Friday in June the fair opens.', PUB)).toEqual([]);
    expect(resolveDates('The fair opened last Friday in Vessa.', PUB)[0]?.label).toBe('20 July 2007');
  });
});

describe('a weekday that names a thing', () => {
  it('GIVEN "Sunday-school", "Sunday school", "Sunday best", "the Sunday papers" THEN no date; "on Sunday" still one', () => {
    expect(resolveDates('The chapel has ninety pupils in its Sunday-school.', PUB)).toEqual([]);
    expect(resolveDates('She taught Sunday school for years.', PUB)).toEqual([]);
    expect(resolveDates('He wore his Sunday best to the fair.', PUB)).toEqual([]);
    expect(resolveDates('She read it in the Sunday papers.', PUB)).toEqual([]);
    expect(resolveDates('The chapel held a fair on Sunday.', PUB)[0]?.label).toBe('22 July 2007');
  });
});

describe('a weekday after a place', () => {
  it('GIVEN "met in Vessa on Monday" or "met in Vessa Monday" THEN Monday is a date; "Bloody Sunday", "the Sunday Times" are names', () => {
    expect(resolveDates('The ministers met in Vessa on Monday.', PUB)[0]?.label).toBe('23 July 2007');
    expect(resolveDates('The ministers met in Vessa Monday.', PUB)[0]?.label).toBe('23 July 2007');
    expect(resolveDates('Ada Orr opened her shop in Vessa on Monday.', PUB)[0]?.label).toBe('23 July 2007');
    expect(resolveDates('On Monday Ada Orr opened her shop.', PUB)[0]?.label).toBe('23 July 2007');
    expect(resolveDates('He wrote of Bloody Sunday.', PUB)).toEqual([]);
    expect(resolveDates('They read the Sunday Times.', PUB)).toEqual([]);
  });
});

describe('years older than 1600', () => {
  it('GIVEN "in 1066." or "since 1290, when" THEN a year; "in 1200 homes" or "$1290" stays a number', () => {
    expect(resolveDates('The abbey was founded in 1066.', PUB).map((d) => d.label)).toEqual(['1066']);
    expect(resolveDates('The fair has been held since 1290, when the charter was granted.', PUB)[0]?.start).toBe('1290-01-01');
    expect(resolveDates('Water was restored in 1200 homes by night.', PUB)).toEqual([]);
    expect(resolveDates('The table sold for $1290 at the auction.', PUB)).toEqual([]);
  });
});

describe('a weekday that describes a noun', () => {
  it('GIVEN "for Sunday afternoon swimmers" or "the Monday night meetings" THEN no date; "said Monday protesters gathered" is still Monday', () => {
    expect(resolveDates('We set the rules for Sunday afternoon swimmers.', PUB)).toEqual([]);
    expect(resolveDates('The Monday night meetings drew crowds.', PUB)).toEqual([]);
    expect(resolveDates('Police said Monday protesters gathered at the pier.', PUB)[0]?.label).toBe('23 July 2007');
  });

  it('GIVEN a quantifier before it ("only Sunday walkers", "most Saturday shoppers") THEN no date either: people of a habit', () => {
    expect(resolveDates('The old quarry is so far from the road that only Sunday walkers still climb up there.', PUB)).toEqual([]);
    expect(resolveDates('Most Saturday shoppers park by the mill.', PUB)).toEqual([]);
    expect(resolveDates('On Sunday some walkers climbed up to the quarry.', PUB)[0]?.label).toBe('22 July 2007');
  });

  it('GIVEN a month with its year cut to two digits ("September \'76", "June 3, \'58") THEN that year, the latest with those digits, not the year before publication', () => {
    expect(resolveDates("In September '76 the professor came from England.", PUB)[0]?.label).toBe('September 1976');
    expect(resolveDates("He graduated on June 3, '58 with honors.", PUB)[0]?.label).toBe('3 June 1958');
    expect(resolveDates("She married in March '99.", PUB)[0]?.label).toBe('March 1999');
    expect(resolveDates("The fair will reopen in May '09.", PUB)[0]?.label).toBe('May 2009');
  });
});

describe('a story of the years before the common era', () => {
  const story = ['By 800 B.C. the harbor towns adopted the same tongue.', 'Much that was new in 1000 was old by 800.', 'A scholar dug at Vessa in 1958 and found the kilns.'];
  const published = '1961-06-01';

  it('GIVEN a story that writes its years "B.C." THEN its bare years are of that era too (undated, labelled so); a year of our era stays', () => {
    const times = narrativeTimes(story, published);
    const dates = story.map((s, i) => resolveDates(s, published, times[i]));
    expect(dates[1]).toEqual([{ text: '1000', grain: 'year', label: '1000 B.C.' }]);
    expect(dates[2]?.[0]).toMatchObject({ text: '1958', start: '1958-01-01' });
  });

  it('GIVEN such a story in the knowledge base THEN its timeline lists no year of it as ours, and its lead is no news of the report\'s day', () => {
    const kb = tinyKnowledgeBase([article('kilns', story, published)]);
    expect(kb.timeline('').map((e) => e.date.text)).toEqual(['1958']);
  });
});

describe('a part of the day before its date', () => {
  it('GIVEN "the morning of September 12, 1887" or "the night of March 3" THEN the date after "of" (not none)', () => {
    expect(resolveDates('On the morning of September 12, 1887, the Varn brothers rode out to mend the fence.', PUB).map((d) => d.label)).toEqual(['12 September 1887']);
    expect(resolveDates('The mill burned on the night of March 3.', PUB).map((d) => d.label)).toEqual(['3 March 2007']);
    expect(resolveDates('Late in the afternoon of Friday the ferry docked.', PUB).map((d) => d.label)).toEqual(['20 July 2007']);
    // A part of the day with no date after it is still no date.
    expect(resolveDates('The morning of the fair was cold.', PUB)).toEqual([]);
  });
});

describe('a day counted back and the date that names it', () => {
  it('GIVEN "One month ago, on the 12th of March," or "Two weeks ago, July 10," THEN one date, the written one (not also a day counted from publication)', () => {
    expect(resolveDates('One month ago, on the 12th of March, the ferry to Vessa ran aground.', PUB).map((d) => d.label)).toEqual(['12 March 2007']);
    expect(resolveDates('Two weeks ago, July 10, the mill burned.', PUB).map((d) => d.label)).toEqual(['10 July 2007']);
    // Two dates of two events stay two.
    expect(resolveDates('Two weeks ago the mill burned, and on July 3 it reopened.', PUB).map((d) => d.text)).toEqual(['Two weeks ago', 'July 3']);
  });
});

describe('the next day of a story', () => {
  it('GIVEN "the next day" or "The next morning … on Sunday" THEN no day after publication: "the next day" counts from the story\'s day, and the Sunday is the past one', () => {
    expect(resolveDates('Mara asked her uncle to lunch the next day to learn what the council had decided.', PUB)).toEqual([]);
    expect(resolveDates('The next morning the ferry left Vessa -- but who sails on Sunday morning?', PUB).map((d) => d.label)).toEqual(['22 July 2007']);
    // "next" before a weekday or a week still looks ahead.
    expect(resolveDates('The ferry sails next Tuesday.', PUB).map((d) => d.label)).toEqual(['31 July 2007']);
  });
});

describe('a weekday right after an opening bracket', () => {
  it('GIVEN "(Friday\'s start had been …)" THEN the phrase is "Friday", without the bracket (a label quotes it)', () => {
    const dates = resolveDates('The crews rowed the last leg in calm water (Friday\'s start had been put off by fog) and finished by noon.', PUB);
    expect(dates.map((d) => d.text)).toEqual(['Friday']);
    expect(dates[0]).toMatchObject({ start: '2007-07-20' });
  });
});

describe('"last" and a weekday', () => {
  it('GIVEN "last Wednesday" in a Wednesday\'s paper THEN the Wednesday a week before, never the day of publication', () => {
    // PUB is a Wednesday.
    expect(resolveDates('The ferry to Vessa ran aground last Wednesday in thick fog.', PUB).map((d) => d.start)).toEqual(['2007-07-18']);
    // On another day, "last Tuesday" is still the Tuesday just before it, and "Wednesday" alone may be today.
    expect(resolveDates('The ferry to Vessa ran aground last Tuesday in thick fog.', PUB).map((d) => d.start)).toEqual(['2007-07-24']);
    expect(resolveDates('The ferry to Vessa ran aground Wednesday in thick fog.', PUB).map((d) => d.start)).toEqual(['2007-07-25']);
  });
});

describe('"this" and a weekday', () => {
  const SATURDAY = '2007-07-28';
  it('GIVEN "this Sunday" twice in a Saturday\'s paper, once before its verb "will" and once after it THEN one day, the next', () => {
    expect(resolveDates('This Sunday the choir of Vessa will sing in the harbour chapel.', SATURDAY).map((d) => d.start)).toEqual(['2007-07-29']);
    expect(resolveDates('The vicar said this Sunday\'s picnic -- weather permitting -- will be free to all.', SATURDAY).map((d) => d.start)).toEqual(['2007-07-29']);
  });

  it('GIVEN "this Monday" in a Wednesday\'s paper THEN the Monday of that week, or the next one when it is to come', () => {
    expect(resolveDates('The ferry was repainted this Monday.', PUB).map((d) => d.start)).toEqual(['2007-07-23']);
    expect(resolveDates('The ferry will be repainted this Monday.', PUB).map((d) => d.start)).toEqual(['2007-07-30']);
    expect(resolveDates('The ferry will be repainted this Wednesday.', PUB).map((d) => d.start)).toEqual([PUB]);
  });
});

describe('a day of the story named with "the" or "that"', () => {
  it('GIVEN "On that final Sunday at the fair", "the following Monday" or "the last night of each summer" THEN no date (not the day nearest publication)', () => {
    expect(resolveDates('On that final Sunday at the Vessa fair neither brother won a ribbon.', PUB)).toEqual([]);
    expect(resolveDates('The ferry sailed again the following Monday.', PUB)).toEqual([]);
    expect(resolveDates('Old Mr. Varn always loved the last night of each summer at the lake.', PUB)).toEqual([]);
    // Without "the" or "that", the day nearest the report.
    expect(resolveDates('The ferry sailed again last night.', PUB).map((d) => d.start)).toEqual(['2007-07-24']);
    expect(resolveDates('On Sunday at the Vessa fair neither brother won a ribbon.', PUB).map((d) => d.start)).toEqual(['2007-07-22']);
  });

  it('GIVEN a weekday counted in someone\'s own ("on his first Sunday", "their final Friday") THEN no date; "told her Sunday" still is the day nearest the report', () => {
    expect(resolveDates('Dorran, on his first Sunday in the pulpit, preached to six people.', PUB)).toEqual([]);
    expect(resolveDates('The crew spent their final Friday at the Vessa docks.', PUB)).toEqual([]);
    expect(resolveDates('The mayor told her Sunday that the ferry would run.', PUB).map((d) => d.start)).toEqual(['2007-07-22']);
  });
});

describe('"this day" in the past perfect', () => {
  it('GIVEN "On this day the tide had turned" THEN no date (a day the story has reached), while "met … this day" is still the day of publication', () => {
    expect(resolveDates('On this day the tide had turned twice before the ferry left Vessa.', PUB)).toEqual([]);
    expect(resolveDates('This day the younger Varn had not yet begun to row.', PUB)).toEqual([]);
    expect(resolveDates('The harbour board met in Vessa this day to weigh the strike.', PUB).map((d) => d.start)).toEqual([PUB]);
  });
});

describe('a time counted back by no number', () => {
  it('GIVEN "a few months ago" or "several years ago" THEN the phrase is its own label, with no day or year of the calendar', () => {
    expect(resolveDates('Since moving to Vessa a few months ago, the Varns have taken up rowing.', PUB)).toEqual([
      { text: 'a few months ago', grain: 'month', label: 'a few months ago' },
    ]);
    expect(resolveDates('The harbour was far quieter several years ago, when the old pier stood.', PUB)).toEqual([
      { text: 'several years ago', grain: 'year', label: 'several years ago' },
    ]);
    // A number still dates it: a month ago is a month (not one day of it), three years ago a year.
    expect(resolveDates('A month ago the ferry ran aground.', PUB)).toEqual([{ text: 'A month ago', grain: 'month', start: '2007-06-01', end: '2007-06-30', label: 'June 2007' }]);
    expect(resolveDates('Three years ago the old mill burned down.', PUB).map((d) => d.label)).toEqual(['2004']);
  });
});

describe('a weekday after a place of several names', () => {
  it('GIVEN "at Vessa Harbour Hall Friday" THEN the Friday (the place\'s name ends before it), as after one name ("in Vessa Friday")', () => {
    expect(resolveDates('The rowing trophies were shown at Vessa Harbour Hall Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
    expect(resolveDates('The rowing trophies were shown at St. Ives Grammar Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
    // A weekday inside a name is still none: "Bloody Sunday", "The Sunday Times".
    expect(resolveDates('The story ran in The Sunday Times.', PUB)).toEqual([]);
  });
});

describe('a schedule told in the present', () => {
  it('GIVEN "the Tumblers, a rope act, open Friday", "becomes effective June 3" or "is set for June 3" THEN the day to come', () => {
    expect(resolveDates('The Tumblers, a rope act, open Friday at the Harbour Club.', PUB).map((d) => d.start)).toEqual(['2007-07-27']);
    expect(resolveDates('Evening classes in rowing begin Monday.', PUB).map((d) => d.start)).toEqual(['2007-07-30']);
    expect(resolveDates('The new ferry fare becomes effective June 3.', PUB).map((d) => d.start)).toEqual(['2008-06-03']);
    expect(resolveDates('The harbour auction is set for June 3.', PUB).map((d) => d.start)).toEqual(['2008-06-03']);
    // Told in the past, or after "to", the day before.
    expect(resolveDates('The harbour doors were open Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
    expect(resolveDates('The shops failed to open Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
  });

  it('GIVEN a verb of the past in the clause before "open Friday" ("the crowd threw the gates open Friday") THEN the Friday before', () => {
    expect(resolveDates('The crowd threw the harbour gates open Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
    expect(resolveDates('The wardens pried the harbour gates open Friday.', PUB).map((d) => d.start)).toEqual(['2007-07-20']);
  });
});

describe('a list of dates to come', () => {
  it('GIVEN "will be held in Dover Aug. 2; Hull, Aug. 9; and Leith, Aug. 16" THEN every item is to come, as the first is', () => {
    expect(resolveDates('Other rowing clinics will be held in Dover Aug. 2; Hull, Aug. 9; and Leith, Aug. 16.', PUB).map((d) => d.start)).toEqual(['2007-08-02', '2007-08-09', '2007-08-16']);
    expect(resolveDates('The choir will sing at the harbour chapel Friday, at the old mill Saturday, and at the pier Sunday.', PUB).map((d) => d.start)).toEqual(['2007-07-27', '2007-07-28', '2007-07-29']);
  });

  it('GIVEN a second date tied to another event ("a year after the storm of Aug. 9") or with a verb of its own THEN it is not carried', () => {
    expect(resolveDates('The fair will reopen Aug. 2, a year after the storm of Aug. 9 wrecked it.', PUB).map((d) => d.start)).toEqual(['2007-08-02', '2006-08-09']);
    expect(resolveDates('The choir will sing Friday, and the band played Sunday.', PUB).map((d) => d.start)).toEqual(['2007-07-27', '2007-07-22']);
  });
});

describe('a list of dates after a colon', () => {
  it('GIVEN "Also set for the harbour hall this winter are: the Varn Quartet on Jan. 12, …" THEN the clause before the colon tells the list: next January', () => {
    expect(resolveDates('Also set for the harbour hall this winter are: the Varn Quartet on Jan. 12, the Leith Players on Feb. 3; and the Dover Band on March 9.', PUB).map((d) => d.start)).toEqual(['2008-01-12', '2008-02-03', '2008-03-09']);
    // An item with a verb of its own is told by it.
    expect(resolveDates('The quartet will play twice: it played on Jan. 12 as well.', PUB).map((d) => d.start)).toEqual(['2007-01-12']);
  });
});

describe('a date set off by a comma with no verb of its own', () => {
  it('GIVEN "She will receive the medal at the fair, Thursday and Friday in the grain hall" THEN both days are the coming ones: the clause before the comma is the dates\'', () => {
    expect(resolveDates('The choir will sing the new cantata at the annual harvest fair, Thursday and Friday in the old grain hall.', PUB).map((d) => d.start)).toEqual(['2007-07-26', '2007-07-27']);
    // A stretch with a verb of its own is its own clause: "officials said Thursday", "Thursday's vote showed".
    expect(resolveDates('The mill will close next spring, officials said Thursday.', PUB).map((d) => d.start)).toEqual(['2007-07-19']);
    expect(resolveDates('The mill will close next spring, Thursday\'s vote showed.', PUB).map((d) => d.start)).toEqual(['2007-07-19']);
    expect(resolveDates('The mill will close next spring, the mayor, who spoke Thursday, told the crowd.', PUB).map((d) => d.start)).toEqual(['2007-07-19']);
  });
});

describe('a weekday right before a future verb', () => {
  it('GIVEN "The reunion Saturday night will be a dinner" THEN the coming Saturday: the date is in the subject of "will"', () => {
    expect(resolveDates('The reunion Saturday night will be a dinner on the pier, and a band will play.', PUB).map((d) => d.start)).toEqual(['2007-07-28']);
    expect(resolveDates('Friday is expected to be the last day of the sale.', PUB).map((d) => d.start)).toEqual(['2007-07-27']);
    // Told in the past, the Saturday before.
    expect(resolveDates('The reunion Saturday night was a dinner on the pier.', PUB).map((d) => d.start)).toEqual(['2007-07-21']);
  });
});

describe('weekdays of a pattern, and of a question of what would be', () => {
  it('GIVEN three or more weekdays that are not days in a row ("on Monday, Wednesday and Friday") THEN a weekly pattern: no date', () => {
    expect(resolveDates('The bakery sells rye loaves on Monday, Wednesday and Friday, and seed cakes on Tuesday, Thursday and Saturday.', PUB)).toEqual([]);
    // Days in a row may be one stretch of days: still dated.
    expect(resolveDates('The fair drew crowds on Friday, Saturday and Sunday.', PUB).map((d) => d.start)).toContain('2007-07-22');
  });

  it('GIVEN a weekday in a question of what would or could be ("which rule would bind the ferrymen on Sunday?") THEN no date', () => {
    expect(resolveDates('And which rule would bind the ferrymen on Sunday?', PUB)).toEqual([]);
    // A question of what happened, or will, still names a day.
    expect(resolveDates('Who saw the ferry on Sunday?', PUB).map((d) => d.start)).toEqual(['2007-07-22']);
    expect(resolveDates('Will the ferry sail on Sunday?', PUB).map((d) => d.start)).toEqual(['2007-07-29']);
  });
});

describe('relative days that describe a noun', () => {
  it('GIVEN "a sturdy, fine today and tomorrow style" THEN no day: the joined days describe the noun', () => {
    expect(resolveDates('Named Evergreen, for its sturdy, fine today and tomorrow style, the lamp sold out.', PUB)).toEqual([]);
    expect(resolveDates('Its plain yesterday-and-today charm pleased buyers.', PUB)).toEqual([]);
    // After a verb, a plural noun, or before a part of the day or a preposition, they are days.
    expect(resolveDates('Sales rose yesterday and today shares fell.', PUB).map((d) => d.start)).toEqual(['2007-07-24', '2007-07-25']);
    expect(resolveDates('The stalls today and tomorrow night stay open late.', PUB).map((d) => d.start)).toEqual(['2007-07-25', '2007-07-26']);
    expect(resolveDates('Talks go on today and tomorrow in Vessa.', PUB).map((d) => d.start)).toEqual(['2007-07-25', '2007-07-26']);
  });
});

describe('a qualifier before a month', () => {
  it('GIVEN "last January" in a clause that speaks of something coming ("the coming regatta … last January") THEN the January before the report, not the next one', () => {
    expect(resolveDates('Talk of the coming regatta first spread in Vessa last January.', PUB).map((d) => d.label)).toEqual(['January 2007']);
    expect(resolveDates('The regatta will be held next January.', PUB).map((d) => d.label)).toEqual(['January 2008']);
  });
});

describe('days of one month listed with commas', () => {
  it('GIVEN "July 26, 27, 28 and 30" or "(Sept. 22, 23)" THEN the days of that month, from the first to the last — not a made-up year ("2027") read from the second day', () => {
    expect(resolveDates('The regattas will be on Aug. 26, 27, 28 and 30.', PUB).map((d) => d.label)).toEqual(['26–30 August 2007']);
    expect(resolveDates('An archery contest will be held at Vessa Point (Sept. 22, 23).', PUB).map((d) => d.label)).toEqual(['22–23 September 2007']);
    expect(resolveDates('On Nov. 11, 12, the rowers will race to the point.', PUB).map((d) => d.label)).toEqual(['11–12 November 2007']);
    expect(resolveDates('The fair ran on May 2, 3 and 4, 2006, at the quay.', PUB).map((d) => d.label)).toEqual(['2–4 May 2006']);
    // A number after the day and its comma, before a noun, is a count: the day keeps no year of it.
    expect(resolveDates('On May 14, 15 boats sank off the quay.', PUB).map((d) => d.label)).toEqual(['14 May 2007']);
  });
});

describe('a weekday in a time named after it', () => {
  it('GIVEN "On a foggy Sunday morning last month" or "a rainy Tuesday in May" THEN the month dates it, not the weekday nearest the report; a weekday alone still is that day', () => {
    expect(resolveDates('On a foggy Sunday morning last month, the rowing club raced to Vessa Point.', PUB).map((d) => d.label)).toEqual(['June 2007']);
    expect(resolveDates('On a rainy Tuesday in May the ferry ran aground.', PUB).map((d) => d.label)).toEqual(['May 2007']);
    expect(resolveDates('One Friday in the spring the quay flooded.', PUB)).toEqual([]);
    expect(resolveDates('On Sunday, in a speech, the harbour master said so.', PUB).map((d) => d.label)).toEqual(['22 July 2007']);
    expect(resolveDates('He was on a ferry Sunday bound for Vessa.', PUB).map((d) => d.label)).toEqual(['22 July 2007']);
  });
});

describe('spans of no stated length', () => {
  it('GIVEN "the past years", "the next days", "the last years of his life" THEN no date (not a day a year before the report, nor the day after it); a span with its count still is one', () => {
    expect(resolveDates('Her hours at the bakery for the past years have been long.', PUB)).toEqual([]);
    expect(resolveDates('The next days may show whether the ferry runs.', PUB)).toEqual([]);
    expect(resolveDates('In the last years of his life the harbour master wrote poems.', PUB)).toEqual([]);
    expect(resolveDates('The past months have been hard on the quay.', PUB)).toEqual([]);
    expect(resolveDates('In the last two years the quay was rebuilt.', PUB).map((d) => d.label)).toEqual(['25 July 2005 – 25 July 2007']);
    expect(resolveDates('The quay was rebuilt last year.', PUB).map((d) => d.label)).toEqual(['2006']);
  });
});

describe('moments, couples and quarters', () => {
  it('GIVEN "at the last minute", "the next minute", "the last hours of that night" THEN no date (not the day of the report)', () => {
    expect(resolveDates('The ferryman always waits until the last minute to leave the quay.', PUB)).toEqual([]);
    expect(resolveDates('They expected the old pier to fall the next minute.', PUB)).toEqual([]);
    expect(resolveDates('The storm kept the rowers awake through the last hours of that night.', PUB)).toEqual([]);
  });

  it('GIVEN "the last couple of years" THEN the two years up to the report, not a made-up day two years before it', () => {
    expect(resolveDates('In the last couple of years the quay was rebuilt.', PUB).map((d) => d.label)).toEqual(['25 July 2005 – 25 July 2007']);
  });

  it('GIVEN "last quarter", "the next quarter" THEN that quarter of the year, not a day three months away; a quarter of something else is no date', () => {
    expect(resolveDates('Ferry takings fell last quarter.', PUB).map((d) => d.label)).toEqual(['1 April 2007 – 30 June 2007']);
    expect(resolveDates('The yard will build two boats in the next quarter.', PUB).map((d) => d.label)).toEqual(['1 October 2007 – 31 December 2007']);
    expect(resolveDates('The last quarter of an hour of the race was the hardest, she said on Monday.', PUB).map((d) => d.label)).toEqual(['23 July 2007']);
    expect(resolveDates('He has rowed there five times in the past quarter-century.', PUB)).toEqual([]);
  });
});

describe('relative dates under a dateline', () => {
  const page = [
    'Ferry fares',
    'Vessa, Aug. 3 -- The ferry has raised its fares again.',
    'On a crossing last week, I paid twice what I paid in June.',
    'Harbour lights',
    'Port Leith, Ind., Aug. 9 -- The harbour lights were out yesterday.',
  ];
  const published = '2007-08-11';

  it('GIVEN a letter datelined "Vessa, Aug. 3" in a page published on 11 August THEN its "last week" is counted from 3 August; the next letter\'s "yesterday" from its own dateline', () => {
    const times = narrativeTimes(page, published);
    expect(page.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label))).toEqual([
      [],
      ['3 August 2007'],
      ['week of 23 July 2007', 'June 2007'],
      [],
      ['9 August 2007', '8 August 2007'],
    ]);
  });

  it('GIVEN such a page in the knowledge base THEN the timeline gives the week of the letter', () => {
    const kb = tinyKnowledgeBase([article('letters', page, published)]);
    expect(kb.timeline('crossing').map((e) => e.date.label)).toContain('week of 23 July 2007');
  });

  it('GIVEN a page of headed letters where a later letter has no dateline of its own THEN its relative dates count from publication, not from the dateline of the letter before it', () => {
    const letters = [
      'Ferry fares',
      'Vessa, Aug. 3 -- The ferry has raised its fares again.',
      'On a crossing last week, I paid twice what I paid in June.',
      'Harbour lights',
      'The harbour lights were out yesterday.',
      'Port Leith, Aug. 9 -- The quay was flooded yesterday.',
    ];
    const times = narrativeTimes(letters, published);
    expect(letters.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label))).toEqual([
      [],
      ['3 August 2007'],
      ['week of 23 July 2007', 'June 2007'],
      [],
      ['10 August 2007'],
      ['9 August 2007', '8 August 2007'],
    ]);
    const kb = tinyKnowledgeBase([article('letters', letters, published)]);
    expect(kb.timeline('harbour lights').map((e) => e.date.label)).toEqual(['10 August 2007']);
  });

  it('GIVEN a letter datelined "Vessa, Aug. 3" in a page of 11 August THEN a day it writes without its year between the two ("the meeting on Aug. 8") is of that August, not the one before; a day after publication told in the past still is', () => {
    const letter = ['Ferry fares', 'Vessa, Aug. 3 -- The fares went up in June.', 'The ferry meeting on Aug. 8 is too late for us.', 'The ferry sank on Aug. 14.', 'The vote of Aug. 9 came too late.'];
    const times = narrativeTimes(letter, published);
    expect(letter.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label))).toEqual([[], ['3 August 2007', 'June 2007'], ['8 August 2007'], ['14 August 2006'], ['9 August 2007']]);
  });

  it('GIVEN a day without its year a few days after the report, in a sentence that tells nothing past ("The naming of the pier August 13 … is a slight") THEN this year\'s, to come; told in the past, or weeks ahead, still the year before', () => {
    const letter = ['Pier names', 'Vessa, Aug. 8 -- The naming of the pier August 13 after Mayor Vint is a slight to the fishermen.', 'The old pier was named on Aug. 13.', 'The naming of the quay Sept. 20 is a slight too.'];
    const times = narrativeTimes(letter, published);
    expect(letter.map((s, i) => resolveDates(s, published, times[i]).map((d) => d.label))).toEqual([[], ['8 August 2007', '13 August 2007'], ['13 August 2006'], ['20 September 2006']]);
  });

  it('GIVEN a story under one dateline with a subhead THEN the dateline still holds after the subhead', () => {
    const story = ['Vessa, Aug. 3 -- The ferry has raised its fares again.', 'Fares and tides', 'The harbour lights were out yesterday.'];
    const times = narrativeTimes(story, published);
    expect(resolveDates(story[2] as string, published, times[2]).map((d) => d.label)).toEqual(['2 August 2007']);
  });

  it('GIVEN a story with no dateline, or one of the day of publication THEN nothing changes', () => {
    expect(narrativeTimes(['The ferry raised its fares last week.'], published)).toEqual([undefined]);
    expect(narrativeTimes(['VESSA, Aug. 11 (Reuters) - The ferry raised its fares last week.'], published)).toEqual([undefined]);
  });
});

describe('"the weekend" after a weekend the story named', () => {
  it('GIVEN "Next weekend the rowing club will camp at Vessa Point." and then "… the theme for the weekend …" THEN one weekend, the coming one, in both sentences', () => {
    const story = ['Next weekend the rowing club will camp at Vessa Point.', 'Members are bringing tents.', 'Lanterns are the theme for the weekend on the point.'];
    const times = narrativeTimes(story, PUB);
    expect(story.map((s, i) => resolveDates(s, PUB, times[i]).map((d) => d.label))).toEqual([['weekend of 28 July 2007'], [], ['weekend of 28 July 2007']]);
    const kb = tinyKnowledgeBase([article('rowing', story, PUB)]);
    expect(kb.timeline('rowing club').map((e) => e.date.label)).toEqual(['weekend of 28 July 2007', 'weekend of 28 July 2007']);
  });

  it('GIVEN "this weekend … will" in a Saturday\'s or a Sunday\'s paper THEN the weekend it is, not the next one; "next weekend" is still the next', () => {
    expect(resolveDates('The rowing club this weekend will camp at Vessa Point.', '2007-07-28')[0]?.label).toBe('weekend of 28 July 2007');
    expect(resolveDates('This weekend the rowing club will camp at Vessa Point.', '2007-07-29')[0]?.label).toBe('weekend of 28 July 2007');
    expect(resolveDates('Next weekend the rowing club will camp at Vessa Point.', '2007-07-28')[0]?.label).toBe('weekend of 4 August 2007');
    expect(resolveDates('This weekend the rowing club will camp at Vessa Point.', PUB)[0]?.label).toBe('weekend of 28 July 2007');
  });

  it('GIVEN "this weekend" in a weekday\'s paper in a sentence that tells nothing past ("the rowing club camps at the point this weekend") THEN the coming weekend; told in the past, the one before', () => {
    expect(resolveDates('The rowing club camps at Vessa Point this weekend.', PUB)[0]?.label).toBe('weekend of 28 July 2007');
    expect(resolveDates('Did you know the rowing club is selling its old boat this weekend?', PUB)[0]?.label).toBe('weekend of 28 July 2007');
    expect(resolveDates('Police made ten arrests at the quay this weekend.', '2007-07-23')[0]?.label).toBe('weekend of 21 July 2007');
  });

  it('GIVEN "over the weekend" in a story that named no weekend THEN the weekend before publication, as before', () => {
    const story = ['Police made ten arrests over the weekend.'];
    expect(resolveDates(story[0] as string, PUB, narrativeTimes(story, PUB)[0])[0]?.label).toBe('weekend of 21 July 2007');
  });
});
