import { describe, expect, it } from 'vitest';
import { warmUpAnswers } from '../../../src/core/answer/warm-up.js';
import type { AskResult } from '../../../src/core/types.js';
import { article, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const stories = () => [
  article('a', ['Mayor Ann Lee said on Tuesday that the council would reject the harbor plan.', 'The new bridge cost $4 million, the county said.']),
  article('b', ['Talks between the two unions started in Portland on 3 March 2001.', 'Twelve people were hurt when the old pier gave way.'], '2001-03-05'),
];
const questions = ['who said the council would reject the plan?', 'when did the talks start?', 'where did the talks start?', 'how much did the bridge cost?', 'how many people were hurt?'];

describe('warmUpAnswers', () => {
  it('asks each warm-up question once, of every type', () => {
    const asked: string[] = [];
    const unknown = (question: string): AskResult => ({ kind: 'unknown', question, type: 'what', reason: 'no-match', suggestions: [] });
    const count = warmUpAnswers((question) => {
      asked.push(question);
      return unknown(question);
    });
    expect(count).toBe(asked.length);
    expect(new Set(asked).size).toBe(asked.length);
    for (const start of ['who', 'when', 'where', 'how many', 'how much', 'why']) expect(asked.some((q) => q.startsWith(start)), start).toBe(true);
  });

  it('GIVEN a scheduler THEN asks one question per turn it gives, none before the first', () => {
    const turns: Array<() => void> = [];
    const asked: string[] = [];
    const count = warmUpAnswers(
      (question) => {
        asked.push(question);
        return { kind: 'unknown', question, type: 'what', reason: 'no-match', suggestions: [] };
      },
      (run) => turns.push(run),
    );
    expect(asked).toEqual([]);
    for (let turn = 0; turn < turns.length; turn++) {
      (turns[turn] as () => void)();
      expect(asked.length).toBe(turn + 1);
    }
    expect(turns.length).toBe(count);
    expect(asked.length).toBe(count);
  });

  it('GIVEN a knowledge base warmed up THEN its answers are those of one that was not', () => {
    const warmed = tinyKnowledgeBase(stories());
    warmUpAnswers((question) => warmed.ask(question));
    const fresh = tinyKnowledgeBase(stories());
    for (const question of questions) expect(warmed.ask(question), question).toEqual(fresh.ask(question));
  });
});
