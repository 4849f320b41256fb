import { normalizeText } from './normalize-text.js';
import { PARTICLES } from './propose-people.js';

/**
 * One word of a name written in capitals, as the name is written: "DOE" → "Doe", "O'NEIL" →
 * "O'Neil", "MARY-ANN" → "Mary-Ann"; initials ("J.R."), a lone letter and a Roman numeral ("III")
 * stay; a particle inside the name ("DE", "VAN", "AND") is written in lower case.
 */
function nameWord(word: string, inside: boolean): string {
  if (/^(?:\p{Lu}\.)+$|^\p{Lu}$|^(?:II|III|IV|VI|VII|VIII)$/u.test(word)) return word;
  if (inside && PARTICLES.has(word.toLowerCase())) return word.toLowerCase();
  return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A byline written all in capitals, as a page shows it ("JANE DOE"), in the capitals a name has:
 * "Jane Doe", "JEAN DE LA ROCHE" → "Jean de la Roche", "J.R. SMITH" → "J.R. Smith". A name with any
 * lower-case letter is left as written, and so is one word alone (an agency, "AFP", may sign so);
 * short words after a comma are credentials ("JANE DOE, MD") and stay.
 *
 * @example nameCase('DARA WHITCOMBE') // → 'Dara Whitcombe'
 */
export function nameCase(name: string): string {
  if (/\p{Ll}/u.test(name) || !/\p{Lu}[^\s]*\s+\S*\p{Lu}/u.test(name)) return name;
  let afterComma = false;
  return name
    .split(/(\s+)/)
    .map((part, i) => {
      if (/^\s*$/.test(part)) return part;
      const word = part.replace(/,$/, '');
      const cased = afterComma && word.length <= 3 ? word : nameWord(word, i > 0);
      afterComma ||= part.endsWith(',');
      return cased + part.slice(word.length);
    })
    .join('');
}

/**
 * A byline as a name: "By Jane Doe" → "Jane Doe"; what a page glues after it (a date, counts, a
 * second line such as the desk's name) is dropped; one written all in capitals is written as a name is.
 *
 * @example cleanByline('By Jane Doe\n   Lake News Desk') // → 'Jane Doe'
 * @example cleanByline('by Jane Doe22 Dec 2016651') // → 'Jane Doe'
 */
export function cleanByline(byline: string | null | undefined): string | undefined {
  const first = normalizeText(byline ?? '').split(/\n/).map((line) => line.trim()).find((line) => line !== '') ?? '';
  const name = first
    .replace(/^by\b[:\s]*/i, '')
    .replace(/\s*\d.*$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;|\u2013\u2014-]+$/, '')
    .trim();
  return /\p{L}/u.test(name) ? nameCase(name) : undefined;
}
