import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSentence, lazyArticle, lazyFacts, prepareArticle, type ArticleFactsInput } from '../../../src/core/facts/analyze-article.js';
import type { CuratedPerson, SentenceFacts } from '../../../src/core/types.js';
import { BROWN_FILES, brownSentences } from '../../fixtures/facts/brown.js';
import { SEED_PUBLISHED, seedSentences } from '../../fixtures/facts/seed.js';
import { FIXTURE_ARTICLE, PUBLISHED } from '../../fixtures/facts/sentences.js';

/** Every sentence's facts from the whole article's context: what answers used before. */
function wholeArticle(input: ArticleFactsInput): SentenceFacts[] {
  const ctx = prepareArticle(input);
  return input.sentences.map((_, i) => analyzeSentence(ctx, i));
}

/** The same, each sentence asked of a fresh lazy article (nothing read for another sentence first). */
function eachLazily(input: ArticleFactsInput): SentenceFacts[] {
  return input.sentences.map((_, i) => lazyArticle(input).facts(i));
}

/** Invented wire copy where names are linked across sentences in every way the article pass knows. */
const LINKED = [
  'McCormack said Tuesday the talks would go on.',
  'The talks in Baghdad were the first since May.',
  'State Department spokesman Sean McCormack told reporters in Washington that the U.S. offer stood.',
  'Sean said the United States had not changed its view.',
  'Smith, a lawyer, said the Smith family would appeal.',
  'John Smith and Jane Smith both spoke at the hearing in Ga. on Friday.',
  'Capt. Rickards said the ship left port.',
  'Captain Rickards, the harbour master, was not at the meeting.',
  'Communist China and Britain did not send envoys, Mottaki said.',
  "Iran's foreign minister, Manouchehr Mottaki, said America would be welcome.",
  'Georgia Banes, a Georgia teacher, said she would vote.',
  'Banes said the vote in Georgia was close.',
  // `Britain` and `England` are one place to the gazetteer, which decides whether `England` alone is
  // the historian: the lazy pass must read the sentence naming Britain too.
  'Britain sent no envoy to the talks.',
  'Professor Anne England, a historian, wrote the report.',
  'England said the talks had failed.',
];

const CURATED: CuratedPerson[] = [
  { name: 'Sean McCormack', role: 'U.S. State Department spokesman', aliases: ['McCormack'] },
  { name: 'Georgia Banes', aliases: ['Banes'] },
];

describe('lazyArticle: one sentence facts without the whole article', () => {
  it('GIVEN a surname before the full name and its role THEN links it as the whole article does', () => {
    const input = { published: PUBLISHED, people: [], sentences: LINKED };
    const first = lazyArticle(input).facts(0).entities.find((e) => e.text === 'McCormack');
    expect(first).toMatchObject({ name: 'Sean McCormack', type: 'person', role: 'State Department spokesman' });
  });

  it('GIVEN another name of a place elsewhere in the story THEN reads it, as the whole article pass does', () => {
    const input = { published: PUBLISHED, people: [], sentences: LINKED };
    const facts = lazyArticle(input).facts(LINKED.indexOf('England said the talks had failed.'));
    expect(facts.entities).toEqual(wholeArticle(input)[LINKED.indexOf('England said the talks had failed.')]?.entities);
    expect(facts.entities[0]).toMatchObject({ text: 'England', name: 'Anne England', type: 'person' });
  });

  it.each([
    ['invented linked copy', { published: PUBLISHED, people: [], sentences: LINKED }],
    ['invented linked copy with curated people', { published: PUBLISHED, people: CURATED, sentences: LINKED }],
    ['the fixture article', { published: PUBLISHED, people: [], sentences: FIXTURE_ARTICLE }],
    ['the seed story', { published: SEED_PUBLISHED, people: [], sentences: seedSentences() }],
  ])('GIVEN %s THEN every sentence has exactly the facts of the whole article pass', (_name, input) => {
    expect(eachLazily(input)).toEqual(wholeArticle(input));
  });

  it('GIVEN Brown press reportage (ca23–ca27) THEN every sentence has exactly the facts of the whole article pass', () => {
    for (const file of BROWN_FILES.slice(0, 5)) {
      const input = { published: '1961-06-15', people: [], sentences: brownSentences(file) };
      const reference = wholeArticle(input);
      // Each sentence alone (the lazy reading), and all in turn of one story (which then switches
      // to the whole story's context).
      expect(eachLazily(input), file).toEqual(reference);
      const lazy = lazyArticle(input);
      expect(input.sentences.map((_, i) => lazy.facts(i)), file).toEqual(reference);
    }
  });

  it('GIVEN any order and choice of linked sentences and curated people THEN the facts are those of the whole article pass', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINKED, ...FIXTURE_ARTICLE), { minLength: 1, maxLength: 10 }),
        fc.subarray(CURATED),
        fc.nat(),
        (sentences, people, pick) => {
          const input = { published: PUBLISHED, people, sentences };
          const i = pick % sentences.length;
          expect(lazyArticle(input).facts(i)).toEqual(analyzeSentence(prepareArticle(input), i));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('GIVEN an index outside the article THEN gives empty facts, as analyzeSentence does', () => {
    expect(lazyArticle({ published: PUBLISHED, people: [], sentences: LINKED }).facts(99)).toEqual({ entities: [], dates: [], numbers: [], hasReason: false });
  });

  it('GIVEN Brown press reportage read part by part (lazyFacts over the lazy entities) THEN every sentence has exactly the facts of the whole article pass', () => {
    for (const file of BROWN_FILES.slice(0, 5)) {
      const input = { published: '1961-06-15', people: [], sentences: brownSentences(file) };
      const lazy = lazyArticle(input);
      const parts = input.sentences.map((text, i) => lazyFacts(text, input.published, () => lazy.entities(i), () => lazy.narrativeTime(i)));
      // Dates and numbers read before the names, as a when question's candidates are.
      for (const facts of parts) void facts.numbers;
      expect(parts, file).toEqual(wholeArticle(input));
    }
  });

  it('GIVEN a sentence whose dates alone are read THEN its names are never worked out, and they are worked out once', () => {
    let namesRead = 0;
    const facts = lazyFacts('McCormack said Tuesday the talks would go on.', PUBLISHED, () => {
      namesRead++;
      return lazyArticle({ published: PUBLISHED, people: [], sentences: LINKED }).entities(0);
    });
    expect(facts.dates.map((d) => d.text)).toEqual(['Tuesday']);
    expect(namesRead).toBe(0);
    expect(facts.entities[0]).toMatchObject({ name: 'Sean McCormack' });
    void facts.entities;
    expect(namesRead).toBe(1);
  });
});
