import { describe, expect, it } from 'vitest';
import { proposePeople } from '../../../src/core/ingest/propose-people.js';

describe('proposePeople', () => {
  const people = proposePeople(
    [
      'Harbor Authority chairwoman Lina Okafor said the new pier opens in May.',
      'Okafor said the Harbor Authority would pay for it. Rainfall in Lisbon delayed the work.',
      'Governor Barnes visited on Friday with Tomas Ferreira, and Acme said nothing.',
    ],
    '2021-04-02',
  );

  it('lists named persons with the role written beside them and surnames seen alone', () => {
    expect(people).toContainEqual({ name: 'Lina Okafor', role: 'Harbor Authority chairwoman', aliases: ['Okafor'] });
  });

  it('keeps a one-word name only with a role, and names of two words without one', () => {
    expect(people.map((p) => p.name)).toContain('Tomas Ferreira');
    expect(people.find((p) => p.name === 'Barnes')?.role).toBe('Governor');
    expect(people.map((p) => p.name)).not.toContain('Acme');
  });

  it('never proposes places', () => {
    expect(people.map((p) => p.name)).not.toContain('Lisbon');
  });

  it('drops page furniture read as a name', () => {
    const found = proposePeople(['Order Reprints | Today Paper | Subscribe', "Jean-Luc O’Neill met AT&T officials."], '2021-04-02').map((p) => p.name);
    expect(found.some((name) => name.includes('|'))).toBe(false);
    expect(found).toContain('Jean-Luc O’Neill');
  });

  it('proposes nobody for a story without names', () => {
    expect(proposePeople(['It rained all day and the streets flooded.'], '2021-04-02')).toEqual([]);
  });
});
