/**
 * The short answer a sentence gives, one extractor per kind of answer (`short/`): a person or
 * organisation with their role (who), a resolved date (when), a place (where), a number, sum or
 * percentage (how many / how much), a reason clause (why). Each says how well the sentence fits the
 * kind asked for; a sentence without it gets a low fit and is itself the answer.
 */
import { copulaAnswer } from './short/copula.js';
import { dateAnswer } from './short/date.js';
import { doerAnswer } from './short/doer.js';
import { measureAnswer } from './short/measure.js';
import { modifierAnswer, namedAnswer } from './short/named.js';
import { numberAnswer } from './short/number.js';
import { personAnswer } from './short/person.js';
import { placeAnswer } from './short/place.js';
import { reasonAnswer } from './short/reason.js';
import type { ShortAnswer, ShortAnswerInput } from './short/shared.js';

export { countriesIn, dateWithPhrase, personWithRole, type ShortAnswer, type ShortAnswerInput } from './short/shared.js';

/** Anything else ("what …", "how …"): the sentence itself is the answer. */
const SENTENCE_FIT = 0.8;

/**
 * @example
 * shortAnswer({ type: 'when', sentence: 'Tuesday, talks were held.', facts, questionStems, published: '2007-07-25', wantsDuration: false });
 * // → { answer: '24 July 2007 ("Tuesday")', fit: 1, date: … }
 */
export function shortAnswer(input: ShortAnswerInput): ShortAnswer {
  switch (input.type) {
    case 'who':
      return personAnswer(input);
    case 'when':
      return dateAnswer(input);
    case 'where':
      return placeAnswer(input);
    case 'how-many':
      return numberAnswer(input);
    case 'why':
      return reasonAnswer(input);
    case 'what':
      return namedAnswer(input) ?? measureAnswer(input) ?? doerAnswer(input, SENTENCE_FIT) ?? copulaAnswer(input, SENTENCE_FIT) ?? modifierAnswer(input, SENTENCE_FIT) ?? { answer: input.sentence, fit: SENTENCE_FIT };
    default:
      return { answer: input.sentence, fit: SENTENCE_FIT };
  }
}
