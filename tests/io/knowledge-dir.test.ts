import { mkdtemp, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeDir, readKnowledgeFile } from '../../src/io/knowledge-dir.js';

const MIXED = join(import.meta.dirname, '../fixtures/ingest/knowledge-mixed');
const REPO_KNOWLEDGE = join(import.meta.dirname, '../../knowledge');

describe('loadKnowledgeDir', () => {
  it('loads the good files in name order and reports each broken one with file, line and reason', async () => {
    const { articles, problems } = await loadKnowledgeDir(MIXED);
    expect(articles.map((article) => article.id)).toEqual(['2019-03-04-council-approves-library-budget', '2019-03-14-harbor-bridge-reopens']);
    expect(problems).toEqual([
      { file: join(MIXED, 'b-broken-yaml.md'), line: 4, message: expect.stringMatching(/^invalid YAML: /) },
      { file: join(MIXED, 'c-bad-date.md'), line: 4, message: '"published": must be a real date written YYYY-MM-DD' },
      {
        file: join(MIXED, 'd-duplicate-id.md'),
        line: 2,
        message: `duplicate id "2019-03-04-council-approves-library-budget" (already used by ${join(MIXED, 'a-good.md')}); file skipped`,
      },
    ]);
  });

  it('loads the curated seed article of the repository without problems', async () => {
    const { articles, problems } = await loadKnowledgeDir(REPO_KNOWLEDGE);
    expect(problems).toEqual([]);
    const seed = articles.find((article) => article.published === '2007-07-25');
    expect(seed?.title).toBe('US Rejects Iranian Proposal for Higher-Level Talks on Iraq');
    expect(seed?.source).toBe('VOA');
    expect(seed?.url).toBe('');
    expect(seed?.people.map((person) => person.name)).toEqual(expect.arrayContaining(['Sean McCormack', 'Manouchehr Mottaki', 'Ryan Crocker']));
    expect(seed?.paragraphs.join(' ')).not.toMatch(/mailing list|JOIN NOW|Yglesias/);
  });

  it('reports a missing directory as one problem instead of throwing', async () => {
    const missing = join(MIXED, 'no-such-dir');
    expect(await loadKnowledgeDir(missing)).toEqual({
      articles: [],
      problems: [{ file: missing, line: 0, message: 'cannot read knowledge directory: no such file or directory' }],
    });
  });

  describe('on an empty directory', () => {
    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'factdesk-kd-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('loads nothing and reports nothing', async () => {
      expect(await loadKnowledgeDir(dir)).toEqual({ articles: [], problems: [] });
    });

    it('picks up a file added later', async () => {
      await copyFile(join(MIXED, 'a-good.md'), join(dir, 'a.md'));
      await writeFile(join(dir, 'z.md'), 'not front matter\n');
      const { articles, problems } = await loadKnowledgeDir(dir);
      expect(articles).toHaveLength(1);
      expect(problems).toEqual([{ file: join(dir, 'z.md'), line: 1, message: 'missing front matter: the file must start with a "---" line' }]);
    });
  });
});

describe('readKnowledgeFile', () => {
  it('reads one file', async () => {
    const result = await readKnowledgeFile(join(MIXED, 'e-second-good.md'));
    expect(result.ok && result.article.title).toBe('Harbor Bridge Reopens After Two Years of Repairs');
  });

  it('reports an unreadable file as a problem', async () => {
    const path = join(MIXED, 'missing.md');
    expect(await readKnowledgeFile(path)).toEqual({ ok: false, problems: [{ file: path, line: 0, message: 'cannot read: no such file or directory' }] });
  });
});
