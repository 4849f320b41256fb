import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../src/core/answer/short-answer.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import type { SentenceFacts } from '../../../src/core/types.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));

describe('"who is X" answers from X\'s own role, never with another person', () => {
  const facts: SentenceFacts = {
    entities: [
      { text: 'Ann Lee', name: 'Ann Lee', type: 'person', role: 'Mayor' },
      { text: 'Bo Park', name: 'Bo Park', type: 'person' },
    ],
    dates: [],
    numbers: [],
    hasReason: false,
  };
  const input = { type: 'who' as const, sentence: 'Mayor Ann Lee thanked Bo Park.', facts, published: '2001-05-02', wantsDuration: false, aboutName: true, asksIdentity: true };

  it('GIVEN the sentence gives X a role THEN the answer is X with that role', () => {
    expect(shortAnswer({ ...input, questionStems: stems('who is Ann Lee') })).toMatchObject({ answer: 'Ann Lee, Mayor', fit: 1 });
  });

  it('GIVEN the sentence gives a role only to someone else THEN it is no answer (fit 0), not the other name', () => {
    const result = shortAnswer({ ...input, questionStems: stems('who is Bo Park') });
    expect(result.fit).toBe(0);
    expect(result.answer).not.toContain('Ann Lee,');
  });

  it('GIVEN a story where only another person has a role THEN the engine never names that person', () => {
    const kb = tinyKnowledgeBase([
      article('bridge', ['Mayor Ann Lee opened the harbor bridge on Friday.', 'Bo Park watched from the pier with his family.', 'Lee thanked the builders.']),
    ]);
    const { result } = inspectAsk(kb, 'who is Bo Park?');
    if (result.kind === 'answer') expect(result.answer).toContain('Bo Park');
    const absent = inspectAsk(kb, 'who is Cy Young?');
    expect(absent.result.kind).toBe('unknown');
  });
});
