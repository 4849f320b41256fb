import { describe, expect, it } from 'vitest';
import { DIGEST_COMMAND_WORDS, DIGEST_WORDS, fillDigestWords } from '../../../src/core/digest/index.js';

/** `<t:…>` timestamps, `<#channel>`, `<@user>` and `<@&role>` mentions: Discord's markup. */
const DISCORD_MARKUP = /<(?:t:|#|@)/;

describe('digest words (core)', () => {
  it('carry no Discord markup: the renderer of each edge formats channels and times', () => {
    const all = { ...DIGEST_WORDS, ...DIGEST_COMMAND_WORDS };
    const withMarkup = Object.entries(all).filter(([, text]) => DISCORD_MARKUP.test(text));
    expect(withMarkup).toEqual([]);
  });

  it('take the channel and the next post as values', () => {
    expect(
      fillDigestWords(DIGEST_COMMAND_WORDS.statusOn, {
        time: '08:00',
        zone: 'UTC',
        channel: '#news',
        skip: '',
      }),
    ).toBe('Daily digest: every day at 08:00 (UTC) in #news.');
    expect(fillDigestWords(DIGEST_COMMAND_WORDS.statusNext, { next: 'tomorrow 08:00' })).toBe(
      'Next post: tomorrow 08:00.',
    );
  });
});
