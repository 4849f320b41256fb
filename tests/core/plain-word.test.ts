import { describe, expect, it } from 'vitest';
import { writesAsPlainWord } from '../../src/core/knowledge-base.js';
import { stem } from '../../src/core/text/tokenize.js';

// The quick reading suggestions use on many sentences a question: the same judgement the tokens give.
describe('writesAsPlainWord', () => {
  const price = stem('price');
  it('a word in lower case, or capitalised alone, is written as a word', () => {
    expect(writesAsPlainWord('The price of oats rose again.', price)).toBe(true);
    expect(writesAsPlainWord('Prices rose at the fair.', price)).toBe(true);
    expect(writesAsPlainWord('"Price", he said, "is all they ask."', price)).toBe(true);
  });
  it('capitalised beside another capitalised word, it is part of a name', () => {
    expect(writesAsPlainWord('Price Tallow opened the fair.', price)).toBe(false);
    expect(writesAsPlainWord('The fair was opened by Gov. Price Tallow on Monday.', price)).toBe(false);
    expect(writesAsPlainWord('Orla Price spoke.', price)).toBe(false);
  });
  it('a capitalised stopword beside it makes no name', () => {
    expect(writesAsPlainWord('The Price was right.', price)).toBe(true);
  });
  it('leaves to the tokens a text that writes the stem only in another form', () => {
    expect(writesAsPlainWord('They were happy at the fair.', stem('happy'))).toBeUndefined();
    expect(writesAsPlainWord('No word of it here.', price)).toBeUndefined();
  });
});
