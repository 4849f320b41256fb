import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

describe('a question whose place the sentence gives as another place', () => {
  const kb = buildKnowledgeBase(
    [
      article('storm', [
        'A late winter storm grounded flights across the lakes region on Friday.',
        'The storm delayed 240 airline passengers for three hours in Chicago before the runways were cleared.',
        'Crews worked through the night to clear the snow.',
      ]),
      article('cars', ['Car makers in Detroit reported higher sales in March.']),
    ],
    defaultBuildOptions(),
  );

  it('GIVEN "… in Chicago" THEN "how long … in detroit" is not answered, the sentence at most shown as the closest', () => {
    const result = kb.ask('how long did the storm delay airline passengers in detroit');
    expect(result.kind).toBe('unknown');
    expect(result.kind === 'unknown' ? result.closest?.citation.sentence : undefined).toContain('in Chicago');
  });

  it('GIVEN "… in Chicago" THEN "how long … in chicago" is still answered', () => {
    const result = kb.ask('how long did the storm delay airline passengers in chicago');
    expect(result.kind === 'answer' ? result.citations[0]?.sentence : undefined).toContain('in Chicago');
  });
});
