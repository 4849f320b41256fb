import { describe, expect, it } from 'vitest';
import { askedOpposites, oppositeWritten } from '../../../src/core/answer/antonym.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article } from '../../fixtures/inspect.js';

const options = defaultBuildOptions();
const antonymsOf = (word: string): readonly string[] => options.lexicon?.antonyms?.(word) ?? [];

describe('a sentence that writes the opposite of the question word', () => {
  it('GIVEN WordNet THEN adjectives have their antonyms: last ↔ first, early ↔ late; a noun none', () => {
    expect(antonymsOf('last')).toContain('first');
    expect(antonymsOf('first')).toContain('last');
    expect(antonymsOf('early')).toContain('late');
    expect(antonymsOf('ferry')).toEqual([]);
  });

  it('GIVEN "on their last day" THEN the word before its noun with its opposites; not the "how many" of a question, nor a word without a noun after it', () => {
    const asked = askedOpposites('who did the crowd cheer on their last day', antonymsOf);
    expect(asked.map((a) => [a.word, a.head])).toEqual([['last', 'dai']]);
    expect([...(asked[0]?.opposites ?? [])]).toContain('first');
    expect(askedOpposites('how many seats did the party lose', antonymsOf)).toEqual([]);
    expect(askedOpposites('who came last', antonymsOf)).toEqual([]);
  });

  it('GIVEN the opposite before the noun, or "that day" after a sentence that writes it THEN a near miss; the word itself, or no opposite THEN not', () => {
    const asked = askedOpposites('who did the crowd cheer on their last day', antonymsOf);
    expect(oppositeWritten(asked, 'On our very first day the crowd cheered Ada Lunn.')).toBe(true);
    expect(oppositeWritten(asked, 'On that grey day the crowd cheered Ada Lunn.', 'Our first day in Varn was cold.')).toBe(true);
    expect(oppositeWritten(asked, 'On our last day the crowd cheered Ada Lunn.')).toBe(false);
    expect(oppositeWritten(asked, 'Between the first and the last day the crowd cheered Ada Lunn.')).toBe(false);
    expect(oppositeWritten(asked, 'On that grey day the crowd cheered Ada Lunn.', 'Our last day in Varn was cold, unlike our first day.')).toBe(false);
    expect(oppositeWritten(asked, 'On a grey day the crowd cheered Ada Lunn.', 'Our first day in Varn was cold.')).toBe(false);
    expect(oppositeWritten(asked, 'The crowd cheered Ada Lunn on Monday.')).toBe(false);
  });

  it('GIVEN a story that tells of the first day THEN "… on the last day" is not answered, only shown as closest; "… on the first day" is answered', () => {
    const kb = buildKnowledgeBase(
      [
        article('fair', ['The Dunmore fair opened on Friday.', 'On the first day of the fair, the crowd in the market square celebrated the rider Tom Vask.', 'The fair closed on Sunday.']),
        article('ferry', ['The harbor board met on Tuesday to discuss the new ferry timetable.']),
      ],
      options,
    );
    const wrong = kb.ask('who did the crowd in the market square celebrate on the last day of the fair');
    expect(wrong.kind).toBe('unknown');
    expect(wrong.kind === 'unknown' ? wrong.closest?.citation.sentence : undefined).toContain('first day of the fair');
    const right = kb.ask('who did the crowd in the market square celebrate on the first day of the fair');
    expect(right.kind === 'answer' ? right.answer : undefined).toMatch(/Tom Vask/);
  });
});
