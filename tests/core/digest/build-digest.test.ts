import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildDigest,
  digestText,
  digestTitle,
  digestWindow,
  DIGEST_MAX_ARTICLES,
  isEmptyDigest,
} from '../../../src/core/digest/index.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../../src/core/types.js';
import { loadKnowledgeDir } from '../../../src/io/knowledge-dir.js';

const FIXTURES = 'tests/fixtures/digest';
const BRIDGE = '2026-03-09-harbour-bridge-reopens';
const STRIKE = '2026-03-10-library-strike-ends';
const FERRY = '2025-11-02-ferry-timetable';

let articles: Article[];
let kb: KnowledgeBase;

beforeAll(async () => {
  const loaded = await loadKnowledgeDir(FIXTURES);
  expect(loaded.problems).toEqual([]);
  articles = loaded.articles;
  kb = buildKnowledgeBase(articles);
});

/** Every article first seen on its publication day, as if the bot had been running all along. */
function seenOnPublication(): Map<string, string> {
  return new Map(articles.map((a) => [a.id, `${a.published}T06:00:00.000Z`]));
}

describe('digestWindow', () => {
  it('covers the 24 hours before the first digest, then runs from the previous one', () => {
    const now = new Date('2026-03-10T08:00:00Z');
    expect(digestWindow(now)).toEqual({ from: new Date('2026-03-09T08:00:00Z'), to: now });
    const previous = new Date('2026-03-07T08:00:00Z');
    expect(digestWindow(now, previous)).toEqual({ from: previous, to: now });
  });
});

describe('buildDigest', () => {
  const base = { timeZone: 'Europe/London' };

  it('lists the articles published since the previous digest, newest first, with key sentences verbatim', () => {
    const digest = buildDigest(kb, {
      ...base,
      from: new Date('2026-03-08T08:00:00Z'),
      to: new Date('2026-03-10T08:00:00Z'),
      firstSeen: seenOnPublication(),
    });
    expect(digest.articles.map((a) => a.article.id)).toEqual([STRIKE, BRIDGE]);
    expect(digest.more).toBe(0);
    const strike = digest.articles[0];
    expect(strike?.why).toBe('published');
    expect(strike?.sentences[0]?.sentence).toMatch(
      /^Library workers in Port Calder returned to work on Tuesday/,
    );
    expect(strike?.sentences.length).toBeGreaterThanOrEqual(2);
    expect(strike?.sentences.length).toBeLessThanOrEqual(3);
    for (const item of digest.articles) {
      const paragraphs = articles.find((a) => a.id === item.article.id)?.paragraphs.join('\n') ?? '';
      for (const s of item.sentences) expect(paragraphs).toContain(s.sentence);
    }
    expect(strike?.article).toEqual({
      id: STRIKE,
      title: 'Library workers end two-week strike',
      published: '2026-03-10',
      source: 'Valley Herald',
      url: 'https://example.org/news/library-strike',
    });
  });

  it('includes an older article first seen in the window, marked as added', () => {
    const firstSeen = seenOnPublication();
    firstSeen.set(FERRY, '2026-03-10T07:30:00.000Z');
    const digest = buildDigest(kb, {
      ...base,
      from: new Date('2026-03-09T08:00:00Z'),
      to: new Date('2026-03-10T08:00:00Z'),
      firstSeen,
    });
    expect(digest.articles.map((a) => [a.article.id, a.why])).toEqual([
      [STRIKE, 'published'],
      [FERRY, 'added'],
    ]);
  });

  it('does not repeat an article published on the day of the previous digest', () => {
    const digest = buildDigest(kb, {
      ...base,
      from: new Date('2026-03-10T08:00:00Z'),
      to: new Date('2026-03-11T08:00:00Z'),
      firstSeen: seenOnPublication(),
    });
    expect(digest.articles).toEqual([]);
    expect(isEmptyDigest(digest)).toBe(true);
  });

  it('leaves out a file first seen after the window ends', () => {
    const firstSeen = seenOnPublication();
    firstSeen.set(STRIKE, '2026-03-10T09:00:00.000Z');
    const digest = buildDigest(kb, {
      ...base,
      from: new Date('2026-03-09T08:00:00Z'),
      to: new Date('2026-03-10T08:00:00Z'),
      firstSeen,
    });
    expect(digest.articles.map((a) => a.article.id)).toEqual([]);
  });

  it('puts the dated events of the window on the timeline', () => {
    const digest = buildDigest(kb, {
      ...base,
      from: new Date('2026-03-09T08:00:00Z'),
      to: new Date('2026-03-11T08:00:00Z'),
      firstSeen: seenOnPublication(),
    });
    const days = digest.timeline.map((e) => e.date.start);
    expect(days.length).toBeGreaterThan(0);
    for (const day of days) {
      expect(day! >= '2026-03-09' && day! <= '2026-03-11').toBe(true);
    }
    expect(days).toContain('2026-03-11');
  });

  it("reads the window in the server's time zone", () => {
    // 23:30 UTC on the 9th is already the 10th in Tokyo: the strike article (10th) is in.
    const input = {
      from: new Date('2026-03-08T23:30:00Z'),
      to: new Date('2026-03-09T23:30:00Z'),
      firstSeen: new Map<string, string>(),
    };
    expect(buildDigest(kb, { ...input, timeZone: 'Asia/Tokyo' }).articles.map((a) => a.article.id)).toEqual([
      STRIKE,
    ]);
    expect(
      buildDigest(kb, { ...input, timeZone: 'America/New_York' }).articles.map((a) => a.article.id),
    ).toEqual([BRIDGE]);
  });

  it('shows at most ten articles in full and counts the rest', () => {
    const many: Article[] = Array.from({ length: 13 }, (_, i) => ({
      id: `2026-03-10-item-${String(i).padStart(2, '0')}`,
      title: `Council approves budget line ${i + 1}`,
      published: '2026-03-10',
      source: 'Test Wire',
      url: '',
      people: [],
      paragraphs: [`The council approved budget line ${i + 1} on Tuesday by a vote of ${i + 3} to 2.`],
    }));
    const big = buildKnowledgeBase(many);
    const digest = buildDigest(big, {
      ...base,
      from: new Date('2026-03-09T08:00:00Z'),
      to: new Date('2026-03-10T20:00:00Z'),
      firstSeen: new Map(),
    });
    expect(digest.articles).toHaveLength(DIGEST_MAX_ARTICLES);
    expect(digest.more).toBe(3);
    expect(digestText(digest)).toContain('… and 3 more — see /sources');
  });

  it('does not mutate its inputs', () => {
    const firstSeen = seenOnPublication();
    const copy = new Map(firstSeen);
    const from = new Date('2026-03-08T08:00:00Z');
    buildDigest(kb, { ...base, from, to: new Date('2026-03-10T08:00:00Z'), firstSeen });
    expect(firstSeen).toEqual(copy);
    expect(from.toISOString()).toBe('2026-03-08T08:00:00.000Z');
  });
});

describe('digestText', () => {
  it('prints the title, the count, each article with outlet, date, link and quotes, then the timeline', () => {
    const digest = buildDigest(kb, {
      timeZone: 'Europe/London',
      from: new Date('2026-03-09T08:00:00Z'),
      to: new Date('2026-03-10T08:00:00Z'),
      firstSeen: seenOnPublication(),
    });
    const text = digestText(digest);
    expect(text.split('\n').slice(0, 2)).toEqual([
      digestTitle('2026-03-10'),
      '1 new article since Monday 9 March 2026',
    ]);
    expect(text).toContain('1. Library workers end two-week strike — Valley Herald, 10 March 2026');
    expect(text).toContain('   https://example.org/news/library-strike');
    expect(text).toContain('On the timeline');
  });

  it('says "nothing new since" when there is nothing new', () => {
    const digest = buildDigest(kb, {
      timeZone: 'UTC',
      from: new Date('2026-04-01T08:00:00Z'),
      to: new Date('2026-04-02T08:00:00Z'),
      firstSeen: seenOnPublication(),
    });
    expect(digestText(digest)).toBe(
      'Daily digest — Thursday 2 April 2026\nNothing new since Wednesday 1 April 2026.',
    );
  });
});
