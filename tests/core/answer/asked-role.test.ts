import { describe, expect, it } from 'vitest';
import { askedRole, roleHolders, roleOfDoer, roleStanding, sameOffice, type AskedRole } from '../../../src/core/answer/asked-role.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const asked = (question: string): AskedRole => {
  const role = askedRole(question);
  if (!role) throw new Error(`no role in ${question}`);
  return role;
};

describe('the role a "who is the …" question asks for', () => {
  it('GIVEN a question naming an office THEN its nouns and qualifiers are read; none without an office', () => {
    expect(asked('who is the pastor of elm street church')).toEqual({ nouns: new Set(['pastor']), qualifiers: new Set(['elm', 'street', 'church']) });
    expect(asked('who are the ambassadors').nouns).toEqual(new Set(['ambassador']));
    expect(askedRole('who is singing tonight')).toBeUndefined();
  });

  it('GIVEN a role written beside a person THEN it is held only when it is the asked office of the asked body', () => {
    const pastor = asked('who is the pastor of the oak club');
    expect(roleStanding('president of the Oak Club', pastor)).toBe('other');
    expect(roleStanding('pastor of the Elm Street Church', pastor)).toBe('other');
    expect(roleStanding('pastor of the Oak Club', pastor)).toBe('held');
    expect(roleStanding('Oak Club pastor', pastor)).toBe('held');
    expect(roleStanding('youth pastor', pastor)).toBe('unsure');
    expect(roleStanding(undefined, pastor)).toBe('none');
    expect(roleStanding('Harlan', pastor)).toBe('none');
    // A question naming no body takes the office wherever it is held.
    expect(roleStanding('pastor of the Elm Street Church', asked('who is the pastor'))).toBe('held');
  });
});

describe('"who is the <office> of <body>" never answers with a person holding another office', () => {
  const kb = tinyKnowledgeBase([
    article('fund', [
      'The fund was raised by a committee of three.',
      'Thanks go to Ann Lee, president of the Oak Club; Rev. Tom Ward, pastor of the Elm Street Church; and Mrs. Cy Young, regional director of the Harlan League, who asked them to serve.',
      'The committee met on Friday.',
    ]),
  ]);

  it('GIVEN the asked office is held by someone of another body, and the asked body has another office THEN no name is given', () => {
    const { scored } = inspectAsk(kb, 'who is the pastor of the oak club');
    const named = scored.find((s) => s.text.includes('Ann Lee'));
    expect(named?.answer?.answer).not.toMatch(/^(?:Ann Lee|Tom Ward|Cy Young)/);
    expect(named?.answer?.fit).toBeLessThan(0.4);
  });

  it('GIVEN the asked office of the asked body THEN its holder is the answer', () => {
    const { scored } = inspectAsk(kb, 'who is the pastor of the elm street church');
    const best = scored[0];
    expect(best?.text).toContain('Tom Ward');
    expect(best?.answer?.answer).toBe('Tom Ward, pastor of the Elm Street Church');
    expect(best?.answer?.fit).toBe(1);
  });
});

describe('roleHolders', () => {
  const people = [
    { name: 'Ada Vint', role: 'sheriff of Port Kell' },
    { name: 'Tom Hale', role: 'sheriff of Dunmore' },
    { name: 'Ada Vint', role: 'sheriff of Port Kell' },
    { name: 'Lena Ostrow' },
  ];

  it('GIVEN "who is the <office> of <body>" THEN each person whose role writes the office and every word of the body, once', () => {
    expect(roleHolders('who is the sheriff of port kell', people)).toEqual(['Ada Vint']);
    expect(roleHolders('who is the sheriff', people)).toEqual(['Ada Vint', 'Tom Hale']);
    expect(roleHolders('who is the sheriff of glenmore', people)).toEqual([]);
    expect(roleHolders('who is singing tonight', people)).toEqual([]);
  });
});

describe('a role asked with the verb it is named after ("who chairs …", "who directs …")', () => {
  it('GIVEN "who <verb>s" with an office made of the verb THEN that office and what qualifies it; none for a verb no office is made of', () => {
    expect(roleOfDoer('who chairs the quarry board')).toEqual({ nouns: new Set(['chair', 'chairman', 'chairwoman']), qualifiers: new Set(['quarri', 'board']) });
    expect(roleOfDoer('who directs the harbour choir')?.nouns).toEqual(new Set(['director']));
    expect(roleOfDoer('who manages the salt mill')?.nouns).toEqual(new Set(['manag']));
    expect(roleOfDoer('who coached the rowing crew')?.nouns).toEqual(new Set(['coach']));
    expect(roleOfDoer('who fired the first shot')).toBeUndefined();
    expect(roleOfDoer('who is the chairman')).toBeUndefined();
  });

  it('GIVEN an office and the one who holds it named by the same word ("chair", "chairman") THEN one office', () => {
    expect(sameOffice('chair', 'chairman')).toBe(true);
    expect(sameOffice('director', 'direct')).toBe(true);
    expect(sameOffice('chair', 'chief')).toBe(false);
    expect(sameOffice('resid', 'presid')).toBe(false);
    expect(roleStanding('chairman of the Quarry Board', asked('who is the chair of the quarry board'))).toBe('held');
  });

  it('GIVEN the people lists THEN "who chairs the quarry board" finds the one whose role is its chairman', () => {
    const people = [
      { name: 'Ivo Marsh', role: 'chairman of the Quarry Board' },
      { name: 'Tova Reed', role: 'chairman of the Ferry Board' },
      { name: 'Lars Penn', role: 'director of the harbour choir' },
    ];
    expect(roleHolders(roleOfDoer('who chairs the quarry board') as AskedRole, people)).toEqual(['Ivo Marsh']);
    expect(roleHolders('who is the chair of the quarry board', people)).toEqual(['Ivo Marsh']);
    expect(roleHolders(roleOfDoer('who directs the harbour choir') as AskedRole, people)).toEqual(['Lars Penn']);
  });

  it('GIVEN a sentence that writes the curated chairman beside his name THEN "who chairs …" is answered as "who is the chairman of …" is', () => {
    const kb = tinyKnowledgeBase([
      {
        ...article('quarry', [
          'The old quarry on Marl Hill will close at the end of the year, the county said on Monday.',
          'More recently, the chairman of the Quarry Board, Ivo Marsh, told a meeting in Dunmore that the pits might flood if the pumps stop.',
          'The board will meet again in March.',
        ]),
        people: [{ name: 'Ivo Marsh', role: 'chairman of the Quarry Board' }],
      },
    ]);
    for (const question of ['who chairs the quarry board', 'who is the chairman of the quarry board', 'who is the chair of the quarry board']) {
      const { result } = inspectAsk(kb, question);
      expect(result.kind === 'answer' ? result.answer : result.kind).toBe('Ivo Marsh, chairman of the Quarry Board');
    }
  });
});
