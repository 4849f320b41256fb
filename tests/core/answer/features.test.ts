import { describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../../src/core/answer/analyze-question.js';
import { groupMatches, groupMatchesInto } from '../../../src/core/answer/rank.js';
import { alignBack, bigramShare, candidateFeatures, segmentLoss, capitalisedRuns, FEATURES, SIGNALS, otherNameAround, headFound, headSimilarity, kindPresent, matchedPositions, nameReplaced, numberReplaced, questionBigrams, questionFeatureContext, refersBack, softMatches, type FeatureCorpus } from '../../../src/core/answer/features.js';
import { negatedNear } from '../../../src/core/answer/negation.js';
import type { QueryContext, QueryGroup } from '../../../src/core/answer/query-terms.js';
import { buildSentenceIndex } from '../../../src/core/index/sentence-index.js';
import { createWordVectors } from '../../../src/core/text/word-vectors.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import type { SentenceFacts } from '../../../src/core/types.js';
import { article, featuresOf, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';

const noFacts: SentenceFacts = { entities: [], dates: [], numbers: [], hasReason: false };

describe('softMatches', () => {
  // Two-dimensional toy vectors: "offer" and "proposal" point almost the same way, "river" elsewhere.
  const vectors = createWordVectors(['offer', 'proposal', 'river'], new Int8Array([127, 10, 120, 30, -5, 127]), 2);
  const group = (word: string) => ({ word, importance: 1, isName: false, alternatives: [] });

  it('GIVEN a question word the sentence paraphrases THEN it counts by its closest word vector', () => {
    const soft = softMatches([group('offer')], [0], tokenize('They rejected the proposal.'), [vectors.row('offer')], vectors);
    expect(soft[0]).toBeGreaterThan(0.9);
  });

  it('GIVEN an unrelated sentence THEN the word counts for nothing', () => {
    const soft = softMatches([group('offer')], [0], tokenize('The river rose.'), [vectors.row('offer')], vectors);
    expect(soft[0]).toBeLessThan(0.2);
  });

  it('GIVEN a name (no vector row) THEN only an exact match counts', () => {
    expect(softMatches([group('Smith')], [0], tokenize('The proposal failed.'), [-1], vectors)).toEqual([0]);
  });
});

describe('bigramShare', () => {
  it('counts question word pairs that stand together in the sentence', () => {
    const q = questionBigrams(tokenize('what did the foreign minister propose'));
    expect(bigramShare(q, tokenize("Iran's foreign minister proposed talks"))).toBe(1);
    expect(bigramShare(q, tokenize("Iran's foreign minister said so"))).toBe(0.5);
    expect(bigramShare(q, tokenize('The minister, who is foreign, spoke'))).toBe(0);
  });

  it('GIVEN a pair the sentence writes twice THEN it counts once', () => {
    const q = questionBigrams(tokenize('what did the foreign minister propose'));
    expect(q.size).toBe(2);
    expect(bigramShare(q, tokenize('The foreign minister met the foreign minister of Peru.'))).toBe(0.5);
  });

  it('GIVEN a question pair written twice THEN it is one pair of the question', () => {
    const q = questionBigrams(tokenize('did the harbor master thank the harbor master'));
    expect(q.size).toBe(3);
    expect(bigramShare(q, tokenize('A harbor master spoke.'))).toBeCloseTo(1 / 3);
  });
});

describe('matchedPositions', () => {
  const index = buildSentenceIndex([{ article: 0, paragraph: 0, index: 0, text: 'The harbor master closed the old bridge at noon.' }]);
  const term = (word: string): number => index.termId(tokenize(word)[0]?.stem ?? '') as number;
  const group = (word: string, ...alternatives: string[][]): QueryGroup => ({
    word,
    importance: 1,
    isName: false,
    alternatives: alternatives.map((words) => ({ terms: words.map(term), weight: 1, via: 'exact' as const, word: words.join(' ') })),
  });
  const tokens = tokenize('The harbor master closed the old bridge at noon.');

  it('GIVEN groups of which one matched THEN only the tokens of that group\'s terms, in order', () => {
    const groups = [group('bridge', ['bridge']), group('closed', ['closed'])];
    expect(matchedPositions(groups, [1, 0], tokens, index)).toEqual([6]);
    expect(matchedPositions(groups, [1, 1], tokens, index)).toEqual([3, 6]);
    expect(matchedPositions(groups, [0, 0], tokens, index)).toEqual([]);
  });

  it('GIVEN a term two groups share THEN it counts when either of them matched', () => {
    const groups = [group('master', ['harbor', 'master']), group('harbor', ['harbor'])];
    expect(matchedPositions(groups, [0, 1], tokens, index)).toEqual([1]);
    expect(matchedPositions(groups, [1, 0], tokens, index)).toEqual([1, 2]);
  });
});

describe('kindPresent', () => {
  const stems = new Set(tokenize('how much did the bridge cost').map((t) => t.stem));
  it('GIVEN a money question THEN a dollar amount is the kind asked for, a plain count is not', () => {
    expect(kindPresent('money', noFacts, stems, 'The bridge cost $4 million to build.')).toBe(1);
    expect(kindPresent('money', { ...noFacts, numbers: [{ text: '40', value: 40 }] }, stems, 'The bridge has 40 lamps.')).toBe(0);
  });
  it('GIVEN a reason question THEN a sentence giving a cause holds the kind asked for', () => {
    expect(kindPresent('reason', { ...noFacts, hasReason: true }, stems, 'It closed because of the flood.')).toBe(1);
    expect(kindPresent('reason', noFacts, stems, 'It closed.')).toBe(0);
  });
  it('GIVEN a duration question THEN "for three years" or "from 1920 to 1933" holds it', () => {
    expect(kindPresent('duration', noFacts, stems, 'He served three years on the board.')).toBe(1);
    const span = { text: 'from 1920 to 1933', grain: 'range', start: '1920-01-01', end: '1933-12-31', label: '1920–1933' } as const;
    expect(kindPresent('duration', { ...noFacts, dates: [span] }, stems, 'The ferry ran from 1920 to 1933.')).toBe(1);
  });
  it('GIVEN a duration question THEN "two whole weeks" holds it, a word stressing the span between count and unit', () => {
    expect(kindPresent('duration', noFacts, stems, 'The pier stayed closed two whole weeks.')).toBe(1);
  });
  it('GIVEN a role question THEN a role counts when its person is the one asked about, named whole or by surname', () => {
    const facts: SentenceFacts = { ...noFacts, entities: [{ text: 'Ann Lee', name: 'Ann Lee', type: 'person', role: 'harbor master' }] };
    const sentence = 'Harbor master Ann Lee closed the pier.';
    const stemsOf = (q: string) => new Set(tokenize(q).map((t) => t.stem));
    expect(kindPresent('role', facts, stemsOf('who is Ann Lee'), sentence)).toBe(1);
    expect(kindPresent('role', facts, stemsOf('who is Lee'), sentence, ['lee'])).toBe(1);
    expect(kindPresent('role', facts, stemsOf('who is Tom Lee'), sentence, ['tom', 'lee'])).toBe(0);
    expect(kindPresent('role', facts, stemsOf('who is Lee'), sentence)).toBe(0);
  });
  it('GIVEN a question for a person, place, date, reason, duration or age THEN the candidate\'s numbers (worked out after its dates) are never read', () => {
    let numbersRead = 0;
    const facts: SentenceFacts = {
      entities: [{ text: 'Ann Lee', name: 'Ann Lee', type: 'person', role: 'Mayor' }],
      dates: [{ text: 'Friday', grain: 'day', start: '2007-07-20', end: '2007-07-20', label: '20 July 2007' }],
      get numbers() {
        numbersRead++;
        return [{ text: '4', value: 4 }];
      },
      hasReason: true,
    };
    const sentence = 'Mayor Ann Lee opened the bridge on Friday because 4 lanes were ready.';
    const found = (['person', 'organisation', 'place', 'role', 'date', 'reason', 'duration', 'age'] as const).map((kind) => kindPresent(kind, facts, stems, sentence));
    expect(found).toEqual([1, 0, 0, 0, 1, 1, 0, 0]);
    expect(numbersRead).toBe(0);
    expect(kindPresent('count', facts, stems, sentence)).toBe(1);
    expect(numbersRead).toBe(1);
  });
});

describe('candidate features on an invented story', () => {
  const kb = tinyKnowledgeBase([
    article('harbor', [
      'Mayor Ann Lee opened the new harbor bridge on Friday.',
      'The bridge cost $4 million and took two years to build.',
      'Lee did not attend the ribbon ceremony at the old pier.',
    ]),
  ]);

  it('GIVEN a question whose name is nowhere in the story THEN nameMissingStory is set', () => {
    const inspected = inspectAsk(kb, 'when did Governor Brown open the harbor bridge?');
    expect(featuresOf(inspected, 'opened the new harbor bridge').nameMissingStory).toBe(1);
    const named = inspectAsk(kb, 'when did Lee open the harbor bridge?');
    expect(featuresOf(named, 'opened the new harbor bridge').nameMissingStory).toBe(0);
  });

  it('GIVEN a question whose ordinal the sentence does not write ("the seventh" where it says "the Sixth") THEN the number counts as missing', () => {
    const ordinals = tinyKnowledgeBase([article('kings', ['King Olaf the Sixth opened the second bridge over the fjord in 1901.'])]);
    const wrong = featuresOf(inspectAsk(ordinals, 'when did king olaf the seventh open the bridge'), 'opened the second bridge');
    expect(wrong.numbersInSentence).toBe(0);
    expect(wrong.numberMissingStory).toBe(1);
    const right = featuresOf(inspectAsk(ordinals, 'when did king olaf the sixth open the second bridge'), 'opened the second bridge');
    expect(right.numbersInSentence).toBe(1);
    expect(right.numberMissingStory).toBe(0);
  });

  it('GIVEN a negated question and a plain sentence THEN negationMismatch is set, and not for a negated sentence', () => {
    const inspected = inspectAsk(kb, 'which ceremony did Lee not attend?');
    expect(featuresOf(inspected, 'did not attend').negationMismatch).toBe(0);
    const plain = inspectAsk(kb, 'which ceremony did Lee attend?');
    expect(featuresOf(plain, 'did not attend').negationMismatch).toBe(1);
  });

  it('GIVEN a money question THEN the sentence with the amount has the kind, the other does not', () => {
    const inspected = inspectAsk(kb, 'how much did the harbor bridge cost?');
    expect(featuresOf(inspected, '$4 million').kindPresent).toBe(1);
    expect(featuresOf(inspected, 'opened the new harbor bridge').kindPresent).toBe(0);
  });

  it('GIVEN "who is" a surname alone THEN the role written beside the full name is the kind asked for, and not for another first name', () => {
    expect(featuresOf(inspectAsk(kb, 'who is Lee?'), 'Mayor Ann Lee').kindPresent).toBe(1);
    expect(featuresOf(inspectAsk(kb, 'who is ann lee'), 'Mayor Ann Lee').kindPresent).toBe(1);
    expect(featuresOf(inspectAsk(kb, 'who is Tom Lee?'), 'Mayor Ann Lee').kindPresent).toBe(0);
  });

  it('GIVEN a question word the sentence lacks THEN missingExact and unmatchedShare say how much is missing', () => {
    const inspected = inspectAsk(kb, 'how much did the bridge cost?');
    const full = featuresOf(inspected, '$4 million');
    const partial = featuresOf(inspected, 'opened the new harbor bridge');
    expect(full.missingExact).toBe(0);
    expect(full.unmatchedShare).toBe(0);
    expect(partial.missingExact).toBeGreaterThan(0);
    expect(partial.unmatchedShare).toBeCloseTo(1 / 2);
  });

  it('GIVEN a year the story never gives THEN numberMissingStory is set', () => {
    const inspected = inspectAsk(kb, 'who opened the harbor bridge in 1999?');
    expect(featuresOf(inspected, 'opened the new harbor bridge').numberMissingStory).toBe(1);
  });

  it('does not change the articles it was built from', () => {
    const paragraphs = ['A quiet day at the pier.'];
    const a = article('calm', paragraphs);
    inspectAsk(tinyKnowledgeBase([a]), 'what happened at the pier');
    expect(a.paragraphs).toEqual(['A quiet day at the pier.']);
  });
});

describe('headFound', () => {
  const stems = new Set(tokenize('which guns did the guards carry').map((t) => t.stem));
  const isGun = (word: string): boolean => ['carbines', 'pistols', 'guns'].includes(word);
  it('GIVEN a sentence naming a kind of the asked-for noun THEN it is found', () => {
    expect(headFound(tokenize('The guards carried carbines and pistols.'), stems, isGun)).toBe(true);
  });
  it('GIVEN only the question\'s own noun, or nothing of its kind THEN it is not', () => {
    expect(headFound(tokenize('The guards carried guns.'), stems, isGun)).toBe(false);
    expect(headFound(tokenize('The guards carried lanterns.'), stems, isGun)).toBe(false);
  });
});

describe('negatedNear', () => {
  const positionsOf = (sentence: string, words: string[]): number[] => tokenize(sentence).flatMap((t, i) => (words.includes(t.word) ? [i] : []));
  it('GIVEN a negation beside the matched words THEN it bears on them', () => {
    const sentence = 'The council did not approve the budget on Monday.';
    expect(negatedNear(tokenize(sentence), positionsOf(sentence, ['council', 'approve', 'budget']))).toBe(true);
    const contracted = "The council didn't approve the budget.";
    expect(negatedNear(tokenize(contracted), positionsOf(contracted, ['approve', 'budget']))).toBe(true);
  });
  it('GIVEN the matched words in a clause of what did not happen ("Had the council met in May, … would") THEN it bears on them as a "not" would', () => {
    const unreal = 'Had the harbour council met in May, the old bridge would still stand.';
    expect(negatedNear(tokenize(unreal), positionsOf(unreal, ['council', 'met', 'may']), unreal)).toBe(true);
    const unrealIf = 'If the harbour council had met in May, it would have saved the old bridge.';
    expect(negatedNear(tokenize(unrealIf), positionsOf(unrealIf, ['council', 'met', 'may']), unrealIf)).toBe(true);
    // What happened: "had met", with a "would" after it that denies nothing.
    const real = 'The harbour council had met in May, and the old bridge would still stand for years.';
    expect(negatedNear(tokenize(real), positionsOf(real, ['council', 'met', 'may']), real)).toBe(false);
    // The words after the unreal clause's comma are the sentence's own.
    expect(negatedNear(tokenize(unreal), positionsOf(unreal, ['bridge', 'stand']), unreal)).toBe(false);
  });
  it('GIVEN a negation far from the matched words THEN it does not (a sentence-wide test would say it does)', () => {
    const sentence = 'The council approved the budget on Monday, after a debate that was by all accounts not short.';
    expect(negatedNear(tokenize(sentence), positionsOf(sentence, ['council', 'approved', 'budget']))).toBe(false);
  });
});

describe('alignBack and headSimilarity', () => {
  // Toy two-dimensional vectors: "offer" ~ "proposal", "instrument" ~ "cello", "weather" elsewhere.
  const vectors = createWordVectors(['offer', 'proposal', 'instrument', 'cello', 'weather'], new Int8Array([127, 0, 120, 20, 0, 127, 20, 120, -90, -90]), 2);
  const stems = new Set(tokenize('who rejected the offer').map((t) => t.stem));
  const rows = [vectors.row('offer')];
  const idf = (): number => 1;
  it('GIVEN a sentence about the question\'s matter in other words THEN most of it aligns; a sentence about something else does not', () => {
    const onTopic = alignBack(tokenize('The union rejected the proposal.'), stems, rows, vectors, idf);
    const offTopic = alignBack(tokenize('The union rejected it, citing the weather.'), stems, rows, vectors, idf);
    expect(onTopic).toBeGreaterThan(0.6);
    expect(offTopic).toBeLessThan(onTopic);
  });
  it('GIVEN a "which instrument" question THEN a sentence naming a cello meets its head noun; without vectors nothing does', () => {
    const q = new Set(tokenize('which instrument did she play').map((t) => t.stem));
    expect(headSimilarity(tokenize('She played the cello.'), q, vectors.row('instrument'), vectors)).toBeGreaterThan(0.9);
    expect(headSimilarity(tokenize('She played the weather.'), q, vectors.row('instrument'), vectors)).toBeLessThan(0.1);
    expect(headSimilarity(tokenize('She played the cello.'), q, -1, vectors)).toBe(0);
  });
  it('GIVEN the candidates of one question THEN a sentence word met before is not compared with the question\'s words again, and the share is the same', () => {
    const asked: Array<[number, number]> = [];
    const counting = { ...vectors, similarity: (a: number, b: number) => (asked.push([a, b]), vectors.similarity(a, b)) };
    const questionRows = [vectors.row('offer'), vectors.row('instrument')];
    const alignments = new Map<number, number>();
    const first = 'The guild weighed the proposal about the cello.';
    const second = 'The guild dropped the proposal and the weather report.';
    expect(alignBack(tokenize(first), stems, questionRows, counting, idf, alignments)).toBe(alignBack(tokenize(first), stems, questionRows, vectors, idf));
    asked.length = 0;
    expect(alignBack(tokenize(second), stems, questionRows, counting, idf, alignments)).toBe(alignBack(tokenize(second), stems, questionRows, vectors, idf));
    // Only "weather" is compared, with both question words: the first sentence wrote "guild" and
    // "proposal", and "dropped" and "report" have no vector, as "guild" and "weighed" had none.
    expect(asked).toEqual([[vectors.row('offer'), vectors.row('weather')], [vectors.row('instrument'), vectors.row('weather')]]);
  });
  it('GIVEN two rows THEN their similarity is the same number either way round', () => {
    const words = ['offer', 'proposal', 'instrument', 'cello', 'weather'];
    for (const a of words) for (const b of words) expect(vectors.similarity(vectors.row(a), vectors.row(b))).toBe(vectors.similarity(vectors.row(b), vectors.row(a)));
  });
});

describe('windowCov on an invented story', () => {
  const kb = tinyKnowledgeBase([
    article('harbour', ['The lighthouse keepers on the island were thanked by the sailors.', 'One even lent a lost fisherman a lantern.', 'Fog was thick on the island that night.']),
  ]);
  it('GIVEN the context in one sentence and the answer in the next THEN the pair covers the question better than the answer alone', () => {
    const inspected = inspectAsk(kb, 'what did the lighthouse keepers lend the fisherman');
    const answer = featuresOf(inspected, 'lantern');
    expect(answer.windowCov).toBeGreaterThan(answer.covSentence);
    // The context sentence alone, with nothing before it, covers less than the two together.
    expect(answer.windowCov).toBeGreaterThan(featuresOf(inspected, 'thanked by the sailors').windowCov);
  });
});

describe('refersBack', () => {
  const before = (sentence: string) => {
    const stems = new Set(tokenize(sentence).map((t) => t.stem));
    return (stem: string): boolean => stems.has(stem);
  };
  const previous = before('Mayor Pell came home from the county fair with a prize.');
  it('GIVEN a sentence opening with a pronoun, also after "but" or "and" THEN it refers back', () => {
    expect(refersBack(tokenize('He had paid two dollars for it.'), previous)).toBe(true);
    expect(refersBack(tokenize('But they said nothing.'), previous)).toBe(true);
    expect(refersBack(tokenize('And these were the best of the lot.'), previous)).toBe(true);
  });
  it('GIVEN "the <noun>" whose noun the sentence before used THEN it refers back; a fresh noun does not', () => {
    expect(refersBack(tokenize('The prize was a blue ribbon.'), previous)).toBe(true);
    expect(refersBack(tokenize('The county fair closed at nine.'), previous)).toBe(true);
    expect(refersBack(tokenize('The weather was fine all week.'), previous)).toBe(false);
    expect(refersBack(tokenize('Rain fell on the fair.'), previous)).toBe(false);
  });
});

describe('names carried from the sentence before, on an invented story', () => {
  // No word vectors here: covVector differs from covSentence only by the names carried from the
  // sentence before.
  const kb = tinyKnowledgeBase([
    article('fair', [
      'Mayor Ida Pell came home from the county fair with a prize on Sunday.',
      'The prize was a blue ribbon for the giant pumpkin.',
      'The weather stayed dry for the whole week of the fair.',
    ]),
    article('mill', ['Ada Quist bought the old paper mill in March.', 'Later she sold the mill to a furniture maker for $2 million.']),
  ]);

  it('GIVEN "the <noun>" naming again what the sentence before named THEN its names count for the sentence; "the weather" gets none', () => {
    const inspected = inspectAsk(kb, 'what prize did Pell win at the fair');
    const prize = featuresOf(inspected, 'blue ribbon');
    expect(prize.covVector).toBeGreaterThan(prize.covSentence);
    const weather = featuresOf(inspected, 'weather stayed dry');
    expect(weather.covVector).toBe(weather.covSentence);
  });

  it('GIVEN a pronoun after an opener ("Later she …") THEN the name before it counts for the sentence', () => {
    const inspected = inspectAsk(kb, 'how much did Ada Quist sell the mill for');
    const sale = featuresOf(inspected, '$2 million');
    // ("she" stands for Ada Quist, the one person of the sentence before: her name counts as the
    // sentence's own, though not as written.)
    expect(sale.covVector).toBeGreaterThanOrEqual(sale.covSentence);
    expect(sale.covSentence).toBeGreaterThan(sale.covExact);
    expect(sale.unmatchedShare).toBe(0);
  });
});

describe('a number of the question replaced by another', () => {
  it('GIVEN a number missing from the sentence THEN only another number of its kind replaces it', () => {
    expect(numberReplaced(['1923'], tokenize('The poems were printed in 1913.'))).toBe(true);
    expect(numberReplaced(['seventh'], tokenize('Pius the Sixth wrote from Rome.'))).toBe(true);
    expect(numberReplaced(['four'], tokenize('Five ships sailed.'))).toBe(true);
    expect(numberReplaced(['1923'], tokenize('The poems were printed that spring, 40 pages in all.'))).toBe(false);
    expect(numberReplaced(['1923'], tokenize('The poems were printed in 1923, 40 pages in all.'))).toBe(false);
    // One number however written: "thirty" and "30", "2nd" and "second"; not "twenty" for "thirty".
    expect(numberReplaced(['thirty'], tokenize('She sailed 30 years ago.'))).toBe(false);
    expect(numberReplaced(['2nd'], tokenize('It was the second race.'))).toBe(false);
    expect(numberReplaced(['thirty'], tokenize('Twenty years ago she sailed.'))).toBe(true);
    // A month for a month: "in april" against "in March"; not "may" the verb.
    expect(numberReplaced(['april'], tokenize('She was asked to judge in Oslo in March.'))).toBe(true);
    expect(numberReplaced(['april'], tokenize('She will judge in Oslo in April.'))).toBe(false);
    expect(numberReplaced(['april'], tokenize('She may judge in Oslo.'))).toBe(false);
  });

  it('GIVEN a question without numbers THEN the sentence\'s words are not read for numbers', () => {
    const tokens = tokenize('Thirty barges docked at Pell Quay in 1911.');
    const untouchable = new Proxy(tokens, {
      get(target, key, receiver) {
        if (key !== 'length' && typeof key !== 'symbol') throw new Error(`read ${String(key)}`);
        return Reflect.get(target, key, receiver);
      },
    });
    expect(numberReplaced([], untouchable)).toBe(false);
  });

  it('GIVEN the sentence\'s numbers already read THEN the same answer without reading its words again', () => {
    const tokens = tokenize('Forty barges docked at Pell Quay in 1911.');
    const given = ['count:40', 'year:1911'];
    const unread = new Proxy(tokens, {
      get() {
        throw new Error('words read again');
      },
    });
    expect(numberReplaced(['thirty'], unread, given)).toBe(numberReplaced(['thirty'], tokens));
    expect(numberReplaced(['1911'], unread, given)).toBe(numberReplaced(['1911'], tokens));
    expect(numberReplaced(['thirty'], tokens)).toBe(true);
    expect(numberReplaced(['1911'], tokens)).toBe(false);
  });

  it('GIVEN a number asked and candidates from three stories THEN the forms it may be written in are looked up once, and each story is told right', () => {
    const sentences = [
      { article: 0, paragraph: 0, index: 0, text: 'Thirty barges docked at Pell Quay.' },
      { article: 1, paragraph: 0, index: 0, text: 'Barges docked at Pell Quay by dusk.' },
      { article: 1, paragraph: 0, index: 1, text: 'They numbered 30.' },
      { article: 2, paragraph: 0, index: 0, text: 'Barges filled Pell Quay all week.' },
    ];
    const built = buildSentenceIndex(sentences);
    const looked: string[] = [];
    const index = { ...built, termId: (stem: string) => (looked.push(stem), built.termId(stem)) };
    const context: QueryContext = { index, fuzzy: { closest: () => [] }, newsLexicon: new Map(), lexicon: undefined, nameWords: new Set() };
    const analysis = analyzeQuestion('how many barges docked at pell quay, thirty', context);
    expect(analysis.numbers).toEqual(['thirty']);
    const storyTerms = (article: number): Set<number> => new Set(sentences.flatMap((s, id) => (s.article === article ? [...built.sentenceTerms(id)] : [])));
    const corpus: FeatureCorpus = { index, facts: () => noFacts, articleTerms: storyTerms, leadTerms: storyTerms };
    const q = questionFeatureContext(analysis, 1, undefined);
    looked.length = 0;
    // The first sentence of each story is a candidate; the one writing "30" is not.
    const missing = [0, 1, 3].map((sentence, rank) => {
      const s = sentences[sentence] as (typeof sentences)[number];
      return candidateFeatures(corpus, q, { sentence, article: s.article, position: s.index, text: s.text, bm25: 1, rank, answer: { answer: s.text, fit: 0.8 } }).numberMissingStory;
    });
    expect(missing).toEqual([0, 0, 1]);
    // "thirty" may be written "30" too: looked up once for the three stories (not once for each story without "thirty").
    expect(looked.filter((stem) => stem === '30')).toEqual(['30']);
  });

  it('GIVEN a question that names a month ("in april") THEN it is among the question\'s numbers; "may" only as a month', () => {
    const kb = tinyKnowledgeBase([article('m', ['Ann Lee was asked to judge the show in Oslo in March.'])]);
    const asked = inspectAsk(kb, 'where will ann lee judge in april');
    expect(asked.analysis.numbers).toEqual(['april']);
    expect(featuresOf(asked, 'judge the show').numberReplaced).toBe(1);
    expect(featuresOf(asked, 'judge the show').numberMissingStory).toBe(1);
    expect(inspectAsk(kb, 'where may ann lee judge').analysis.numbers).toEqual([]);
    expect(inspectAsk(kb, 'where did ann lee judge in may').analysis.numbers).toEqual(['may']);
  });

  it('GIVEN a number the question writes in words and the story in digits, or the other way round THEN it is in the sentence and in the story', () => {
    const kb = tinyKnowledgeBase([article('w', ['Ann Lee sailed to Oslo 30 years ago.', 'Tom Hale built twenty boats in Bergen.'])]);
    const inWords = featuresOf(inspectAsk(kb, 'where did ann lee sail thirty years ago'), 'sailed to Oslo');
    expect(inWords.numbersInSentence).toBe(1);
    expect(inWords.numberMissingStory).toBe(0);
    const inDigits = featuresOf(inspectAsk(kb, 'where did tom hale build 20 boats'), 'built twenty boats');
    expect(inDigits.numbersInSentence).toBe(1);
    expect(inDigits.numberMissingStory).toBe(0);
    // And a number written as words the story spells the same way ("twenty", stemmed "twenti").
    expect(featuresOf(inspectAsk(kb, 'where did tom hale build twenty boats'), 'built twenty boats').numberMissingStory).toBe(0);
  });

  it('GIVEN a story that gives another year than the question THEN the candidate says so', () => {
    const kb = tinyKnowledgeBase([article('v', ['Ann Lee visited Oslo in 1950.', 'She wrote a book there.'])]);
    expect(featuresOf(inspectAsk(kb, 'where did ann lee go in 1951'), 'visited Oslo').numberReplaced).toBe(1);
    expect(featuresOf(inspectAsk(kb, 'where did ann lee go in 1950'), 'visited Oslo').numberReplaced).toBe(0);
  });
});

describe('group matches written into a reused array', () => {
  const alt = (terms: number[], weight: number): QueryGroup['alternatives'][number] => ({ terms, weight, via: 'exact', word: terms.join(' ') });
  const groups: QueryGroup[] = [
    { word: 'ferry', importance: 2, isName: false, alternatives: [alt([1], 1), alt([7], 0.5)] },
    { word: 'harbour master', importance: 1, isName: false, alternatives: [alt([2, 3], 1), alt([4], 0.85)] },
    { word: 'Oda Brenn', importance: 3, isName: true, alternatives: [alt([5, 6], 1)] },
  ];

  it('GIVEN an array holding another sentence\'s matches THEN every entry is this sentence\'s, as groupMatches gives them', () => {
    const out = new Float64Array([9, 9, 9]);
    for (const terms of [new Set([1, 2, 3, 5, 6]), new Set([7, 4]), new Set([3, 6]), new Set<number>()]) {
      expect([...groupMatchesInto(groups, terms, out)]).toEqual(groupMatches(groups, terms));
    }
  });
});

describe('candidates scored in turn', () => {
  it('GIVEN the candidates of one question scored one after another THEN each one\'s features are what it gets scored first', () => {
    const sentences = [
      { article: 0, paragraph: 0, index: 0, text: 'Oda Brenn took the ferry to Larn Island.' },
      { article: 0, paragraph: 0, index: 1, text: 'She paid the harbour master in silver.' },
      { article: 1, paragraph: 0, index: 0, text: 'The harbour master of Larn rang the bell.' },
      { article: 1, paragraph: 0, index: 1, text: 'Ferries stopped at noon.' },
    ];
    const index = buildSentenceIndex(sentences);
    const context: QueryContext = { index, fuzzy: { closest: () => [] }, newsLexicon: new Map(), lexicon: undefined, nameWords: new Set(['oda', 'brenn']) };
    const analysis = analyzeQuestion('whom did Oda Brenn pay on the ferry to Larn', context);
    const storyTerms = (article: number): Set<number> => new Set(sentences.flatMap((s, id) => (s.article === article ? [...index.sentenceTerms(id)] : [])));
    const corpus: FeatureCorpus = { index, facts: () => noFacts, articleTerms: storyTerms, leadTerms: (article) => new Set(index.sentenceTerms(article === 0 ? 0 : 2)) };
    const input = (sentence: number, rank: number) => {
      const s = sentences[sentence] as (typeof sentences)[number];
      return { sentence, article: s.article, position: s.index, text: s.text, bm25: 2 - rank / 4, rank, answer: { answer: s.text, fit: 0.8 } };
    };
    const shared = questionFeatureContext(analysis, 2, undefined);
    const inTurn = [1, 3, 0, 2].map((sentence, rank) => candidateFeatures(corpus, shared, input(sentence, rank)));
    const alone = [1, 3, 0, 2].map((sentence, rank) => candidateFeatures(corpus, questionFeatureContext(analysis, 2, undefined), input(sentence, rank)));
    expect(inTurn).toEqual(alone);
    expect(inTurn[0]?.windowCov).toBeGreaterThan(inTurn[0]?.covSentence ?? 1);
  });

  it('GIVEN the near-miss signal read only after the later candidates were scored THEN it is what the candidate gets read at once, alone', () => {
    const sentences = [
      { article: 0, paragraph: 0, index: 0, text: 'The Senate Armed Services Committee approved the carrier budget.' },
      { article: 0, paragraph: 0, index: 1, text: 'The Senate Finance Committee approved the carrier budget too.' },
      { article: 1, paragraph: 0, index: 0, text: 'Pell Harbour approved the carrier budget.' },
      { article: 1, paragraph: 0, index: 1, text: 'The Harbour Finance Board met in the Senate Armed Services Committee room.' },
    ];
    const index = buildSentenceIndex(sentences);
    const context: QueryContext = { index, fuzzy: { closest: () => [] }, newsLexicon: new Map(), lexicon: undefined, nameWords: new Set() };
    const analysis = analyzeQuestion('when did the Senate Finance Committee approve the carrier budget', context);
    const storyTerms = (article: number): Set<number> => new Set(sentences.flatMap((s, id) => (s.article === article ? [...index.sentenceTerms(id)] : [])));
    const corpus: FeatureCorpus = { index, facts: () => noFacts, articleTerms: storyTerms, leadTerms: (article) => new Set(index.sentenceTerms(article === 0 ? 0 : 2)) };
    const input = (sentence: number) => {
      const s = sentences[sentence] as (typeof sentences)[number];
      return { sentence, article: s.article, position: s.index, text: s.text, bm25: 1, rank: sentence, answer: { answer: s.text, fit: 0.5 } };
    };
    const q = questionFeatureContext(analysis, 2, undefined);
    const inTurn = [0, 1, 2, 3].map((sentence) => candidateFeatures(corpus, q, input(sentence)));
    const alone = [0, 1, 2, 3].map((sentence) => candidateFeatures(corpus, questionFeatureContext(analysis, 2, undefined), input(sentence)).nameReplaced);
    expect(inTurn.map((v) => v.nameReplaced)).toEqual(alone);
    // ("Armed Services" where the question asks "Finance", which no sentence nearby writes: a near miss.)
    expect(alone[0]).toBe(1);
    expect(alone[1]).toBe(0);
  });

  it('GIVEN several candidates THEN each vector lists its features and signals in order, the signals read when first asked, through getters every vector shares', () => {
    const sentences = [
      { article: 0, paragraph: 0, index: 0, text: 'Oda Brenn took the ferry to Larn Island.' },
      { article: 0, paragraph: 0, index: 1, text: 'She paid the harbour master in silver.' },
      { article: 1, paragraph: 0, index: 0, text: 'Had the ferry run, Oda Brenn would have paid the Vestmark harbour master.' },
    ];
    const index = buildSentenceIndex(sentences);
    const context: QueryContext = { index, fuzzy: { closest: () => [] }, newsLexicon: new Map(), lexicon: undefined, nameWords: new Set(['oda', 'brenn']) };
    const analysis = analyzeQuestion('whom did Oda Brenn pay on the Larn ferry', context);
    const storyTerms = (article: number): Set<number> => new Set(sentences.flatMap((s, id) => (s.article === article ? [...index.sentenceTerms(id)] : [])));
    const corpus: FeatureCorpus = { index, facts: () => noFacts, articleTerms: storyTerms, leadTerms: storyTerms };
    const q = questionFeatureContext(analysis, 2, undefined);
    const vectors = sentences.map((s, sentence) => candidateFeatures(corpus, q, { sentence, article: s.article, position: s.index, text: s.text, bm25: 1, rank: sentence, answer: { answer: s.text, fit: 0.5 } }));
    const order = [...FEATURES.slice(0, FEATURES.indexOf('numberReplaced') + 1), ...SIGNALS, ...FEATURES.slice(FEATURES.indexOf('numberReplaced') + 1)];
    for (const v of vectors) {
      expect(Object.keys(v)).toEqual(order);
      expect(Object.keys(JSON.parse(JSON.stringify(v)))).toEqual(order);
      for (const name of order) expect(typeof v[name as keyof typeof v]).toBe('number');
    }
    // (The same getter functions for every candidate: made per vector, they put it in V8's slow dictionary mode.)
    for (const signal of SIGNALS) {
      const getters = vectors.map((v) => Object.getOwnPropertyDescriptor(v, signal)?.get);
      expect(getters[0]).toBeTypeOf('function');
      expect(new Set(getters).size).toBe(1);
    }
    // The counterfactual sentence tells of the paying only as what would have been; the others do not.
    expect(vectors.map((v) => v.unrealEvent)).toEqual([0, 0, 1]);
  });
});

describe('a name of the question replaced by another of its kind', () => {
  const vectors = defaultBuildOptions().vectors;
  const lexicon = defaultBuildOptions().lexicon;
  const kindOf = (word: string): 'person' | 'place' | 'time' | undefined => lexicon?.nounKind?.(word);
  const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));

  it('GIVEN a place missing from the sentence THEN another place in its stead replaces it; an airport, a common word, or the place itself do not', () => {
    const q = stems('how long were the climbers held up in lyon');
    expect(nameReplaced(['lyon'], tokenize('The climbers were held up for six hours in Turin.'), q, vectors, kindOf)).toBe(true);
    expect(nameReplaced(['lyon'], tokenize('The climbers were held up for six hours at the airport.'), q, vectors, kindOf)).toBe(false);
    expect(nameReplaced(['lyon'], tokenize('The climbers were held up for six hours in Lyon.'), q, vectors, kindOf)).toBe(false);
  });

  it('GIVEN a story that says Turin THEN "… held up in lyon" gets nameReplaced and "… in turin" does not', () => {
    const kb = tinyKnowledgeBase([
      article('climbers', ['A party of eleven climbers reached the city on Monday.', 'The climbers were held up for six hours in Turin by a rail strike.']),
      article('fair', ['The county fair opened on Friday with a parade.']),
    ], defaultBuildOptions());
    expect(featuresOf(inspectAsk(kb, 'how long were the climbers held up in lyon'), 'six hours').nameReplaced).toBe(1);
    expect(featuresOf(inspectAsk(kb, 'how long were the climbers held up in turin'), 'six hours').nameReplaced).toBe(0);
  });
});

describe('otherNameAround', () => {
  const sentence = 'The Senate Armed Services Committee approved the budget.';
  const absent = (question: string) => {
    const words = new Set(tokenize(sentence).map((t) => t.stem));
    const tokens = tokenize(question);
    return otherNameAround(tokens, tokenize(sentence), sentence, (i) => words.has((tokens[i] as { stem: string }).stem)).map((i) => tokens[i]?.word);
  };
  it('GIVEN a sentence name THEN its capitalised words are one run, broken by punctuation, joined by "of"', () => {
    expect(capitalisedRuns(tokenize(sentence), sentence)).toEqual([[1, 2, 3, 4]]);
    const list = 'Besides Tam Roe, the Harbour Board of Dunmore met.';
    expect(capitalisedRuns(tokenize(list), list)).toEqual([[0, 1, 2], [4, 5, 7]]);
  });
  it('GIVEN a word of the question among the name\'s words that the sentence lacks THEN it is missing', () => {
    expect(absent('when did the senate finance committee approve the budget')).toEqual(['finance']);
    expect(absent('when did the senate committee approve the budget')).toEqual([]);
    expect(absent('when did the senate armed services committee approve the budget')).toEqual([]);
  });
  it('GIVEN the question\'s words between two shared ones that are no name THEN nothing is missing', () => {
    expect(absent('did the senate vote before the committee approved the budget')).toEqual([]);
    expect(absent('what does the senate think the committee approved')).toEqual([]);
  });
});

describe('segmentLoss: the question held by one part of a sentence its semicolons divide', () => {
  const kb = tinyKnowledgeBase([
    article('quarry', [
      'The quarry fair had three shows this year.',
      'The best are new: Dawn Road, by young Ann Vell (nineteen when she wrote it); Kettle Hill, by Orrin Maddox; Salt Lamps, directed by Ivo Brant.',
      'Orrin Maddox wrote Kettle Hill in a cabin by the lake.',
      'The pickers went out at dawn; they were paid in copper coins.',
    ]),
  ]);

  it('GIVEN a question whose words fall in different parts ("wrote" in one, the play and its author in another) THEN the sentence loses coverage read part by part', () => {
    const inspected = inspectAsk(kb, 'how old was Orrin Maddox when he wrote Kettle Hill');
    const list = featuresOf(inspected, 'Dawn Road');
    expect(list.segmentLoss).toBeGreaterThan(0.1);
    // The plain sentence of one part loses nothing.
    expect(featuresOf(inspected, 'in a cabin by the lake').segmentLoss).toBe(0);
  });

  it('GIVEN a question one part holds whole THEN nothing is lost', () => {
    const inspected = inspectAsk(kb, 'how old was Ann Vell when she wrote Dawn Road');
    expect(featuresOf(inspected, 'Dawn Road').segmentLoss).toBe(0);
  });

  it('GIVEN a part that opens by pointing back ("they were paid …") THEN it is read with the part before it', () => {
    const inspected = inspectAsk(kb, 'how were the pickers paid');
    expect(featuresOf(inspected, 'copper coins').segmentLoss).toBe(0);
  });
});

describe('segmentLoss on its own', () => {
  const share = (words: string[]) => (tokens: readonly { word: string }[]): number => words.filter((w) => tokens.some((t) => t.word === w)).length / words.length;
  it('GIVEN a sentence without a semicolon THEN 0, whatever it covers', () => {
    const text = 'Ben Ray wrote Dusk.';
    expect(segmentLoss(tokenize(text), text, share(['ray', 'dusk', 'old']))).toBe(0);
  });
  it('GIVEN the asked words split across parts THEN the share of the whole less that of the best part', () => {
    const text = 'Dawn, by Ann Lee (19 when she wrote it); Dusk, by Ben Ray.';
    expect(segmentLoss(tokenize(text), text, share(['wrote', 'dusk', 'ray']))).toBeCloseTo(1 / 3);
  });
});
