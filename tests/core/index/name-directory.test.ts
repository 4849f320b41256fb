import { describe, expect, it } from 'vitest';
import { buildNameDirectory, mendNames, spaceInitials } from '../../../src/core/index/name-directory.js';

const names = buildNameDirectory(
  new Map([
    ['Ryan Crocker', 3],
    ['Sean McCormack', 5],
    ['State Department', 2],
    ['Crockett County', 1],
  ]),
);

describe('name directory', () => {
  it('completes a prefix of the name or of any of its words', () => {
    // Whole-name prefixes first, then names with a word starting so.
    expect(names.complete('cro')).toEqual(['Crockett County', 'Ryan Crocker']);
    expect(names.complete('mcc')).toEqual(['Sean McCormack']);
    expect(names.complete('')[0]).toBe('Sean McCormack');
  });

  it('falls back to fuzzy matching for a misspelt name', () => {
    expect(names.complete('mccormak')).toContain('Sean McCormack');
    expect(names.resolve('Croker')).toBe('Ryan Crocker');
  });

  it('GIVEN a name written with a middle initial THEN it is also known exactly without it', () => {
    const withInitial = buildNameDirectory(new Map([['Dara Q. Whitcombe', 1], ['Ryan Crocker', 1]]));
    expect(withInitial.exact('dara whitcombe')).toBe('Dara Q. Whitcombe');
    expect(withInitial.exact('Dara Q. Whitcombe')).toBe('Dara Q. Whitcombe');
    expect(withInitial.exact('dara crocker')).toBeUndefined();
    // The comma before a "Jr." goes with it.
    expect(buildNameDirectory(new Map([['Dara Q. Whitcombe, Jr.', 1]])).exact('dara whitcombe')).toBe('Dara Q. Whitcombe, Jr.');
  });

  it('GIVEN a name with a middle name or accents THEN it is known as people type it', () => {
    const written = buildNameDirectory(new Map([['Orla Maeve Brennick', 2], ['Tomás Ruíz Jr.', 1], ['Bank of Lindow', 1]]));
    expect(written.exact('orla brennick')).toBe('Orla Maeve Brennick');
    expect(written.exact('tomas ruiz')).toBe('Tomás Ruíz Jr.');
    expect(written.exact('Tomás Ruíz')).toBe('Tomás Ruíz Jr.');
    expect(written.complete('tomas')).toEqual(['Tomás Ruíz Jr.']);
    // Not a person's name shortened: a lower-case word inside it.
    expect(written.exact('bank lindow')).toBeUndefined();
    expect(written.exact('orla ruiz')).toBeUndefined();
  });

  it('never returns more than asked', () => {
    expect(names.complete('', 2)).toHaveLength(2);
  });
});

describe('initials typed together', () => {
  const known = new Set(['s. k. ratcliffe', 'j. r. r. tolkien']);
  const isName = (phrase: string): boolean => known.has(phrase.toLowerCase());

  it('GIVEN "s.k. ratcliffe" and a name "S. K. Ratcliffe" THEN the question writes the initials apart', () => {
    expect(spaceInitials('who is s.k. ratcliffe', isName)).toBe('who is s. k. ratcliffe');
    expect(spaceInitials('when was J.R.R.Tolkien born', isName)).toBe('when was J. R. R. Tolkien born');
  });

  it('leaves initials that spell no known name as typed ("u.s. troops")', () => {
    expect(spaceInitials('where were u.s. troops sent', isName)).toBe('where were u.s. troops sent');
  });
});

describe('a name typed with a slip', () => {
  const directory = buildNameDirectory(new Map([['Odile Marchetti', 4], ['Odile Brandt', 2], ['Torvald Henning', 1], ['Torvald Henling', 1]]));
  const vocabulary = new Set(['where', 'was', 'odile', 'marchetti', 'brandt', 'born', 'torvald', 'henning', 'henling', 'who', 'is']);
  const mend = (text: string): string => mendNames(text, (word) => directory.complete(word, 25, false), (word) => vocabulary.has(word));

  it('GIVEN "odile marchetty", a word no article writes, and one name it is a slip of THEN the question writes that name, in the case typed', () => {
    expect(mend('where was odile marchetty born')).toBe('where was odile marchetti born');
    expect(mend('where was Odile Marchetty born?')).toBe('where was Odile Marchetti born?');
  });

  it('leaves a name spelt right, a slip of two names ("torvald henming") and words near no name as typed', () => {
    expect(mend('where was odile marchetti born')).toBe('where was odile marchetti born');
    expect(mend('who is torvald henming')).toBe('who is torvald henming');
    expect(mend('who is odile marketing')).toBe('who is odile marketing');
  });
});
