import { describe, expect, it } from 'vitest';
import { analyzeArticle, analyzeSentence, prepareArticle } from '../../../src/core/facts/analyze-article.js';
import type { EntityMention } from '../../../src/core/types.js';
import { BROWN_FILES, brownSentences } from '../../fixtures/facts/brown.js';

const PUBLISHED = '1961-06-15';

function find(file: string, contains: string) {
  const sentences = brownSentences(file);
  const index = sentences.findIndex((s) => s.includes(contains));
  expect(index).toBeGreaterThanOrEqual(0);
  return analyzeSentence(prepareArticle({ published: PUBLISHED, people: [], sentences }), index);
}

const named = (entities: EntityMention[], name: string) => entities.find((e) => e.name === name);

describe('facts on Brown press reportage (ca23–ca44)', () => {
  it('never throws and keeps every text verbatim in its sentence', () => {
    for (const file of BROWN_FILES) {
      const sentences = brownSentences(file);
      const { facts } = analyzeArticle({ published: PUBLISHED, people: [], sentences });
      facts.forEach((f, i) => {
        const s = sentences[i] ?? '';
        for (const x of [...f.dates, ...f.entities, ...f.numbers]) expect(s).toContain(x.text);
      });
    }
  });

  it('reads an appositive role and links the later surname', () => {
    expect(named(find('ca23', 'director of field service').entities, 'William Smythe')?.role).toBe('director of field service');
    expect(named(find('ca23', 'Smythe said').entities, 'William Smythe')?.text).toBe('Smythe');
  });

  it('reads money and an abbreviated month day', () => {
    const facts = find('ca23', 'director of field service');
    expect(facts.numbers.map((n) => n.text)).toContain('$58,918');
    expect(facts.dates[0]).toMatchObject({ text: 'Aug. 22', grain: 'day' });
  });

  it('reads a capitalised title as the role', () => {
    expect(named(find('ca23', 'Acting Administrator').entities, 'Andrew F. Juras')?.role).toBe('Acting Administrator');
  });

  it('reads a county as an organisation and a state abbreviation as its state', () => {
    expect(named(find('ca23', 'Multnomah County may be short').entities, 'Multnomah County')?.type).toBe('organization');
    expect(named(find('ca23', 'arrested in Phoenix').entities, 'Arizona')?.text).toBe('Ariz.');
  });
});
