import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { APIEmbed } from 'discord.js';
import {
  EMBED_LIMITS,
  answerReply,
  fitEmbed,
  helpReply,
  sourcesReply,
  timelineReply,
} from '../../src/render/embeds.js';
import { answerText, helpText, sourcesText, timelineText } from '../../src/render/text.js';
import { askView, pageOf, timelineView } from '../../src/render/views.js';
import { MESSAGES } from '../../src/render/messages.js';
import { decodeCustomId, encodeCustomId } from '../../src/render/custom-ids.js';
import type { ArticleRef, TimelineEvent } from '../../src/core/types.js';
import {
  FERRY_ARTICLE,
  HARBOUR_ARTICLE,
  MAIN_SENTENCE,
  SUPPORT_SENTENCE,
  answerResult,
  citation,
  unknownResult,
} from '../fixtures/results.js';

function embedText(e: APIEmbed): string {
  return [
    e.title,
    e.url,
    e.description,
    e.footer?.text,
    ...(e.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]
    .filter(Boolean)
    .join('\n');
}

function expectWithinLimits(e: APIEmbed): void {
  expect(e.title?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.title);
  expect(e.description?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.description);
  expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.footer);
  expect(e.fields?.length ?? 0).toBeLessThanOrEqual(EMBED_LIMITS.fields);
  for (const f of e.fields ?? []) {
    expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    expect(f.value.length).toBeGreaterThan(0);
  }
  const total =
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  expect(total).toBeLessThanOrEqual(EMBED_LIMITS.total);
}

describe('an answer whose short answer is the quoted sentence itself (a "what" question)', () => {
  const view = askView(answerResult({ answer: MAIN_SENTENCE, type: 'what' }));
  const count = (text: string, part: string): number => text.split(part).length - 1;

  it('shows the sentence once, as the quote, in the console and in Discord', () => {
    expect(count(answerText(view), MAIN_SENTENCE)).toBe(1);
    expect(answerText(view)).toContain(`"${MAIN_SENTENCE}"`);
    const description = answerReply(view).embeds[0]?.description ?? '';
    expect(count(description, MAIN_SENTENCE)).toBe(1);
    expect(description.startsWith('> ')).toBe(true);
  });

  it('GIVEN a short answer that differs THEN both are shown', () => {
    const other = askView(answerResult());
    expect(answerText(other).split('\n')[0]).toBe('Maria Okafor, council leader');
  });
});

describe('an empty question ("?" or a blank line)', () => {
  it('asks for a question instead of saying nothing answers it', () => {
    const text = answerText(askView(unknownResult({ reason: 'empty', suggestions: [] })));
    expect(text).toContain('Please ask a question');
    expect(text).not.toContain(MESSAGES.unknown);
    expect(answerText(askView(unknownResult()))).toContain(MESSAGES.unknown);
  });
});

describe('an answer', () => {
  const view = askView(answerResult());

  it('says the same words in the console and in Discord: answer, quoted sentence, title, outlet, date, link', () => {
    const text = answerText(view);
    const embed = embedText(answerReply(view).embeds[0] ?? {});
    for (const words of [
      'Maria Okafor, council leader',
      `"${MAIN_SENTENCE}"`,
      'Harbour council rejects bridge plan',
      'Harbour Gazette',
      '14 March 2011',
      'https://example.org/news/harbour-bridge',
      `"${SUPPORT_SENTENCE}"`,
      'Coastal Times',
      '20 March 2011',
    ]) {
      expect(text).toContain(words);
      expect(embed).toContain(words);
    }
  });

  it('puts the short answer first, the title as a link and outlet and date in the footer', () => {
    const embed = answerReply(view).embeds[0];
    expect(embed?.description?.startsWith('**Maria Okafor, council leader**')).toBe(true);
    expect(embed?.title).toBe(HARBOUR_ARTICLE.title);
    expect(embed?.url).toBe(HARBOUR_ARTICLE.url);
    expect(embed?.footer?.text).toBe('Harbour Gazette · 14 March 2011');
  });

  it('offers "Show context" with the article id, paragraph and sentence index in the custom id', () => {
    const buttons = answerReply(view).components[0]?.components ?? [];
    expect(buttons).toEqual([
      {
        type: 2,
        style: 2,
        label: MESSAGES.showContext,
        custom_id: `fd:ctx:0:0:${HARBOUR_ARTICLE.id}`,
        disabled: false,
      },
    ]);
  });

  it('offers "Other sources" only when the caller found more articles', () => {
    const buttons = answerReply(view, { otherSourcesFor: 'Maria Okafor' }).components[0]?.components ?? [];
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      `fd:ctx:0:0:${HARBOUR_ARTICLE.id}`,
      'fd:more:Maria Okafor',
    ]);
  });

  it('shows a resolved day as a Discord timestamp next to the answer', () => {
    const when = askView(
      answerResult({
        type: 'when',
        answer: '14 March 2011 ("Monday")',
        date: {
          text: 'Monday',
          grain: 'day',
          start: '2011-03-14',
          end: '2011-03-14',
          label: '14 March 2011',
        },
      }),
    );
    expect(answerReply(when).embeds[0]?.description).toContain(
      '**14 March 2011 ("Monday")** (<t:1300104000:D>)',
    );
  });

  it('says when the sources disagree, in both renderers', () => {
    const v = askView(answerResult({ disagreement: true }));
    expect(answerText(v)).toContain(MESSAGES.disagreement);
    expect(answerReply(v).embeds[0]?.description).toContain(MESSAGES.disagreement);
  });

  it('disables mentions on every Discord message', () => {
    expect(answerReply(view).allowedMentions).toEqual({ parse: [] });
    expect(helpReply().allowedMentions).toEqual({ parse: [] });
  });

  it('never shows more than two supporting citations', () => {
    const many = answerResult({
      citations: Array.from({ length: 6 }, (_, i) => citation(FERRY_ARTICLE, `Sentence number ${i}.`, 0, i)),
    });
    expect(answerReply(askView(many)).embeds[0]?.fields).toHaveLength(2);
  });
});

describe('"I don\'t know"', () => {
  it('says so plainly and lists the suggestions, in both renderers', () => {
    const view = askView(unknownResult());
    const text = answerText(view);
    const embed = embedText(answerReply(view).embeds[0] ?? {});
    for (const words of [
      MESSAGES.unknown,
      MESSAGES.suggestionsLead,
      'Maria Okafor',
      'bridge plan',
      'ferry company',
    ]) {
      expect(text).toContain(words);
      expect(embed).toContain(words);
    }
    expect(answerReply(view).components).toEqual([]);
  });

  it('shows the closest sentence with its source under "not sure", never as an answer', () => {
    const near = citation(HARBOUR_ARTICLE, MAIN_SENTENCE);
    const view = askView(
      unknownResult({ reason: 'low-confidence', closest: { citation: near, probability: 0.4 } }),
    );
    const text = answerText(view);
    const reply = answerReply(view);
    const embed = reply.embeds[0] ?? {};
    for (const shown of [text, embedText(embed)]) {
      expect(shown).toContain(MESSAGES.unsure);
      expect(shown).not.toContain(MESSAGES.unknown);
      expect(shown).toContain(HARBOUR_ARTICLE.title);
      expect(shown).toContain(HARBOUR_ARTICLE.source);
      expect(shown).toContain('Maria Okafor');
    }
    expect(text).toContain(`"${MAIN_SENTENCE}"`);
    expect(embed.description).toContain(MAIN_SENTENCE);
    // The sentence comes after the hedge, so nobody reads it as the answer.
    expect(text.indexOf(MESSAGES.unsure)).toBeLessThan(text.indexOf(MAIN_SENTENCE));
    expect(embed.url).toBe(HARBOUR_ARTICLE.url);
    const button = reply.components[0]?.components[0];
    expect(button && 'custom_id' in button ? decodeCustomId(button.custom_id) : undefined).toMatchObject({
      kind: 'context',
      articleId: HARBOUR_ARTICLE.id,
    });
    expectWithinLimits(embed);
  });

  it('does not let the closest sentence render a link it did not write', () => {
    const hostile = citation(HARBOUR_ARTICLE, 'See [free prizes](https://evil.example) now.');
    const embed = answerReply(askView(unknownResult({ closest: { citation: hostile, probability: 0.3 } })))
      .embeds[0];
    expect(embed?.description).not.toContain('](https://evil.example)');
  });

  it('treats an answer without citations as unknown rather than an unsupported claim', () => {
    expect(askView(answerResult({ citations: [] })).kind).toBe('unknown');
  });
});

describe("Discord's limits", () => {
  const huge = 'word '.repeat(3000).trim();

  it('truncates an answer whose every part is far too long, without failing', () => {
    const longArticle: ArticleRef = { ...HARBOUR_ARTICLE, title: huge, source: huge };
    const result = answerResult({
      answer: huge,
      citations: [
        citation(longArticle, huge),
        citation(longArticle, huge, 1, 1),
        citation(longArticle, huge, 2, 2),
      ],
    });
    const embed = answerReply(askView(result)).embeds[0] ?? {};
    expectWithinLimits(embed);
    expect(embed.description?.endsWith('…"') || embed.description?.includes('…')).toBe(true);
  });

  it('leaves the context button out when its custom id would exceed 100 characters', () => {
    const longId: ArticleRef = { ...HARBOUR_ARTICLE, id: 'x'.repeat(120) };
    const result = answerResult({ citations: [citation(longId, MAIN_SENTENCE)] });
    expect(answerReply(askView(result)).components).toEqual([]);
  });

  it('keeps any embed within every limit (property)', () => {
    const text = (max: number) => fc.string({ maxLength: max });
    fc.assert(
      fc.property(
        fc.record({
          title: text(400),
          description: text(6000),
          footer: text(2500),
          fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 40 }),
        }),
        (raw) => {
          expectWithinLimits(fitEmbed({ ...raw, footer: { text: raw.footer } }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('lists a long timeline up to the limit and says how many more there are', () => {
    const events: TimelineEvent[] = Array.from({ length: 200 }, (_, i) => ({
      date: { text: 'Monday', grain: 'day', start: '2011-03-14', end: '2011-03-14', label: '14 March 2011' },
      citation: citation(HARBOUR_ARTICLE, `${MAIN_SENTENCE} (${i})`, 0, i),
    }));
    const embed = timelineReply('bridge', timelineView(events)).embeds[0] ?? {};
    expectWithinLimits(embed);
    expect(embed.description).toMatch(/… and \d+ more$/);
    expect(timelineText('bridge', timelineView(events))).toContain(`${MAIN_SENTENCE} (199)`);
  });

  it('GIVEN a timeline whose sentences are some with straight quotation marks of their own, some without THEN every one is quoted in the same curly marks, in the console and in Discord', () => {
    const sentences = ['The ferry board met at Vessa.', 'The skipper called the new pier "a folly" at once.', 'The pier opened in May.'];
    const events: TimelineEvent[] = sentences.map((sentence, i) => ({
      date: { text: 'Monday', grain: 'day', start: '2011-03-14', end: '2011-03-14', label: '14 March 2011' },
      citation: citation(HARBOUR_ARTICLE, sentence, 0, i),
    }));
    const text = timelineText('pier', timelineView(events));
    for (const sentence of sentences) expect(text).toContain(`“${sentence}”`);
    const embed = timelineReply('pier', timelineView(events)).embeds[0] ?? {};
    expect(embed.description).toContain('“The ferry board met at Vessa.”');
    // With no marks of their own, the plain straight ones, as before.
    expect(timelineText('pier', timelineView(events.filter((_, i) => i !== 1)))).toContain('"The ferry board met at Vessa."');
  });

  it('GIVEN no topic THEN the text timeline shows a screenful and counts the rest, with how to narrow it', () => {
    const events: TimelineEvent[] = Array.from({ length: 200 }, (_, i) => ({
      date: { text: 'Monday', grain: 'day', start: '2011-03-14', end: '2011-03-14', label: '14 March 2011' },
      citation: citation(HARBOUR_ARTICLE, `${MAIN_SENTENCE} (${i})`, 0, i),
    }));
    const text = timelineText('', timelineView(events));
    expect(text).not.toContain(`${MAIN_SENTENCE} (199)`);
    expect(text).toMatch(/… and \d+ more — name a topic to narrow it: \/timeline <topic>$/);
    expect(text.split('\n').length).toBeLessThan(60);
  });
});

describe('sources', () => {
  const articles: ArticleRef[] = Array.from({ length: 23 }, (_, i) => ({
    ...HARBOUR_ARTICLE,
    id: `a-${i}`,
    title: `Story ${i}`,
  }));

  it('pages with Previous/Next buttons that carry the page to show', () => {
    const reply = sourcesReply(pageOf(articles, 1, 10));
    expect(reply.embeds[0]?.footer?.text).toBe('Page 2 of 3');
    expect(reply.components[0]?.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'fd:src:0',
      'fd:src:2',
    ]);
    expect(sourcesText(pageOf(articles, 1, 10))).toContain('Page 2 of 3');
  });

  it('says in text how to see the next page, until the last one', () => {
    expect(
      sourcesText(pageOf(articles, 0, 10))
        .split('\n')
        .at(-1),
    ).toBe('Page 1 of 3 — type /sources 2 for the next page.');
    expect(sourcesText(pageOf(articles, 1, 10))).toContain('type /sources 3 for the next page');
    expect(
      sourcesText(pageOf(articles, 2, 10))
        .split('\n')
        .at(-1),
    ).toBe('Page 3 of 3');
    expect(sourcesText(pageOf(articles.slice(0, 3), 0, 10))).not.toContain('Page');
  });

  it('disables Previous on the first page and Next on the last', () => {
    const first = sourcesReply(pageOf(articles, 0, 10)).components[0]?.components ?? [];
    const last = sourcesReply(pageOf(articles, 9, 10)).components[0]?.components ?? [];
    expect(first.map((b) => ('disabled' in b ? b.disabled : undefined))).toEqual([true, false]);
    expect(last.map((b) => ('disabled' in b ? b.disabled : undefined))).toEqual([false, true]);
  });
});

describe('custom ids', () => {
  it('round-trip every action', () => {
    for (const action of [
      { kind: 'context', articleId: 'a:b-c', paragraph: 3, sentenceIndex: 12 },
      { kind: 'others', name: 'Maria Okafor' },
      { kind: 'sources', page: 4 },
    ] as const) {
      expect(decodeCustomId(encodeCustomId(action) ?? '')).toEqual(action);
    }
  });
  it('ignore ids that are not factdesk buttons', () => {
    expect(decodeCustomId('something-else')).toBeUndefined();
  });
});

describe('help', () => {
  it('lists the same commands in the console and in Discord', () => {
    const embed = embedText(helpReply().embeds[0] ?? {});
    for (const usage of ['/ask <question>', '/who <query>', '/timeline <topic>', '/sources', '/help']) {
      expect(helpText()).toContain(usage);
      expect(embed).toContain(usage);
    }
  });
});
