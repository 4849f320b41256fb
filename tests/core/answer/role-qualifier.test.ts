import { describe, expect, it } from 'vitest';
import { qualifiedOffice, qualifierContradicted } from '../../../src/core/answer/role-qualifier.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

const { lexicon, vectors } = defaultBuildOptions();
const isPersonNoun = (word: string): boolean => lexicon?.nounKind?.(word) === 'person';
const writtenAsName = (word: string): boolean => lexicon?.wordCase?.(word) === 'name';

describe('a role question whose qualifier the sentence contradicts', () => {
  it('GIVEN "who is the lutheran archbishop of dunmore" THEN the office, its qualifier and its body; none without a qualifier', () => {
    const asked = qualifiedOffice('who is the lutheran archbishop of dunmore', isPersonNoun);
    expect(asked?.office).toBe('archbishop');
    expect(asked?.qualifierWords).toEqual(['lutheran']);
    expect([...(asked?.body ?? [])]).toEqual(['dunmor']);
    expect(qualifiedOffice('who is the archbishop of dunmore', isPersonNoun)).toBeUndefined();
    expect(qualifiedOffice('who blessed the hymnal', isPersonNoun)).toBeUndefined();
  });

  it('GIVEN the office of the asked body with another qualifier of its kind THEN contradicted; with the asked one, of another body, or another kind of word THEN not', () => {
    const asked = qualifiedOffice('who is the lutheran archbishop of dunmore', isPersonNoun);
    if (!asked) throw new Error('no office');
    const contradicted = (sentence: string): boolean => qualifierContradicted(asked, sentence, vectors, writtenAsName);
    expect(contradicted('The hymnal was blessed by the Lutheran Archbishop of Marlow, Dr. Keane, and by the Methodist Archbishop of Dunmore, Dr. Falk.')).toBe(true);
    expect(contradicted('The Methodist Archbishop of Dunmore, Dr. Falk, blessed the hymnal.')).toBe(true);
    expect(contradicted('The Lutheran Archbishop of Dunmore, Dr. Keane, blessed the hymnal.')).toBe(false);
    expect(contradicted('The Methodist Archbishop of Marlow, Dr. Falk, blessed the hymnal.')).toBe(false);
    expect(contradicted('The new Archbishop of Dunmore, Dr. Falk, blessed the hymnal.')).toBe(false);
  });

  it('GIVEN a story whose Lutheran archbishop is of another town THEN "who is the lutheran archbishop of dunmore" is not answered, only shown as closest', () => {
    const kb = buildKnowledgeBase(
      [
        article('hymnal', [
          'Church leaders in the north met at Marlow last week to talk about a shared hymnal.',
          'The hymnal was blessed by the Lutheran Archbishop of Marlow, Dr. Keane, and by the Methodist Archbishop of Dunmore, Dr. Falk.',
          'Both men spoke for an hour before the choir sang.',
        ]),
        article('ferry', ['The harbor board met on Tuesday to discuss the new ferry timetable.']),
      ],
      defaultBuildOptions(),
    );
    const wrong = kb.ask('who is the lutheran archbishop of dunmore');
    expect(wrong.kind).toBe('unknown');
    expect(wrong.kind === 'unknown' ? wrong.closest?.citation.sentence : undefined).toContain('Methodist Archbishop of Dunmore');
    const right = kb.ask('who is the methodist archbishop of dunmore');
    expect(right.kind === 'answer' ? right.answer : undefined).toMatch(/Falk/);
  });
});
