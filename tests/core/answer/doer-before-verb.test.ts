import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, firstCandidate } from '../../fixtures/inspect.js';

/** Invented stories: two people in one sentence, only one of them doing what is asked. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('critics', ['Ann Hale and Tom Quillon wrote about the theatre for many years.', 'While Hale censors plays only for the young, Quillon would banish all actors from his ideal city.']),
      article('camp', ['The winter camp was cold.', 'Morgan joined the force of Paul Lafitte, who now had command of some 2,000 men at Barren Hill.']),
      article('march', ['The army marched at dawn.', 'On the morning of November 17th, Cornwallis and 2,000 men had left Philadelphia for the river.']),
    ],
    defaultBuildOptions(),
  );
});

const top = (question: string): { answer: string; sentence: string } => firstCandidate(kb, question);

describe('the doer is the name right before the verb', () => {
  it('GIVEN "While Hale censors …, Quillon would banish …" THEN "who would banish" is Quillon, not the name the sentence opens with', () => {
    const result = top('who would banish all actors from his ideal city');
    expect(result.sentence).toContain('Quillon would banish');
    expect(result.answer).toMatch(/Quillon/);
    expect(result.answer).not.toMatch(/Hale/);
  });

  it('GIVEN "Paul Lafitte, who now had command of …" THEN "who had command" is Lafitte', () => {
    expect(top('who had command of 2000 men at barren hill').answer).toMatch(/^Paul Lafitte/);
  });

  it('GIVEN a curated "leader of the riflemen" beside the doer THEN the "of" the role shares with the question does not make him the answer', () => {
    const camp = buildKnowledgeBase(
      [{ ...article('camp2', ['The winter camp was cold.', 'Dan Mogg joined the force of Paul Lafitte, who now had command of some 2,000 men at Barren Hill.']), people: [{ name: 'Dan Mogg', role: 'leader of the riflemen' }, { name: 'Paul Lafitte', role: 'general' }] }],
      defaultBuildOptions(),
    );
    expect(firstCandidate(camp, 'who had command of 2000 men at barren hill').answer).toMatch(/Paul Lafitte/);
  });

  it('GIVEN "Morgan joined the force of Paul Lafitte" and no person called Morgan THEN "who joined the force" is not Lafitte', () => {
    const result = top('who joined the force');
    expect(result.sentence).toContain('Morgan joined');
    expect(result.answer).not.toMatch(/^Paul Lafitte/);
  });
});

describe('a count is not an ordinal', () => {
  it('GIVEN "November 17th, Cornwallis and 2,000 men had left" THEN "how many men left … with cornwallis" is 2,000 men', () => {
    expect(top('how many men left philadelphia with cornwallis').answer).toBe('2,000 men');
  });
});
