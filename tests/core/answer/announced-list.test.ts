import { beforeAll, describe, expect, it } from 'vitest';
import { announcesList, countedList } from '../../../src/core/answer/short/announced.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, inspectAsk } from '../../fixtures/inspect.js';

/** Invented story: a sentence announces a count of things, and the next one names them. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('glazes', [
        'The potter Ivo Saltz of Marrow Lane has written a short guide to glazes.',
        'He seems to use the word glaze in two different ways.',
        'Sometimes he uses it for the coat of ash on a jug, and sometimes for the colour it fires to.',
        'His use of the word kiln is looser still.',
        'The guide sells at the Marrow Lane market on Saturdays.',
      ]),
      article('ferry', ['The ferry to Orkby runs twice a day.', 'Tickets cost four pounds.']),
    ],
    defaultBuildOptions(),
  );
});

describe('a sentence that only announces the list a question asks for', () => {
  it('GIVEN "in what two ways" THEN the words counted are read from the question, and none from a question that counts nothing', () => {
    expect(countedList('in what two ways does saltz use the word glaze')).toEqual(new Set(['wai']));
    expect(countedList('which three states voted first')?.has('state')).toBe(true);
    expect(countedList('what ways does saltz use the word glaze')).toBeUndefined();
  });

  it('GIVEN a sentence that stops at the count ("… in two different ways.", "… in three ways, as follows:") THEN it announces; one that names them does not', () => {
    const counted = countedList('in what two ways does saltz use the word glaze');
    expect(announcesList('He seems to use the word glaze in two different ways.', counted)).toBe(true);
    expect(announcesList('He uses the word glaze in three ways, as follows:', counted)).toBe(true);
    expect(announcesList('He uses the word in two ways: for the ash and for the colour.', counted)).toBe(false);
    expect(announcesList('Two ways lead to the kiln from the lane.', counted)).toBe(false);
    expect(announcesList('He seems to use the word glaze in two different ways.', undefined)).toBe(false);
  });

  it('GIVEN "in what two ways does saltz use the word glaze" THEN the sentence after the announcement, which names the two ways, comes first, never the announcement', () => {
    const { scored, result } = inspectAsk(kb, 'in what two ways does saltz use the word glaze');
    expect(scored.some((s) => s.text.includes('in two different ways'))).toBe(false);
    expect(scored[0]?.text).toContain('Sometimes he uses it for the coat of ash');
    const cited = result.kind === 'answer' ? result.citations[0]?.sentence : result.closest?.citation.sentence;
    expect(cited ?? '').not.toContain('two different ways');
  });

  it('GIVEN a question that counts nothing ("does saltz use the word glaze in two ways") THEN the announcing sentence stays a candidate', () => {
    const { scored } = inspectAsk(kb, 'does saltz use the word glaze in two different ways');
    expect(scored.some((s) => s.text.includes('in two different ways'))).toBe(true);
  });
});
