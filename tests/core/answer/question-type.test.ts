import { describe, expect, it } from 'vitest';
import { asksForDuration, countedNoun, detectQuestionType } from '../../../src/core/answer/question-type.js';

describe('detectQuestionType', () => {
  it.each([
    ['Who turned down the offer?', 'who'],
    ["whose proposal was rejected", 'who'],
    ['which official proposed talks', 'who'],
    ['When did the ambassadors meet?', 'when'],
    ['what year did relations break', 'when'],
    ['how long have they had little contact', 'when'],
    ['how old is the new mayor', 'how-many'],
    ['Where were the talks held?', 'where'],
    ['in which city did they meet', 'where'],
    ['Why did the US reject it?', 'why'],
    ['what caused the war', 'why'],
    ['How many rounds of talks were held?', 'how-many'],
    ['how much money was spent', 'how-many'],
    ['how did he die', 'how'],
    ['What did Iran deny?', 'what'],
    ['tell me about the talks', 'what'],
  ])('"%s" is a %s question', (question, type) => {
    expect(detectQuestionType(question)).toBe(type);
  });

  it('uses the first question word: "when did the man who …" is a when question', () => {
    expect(detectQuestionType('when did the man who proposed talks arrive')).toBe('when');
  });

  it('finds durations and counted nouns', () => {
    expect(asksForDuration('how long did the war last')).toBe(true);
    expect(asksForDuration('when did the war end')).toBe(false);
    expect(countedNoun('how many junior achievement companies are there')).toBe('companies');
    expect(countedNoun('how many years')).toBe('years');
  });
});
