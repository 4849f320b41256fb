import { describe, expect, it } from 'vitest';
import { isHonorific, typedAsName, withinOneEdit, withoutHonorific } from '../../../src/core/text/spelling.js';

describe('withinOneEdit', () => {
  it.each([
    ['coursy', 'courcy'],
    ['shrape', 'sharpe'],
    ['sharp', 'sharpe'],
    ['sharppe', 'sharpe'],
    ['vask', 'vask'],
  ])('GIVEN "%s" and "%s", one slip apart THEN true', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(true);
    expect(withinOneEdit(b, a)).toBe(true);
  });

  it.each([
    ['lipton', 'lawrence'],
    ['coursey', 'courcy'],
    ['abcd', 'badc'],
  ])('GIVEN "%s" and "%s", more than one slip apart THEN false', (a, b) => {
    expect(withinOneEdit(a, b)).toBe(false);
  });
});

describe('typedAsName', () => {
  it('GIVEN a name typed in lower case with one letter wrong in a long word THEN it is that name', () => {
    expect(typedAsName('henri de coursy', 'Henri De Courcy')).toBe(true);
    expect(typedAsName('Orrin Vaskk', 'Orrin Vask')).toBe(false); // "Vask" is too short to tell a slip from another name
    expect(typedAsName('marta quilon', 'Marta Quillon')).toBe(true);
  });

  it('GIVEN initials or a title typed without their full stops, or a name without its "Jr." THEN it is that name', () => {
    expect(typedAsName('w h pellow', 'W. H. Pellow')).toBe(true);
    expect(typedAsName('mrs pellow', 'Mrs. Pellow')).toBe(true);
    expect(typedAsName('Ivo B. Tarrant', 'Ivo B. Tarrant, Jr.')).toBe(true);
    expect(typedAsName('Ivo B. Tarrant Sr', 'Ivo B. Tarrant, Jr.')).toBe(false);
    expect(typedAsName('w k pellow', 'W. H. Pellow')).toBe(false);
  });

  it('GIVEN another name, or a word more or less THEN it is not', () => {
    expect(typedAsName('ann lee', 'Anna Lee')).toBe(false);
    expect(typedAsName('henri courcy', 'Henri De Courcy')).toBe(false);
    expect(typedAsName('lawrence lipton', 'D. H. Lawrence')).toBe(false);
  });
});

describe('courtesy titles of a couple\'s list', () => {
  it('GIVEN "Mmes. Pell" or "Messrs Orrin" (the plurals of Mme. and Mr.) THEN the surname alone, as for "Mrs. Pell"', () => {
    expect(withoutHonorific('Mmes. Pell')).toBe('Pell');
    expect(withoutHonorific('Mmes Pell')).toBe('Pell');
    expect(withoutHonorific('Messrs Orrin')).toBe('Orrin');
    expect(isHonorific('Mmes.')).toBe(true);
    expect(withoutHonorific('Mmeson Pell')).toBe('Mmeson Pell');
  });
});
