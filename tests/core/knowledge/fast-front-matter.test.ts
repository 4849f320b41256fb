import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { renderKnowledgeFile } from '../../../src/core/ingest/render-knowledge-file.js';
import { fastFrontMatter } from '../../../src/core/knowledge/fast-front-matter.js';
import type { Article } from '../../../src/core/types.js';

/** Strings that stress YAML scalars: numbers, booleans, nulls, quotes, colons, comments, indicators. */
const tricky = fc.oneof(
  fc.constantFrom('true', 'False', 'null', '~', '12', '-3.5', '1e3', '0x1F', '.inf', '.NaN', '2007-07-25', 'yes', 'no', 'on', 'Iran: Talks', 'a #b', 'a#b',
    "Iran's", '"quoted"', "'single'", '- dash', '[x]', '{y}', '*star', '&amp', '!bang', '%p', '@at', '`tick`', '? q', ': c', 'x:', ' lead', 'trail ', 'tab\there',
    'back\\slash', 'U.S. Ambassador', '', ' ', 'McCormack', 'Caf\u00e9', '\u201ccurly\u201d', '#hash', '|pipe', '>gt', '0o17', '+1', '.5', '1.', 'Null'),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: fc.constantFrom('a', 'B', ' ', ':', '#', "'", '"', '-', '1', '.', '\\', '[', ','), maxLength: 10 }),
);

function frontLines(text: string): string[] {
  const lines = text.split('\n');
  return lines.slice(1, lines.indexOf('---', 1));
}

describe('fastFrontMatter', () => {
  it('reads the canonical shape', () => {
    expect(fastFrontMatter(['id: a', "title: 'T: ''x'''", 'url: ""', 'people:', '  - name: A B', '    role: spokesman', '    aliases:', '      - B'])).toEqual({
      id: 'a',
      title: "T: 'x'",
      url: '',
      people: [{ name: 'A B', role: 'spokesman', aliases: ['B'] }],
    });
  });

  it.each([
    ['a number', ['source: 42']],
    ['a boolean', ['title: true']],
    ['a flow sequence', ['title: [a, b]']],
    ['a comment', ['# note', 'id: a']],
    ['a duplicate key', ['id: a', 'id: b']],
    ['an escape', ['title: "a\\tb"']],
    ['an empty people list', ['people:']],
    ['a nested mapping', ['meta:', '  a: b']],
    ['a prototype key', ['__proto__: x']],
  ])('leaves %s to the YAML parser', (_name, lines) => {
    expect(fastFrontMatter(lines)).toBeUndefined();
  });

  it('agrees with the yaml package whenever it answers, on rendered files (property)', () => {
    const article = fc.record({
      id: tricky,
      title: tricky,
      published: tricky,
      source: tricky,
      url: tricky,
      people: fc.array(fc.record({ name: tricky, role: fc.option(tricky, { nil: undefined }), aliases: fc.option(fc.array(tricky, { maxLength: 3 }), { nil: undefined }) }), { maxLength: 3 }),
      paragraphs: fc.constant<string[]>(['Text.']),
    });
    let answered = 0;
    fc.assert(
      fc.property(article, (value) => {
        const lines = frontLines(renderKnowledgeFile(value satisfies Article));
        const fast = fastFrontMatter(lines);
        if (fast === undefined) return;
        answered++;
        expect(fast).toEqual(parse(lines.join('\n')));
      }),
      { numRuns: 3000 },
    );
    // The fast path must actually be exercised, not skipped for everything.
    expect(answered).toBeGreaterThan(300);
  });

  it('agrees with the yaml package on hand-written variations (property)', () => {
    const line = fc.oneof(
      tricky.map((value) => `title: ${value}`),
      tricky.map((value) => `  - name: ${value}`),
      tricky.map((value) => `    role: ${value}`),
      fc.constantFrom('people:', '    aliases:', 'id: x', 'url: ""', '  - x', '      - y', 'source:', '', ' ', 'a:b'),
      tricky.map((value) => `      - ${value}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const fast = fastFrontMatter(lines);
        if (fast === undefined) return;
        let expected: unknown;
        try {
          expected = parse(lines.join('\n'), { uniqueKeys: true });
        } catch {
          throw new Error(`fast path accepted what YAML rejects: ${JSON.stringify(lines)}`);
        }
        expect(fast).toEqual(expected ?? {});
      }),
      { numRuns: 5000 },
    );
  });
});
