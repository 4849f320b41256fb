import { describe, expect, it } from 'vitest';
import { discordText, linkTarget, stripBidi } from '../../src/render/escape.js';
import { answerReply, timelineReply } from '../../src/render/embeds.js';
import type { ReplyView } from '../../src/render/views.js';

const MASKED = '[Click to verify your account](https://evil.example/login)';

/** What Discord would turn into a masked link: `[text](url)` with no backslash before `[`. */
const LIVE_MASKED_LINK = /(^|[^\\])\[[^\]]*\]\(/;
/** A bare address Discord would link: `http(s)://` written out. */
const LIVE_ADDRESS = /https?:\/\//;

describe('discordText, the one escape for text factdesk did not write', () => {
  it('neutralises a masked link: no [text](url) and no bare address survive', () => {
    const out = discordText(MASKED);
    expect(out).not.toMatch(LIVE_MASKED_LINK);
    expect(out).not.toMatch(LIVE_ADDRESS);
    expect(out).toBe('\\[Click to verify your account\\](https:\\/\\/evil.example/login)');
  });

  it('neutralises a heading, a list marker and a blockquote-free line start', () => {
    expect(discordText('# Breaking')).toBe('\\# Breaking');
    expect(discordText('- item')).toBe('\\- item');
    expect(discordText('1. item')).toBe('1\\. item');
  });

  it('escapes bold, italics, underline, strikethrough, spoilers and code', () => {
    expect(discordText('**a** _b_ __c__ ~~d~~ ||e|| `f`')).toBe(
      '\\*\\*a\\*\\* \\_b\\_ \\_\\_c\\_\\_ \\~\\~d\\~\\~ \\|\\|e\\|\\| \\`f\\`',
    );
  });

  it('removes bidi controls U+202A–202E and U+2066–2069', () => {
    const controls = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
    ];
    for (const c of controls) expect(discordText(`abc${c}def`)).toBe('abcdef');
    expect(stripBidi('invoice\u202Egnp.exe')).toBe('invoicegnp.exe');
  });

  it('shows mentions, channel links and timestamps as typed (a backslash before <)', () => {
    expect(discordText('<@123456789012345678> <#1> <t:0:R>')).toBe(
      '\\<@123456789012345678> \\<#1> \\<t:0:R>',
    );
  });

  it('keeps an existing backslash visible rather than letting it undo an escape', () => {
    expect(discordText('\\[x](y)')).toBe('\\\\\\[x\\](y)');
  });

  it('leaves ordinary prose alone', () => {
    expect(discordText('The council rejected the plan on Monday, 14 March.')).toBe(
      'The council rejected the plan on Monday, 14 March.',
    );
  });
});

describe('linkTarget', () => {
  it('keeps only http(s) addresses, encoding what would end a Markdown link target', () => {
    const expected: Record<string, string> = {
      'https://example.com/a (b)': 'https://example.com/a%20%28b%29',
      'http://example.com/x': 'http://example.com/x',
      'javascript:alert(1)': '',
      '': '',
    };
    for (const [url, target] of Object.entries(expected)) expect(linkTarget(url), url).toBe(target);
  });
});

describe('the escape is used where user or article text is shown', () => {
  it('/timeline echoes a topic with a masked link and U+202E as plain text', () => {
    const topic = `${MASKED}\u202E`;
    const empty = JSON.stringify(timelineReply(topic, []));
    expect(empty).not.toMatch(LIVE_ADDRESS);
    expect(empty).not.toContain('\u202E');
    expect(timelineReply(topic, []).embeds[0]?.description).not.toMatch(LIVE_MASKED_LINK);
  });

  it('an answer whose article text holds a masked link renders it dead', () => {
    const source = {
      title: `# ${MASKED}`,
      url: 'https://news.example/a',
      outlet: 'Outlet\u202E',
      date: '1 May 2020',
    };
    const citation = {
      sentence: `Officials said ${MASKED}.`,
      article: { id: 'a', title: source.title, published: '2020-05-01', source: 'Outlet', url: source.url },
      paragraph: 0,
      sentenceIndex: 0,
    };
    const view: ReplyView = {
      kind: 'answer',
      question: 'q',
      answer: MASKED,
      timestamp: undefined,
      main: { sentence: citation.sentence, source, citation: citation as never },
      supporting: [],
      disagreement: false,
    };
    const [embed] = answerReply(view).embeds;
    expect(embed?.description).not.toMatch(LIVE_MASKED_LINK);
    expect(embed?.description?.replaceAll(':\\/\\/', '')).not.toMatch(LIVE_ADDRESS);
    expect(embed?.title?.startsWith('\\#')).toBe(true);
    expect(embed?.footer?.text).not.toContain('\u202E');
    expect(embed?.url).toBe('https://news.example/a');
  });
});
