import { describe, expect, it } from 'vitest';
import { bodyKey, findDuplicateBodies } from '../../../src/core/ingest/find-duplicate.js';
import { knowledgeBody } from '../../../src/io/knowledge-bodies.js';

describe('bodyKey', () => {
  it('is the same for the same body however it is wrapped or spaced', () => {
    expect(bodyKey(['It rained.', 'Then it stopped.'])).toBe(bodyKey(['It  rained.\nThen', '  it\u00a0stopped. ']));
    expect(bodyKey(['Vladi\u00admir spoke.'])).toBe(bodyKey(['Vladimir spoke.']));
  });

  it('differs when a word differs', () => {
    expect(bodyKey(['It rained.'])).not.toBe(bodyKey(['It snowed.']));
  });
});

describe('findDuplicateBodies', () => {
  it('groups files with the same body, in order', () => {
    const files = [
      { file: 'a.md', paragraphs: ['It rained.'] },
      { file: 'b.md', paragraphs: ['It snowed.'] },
      { file: 'c.md', paragraphs: ['It  rained.'] },
    ];
    expect(findDuplicateBodies(files)).toEqual([['a.md', 'c.md']]);
  });
});

describe('knowledgeBody', () => {
  it('reads the paragraphs after the front matter and the line where they start', () => {
    expect(knowledgeBody('---\nid: a\ntitle: T\n---\n\nIt rained.\nAll day.\n\nThen it stopped.\n')).toEqual({ paragraphs: ['It rained.\nAll day.', 'Then it stopped.'], line: 6 });
  });
});
