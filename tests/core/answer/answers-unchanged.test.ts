/**
 * Speed work must not change an answer: the bench's kind of questions, asked of a knowledge base
 * with the lazy fact context (the default) and of the same articles with each sentence's facts
 * worked out from its whole story (`factContext: 'article'`, the path answers took before), give
 * the same results and the same features for every scored candidate.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cutIntoPieces, generateArticles } from '../../../src/bench/corpus.js';
import { generateQuestions, paraphraseQuestions, type BenchQuestion } from '../../../src/bench/questions.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../../src/core/types.js';
import { listBrownFiles, readBrownFile } from '../../../src/io/brown-corpus.js';
import { loadKnowledgeDir } from '../../../src/io/knowledge-dir.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { inspectAsk } from '../../fixtures/inspect.js';

let lazy: KnowledgeBase;
let reference: KnowledgeBase;
let questions: BenchQuestion[];

beforeAll(async () => {
  const own = await Promise.all(['knowledge', 'tests/fixtures/knowledge-e2e', 'tests/fixtures/knowledge-added'].map((dir) => loadKnowledgeDir(dir)));
  // Brown press reportage and editorials (never ca01–ca22), cut and dated as the bench does.
  const files = (await listBrownFiles({ categories: ['a', 'b'] })).slice(0, 12);
  const stories = (await Promise.all(files.map((file) => readBrownFile(file)))).flat();
  const brown = generateArticles(cutIntoPieces(stories), { count: 60, seed: 7 }).map(
    (a, i): Article => ({ id: `brown-${i}`, title: a.title, published: a.published, source: a.source, url: a.url, people: [], paragraphs: a.paragraphs }),
  );
  const articles = [...own.flatMap((o) => o.articles), ...brown];
  const options = defaultBuildOptions();
  lazy = buildKnowledgeBase(articles, options);
  reference = buildKnowledgeBase(articles, { ...options, factContext: 'article' });
  const sentences = articles.flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((text) => ({ articleId: a.id, text }))));
  const plain = generateQuestions(sentences, 120, 11);
  questions = [...plain, ...paraphraseQuestions(plain, (w) => options.lexicon?.synonyms(w) ?? [], 40, 11)];
}, 120_000);

describe('answers are the same with the lazy fact context', () => {
  it('GIVEN the bench kind of questions THEN every result and every candidate feature is the same as from whole stories', () => {
    expect(questions.length).toBeGreaterThan(150);
    let answered = 0;
    for (const { question } of questions) {
      const now = inspectAsk(lazy, question);
      const before = inspectAsk(reference, question);
      expect(now.result, question).toEqual(before.result);
      expect(now.scored.map((s) => [s.sentence, s.rank, s.score, s.answer, s.features]), question).toEqual(before.scored.map((s) => [s.sentence, s.rank, s.score, s.answer, s.features]));
      if (now.result.kind === 'answer' || now.result.kind === 'unknown' && now.result.closest) answered++;
    }
    // Not a vacuous comparison: some questions are answered or get a closest sentence.
    expect(answered).toBeGreaterThan(0);
    // (Two knowledge bases asked 160-odd questions each, every feature compared: ~10 s alone, near
    // the default 30 s on a loaded 2-core machine.)
  }, 120_000);
});
