import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestArticle, INGEST_ERRORS, INGEST_WARNINGS, UNKNOWN_SOURCE, type IngestResult } from '../../../src/core/ingest/ingest-article.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';

const SEED = join(import.meta.dirname, '../../fixtures/seed/voa-2007-07-25-raw.txt');
const FIXTURES = join(import.meta.dirname, '../../fixtures/ingest');

function ok(result: IngestResult): Extract<IngestResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}

function error(result: IngestResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.fileName}`);
  return result.error;
}

describe('ingestArticle on the seed article', () => {
  const raw = readFileSync(SEED, 'utf8');
  const { article, fileName } = ok(ingestArticle(raw, { source: 'VOA' }));
  const body = article.paragraphs.join('\n');

  it('finds the headline and the dateline', () => {
    expect(article.title).toBe('US Rejects Iranian Proposal for Higher-Level Talks on Iraq');
    expect(article.published).toBe('2007-07-25');
    expect(fileName).toBe('2007-07-25-us-rejects-iranian-proposal-for-higher-level-talks-on-iraq.md');
    expect(article.id).toBe('2007-07-25-us-rejects-iranian-proposal-for-higher-level-talks-on-iraq');
  });

  it('drops the banner, the section label, the sign-up line and the book advertisement', () => {
    expect(body).not.toMatch(/Career Network|JOIN NOW/);
    expect(body).not.toMatch(/Weapons of Mass Destruction/);
    expect(body).not.toMatch(/mailing list/);
    expect(body).not.toMatch(/Yglesias|One Billion Americans/);
  });

  it('keeps the body word for word, including its closing credit line', () => {
    const expected = raw
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => /[.!?]"?$/.test(p));
    expect(article.paragraphs).toEqual(expected);
    expect(article.paragraphs[0]).toMatch(/^The United States has rejected an Iranian suggestion/);
    expect(article.paragraphs.at(-1)).toBe(
      'Some information for this report was provided by AFP and Reuters.',
    );
    for (const paragraph of article.paragraphs) {
      for (const sentence of splitSentences(paragraph)) expect(raw).toContain(sentence);
    }
  });

  it('takes the source from the options and leaves the url empty', () => {
    expect(article.source).toBe('VOA');
    expect(article.url).toBe('');
    expect(article.people).toEqual([]);
  });

  it('prefers a title and a date given by the caller', () => {
    const given = ok(ingestArticle(raw, { source: 'VOA', title: 'Talks Rejected', published: '2007-07-26' }));
    expect(given.article.title).toBe('Talks Rejected');
    expect(given.fileName).toBe('2007-07-26-talks-rejected.md');
    expect(given.article.paragraphs).toEqual(article.paragraphs);
  });
});

describe('ingestArticle on HTML', () => {
  const html = readFileSync(join(FIXTURES, 'harbor-story.html'), 'utf8');
  const { article, fileName } = ok(ingestArticle(html, {}));
  const body = article.paragraphs.join('\n');

  it('reads the headline, outlet and date from the page metadata', () => {
    expect(article.title).toBe('Harbor Bridge Reopens After Two Years of Repairs');
    expect(article.source).toBe('The Coastal Ledger');
    expect(article.published).toBe('2019-03-14');
    expect(fileName).toBe('2019-03-14-harbor-bridge-reopens-after-two-years-of-repairs.md');
  });

  it('keeps the story paragraphs in order and drops navigation, ads, share bars and the footer', () => {
    expect(article.paragraphs).toHaveLength(5);
    expect(article.paragraphs[0]).toBe(
      'The Harbor Bridge reopened to traffic on Thursday morning, two years after inspectors closed it because of corroded steel cables.',
    );
    expect(article.paragraphs[4]).toBe(
      'Some residents said the closure had doubled their travel time. "I am just glad it is over," said Maria Chen, who drives to the port every day.',
    );
    expect(body).not.toMatch(/Subscribe|ADVERTISEMENT|Share on|Related stories|Copyright|newsletter|By Dana/);
  });

  it('detects HTML from the content and accepts an explicit format', () => {
    expect(ok(ingestArticle(html, { format: 'html' })).article.paragraphs).toEqual(article.paragraphs);
  });

  it("falls back to the single <h1>, a <time datetime> and the caller's source on a page without metadata", () => {
    const bare = [
      '<html><head><title>Ferry Service Resumes</title></head><body>',
      '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>',
      '<h1>Ferry Service Resumes</h1><time datetime="2019-04-02">2 April 2019</time>',
      '<p>Ferry service between the two islands resumed on Tuesday after a three-week strike by crews ended.</p>',
      '<p>The operator said all routes would run on the normal timetable from Wednesday, with extra sailings at the weekend.</p>',
      '</body></html>',
    ].join('\n');
    expect(ok(ingestArticle(bare, {})).warnings).toEqual([INGEST_WARNINGS.noSource]);
    const { article } = ok(ingestArticle(bare, { source: 'Ledger' }));
    expect(article.title).toBe('Ferry Service Resumes');
    expect(article.published).toBe('2019-04-02');
    // The site's name beside the headline in <title> names the outlet, and the file says where it came from.
    const titled = ok(ingestArticle(bare.replace('<title>Ferry Service Resumes', '<title>Ledger | Ferry Service Resumes'), {}));
    expect(titled.article.source).toBe('Ledger');
    expect(titled.warnings).toEqual([]);
    expect(titled.found?.from).toEqual({ source: "the page's <title>" });
    expect(article.paragraphs).toEqual([
      'Ferry service between the two islands resumed on Tuesday after a three-week strike by crews ended.',
      'The operator said all routes would run on the normal timetable from Wednesday, with extra sailings at the weekend.',
    ]);
  });

  it('GIVEN a slideshow caption with its photo credit above the story and "___" rules between its paragraphs THEN the story opens at its first paragraph, and the rules are left out with a warning', () => {
    const page = [
      '<html><head><title>Ferry Strike Ends</title><meta property="og:site_name" content="The Ledger"></head><body><article>',
      '<div class="slides"><p><span>1 / 4</span></p><p>In this photo taken on Monday, crews of the island ferry wait at the pier in Portwell. The crews ended their three-week strike on Tuesday after talks with the operator, the union said.(Lena Marsh/Portwell Harbour Office photo via Wire)</p></div>',
      '<p>PORTWELL (Wire) — Ferry crews ended a three-week strike on Tuesday after the operator agreed to hire twelve more deckhands, the union said.</p>',
      '<p>The operator said all routes would run on the normal timetable from Wednesday, with extra sailings at the weekend.</p>',
      '<p>___</p>',
      '<p>This version corrects the name of the union to the Harbour Crews Union.</p>',
      '</article></body></html>',
    ].join('\n');
    const { article, warnings } = ok(ingestArticle(page, { published: '2019-04-02' }));
    expect(article.paragraphs).toEqual([
      'PORTWELL (Wire) — Ferry crews ended a three-week strike on Tuesday after the operator agreed to hire twelve more deckhands, the union said.',
      'The operator said all routes would run on the normal timetable from Wednesday, with extra sailings at the weekend.',
      'This version corrects the name of the union to the Harbour Crews Union.',
    ]);
    expect(warnings).toEqual([INGEST_WARNINGS.furnitureLeftOut(['___'])]);
  });

  it("GIVEN a standfirst in the article's own <header> (loose text, or a paragraph) THEN it opens the body; the page's header stays out", () => {
    const story = [
      '<p>Ferry crews ended a three-week strike on Tuesday after the operator agreed to hire twelve more deckhands.</p>',
      '<p>The operator said all routes would run on the normal timetable from Wednesday, with extra sailings at the weekend.</p>',
    ].join('');
    const standfirst = 'Islanders waited three weeks for a boat. What did the crews win, and what comes next?';
    const site = '<header><p>The Ledger brings you the news of the islands every single morning.</p></header>';
    for (const body of [
      `${site}<div itemprop="articleBody"><header>${standfirst}</header>${story}</div>`,
      `${site}<article><header><h1>Ferry Strike Ends</h1><p>${standfirst}</p><p>By Lena Marsh</p></header>${story}</article>`,
    ]) {
      const page = `<html><head><title>Ferry Strike Ends</title><meta property="og:site_name" content="The Ledger"></head><body>${body}</body></html>`;
      const { article, warnings } = ok(ingestArticle(page, { published: '2019-04-02' }));
      expect(article.paragraphs[0]).toBe(standfirst);
      expect(article.paragraphs).toHaveLength(3);
      expect(warnings).toEqual([]);
    }
  });

  it('removes the site name from a page title', () => {
    const page =
      '<html><head><title>Ferry Service Resumes | The Ledger</title><meta property="og:site_name" content="The Ledger"></head><body><article><p>Ferry service between the two islands resumed on Tuesday after a three-week strike ended, officials said.</p></article></body></html>';
    expect(ok(ingestArticle(page, { published: '2019-04-02' })).article.title).toBe('Ferry Service Resumes');
  });

  it('ingests an HTML fragment (no <html> or <body>, unclosed tags) as the article body', () => {
    const fragment =
      '<div><div>The council voted on Tuesday to close the old bridge over the river after engineers warned that its supports had weakened.</p>' +
      '<p>Repairs are expected to take two years and to cost the city about four million dollars, the mayor said.</p>';
    const { article } = ok(ingestArticle(fragment, { title: 'Bridge Closes', published: '2018-04-05', source: 'Ledger' }));
    expect(article.paragraphs).toEqual([
      'The council voted on Tuesday to close the old bridge over the river after engineers warned that its supports had weakened.',
      'Repairs are expected to take two years and to cost the city about four million dollars, the mayor said.',
    ]);
    // Top-level paragraphs side by side, as Readability's own output is, keep every one of them.
    const siblings = ok(ingestArticle(`<p>${article.paragraphs[0] ?? ''}</p><p>${article.paragraphs[1] ?? ''}</p>`, { title: 'Bridge Closes', published: '2018-04-05', source: 'Ledger' }));
    expect(siblings.article.paragraphs).toEqual(article.paragraphs);
  });

  it('reads a page saved without <body> whose <html> keeps its head', () => {
    const page =
      '<html lang="en"><head><title>Ferry Service Resumes</title><meta property="og:site_name" content="The Ledger"></head>' +
      '<p>Ferry service between the two islands resumed on Tuesday after a three-week strike by crews ended.</p></html>';
    const { article } = ok(ingestArticle(page, { published: '2019-04-02' }));
    expect(article.title).toBe('Ferry Service Resumes');
    expect(article.source).toBe('The Ledger');
    expect(article.paragraphs).toEqual(['Ferry service between the two islands resumed on Tuesday after a three-week strike by crews ended.']);
  });

  it('keeps a sentence whole when comments or inline elements split its text', () => {
    const lead = (day: string): string =>
      `<p>The council voted on ${day} to close the old bridge over the river after engineers warned that its supports had weakened.</p>`;
    const page = (inner: string): string =>
      `<html><body><article><h1>Bridge Closes</h1>${lead('Tuesday')}<div>${inner}</div>${lead('Monday')}</article></body></html>`;
    const middle = (inner: string): string[] => ok(ingestArticle(page(inner), { published: '2018-04-05', source: 'Ledger' })).article.paragraphs.slice(1, -1);
    // As server-rendered pages print it: a comment between each part of the sentence.
    expect(middle('Jane Doe<!-- --> and <!-- -->John Roe<!-- --> <!-- -->contributed reporting<!-- -->.')).toEqual(['Jane Doe and John Roe contributed reporting.']);
    expect(middle('Printed on Page <!-- -->A<!-- -->22<!-- --> of the city edition.')).toEqual(['Printed on Page A22 of the city edition.']);
    // Inline elements that reader mode does not know as inline: no split, no lost word.
    expect(middle('Jane Doe <u>and</u> John Roe <del>also</del> contributed reporting from <x-place>the capital</x-place>.')).toEqual([
      'Jane Doe and John Roe also contributed reporting from the capital.',
    ]);
  });

  it('reports a page with no readable text as having no body', () => {
    expect(
      error(
        ingestArticle('<html><body><nav><a href="/">Home</a></nav></body></html>', {
          source: 'X',
          title: 'T',
          published: '2019-01-01',
        }),
      ),
    ).toBe(INGEST_ERRORS.noBody);
  });
});

describe('ingestArticle on wrapped plain text', () => {
  const raw = readFileSync(join(FIXTURES, 'wrapped-story.txt'), 'utf8');
  const { article } = ok(ingestArticle(raw, { source: 'Rivertown Gazette' }));

  it('joins wrapped lines of one paragraph and finds headline and posted date', () => {
    expect(article.title).toBe('Council Approves New Library Budget');
    expect(article.published).toBe('2019-03-04');
    expect(article.paragraphs).toEqual([
      'The city council voted 7 to 2 on Monday to approve a budget of $3.2 million for the new central library, ending a debate that lasted almost a year.',
      'Council member J. R. Patel, who led the opposition, said the vote came too early. "We still do not know what the building will cost to run," he said.',
      'The library is expected to open in 2021.',
    ]);
  });
});

describe('ingestArticle and lines inside the text', () => {
  const options = { title: 'Water research', source: 'Invented Gazette', published: '1961-09-25' } as const;

  it('GIVEN a lettered list whose third item opens with "(C)" THEN every item is kept', () => {
    const text = 'The Secretary may act in several ways.\n\n(B) enter into contracts with universities;\n\n(C) make research and training grants;\n\n(D) use federal laboratories;\n\nThe law passed after a long debate.\n';
    const { article, warnings } = ok(ingestArticle(text, options));
    expect(article.paragraphs).toContain('(C) make research and training grants;');
    expect(warnings).toEqual([]);
  });

  it('GIVEN a call to action between two paragraphs THEN it is left out, and the curator is told which line', () => {
    const text = 'The talks began on Monday in the capital and lasted four hours.\n\nClick here to subscribe to our daily briefing.\n\nBoth sides called them useful and agreed to meet again.\n';
    const { article, warnings } = ok(ingestArticle(text, options));
    expect(article.paragraphs).toHaveLength(2);
    expect(warnings).toEqual([INGEST_WARNINGS.furnitureLeftOut(['Click here to subscribe to our daily briefing.'])]);
    expect(warnings[0]).toContain('"Click here to subscribe to our daily briefing."');
  });
});

describe('ingestArticle on pasted text with its first line a heading', () => {
  const text = 'Preparation for membership\n\nThe pastor meets new members four times. Each session lasts an hour.\n';

  it('GIVEN --title and a first line read as another headline THEN the curator is told that line left the body', () => {
    const { article, warnings } = ok(ingestArticle(text, { title: 'Preparing New Members', source: 'Parish News', published: '1961-01-15' }));
    expect(article.title).toBe('Preparing New Members');
    expect(warnings).toContain(INGEST_WARNINGS.headlineReplaced('Preparation for membership'));
  });

  it('GIVEN --title and a first line that only repeats the opening words of the first paragraph THEN nothing is lost and nothing to warn of', () => {
    const opening = 'The pastor meets new members\n\nThe pastor meets new members four times. Each session lasts an hour.\n';
    const { article, warnings } = ok(ingestArticle(opening, { title: 'Preparing New Members', source: 'Parish News', published: '1961-01-15' }));
    expect(article.paragraphs[0]).toMatch(/^The pastor meets new members four times/);
    expect(warnings).toEqual([]);
  });

  it('GIVEN --title and a first line that is a stretch cut from inside the first paragraph THEN nothing is lost and nothing to warn of; a short heading the paragraph also uses is still warned of', () => {
    const fragment = 'called the Long Pier for its length\n\nThe old quay -- called the Long Pier for its length -- fell into the bay last winter.\n';
    const { warnings } = ok(ingestArticle(fragment, { title: 'Quay Falls', source: 'Harbor News', published: '1961-06-01' }));
    expect(warnings).toEqual([]);
    const section = 'Harbor\n\nThe old quay fell into the Harbor last winter.\n';
    expect(ok(ingestArticle(section, { title: 'Quay Falls', source: 'Harbor News', published: '1961-06-01' })).warnings).toContain(INGEST_WARNINGS.headlineReplaced('Harbor'));
  });

  it('GIVEN a first line repeating the opening of a paragraph of talk that breaks off ("… but" --) THEN the paragraph is the body\'s first and nothing is warned of', () => {
    const talk = 'Thrifty of him to keep it. Odd\n\n"Thrifty of him to keep it. Odd in a man like that, but" --\n\n"You can laugh! Did you not read it? He sold the mill!"\n\nTom Vask had more to say about the mill and the men who ran it.\n';
    const { article, warnings } = ok(ingestArticle(talk, { title: 'The Mill Sold', source: 'Brown corpus', published: '1961-06-01' }));
    expect(article.paragraphs[0]).toBe('"Thrifty of him to keep it. Odd in a man like that, but" --');
    expect(article.paragraphs).toHaveLength(3);
    expect(warnings).toEqual([]);
  });

  it('GIVEN running text above the line read as the headline THEN the curator is told it was left out, word for word', () => {
    const lost = 'The ferry ran late again this week and nobody on the quay could say why it had stopped so long at the island pier';
    const pasted = `Harbor News\n\n${lost}\n\nTom Vask blamed the tide that morning and the new captain who had never sailed the channel before this spring\n\nThe council will meet on Friday to hear from the captain and the harbor master.\n`;
    const { warnings } = ok(ingestArticle(pasted, { title: 'Ferry Late', source: 'Harbor News', published: '1961-06-01' }));
    expect(warnings).toContain(INGEST_WARNINGS.aboveLeftOut([lost]));
    expect(warnings.join('\n')).toContain('The ferry ran late again');
  });

  it('GIVEN --title equal to the first line and a letter\'s heading under it THEN only the first line leaves the body; the heading stays, and nothing is warned of', () => {
    const letters = 'Letters: Harbor fees, parks\n\nHarbor fees\n\nElmford, May 3 -- I agree with the letter on the harbor fees that the council raised this spring.\n\nParks\n\nThe parks are a disgrace, and the council should say so.\n';
    const { article, warnings } = ok(ingestArticle(letters, { title: 'Letters: Harbor fees, parks', source: 'Harbor News', published: '1961-06-01' }));
    expect(article.paragraphs[0]).toBe('Harbor fees');
    expect(article.paragraphs).toHaveLength(4);
    expect(warnings).toEqual([]);
  });

  it('GIVEN --title equal to the heading line THEN it is the title, not repeated in the body, and nothing to warn of', () => {
    const { article, warnings } = ok(ingestArticle(text, { title: 'Preparation for membership', source: 'Parish News', published: '1961-01-15' }));
    expect(article.paragraphs[0]).toMatch(/^The pastor meets/);
    expect(warnings).toEqual([]);
  });

  it('GIVEN no --title and a Markdown heading THEN the title is without its "#" marks', () => {
    const { article } = ok(ingestArticle(`## Preparation for membership\n\n${text.split('\n\n')[1]}`, { source: 'Parish News', published: '1961-01-15' }));
    expect(article.title).toBe('Preparation for membership');
    expect(article.paragraphs[0]).toMatch(/^The pastor meets/);
  });
});

describe('ingestArticle dates', () => {
  const story = (dateline: string): string =>
    `Rain Falls on the City\n\n${dateline}\n\nRain fell on the city all day on Wednesday, flooding two streets.\n`;

  it.each([
    ['25 July 2007', '2007-07-25'],
    ['July 25, 2007', '2007-07-25'],
    ['2007-07-25', '2007-07-25'],
    ['Wednesday, July 25, 2007 10:12 AM', '2007-07-25'],
    ['Posted: Jul. 25, 2007', '2007-07-25'],
    ['Updated 2007-07-25T23:30:00-05:00', '2007-07-25'],
  ])('reads the dateline "%s"', (dateline, expected) => {
    expect(ok(ingestArticle(story(dateline), { source: 'S' })).article.published).toBe(expected);
  });

  it('reads a dateline that opens the first paragraph', () => {
    const raw =
      'Rain Falls on the City\n\nLONDON, July 25, 2007 (Reuters) - Rain fell on the city all day, flooding two streets.\n';
    const { article } = ok(ingestArticle(raw, { source: 'Reuters' }));
    expect(article.published).toBe('2007-07-25');
    expect(article.paragraphs[0]).toMatch(/^LONDON, July 25, 2007 \(Reuters\) - Rain fell/);
  });

  it.each(['25 July 2007', 'July 25, 2007', '2007-07-25', 'Wednesday, July 25, 2007 10:12 AM'])(
    'accepts --published "%s"',
    (published) => {
      expect(ok(ingestArticle(story('no date here'), { source: 'S', published })).article.published).toBe(
        '2007-07-25',
      );
    },
  );

  it('rejects an unreadable --published with one line', () => {
    expect(error(ingestArticle(story('25 July 2007'), { source: 'S', published: 'next week' }))).toBe(
      INGEST_ERRORS.badDate('next week'),
    );
    expect(error(ingestArticle(story('25 July 2007'), { source: 'S', published: '2007-02-30' }))).toBe(
      INGEST_ERRORS.badDate('2007-02-30'),
    );
  });

  it('asks for a date when the text has none', () => {
    expect(error(ingestArticle(story('Wednesday'), { source: 'S' }))).toBe(INGEST_ERRORS.noDate);
  });
});

describe('ingestArticle on short headlines and lead-ins', () => {
  it('ingests a story whose headline is one word above the dateline', () => {
    const raw =
      'Results\n\n1 March 2019\n\nThe county fair ended on Sunday with the judging of the livestock.\n\nA heifer from a farm near the river won the top prize.\n';
    const { article, fileName } = ok(ingestArticle(raw, { source: 'Gazette' }));
    expect(article.title).toBe('Results');
    expect(fileName).toBe('2019-03-01-results.md');
    expect(article.paragraphs).toHaveLength(2);
  });

  it('keeps every paragraph of a story that opens and closes with lead-ins ending in a colon', () => {
    const paragraphs = [
      'The poll was taken at the spring meeting of the growers. It showed that the growers:',
      'Expect a larger apple crop than last year, and lower prices at the market.',
      'The chairman read a letter from a member, which said in part:',
    ];
    const raw = `Growers Hopeful\n\n3 April 2019\n\n${paragraphs.join('\n\n')}\n\nJoin the mailing list\n`;
    expect(ok(ingestArticle(raw, { source: 'Gazette' })).article.paragraphs).toEqual(paragraphs);
  });
});

describe('ingestArticle errors', () => {
  it.each([
    ['empty input', '', INGEST_ERRORS.empty],
    ['blank input', ' \n\t\n', INGEST_ERRORS.empty],
    ['binary input', 'PK\u0003\u0004\u0000\u0000\u0014\u0000binary', INGEST_ERRORS.binary],
    [
      'text with no running prose',
      'Home\n\nNews | Sports | Weather\n\nJoin the mailing list',
      INGEST_ERRORS.noBody,
    ],
  ])('rejects %s', (_name, raw, expected) => {
    expect(error(ingestArticle(raw, { source: 'S', title: 'T', published: '2007-07-25' }))).toBe(expected);
  });

  it('asks for a headline when none stands above the body', () => {
    expect(
      error(
        ingestArticle('Rain fell on the city all day on Wednesday, flooding two streets.', {
          source: 'S',
          published: '2007-07-25',
        }),
      ),
    ).toBe(INGEST_ERRORS.noTitle);
  });

  it('marks the source "unknown" and warns when plain text gives none', () => {
    const result = ok(ingestArticle('Rain Falls\n\n25 July 2007\n\nRain fell on the city all day on Wednesday.', {}));
    expect(result.article.source).toBe(UNKNOWN_SOURCE);
    expect(result.warnings).toEqual([INGEST_WARNINGS.noSource]);
  });

  it('rejects a url that is not an http(s) link', () => {
    const raw = 'Rain Falls\n\n25 July 2007\n\nRain fell on the city all day on Wednesday.';
    expect(error(ingestArticle(raw, { source: 'S', url: 'ftp://x' }))).toBe(INGEST_ERRORS.badUrl('ftp://x'));
    expect(ok(ingestArticle(raw, { source: 'S', url: 'https://example.org/rain' })).article.url).toBe(
      'https://example.org/rain',
    );
  });

  it('keeps every error message on one line', () => {
    for (const message of [
      INGEST_ERRORS.empty,
      INGEST_ERRORS.binary,
      INGEST_ERRORS.noBody,
      INGEST_ERRORS.noTitle,
      INGEST_ERRORS.noDate,
      INGEST_WARNINGS.noSource,
    ]) {
      expect(message).not.toContain('\n');
    }
  });
});
