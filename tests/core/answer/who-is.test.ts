import { describe, expect, it } from 'vitest';
import { shortAnswer } from '../../../src/core/answer/short-answer.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { writesCuratedHolder } from '../../../src/core/answer/answer-question.js';
import { createKnowledgeBuilder } from '../../../src/core/knowledge-base.js';
import { ANSWER_MODEL } from '../../../src/core/answer/model-weights.js';
import type { Article, Lexicon, SentenceFacts } from '../../../src/core/types.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));

describe('"who is X" answers from X\'s own role, never with another person', () => {
  const facts: SentenceFacts = {
    entities: [
      { text: 'Ann Lee', name: 'Ann Lee', type: 'person', role: 'Mayor', roleHere: true },
      { text: 'Bo Park', name: 'Bo Park', type: 'person' },
    ],
    dates: [],
    numbers: [],
    hasReason: false,
  };
  const input = {
    type: 'who' as const,
    sentence: 'Mayor Ann Lee thanked Bo Park.',
    facts,
    published: '2001-05-02',
    wantsDuration: false,
    aboutName: true,
    asksIdentity: true,
  };

  it('GIVEN the sentence gives X a role THEN the answer is X with that role', () => {
    expect(shortAnswer({ ...input, questionStems: stems('who is Ann Lee') })).toMatchObject({
      answer: 'Ann Lee, Mayor',
      fit: 1,
    });
  });

  it('GIVEN the sentence gives a role only to someone else THEN it is no answer (fit 0), not the other name', () => {
    const result = shortAnswer({ ...input, questionStems: stems('who is Bo Park') });
    expect(result.fit).toBe(0);
    expect(result.answer).not.toContain('Ann Lee,');
  });

  it('GIVEN a story where only another person has a role THEN the engine never names that person', () => {
    const kb = tinyKnowledgeBase([
      article('bridge', [
        'Mayor Ann Lee opened the harbor bridge on Friday.',
        'Bo Park watched from the pier with his family.',
        'Lee thanked the builders.',
      ]),
    ]);
    const { result } = inspectAsk(kb, 'who is Bo Park?');
    if (result.kind === 'answer') expect(result.answer).toContain('Bo Park');
    const absent = inspectAsk(kb, 'who is Cy Young?');
    expect(absent.result.kind).toBe('unknown');
  });
});

describe('"who is X" cites the sentence that writes X\'s role, not a later "X said."', () => {
  const facts = (roleHere: boolean): SentenceFacts => ({
    entities: [{ text: 'Lee', name: 'Ann Lee', type: 'person', role: 'harbor master', ...(roleHere ? { roleHere } : {}) }],
    dates: [],
    numbers: [],
    hasReason: false,
  });
  const input = { type: 'who' as const, published: '2001-05-02', wantsDuration: false, aboutName: true, asksIdentity: true, questionStems: stems('who is Lee') };

  it('GIVEN the role was written in another sentence THEN "Lee said." cannot be the evidence for "who is Lee"', () => {
    expect(shortAnswer({ ...input, sentence: 'Lee said the bridge was safe.', facts: facts(false) })).toMatchObject({ answer: 'Ann Lee, harbor master', roleElsewhere: true });
    expect(shortAnswer({ ...input, sentence: 'Ann Lee, the harbor master, opened the bridge.', facts: facts(true) })).toMatchObject({ answer: 'Ann Lee, harbor master', fit: 1 });
  });

  it('GIVEN a story that names X with her role once and alone later THEN the evidence is the role sentence', () => {
    const kb = tinyKnowledgeBase([
      article('bridge', [
        'Ann Lee, the county treasurer, opened the new bridge on Friday.',
        'The bridge cost the county four million dollars.',
        'Lee said.',
        'Lee smiled.',
      ]),
    ]);
    const { result, scored } = inspectAsk(kb, 'who is Lee?');
    // The evidence is the best-ranked sentence that may answer at all: one that shows the role.
    expect(scored.find((s) => s.answer.fit > 0 && !s.answer.roleElsewhere)?.text).toBe('Ann Lee, the county treasurer, opened the new bridge on Friday.');
    expect(scored.find((s) => s.text === 'Lee said.')?.answer.roleElsewhere).toBe(true);
    const evidence = result.kind === 'answer' ? result.citations[0]?.sentence : result.closest?.citation.sentence;
    if (evidence !== undefined) expect(evidence).toBe('Ann Lee, the county treasurer, opened the new bridge on Friday.');
  });
});

describe('"who is x" typed in lower case, about a name made of common words', () => {
  // A lexicon that knows "rose" and "hill" as ordinary English words, as WordNet does.
  const lexicon: Lexicon = {
    synonyms: () => [],
    has: (word) => ['rose', 'hill', 'said', 'mayor', 'park'].includes(word),
  };
  const kb = tinyKnowledgeBase(
    [
      article('park', [
        'Mayor Ann Lee opened the new park on Friday.',
        'On Monday, Rose Hill said the park would bring families back to the river.',
        'The first map of the park was drawn by Rose Hill, the city planner.',
      ]),
    ],
    { lexicon },
  );

  it('GIVEN the name is known THEN the question asks for her role, as "who is Rose Hill" does', () => {
    const lower = inspectAsk(kb, 'who is rose hill');
    const written = inspectAsk(kb, 'who is Rose Hill?');
    expect(lower.analysis.kind).toBe('role');
    expect(lower.analysis.kind).toBe(written.analysis.kind);
    if (lower.result.kind === 'answer') expect(lower.result.answer).toMatch(/^Rose Hill, .*planner/);
    else expect(lower.result.closest?.citation.sentence ?? '').not.toContain('Ann Lee');
  });

  it('GIVEN common words that are no name of the knowledge base THEN nothing changes', () => {
    expect(inspectAsk(kb, 'who is on the hill').analysis.kind).toBe('person');
  });
});

describe('"who is x" in lower case about a name written with a middle initial', () => {
  // "rose" is an ordinary English word too, as WordNet knows it.
  const lexicon: Lexicon = { synonyms: () => [], has: (word) => ['rose', 'letter', 'said'].includes(word) };
  const kb = tinyKnowledgeBase([article('letter', ['The point is made in Rose Q. Whitcombe\'s letter to Dr. Tomas Ferreira, printed last week.'])], { lexicon });

  it('GIVEN the story never says who she is THEN the question is about her, and is never answered with the other name', () => {
    const { analysis, result } = inspectAsk(kb, 'who is rose whitcombe');
    expect(analysis.kind).toBe('role');
    if (result.kind === 'answer') expect(result.answer).not.toContain('Ferreira');
  });
});

describe('a slash command\'s text without its question word ("/who is Ann Lee", "/when did …")', () => {
  const kb = tinyKnowledgeBase([
    article('pier', [
      'Ann Lee, the harbor master, urged Mayor Bo Park to close the old pier.',
      'The council met on Friday and voted to close the pier in June.',
    ]),
  ]);

  it('GIVEN /who "is Ann Lee" THEN it is asked as "who is Ann Lee": her role, never the other person', () => {
    const typed = inspectAsk(kb, 'is Ann Lee', { type: 'who' });
    const written = inspectAsk(kb, 'who is Ann Lee');
    expect(typed.analysis.kind).toBe('role');
    expect(typed.analysis.text).toBe('who is Ann Lee');
    if (typed.result.kind === 'answer') expect(typed.result.answer).not.toContain('Bo Park');
    expect(typed.result.kind === 'answer' ? typed.result.answer : undefined).toBe(written.result.kind === 'answer' ? written.result.answer : undefined);
  });

  it('GIVEN /who with a name alone THEN it asks who that person is', () => {
    expect(inspectAsk(kb, 'Ann Lee', { type: 'who' }).analysis.kind).toBe('role');
  });

  it('GIVEN /when "did the council meet" or a text that has its question word THEN it is asked as written with it', () => {
    expect(inspectAsk(kb, 'did the council meet', { type: 'when' }).analysis.text).toBe('when did the council meet');
    expect(inspectAsk(kb, 'When did the council meet?', { type: 'when' }).analysis.text).toBe('When did the council meet?');
  });
});

describe('a question typed in full-width letters', () => {
  const kb = tinyKnowledgeBase([article('pier', ['Ann Lee, the harbor master, closed the old pier on Friday.'])]);

  it('GIVEN "ｗｈｏ ｉｓ ａｎｎ ｌｅｅ" THEN it is asked as "who is ann lee"', () => {
    const wide = inspectAsk(kb, 'ｗｈｏ ｉｓ Ａｎｎ Ｌｅｅ？');
    const plain = inspectAsk(kb, 'who is Ann Lee?');
    expect(wide.analysis.text).toBe('who is Ann Lee?');
    expect(wide.result.kind).toBe(plain.result.kind);
  });
});

describe('"who is X" about a name no people list knows is never answered with another name', () => {
  const kb = tinyKnowledgeBase([
    article('suit', [
      'The court heard the suit on Monday.',
      'Cy Young, who had once driven for Tom Ward, said he saw the papers burn.',
      'Ward denied it.',
    ]),
  ]);

  it('GIVEN the sentence writes X as a name beside another person THEN the answer never names the other person alone', () => {
    const { scored } = inspectAsk(kb, 'who is cy young');
    const found = scored.find((s) => s.text.startsWith('Cy Young'));
    expect(found?.answer?.answer).not.toMatch(/^Tom Ward/);
    expect(found?.answer?.answer).toContain('Cy Young');
  });
});

describe('a name from a clause the question is not about is no answer', () => {
  const kb = tinyKnowledgeBase([
    article('race', [
      'The primaries closed on Friday.',
      'Lee won the Iowa state convention, but lost a bitter fight in Ohio to Judge Tom Ward.',
      'The party met again in May.',
    ]),
  ]);

  it('GIVEN the question\'s clause names nobody the reader knows and another clause names someone THEN that someone is not the answer', () => {
    const { scored } = inspectAsk(kb, 'who won the iowa convention');
    const found = scored.find((s) => s.text.startsWith('Lee won'));
    expect(found?.answer?.answer).not.toMatch(/^Tom Ward/);
  });

  it('GIVEN the question is about the clause that names the person THEN the person is the answer', () => {
    const { scored } = inspectAsk(kb, 'who beat lee in the ohio fight');
    const found = scored.find((s) => s.text.startsWith('Lee won'));
    expect(found?.answer?.answer).toMatch(/^Tom Ward/);
  });
});

describe('a name typed with its initials together', () => {
  it('GIVEN "S. K. Quillby" among the people of a story THEN "who is s.k. quillby" finds his sentence first, as "who is s. k. quillby" does', () => {
    const kb = tinyKnowledgeBase([
      { ...article('friend', ['An old friend, S. K. Quillby, came out for a week-end in the spring.', 'The weather was fine and the garden was in bloom.'], '2001-05-02'), people: [{ name: 'S. K. Quillby', role: 'journalist' }] },
    ]);
    const joined = inspectAsk(kb, 'who is s.k. quillby');
    expect([...joined.analysis.questionStems]).toEqual([...inspectAsk(kb, 'who is s. k. quillby').analysis.questionStems]);
    expect(joined.scored[0]?.text).toContain('S. K. Quillby');
  });
});

describe('"who is X" shows the curator\'s role over a description read from the sentence', () => {
  it('GIVEN a curated role ("Ivo\'s brother, the ferryman") and a sentence that describes X only by a pronoun ("Tarek, his brother,") THEN the answer is the curated role, cited from that sentence', () => {
    const story = {
      ...article('ferry', [
        'Ivo rowed across the bay at dawn.',
        'On the far shore he found Tarek, his brother, asleep beside the boat.',
        'The two men sailed home before the storm.',
      ]),
      people: [{ name: 'Ivo' }, { name: 'Tarek', role: "Ivo's brother, the ferryman" }],
    };
    const { result } = inspectAsk(tinyKnowledgeBase([story]), 'who is Tarek?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.answer).toBe("Tarek, Ivo's brother, the ferryman");
    expect(result.citations[0]?.sentence).toBe('On the far shore he found Tarek, his brother, asleep beside the boat.');
  });
});

describe('"who is X" about one of two people who share a first name', () => {
  // (Both surnames are also common words: "bell" and "wick".)
  const story = {
    ...article('fair', [
      'The county fair opened on Saturday under a grey sky.',
      'Prizes were handed out by Ned Wick, a retired baker from the valley, and by Ned Bell, keeper of the town clock.',
      'The pie contest drew forty entries.',
    ]),
    people: [
      { name: 'Ned Wick', role: 'retired baker' },
      { name: 'Ned Bell', role: 'keeper of the town clock' },
    ],
  };
  const kb = tinyKnowledgeBase([story]);

  it('GIVEN the sentence names the other one first THEN "who is ned bell" is answered with Ned Bell, never Ned Wick', () => {
    for (const question of ['who is ned bell', 'who is Ned Bell?']) {
      const { result, scored } = inspectAsk(kb, question);
      const found = scored.find((s) => s.text.startsWith('Prizes'));
      expect(found?.answer.answer).toMatch(/^Ned Bell, keeper of the town clock/);
      if (result.kind === 'answer') expect(result.answer).not.toContain('Wick');
    }
    expect(inspectAsk(kb, 'who is ned wick').scored.find((s) => s.text.startsWith('Prizes'))?.answer.answer).toMatch(/^Ned Wick, retired baker/);
  });

  it('GIVEN only the other one has a role in the sentence THEN the short answer never names him', () => {
    const facts: SentenceFacts = {
      entities: [
        { text: 'Ned Wick', name: 'Ned Wick', type: 'person', role: 'retired baker', roleHere: true },
        { text: 'Ned Bell', name: 'Ned Bell', type: 'person' },
      ],
      dates: [],
      numbers: [],
      hasReason: false,
    };
    const input = { type: 'who' as const, sentence: 'Prizes were handed out by Ned Wick, a retired baker, and by Ned Bell.', facts, published: '2001-05-02', wantsDuration: false, aboutName: true, asksIdentity: true };
    const result = shortAnswer({ ...input, questionStems: stems('who is ned bell'), askedName: ['ned', 'bell'] });
    expect(result.answer).not.toMatch(/^Ned Wick/);
    // A first name alone may still be either of them; the full name of the one asked, or his surname, is him.
    expect(shortAnswer({ ...input, questionStems: stems('who is ned wick'), askedName: ['ned', 'wick'] }).answer).toBe('Ned Wick, retired baker');
    expect(shortAnswer({ ...input, questionStems: stems('who is wick'), askedName: ['wick'] }).answer).toBe('Ned Wick, retired baker');
  });
});

describe('"who is the <role>" answered by a sentence that writes the curated role beside its one holder', () => {
  const story = (people: Article['people'], third: string): Article => ({
    ...article('nature', [
      'Families across the valley will mark Nature Week with walks, talks and picnics.',
      'Several churches and clubs will open their halls for the events.',
      third,
      'New members of the garden club will be welcomed at the 7:30 p.m. meeting.',
    ]),
    people,
  });
  const talk = "Ridge County's chief ranger, Nora Vell, will give a talk on \"Owls and Their Winter Homes\" at 8 p.m. Tuesday at the Alder Street Library.";
  const question = "who is ridge county's chief ranger";
  // The gate's probability for this sentence (about 0.84) lies within a few hundredths of the
  // trained threshold, which moves with each retrain: the tests of the curated path below ask with
  // a gate that doubts it, whatever the committed threshold.
  const doubting = { model: { ...ANSWER_MODEL, threshold: 0.9 } };

  it('GIVEN the curator writes the role the sentence gives her THEN the question is answered with her and that role, as it was without the role', () => {
    const plain = inspectAsk(tinyKnowledgeBase([story([{ name: 'Nora Vell' }], talk)]), question).result;
    const curated = inspectAsk(tinyKnowledgeBase([story([{ name: 'Nora Vell', role: "Ridge County's chief ranger" }], talk)]), question).result;
    expect(plain.kind).toBe('answer');
    expect(curated.kind).toBe('answer');
    if (curated.kind !== 'answer') return;
    expect(curated.answer).toBe("Nora Vell, Ridge County's chief ranger");
    expect(curated.citations[0]?.sentence).toBe(talk);
  });

  it('GIVEN the role is written but not beside the name, or the name is another\'s THEN the sentence is not the curator\'s answer', () => {
    const role = "Ridge County's chief ranger";
    const fake = (text: string, people: Article['people']) => ({
      articles: [story(people, text)],
      index: { sentence: () => ({ text }) },
      facts: () => ({ entities: [{ text: 'Nora Vell', name: 'Nora Vell', type: 'person' as const, role, roleCurated: true }], dates: [], numbers: [], hasReason: false }),
    }) as unknown as Parameters<typeof writesCuratedHolder>[1];
    const { analysis } = inspectAsk(tinyKnowledgeBase([story([], talk)]), question);
    const holds = (text: string, people: Article['people'] = [{ name: 'Nora Vell', role }]): boolean => writesCuratedHolder(analysis, fake(text, people), 0);
    expect(holds(talk)).toBe(true);
    expect(holds("Nora Vell, Ridge County's chief ranger, spoke.")).toBe(true);
    expect(holds("Ridge County's chief ranger, Dr. Nora Vell, spoke.")).toBe(true);
    expect(holds("Nora Vell spoke of owls, a subject Ridge County's chief ranger has long urged on the library.")).toBe(false);
    expect(holds("Ridge County's chief ranger, Tom Hale, thanked Nora Vell.")).toBe(false);
    expect(holds(talk, [{ name: 'Nora Vell', role }, { name: 'Ada Quell', role }])).toBe(false);
  });

  it('GIVEN the question asked again THEN the people lists are not read again: the holders are remembered', () => {
    const people = [{ name: 'Nora Vell', role: "Ridge County's chief ranger" }];
    let reads = 0;
    const counted = Object.defineProperty(story([], talk), 'people', { get: () => (reads++, people), enumerable: true });
    const kb = tinyKnowledgeBase([counted]);
    const first = inspectAsk(kb, question, doubting);
    // (Under the threshold: the curated role beside her name is what answers.)
    expect(first.scored[0]?.score).toBeLessThan(doubting.model.threshold);
    expect(first.result.kind).toBe('answer');
    reads = 0;
    const again = inspectAsk(kb, question, doubting);
    expect(again.result).toEqual(first.result);
    expect(reads).toBe(0);
  });

  it('GIVEN a reload that gives the role to a second person, and one that takes it back THEN the holders are those of the new people lists', () => {
    const role = "Ridge County's chief ranger";
    const builder = createKnowledgeBuilder();
    expect(inspectAsk(builder.build([story([{ name: 'Nora Vell', role }], talk)]), question, doubting).result.kind).toBe('answer');
    const two = inspectAsk(builder.build([story([{ name: 'Nora Vell', role }, { name: 'Ada Quell', role }], talk)]), question, doubting);
    expect(two.scored[0]?.score).toBeLessThan(doubting.model.threshold);
    expect(two.result.kind).toBe('unknown');
    expect(inspectAsk(builder.build([story([{ name: 'Nora Vell', role }], talk)]), question, doubting).result.kind).toBe('answer');
  });

  it('GIVEN two people hold the role by the people lists THEN the gate alone decides, and it doubts', () => {
    const role = "Ridge County's chief ranger";
    const two = tinyKnowledgeBase([story([{ name: 'Nora Vell', role }, { name: 'Ada Quell', role }], talk)]);
    const { result, scored } = inspectAsk(two, question, doubting);
    expect(scored[0]?.score).toBeLessThan(doubting.model.threshold);
    expect(result.kind).toBe('unknown');
  });
});
