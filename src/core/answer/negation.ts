/**
 * What a negation bears on, so that a question and a sentence can be compared word by word: "what
 * did the council not approve" negates the approval, and "The council approved the budget." asserts
 * it — the sentence does not answer the question, though it shares every word of it.
 */
import { STOPWORDS } from '../text/stopwords.js';
import type { Token } from '../text/tokenize.js';

/** Words after a negation, or either side of a word, within which the negation is taken to bear on it. */
const NEGATION_REACH = 3;
/** Negation words as the tokenizer gives them ("didn't" → "didnt"). */
const NEGATION_WORD = /^(?:not|never|no|none|neither|nor|without|cannot|(?:do|does|did|is|are|was|were|wo|ca|could|should|would|has|have|had|ai|must|need)nt)$/;

/**
 * The stems of the words negations bear on: the first content word within a few words after each
 * ("did not approve the plan" negates the approving, not the plan).
 *
 * @example
 * negatedStems(tokenize('what did the council not approve')); // ['approv']
 * negatedStems(tokenize('what did the council approve')); // []
 */
export function negatedStems(tokens: readonly Token[]): string[] {
  const stems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATION_WORD.test((tokens[i] as Token).word)) continue;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (NEGATION_WORD.test(t.word) || STOPWORDS.has(t.word) || t.word.length < 2) continue;
      if (!stems.includes(t.stem)) stems.push(t.stem);
      break;
    }
  }
  return stems;
}

/** Whether a negation stands within reach of the token at `position`, before or after it (or is it). */
function negationAround(tokens: readonly Token[], position: number): boolean {
  for (let k = Math.max(0, position - NEGATION_REACH); k <= position + NEGATION_REACH && k < tokens.length; k++) {
    if (NEGATION_WORD.test((tokens[k] as Token).word)) return true;
  }
  return false;
}

/**
 * Whether a negation stands within a few words of a word the sentence shares with the question:
 * "the council did not approve the budget" negates the approval a question asks about; "not until
 * May" at the far end of a long sentence does not.
 *
 * @example
 * negatedNear(tokenize('The council did not approve the budget.'), [4]); // true
 */
export function negatedNear(tokens: readonly Token[], matched: readonly number[]): boolean {
  return matched.some((m) => negationAround(tokens, m));
}

/**
 * The question negates a word that the sentence states without a negation near it: "what does not
 * help the crops" against "Rain helps the crops." A sentence that lacks the word says nothing either
 * way (false), and so does one that negates it too ("Rain does not help the crops.").
 *
 * @example
 * negationDropped(['help'], tokenize('Rain helps the crops.')); // true
 * negationDropped(['help'], tokenize('Rain does not help the crops.')); // false
 */
export function negationDropped(questionNegated: readonly string[], sentence: readonly Token[]): boolean {
  if (questionNegated.length === 0) return false;
  let stated = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!questionNegated.includes((sentence[i] as Token).stem)) continue;
    if (negationAround(sentence, i)) return false;
    stated = true;
  }
  return stated;
}
