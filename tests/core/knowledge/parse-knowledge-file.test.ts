import { describe, expect, it } from 'vitest';
import { parseKnowledgeFile, type ParseKnowledgeResult } from '../../../src/core/knowledge/parse-knowledge-file.js';

const GOOD = [
  '---',
  'id: 2019-03-04-library-budget',
  'title: Council Approves New Library Budget',
  'published: 2019-03-04',
  'source: Rivertown Gazette',
  'url: ""',
  'people:',
  '  - name: J. R. Patel',
  '    role: council member',
  '    aliases: [Patel]',
  '---',
  '',
  'The council voted 7 to 2 on Monday.',
  '',
  'The library is expected to open in 2021.',
  '',
].join('\n');

function problems(result: ParseKnowledgeResult): Array<{ line: number; message: string }> {
  if (result.ok) throw new Error('expected problems');
  return result.problems.map(({ line, message }) => ({ line, message }));
}

/** GOOD with line `line` (1-based) replaced by `replacement` lines. */
function edit(line: number, ...replacement: string[]): string {
  const lines = GOOD.split('\n');
  lines.splice(line - 1, 1, ...replacement);
  return lines.join('\n');
}

describe('parseKnowledgeFile', () => {
  it('parses front matter and one paragraph per block', () => {
    expect(parseKnowledgeFile(GOOD, 'good.md')).toEqual({
      ok: true,
      article: {
        id: '2019-03-04-library-budget',
        title: 'Council Approves New Library Budget',
        published: '2019-03-04',
        source: 'Rivertown Gazette',
        url: '',
        people: [{ name: 'J. R. Patel', role: 'council member', aliases: ['Patel'] }],
        paragraphs: ['The council voted 7 to 2 on Monday.', 'The library is expected to open in 2021.'],
      },
    });
  });

  it('accepts Windows line endings, a byte-order mark, a missing url and a wrapped paragraph', () => {
    const text = `\uFEFF${edit(6).replace('The council voted 7 to 2 on Monday.', 'The council voted\n7 to 2 on Monday.')}`.replace(/\n/g, '\r\n');
    const result = parseKnowledgeFile(text, 'crlf.md');
    expect(result.ok && result.article.url).toBe('');
    expect(result.ok && result.article.paragraphs[0]).toBe('The council voted 7 to 2 on Monday.');
  });

  it('names the file in every problem', () => {
    const result = parseKnowledgeFile(edit(3), 'knowledge/x.md');
    expect(!result.ok && result.problems[0]?.file).toBe('knowledge/x.md');
  });

  it.each([
    ['a missing field', edit(3), 1, 'missing required field "title"'],
    ['an impossible date', edit(4, 'published: 2019-02-30'), 4, '"published": must be a real date written YYYY-MM-DD'],
    ['a date in another format', edit(4, 'published: March 4, 2019'), 4, '"published": must be a real date written YYYY-MM-DD'],
    ['an ill-typed field', edit(5, 'source: 42'), 5, '"source": expected string, received number'],
    ['an empty title', edit(3, 'title: "  "'), 3, '"title": must not be empty'],
    ['a bad id', edit(2, 'id: Library Budget'), 2, '"id": must be lower-case letters, digits and dashes'],
    ['a url that is not a link', edit(6, 'url: www.example.org'), 6, '"url": must be an http(s) link or ""'],
    ['an unknown key', edit(3, 'tittle: Council Approves New Library Budget'), 1, 'missing required field "title"'],
    ['an ill-typed person field', edit(9, '    role: [a, b]'), 9, '"people[0].role": expected string, received array'],
    ['an unknown person key', edit(9, '    job: council member'), 9, 'unknown key "people[0].job"'],
    ['unparsable YAML', edit(3, 'title: [Council Approves'), 4, 'invalid YAML: '],
    ['duplicate keys', edit(5, 'source: A', 'source: B'), 6, 'invalid YAML: Map keys must be unique'],
  ])('reports %s with its line', (_name, text, line, message) => {
    const found = problems(parseKnowledgeFile(text, 'x.md'));
    expect(found.some((problem) => problem.line === line && problem.message.startsWith(message))).toBe(true);
  });

  it('GIVEN a hand-typed role that opens with a quotation mark and goes on after it THEN the problem says so in plain words', () => {
    const found = problems(parseKnowledgeFile(edit(9, '    role: "Skipper", ferry owner'), 'x.md'));
    expect(found[0]?.line).toBe(9);
    expect(found[0]?.message).toMatch(/^invalid YAML: .*a value that starts with a quotation mark must end with it/);
    const colon = problems(parseKnowledgeFile(edit(9, '    role: captain: of the ferry'), 'x.md'));
    expect(colon[0]?.message).toMatch(/a value with ": " in it must be in quotes/);
  });

  it('reports an unknown key on its own line', () => {
    expect(problems(parseKnowledgeFile(edit(3, 'tittle: Council Approves New Library Budget'), 'x.md'))).toContainEqual({ line: 3, message: 'unknown key "tittle"' });
  });

  it('reports every problem of a file at once, in line order', () => {
    const found = problems(parseKnowledgeFile(edit(4, 'published: someday').replace('source: Rivertown Gazette', 'source: 7'), 'x.md'));
    expect(found.map((problem) => problem.line)).toEqual([4, 5]);
  });

  it.each([
    ['an empty file', '', 0, 'empty file'],
    ['no front matter', 'Just a paragraph.\n', 1, 'missing front matter'],
    ['unterminated front matter', '---\nid: a\ntitle: T\n', 1, 'unterminated front matter'],
    ['front matter that is not a mapping', '---\n- a\n- b\n---\n\nText.\n', 2, 'front matter must be a mapping'],
    ['an empty body', GOOD.split('\n').slice(0, 12).join('\n'), 11, 'empty body'],
  ])('reports %s', (_name, text, line, message) => {
    const found = problems(parseKnowledgeFile(text, 'x.md'));
    expect(found[0]?.line).toBe(line);
    expect(found[0]?.message).toContain(message);
  });

  it('does not mutate its input and is deterministic', () => {
    const text = `${GOOD}`;
    expect(parseKnowledgeFile(text, 'a.md')).toEqual(parseKnowledgeFile(text, 'a.md'));
    expect(text).toBe(GOOD);
  });
});
