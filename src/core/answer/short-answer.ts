/**
 * The short answer a sentence gives, one extractor per kind of answer (`short/`): a person or
 * organisation with their role (who), a resolved date (when), a place (where), a number, sum or
 * percentage (how many / how much), a reason clause (why). Each says how well the sentence fits the
 * kind asked for; a sentence without it gets a low fit and is itself the answer.
 */
import { copulaAnswer, namelyAnswer } from './short/copula.js';
import { dateAnswer } from './short/date.js';
import { doerAnswer } from './short/doer.js';
import { measureAnswer } from './short/measure.js';
import { exampleAnswer, modifierAnswer, namedAnswer } from './short/named.js';
import { numberAnswer } from './short/number.js';
import { calledAnswer, objectAnswer } from './short/object.js';
import { personAnswer } from './short/person.js';
import { placeAnswer } from './short/place.js';
import { reasonAnswer } from './short/reason.js';
import { echoesQuestion, NO_FIT, onlyExcluded, type ShortAnswer, type ShortAnswerInput } from './short/shared.js';

export { countriesIn, dateWithPhrase, personWithRole, type ShortAnswer, type ShortAnswerInput } from './short/shared.js';

/** Anything else ("what …", "how …"): the sentence itself is the answer. */
const SENTENCE_FIT = 0.8;

/**
 * @example
 * shortAnswer({ type: 'when', sentence: 'Tuesday, talks were held.', facts, questionStems, published: '2007-07-25', wantsDuration: false });
 * // → { answer: '24 July 2007 ("Tuesday")', fit: 1, date: … }
 */
export function shortAnswer(input: ShortAnswerInput): ShortAnswer {
  // "Remember what happened to Ada": a sentence that asks the question again does not answer it.
  if (echoesQuestion(input.sentence, input.echo)) return { answer: input.sentence, fit: NO_FIT };
  // "the land, not counting the mill meadow, was worth ten pounds" says nothing of the meadow's worth.
  if (onlyExcluded(input.sentence, input.questionStems)) return { answer: input.sentence, fit: NO_FIT };
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
      return namedAnswer(input) ?? measureAnswer(input) ?? { answer: input.sentence, fit: SENTENCE_FIT };
    default:
      return { answer: input.sentence, fit: SENTENCE_FIT };
  }
}

/**
 * The short answer shown for the chosen sentence: a "what" question's phrase of it where the
 * sentence itself would be the answer — the name it gives a thing ("what are the cakes called"),
 * what it says after "namely" ("two colours, namely red and blue"), the examples of the asked noun ("bacteria such as Clostridium botulinum"), the subject of the question's verb, its object ("what did Ann take"), the other side of its "is", the word before the asked noun. Worked out for the one sentence shown, not for every
 * candidate: it leaves the fit, and so the ranking and the gate, as they are.
 *
 * @example
 * shownAnswer({ type: 'what', sentence: "The club's aim is a new boathouse.", questionStems: stems("what is the club's aim"), … }); // { answer: 'a new boathouse', fit: 0.8 }
 */
export function shownAnswer(input: ShortAnswerInput, answer: ShortAnswer = shortAnswer(input)): ShortAnswer {
  if (input.type !== 'what' || answer.answer !== input.sentence) return answer;
  return calledAnswer(input, answer.fit) ?? namelyAnswer(input, answer.fit) ?? exampleAnswer(input, answer.fit) ?? doerAnswer(input, answer.fit) ?? objectAnswer(input, answer.fit) ?? copulaAnswer(input, answer.fit) ?? modifierAnswer(input, answer.fit) ?? answer;
}
