import { beforeAll, describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../src/core/answer/short-answer.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import type { EntityMention, KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, firstCandidate } from '../../fixtures/inspect.js';

/** Invented stories in which the doer of a deed is written "he" or "she", the name one or more sentences before. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('museum', [
        'The town of Marlow opened its maritime museum on Saturday.',
        "Edith Carver, a retired ship's captain, spent ten years collecting the exhibits. She founded the Marlow Maritime Society in 1998 and raised the money for the building from local families.",
      ]),
      article('bridge', [
        'Work on the new footbridge over the Tarn began in the spring.',
        'Council engineer Tomas Reyes drew up the first plans. The design was later changed twice.',
        'He chose weathering steel for the deck so that it would need no paint.',
      ]),
      article('ferry', [
        'Harbour master Ines Okafor announced the new ferry timetable at the quay.',
        '"From June, Captain Lund will sail the boat twice a day," she said.',
      ]),
      article('theatre', [
        'The play went on without a pause.',
        'Mara Quint had been in the green room.',
        'The noise had brought her into the wings.',
        'Since she could not act, she was the first person to carry a chair to the box, for Miss Orme, who had asked for it.',
      ]),
      article('orchard', [
        'Ruth Ogden met Paul Fenwick at the county fair.',
        'She planted the cider orchard on the hill above the village.',
      ]),
    ],
    defaultBuildOptions(),
  );
});

const top = (question: string): { answer: string; sentence: string } => firstCandidate(kb, question);

describe('who did it, when the sentence calls the doer "he" or "she"', () => {
  it('GIVEN "She founded the society and raised the money" THEN "who raised the money" is the woman named just before, not the society', () => {
    const result = top('who raised the money for the building');
    expect(result.sentence).toContain('raised the money');
    expect(result.answer).toBe('Edith Carver, retired ship\'s captain ("She")');
  });

  it('GIVEN the name two sentences back, past a sentence naming no one THEN "he" is that person', () => {
    const result = top('who chose weathering steel for the deck');
    expect(result.sentence).toContain('weathering steel');
    expect(result.answer).toMatch(/^Tomas Reyes, .*\("He"\)$/);
  });

  it('GIVEN two people in the sentence before THEN "she" is not guessed: the sentence itself is the answer', () => {
    const result = top('who planted the cider orchard');
    expect(result.sentence).toContain('cider orchard');
    expect(result.answer).toBe(result.sentence);
  });
});

describe('who said it, when the quotation is followed by "she said"', () => {
  it('GIVEN `"…," she said` after a sentence naming one person THEN "who said" is that person, not the name quoted', () => {
    const result = top('who said the boat would sail twice a day');
    expect(result.sentence).toContain('twice a day');
    expect(result.answer).toMatch(/^Ines Okafor\b.*\("she"\)$/);
  });
});

describe('whose deed a second verb is', () => {
  const lee: EntityMention = { text: 'Ann Lee', name: 'Ann Lee', type: 'person' };
  const ask = (sentence: string, question: string): string =>
    shortAnswer({
      type: 'who',
      sentence,
      facts: { entities: [], dates: [], numbers: [], hasReason: false },
      questionStems: new Set(tokenize(question).map((t) => t.stem)),
      published: '2020-03-02',
      wantsDuration: false,
      antecedent: (pronoun) => (pronoun === 'she' ? lee : undefined),
    }).answer;

  it('GIVEN "In 1998, she … and raised …" THEN the opening "she" did both', () => {
    expect(ask('In 1998, she opened the shop and raised the prices.', 'who raised the prices')).toBe('Ann Lee ("she")');
  });

  it('GIVEN a name of its own before the second verb ("she opened the shop and Tom Hale raised …") THEN "she" is not its doer', () => {
    expect(ask('She opened the shop in 1998 and Tom Hale raised the prices.', 'who raised the prices')).not.toContain('Ann Lee');
  });

  it('GIVEN a clause of its own before the second verb ("she said the board … and raised …") THEN "she" is not taken for its doer', () => {
    const sentence = 'She said the board approved the plan and raised the fees.';
    expect(ask(sentence, 'who raised the fees')).not.toContain('Ann Lee');
  });
});

describe('"she was the first person to …"', () => {
  it('GIVEN "she was the first person to carry a chair to the box, for Miss Orme" THEN "who first carried a chair to the box" is the woman named before, not Miss Orme', () => {
    expect(top('who first carried a chair to the box').answer).toMatch(/^Mara Quint/);
  });
});
