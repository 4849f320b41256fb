import { describe, expect, it } from 'vitest';
import type { Digest } from '../../src/core/digest/build-digest.js';
import type { Citation, TimelineEvent } from '../../src/core/types.js';
import {
  MESSAGE_LIMITS,
  digestSetupText,
  digestStatusText,
  embedLength,
  isDigestMessageFor,
  renderDigestMessages,
} from '../../src/discord/digest-render.js';

function article(i: number, sentenceLength: number) {
  const ref = {
    id: `2026-03-10-story-${i}`,
    title: `Story number ${i} ${'with a very long headline '.repeat(20)}`,
    published: '2026-03-10',
    source: 'Test Wire',
    url: `https://example.org/${i}`,
  };
  const sentences: Citation[] = [0, 1, 2].map((n) => ({
    sentence:
      `Sentence ${n} of story ${i}: ${'the council met again and said more '.repeat(Math.ceil(sentenceLength / 36))}`.slice(
        0,
        sentenceLength,
      ),
    article: ref,
    paragraph: n,
    sentenceIndex: n,
  }));
  return { article: ref, why: 'published' as const, sentences };
}

function digest(count: number, sentenceLength: number, more = 0, timeline: TimelineEvent[] = []): Digest {
  return {
    from: '2026-03-09T08:00:00.000Z',
    to: '2026-03-10T08:00:00.000Z',
    since: '2026-03-09',
    until: '2026-03-10',
    articles: Array.from({ length: count }, (_, i) => article(i, sentenceLength)),
    more,
    timeline,
    moreTimeline: 0,
  };
}

function checkLimits(messages: ReturnType<typeof renderDigestMessages>) {
  for (const m of messages) {
    expect(m.content.length).toBeLessThanOrEqual(MESSAGE_LIMITS.content);
    expect(m.embeds.length).toBeLessThanOrEqual(MESSAGE_LIMITS.embeds);
    expect(m.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(MESSAGE_LIMITS.embedTotal);
    for (const e of m.embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
      expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
    }
    expect(m.allowedMentions).toEqual({ parse: [] });
  }
}

describe('renderDigestMessages', () => {
  it('splits ten long articles across messages within every Discord limit, in order', () => {
    const messages = renderDigestMessages(digest(10, 1500, 4));
    expect(messages.length).toBeGreaterThan(1);
    checkLimits(messages);
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title ?? e.description ?? ''));
    expect(titles.slice(0, 10).map((t) => t.split(' with')[0])).toEqual(
      Array.from({ length: 10 }, (_, i) => `Story number ${i}`),
    );
    expect(titles.at(-1)).toBe('… and 4 more — see /sources');
  });

  it("starts every part with the day's heading and numbers the parts", () => {
    const messages = renderDigestMessages(digest(10, 1500));
    messages.forEach((m, i) => {
      expect(isDigestMessageFor(m.content, '2026-03-10')).toBe(true);
      expect(isDigestMessageFor(m.content, '2026-03-11')).toBe(false);
      expect(m.content).toContain(`(${i + 1}/${messages.length})`);
    });
    expect(messages[0]?.content.split('\n')[1]).toBe('10 new articles since Monday 9 March 2026');
  });

  it('keeps short digests in one message, one embed per article, quoting the sentences', () => {
    const [only, ...rest] = renderDigestMessages(digest(2, 80));
    expect(rest).toEqual([]);
    expect(only?.content).toBe(
      '**Daily digest — Tuesday 10 March 2026**\n2 new articles since Monday 9 March 2026',
    );
    expect(only?.embeds).toHaveLength(2);
    expect(only?.embeds[0]?.url).toBe('https://example.org/0');
    expect(only?.embeds[0]?.footer?.text).toBe('Test Wire · 10 March 2026');
    expect(only?.embeds[0]?.description?.split('\n')).toHaveLength(3);
    expect(only?.embeds[0]?.description?.startsWith('> Sentence 0 of story 0')).toBe(true);
  });

  it('escapes markdown and never pings: "@everyone" in a sentence stays text', () => {
    const d = digest(1, 50);
    const first = d.articles[0];
    if (first) first.sentences = [{ ...first.sentences[0]!, sentence: 'A *bold* claim to @everyone.' }];
    const [m] = renderDigestMessages(d);
    expect(m?.embeds[0]?.description).toBe('> A \\*bold\\* claim to @everyone.');
    expect(m?.allowedMentions).toEqual({ parse: [] });
  });

  it('an empty digest is one short "nothing new since" message', () => {
    expect(renderDigestMessages(digest(0, 0))).toEqual([
      {
        content: '**Daily digest — Tuesday 10 March 2026**\nNothing new since Monday 9 March 2026.',
        embeds: [],
        allowedMentions: { parse: [] },
      },
    ]);
  });

  it('lists timeline events in a last embed, cutting whole lines with a count', () => {
    const ref = article(0, 10).article;
    const events: TimelineEvent[] = Array.from({ length: 40 }, (_, i) => ({
      date: {
        text: 'on Monday',
        grain: 'day',
        start: '2026-03-09',
        end: '2026-03-09',
        label: '9 March 2026',
      },
      citation: {
        sentence: `Event ${i} ${'happened in the harbour district '.repeat(8)}`,
        article: ref,
        paragraph: 0,
        sentenceIndex: i,
      },
    }));
    const messages = renderDigestMessages(digest(1, 50, 0, events));
    checkLimits(messages);
    const timeline = messages.at(-1)?.embeds.at(-1);
    expect(timeline?.title).toBe('On the timeline');
    expect(timeline?.description?.split('\n').at(-1)).toMatch(
      /^… and \d+ more dated events — see \/timeline$/,
    );
  });
});

describe('digestStatusText', () => {
  it('shows the settings, the next post as a Discord timestamp and the last outcome with its reason', () => {
    const text = digestStatusText({
      settings: {
        guildId: 'g',
        channelId: '123',
        time: '08:00',
        timeZone: 'Europe/London',
        skipEmpty: true,
        updatedAt: '2026-03-01T00:00:00.000Z',
      },
      next: { dayKey: '2026-03-11', at: new Date('2026-03-11T08:00:00Z') },
      last: {
        guildId: 'g',
        dayKey: '2026-03-10',
        channelId: '123',
        status: 'failed',
        windowFrom: null,
        windowTo: null,
        messageIds: [],
        reason: 'the channel no longer exists',
        articleCount: null,
        startedAt: '2026-03-10T08:00:00.000Z',
        finishedAt: '2026-03-10T08:00:01.000Z',
      },
    });
    expect(text).toBe(
      [
        'Daily digest: every day at 08:00 (Europe/London) in <#123>, skipped on days with nothing new.',
        'Next post: <t:1773216000:F> (<t:1773216000:R>).',
        'Last delivery: 10 March 2026 — failed: the channel no longer exists.',
      ].join('\n'),
    );
  });

  it('says when the digest is off and has never run', () => {
    expect(digestStatusText({ settings: undefined, next: undefined, last: undefined })).toBe(
      'Daily digest: off. Turn it on with /digest setup.\nLast delivery: none yet.',
    );
  });
});

describe('digestSetupText', () => {
  it('confirms with a channel mention and the next post as a Discord timestamp', () => {
    const settings = {
      guildId: 'g',
      channelId: '123',
      time: '08:00',
      timeZone: 'Europe/London',
      skipEmpty: false,
      updatedAt: '2026-03-01T00:00:00.000Z',
    };
    expect(digestSetupText(settings, { dayKey: '2026-03-11', at: new Date('2026-03-11T08:00:00Z') })).toBe(
      'Daily digest on: every day at 08:00 (Europe/London) in <#123>. Next post: <t:1773216000:F> (<t:1773216000:R>).',
    );
    expect(digestSetupText({ ...settings, skipEmpty: true }, undefined)).toBe(
      'Daily digest on: every day at 08:00 (Europe/London) in <#123>, skipped on days with nothing new. Next post: <t:0:F> (<t:0:R>).',
    );
  });
});
