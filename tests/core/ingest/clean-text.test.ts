import { describe, expect, it } from 'vitest';
import { cleanParagraphs, isBoilerplate, isDateLine, textToBlocks } from '../../../src/core/ingest/clean-text.js';

describe('isBoilerplate', () => {
  it.each([
    'Join the mailing list',
    'Sign up for our morning newsletter',
    'Copyright 2019 The Coastal Ledger. All rights reserved.',
    '\u00a9 2019 Rivertown Gazette',
    'ADVERTISEMENT',
    'Share on Facebook | Share on Twitter | Email this story',
    'Click here to subscribe to our daily briefing.',
    'Related stories',
    'By Dana Whitfield',
  ])('flags "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(true);
  });

  it.each([
    'Some information for this report was provided by AFP and Reuters.',
    'Share prices fell 3 percent in early trading on Monday, analysts said.',
    'Readers who subscribe to the paper were told of the change on Tuesday.',
    'Iran has denied supplying weapons and training to Shi\u2019ite militias in Iraq.',
    'Follow-up talks are planned for next month in Geneva, officials said.',
  ])('keeps "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe('isDateLine', () => {
  it.each(['25 July 2007', 'Wednesday, July 25, 2007 10:12 AM', 'Posted Monday, March 4, 2019 6:15 PM', 'Updated: 2019-03-04'])('recognises "%s"', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['The talks began on July 25, 2007, in Baghdad after weeks of delay.', 'Tuesday', 'May 2007'])('does not take "%s" for a dateline', (line) => {
    expect(isDateLine(line)).toBe(false);
  });
});

describe('textToBlocks', () => {
  it('joins wrapped lines and keeps short header lines apart', () => {
    expect(textToBlocks('Headline Here\n25 July 2007\n\nA long paragraph that was wrapped at a\nfixed width by the sender of it.\n')).toEqual([
      'Headline Here',
      '25 July 2007',
      'A long paragraph that was wrapped at a fixed width by the sender of it.',
    ]);
  });

  it('accepts Windows line endings', () => {
    expect(textToBlocks('One.\r\n\r\nTwo.\r\n')).toEqual(['One.', 'Two.']);
  });
});

describe('cleanParagraphs', () => {
  it('takes the last headline-like line above the body as the headline', () => {
    const result = cleanParagraphs([
      'The Best Network for Jobs in Shipping - JOIN NOW',
      'Ports and Harbors',
      'Harbor Bridge Reopens After Repairs',
      '14 March 2019',
      'The Harbor Bridge reopened to traffic on Thursday morning after two years.',
      'Join the mailing list',
      'A Book About Bridges: How Cities Cross Water - by Some Author',
    ]);
    expect(result).toEqual({
      paragraphs: ['The Harbor Bridge reopened to traffic on Thursday morning after two years.'],
      headline: 'Harbor Bridge Reopens After Repairs',
      dateline: '2019-03-14',
    });
  });

  it('keeps a short final sentence and a subheading inside the body', () => {
    const result = cleanParagraphs([
      'Title of the Story',
      'The first paragraph of the story is long enough to be prose.',
      'What Comes Next',
      'He declined.',
    ]);
    expect(result.paragraphs).toEqual(['The first paragraph of the story is long enough to be prose.', 'What Comes Next', 'He declined.']);
  });

  it('opens the body at a short sentence, but not at a question headline', () => {
    const result = cleanParagraphs(['Is the Bridge Safe Now?', 'He declined.', 'The engineer would not say more about the cables, officials said.']);
    expect(result.headline).toBe('Is the Bridge Safe Now?');
    expect(result.paragraphs).toEqual(['He declined.', 'The engineer would not say more about the cables, officials said.']);
  });

  it('keeps a long closing paragraph that breaks off without a final stop', () => {
    const closing = '"We will finish the work on time and within the budget that the council approved last spring, and then we will" --';
    const result = cleanParagraphs(['Title of the Story', 'The first paragraph of the story is long enough to be prose.', closing, 'Sign up for alerts']);
    expect(result.paragraphs).toEqual(['The first paragraph of the story is long enough to be prose.', closing]);
  });

  it('does not mutate its input', () => {
    const blocks = ['Title Line Here', '  The first paragraph of the story is long enough to be prose.  '];
    const copy = [...blocks];
    cleanParagraphs(blocks);
    expect(blocks).toEqual(copy);
  });
});
