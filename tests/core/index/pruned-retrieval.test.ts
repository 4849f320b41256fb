import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutIntoPieces, generateArticles } from '../../../src/bench/corpus.js';
import { generateQuestions } from '../../../src/bench/questions.js';
import { queryGroups, type QueryContext, type QueryGroup } from '../../../src/core/answer/query-terms.js';
import { createScratch, retrieve } from '../../../src/core/answer/rank.js';
import { buildFuzzyVocabulary } from '../../../src/core/index/fuzzy-vocabulary.js';
import { retrievePruned } from '../../../src/core/index/pruned-retrieval.js';
import { buildSentenceIndex, type SentenceIndex } from '../../../src/core/index/sentence-index.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import { listBrownFiles, readBrownFile } from '../../../src/io/brown-corpus.js';
import { defaultLexicon } from '../../../src/io/load-knowledge-base.js';

let index: SentenceIndex;
let context: QueryContext;
let questions: string[] = [];

beforeAll(async () => {
  const files = (await listBrownFiles()).filter((_, i) => i % 5 === 0);
  const stories = (await Promise.all(files.map((file) => readBrownFile(file)))).flat();
  const articles = generateArticles(cutIntoPieces(stories), { count: 150, seed: 4 });
  const sentences = articles.flatMap((a, article) => a.paragraphs.flatMap((p) => splitSentences(p)).map((text, i) => ({ article, paragraph: 0, index: i, text })));
  index = buildSentenceIndex(sentences);
  context = { index, fuzzy: buildFuzzyVocabulary(index.vocabulary.keys()), newsLexicon: new Map(), lexicon: defaultLexicon(), nameWords: new Set() };
  questions = generateQuestions(sentences.map((s) => ({ articleId: String(s.article), text: s.text })), 300, 21).map((q) => q.question);
}, 60_000);

describe('pruned retrieval', () => {
  it('GIVEN the bench questions with synonyms and typo corrections THEN the top candidates and scores are exactly the exhaustive pass', () => {
    const scratch = createScratch(index.idLimit);
    let differing = 0;
    for (const question of questions) {
      const groups = queryGroups(question, context);
      for (const limit of [60, 10, 1]) {
        const exhaustive = retrieve(groups, index, scratch, limit);
        const pruned = retrievePruned(groups, index, limit);
        if (JSON.stringify(pruned) !== JSON.stringify(exhaustive)) differing++;
      }
    }
    expect(questions.length).toBeGreaterThan(250);
    expect(differing).toBe(0);
  });

  it('GIVEN random sentences over a tiny vocabulary (many ties) and random weights THEN pruned equals exhaustive', () => {
    const words = ['harbour', 'council', 'bridge', 'ferry', 'vote', 'river', 'mayor', 'strike', 'union', 'pier'];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 120 }),
        fc.array(fc.array(fc.record({ word: fc.constantFrom(...words), weight: fc.double({ min: 0.05, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 70 }),
        (texts, rawGroups, limit) => {
          const small = buildSentenceIndex(texts.map((t, i) => ({ article: 0, paragraph: 0, index: i, text: `${t.join(' ')}.` })));
          const groups: QueryGroup[] = rawGroups.map((alternatives) => ({
            word: alternatives[0]?.word ?? '',
            importance: 1,
            isName: false,
            alternatives: alternatives.flatMap((a) => {
              const term = small.termId(a.word);
              return term === undefined ? [] : [{ terms: [term], weight: a.weight, via: 'exact' as const, word: a.word }];
            }),
          }));
          expect(retrievePruned(groups, small, limit)).toEqual(retrieve(groups, small, createScratch(small.idLimit), limit));
        },
      ),
      { numRuns: 300 },
    );
  });
});
