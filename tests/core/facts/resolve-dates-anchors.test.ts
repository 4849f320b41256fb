import { describe, expect, it } from 'vitest';
import { narrativeTimes, resolveDates } from '../../../src/core/facts/resolve-dates.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';

/** Invented stories, each with its day of publication. */
const labels = (sentence: string, published: string): string[] => resolveDates(sentence, published).map((d) => `${d.text} → ${d.label}`);

describe('resolveDates: what a date counts from', () => {
  it('GIVEN a weekday with the period it fell in ("a rainy Sunday morning last month", "Tuesday last week") THEN a day of that period, not the weekday nearest publication', () => {
    // 3 March 2024 is itself a Sunday: "Sunday morning" alone would be the day of publication; the period dates it.
    expect(labels('On a rainy Sunday morning last month, the Harbour Choir sang on the pier at Vessa.', '2024-03-03')).toEqual(['last month → February 2024']);
    // 14 March 2024 is a Thursday; last week ran from Monday 4 to Sunday 10 March.
    expect(labels('On Tuesday last week the ferry board met at Vessa.', '2024-03-14')).toEqual(['On Tuesday last week → 5 March 2024']);
    expect(labels('The ferry sank on Friday of last week.', '2024-03-14')).toEqual(['on Friday of last week → 8 March 2024']);
    expect(labels('The board meets Tuesday next week.', '2024-03-14')).toEqual(['Tuesday next week → 19 March 2024']);
    // A weekday and a period that are not one phrase stay two dates.
    expect(labels("On Sunday, last month's ferry figures came out.", '2024-03-14')).toEqual(['On Sunday → 10 March 2024', 'last month → February 2024']);
  });

  it('GIVEN words quoted from a writing the sentence dates ("the Courier of last November said …") THEN their "last month" or "yesterday" counts from that writing, not from publication', () => {
    expect(labels('An article in the Vessa Courier of last November says that the ferry board "reported last month that four piers are unsafe".', '2024-02-20')).toEqual([
      'last November → November 2023',
      'last month → October 2023',
    ]);
    expect(labels('The Vessa Courier of March 3 printed a letter saying the ferry "sank yesterday off the point".', '2024-05-20')).toEqual(['March 3 → 3 March 2024', 'yesterday → 2 March 2024']);
    // A writing dated by its month only gives no day: "last week" still counts from publication.
    expect(labels('The Courier of last November wrote that the pier "was painted last week".', '2024-02-20')).toEqual(['last November → November 2023', 'last week → week of 12 February 2024']);
    // A date not of a writing, or words outside the quotation, count from publication.
    expect(labels('The strike began May 3, and the union says it "will end next week".', '2024-05-20')).toEqual(['May 3 → 3 May 2024', 'next week → week of 27 May 2024']);
    expect(labels('The Courier of March 3 said the pier closed last month.', '2024-05-20')).toEqual(['March 3 → 3 March 2024', 'last month → April 2024']);
  });

  it('GIVEN a deadline\'s month and day without a year, still to come in the year of publication THEN the coming one, not the year before\'s', () => {
    // Published 20 November 2023: 31 December is six weeks ahead.
    expect(labels('The board dropped its deadline of December 31 for the new pier at Vessa.', '2023-11-20')).toEqual(['December 31 → 31 December 2023']);
    expect(labels('The closing date is December 15 for bids on the new ferry.', '2023-11-20')).toEqual(['December 15 → 15 December 2023']);
    expect(labels('The board set a target date of December for the pier.', '2023-11-20')).toEqual(['December → December 2023']);
    // Without the deadline, news reports the past: a month and day ahead of publication is last year's.
    expect(labels('The pier at Vessa closed December 31.', '2023-11-20')).toEqual(['December 31 → 31 December 2022']);
    // A deadline already past in the year stays past.
    expect(labels('The board missed its deadline of March 1 for the pier.', '2023-11-20')).toEqual(['March 1 → 1 March 2023']);
  });

  it('GIVEN a weekday closing what an announcement or invitation is of ("an announcement of the harbour club\'s convention Wednesday night") THEN the coming weekday, not the past one', () => {
    // Published Saturday 16 March 2024: the Wednesday before is the 13th, the next the 20th.
    expect(labels("We have just received an announcement of the harbour club's spring convention Wednesday night in the Vessa town hall.", '2024-03-16')).toEqual(['Wednesday night → 20 March 2024']);
    expect(labels('Every member got an invitation to the ferry board dinner Friday.', '2024-03-16')).toEqual(['Friday → 22 March 2024']);
    // The day an announcement was made, or one the noun does not govern, is still the past one.
    expect(labels('An announcement made Wednesday said the dinner was off.', '2024-03-16')).toEqual(['Wednesday → 13 March 2024']);
    expect(labels('The club mailed its invitations Wednesday.', '2024-03-16')).toEqual(['Wednesday → 13 March 2024']);
  });
  it('GIVEN a memoir that sets its telling on a day of its own ("On that grey, windy March day we …") THEN that day is of its month, and its later "yesterday" and "today" count from it: no day of the calendar', () => {
    const story = [
      'Our first day on the island of Vessa was not a quiet one.',
      'On that grey, windy March day we stood on the quay to cheer the lifeboat crew.',
      'We walked to the lighthouse after the feast.',
      'The keeper showed us his logbook and his lamp.',
      'Just yesterday we had sailed past his rock in a fishing boat.',
      'The lamp was lit yesterday for the last time, he told us.',
    ];
    const times = narrativeTimes(story, '1962-08-20');
    const labelsAt = (i: number): string[] => resolveDates(story[i] ?? '', '1962-08-20', times[i]).map((d) => `${d.text} → ${d.label}${d.start === undefined ? ' (no day)' : ''}`);
    expect(labelsAt(1)).toEqual(['March → March 1962']);
    expect(labelsAt(4)).toEqual(['yesterday → yesterday (no day)']);
    expect(labelsAt(5)).toEqual(['yesterday → yesterday (no day)']);
    // On a timeline: the March day, and no "yesterday" at the day before publication.
    const kb = buildKnowledgeBase([{ id: 'vessa', title: 'Our days on Vessa', published: '1962-08-20', source: 'Invented Monthly', url: '', people: [], paragraphs: [story.join(' ')] }], defaultBuildOptions());
    expect(kb.timeline('').map((e) => e.date.label)).toEqual(['March 1962']);
    // A news story that names no day of its own still counts its "yesterday" from publication.
    expect(resolveDates('The lamp was lit yesterday for the last time.', '1962-08-20', narrativeTimes(['In March the keeper retired.', 'The lamp was lit yesterday for the last time.'], '1962-08-20')[1]).map((d) => d.start)).toEqual(['1962-08-19']);
  });
  it('GIVEN a month written as a day that opens the sentence ("One June morning …", "That April night …") THEN it is a day of that month, on the timeline, and the story is told from it; "Each June morning" is a habit', () => {
    expect(labels('One June morning the ferry from Tarn ran aground on the bar.', '1962-09-20')).toEqual(['June morning → June 1962']);
    expect(labels('That April night the lamp on the rock failed.', '1962-09-20')).toEqual(['April night → April 1962']);
    expect(labels('Each June morning the ferry from Tarn leaves at six.', '1962-09-20')).toEqual([]);
    const story = [
      'Our summer on the island of Vessa began badly.',
      'One June morning the ferry from Tarn ran aground on the bar.',
      'We waited on the quay with the keeper and his dog.',
      'Just yesterday we had sailed past his rock in a fishing boat.',
      'One day in July the keeper took us out to the lamp.',
    ];
    const kb = buildKnowledgeBase([{ id: 'vessa-summer', title: 'A summer on Vessa', published: '1962-09-20', source: 'Invented Monthly', url: '', people: [], paragraphs: [story.join(' ')] }], defaultBuildOptions());
    expect(kb.timeline('vessa').map((e) => `${e.date.label}: ${e.citation.sentence.slice(0, 16)}`)).toEqual(['June 1962: One June morning', 'July 1962: One day in July ']);
  });
});

