import { describe, expect, it } from 'vitest';
import { onlyUnreal, unrealSpans } from '../../../src/core/answer/negation.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

const positionsOf = (sentence: string, words: string[]): number[] => tokenize(sentence).flatMap((t, i) => (words.includes(t.word) ? [i] : []));
const words = (sentence: string, spans: [number, number][]): string[] => {
  const tokens = tokenize(sentence);
  return spans.map(([from, to]) => tokens.slice(from, to).map((t) => t.word).join(' '));
};

describe('what a sentence tells only as what did not happen', () => {
  it('GIVEN a condition contrary to fact and what would have followed THEN both are unreal, a clause after a semicolon is not', () => {
    const text = 'Had the council met in May, the bridge would still stand; it fell in June.';
    expect(words(text, unrealSpans(tokenize(text), text))).toEqual(['had the council met in may', 'the bridge would still stand']);
    const perfect = 'The ferry would have sailed on Monday, but the storm came.';
    expect(words(perfect, unrealSpans(tokenize(perfect), perfect))).toEqual(['the ferry would have sailed on monday']);
  });

  it('GIVEN "If X had …, … would still have …" (an adverb before "have") THEN the condition and what would have followed are unreal', () => {
    const text = 'If the council had met in May, the bridge would still have stood.';
    expect(words(text, unrealSpans(tokenize(text), text))).toEqual(['if the council had met in may', 'the bridge would still have stood']);
  });

  it('GIVEN "Had X not …", a plain "had", or a "would" of a later time THEN the event is no unreal one', () => {
    const denied = 'Had the council not met in May, the bridge would have fallen.';
    expect(words(denied, unrealSpans(tokenize(denied), denied))).toEqual(['the bridge would have fallen']);
    const real = 'The harbour council had met in May, and the old bridge would still stand for years.';
    expect(unrealSpans(tokenize(real), real)).toEqual([]);
  });

  it('GIVEN the question\'s words only in the unreal part THEN only unreal; one of them told as fact too THEN not', () => {
    const text = 'Had Mara Quill been elected mayor in 1990, the harbour would have stayed open.';
    expect(onlyUnreal(tokenize(text), positionsOf(text, ['mara', 'quill', 'elected', 'mayor']), text)).toBe(true);
    const fact = 'Mara Quill was elected mayor in 1994, though had she run in 1990 the harbour would have stayed open.';
    expect(onlyUnreal(tokenize(fact), positionsOf(fact, ['mara', 'quill', 'elected', 'mayor']), fact)).toBe(false);
    // Only names matched: nothing to judge.
    expect(onlyUnreal(tokenize(text), positionsOf(text, ['mara', 'quill']), text)).toBe(false);
  });

  it('GIVEN a story that tells of an election only as a condition contrary to fact THEN "what year was X elected" is not answered from it', () => {
    const kb = buildKnowledgeBase(
      [
        article('harbour', [
          'The Brenford harbour closed for good in 1991 after a long decline.',
          'Had Mara Quill been elected mayor of Brenford in 1990, it is just possible that the town, instead of selling the docks, would have kept the harbour open.',
          'Quill later taught history at the county college.',
        ]),
        article('fair', ['The county fair opened on Friday with a parade.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('what year was mara quill elected mayor of brenford');
    expect(result.kind).toBe('unknown');
    // It may still be the closest sentence, under "I'm not sure".
    if (result.kind === 'unknown' && result.closest) expect(result.closest.citation.sentence).toContain('Had Mara Quill');
  });
});
