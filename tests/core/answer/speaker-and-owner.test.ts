import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { quotedSpans } from '../../../src/core/answer/short/person.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, firstCandidate } from '../../fixtures/inspect.js';

/** Invented stories: a quotation that names other people, and a deed done at someone's request. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('critic', [
        'The festival opened with a lecture on the modern stage.',
        'The late Walter Pimm, a drama critic whose work has helped many students, once wrote ": We are all, though many of us would deny it, in far closer sympathy with the circus than with Marlowe and Congreve, or even Sheridan and Goldsmith.',
      ]),
      article('harbour', [
        'The harbour wall was finished in the autumn.',
        'Councillor Ruth Ogden delayed the vote on the harbour wall at the insistence of Admiral Fenwick.',
      ]),
      article('garden', [
        'The garden show drew a large crowd.',
        "Mayor Tomas Reyes opened the new rose garden at Edith Carver's request.",
      ]),
      article('letters', [
        'Ruth Ogden wrote a history of the harbour.',
        'She used the private letters of Paul Fenwick for the chapter on the storm.',
      ]),
    ],
    defaultBuildOptions(),
  );
});

const top = (question: string): { answer: string; sentence: string } => firstCandidate(kb, question);

describe('who said a quotation', () => {
  it('GIVEN a quotation naming other people THEN "who said …" is the one outside it who wrote it', () => {
    const result = top("who said we're closer to the circus than to marlowe");
    expect(result.sentence).toContain('Walter Pimm');
    expect(result.answer).toMatch(/^Walter Pimm/);
  });

  it('reads the spans between quotation marks, an unclosed one to the end', () => {
    expect(quotedSpans('He said "no" and “yes”.')).toEqual([
      [8, 11],
      [17, 21],
    ]);
    expect(quotedSpans('She wrote ": We are all')).toEqual([[10, 23]]);
  });
});

describe('whose something', () => {
  it('GIVEN "at the insistence of Admiral Fenwick" THEN "at whose insistence" is Fenwick, not the doer', () => {
    const result = top('at whose insistence was the vote on the harbour wall delayed');
    expect(result.sentence).toContain('insistence');
    expect(result.answer).toMatch(/Fenwick/);
  });

  it('GIVEN "she used the private letters of Paul Fenwick" THEN "whose private letters" is Fenwick, not "she"', () => {
    const result = top('whose private letters were used for the chapter on the storm');
    expect(result.sentence).toContain('private letters');
    expect(result.answer).toMatch(/^Paul Fenwick/);
  });

  it('GIVEN "at Edith Carver\'s request" THEN "at whose request" is Carver', () => {
    const result = top('at whose request was the rose garden opened');
    expect(result.sentence).toContain('rose garden');
    expect(result.answer).toMatch(/^Edith Carver/);
  });
});
