import { deserialize, serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutIntoPieces, generateArticles } from '../../../src/bench/corpus.js';
import { generateQuestions } from '../../../src/bench/questions.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import { buildKnowledgeBase, createKnowledgeBuilder } from '../../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../../src/core/types.js';
import { listBrownFiles, readBrownFile } from '../../../src/io/brown-corpus.js';
import { articleHash } from '../../../src/io/knowledge-index-store.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { inspectAsk } from '../../fixtures/inspect.js';

let pool: Article[] = [];

beforeAll(async () => {
  const files = (await listBrownFiles()).filter((_, i) => i % 6 === 0);
  const stories = (await Promise.all(files.map((file) => readBrownFile(file)))).flat();
  pool = generateArticles(cutIntoPieces(stories), { count: 90, seed: 12 }).map((a, i) => ({
    id: `bench-${String(i).padStart(3, '0')}`,
    title: a.title,
    published: a.published,
    source: a.source,
    url: a.url,
    people: [],
    paragraphs: a.paragraphs,
  }));
}, 60_000);

/** Everything a user can get out of a knowledge base for the bench questions of its sentences. */
function observable(kb: KnowledgeBase): string[] {
  const sentences = kb.articles.flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((text) => ({ articleId: a.id, text }))));
  const questions = generateQuestions(sentences, 150, 99);
  const names = kb.complete('name', '', 5);
  return [
    ...questions.map((q) => `${q.question} → ${JSON.stringify(kb.ask(q.question))}`),
    JSON.stringify(kb.timeline('')),
    JSON.stringify(kb.timeline('city council')),
    JSON.stringify(names),
    ...names.map((name) => JSON.stringify(kb.profile(name))),
    JSON.stringify(kb.sources()),
    JSON.stringify(kb.articles.slice(0, 5).map((a) => kb.keySentences(a.id, 3))),
  ];
}

/** The candidates each bench question retrieves, in rank order, with their scores and features. */
function candidates(kb: KnowledgeBase): string[] {
  const sentences = kb.articles.flatMap((a) => a.paragraphs.flatMap((p) => splitSentences(p).map((text) => ({ articleId: a.id, text }))));
  return generateQuestions(sentences, 60, 7).map((q) => {
    const { result, scored } = inspectAsk(kb, q.question);
    const cite = (s: (typeof scored)[number]): string => `${kb.articles[s.article]?.id ?? '?'}: ${s.text}`;
    return `${q.question} → ${JSON.stringify([result.kind, ...scored.map((s) => [cite(s), s.rank, s.score, s.features])])}`;
  });
}

/** Articles published after every article of the pool: each goes before all others. */
function newest(articles: readonly Article[], from: number): Article[] {
  return articles.map((a, i) => ({ ...a, id: `late-${String(from + i).padStart(3, '0')}`, published: `2099-01-${String(1 + ((from + i) % 28)).padStart(2, '0')}` }));
}

describe('incremental index', () => {
  it('GIVEN reloads that outgrow the spare ids (a story tripled, new stories first, most stories removed) THEN answers and candidates equal a fresh build', () => {
    const options = defaultBuildOptions();
    // Names read at indexing, as a persisted index does; the fresh builds read them when needed.
    const builder = createKnowledgeBuilder({ ...options, mentionTables: true });
    const first = pool.slice(0, 40);
    builder.build(first);
    const expectSame = (articles: readonly Article[]): void => {
      const kb = builder.build(articles);
      const fresh = buildKnowledgeBase(articles, options);
      expect(candidates(kb)).toEqual(candidates(fresh));
      expect(observable(kb)).toEqual(observable(fresh));
    };

    // An edit in place (one word): it fits in its own ids, nothing else moves.
    const story = first[12] as Article;
    const reworded = { ...story, paragraphs: story.paragraphs.map((p) => p.replace(/\bthe\b/, 'a')) };
    let current = first.map((a) => (a === story ? reworded : a));
    expectSame(current);
    expect(builder.lastBuild).toMatchObject({ analysed: 1, removed: 1, moved: 0, compacted: false });

    // The story three times as long, and a batch of stories newer than all: neighbours make room.
    const grown = { ...reworded, paragraphs: [...reworded.paragraphs, ...reworded.paragraphs, ...reworded.paragraphs] };
    current = [...newest(pool.slice(40, 75), 0), ...current.map((a) => (a === reworded ? grown : a))];
    expectSame(current);
    expect(builder.lastBuild.moved).toBeGreaterThan(0);

    // Most stories removed: the ids are laid out afresh, and still answer as a fresh build.
    current = [...current.slice(0, 3), ...current.slice(-3), ...newest(pool.slice(75, 78), 40)];
    expectSame(current);
    expect(builder.lastBuild.compacted).toBe(true);

    // And grown again after compaction.
    current = [...current, ...pool.slice(78, 90)];
    expectSame(current);
  }, 180_000);


  it('GIVEN an index restored from its saved form THEN a reload after an edit, an add and a remove answers as a fresh build', () => {
    const options = defaultBuildOptions();
    const saved = createKnowledgeBuilder({ ...options, keyOf: articleHash, mentionTables: true });
    saved.build(pool.slice(0, 30));
    // Through the bytes the index file holds: every buffer copied, views rebuilt.
    const snapshot = deserialize(serialize(saved.snapshot())) as ReturnType<typeof saved.snapshot>;
    const builder = createKnowledgeBuilder({ ...options, keyOf: articleHash, mentionTables: true });
    expect(builder.restore(snapshot)).toBe(true);
    // Restored as saved, names and all, before anything changes.
    expect(observable(builder.build(snapshot.articles.map((entry) => entry.article)))).toEqual(observable(buildKnowledgeBase(pool.slice(0, 30), options)));
    const restored = snapshot.articles.map((entry) => entry.article);
    const story = restored[4] as Article;
    const next = [...restored.filter((_, i) => i !== 9).map((a) => (a === story ? { ...a, paragraphs: [...a.paragraphs, 'The ferry pier closed for good on Friday.'] } : a)), ...newest(pool.slice(30, 33), 90)];
    const kb = builder.build(next);
    expect(builder.lastBuild).toMatchObject({ kept: 28, analysed: 4, removed: 2 });
    expect(candidates(kb)).toEqual(candidates(buildKnowledgeBase(next, options)));
  }, 120_000);

  it('GIVEN a saved index whose names do not fit its articles (a corrupt file) THEN it is not restored', () => {
    const saved = createKnowledgeBuilder({ ...defaultBuildOptions(), keyOf: articleHash, mentionTables: true });
    saved.build(pool.slice(0, 5));
    const good = saved.snapshot();
    expect(createKnowledgeBuilder({ keyOf: articleHash }).restore(deserialize(serialize(good)) as typeof good)).toBe(true);
    const bad = deserialize(serialize(good)) as typeof good;
    // A role said to be the article's string after its last.
    bad.mentionRows.values[2] = 1 + (bad.mentionStringStarts[1] as number) - (bad.mentionStringStarts[0] as number);
    expect(createKnowledgeBuilder({ keyOf: articleHash }).restore(bad)).toBe(false);
    const short = deserialize(serialize(good)) as typeof good;
    short.mentionOffsets.offsets[1] = (short.mentionOffsets.offsets[1] as number) - 1;
    expect(createKnowledgeBuilder({ keyOf: articleHash }).restore(short)).toBe(false);
  });

  it('GIVEN files changed, added and removed across reloads THEN answers are exactly those of a full build of the same files', () => {
    const options = defaultBuildOptions();
    const builder = createKnowledgeBuilder(options);
    const first = pool.slice(0, 60);
    builder.build(first);

    // One file edited (a sentence added, one word changed), one removed from the middle, new ones added.
    const edited = first.map((a, i) =>
      i === 7 ? { ...a, paragraphs: [...a.paragraphs, 'The harbour commission voted on Thursday to close the old ferry pier.'] } : i === 30 ? { ...a, paragraphs: a.paragraphs.map((p) => p.replace(/\bthe\b/, 'a')) } : a,
    );
    const second = [...edited.filter((_, i) => i !== 20 && i !== 41), ...pool.slice(60, 75)];
    const incremental = builder.build(second);
    expect(incremental.articles.length).toBe(second.length);
    expect(observable(incremental)).toEqual(observable(buildKnowledgeBase(second, options)));

    // Back again: removed files return, the new ones go.
    const third = [...pool.slice(0, 50), ...pool.slice(80, 90)];
    expect(observable(builder.build(third))).toEqual(observable(buildKnowledgeBase(third, options)));
  }, 120_000);

  it('GIVEN an edit THEN the answer comes from the new text and the old text is no longer cited', () => {
    const builder = createKnowledgeBuilder({});
    const base = pool.slice(0, 20);
    builder.build(base);
    const story = base[5] as Article;
    const changed = { ...story, paragraphs: ['The Corlan River bridge reopened on Monday after two years of repairs.'] };
    const kb = builder.build(base.map((a) => (a === story ? changed : a)));
    const result = kb.ask('when did the Corlan River bridge reopen?');
    expect(result.kind).toBe('answer');
    expect(result.kind === 'answer' ? result.citations[0]?.sentence : '').toContain('Corlan River bridge reopened');
    expect(kb.keySentences(story.id, 3).map((c) => c.sentence)).toEqual(changed.paragraphs);
  });
});
