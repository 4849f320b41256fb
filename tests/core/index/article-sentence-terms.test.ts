import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../../src/core/index/article-analysis.js';
import { buildSentenceIndex, KnowledgeIndex, type IndexUnit, type SentenceIndex } from '../../../src/core/index/sentence-index.js';

/** An article of invented sentences, as the index takes it. */
function unit(texts: readonly string[]): IndexUnit {
  return { analysis: analyzeTexts(texts), count: texts.length, paragraphOf: () => 0, positionOf: (i) => i, textOf: (i) => texts[i] ?? '' };
}

/** What answering reads one sentence at a time: each sentence's term ids, in order. */
function sentenceBySentence(index: SentenceIndex, article: number): number[] {
  return index.articleSentences(article).flatMap((s) => [...index.sentenceTerms(s)]);
}

describe('an article\'s sentence terms in one view', () => {
  it('GIVEN articles of several sentences THEN the one view holds every sentence\'s terms, sentence after sentence', () => {
    const index = buildSentenceIndex([
      { article: 0, paragraph: 0, index: 0, text: 'The mill closed on Friday.' },
      { article: 0, paragraph: 0, index: 1, text: 'Workers said the mill had lost its orders.' },
      { article: 1, paragraph: 0, index: 0, text: 'A new bridge opened over the river.' },
      { article: 1, paragraph: 1, index: 1, text: 'The bridge cost the county four million dollars.' },
      { article: 1, paragraph: 1, index: 2, text: 'Drivers welcomed the shorter route to the mill.' },
    ]);
    for (const article of [0, 1]) {
      expect([...index.articleSentenceTerms(article)]).toEqual(sentenceBySentence(index, article));
      expect(index.articleSentenceTerms(article).length).toBeGreaterThan(5);
    }
    expect([...index.articleSentenceTerms(7)]).toEqual([]);
  });

  it('GIVEN an article that grows, one that is removed and one that is added THEN the view follows each update', () => {
    const index = new KnowledgeIndex();
    const first = unit(['The council met on Monday.', 'It voted to repair the old school.']);
    const second = unit(['Snow closed the mountain pass.', 'Plows cleared it by noon.']);
    index.update([first, second]);
    const grown = unit(['The council met on Monday.', 'It voted to repair the old school.', 'The mayor praised the vote.']);
    const added = unit(['A fire damaged the harbour warehouse.']);
    index.update([grown, added]);
    const view = index.view();
    expect(view.articleSentences(0)).toHaveLength(3);
    for (const article of [0, 1]) expect([...view.articleSentenceTerms(article)]).toEqual(sentenceBySentence(view, article));
    expect([...view.articleSentenceTerms(1)]).toEqual([...view.sentenceTerms(view.articleSentences(1)[0] as number)]);
  });
});
