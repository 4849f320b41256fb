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

describe('a question whose organisation the sentence gives as another of the same words', () => {
  const kb = buildKnowledgeBase(
    [
      article('budget', ['Senators argued over the navy budget all week.', 'The Senate Armed Services Committee approved the carrier budget on Tuesday after a long debate.', 'The vote was close.']),
      article('bridge', ['The Second Avenue Bridge reopened to traffic on Monday after repairs.']),
    ],
    defaultBuildOptions(),
  );

  it('GIVEN "The Senate Armed Services Committee approved …" THEN "when did the senate finance committee approve …" is not answered', () => {
    for (const question of ['when did the senate finance committee approve the carrier budget', 'when did the Senate Finance Committee approve the carrier budget']) {
      const result = kb.ask(question);
      expect(result.kind, question).toBe('unknown');
      expect(result.kind === 'unknown' ? result.closest?.citation.sentence : undefined).toContain('Armed Services');
    }
  });

  it('GIVEN the same sentence THEN the committee asked in full, in part or by its own words is still answered', () => {
    for (const question of ['when did the senate armed services committee approve the carrier budget', 'when did the senate committee approve the carrier budget', 'when did the armed services committee approve the carrier budget']) {
      const result = kb.ask(question);
      expect(result.kind === 'answer' ? result.citations[0]?.sentence : undefined, question).toContain('Armed Services');
    }
    const bridge = kb.ask('when did the second avenue bridge reopen');
    expect(bridge.kind).toBe('answer');
  });
});

describe('a place typed in lower case whose word has a common sense too', () => {
  const kb = buildKnowledgeBase(
    [article('storm', ['A storm hit the coast on Friday.', 'The storm delayed 240 passengers for three hours in Berlin before the runways were cleared.', 'Crews cleared the snow by dawn.'])],
    defaultBuildOptions(),
  );

  it('GIVEN "… in Berlin" THEN "how long … in china" (china: porcelain too) is not answered, the sentence at most the closest', () => {
    for (const question of ['how long did the storm delay passengers in china', 'how long did the storm delay passengers in japan']) {
      const result = kb.ask(question);
      expect(result.kind, question).toBe('unknown');
    }
  });

  it('GIVEN "… in Berlin" THEN "… in berlin" is answered, and "in town" is no name of a place', () => {
    const result = kb.ask('how long did the storm delay passengers in berlin');
    expect(result.kind === 'answer' ? result.citations[0]?.sentence : undefined).toContain('in Berlin');
    expect(kb.ask('how long did the storm delay passengers in town').kind).toBe('answer');
  });
});
