import { describe, expect, it } from 'vitest';
import { otherTitle, pronounPerson } from '../../../src/core/answer/features.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { article, featuresOf, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const person = (name: string, text = name) => ({ name, text });

describe('pronounPerson', () => {
  it('GIVEN a sentence opening with a pronoun after one that names one person THEN the pronoun is that person', () => {
    expect(pronounPerson(tokenize('She sold the mill in May.'), [], 'Ada Lunn bought a mill.', [person('Ada Lunn')])).toEqual({ name: 'Ada Lunn', sex: 'she' });
    expect(pronounPerson(tokenize('But his brother kept the barn.'), [], 'Ivo Tamm bought a mill.', [person('Ivo Tamm')])).toEqual({ name: 'Ivo Tamm', sex: 'he' });
    expect(pronounPerson(tokenize('In May she sold the mill.'), [], 'Ada Lunn bought a mill.', [person('Ada Lunn')])).toEqual({ name: 'Ada Lunn', sex: 'she' });
  });
  it('GIVEN a pronoun further on in a sentence that names no one THEN it is the person before, unless the sentence speaks of both sexes', () => {
    expect(pronounPerson(tokenize('In 1943 the guild gave her its gold medal.'), [], 'Ada Lunn grew up near Kessel.', [person('Ada Lunn')])).toEqual({ name: 'Ada Lunn', sex: 'she' });
    expect(pronounPerson(tokenize('In 1943 he gave her a medal.'), [], 'Ada Lunn grew up near Kessel.', [person('Ada Lunn')])).toBeUndefined();
  });
  it('GIVEN two people before, a title of the other sex, or a person named before the pronoun THEN it is left unresolved', () => {
    expect(pronounPerson(tokenize('She sold it.'), [], 'Ada Lunn met Vey Oster.', [person('Ada Lunn'), person('Vey Oster')])).toBeUndefined();
    expect(pronounPerson(tokenize('She sold it.'), [], 'Mr. Tam Hale bought a mill.', [person('Tam Hale')])).toBeUndefined();
    expect(pronounPerson(tokenize('In May Ivo said she sold it.'), [person('Ivo Tamm', 'Ivo')], 'Ada Lunn bought a mill.', [person('Ada Lunn')])).toBeUndefined();
    expect(pronounPerson(tokenize('The mill was sold in May.'), [], 'Ada Lunn bought a mill.', [person('Ada Lunn')])).toBeUndefined();
  });
  it('GIVEN a title of the pronoun\'s sex THEN it picks that person out of two', () => {
    expect(pronounPerson(tokenize('She sold it.'), [], 'Mrs. Ada Lunn met Mr. Tam Hale.', [person('Ada Lunn'), person('Tam Hale')])).toEqual({ name: 'Ada Lunn', sex: 'she' });
  });
});

describe('otherTitle', () => {
  it('GIVEN the question\'s title of the other sex before the name THEN true; no title or the same sex THEN false', () => {
    expect(otherTitle('what did mrs lunn buy', { name: 'Ivo Lunn', sex: 'he' })).toBe(true);
    expect(otherTitle('what did Mr. Lunn buy', { name: 'Ada Lunn', sex: 'she' })).toBe(true);
    expect(otherTitle('what did lunn buy', { name: 'Ivo Lunn', sex: 'he' })).toBe(false);
    expect(otherTitle('what did mrs lunn buy', { name: 'Ada Lunn', sex: 'she' })).toBe(false);
  });
});

describe('a pronoun standing for the asked name, on an invented story', () => {
  const kb = tinyKnowledgeBase([
    article('mill', ['Ada Lunn bought the old Kessel mill on the river in 1998.', 'She sold the mill to a cooperative of weavers in May.', 'The weavers dyed wool there all summer.']),
    article('weaver', ['Ada Lunn grew up on a sheep farm near Kessel and moved to Venna at nineteen.', 'Her tapestries of the river soon sold in every gallery of the city.', 'In 1943 the guild gave her its gold medal for a tapestry of the flood.', 'Winning it made Ada Lunn the best known weaver in Venna.']),
    article('boat', ['Ivo Tamm built a green boat in 2003.', 'He sold the boat to a ferryman in June.', 'Mrs. Tamm kept the oars.']),
    article('barn', ['Ada Lunn and Vey Oster bought the old Roda barn in 1998.', 'She sold the barn to a dairy in May.']),
  ]);
  it('GIVEN "She sold the mill" after a sentence naming Ada Lunn alone THEN the sentence covers "ada lunn" as its own', () => {
    const f = featuresOf(inspectAsk(kb, 'who did ada lunn sell the mill to'), 'cooperative of weavers');
    expect(f.unmatchedShare).toBe(0);
    expect(f.covSentence).toBeCloseTo(1);
    // As written, the sentence still lacks the name.
    expect(f.covExact).toBeLessThan(1);
  });
  it('GIVEN "mrs" in the question and "He" for the one person before THEN the name is not credited', () => {
    const f = featuresOf(inspectAsk(kb, 'who did mrs tamm sell the boat to'), 'to a ferryman');
    expect(f.unmatchedShare).toBeGreaterThan(0);
    expect(featuresOf(inspectAsk(kb, 'who did tamm sell the boat to'), 'to a ferryman').unmatchedShare).toBe(0);
  });
  it('GIVEN "her" in a sentence after one that names no one THEN it is the person of the nearest sentence that names anyone', () => {
    const f = featuresOf(inspectAsk(kb, 'what did Ada Lunn win in 1943'), 'gave her its gold medal');
    expect(f.covSentence).toBeGreaterThan(f.covExact);
  });
  it('GIVEN two people in the sentence before THEN "she" is no one of the question', () => {
    const f = featuresOf(inspectAsk(kb, 'who did ada lunn sell the barn to'), 'to a dairy');
    expect(f.unmatchedShare).toBeGreaterThan(0);
  });
  it('GIVEN the asked name only on the story\'s people list ("Mrs. Lunn" in the text, Ada Lunn listed) THEN "She" still covers "ada"', () => {
    const listed = { ...article('listed', ['Mrs. Lunn bought the old Kessel dye works in 1998.', 'She sold the dye works to a guild of weavers in May.']), people: [{ name: 'Ada Lunn', role: 'weaver' }] };
    const withList = tinyKnowledgeBase([listed, article('other', ['Ada Lunn grew up on a sheep farm near Kessel.'])]);
    const f = featuresOf(inspectAsk(withList, 'who did ada sell the dye works to'), 'guild of weavers');
    expect(f.unmatchedShare).toBe(0);
  });
});
