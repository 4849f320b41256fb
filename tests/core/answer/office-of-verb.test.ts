import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, inspectAsk } from '../../fixtures/inspect.js';

/** Invented stories: who holds an office is written with the office's noun, never with the verb a user asks with. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('choir', [
        'The Tarn Valley Choir sang at the harvest fair in Dunmore.',
        'Mira Holt is the director.',
        'The choir was founded by farmers in 1921 and meets on Thursdays.',
      ]),
      article('guide', [
        'A new guide to the birds of Quill Marsh went on sale at the ferry office.',
        'Editors of the Quill Marsh guide were Ann Lee and Ivo Saltz.',
        'The Quill Marsh guide sells for four pounds.',
      ]),
    ],
    defaultBuildOptions(),
  );
});

describe('"who <verb>s …" and the office named after the verb', () => {
  it('GIVEN "who edited the quill marsh guide" THEN the sentence naming its editors is a candidate, though it writes neither "edit" nor "edited"', () => {
    const { scored, analysis } = inspectAsk(kb, 'who edited the quill marsh guide');
    expect(analysis.groups[0]?.alternatives.some((a) => a.word === 'editor')).toBe(true);
    expect(scored.some((s) => s.text.startsWith('Editors of the Quill Marsh guide'))).toBe(true);
  });

  it('GIVEN "who directs the tarn valley choir" THEN "Mira Holt is the director." comes first, with Mira Holt', () => {
    const { scored } = inspectAsk(kb, 'who directs the tarn valley choir');
    expect(scored[0]?.text).toBe('Mira Holt is the director.');
    expect(scored[0]?.answer.answer).toContain('Mira Holt');
  });

  it('GIVEN a verb no office is named after ("who sang at the harvest fair") THEN its group gains no office', () => {
    const { analysis } = inspectAsk(kb, 'who sang at the harvest fair');
    expect(analysis.groups[0]?.alternatives.every((a) => a.via !== 'wordnet' || a.word !== 'singer')).toBe(true);
  });
});
