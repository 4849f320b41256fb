import { describe, expect, it } from 'vitest';
import {
  brownArticleToText,
  detokenize,
  headlineFromText,
  isReservedBrownFile,
  listBrownFiles,
  parseBrownText,
  readBrownFile,
} from '../../src/io/brown-corpus.js';

// Hand-written in Brown's Form C layout: headline lines untabbed and tagged -hl, paragraphs start
// with a tab, one sentence per line.
const FIXTURE = [
  'Riverton/np-hl (/(-hl special/jj-hl )/)-hl ',
  '--/-- The/at town/nn council/nn voted/vbd 5/cd to/in 2/cd Monday/nr to/to buy/vb a/at new/jj fire/nn truck/nn ./.',
  '',
  '',
  "\tMayor/nn-tl Ada/np Brill/np said/vbd ,/, ``/`` We/ppss need/vb it/ppo ''/'' ./.",
  'The/at truck/nn costs/vbz $40,000/nns ./.',
  '',
  '',
  'Truck/nn-hl arrives/vbz-hl in/in-hl May/np-hl ',
  'Delivery/nn is/bez set/vbn for/in May/np 3/cd ,/, ,/, she/pps said/vbd ./.',
  '',
  '',
  '\tThe/at old/jj truck/nn ,/, a/at 1/2/cd ton/nn model/nn ,/, will/md be/be sold/vbn (/( at/in auction/nn )/) to/in Dr./nn-tl Lee/np of/in Bly/np Co./nn-tl ./.',
  '',
].join('\n');

describe('parseBrownText', () => {
  const stories = parseBrownText('cx01', FIXTURE);

  it('cuts the text into stories at headline lines and makes each headline a title', () => {
    expect(stories.map((s) => s.title)).toEqual([
      'The town council voted 5 to 2 Monday',
      'Truck arrives in May',
    ]);
    expect(stories.map((s) => s.paragraphs.length)).toEqual([2, 2]);
    expect(stories.every((s) => s.file === 'cx01')).toBe(true);
  });

  it('keeps a dateline headline followed by "--" inside the first paragraph, as printed', () => {
    expect(stories[0]?.paragraphs[0]).toBe(
      'Riverton (special) -- The town council voted 5 to 2 Monday to buy a new fire truck.',
    );
  });

  it('joins the sentence lines of a paragraph and renders Brown quotes as straight double quotes', () => {
    expect(stories[0]?.paragraphs[1]).toBe('Mayor Ada Brill said, "We need it". The truck costs $40,000.');
  });

  it('keeps slashes inside words, hugs brackets, and prints one mark for doubled punctuation', () => {
    expect(stories[1]?.paragraphs).toEqual([
      'Delivery is set for May 3, she said.',
      'The old truck, a 1/2 ton model, will be sold (at auction) to Dr. Lee of Bly Co.',
    ]);
  });

  it('does not take a sentence quoting a headline for a headline line', () => {
    const quoted = "\tHe/pps read/vbd :/: ``/`` Big/jj-hl Storm/nn-hl ''/'' in/in the/at paper/nn ./.\n";
    expect(parseBrownText('cx02', quoted)).toEqual([
      {
        file: 'cx02',
        title: 'He read: "Big Storm" in the paper',
        paragraphs: ['He read: "Big Storm" in the paper.'],
      },
    ]);
  });
});

describe('detokenize', () => {
  it('alternates lone single quotes between opening and closing', () => {
    expect(detokenize(['he', 'said', ',', "'", 'go', "'", '.'])).toBe("he said, 'go'.");
  });

  it('keeps a double dash as a dash between spaces', () => {
    expect(detokenize(['one', '--', 'two', ';', 'three', '?'])).toBe('one -- two; three?');
  });

  it('does not mutate its input', () => {
    const words = ['a', ',', 'b'];
    detokenize(words);
    expect(words).toEqual(['a', ',', 'b']);
  });
});

describe('listBrownFiles', () => {
  it('leaves out ca01–ca22, which are reserved for the held-out evaluation', async () => {
    const files = await listBrownFiles();
    expect(files.some(isReservedBrownFile)).toBe(false);
    expect(files).toContain('ca23');
    expect(files).toContain('cr09');
    expect(files.length).toBe(500 - 22);
  });

  it('filters by category', async () => {
    const press = await listBrownFiles({ categories: ['a'] });
    expect(press[0]).toBe('ca23');
    expect(press.length).toBe(44 - 22);
  });
});

describe('readBrownFile', () => {
  it('refuses a reserved file unless explicitly allowed', async () => {
    await expect(readBrownFile('ca05')).rejects.toThrow(/reserved/);
  });

  it.each(['ca23', 'ca30', 'cb05', 'cf10', 'cr01'])(
    'turns %s into untagged English stories',
    async (name) => {
      const stories = await readBrownFile(name);
      expect(stories.length).toBeGreaterThan(0);
      for (const story of stories) {
        expect(story.title.length).toBeGreaterThan(0);
        expect(story.paragraphs.length).toBeGreaterThan(0);
        const text = story.paragraphs.join('\n');
        // "and/or" is English; a Brown tag is a slash followed by lower-case tag letters then a space.
        expect(text).not.toMatch(/[A-Za-z.,]\/(?!or\b)[a-z$*+-]{1,8}(\s|$)/);
        expect(text).not.toMatch(/ [,;?!)]/);
        expect(text).not.toMatch(/``|''|\( /);
        expect(text).not.toMatch(/ {2}/);
      }
    },
  );

  it('makes a Brown headline a story title (ca23)', async () => {
    const stories = await readBrownFile('ca23');
    expect(stories.length).toBeGreaterThan(3);
    expect(stories.some((s) => s.title === 'Board oks pact')).toBe(true);
  });

  it.each(['ca30', 'cb05'])('balances double quotes within the stories of %s', async (name) => {
    const text = (await readBrownFile(name)).flatMap((s) => s.paragraphs).join(' ');
    const quotes = text.match(/"/g) ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.length % 2).toBe(0);
    // Every quote hugs the words it encloses: never a quote with a space on both sides.
    expect(text).not.toMatch(/ " /);
  });
});

describe('headlineFromText', () => {
  it('makes a short headline without closing punctuation, skipping a dateline', () => {
    expect(headlineFromText('Riverton (special) -- Sen. Ada Brill won. She thanked the voters.')).toBe(
      'Sen. Ada Brill won',
    );
    expect(headlineFromText('The town council voted 5 to 2 Monday to buy a new truck.')).toBe(
      'The town council voted 5 to 2 Monday',
    );
  });
});

describe('brownArticleToText', () => {
  it('renders headline, dateline and blank-line separated paragraphs', () => {
    const text = brownArticleToText(
      { file: 'cx01', title: 'Truck arrives', paragraphs: ['One.', 'Two.'] },
      '1961-05-03',
    );
    expect(text).toBe('Truck arrives\n\n3 May 1961\n\nOne.\n\nTwo.\n');
  });
});
