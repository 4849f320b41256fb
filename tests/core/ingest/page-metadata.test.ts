import { describe, expect, it } from 'vitest';
import { dropFurniture, isPageFurniture } from '../../../src/core/ingest/drop-furniture.js';
import { extractHtml } from '../../../src/core/ingest/extract-html.js';
import { ingestArticle } from '../../../src/core/ingest/ingest-article.js';
import { normalizeText } from '../../../src/core/ingest/normalize-text.js';
import { dateFromUrl, stripTitleSuffix } from '../../../src/core/ingest/page-metadata.js';

const BODY = `<article><h1>Ferry Service Resumes on the Lake</h1>
<p>The lake ferry returned to service on Monday after a two-week pause for repairs to its engine.</p>
<p>Officials said the crossing would run every hour until the end of the season in late October.</p>
<p>Riders who bought passes before the pause will have them extended by fourteen days, the operator said.</p></article>`;

function page(head: string, body = BODY, lang = ''): string {
  return `<!doctype html><html${lang}><head>${head}</head><body>${body}</body></html>`;
}

describe('page metadata', () => {
  it('GIVEN a canonical link to the site\'s section, not the story THEN no url, and the provenance says why', () => {
    const dated = '<meta property="article:published_time" content="2021-05-03T08:00:00Z"><meta property="og:site_name" content="Lake Gazette">';
    const html = page(`${dated}<link rel="canonical" href="//news.example.org/world/">`);
    const result = ingestArticle(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.url).toBe('');
    expect(result.found?.from?.url).toContain('only its section, https://news.example.org/world/');
    const story = ingestArticle(page(`${dated}<link rel="canonical" href="//news.example.org/world/"><meta property="og:url" content="https://news.example.org/world/ferry-resumes-2041">`));
    expect(story.ok && story.article.url).toBe('https://news.example.org/world/ferry-resumes-2041');
  });

  it('prefers JSON-LD over Open Graph for title, date, outlet and author', () => {
    const html = page(`<title>Old title | Lake Gazette</title>
<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
<meta property="article:published_time" content="2020-01-01T10:00:00Z">
<link rel="canonical" href="https://example.org/ferry">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry Service Resumes","datePublished":"2021-05-03T08:00:00Z","publisher":{"@type":"Organization","name":"Lake Gazette"},"author":[{"@type":"Person","name":"Ana Ruiz"}]}</script>`);
    const result = ingestArticle(html);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article).toMatchObject({ title: 'Ferry Service Resumes', published: '2021-05-03', source: 'Lake Gazette', url: 'https://example.org/ferry' });
    expect(result.found?.author).toBe('Ana Ruiz');
  });

  it('reads @graph JSON-LD, og:url, og tags and <html lang>', () => {
    const html = page(`<meta property="og:url" content="https://example.org/a"><meta property="og:site_name" content="Shore News">
<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"Article","datePublished":"2019-02-21"}]}</script>`, BODY, ' lang="en-GB"');
    const extracted = extractHtml(html);
    expect(extracted).toMatchObject({ url: 'https://example.org/a', siteName: 'Shore News', publishedTime: '2019-02-21', language: 'en-GB', title: 'Ferry Service Resumes on the Lake' });
  });

  it('falls back to Parse.ly, Dublin Core, <time datetime> and a date in the address', () => {
    expect(extractHtml(page('<meta name="parsely-pub-date" content="2018-04-20T04:20:00Z">'))?.publishedTime).toBe('2018-04-20T04:20:00Z');
    expect(extractHtml(page('<meta name="DC.date.issued" content="2017-03-02">'))?.publishedTime).toBe('2017-03-02');
    expect(extractHtml(page('', `<time datetime="2016-06-07T10:00">June 7</time>${BODY}`))?.publishedTime).toBe('2016-06-07T10:00');
    // The address's date is the last resort, recorded as such in the file.
    const addressed = ingestArticle(page('<link rel="canonical" href="https://example.org/2015/02/26/ferry/">'));
    expect(addressed.ok && [addressed.article.published, addressed.found?.from?.published]).toEqual(['2015-02-26', "the page's address"]);
    expect(dateFromUrl('https://example.org/story-name-20190520/')).toBe('2019-05-20');
    expect(dateFromUrl('https://example.org/story/12345')).toBeUndefined();
  });

  it("takes the byline the page marks with rel=author over a teaser's byline, and keeps its co-authors", () => {
    // A "most read" box above the story, its teaser with its own class="byline", as sites print them.
    const teaser = '<div class="most-read"><a href="/other">Storm Closes Harbour</a> <span class="byline"><a href="/writer/lee-park">Lee Park</a></span></div>';
    const byline = '<span class="byline">By <a href="/writer/ana-ruiz" rel="author">Ana Ruiz</a> and <a href="/writer/tom-hale" rel="author">Tom Hale</a></span>';
    const marked = extractHtml(page('<title>Ferry Service Resumes</title>', `${teaser}${BODY.replace('</h1>', `</h1>${byline}`)}`));
    expect(marked?.author).toBe('Ana Ruiz, Tom Hale');
    // Microdata names the author too: its itemprop=name, not the bio around it.
    const person = '<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Ruiz</span> has written about the lake region and its ferries for the Gazette since 2009.</div>';
    expect(extractHtml(page('', `${teaser}${BODY.replace('</h1>', `</h1>${person}`)}`))?.author).toBe('Ana Ruiz');
    // A tag in the head still wins; rel=author in a sidebar or footer, or on <link>, does not count.
    expect(extractHtml(page('<meta name="author" content="Jo Marsh">', `${BODY.replace('</h1>', `</h1>${byline}`)}`))?.author).toBe('Jo Marsh');
    const elsewhere = `<link rel="author" href="mailto:desk@example.org"><aside><a rel="author" href="/x">Lee Park</a></aside>${BODY.replace('</h1>', `</h1>${byline}`)}<footer><a rel="author" href="/y">Kim Lo</a></footer>`;
    expect(extractHtml(page('', elsewhere))?.author).toBe('Ana Ruiz, Tom Hale');
  });

  it('takes the outlet from microdata or a wire credit, never from an address', () => {
    expect(extractHtml(page('<meta property="og:site_name" content="http://www.example.org">', `${BODY}<footer><span itemprop="publisher" itemscope><meta itemprop="name" content="Lake Gazette Company"></span></footer>`))?.siteName).toBe('Lake Gazette Company');
    const wire = `<article><h1>Talks Resume</h1><p>HARBOURTON (Reuters) - Talks between the two port unions resumed on Tuesday after a week of strikes.</p><p>Both sides said they hoped to reach an agreement before the end of the month, officials said.</p></article>`;
    expect(extractHtml(page('', wire))?.siteName).toBe('Reuters');
  });

  it('names the outlet by the address\'s host as a last resort', () => {
    expect(extractHtml(page('<link rel="canonical" href="https://www.lakegazette.example/ferry">'))?.siteName).toBe('lakegazette.example');
  });

  it('takes <title> over a lone <h1> that shares no word with it (a section name)', () => {
    const body = BODY.replace(/<h1>.*<\/h1>/, '<h1>Travel Center</h1>');
    expect(extractHtml(page('<title>Ferry Resumes on the Lake</title>', body))?.title).toBe('Ferry Resumes on the Lake');
    expect(extractHtml(page('<title>Ferry news | Gazette</title>'))?.title).toBe('Ferry Service Resumes on the Lake');
  });

  it('strips the site name and author from <title>', () => {
    expect(stripTitleSuffix('Ferry Resumes | Lake Gazette', ['Lake Gazette'])).toBe('Ferry Resumes');
    expect(stripTitleSuffix('Ferry Resumes - Ana Ruiz', [undefined, 'Ana Ruiz'])).toBe('Ferry Resumes');
    expect(stripTitleSuffix('Lake Gazette :: Ferry Resumes', ['Lake Gazette'])).toBe('Lake Gazette :: Ferry Resumes');
    expect(stripTitleSuffix('Lake Gazette - Ferry Resumes', ['Lake Gazette'])).toBe('Ferry Resumes');
    expect(stripTitleSuffix('Left - Right', ['Other'])).toBe('Left - Right');
  });

  it('uses <title> without its suffix when there is no other title', () => {
    const body = BODY.replace(/<h1>.*<\/h1>/, '');
    expect(extractHtml(page('<title>Ferry Resumes | Lake Gazette</title><meta property="og:site_name" content="Lake Gazette">', body))?.title).toBe('Ferry Resumes');
  });
});

describe('text normalisation', () => {
  it('removes invisible characters and makes non-breaking spaces plain, keeping quotes', () => {
    expect(normalizeText('Vladi\u00admir\u200b said\u00a0\u201cno\u201d and \'yes\'\u2060')).toBe('Vladimir said \u201cno\u201d and \'yes\'');
  });

  it('applies to HTML bodies', () => {
    const html = page('<meta property="og:site_name" content="G"><meta property="article:published_time" content="2020-01-01">', BODY.replace('ferry returned to', 'fer\u00adry\u200b returned\u00a0to'));
    const result = ingestArticle(html);
    expect(result.ok && result.article.paragraphs[0]).toBe('The lake ferry returned to service on Monday after a two-week pause for repairs to its engine.');
  });
});

describe('page furniture', () => {
  it.each([
    'Continue reading the main story',
    '[Read: Why the lake rose this spring]',
    'Related: Ferry fares to rise next year',
    'Read more: The history of the lake ferry',
    'Powered by Some Platform',
    'Read the full transcript of the interview here.',
    'Sign up for our morning newsletter and get the news first.',
    'Image caption The ferry at its dock',
    'Image copyright Example Agency',
    'Photo: Example Agency',
    'Credit: Jane Roe for the Lake Gazette',
    'The ferry leaves its dock at dawn. (Photo: Jane Roe)',
    'Lakes are changing fast. Keep up with the Lake Gazette Morning newsletter.',
    '[Before your commute: Get Lake Today in your inbox.]',
    'Subscribe to the weekly Ferry Notes newsletter for timetables.',
    'A version of this article appears in print on , on Page B3 of the Lake edition with the headline: Ferry Returns. Order Reprints | Today\'s Paper | Subscribe',
    'Appeared in the May 3, 2021, print edition as \'Ferry Returns.\'',
    'Gallery: The ferry at night | 12 Photos',
    'Slideshow: Opening day on the lake',
    'The ferry waits at its dock on Monday. Crews ended their strike on Tuesday after talks that lasted four days, the union said. (AP Photo/Jane Roe)',
    'In this photo taken on Monday, the ferry leaves Portwell. The operator said the crossing would run every hour until the end of the season, and passes would be extended.(Jane Roe/Lake Harbour Office photo via AP)',
  ])('drops %j', (line) => {
    expect(isPageFurniture(line)).toBe(true);
  });

  it.each([
    'The ferry returned to service on Monday.',
    'Related coverage was slim, the editor said, because the crossing is small.',
    'He said: "Continue reading the rules before you board."',
    'Officials powered by grit kept the ferry running.',
    'The newsletter, which reaches 40,000 inboxes each morning, was founded in 2009.',
    'Readers can get the Gazette newsletter free, the editor said.',
    '"Get the newsletter out by Friday," she told the staff.',
    'The advertisement appeared in the Sunday print edition of the Gazette and drew complaints.',
    'This story has been updated to correct the ferry\'s departure time.',
    'The museum\'s gallery: a room of 40 photos of the lake, all taken by one ferryman.',
    'The ferryman kept one picture on the wall of the cabin. Visitors asked about it every day (the photo was taken by his father).',
  ])('keeps %j', (line) => {
    expect(isPageFurniture(line)).toBe(false);
  });

  it('drops the author bio but keeps the author quoted in the story', () => {
    const paragraphs = ['Ana Ruiz said the lake was calm.', 'Ana Ruiz is a reporter covering transport for the paper.'];
    expect(dropFurniture(paragraphs, { author: 'By Ana Ruiz' })).toEqual(['Ana Ruiz said the lake was calm.']);
  });
});
