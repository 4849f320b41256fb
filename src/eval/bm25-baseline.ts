/**
 * Plain BM25 over the same sentences, as a baseline in every evaluation run: the question's content
 * words (Porter stems, no synonyms, no typo correction), the best-scoring sentence cited, never an
 * "I don't know".
 */
import { splitSentenceSpans } from '../core/ingest/split-sentences.js';
import { buildSentenceIndex, type IndexedSentence, type SentenceIndex } from '../core/index/sentence-index.js';
import type { QueryGroup } from '../core/answer/query-terms.js';
import { createScratch, retrieve } from '../core/answer/rank.js';
import { STOPWORDS } from '../core/text/stopwords.js';
import { tokenize } from '../core/text/tokenize.js';
import type { Article } from '../core/types.js';

export interface Baseline {
  /** The top sentence and its article id, or undefined when no word of the question is indexed. */
  top(question: string): { sentence: string; articleId: string } | undefined;
}

export function buildBaseline(articles: readonly Article[]): Baseline {
  const sentences: IndexedSentence[] = [];
  articles.forEach((article, a) => {
    let n = 0;
    article.paragraphs.forEach((paragraph, p) => {
      for (const span of splitSentenceSpans(paragraph)) sentences.push({ article: a, paragraph: p, index: n++, text: span.text });
    });
  });
  const index: SentenceIndex = buildSentenceIndex(sentences);
  const scratch = createScratch(index.idLimit);
  return {
    top(question) {
      const seen = new Set<number>();
      const groups: QueryGroup[] = [];
      for (const t of tokenize(question)) {
        if (STOPWORDS.has(t.word)) continue;
        const term = index.termId(t.stem);
        if (term === undefined || seen.has(term)) continue;
        seen.add(term);
        groups.push({ word: t.word, importance: index.idf(term), isName: false, alternatives: [{ terms: [term], weight: 1, via: 'exact', word: t.word }] });
      }
      const best = retrieve(groups, index, scratch, 1)[0];
      if (!best) return undefined;
      const s = index.sentences[best.sentence] as IndexedSentence;
      return { sentence: s.text, articleId: (articles[s.article] as Article).id };
    },
  };
}
