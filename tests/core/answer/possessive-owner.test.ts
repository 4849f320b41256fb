import { describe, expect, it } from 'vitest';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, featuresOf, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

// Two singers of one story; the sentence tells of Lunn's engagement only.
const kb = tinyKnowledgeBase(
  [
    article(
      'tour',
      ['Singers Tom Vask and Ada Lunn toured this spring.', '(Critics did not mention the Dunmore appearance of Lunn and the Quill Quartet, although the engagement lasted over two months.)'],
      '2001-05-02',
      'Vask and Lunn: the Dunmore engagement',
    ),
    article('ferry', ['The harbor board met on Tuesday to discuss the new ferry timetable.']),
  ],
  defaultBuildOptions(),
);

describe("a question about one person's thing, a sentence about another's", () => {
  it("GIVEN \"vask's dunmore engagement\" THEN Vask is a name of its own, missing from the sentence, which names another person (by the story's facts: neither name is in the lexicon)", () => {
    const inspected = inspectAsk(kb, "how long did vask's dunmore engagement last");
    expect(featuresOf(inspected, 'Critics did not mention').nameReplaced).toBe(0.5);
  });

  it("GIVEN the story THEN \"how long did vask's dunmore engagement last\" is not answered, only shown as closest; Lunn's is answered", () => {
    const wrong = kb.ask("how long did vask's dunmore engagement last");
    expect(wrong.kind).toBe('unknown');
    expect(wrong.kind === 'unknown' ? wrong.closest?.citation.sentence : undefined).toContain('Dunmore appearance of Lunn');
    const right = kb.ask("how long did lunn's dunmore engagement last");
    expect(right.kind === 'answer' ? right.answer : undefined).toMatch(/two months/);
  });
});
