import { describe, expect, it } from 'vitest';
import { addsToQuestion } from '../../../src/core/answer/answer-question.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));

describe('a sentence made only of the question\'s words answers nothing', () => {
  it('GIVEN a heading that repeats the question THEN it adds nothing; a sentence with one more word does', () => {
    expect(addsToQuestion('Zolamine hydrochloride.', stems('what is zolamine hydrochloride'))).toBe(false);
    expect(addsToQuestion('Zolamine hydrochloride is a tranquilizer.', stems('what is zolamine hydrochloride'))).toBe(true);
  });

  it('GIVEN a story whose heading repeats the question THEN the heading is neither the answer nor the closest sentence', () => {
    const kb = buildKnowledgeBase(
      [
        article('feed', ['Feed additives for cattle are many and new ones come every year.', 'Zolamine hydrochloride.', 'It is a tranquilizer given to calves before they are shipped to market.']),
        article('fair', ['The county fair opened on Friday with a parade.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('what is zolamine hydrochloride');
    const cited = result.kind === 'answer' ? result.citations[0]?.sentence : result.closest?.citation.sentence;
    expect(cited).not.toBe('Zolamine hydrochloride.');
  });

  it('GIVEN a sentence of the question\'s words whose "she" the sentence before names THEN it still answers "who said …"', () => {
    const kb = buildKnowledgeBase([article('pier', ['The pier reopened on Tuesday, said Ann Quell, the harbour master.', '“It is safe now,” she said.'])], defaultBuildOptions());
    const inspected = kb.ask('who said the pier is safe now?');
    expect(JSON.stringify(inspected)).toContain('“It is safe now,” she said.');
  });

  it('GIVEN a yes/no question a sentence of its own words confirms ("is hot rodding a science") THEN that sentence is still shown', () => {
    const kb = buildKnowledgeBase([article('cars', ['Hot rodding is a science.', 'Every part of the engine is measured before it is changed.'])], defaultBuildOptions());
    expect(JSON.stringify(kb.ask('is hot rodding a science'))).toContain('Hot rodding is a science.');
  });
});
