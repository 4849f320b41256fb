import { describe, expect, it } from 'vitest';
import { openWordNetLexicon } from '../../src/io/wordnet-lexicon.js';

describe('WordNet lexicon', () => {
  const lexicon = openWordNetLexicon();

  it('knows phrasal verbs in inflected form: "turned down" → reject', () => {
    expect(lexicon.synonyms('turned down')).toContain('reject');
  });

  it('gives the lemma of inflected words and synonyms of the first senses', () => {
    expect(lexicon.synonyms('negotiations')).toEqual(expect.arrayContaining(['negotiation', 'talks']));
    expect(lexicon.synonyms('denied')).toContain('deny');
  });

  it('tells words from non-words (typos are not English words)', () => {
    expect(lexicon.has?.('restore')).toBe(true);
    expect(lexicon.has?.('iranain')).toBe(false);
  });

  it('returns nothing for unknown words, and no proper names as synonyms', () => {
    expect(lexicon.synonyms('xqzv')).toEqual([]);
    expect(lexicon.synonyms('french')).not.toContain('daniel chester french');
  });
});

describe('noun kinds', () => {
  const lexicon = openWordNetLexicon();
  it('tells people, places and times apart, so "which judge" asks who', () => {
    expect(lexicon.nounKind?.('judge')).toBe('person');
    expect(lexicon.nounKind?.('city')).toBe('place');
    expect(lexicon.nounKind?.('year')).toBe('time');
    expect(lexicon.nounKind?.('plan')).toBeUndefined();
  });
});

describe('kinds of things (hypernyms)', () => {
  const lexicon = openWordNetLexicon();
  it('knows a word is a kind of the noun a "which …" question asks for, at any depth', () => {
    expect(lexicon.isA?.('carbines', 'guns')).toBe(true);
    expect(lexicon.isA?.('jazz', 'music')).toBe(true);
    expect(lexicon.isA?.('poodle', 'dog')).toBe(true);
    // "instrument" means a device first; its musical sense is only its sixth.
    expect(lexicon.isA?.('guitar', 'instrument')).toBe(true);
    // An instance counts as its kind: Paris is a city.
    expect(lexicon.isA?.('Paris', 'city')).toBe(true);
  });

  it('says no for other kinds, non-nouns and unknown words', () => {
    expect(lexicon.isA?.('lawyer', 'music')).toBe(false);
    expect(lexicon.isA?.('guns', 'carbine')).toBe(false);
    expect(lexicon.isA?.('quickly', 'music')).toBe(false);
    expect(lexicon.isA?.('flurbishes', 'gun')).toBe(false);
  });
});
