/**
 * A question's "he" or "she" that nothing in it says whom it stands for ("when did he die", asked
 * with no conversation behind it), and the one person a cited sentence names, whom the reply then
 * says it took the pronoun for. Apart from `follow-up.ts`, which `replies.ts` may not import (it
 * imports the replies' types).
 */
import type { KnowledgeBase } from '../core/types.js';

/** Pronouns that stand for one person (a closed class); "it" and "they" are not read. Also `follow-up.ts`'s. */
export const PERSONAL_PRONOUN = /\b(he|she|him|her|his|hers|himself|herself)\b/i;

/** Auxiliaries after "who" that leave the subject to come: "who did his mother marry". */
const AUXILIARY = /^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|shall|may|might|must)$/i;
/** Copulas after "who": "who was his brother" asks who someone's brother is. */
const COPULA = /^(?:is|was|are|were|'s|be)$/i;

/**
 * Whether the question asks who did something to or with their own something: "who lost his job",
 * "who would banish all poets from his ideal state" — a "his", "her" (before a word) or "himself"
 * after a verb of which "who" is the subject. Not "who was his brother", "who did his mother marry",
 * nor "who met him" (an object pronoun is someone else).
 */
export function bindsToAsked(question: string): boolean {
  const words = question.toLowerCase().match(/[a-z'’]+/g) ?? [];
  if (words[0] !== 'who' || COPULA.test(words[1] ?? '')) return false;
  const at = words.findIndex((w, i) => i > 0 && /^(?:his|her|hers|himself|herself)$/.test(w));
  if (at < 0 || words.slice(1).some((w) => /^(?:he|she|him)$/.test(w))) return false;
  // A verb of its own between "who" and the pronoun, not only auxiliaries.
  return words.slice(1, at).some((w) => !AUXILIARY.test(w));
}

/**
 * The personal pronoun a question refers to someone by (as written) when nothing in the question
 * says whom: no person it names ("when did steinberg leave his post" is about Steinberg), and not
 * the "his" of the one a who-question asks for ("who lost his job"). Undefined otherwise.
 *
 * @example unreadPronoun(kb, 'when did he die') // 'he'
 */
export function unreadPronoun(kb: KnowledgeBase, question: string): string | undefined {
  const pronoun = PERSONAL_PRONOUN.exec(question)?.[1];
  if (pronoun === undefined || bindsToAsked(question) || kb.personNamed(question) !== undefined) return undefined;
  return pronoun;
}

/**
 * The one person the knowledge base lists whom a sentence names: "W. E. Ford, for example,
 * continued … until his death in 1939" → W. E. Ford. Undefined when it names no one listed, or
 * two ("Ann Lee met Tom Hale before he died": whose death is anyone's guess).
 */
export function onePersonNamed(kb: KnowledgeBase, sentence: string, except: readonly string[] = []): string | undefined {
  // The sentence with a person's names blanked: another person left in it makes two.
  const without = (text: string, person: string): string => {
    const words = new Set([person, ...(kb.profile(person)?.aliases ?? [])].flatMap((name) => name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
    return text.replace(/[\p{L}\p{N}]+/gu, (word) => (words.has(word.toLowerCase()) ? ' ' : word));
  };
  // ("Tom Hale married Ann Lee" for "who did he marry": the one the answer names is not whom "he" is.)
  const text = except.reduce(without, sentence);
  const person = kb.personNamed(text);
  if (person === undefined) return undefined;
  return kb.personNamed(without(text, person)) === undefined ? person : undefined;
}
