import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { Article } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';

/** An invented story published on Monday 12 June 1961. */
const story = (id: string, paragraphs: string[]): Article => ({
  id,
  title: `Story ${id}`,
  published: '1961-06-12',
  source: 'Invented Times',
  url: '',
  people: [],
  paragraphs,
});

describe('timeline: "today" with a verb of the present', () => {
  it('GIVEN "today" with a verb of the present that tells a state ("we today are not entitled to …", "the farmer today still lives on …") THEN no event of the report\'s day, though the sentence reports something else', () => {
    const essay = buildKnowledgeBase(
      [
        story('essay', [
          'The harbour had many troubles in the old days.',
          'We today are not entitled to blame the honest men who closed the harbour against the new fleet.',
          'The Vessa farmer today still largely lives on the fish grown in the cold bay.',
        ]),
      ],
      defaultBuildOptions(),
    );
    expect(essay.timeline('')).toEqual([]);
    // What happens that day is still an event: "met … today", "today is expected to", "today has sold".
    const news = buildKnowledgeBase(
      [
        story('news', [
          'The harbour board met in Vessa today to weigh the strike.',
          'The council today is expected to vote on the harbour bill.',
          'The board today has sold the old ferry to a Hull firm.',
        ]),
      ],
      defaultBuildOptions(),
    );
    expect(news.timeline('').map((e) => e.date.label)).toEqual([
      '12 June 1961',
      '12 June 1961',
      '12 June 1961',
    ]);
  });
});
