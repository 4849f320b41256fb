import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { clauseAfterWho } from '../../../src/core/answer/analyze-question.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { article, firstCandidate } from '../../fixtures/inspect.js';

/** Invented stories: a person reports, with a verb of their own, the clause a who-question asks about. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      {
        ...article('ballads', [
          'The old ballads of the valley were long sung at weddings.',
          'Marta Quell suggests that the Norse ballads were copied down by a travelling clerk who knew every verse by heart, and Tobias Renn argues that the miners may have kept their songs in the same manner.',
        ]),
        people: [{ name: 'Marta Quell', role: 'folklorist' }, { name: 'Tobias Renn', role: 'historian' }],
      },
    ],
    defaultBuildOptions(),
  );
});

describe('who-questions about a reported clause', () => {
  it('GIVEN "who <verb> <clause>" THEN the question is read as asking who reports the clause', () => {
    expect(clauseAfterWho(tokenize('who thinks the ballads were copied down by a clerk'))).toBe(true);
    expect(clauseAfterWho(tokenize('who said that the mill had closed'))).toBe(true);
    expect(clauseAfterWho(tokenize('who copied down the ballads'))).toBe(false);
    expect(clauseAfterWho(tokenize('who asked the clerk to copy the ballads'))).toBe(false);
  });

  it('GIVEN "X suggests that <the clause>, and Y argues that …" THEN "who thinks <the clause>" is X, not the whole sentence', () => {
    const result = firstCandidate(kb, 'who thinks the norse ballads were copied down by a clerk');
    expect(result.sentence).toContain('Marta Quell suggests that the Norse');
    expect(result.answer).toMatch(/^Marta Quell, folklorist$/);
  });
});
