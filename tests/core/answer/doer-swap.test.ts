import { describe, expect, it } from 'vitest';
import { askedDoer, doerSwapped } from '../../../src/core/answer/doer-swap.js';
import type { QueryGroup } from '../../../src/core/answer/query-terms.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));
const names = (...words: string[]) => (word: string): boolean => words.includes(word);
const NO_GROUPS: QueryGroup[] = [];

describe('a sentence that gives the question\'s verb to another named doer', () => {
  it('GIVEN "when did Norland resume …" THEN its doer is Norland and its verb resume; "who resumed …" names no doer', () => {
    const asked = askedDoer('when did norland resume ferry service', NO_GROUPS, names('norland'));
    expect([...(asked?.doer ?? [])]).toEqual(['norland']);
    expect(asked?.verb.has('resum')).toBe(true);
    expect(askedDoer('who resumed ferry service', NO_GROUPS, names('norland'))).toBeUndefined();
    expect(askedDoer('when did the ferries resume service', NO_GROUPS, names('norland'))).toBeUndefined();
  });

  it('GIVEN another name before the verb THEN swapped; the asked name, a pronoun, a common noun or a passive THEN not', () => {
    const asked = askedDoer('when did norland resume ferry service', NO_GROUPS, names('norland'));
    if (!asked) throw new Error('no doer');
    const q = stems('when did norland resume ferry service');
    const isName = names('norland', 'vestmark');
    expect(doerSwapped(asked, 'Until Vestmark resumed ferry service last Thursday, travellers from Norland waited.', q, isName)).toBe(true);
    expect(doerSwapped(asked, 'The crews said Vestmark had resumed ferry service on Thursday.', q, isName)).toBe(true);
    expect(doerSwapped(asked, 'Norland resumed ferry service on Thursday, a week after Vestmark.', q, isName)).toBe(false);
    expect(doerSwapped(asked, 'Until it resumed ferry service last Thursday, travellers waited in Vestmark.', q, isName)).toBe(false);
    expect(doerSwapped(asked, 'Officials resumed ferry service on Thursday.', q, isName)).toBe(false);
    expect(doerSwapped(asked, 'Ferry service was resumed on Thursday by order of the Vestmark board.', q, isName)).toBe(false);
  });

  it('GIVEN a story where another country resumed the service THEN "when did <the first> resume" is not answered, only shown as closest', () => {
    const kb = buildKnowledgeBase(
      [
        article('ferry', [
          'Ferry crews in Norland returned to work on Monday after a nine-day strike.',
          'The dispute spread across the straits last month.',
          'Until Vestmark resumed ferry service last Thursday, travellers from Norland had waited at the piers for days.',
        ]),
        article('fair', ['The county fair opened on Friday with a parade.']),
      ],
      defaultBuildOptions(),
    );
    const wrong = kb.ask('when did norland resume ferry service');
    expect(wrong.kind).toBe('unknown');
    const right = kb.ask('when did vestmark resume ferry service');
    expect(right.kind === 'answer' ? right.citations[0]?.sentence : right.closest?.citation.sentence).toContain('Until Vestmark resumed');
  });
});

describe('the word after the question\'s names must be a verb', () => {
  it('GIVEN "why did the Fenwick clinic bar the nurse" THEN "clinic" is no verb and no doer is read; with "bar" right after the name it is', () => {
    const isVerb = (word: string): boolean => defaultBuildOptions().lexicon?.isVerb?.(word) === true;
    expect(askedDoer('why did the fenwick clinic bar the nurse', NO_GROUPS, names('fenwick'), isVerb)).toBeUndefined();
    expect(askedDoer('why did fenwick bar the nurse', NO_GROUPS, names('fenwick'), isVerb)?.verb.has('bar')).toBe(true);
  });
});

describe('only a name right before the verb is its doer', () => {
  it('GIVEN a date, a name set off by commas, or a contraction before the verb THEN not swapped', () => {
    const asked = askedDoer('when did norland resume ferry service', NO_GROUPS, names('norland'));
    if (!asked) throw new Error('no doer');
    const q = stems('when did norland resume ferry service');
    const isName = names('norland', 'vestmark');
    expect(doerSwapped(asked, 'Norland, after talks with Vestmark, resumed ferry service on Friday.', q, isName)).toBe(false);
    expect(doerSwapped(asked, 'The Norland line on March 10 resumed ferry service to the islands.', q, isName)).toBe(false);
    expect(doerSwapped(asked, 'The captain said: "We\'ve resumed ferry service since Monday."', q, isName)).toBe(false);
  });
});
