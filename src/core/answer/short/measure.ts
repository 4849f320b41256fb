/** What: the measure a sentence gives a thing the question names ("the porosity of the graphite" → "50%"). */
import { extractNumbers } from '../../facts/extract-numbers.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize } from '../../text/tokenize.js';
import type { NumberMention } from '../../types.js';
import type { ShortAnswer, ShortAnswerInput } from './shared.js';
import { measured, namesAThing, withUnit } from './number.js';

/**
 * A word tied to the amount right after it: "a porosity of 50%", "the maximum suction was 3.25",
 * "corn syrup of 71 poises", "a speed of about 40 knots". The word is the first group.
 */
const TIED_WORD = /([\p{L}'’-]+)\s*(?:of|was|is|were|are|at|:)\s+(?:about\s+|approximately\s+|nearly\s+|roughly\s+|some\s+|only\s+)?$/u;

/** The rest of a range after its first number: " - 294-degrees-K", " to 40 knots", "–12 %". */
const RANGE_AFTER = /^\s*(?:-|–|to)\s*\d[\d.,]*(?:[-\s]?(?:%|[\p{L}-]+))?/u;

/**
 * The amount a sentence ties to a word of the question: "what was the porosity of the graphite" →
 * "50%" of "… has a porosity of 50% and an average pore size of 30". Not an amount the question
 * gives itself, nor a number that names a thing ("Model 440"); `undefined` when no question word is
 * tied to an amount. "(viscosity 155 poises)" with no tie between is left alone: written so, it
 * labels a thing beside the one asked about as often as not.
 *
 * @example
 * measureAnswer({ type: 'what', sentence: 'The tank has a capacity of 40 gallons.', questionStems: stems('capacity of the tank'), … }); // { answer: '40 gallons', fit: 1 }
 */
export function measureAnswer(input: ShortAnswerInput): ShortAnswer | undefined {
  // The sentence's own numbers first, read without its other facts: most candidates of a what
  // question tie no amount to the question, and their facts need never be worked out (nor cached).
  // The facts' numbers are these less the ones inside dates and names, so none tied here means none there.
  if (tiedAmount(input.sentence, extractNumbers(input.sentence), input.questionStems) === undefined) return undefined;
  return tiedAmount(input.sentence, input.facts.numbers, input.questionStems);
}

/** The first of `numbers` tied to a word of the question, as the answer. */
function tiedAmount(sentence: string, numbers: readonly NumberMention[], questionStems: ReadonlySet<string>): ShortAnswer | undefined {
  for (const n of numbers) {
    // "a rebel is one who …": a bare "one" is a pronoun as often as an amount.
    if (tokenize(n.text).some((t) => questionStems.has(t.stem)) || namesAThing(sentence, n) || /^(?:one|an?)$/i.test(n.text)) continue;
    for (let at = sentence.indexOf(n.text); at >= 0; at = sentence.indexOf(n.text, at + 1)) {
      const word = TIED_WORD.exec(sentence.slice(Math.max(0, at - 60), at))?.[1];
      const token = word === undefined ? undefined : tokenize(word)[0];
      if (!token || STOPWORDS.has(token.word) || !questionStems.has(token.stem)) continue;
      // "a range of 77 - 294 degrees K": the whole range, as written.
      const range = RANGE_AFTER.exec(sentence.slice(at + n.text.length))?.[0];
      return { answer: range === undefined ? (measured(sentence, n) ?? withUnit(n)) : `${n.text}${range}`.replace(/[.,;:]+$/, ''), fit: 1 };
    }
  }
  return undefined;
}
