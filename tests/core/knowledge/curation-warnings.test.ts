import { describe, expect, it } from 'vitest';
import { curationWarnings } from '../../../src/core/knowledge/curation-warnings.js';

const paragraphs = ['Harbor master Ann Lee said the pier opens in May.', 'Lee said José Pérez, the engineer, agreed.'];

describe('curationWarnings', () => {
  it('GIVEN people the story writes (in full, by surname, by an alias, without accents) THEN no warning', () => {
    const people = [{ name: 'Ann Lee', role: 'harbor master' }, { name: 'Jose Perez', aliases: ['Pérez'] }];
    expect(curationWarnings({ people, paragraphs })).toEqual([]);
  });

  it('GIVEN a name the story never writes THEN a warning naming it', () => {
    const warnings = curationWarnings({ people: [{ name: 'Zed Quill' }], paragraphs });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ name: 'Zed Quill' });
    expect(warnings[0]?.message).toMatch(/not written in the story/);
  });

  it('GIVEN one person listed twice, or listed again under an alias THEN a warning', () => {
    expect(curationWarnings({ people: [{ name: 'Ann Lee' }, { name: 'ann lee' }], paragraphs })[0]?.message).toMatch(/listed twice/);
    expect(curationWarnings({ people: [{ name: 'Ann Lee', aliases: ['Lee'] }, { name: 'Lee' }], paragraphs })[0]?.message).toMatch(/also an alias of "Ann Lee"/);
  });

  it('GIVEN a common noun listed as a person THEN a warning', () => {
    const warnings = curationWarnings({ people: [{ name: 'pier' }], paragraphs });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no capital letter/)]);
  });

  it('GIVEN a name written only inside a longer word THEN it is not written in the story', () => {
    expect(curationWarnings({ people: [{ name: 'Ma' }], paragraphs: ['The harbor master spoke in May.'] })).toHaveLength(1);
  });
});
