import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../../src/core/index/article-analysis.js';

describe('analyzeTexts names (autocomplete and suggestions)', () => {
  it('GIVEN a title before a name THEN the name is collected without it: no "Mayor Ines" or "CEO Marta Quillon"', () => {
    const { names } = analyzeTexts(['Today Mayor Ines de Barrow opened the pier.', 'Later, the firm’s CEO Marta Quillon spoke.']);
    expect(names).toContain('Ines de Barrow');
    expect(names).toContain('Marta Quillon');
    expect(names.some((name) => /^(?:Mayor|CEO)\b/.test(name) || name === 'Barrow')).toBe(false);
  });

  it('GIVEN an organisation or a single name after a title-like word THEN it is kept whole', () => {
    const { names } = analyzeTexts(['Later the Democratic National Committee met, and so did President Barrow and General Motors.']);
    expect(names).toEqual(expect.arrayContaining(['Democratic National Committee', 'President Barrow', 'General Motors']));
  });

  it('GIVEN a middle initial or a surname with an inner capital THEN the name is one, and its words are name words', () => {
    const { names, nameWords } = analyzeTexts(["It is found in Dara Q. Whitcombe's letter.", "Later McArdle spoke, and so did O'Feeney."]);
    expect(names).toEqual(expect.arrayContaining(['Dara Q. Whitcombe', 'McArdle', "O'Feeney"]));
    expect(nameWords).toEqual(expect.arrayContaining(['dara', 'whitcombe', 'mcardle']));
  });

  it('GIVEN two capitalised words joined by a hyphen ("Harbor-Rail Board") THEN one name, not "Harbor" and "Rail Board"', () => {
    const { names } = analyzeTexts(['Later the Harbor-Rail Board approved the loan.']);
    expect(names).toContain('Harbor-Rail Board');
    expect(names).not.toContain('Harbor');
    expect(names).not.toContain('Rail Board');
  });

  it('GIVEN a capital "A" that opens a sentence or a phrase THEN it is not taken for an initial', () => {
    const { names } = analyzeTexts(['A. Trent spoke first.', 'Later Ines Barrow saw A Tale of Two Cities.']);
    expect(names).not.toContain('Ines Barrow A');
    expect(names).toContain('Ines Barrow');
  });
});

describe('analyzeTexts names inside a curated name', () => {
  it('GIVEN "Hollis Brand and Company" on the people list THEN "Hollis Brand", read from it, is no name of its own; written alone it is', () => {
    const texts = ['At the risk of losing my account at Hollis Brand and Company, I would like to say a word.'];
    const people = [{ name: 'Hollis Brand and Company' }];
    expect(analyzeTexts(texts, people).names).not.toContain('Hollis Brand');
    expect(analyzeTexts(texts).names).toContain('Hollis Brand');
    expect(analyzeTexts([...texts, 'Later Hollis Brand himself came to town.'], people).names).toContain('Hollis Brand');
  });
});
