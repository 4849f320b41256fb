/**
 * What: the other side of "is/are/was/were" from the question's words ("what is the club's aim" →
 * "a new boathouse" of "The club's aim is a new boathouse").
 */
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize } from '../../text/tokenize.js';
import { questionWordsIn, type ShortAnswer, type ShortAnswerInput } from './shared.js';

/** A copula between two phrases, with the adverbs a writer puts after it ("is also", "was still"). */
const COPULA = /\s(?:is|are|was|were)(?:\s+(?:also|still|now|once|always|simply|merely|only))?\s+/giu;
/** Where the clause before a copula begins: a stop, or a word that opens a clause ("he said that …"). */
const CLAUSE_START = /[,;:(“"]|--|—|\b(?:that|which|who|whom|because|since|if|while|when|where|although|though|but|whether)\b/giu;
/** Where the phrase after a copula ends: a stop, or a word that opens another clause. */
const CLAUSE_END = /[,;:()!?]|--|—|\.(?:\s|$)|\s(?:because|since|while|although|though|but|when|if)\s/iu;
/**
 * What, after a copula, is no phrase of its own: "not" (the sentence denies it), a verb in -ing
 * ("was running"), "to" ("is to be"), a passive ("was painted", "was set by the board").
 */
const NO_PHRASE = /^(?:not|n['’]t|never|no longer|to|being|\p{L}+ing|\p{L}+ed|\p{L}+\s+by)\b/iu;
/** Words of a side shown as an answer at most: a longer one tells the reader no more than the sentence. */
const MAX_WORDS = 12;

/** A side of a copula as a reader would quote it: trimmed of the stop after it, the opening article kept. */
const tidy = (text: string): string => text.trim().replace(/[.,;:]+$/u, '').trim();

/**
 * The phrase on the other side of a copula from the question's words: "what was the club's aim" →
 * "a new boathouse"; "what was a first in the county" → "The boathouse" (of "The boathouse was a
 * first in the county"). `undefined` when no copula has clearly more of the question's words on one
 * side than on the other, when the sentence denies it ("is not"), when the other side is long,
 * when it does not name the noun a "which <noun>" question asks for, or when the question asks
 * what someone did with "do" ("what did she say").
 *
 * @example
 * copulaAnswer({ type: 'what', sentence: "The club's aim is a new boathouse.", questionStems: stems("what is the club's aim"), … }); // { answer: 'a new boathouse', fit: 0.8 }
 */
export function copulaAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const { sentence, questionStems } = input;
  // "What did she say about the roses": "what" is the object of her verb, what she said; the
  // other side of a copula ("Uncle Brom was out fretting about his roses") says nothing of it.
  // ("What did Ann do before the war" asks for what she did or was: "was headmaster of …".)
  if (input.objectWords !== undefined && !input.objectWords.includes('do')) return undefined;
  const asked = input.head === undefined ? undefined : tokenize(input.head)[0]?.stem;
  let best: { answer: string; told: number } | undefined;
  for (const m of sentence.matchAll(COPULA)) {
    const head = sentence.slice(0, m.index);
    // ("The question of whether P equals NP is …": a clause a preposition takes is part of the subject.)
    const start = [...head.matchAll(CLAUSE_START)].filter((m) => !/\b(?:of|about|on|to|in|as to)\s+$/i.test(head.slice(0, m.index))).at(-1);
    const before = tidy(start ? head.slice(start.index + start[0].length) : head);
    const tail = sentence.slice(m.index + m[0].length);
    if (NO_PHRASE.test(tail)) continue;
    const end = CLAUSE_END.exec(tail)?.index ?? tail.length;
    // "is still quite small (ten per cent, or 5 million)": the figure in brackets right after the
    // phrase says how small; it goes with it.
    const figure = /^\s*\([^()]*\)/.exec(tail.slice(end))?.[0];
    const counted = figure !== undefined && input.facts.numbers.some((n) => figure.includes(n.text));
    const after = tidy(tail.slice(0, end)) + (counted ? ` ${figure.trim()}` : '');
    const [toldBefore, toldAfter] = [questionWordsIn(before, questionStems), questionWordsIn(after, questionStems)];
    // The side with fewer of the question's words answers it, if the other holds clearly more:
    // "the synthesis of jazz and folk music" for "what is the stated goal of the jazz society".
    const [answer, told, echoed] = toldAfter < toldBefore ? [after, toldBefore, toldAfter] : [before, toldAfter, toldBefore];
    const words = tokenize(answer);
    if (told <= 2 * echoed || words.length > MAX_WORDS || words.every((t) => STOPWORDS.has(t.word))) continue;
    // "which bacteria …": an answer that names no bacteria is the other side's ("Of special concern is the growth of bacteria such as …").
    if (asked !== undefined && !words.some((t) => t.stem === asked)) continue;
    if (!best || told > best.told) best = { answer: withoutLeadingWords(answer), told };
  }
  return best && { answer: best.answer, fit };
}

/** Words that say what the phrase before them is, then the words that say it: "two colours -- namely, red and blue". */
const NAMELY = /\b(?:namely|i\.\s?e\.|that is to say)\s*,?\s*/giu;
/** Where what "namely" gives ends: a dash, a stop, a bracket, or a comma before a new clause. */
const NAMELY_END = /\s+[-–—]|[-–—]{2}|[;:()!?"“”]|\.(?:\s|$)|,\s+(?:and|but|which|who|that|while|so)\s/iu;
/** Words before "namely" within which the question's words must stand: "the two main dishes - namely". */
const NAMELY_REACH = 4;

/**
 * "What were the two colours": what the sentence gives after "namely" (or "i.e.") right after the
 * question's words ("had two "team colours" - namely, red or blue - and …" → "red or blue").
 * `undefined` when the sentence writes no "namely", or not right after the question's words, or
 * what follows is long or only the question's words.
 *
 * @example
 * namelyAnswer({ type: 'what', sentence: 'The flag had two colours, namely red and blue.', questionStems: stems('what were the two colours'), … }, 0.8); // { answer: 'red and blue', fit: 0.8 }
 */
export function namelyAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const { sentence, questionStems } = input;
  for (const m of sentence.matchAll(NAMELY)) {
    const before = tokenize(sentence.slice(0, m.index)).slice(-NAMELY_REACH);
    if (questionWordsIn(before.map((t) => t.word).join(' '), questionStems) === 0) continue;
    const rest = sentence.slice(m.index + m[0].length);
    const answer = tidy(rest.slice(0, NAMELY_END.exec(rest)?.index ?? rest.length));
    const words = tokenize(answer);
    if (words.length === 0 || words.length > MAX_WORDS || words.every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem))) continue;
    return { answer, fit };
  }
  return undefined;
}

/** Small words that open a clause rather than a phrase: "Thus", "And", "So", "Now". */
const LEADING = /^(?:thus|so|and|but|now|then|yet|still|also|hence|indeed|perhaps)\s+/i;

/** A phrase without the small words a clause opens with: "Thus the image of God" → "the image of God". */
export function withoutLeadingWords(phrase: string): string {
  let out = phrase;
  while (LEADING.test(out)) out = out.replace(LEADING, '');
  return out === '' ? phrase : out;
}
