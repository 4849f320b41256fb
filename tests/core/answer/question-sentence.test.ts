import { beforeAll, describe, expect, it } from 'vitest';
import { withAnswersToQuestions } from '../../../src/core/answer/answer-question.js';
import type { IndexedSentence, SentenceIndex } from '../../../src/core/index/sentence-index.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, inspectAsk } from '../../fixtures/inspect.js';

/** Invented story: a feature that asks its own question and answers it in the next sentence. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('cafe', [
        'The harbour café on Quill Street opened in May.',
        'What does Ada Vell serve the fishermen at the long table?',
        '"Mostly bread and herring -- they need it before the boats go out", says the cook.',
        'The café closes at noon on Sundays.',
      ]),
      article('ferry', ['The ferry to Orkby runs twice a day.', 'Tickets cost four pounds.']),
      article('library', ['The Quillby library has a small budget.', 'What can it buy out of the year\'s crop of nearly 900 new cookbooks?', 'The librarian chooses a dozen.']),
    ],
    defaultBuildOptions(),
  );
});

describe('a sentence that is itself a question', () => {
  it('GIVEN the story asks "What does Ada Vell serve the fishermen at the long table?" and answers in the next sentence THEN that next sentence is the candidate, never the question', () => {
    const { scored, result } = inspectAsk(kb, 'what do the fishermen eat at the long table');
    expect(scored.some((s) => s.text.endsWith('?'))).toBe(false);
    expect(scored[0]?.text).toContain('Mostly bread and herring');
    const cited = result.kind === 'answer' ? result.citations[0]?.sentence : result.closest?.citation.sentence;
    expect(cited ?? '').not.toContain('What does Ada Vell serve');
  });

  it('GIVEN a question sentence that asks something else ("What can it buy out of the year\'s nearly 900 new cookbooks?") THEN it still tells what it takes for granted: "how many new cookbooks" finds it', () => {
    const { scored } = inspectAsk(kb, 'how many new cookbooks come out each year');
    expect(scored[0]?.text).toContain('nearly 900 new cookbooks');
  });

  it('GIVEN a yes/no question THEN a question sentence stays a candidate (it may be what is asked about)', () => {
    const { scored } = inspectAsk(kb, 'does ada vell serve the fishermen at the long table');
    expect(scored.some((s) => s.text.endsWith('?'))).toBe(true);
  });
});

describe('the sentences after questions among the candidates', () => {
  it('GIVEN candidates whose last asks "What …?" THEN each candidate\'s sentence is made once (its text is decoded each time one is made), and the answer after the question joins them', () => {
    const story = ['The kiln at Marrow Lane fired twice a week.', 'Its potter, Ivo Saltz, glazed the jugs blue.', 'What does Ivo Saltz fire the jugs with?', 'Mostly beech wood from the ridge.'];
    const made = new Map<number, number>();
    const index = {
      sentence(id: number): IndexedSentence | undefined {
        made.set(id, (made.get(id) ?? 0) + 1);
        const text = story[id];
        return text === undefined ? undefined : { article: 0, paragraph: 0, index: id, text };
      },
    } as unknown as SentenceIndex;
    const candidates = [0, 1, 2].map((sentence) => ({ sentence, score: 2 - sentence / 10 }));
    expect(withAnswersToQuestions(candidates, index, 'what').map((c) => c.sentence)).toEqual([0, 1, 2, 3]);
    // Sentences 0 and 1 once each; 2 (the question) once for the question word and once beside the next one, 3.
    expect([...made.values()].every((times) => times <= 2)).toBe(true);
    expect([made.get(0), made.get(1), made.get(3)]).toEqual([1, 1, 1]);
  });
});
