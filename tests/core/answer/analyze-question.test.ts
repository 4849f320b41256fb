import { describe, expect, it } from 'vitest';
import { answerKind, definitionSubject, headNoun, whereSubject } from '../../../src/core/answer/analyze-question.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

describe('answerKind', () => {
  it.each([
    ['how-many', 'how much did the new bridge cost', 'money'],
    ['how-many', 'how much did the council pay the builder?', 'money'],
    ['how-many', 'how many trucks were sold', 'count'],
    ['how-many', 'what percentage of voters stayed home', 'percent'],
    ['how-many', 'how long did the strike last', 'duration'],
    ['how-many', 'how old is the new mayor', 'age'],
    ['when', 'how long has she lived there', 'duration'],
    ['when', 'when did the mill close', 'date'],
    ['where', 'where was the trial held', 'place'],
    ['why', 'why did the mayor resign', 'reason'],
    ['who', 'who won the race', 'person'],
    ['who', 'which company built the dam', 'organisation'],
    ['what', 'what is the job of Jane Roe', 'role'],
    ['what', "what is Roe's job", 'role'],
    ['what', "what's jane roe's title?", 'role'],
    ['what', "what was the mayor's position on the bridge", 'other'],
    ['what', 'what was the price of the ticket', 'money'],
  ] as const)('%s question "%s" expects %s', (type, text, kind) => {
    expect(answerKind(type, text, false)).toBe(kind);
  });

  it('GIVEN "who is <name>" about a name only THEN expects a role, not another person', () => {
    expect(answerKind('who', 'who is Jane Roe', true)).toBe('role');
  });
});

describe('analyzeQuestion', () => {
  const kb = tinyKnowledgeBase([article('a', ['The Ferris mill closed on Tuesday after 40 years.'])]);

  it('notes the negation and the numbers an answer must agree with', () => {
    const { analysis } = inspectAsk(kb, 'why did the mill not reopen after 40 years?');
    expect(analysis.negated).toBe(true);
    expect(analysis.numbers).toEqual(['40']);
    expect(analysis.type).toBe('why');
    expect(analysis.kind).toBe('reason');
  });

  it('keeps the question words as groups, without function words', () => {
    const { analysis } = inspectAsk(kb, 'when did the Ferris mill close');
    expect(analysis.groups.map((g) => g.word)).toEqual(['ferris', 'mill', 'close']);
    expect(analysis.groups[0]?.isName).toBe(true);
    expect(analysis.negated).toBe(false);
  });

  it('GIVEN a common word the stories never use but with a rare name among its senses ("kids") THEN no name; a word English writes only as a name ("stalin") is one', () => {
    const kb = tinyKnowledgeBase([article('a', ['Ann Vask has three children and a dog.'])], defaultBuildOptions());
    const isName = (question: string, word: string) => inspectAsk(kb, question).analysis.groups.find((g) => g.word === word)?.isName;
    expect(isName('how many kids does ann vask have', 'kids')).toBe(false);
    expect(isName('did ann vask meet stalin', 'stalin')).toBe(true);
  });

  it('GIVEN "whats the name of the mill\'s foreman" THEN a who question about the foreman; the name of a thing stays a what question', () => {
    const kb = tinyKnowledgeBase([article('a', ["The mill's foreman, Ann Vask, opened the gates."])], defaultBuildOptions());
    expect(inspectAsk(kb, "whats the name of the mill's foreman").analysis.type).toBe('who');
    expect(inspectAsk(kb, "what's the name of the mill's foreman?").analysis.groups.map((g) => g.word)).not.toContain('name');
    expect(inspectAsk(kb, 'what is the name of the mill').analysis.type).toBe('what');
  });

  it('GIVEN a keyword query THEN its head noun says what is wanted: a date, a place', () => {
    const kb = tinyKnowledgeBase([article('a', ['The Ferris mill closed on Tuesday after 40 years.'])], defaultBuildOptions());
    expect(inspectAsk(kb, 'ferris mill closing date').analysis.type).toBe('when');
    expect(inspectAsk(kb, 'ferris mill year built').analysis.type).toBe('when');
    expect(inspectAsk(kb, 'ferris birthplace').analysis.type).toBe('where');
    // A head noun of no such kind, or a yes/no question, stays as it was.
    expect(inspectAsk(kb, 'ferris mill tax rate 1960 budget').analysis.type).toBe('what');
    // A name at the end is what the query is about, not the kind of answer it wants.
    expect(inspectAsk(kb, 'example of a ferris mill in france').analysis.type).toBe('what');
    // The head of "X of Y" is X: "date of the mill closing" asks when, "theme of mill week" does not.
    expect(inspectAsk(kb, 'date of the ferris mill closing').analysis.type).toBe('when');
    expect(inspectAsk(kb, 'theme of ferris mill week').analysis.type).toBe('what');
    expect(inspectAsk(kb, 'is the ferris mill open today').analysis.type).not.toBe('when');
  });

  it('GIVEN a keyword query that ends in a day it names ("tomorrow", "monday") THEN that day is when the thing is, not a date asked for', () => {
    const kb = tinyKnowledgeBase([article('a', ['The Ferris mill closed on Tuesday after 40 years.'])], defaultBuildOptions());
    expect(inspectAsk(kb, 'ferris mill opening hours tomorrow?').analysis.type).not.toBe('when');
    expect(inspectAsk(kb, 'rain in dunmore on monday').analysis.type).not.toBe('when');
    expect(inspectAsk(kb, 'ferris mill closing date').analysis.type).toBe('when');
  });
});

describe('headNoun', () => {
  it('finds the noun a "what/which" question asks for', () => {
    expect(headNoun('which guns were the guards trained on')).toBe('guns');
    expect(headNoun('what kind of music does the band play')).toBe('music');
    expect(headNoun('What type of a boat sank?')).toBe('boat');
  });

  it('finds none when the question word is followed by a verb or a pronoun', () => {
    expect(headNoun('what did the minister say')).toBeUndefined();
    expect(headNoun('what is the plan')).toBeUndefined();
    expect(headNoun('what they wanted')).toBeUndefined();
    // A verb of the past before its object: "what injured the ferryman" asks what did it, of no named kind.
    expect(headNoun('what injured the ferryman')).toBeUndefined();
    expect(headNoun('what flooded his mill')).toBeUndefined();
    // A noun in -ed is still one: "which seed the farmers sow".
    expect(headNoun('which seed did the farmers sow')).toBe('seed');
  });
});

describe('definitionSubject', () => {
  it('finds what "who is X" and "what is X" ask to have described, however typed', () => {
    expect(definitionSubject('who is Dean Rusk?')).toEqual(['dean', 'rusk']);
    expect(definitionSubject("who's ann lee")).toEqual(['ann', 'lee']);
    expect(definitionSubject('whos ann lee')).toEqual(['ann', 'lee']);
    expect(definitionSubject('whats the Pathet Lao')).toEqual(['pathet', 'lao']);
    expect(definitionSubject('what is a tariff?')).toEqual(['tariff']);
  });
  it('gives nothing for other questions and for clauses', () => {
    expect(definitionSubject('what did the mayor say')).toEqual([]);
    expect(definitionSubject('who won the pie contest')).toEqual([]);
    expect(definitionSubject('what is the city council going to do about the old pier')).toEqual([]);
  });
});

describe('the verb "who" is the subject of', () => {
  const kb = tinyKnowledgeBase([article('v', ['The harbour council signed the deal and appointed a master who manufactures units.'])]);
  const verb = (question: string) => inspectAsk(kb, question).analysis.verbStems;

  it('GIVEN "who <verb> …" or "who has <verb> …" THEN that verb', () => {
    expect(verb('who manufactures the packaged units')?.has('manufactur')).toBe(true);
    expect(verb('who has signed the harbour deal')?.has('sign')).toBe(true);
  });

  it('GIVEN "who did X <verb>" (asking for its object), "who is …" or another type THEN none', () => {
    expect(verb('who did the council appoint')).toBeUndefined();
    expect(verb('who is the harbour master')).toBeUndefined();
    expect(verb('when did the council vote')).toBeUndefined();
  });
});

describe('a question for the object of its verb', () => {
  const kb = tinyKnowledgeBase([article('any', ['Ann Lee met Tom Hale in Oslo.'])]);
  it.each([
    ['who did ann lee meet in oslo', true],
    ['whom does she thank', true],
    ['who will she marry', true],
    ['who met tom hale in oslo', false],
    ['who will lead the team', false],
    ['who is ann lee', false],
    ['who had been robbed at the mill', true],
    ['who was shot in oslo', true],
    ['who was the governor', false],
    ['who was born in oslo', true],
    ['who is called the father of the town', false],
    ['who was known as the iron duke', false],
  ])('"%s" asks for the object: %s', (question, expected) => {
    expect(inspectAsk(kb, question).analysis.asksObject).toBe(expected);
  });
});

describe('the thing a "where" question asks the place of', () => {
  it.each([
    ['where was the convention that made a new state', 'convent'],
    ['where was the state convention held', 'convent'],
    ['where did the ship sink', 'ship'],
    ['where is it', undefined],
  ])('"%s" → %s', (question, expected) => {
    expect(whereSubject(question)).toBe(expected);
  });
});
