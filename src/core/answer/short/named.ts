/** What/which: the name of the kind the question asks for ("which university …" → "Kyoto University"). */
import { tokenize } from '../../text/tokenize.js';
import type { ShortAnswer, ShortAnswerInput } from './shared.js';

/**
 * A run of capitalised words, with "of (the)" or "and" inside and a number after: "University of
 * Buffalo", "Lincoln and Jefferson Memorials", "Public Law 920".
 */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:of|and|&)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\d+\b)?/gu;
/** A sentence with this share of its words capitalised is a headline ("Court Upholds Death Sentence"). */
const HEADLINE_SHARE = 0.7;
/** At most this many names are given, for a question that asks for several ("which funds …"). */
const MAX_NAMES = 3;

/**
 * The names in the sentence that carry the noun a "what/which <noun>" question asks for and say
 * more than the question: "which university is Ann Lee at" → "Kyoto University". `undefined`
 * when the sentence names none, or when it is a headline (its capitals say nothing).
 *
 * @example
 * namedAnswer({ type: 'what', head: 'university', sentence: 'Ann Lee studies at Kyoto University.', … }); // { answer: 'Kyoto University', fit: 1 }
 */
export function namedAnswer(input: ShortAnswerInput): ShortAnswer | undefined {
  const { head, sentence, questionStems } = input;
  if (!head) return undefined;
  const stem = tokenize(head)[0]?.stem;
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (stem === undefined || words.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADLINE_SHARE * words.length) return undefined;
  const names: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    // A possessive ends a name: "the University of California's Dr. Lee", "Eichmann's Department of Jewish Affairs".
    for (const part of m[0].split(/['’]s\s+/u)) {
      const name = part.replace(/['’]s$/u, '').replace(/^(?:The|A|An)\s+/u, '');
      // Each written word, not an abbreviation's expansion ("U.S." is no "unit").
      const tokens = name.split(/\s+/).flatMap((w) => (w.includes('.') ? [] : tokenize(w)));
      if (!tokens.some((t) => t.stem === stem) || tokens.every((t) => questionStems.has(t.stem))) continue;
      if (!names.includes(name)) names.push(name);
    }
  }
  return names.length === 0 ? undefined : { answer: names.slice(0, MAX_NAMES).join(', '), fit: 1 };
}
