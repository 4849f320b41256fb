import { describe, expect, it } from 'vitest';
import { renderKnowledgeFile } from '../../../src/core/ingest/render-knowledge-file.js';
import { slugify } from '../../../src/core/ingest/slug.js';
import { parseKnowledgeFile } from '../../../src/core/knowledge/parse-knowledge-file.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import type { Article } from '../../../src/core/types.js';

const article: Article = {
  id: '2019-03-14-harbor-bridge-reopens',
  title: 'Harbor Bridge: "Reopens" After Repairs',
  published: '2019-03-14',
  source: 'The Coastal Ledger',
  url: '',
  people: [{ name: 'Elena Ruiz', role: 'Mayor', aliases: ['Ruiz'] }, { name: 'Maria Chen' }],
  paragraphs: ['The Harbor Bridge reopened on Thursday.', 'Mayor Elena Ruiz said the city "kept its promise." Commuters cheered.'],
};

describe('renderKnowledgeFile', () => {
  const text = renderKnowledgeFile(article);

  it('writes front matter in a fixed order and one paragraph per block', () => {
    expect(text.startsWith('---\nid: 2019-03-14-harbor-bridge-reopens\ntitle: ')).toBe(true);
    expect(text).toContain('\npublished: 2019-03-14\nsource: The Coastal Ledger\nurl: ""\npeople:\n');
    expect(text.endsWith('---\n\nThe Harbor Bridge reopened on Thursday.\n\nMayor Elena Ruiz said the city "kept its promise." Commuters cheered.\n')).toBe(true);
  });

  it('reads back as the same article', () => {
    expect(parseKnowledgeFile(text, 'x.md')).toEqual({ ok: true, article });
  });

  it('keeps every sentence a verbatim substring of the file, even for wrapped input', () => {
    const wrapped = { ...article, paragraphs: ['The bridge\nreopened on\n  Thursday. It rained.'] };
    const file = renderKnowledgeFile(wrapped);
    const parsed = parseKnowledgeFile(file, 'x.md');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const sentence of splitSentences(parsed.article.paragraphs[0] ?? '')) expect(file).toContain(sentence);
  });

  it('omits an empty people list', () => {
    expect(renderKnowledgeFile({ ...article, people: [] })).not.toContain('people');
  });

  it('writes the byline, the language and where a value came from, and the parser accepts them', () => {
    const file = renderKnowledgeFile(article, {
      author: 'Dana  Whitfield',
      language: 'en',
      from: { published: 'the date line under the headline', source: "the page's <title>" },
    });
    expect(file).toContain('\nauthor: Dana Whitfield\nlanguage: en\nprovenance: published from the date line under the headline; source from the page\'s <title>\n');
    // The same article as without them: they are for the curator, the answers do not read them.
    expect(parseKnowledgeFile(file, 'a.md')).toEqual(parseKnowledgeFile(renderKnowledgeFile(article), 'a.md'));
    expect(parseKnowledgeFile(file, 'a.md').ok).toBe(true);
  });

  it('writes no provenance when every value is obvious', () => {
    expect(renderKnowledgeFile(article, { language: 'en', from: {} })).not.toContain('provenance');
  });

  it('rejects a language that is not a language code, and an empty author', () => {
    const file = renderKnowledgeFile(article, { language: 'en' });
    const bad = parseKnowledgeFile(file.replace('language: en', 'language: English'), 'a.md');
    expect(bad.ok ? [] : bad.problems.map((p) => p.message)).toEqual(['"language": must be a language code such as en or pt-BR']);
    const empty = parseKnowledgeFile(file.replace('language: en', 'author: ""'), 'a.md');
    expect(empty.ok).toBe(false);
  });
});

describe('slugify', () => {
  it.each([
    ['US Rejects Iranian Proposal for Higher-Level Talks on Iraq', 'us-rejects-iranian-proposal-for-higher-level-talks-on-iraq'],
    ["Iran's Café Owners Protest", 'irans-cafe-owners-protest'],
    ['!!!', 'article'],
  ])('slugs "%s"', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts long titles on a word boundary', () => {
    const slug = slugify('One two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
    expect('one-two-three-four-five-six-seven-eight-nine-ten-eleven-twelve-thirteen'.startsWith(slug)).toBe(true);
  });
});
