import { describe, expect, it } from 'vitest';
import {
  cleanParagraphs,
  isBoilerplate,
  isDateLine,
  textToBlocks,
} from '../../../src/core/ingest/clean-text.js';

describe('isBoilerplate', () => {
  it.each([
    'Join the mailing list',
    'Sign up for our morning newsletter',
    'Copyright 2019 The Coastal Ledger. All rights reserved.',
    '\u00a9 2019 Rivertown Gazette',
    '(c) 2019 Rivertown Gazette',
    '(C) Rivertown Gazette 2019',
    'ADVERTISEMENT',
    'Share on Facebook | Share on Twitter | Email this story',
    'Click here to subscribe to our daily briefing.',
    'Related stories',
    'By Dana Whitfield',
    'Sponsored content',
    '12 Comments',
    'Get our free newsletter every weekday morning',
    // Rules between parts of a page or a story: no letter or digit.
    '___',
    '* * *',
  ])('flags "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(true);
  });

  it.each([
    'Some information for this report was provided by AFP and Reuters.',
    'Share prices fell 3 percent in early trading on Monday, analysts said.',
    'Readers who subscribe to the paper were told of the change on Tuesday.',
    'Iran has denied supplying weapons and training to Shi\u2019ite militias in Iraq.',
    'Follow-up talks are planned for next month in Geneva, officials said.',
    'The clerk read out the letters and comments from residents. One of them wrote:',
    'Bakers said the price of cookies had doubled. Several stalls, however, kept their prices at last',
    // The third item of a lettered list, not a copyright line.
    '(C) make research and training grants;',
    '(c) the harbour fees collected since 2019;',
  ])('keeps "%s"', (paragraph) => {
    expect(isBoilerplate(paragraph)).toBe(false);
  });
});

describe('isDateLine', () => {
  it.each([
    '25 July 2007',
    'Wednesday, July 25, 2007 10:12 AM',
    'Posted Monday, March 4, 2019 6:15 PM',
    'Updated: 2019-03-04',
  ])('recognises "%s"', (line) => {
    expect(isDateLine(line)).toBe(true);
  });

  it.each(['The talks began on July 25, 2007, in Baghdad after weeks of delay.', 'Tuesday', 'May 2007'])(
    'does not take "%s" for a dateline',
    (line) => {
      expect(isDateLine(line)).toBe(false);
    },
  );
});

describe('textToBlocks', () => {
  it('joins wrapped lines and keeps short header lines apart', () => {
    expect(
      textToBlocks(
        'Headline Here\n25 July 2007\n\nA long paragraph that was wrapped at a\nfixed width by the sender of it.\n',
      ),
    ).toEqual([
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
  it('GIVEN a caption printed twice THEN the story keeps it once; a short line said twice stays', () => {
    const caption = 'In this photo taken on Monday, the ferry Lakeside leaves the harbor at dawn for the island crossing.';
    const result = cleanParagraphs([caption, caption, 'The ferry service resumed on Monday after a two-week strike ended.', 'He declined.', 'He declined.']);
    expect(result.paragraphs).toEqual([caption, 'The ferry service resumed on Monday after a two-week strike ended.', 'He declined.', 'He declined.']);
  });

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
    expect(result.paragraphs).toEqual([
      'The first paragraph of the story is long enough to be prose.',
      'What Comes Next',
      'He declined.',
    ]);
  });

  it('opens the body at a short sentence, but not at a question headline', () => {
    const result = cleanParagraphs([
      'Is the Bridge Safe Now?',
      'He declined.',
      'The engineer would not say more about the cables, officials said.',
    ]);
    expect(result.headline).toBe('Is the Bridge Safe Now?');
    expect(result.paragraphs).toEqual([
      'He declined.',
      'The engineer would not say more about the cables, officials said.',
    ]);
  });

  it('keeps a long closing paragraph that breaks off without a final stop', () => {
    const closing =
      '"We will finish the work on time and within the budget that the council approved last spring, and then we will" --';
    const result = cleanParagraphs([
      'Title of the Story',
      'The first paragraph of the story is long enough to be prose.',
      closing,
      'Sign up for alerts',
    ]);
    expect(result.paragraphs).toEqual([
      'The first paragraph of the story is long enough to be prose.',
      closing,
    ]);
  });

  it('does not mutate its input', () => {
    const blocks = ['Title Line Here', '  The first paragraph of the story is long enough to be prose.  '];
    const copy = [...blocks];
    cleanParagraphs(blocks);
    expect(blocks).toEqual(copy);
  });
});

describe('cleanParagraphs on lead-ins and running prose', () => {
  const opening = 'The first paragraph of the story is long enough to be prose.';

  it('opens the body at a lead-in that ends in a colon and keeps the list it introduces', () => {
    const blocks = [
      'Builders Expect a Busy Spring',
      '2 May 2019',
      "The survey was taken at the association's spring meeting. It found that the members:",
      '- plan to start more homes than last year',
      '- expect loans to get cheaper by the summer',
      'Most of them said that land was the main cost.',
    ];
    const result = cleanParagraphs(blocks);
    expect(result.headline).toBe('Builders Expect a Busy Spring');
    expect(result.paragraphs).toEqual(blocks.slice(2));
  });

  it('keeps a closing lead-in and the quotation it introduces, but not the footer after them', () => {
    const result = cleanParagraphs([
      'Title of the Story',
      opening,
      'She closed with the first line of the old school song:',
      '"we shall not falter"',
      'Join the mailing list',
    ]);
    expect(result.paragraphs).toEqual([
      opening,
      'She closed with the first line of the old school song:',
      '"we shall not falter"',
    ]);
  });

  it('keeps a long closing lead-in that mentions comments, a word of page furniture', () => {
    const closing =
      'The clerk read out several of the letters and comments that residents had sent in during the week, and one stood out. It said:';
    expect(cleanParagraphs(['Title of the Story', opening, closing]).paragraphs).toEqual([opening, closing]);
  });

  it('keeps a closing paragraph of prose that breaks off after a full sentence', () => {
    const closing = 'The plan was approved in March. Critics, however, said the council had not';
    expect(cleanParagraphs(['Title of the Story', opening, closing]).paragraphs).toEqual([opening, closing]);
  });

  it('still drops a short closing subhead and a title-case label ending in a colon', () => {
    expect(cleanParagraphs(['Title of the Story', opening, 'Related Links:']).paragraphs).toEqual([opening]);
    expect(cleanParagraphs(['Title of the Story', opening, 'What the Mayor Said']).paragraphs).toEqual([
      opening,
    ]);
  });
});

describe('cleanParagraphs headlines', () => {
  const body = 'The county fair ended on Sunday with the judging of the livestock, organisers said.';

  it('takes a one-word line above the dateline as the headline', () => {
    expect(cleanParagraphs(['Results', '1 March 2019', body])).toEqual({
      paragraphs: [body],
      headline: 'Results',
      dateline: '2019-03-01',
    });
  });

  it('takes a one-word line that is the whole header as the headline', () => {
    expect(cleanParagraphs(['Stalling', body]).headline).toBe('Stalling');
  });

  it('prefers a headline of several words to a one-word section label above it', () => {
    expect(cleanParagraphs(['Politics', 'Council Approves the Budget', '1 March 2019', body]).headline).toBe(
      'Council Approves the Budget',
    );
  });

  it('does not take one of several lone words in a menu for the headline', () => {
    expect(cleanParagraphs(['Politics', 'Sports', body]).headline).toBeUndefined();
  });

  it('does not take a topic word such as cookies for page furniture in a headline', () => {
    expect(cleanParagraphs(['Cookie Sales Soar at the School Fair', '1 March 2019', body]).headline).toBe(
      'Cookie Sales Soar at the School Fair',
    );
    expect(cleanParagraphs(['Sponsored content', body]).headline).toBeUndefined();
  });
});

describe('caption lines in plain text', () => {
  it('never takes an image caption or credit line as the headline', () => {
    const cleaned = cleanParagraphs([
      'Ferry Service Resumes on the Lake',
      'Image caption The ferry at its dock on Monday',
      'Image copyright Example Agency',
      'The lake ferry returned to service on Monday after a two-week pause for repairs.',
    ]);
    expect(cleaned.headline).toBe('Ferry Service Resumes on the Lake');
  });
});
