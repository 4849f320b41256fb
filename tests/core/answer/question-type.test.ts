import { describe, expect, it } from 'vitest';
import { asksForDuration, countedNoun, detectQuestionType, mendQuestionWord } from '../../../src/core/answer/question-type.js';

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
    expect(countedNoun('how many men left the city with the general')).toBe('men');
    expect(countedNoun('how many field guns were captured')).toBe('guns');
    expect(countedNoun('how much money did they raise')).toBe('money');
    expect(countedNoun('how many years')).toBe('years');
  });
});

describe('mendQuestionWord', () => {
  // A dictionary that knows a few words, as WordNet would.
  const english = new Set(['hat', 'is', 'the', 'harbour', 'did', 'they', 'meet', 'say', 'he']);
  const lexicon = { has: (word: string) => english.has(word) };

  it.each([
    ['wher is the harbour', 'where is the harbour'],
    ['whn did they meet', 'when did they meet'],
    ['wehn did they meet', 'when did they meet'],
    ['wat did he say', 'what did he say'],
    ['hw did they meet', 'how did they meet'],
    ['how meny did they meet', 'how many did they meet'],
    ['whos the harbour master', "who's the harbour master"],
    ['whats the harbour fee', "what's the harbour fee"],
    ['hw lnog did they meet', 'how long did they meet'],
    ['how tal is the steeple', 'how tall is the steeple'],
    ['how hgih is the dam', 'how high is the dam'],
    ['hwo old is the ferryman', 'how old is the ferryman'],
    ['hwo many barges sank', 'how many barges sank'],
  ])('GIVEN "%s" THEN "%s", whose type is that of the word meant', (typed, meant) => {
    expect(mendQuestionWord(typed, lexicon)).toBe(meant);
    expect(detectQuestionType(mendQuestionWord(typed, lexicon))).toBe(detectQuestionType(meant));
  });

  it.each([
    ['hat did he say', 'an English word'],
    ['hwo did they meet', 'as near to "how" as to "who"'],
    ['where is the harbour', 'no slip'],
    ['harbour fees', 'far from every question word'],
  ])('GIVEN "%s" (%s) THEN it is left as typed', (typed) => {
    expect(mendQuestionWord(typed, lexicon)).toBe(typed);
  });

  it('GIVEN no dictionary THEN nothing is mended (a name may look like a slip)', () => {
    expect(mendQuestionWord('wher is the harbour', undefined)).toBe('wher is the harbour');
  });
});
