import { articleEntities, lookupPlace, prepareArticle } from '../facts/analyze-article.js';
import type { CuratedPerson, IsoDate } from '../types.js';
import { splitSentences } from './split-sentences.js';

/** Letters, with the marks, dots, dashes, apostrophes and ampersands names are written with. */
const NAME = /^[\p{L}\p{M}][\p{L}\p{M}.'’&\- ]*$/u;

/** At most this many people are proposed: a list the curator can still read through. */
const MAX_PEOPLE = 30;

/**
 * The persons and organisations a story names, read by the same extraction the answers use
 * (`prepareArticle` / `articleEntities`), as a `people:` list for the curator to correct. Kept
 * conservative, since curated people win over extracted ones at answer time: places never; a name
 * only when it has at least two words or a role written beside it; the first role seen, and
 * the surnames written alone as aliases.
 *
 * @example
 * proposePeople(['State Department spokesman Sean McCormack said no in Baghdad.'], '2007-07-25');
 * // → [{ name: 'Sean McCormack', role: 'State Department spokesman' }]
 */
export function proposePeople(paragraphs: readonly string[], published: IsoDate): CuratedPerson[] {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph.replace(/\s+/g, ' ').trim()));
  const entities = articleEntities(prepareArticle({ published, people: [], sentences }));
  const people: CuratedPerson[] = [];
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    const name = entity.name.trim();
    // Places never; nor page furniture read as a name ("Order Reprints | Today").
    if (name === '' || lookupPlace(name) || !NAME.test(name)) continue;
    const role = entity.roles.map((r) => r.trim()).find((r) => r !== '' && r.toLowerCase() !== name.toLowerCase());
    const words = name.split(/\s+/).length;
    if (words < 2 && role === undefined) continue;
    if (people.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    // Surnames written alone in the story ("McCormack said"), as the answers link them.
    const aliases = entity.aliases.filter((a) => a.toLowerCase() !== name.toLowerCase());
    people.push({ name, ...(role === undefined ? {} : { role }), ...(aliases.length === 0 ? {} : { aliases }) });
    if (people.length >= MAX_PEOPLE) break;
  }
  return people;
}
