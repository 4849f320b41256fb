import { describe, expect, it } from 'vitest';
import { comparedWith } from '../../../src/core/answer/short/person.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

describe('a name a thing is likened to is no doer', () => {
  it('GIVEN "akin to X\'s …", "similar to X", "like X\'s …" THEN X is what is compared with; "like X" listing examples, or X as subject THEN not', () => {
    expect(comparedWith("The rejoinder was that this was a fable akin to Orrin Vale's lost lighthouse.", 'Orrin Vale')).toBe(true);
    expect(comparedWith('Her plan was similar to Orrin Vale in its daring.', 'Orrin Vale')).toBe(true);
    expect(comparedWith("It had a voice like Orrin Vale's.", 'Orrin Vale')).toBe(true);
    expect(comparedWith('Captains like Orrin Vale sailed at dawn.', 'Orrin Vale')).toBe(false);
    expect(comparedWith('Orrin Vale built a lighthouse akin to a tower.', 'Orrin Vale')).toBe(false);
    // One mention as the doer is enough.
    expect(comparedWith("Orrin Vale said the ferry was akin to Orrin Vale's old boat.", 'Orrin Vale')).toBe(false);
  });

  it('GIVEN a sentence that names no doer, only the one a thing is likened to THEN "who compared …" is not answered with that name', () => {
    const kb = buildKnowledgeBase(
      [
        article('ferry', [
          'The town of Marrow Bay voted on the new ferry plan on Tuesday.',
          "A passing question about the mayor's ferry plan brought the reply that this was a fable akin to Orrin Vale's lost lighthouse.",
          'The plan was adopted by a narrow margin.',
        ]),
        article('fair', ['The county fair opened on Friday with a parade.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask("who compared the mayor's ferry plan to a fable");
    expect(result.kind === 'answer' ? result.answer : '').not.toContain('Orrin Vale');
  });

  it('GIVEN a sentence that names no one but the one a thing is likened to THEN "who said …" gets no answer, at most that sentence as the closest', () => {
    const kb = buildKnowledgeBase(
      [
        article('harbour', [
          'The council of Pell Harbour met on Monday to hear the new tide tables.',
          "A stray remark about the harbour's sunken bell brought the retort that this was a tale akin to Orrin Vale's glass lighthouse.",
          'The tide tables were adopted without a vote.',
        ]),
        article('fair', ['The county fair opened on Friday with a parade.']),
      ],
      defaultBuildOptions(),
    );
    for (const question of ["who said the harbour's sunken bell was a tale", 'who called the sunken bell a tale']) {
      const result = kb.ask(question);
      expect(result.kind, question).toBe('unknown');
      if (result.kind === 'unknown') expect(result.closest?.citation.sentence ?? '', question).toContain('sunken bell');
    }
  });
});
