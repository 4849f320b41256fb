import { describe, expect, it } from 'vitest';
import { createNaiveBaseline } from '../../src/bench/baseline.js';
import { generateQuestions, misspell, paraphraseQuestions } from '../../src/bench/questions.js';
import { seededRandom } from '../../src/bench/stats.js';

// Written for this test, in the style of a local news report.
const SENTENCES = [
  { articleId: 'a', text: 'Mayor Ada Brill opened the new river bridge on Monday after two years of work.' },
  { articleId: 'a', text: 'The council approved a budget of $40,000 for a second fire truck.' },
  { articleId: 'b', text: 'Farmers in the valley reported the driest summer since 1934, officials said.' },
  { articleId: 'b', text: 'Short one.' },
];

describe('generateQuestions', () => {
  const questions = generateQuestions(SENTENCES, 300, 11);

  it('makes as many questions as asked, even from a few sentences', () => {
    expect(questions).toHaveLength(300);
  });

  it('never uses a sentence too short to ask about', () => {
    expect(questions.some((q) => q.source.text === 'Short one.')).toBe(false);
  });

  it('asks in who, when, what and plain styles', () => {
    expect(new Set(questions.map((q) => q.style))).toEqual(new Set(['who', 'when', 'what', 'plain']));
    for (const q of questions.filter((q) => q.style === 'who')) expect(q.question).toMatch(/^Who .+\?$/);
    for (const q of questions.filter((q) => q.style === 'when'))
      expect(q.question).toMatch(/^When did .+\?$/);
  });

  it('leaves the name out of a who question and the date out of a when question', () => {
    const who = questions.filter((q) => q.style === 'who' && q.source.text.startsWith('Mayor'));
    expect(who.length).toBeGreaterThan(0);
    for (const q of who) expect(q.question).not.toMatch(/Ada Brill/);
    const when = questions.filter((q) => q.style === 'when' && q.source.text.startsWith('Mayor'));
    for (const q of when) expect(q.question).not.toMatch(/Monday/);
  });

  it('alters the sentence: no question is the sentence verbatim', () => {
    for (const q of questions) expect(q.question).not.toBe(q.source.text);
  });

  it('returns nothing for no sentences and repeats itself for the same seed', () => {
    expect(generateQuestions([], 10)).toEqual([]);
    expect(generateQuestions(SENTENCES, 20, 4)).toEqual(generateQuestions(SENTENCES, 20, 4));
  });
});

describe('misspell', () => {
  it('changes a long word but keeps its first and last letters', () => {
    const random = seededRandom(2);
    for (let i = 0; i < 50; i++) {
      const typo = misspell('approved', random);
      expect(typo).not.toBe('approved');
      expect(typo[0]).toBe('a');
      expect(typo.at(-1)).toBe('d');
    }
  });

  it('leaves short words alone', () => {
    expect(misspell('bus', seededRandom(1))).toBe('bus');
  });
});

describe('createNaiveBaseline', () => {
  it('finds the sentence a misspelt question was made from', () => {
    const baseline = createNaiveBaseline(SENTENCES);
    expect(baseline.size).toBe(4);
    expect(baseline.ask('council aproved budget fire truck')?.sentence.text).toBe(SENTENCES[1]?.text);
  });
});

describe('paraphraseQuestions', () => {
  const synonyms = (word: string): readonly string[] => ({ opened: ['inaugurated'], approved: ['sanctioned', 'approve_of'], budget: [] })[word] ?? [];

  it('asks in other words: a word replaced by a one-word synonym, the source kept', () => {
    const questions = generateQuestions(SENTENCES, 60, 11);
    const paraphrased = paraphraseQuestions(questions, synonyms, 100, 3);
    expect(paraphrased.length).toBeGreaterThan(0);
    for (const p of paraphrased) {
      expect(p.style).toBe('paraphrase');
      expect(p.question).toMatch(/inaugurated|sanctioned/);
      expect(p.question).not.toMatch(/approve_of/);
      expect(questions.some((q) => q.source === p.source)).toBe(true);
    }
  });

  it('makes no more than asked and none from a question with nothing to replace', () => {
    expect(paraphraseQuestions(generateQuestions(SENTENCES, 60, 11), synonyms, 2, 3)).toHaveLength(2);
    expect(paraphraseQuestions(generateQuestions(SENTENCES, 60, 11), () => [], 10, 3)).toEqual([]);
  });
});
