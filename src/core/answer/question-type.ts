import { withinOneEdit } from '../text/spelling.js';
import type { Lexicon, QuestionType } from '../types.js';

/** The words a question opens with, for mending a slip of typing in the first of them. */
const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how'];

/**
 * The question with a slip of typing in its first word mended, when that word is no English word
 * and one slip from one question word more likely than from any other: "wher is the alamo" →
 * "where is the alamo"; not "hwo" (how? who?) unless a measure follows ("hwo old" is "how old"), not
 * "hat" (a word).
 *
 * @example mendQuestionWord('wher is the alamo', lexicon); // 'where is the alamo'
 */
export function mendQuestionWord(question: string, lexicon: Pick<Lexicon, 'has'> | undefined): string {
  // "whos the sheriff", "whats a zither": "who's" and "what's" without the apostrophe (not "whose",
  // which asks for an owner, nor "what", which would lose the "is" of "what is X").
  const contracted = question.replace(/^(\s*)(who|what)s\b/i, "$1$2's");
  if (contracted !== question) return contracted;
  // "hwo old is ann": a slip from "how" or "who", settled by the measure after it ("old", "many").
  const measured = mendWord(question, BEFORE_MEASURE.exec(question), ['how'], lexicon);
  const mended = measured !== question ? measured : mendWord(question, /^\s*([A-Za-z]{2,6})\b/.exec(question), QUESTION_WORDS, lexicon);
  // "how meny", "how lng": the word after "how" that makes it a count, an amount or a span.
  return mendWord(mended, /^\s*how\s+([A-Za-z]{2,6})\b/i.exec(mended), HOW_WORDS, lexicon);
}

/** The words after "how" that make the question's type or its measure: "how many", "how long", "how tall". */
const HOW_WORDS = ['many', 'much', 'long', 'old', 'far', 'often', 'tall', 'high', 'big', 'large', 'wide', 'deep', 'heavy'];

/** A first word before one of {@link HOW_WORDS}: the slot of "how" in "how old", "how many". */
const BEFORE_MEASURE = new RegExp(`^\\s*([A-Za-z]{2,6})(?=\\s+(?:${HOW_WORDS.join('|')})\\b)`, 'i');

/** The question with the word `found` captured mended to the one of `words` a slip of typing most likely meant. */
function mendWord(question: string, found: RegExpExecArray | null, words: readonly string[], lexicon: Pick<Lexicon, 'has'> | undefined): string {
  const typed = found?.[1]?.toLowerCase();
  if (found === null || typed === undefined || words.includes(typed) || lexicon?.has?.(typed) !== false) return question;
  // A letter left out is the likeliest slip, then two swapped, one too many, one wrong: "wher" is
  // "where" (not "when"), "whn" is "when" (not "who").
  const slip = (word: string): number => (typed.length < word.length ? 0 : typed.length > word.length ? 2 : [...typed].sort().join('') === [...word].sort().join('') ? 1 : 3);
  const near = words.filter((word) => withinOneEdit(typed, word));
  const best = Math.min(...near.map(slip));
  const meant = near.filter((word) => slip(word) === best);
  if (meant.length !== 1) return question;
  const at = found.index + found[0].length - typed.length;
  return `${question.slice(0, at)}${meant[0]}${question.slice(at + typed.length)}`;
}

/** A question word anywhere in a question: "what is …", "the guns were made where". */
const ANY_QUESTION_WORD = new RegExp(`\\b(?:${QUESTION_WORDS.join('|')})\\b`, 'i');

/**
 * Whether a text has a question word anywhere (a wh-question, not "is hot rodding a science").
 *
 * @example hasQuestionWord('the guns were made where'); // true
 */
export function hasQuestionWord(text: string): boolean {
  return ANY_QUESTION_WORD.test(text);
}

/** Patterns in priority order; the earliest match in the question decides its type. */
const PATTERNS: ReadonlyArray<[QuestionType, RegExp]> = [
  ['how-many', /\bhow (?:many|much|old)\b/],
  ['when', /\bhow long\b/],
  ['when', /\b(?:what|which) (?:year|date|day|month|time|week|decade)\b|\bwhen\b|\bsince when\b/],
  ['where', /\b(?:what|which) (?:city|country|place|state|town|county|capital|region|venue|street)\b|\bwhere\b/],
  ['why', /\bwhy\b|\bhow come\b|\bfor what reason\b|\bwhat (?:caused|led to|prompted|made)\b|\bwhat was the reason\b|\bwhat (?:is|was) the cause\b/],
  ['who', /\b(?:who|whom|whose)\b|\b(?:what|which) (?:person|official|man|woman|group|organi[sz]ation|agency|company|country|team|leader|party)\b/],
  ['how', /\bhow\b/],
  ['what', /\b(?:what|which)\b/],
];

/**
 * The kind of answer a question asks for, from its wording.
 *
 * @example
 * detectQuestionType('When did the ambassadors meet?'); // 'when'
 * detectQuestionType('how many years of little contact'); // 'how-many'
 */
export function detectQuestionType(question: string): QuestionType {
  const text = question.toLowerCase();
  let best: { type: QuestionType; at: number } | undefined;
  for (const [type, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match && (best === undefined || match.index < best.at)) best = { type, at: match.index };
  }
  return best?.type ?? 'what';
}

/** "how long …" asks for a duration rather than a point in time. */
export function asksForDuration(question: string): boolean {
  return /\bhow long\b|\bfor how many (?:years|months|days|weeks)\b/i.test(question);
}

/** The counted noun of "how many X" ("how many years" → "years"). */
export function countedNoun(question: string): string | undefined {
  const phrase = /\bhow (?:many|much) ([a-z][a-z\s-]*)/i.exec(question)?.[1]?.toLowerCase();
  if (!phrase) return undefined;
  // The head noun is the last word before the verb: "how many junior achievement companies are …".
  // A plural ends it even with no auxiliary after it: "how many men left philadelphia with cornwallis".
  const words: string[] = [];
  for (const word of phrase.split(/\s+/)) {
    if (AUXILIARIES.has(word)) break;
    words.push(word);
    if (PLURAL.test(word)) break;
  }
  return words[words.length - 1];
}

/** A plural noun by its form ("companies", "guns"; not "glass", "bus") or an irregular plural. */
const PLURAL = /^(?:men|women|children|people|feet|teeth|mice|geese|police|cattle)$|^[a-z-]{2,}[^su]s$/;

const AUXILIARIES = new Set(
  'is are was were do does did have has had will would can could should may might be been there of in on at for to'.split(' '),
);

/** A text that already opens with a question word ("who …", "how many …", "which …"). */
const OPENS_WITH_QUESTION_WORD = /^\W*(?:who|whom|whose|what|when|where|why|how|which)\b/i;

/**
 * A slash command's text as the question it asks: `/when` "did the ambassadors meet" asks "when did
 * the ambassadors meet", `/who` "is Jane Roe" asks "who is Jane Roe", and `/who` "Jane Roe" — a name
 * and nothing else (`asksAboutName` says, of the question it would be) — asks who she is. A text that
 * opens with a question word is asked as written.
 *
 * @example
 * typedQuestion('did the ambassadors meet', 'when', () => false); // 'when did the ambassadors meet'
 * typedQuestion('Jane Roe', 'who', () => true); // 'who is Jane Roe'
 */
export function typedQuestion(text: string, type: QuestionType, asksAboutName: (question: string) => boolean): string {
  if (OPENS_WITH_QUESTION_WORD.test(text)) return text;
  if (type === 'who' && !/^\W*(?:is|was|are|were)\b/i.test(text) && asksAboutName(`who is ${text}`)) return `who is ${text}`;
  return `${type === 'how-many' ? 'how many' : type} ${text}`;
}
