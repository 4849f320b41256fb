import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase, createKnowledgeBuilder } from '../../../src/core/knowledge-base.js';
import { buildSentenceIndex, type IndexedSentence } from '../../../src/core/index/sentence-index.js';
import type { Article } from '../../../src/core/types.js';

const article = (id: string, published: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published, source: 'Test Tribune', url: `https://example.invalid/${id}`, people: [], paragraphs });

describe('sentences made on demand from the index tables', () => {
  it('GIVEN sentences given one by one THEN each id gives back the same article, paragraph, position and text, and an unknown id none', () => {
    const given: IndexedSentence[] = [
      { article: 0, paragraph: 0, index: 0, text: 'The council met on Monday.' },
      { article: 0, paragraph: 2, index: 1, text: 'It voted to close the pier.' },
      { article: 1, paragraph: 0, index: 0, text: 'Ferry services resumed.' },
    ];
    const index = buildSentenceIndex(given);
    given.forEach((sentence, id) => {
      expect(index.sentence(id)).toEqual(sentence);
      expect(index.sentences[id]).toEqual(sentence);
      expect(index.articleOf(id)).toBe(sentence.article);
    });
    expect(index.sentence(3)).toBeUndefined();
    expect(index.sentences[3]).toBeUndefined();
    expect(index.sentences[-1]).toBeUndefined();
    expect(index.articleOf(3)).toBe(-1);
  });

  it('GIVEN a reload that removes a story and adds a newer one THEN every cited sentence is its own story\'s, as in a fresh build', () => {
    const first = [
      article('a', '2024-01-01', ['The harbour commission voted on Thursday.', 'The old ferry pier will close in May.']),
      article('b', '2024-01-02', ['A storm flooded the market square. Shops stayed shut.']),
      article('c', '2024-01-03', ['The mayor proposed a new budget for the port.']),
    ];
    const builder = createKnowledgeBuilder();
    builder.build(first);
    const next = [first[0] as Article, first[2] as Article, article('d', '2024-01-04', ['Ferry tickets will cost more from June.', 'The port authority confirmed it.'])];
    const kb = builder.build(next);
    const fresh = buildKnowledgeBase(next);
    for (const question of ['when will the ferry pier close?', 'what did the mayor propose?', 'who confirmed the ferry tickets?']) {
      expect(JSON.stringify(kb.ask(question))).toEqual(JSON.stringify(fresh.ask(question)));
    }
    expect(kb.keySentences('d', 2).map((c) => [c.article.id, c.sentence, c.paragraph, c.sentenceIndex])).toEqual([
      ['d', 'Ferry tickets will cost more from June.', 0, 0],
      ['d', 'The port authority confirmed it.', 1, 1],
    ]);
  });
});
