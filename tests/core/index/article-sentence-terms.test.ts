import { describe, expect, it } from 'vitest';
import { analyzeTexts } from '../../../src/core/index/article-analysis.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
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

describe('the terms of a run of sentences, and an article\'s first sentence, without a list', () => {
  const sentences = [
    { article: 0, paragraph: 0, index: 0, text: 'The ferry left Larn at dawn.' },
    { article: 0, paragraph: 0, index: 1, text: 'Gulls followed it past the lighthouse.' },
    { article: 0, paragraph: 1, index: 2, text: 'Its captain blew the horn twice.' },
    { article: 1, paragraph: 0, index: 0, text: 'Ticket prices rose by a third.' },
    { article: 1, paragraph: 0, index: 1, text: 'Riders wrote to the harbour board.' },
  ];
  const joined = (index: SentenceIndex, from: number, to: number): number[] => {
    const all: number[] = [];
    for (let id = from; id < to; id++) all.push(...index.sentenceTerms(id));
    return all;
  };

  it('GIVEN sentences of one article THEN one view holds each one\'s terms in turn', () => {
    const index = buildSentenceIndex(sentences);
    for (const [from, to] of [[0, 3], [1, 3], [0, 1], [3, 5], [4, 5]]) expect([...index.sentencesTerms(from as number, to as number)]).toEqual(joined(index, from as number, to as number));
    expect([...index.sentencesTerms(2, 2)]).toEqual([]);
    expect([...index.sentencesTerms(3, 1)]).toEqual([]);
  });

  it('GIVEN a run across two articles or past the last sentence THEN the same terms, joined', () => {
    const index = buildSentenceIndex(sentences);
    expect([...index.sentencesTerms(1, 5)]).toEqual(joined(index, 1, 5));
    expect([...index.sentencesTerms(3, 9)]).toEqual(joined(index, 3, 9));
  });

  it('GIVEN an index that has grown and lost an article THEN the first sentence is the first of the article\'s list', () => {
    const index = new KnowledgeIndex();
    const first = unit(['The council met on Monday.', 'It voted to repair the old school.']);
    const second = unit(['Snow closed the mountain pass.']);
    const empty = unit([]);
    index.update([first, second, empty]);
    index.update([unit(['The council met on Monday.', 'It voted to repair the old school.', 'The mayor praised the vote.']), empty, unit(['A fire damaged the harbour warehouse.'])]);
    const view = index.view();
    for (const article of [0, 1, 2, 3, 9]) expect(view.firstSentence(article)).toBe(view.articleSentences(article)[0]);
    expect([...view.sentencesTerms(view.firstSentence(0) ?? 0, (view.firstSentence(0) ?? 0) + 3)]).toEqual([...view.articleSentenceTerms(0)]);
  });
});

describe('a surname written alone, indexed under the full name the story gives it', () => {
  const stem = (word: string): string => tokenize(word)[0]?.stem ?? '';
  const stemsOf = (texts: string[], people: Parameters<typeof analyzeTexts>[1] = []): string[][] => {
    const a = analyzeTexts(texts, people);
    return texts.map((_, i) => [...a.terms.subarray(a.offsets[i], a.offsets[i + 1])].map((t) => a.stems[t] as string));
  };

  it('GIVEN "Marta Quillon founded the choir" then "Quillon is allergic to cats" THEN the second sentence is found by "marta" too, and its length is unchanged', () => {
    const texts = ['In 1990 Marta Quillon founded the harbor choir.', 'Quillon is allergic to cats.'];
    expect(stemsOf(texts)[1]).toContain(stem('Marta'));
    expect(analyzeTexts(texts).lengths[1]).toBe(analyzeTexts([texts[1] as string]).lengths[0]);
  });

  it('GIVEN two people of one surname, a title, a street or a place THEN no other word is added', () => {
    const terms = stemsOf(['On Monday John Lee and Ann Lee sang.', 'Senator Oduya spoke on Baker Street in New York.', 'Lee left; Oduya stayed; Street works went on; York was quiet.']);
    for (const word of ['John', 'Ann', 'Senator', 'Baker', 'New']) expect(terms[2]).not.toContain(stem(word));
  });

  it('GIVEN a curated person "Ines Barrow" with the alias "Barrow" THEN "Barrow said" is found by "ines", though the story never writes her full name', () => {
    expect(stemsOf(['Barrow said the pier would open in May.'], [{ name: 'Ines Barrow', aliases: ['Barrow'] }])[0]).toContain(stem('Ines'));
  });
});
