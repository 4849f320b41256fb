import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../src/core/answer/short-answer.js';
import { extractNumbers } from '../../../src/core/facts/extract-numbers.js';
import { tokenize } from '../../../src/core/text/tokenize.js';

/** The short answer of a what question, with the numbers the sentence gives as its only facts. */
function ask(sentence: string, question: string): string {
  return shortAnswer({
    type: 'what',
    sentence,
    facts: { entities: [], dates: [], numbers: extractNumbers(sentence), hasReason: false },
    questionStems: new Set(tokenize(question).map((t) => t.stem)),
    published: '2020-03-02',
    wantsDuration: false,
  }).answer;
}

describe('what: the measure a sentence ties to a word of the question', () => {
  it('GIVEN "a porosity of 50% and an average pore size of 30" THEN "what is the porosity" is 50%', () => {
    expect(ask('The filter was Grade B, which has a porosity of 50% and an average pore size of 30.', 'what is the porosity of the filter')).toBe('50%');
  });

  it('GIVEN "(weight 155 pounds) … a crate of 71 pounds" THEN the crate\'s weight is the amount tied to "crate", not the one in brackets', () => {
    expect(ask('The photographs show a lamp (weight 155 pounds) resting on a crate of 71 pounds in the hall.', 'weight of the crate')).toBe('71 pounds');
  });

  it('GIVEN "the maximum load was 3.25 tons" THEN "what was the maximum load" is 3.25 tons', () => {
    expect(ask('The maximum load was 3.25 tons, and the bridge held.', 'what was the maximum load')).toBe('3.25 tons');
  });

  it('GIVEN a range ("a temperature range of 77 - 294 kelvin") THEN the whole range', () => {
    expect(ask('Readings were taken over a temperature range of 77 - 294 kelvin.', 'temperature range of the readings')).toBe('77 - 294 kelvin');
    expect(ask('The boat keeps a speed of 30 to 40 knots in calm water.', 'what speed does the boat keep')).toBe('30 to 40 knots');
  });

  it('GIVEN no question word tied to an amount THEN the sentence itself is the answer', () => {
    const sentence = 'The council met 3 times in May to discuss the library.';
    expect(ask(sentence, 'what did the council discuss')).toBe(sentence);
  });

  it('GIVEN the amount the question itself gives THEN it is not the answer', () => {
    const sentence = 'The price of 3 tickets was set by the board.';
    expect(ask(sentence, 'what was the price of 3 tickets')).toBe(sentence);
  });
});
