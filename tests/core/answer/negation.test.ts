import { describe, expect, it } from 'vitest';
import { negatedStems, negationDropped } from '../../../src/core/answer/negation.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { article, featuresOf, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

describe('negatedStems', () => {
  it('GIVEN a negation THEN the first content word after it is what it bears on', () => {
    expect(negatedStems(tokenize('what did the council not approve'))).toEqual(['approv']);
    expect(negatedStems(tokenize("which crops didn't grow in the dry field"))).toEqual(['grow']);
    expect(negatedStems(tokenize('who is not the mayor and never was'))).toEqual(['mayor']);
  });

  it('GIVEN no negation THEN nothing is negated', () => {
    expect(negatedStems(tokenize('what did the council approve'))).toEqual([]);
  });
});

describe('negationDropped', () => {
  const q = negatedStems(tokenize('what does not help the crops'));

  it('GIVEN a sentence that states the negated word plainly THEN the negation is dropped', () => {
    expect(negationDropped(q, tokenize('Rain helps the crops.'))).toBe(true);
  });

  it('GIVEN a sentence that negates the word too, or does not have it THEN nothing is dropped', () => {
    expect(negationDropped(q, tokenize('Hail does not help the crops.'))).toBe(false);
    expect(negationDropped(q, tokenize('Hail never helps the crops.'))).toBe(false);
    expect(negationDropped(q, tokenize('The crops were sold in May.'))).toBe(false);
  });

  it('GIVEN a question without a negation THEN nothing is dropped', () => {
    expect(negationDropped([], tokenize('Rain helps the crops.'))).toBe(false);
  });
});

describe('negation features of candidates on an invented story', () => {
  const kb = tinyKnowledgeBase([
    article('orchard', [
      'Frost damaged the apple orchard in April.',
      'Early spraying helps the young trees survive a cold spring.',
      'The growers did not harvest the north field this year.',
    ]),
  ]);

  it('GIVEN a question negating what a sentence plainly states THEN that sentence has negationDropped', () => {
    const inspected = inspectAsk(kb, 'what does not help the young trees survive a cold spring?');
    expect(featuresOf(inspected, 'Early spraying helps').negationDropped).toBe(1);
    const plain = inspectAsk(kb, 'what helps the young trees survive a cold spring?');
    expect(featuresOf(plain, 'Early spraying helps').negationDropped).toBe(0);
  });
});
