import { describe, expect, it } from 'vitest';
import { analyzeSentence, extractNumbers, hasReason, lazyFacts, prepareArticle } from '../../../src/core/facts/analyze-article.js';
import { isMoney, mayHoldNumber, numbersOutside } from '../../../src/core/facts/extract-numbers.js';
import { CARDINAL_WORDS, ORDINAL_WORDS } from '../../../src/core/facts/number-words.js';
import { BROWN_EDITORIAL_FILES, BROWN_FILES, brownSentences } from '../../fixtures/facts/brown.js';

describe('mayHoldNumber: the quick test before the numbers are read', () => {
  it('GIVEN a sentence without a digit or a number word THEN no number, and the quick test says so', () => {
    for (const sentence of ['The miller sold the mill to Ada Lunn.', 'Nobody knew where the someone had gone.', 'Her lodge stood by the river.']) {
      expect(mayHoldNumber(sentence)).toBe(false);
      expect(extractNumbers(sentence)).toEqual([]);
    }
  });

  it('GIVEN every number word, ordinal and scale, in any case, and digits THEN the quick test lets each through and the number is read', () => {
    const words = [...Object.keys(CARDINAL_WORDS), 'dozen', 'first', 'second', 'third', 'fifth', 'twelfth', 'twentieth', 'hundredth', 'a hundred', 'an hundred', 'a thousand', 'million', 'hundred-pound'];
    const sentences = [
      ...words.flatMap((word) => [`The crew of ${word} sailed.`, `${word[0]?.toUpperCase()}${word.slice(1)} boats sailed.`, `THEY SAW ${word.toUpperCase()} SHIPS.`]),
      'It cost $5.', 'Turnout was 40%.', 'The 3rd district voted.', 'Flight A380 landed at 8:30.', 'Rates rose 3.5 per cent.',
    ];
    for (const sentence of sentences) {
      expect(mayHoldNumber(sentence)).toBe(true);
    }
    // (Ordinals the number words know that the reader does not, "fourteenth", still pass the quick test or read nothing.)
    for (const word of Object.keys(ORDINAL_WORDS)) {
      const sentence = `The ${word} ship sailed.`;
      if (!mayHoldNumber(sentence)) expect(extractNumbers(sentence)).toEqual([]);
    }
    for (const sentence of sentences.slice(0, 3)) expect(extractNumbers(sentence).length).toBeGreaterThan(0);
  });
});

describe('extractNumbers', () => {
  it.each([
    ['They met for the second time.', { text: 'second', value: 2, unit: 'ordinal' }],
    ['Two officials resigned.', { text: 'Two', value: 2, unit: 'officials' }],
    ['The county spent $58,918 on it.', { text: '$58,918', value: 58918, unit: 'USD' }],
    ['Unemployment rose 3.5 percent.', { text: '3.5 percent', value: 3.5, unit: 'percent' }],
    ['Some 1,000 people marched.', { text: '1,000', value: 1000, unit: 'people' }],
    ['It has 27 members.', { text: '27', value: 27, unit: 'members' }],
    ['The 3rd district voted.', { text: '3rd', value: 3, unit: 'ordinal' }],
    ['Twenty-five schools closed.', { text: 'Twenty-five', value: 25, unit: 'schools' }],
    ['Turnout was 40%.', { text: '40%', value: 40, unit: 'percent' }],
  ])('reads %s', (sentence, expected) => {
    expect(extractNumbers(sentence)).toEqual([expected]);
  });

  it('skips the spans taken by dates', () => {
    const sentence = 'Relations broke in April, 1980 after 52 hostages were taken.';
    const at = sentence.indexOf('April, 1980');
    expect(extractNumbers(sentence, [{ start: at, end: at + 'April, 1980'.length }])).toEqual([
      { text: '52', value: 52, unit: 'hostages' },
    ]);
  });

  it('GIVEN a scale joined by a hyphen ("five-hundred") THEN one number, and a currency word after it is its unit', () => {
    expect(extractNumbers('The mayor paid two-thousand dollars for five-hundred chairs.')).toEqual([
      { text: 'two-thousand', value: 2000, unit: 'dollars' },
      { text: 'five-hundred', value: 500, unit: 'chairs' },
    ]);
    expect(extractNumbers('He tipped the porter a hundred-yen note.')).toEqual([{ text: 'a hundred', value: 100, unit: 'yen' }]);
  });

  it('GIVEN a scale joined by a hyphen to a unit after a number ("three hundred-pound sacks") THEN the count and the measure apart, not three hundred', () => {
    expect(extractNumbers('The barge took on three hundred-pound bales of cotton.')).toEqual([
      { text: 'three', value: 3 },
      { text: 'hundred', value: 100 },
    ]);
    expect(extractNumbers('Ossie slipped her two thousand-dollar notes.')).toEqual([
      { text: 'two', value: 2 },
      { text: 'thousand', value: 1000, unit: 'dollar' },
    ]);
    expect(extractNumbers('A hundred-pound bale fell, and three hundred-odd porters ran.')).toEqual([
      { text: 'A hundred', value: 100 },
      { text: 'three hundred', value: 300 },
    ]);
  });

  it('does not read "one" as a pronoun', () => {
    expect(extractNumbers('No one knew, and they helped one another.')).toEqual([]);
  });

  it('does not read digits glued to letters as quantities', () => {
    expect(extractNumbers('An F-16 flew over.')).toEqual([]);
  });
});

describe('hasReason', () => {
  it.each([
    'The school closed because of the storm.',
    'The game was cancelled due to rain.',
    'He resigned after the report accused him of fraud.',
    'No progress can be made unless Iran changes its behavior.',
    'They moved in order to save money.',
    'Talks went ahead despite tensions over the program.',
    'Since the budget was cut, the library closed.',
    'As a result, fares will rise.',
    'The mayor said the cuts would protect the schools.',
    'Relations have improved since the ouster of the old leader.',
    'The rise is due in large measure to lower taxes.',
  ])('finds a reason in: %s', (sentence) => {
    expect(hasReason(sentence)).toBe(true);
  });

  it.each([
    'The ambassadors met in Baghdad.',
    'Support has risen since they met in May.',
    'He returned after two years abroad.',
    'The vote took place after midnight.',
  ])('finds no reason in: %s', (sentence) => {
    expect(hasReason(sentence)).toBe(false);
  });
});

describe('extractNumbers on times and codes', () => {
  it('does not read clock times or codes like 4-H as quantities', () => {
    expect(extractNumbers('The 4-H show opens at 8:30 with 12 entrants.')).toEqual([{ text: '12', value: 12, unit: 'entrants' }]);
  });
});

describe('numbers without dates where none can hide', () => {
  /** Invented: numbers beside, inside and without date phrases. */
  const INVENTED = [
    'Relations broke in April, 1980 after 52 hostages were seized.',
    'The council met on May 3 and voted 7 to 2.',
    'Talks resumed Tuesday, the first in 27 years.',
    'No figures were given.',
    'The 1961 budget of $3.5 million rose 4 percent over 1960.',
    'He served from 1950 to 1958 and again for three years.',
    'Nobody came.',
    'One of them said the 2nd of June was too late.',
  ];

  it('GIVEN Brown press reportage (ca23–ca44), editorials (cb01–cb27) and invented sentences THEN a sentence read part by part has exactly the numbers of the whole pass', () => {
    const articles = [...[...BROWN_FILES, ...BROWN_EDITORIAL_FILES].map(brownSentences), INVENTED];
    let sentences = 0;
    for (const text of articles) {
      const ctx = prepareArticle({ published: '1961-06-15', people: [], sentences: text });
      text.forEach((sentence, i) => {
        expect(lazyFacts(sentence, '1961-06-15', () => []).numbers, sentence).toEqual(analyzeSentence(ctx, i).numbers);
        sentences++;
      });
    }
    expect(sentences).toBeGreaterThan(4_000);
  });

  it('GIVEN a sentence without a number THEN the date spans are never asked for; with one THEN they hide the year of a date', () => {
    let asked = 0;
    const spans = (at: number, length: number) => () => {
      asked++;
      return [{ start: at, end: at + length }];
    };
    expect(numbersOutside('No figures were given.', spans(0, 2))).toEqual([]);
    expect(asked).toBe(0);
    const sentence = 'Relations broke in April, 1980 after 52 hostages were seized.';
    expect(numbersOutside(sentence, spans(sentence.indexOf('April'), 'April, 1980'.length))).toEqual([{ text: '52', value: 52, unit: 'hostages' }]);
    expect(asked).toBe(1);
  });
});


describe('numbers written in words with a scale and a remainder', () => {
  it('GIVEN "three hundred five" or "two hundred and forty" THEN the whole number, not its first part', () => {
    expect(extractNumbers('Three hundred five copies of the report were mailed.')).toEqual([{ text: 'Three hundred five', value: 305, unit: 'copies' }]);
    expect(extractNumbers('He sold two hundred and forty horses.')).toEqual([{ text: 'two hundred and forty', value: 240, unit: 'horses' }]);
    expect(extractNumbers('Three million five hundred came.').map((n) => n.value)).toEqual([3_000_000, 500]);
  });

  it('GIVEN "a hundred" or two scale words ("a hundred thousand") THEN the whole amount', () => {
    expect(extractNumbers('The fair might bring in nearly a hundred thousand dollars.')).toEqual([{ text: 'a hundred thousand', value: 100_000, unit: 'dollars' }]);
    expect(extractNumbers('Three hundred thousand men marched.')).toEqual([{ text: 'Three hundred thousand', value: 300_000, unit: 'men' }]);
    expect(extractNumbers('A million people watched.')).toEqual([{ text: 'A million', value: 1_000_000, unit: 'people' }]);
    expect(extractNumbers('A man came in a hurry.')).toEqual([]);
  });
});

describe('sums of money', () => {
  it('GIVEN a currency sign or a currency word THEN a sum of money; pounds, which also weigh, are not', () => {
    const money = (sentence: string) => extractNumbers(sentence).map(isMoney);
    expect(money('It cost $5,000 and £300.')).toEqual([true, true]);
    expect(money('They paid five thousand dollars and forty cents.')).toEqual([true, true]);
    expect(money('The calf weighed 300 pounds; 40 men lifted it.')).toEqual([false, false]);
  });
});
