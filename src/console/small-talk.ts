/**
 * Lines that are not questions about the news: a greeting ("hi", "thanks") or a question in another
 * language. They get a short friendly line with two example questions from the knowledge base
 * instead of the "I don't know" of a question the knowledge base does not answer.
 */
import { mendQuestionWord } from '../core/answer/question-type.js';
import { answerFor } from '../render/replies.js';
import { QUESTION_FILLER, STOPWORDS } from '../core/text/stopwords.js';
import type { KnowledgeBase, Lexicon } from '../core/types.js';

const GREETING_WORDS = new Set(
  'hi hello hey heya hiya howdy greetings hallo yo morning afternoon evening'.split(' '),
);
const THANKS_WORDS = new Set('thanks thank thx ty cheers'.split(' '));
/** Words that may stand around a greeting without making it a question. */
const COURTESY_WORDS = new Set(
  'good there you all very much so lot a again factdesk bot everyone folks and ok okay great'.split(' '),
);

/** Letters (with their accents), as words are cut from a line. */
const WORD = /[\p{L}\p{M}]+/gu;

/**
 * "hi", "Hello there!", "good morning", "thanks a lot": a line made only of greeting and courtesy
 * words. Anything more ("hi, who rejected the plan?") is a question.
 *
 * @example greetingKind('Thanks!') // 'thanks'
 */
export function greetingKind(text: string): 'greeting' | 'thanks' | undefined {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length === 0 || words.length > 6) return undefined;
  if (!words.every((w) => GREETING_WORDS.has(w) || THANKS_WORDS.has(w) || COURTESY_WORDS.has(w)))
    return undefined;
  if (words.some((w) => THANKS_WORDS.has(w))) return 'thanks';
  if (words.some((w) => GREETING_WORDS.has(w))) return 'greeting';
  return undefined;
}

/** Whether a lower-case word is English (or a word the knowledge base uses, such as a name). */
export type WordTest = (word: string) => boolean;

/** Letters that English words do not use (é, ñ, ß, ø, …) and the Spanish opening marks. */
const NOT_ENGLISH_MARKS = /[¿¡]|[^\p{ASCII}\P{Script=Latin}]/u;
/** The Spanish opening marks: "¿Quién?" is a question in Spanish even with only a capitalised word. */
const SPANISH_MARKS = /[¿¡]/u;

/**
 * Whether a line is written in another language than English. Mostly non-Latin letters (Cyrillic,
 * Arabic, CJK, …) settle it. Otherwise it counts the words of three letters or more (shorter ones
 * — "a", "la", "in", "de" — are shared by too many languages): a known English word, or one the
 * knowledge base itself uses, speaks for English (a three-letter one only half, unless it is a
 * function word); any other word against, a capitalised one in the middle of the line only half
 * (it may be a name the knowledge base does not have). The line is in another language when most
 * of the weight is against — and, unless it has letters English does not use, when it has at
 * least two such words, so that one misspelt name is not a language. When every word against is
 * written as a name is (capital first, small letters after: "Nataliya Vasilyeva", "/who Oksana
 * Hrytsenko"), the line asks about names, not in another language: a question in another language
 * has small-letter words of its own ("cerró", "geschlossen").
 *
 * @example looksNonEnglish('¿Quién rechazó la propuesta?', isEnglish) // true
 * @example looksNonEnglish('who rejectd the propsal', isEnglish)      // false
 * @example looksNonEnglish('wher was jon brown hangd', isEnglish)    // false
 * @example looksNonEnglish('Oksana Hrytsenko', isEnglish)            // false
 */
export function looksNonEnglish(question: string, isEnglish: WordTest | undefined): boolean {
  // Full-width letters ("ＷＨＯ ＩＳ") are the letters they show. A question word typed with a slip
  // ("wher was …") is the question word the answer reads there.
  const text = mendQuestionWord(question.normalize('NFKC'), isEnglish === undefined ? undefined : { has: isEnglish });
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return false;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin / letters < 0.5) return true;
  if (!isEnglish) return false;
  let english = 0;
  let other = 0;
  let otherWords = 0;
  let namesOnly = true;
  let position = 0;
  for (const word of text.match(WORD) ?? []) {
    const first = position++ === 0;
    const lower = word.toLowerCase();
    if ([...lower].length < 3) continue;
    if (isEnglish(lower)) {
      // A three-letter word that is not a function word ("hat", "die", "der" are in WordNet) is
      // shared by too many languages to count fully.
      english += lower.length === 3 && !STOPWORDS.has(lower) ? 0.5 : 1;
      continue;
    }
    // A long English word typed with one letter wrong ("forrests", "nationl") speaks for neither side.
    if ([...lower].length >= MISSPELT_MIN_LENGTH && /^[a-z]+$/.test(lower) && oneEditFromEnglish(lower, isEnglish)) continue;
    // A capitalised word inside the line may be a name the knowledge base lacks, accents and all ("José Martí").
    const capitalised = word !== lower && word.charAt(0) !== lower.charAt(0);
    other += capitalised && !first ? 0.5 : 1;
    otherWords += 1;
    if (!NAME_CASE.test(word)) namesOnly = false;
  }
  if (other <= english || (namesOnly && !SPANISH_MARKS.test(text))) return false;
  return otherWords >= 2 || NOT_ENGLISH_MARKS.test(text);
}

/**
 * A word written as a name: a capital, then small letters ("Vasilyeva", "McNeil", "Ibárruri"), not
 * a word of a line in capitals ("GESCHLOSSEN").
 */
const NAME_CASE = /^\p{Lu}[\p{L}\p{M}]*\p{Ll}[\p{L}\p{M}]*$/u;

/** Words shorter than this are too often one letter from an English word in any language ("warum", "warm"). */
const MISSPELT_MIN_LENGTH = 6;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether one letter dropped, doubled, swapped with its neighbour, changed or added makes the word
 * English: "forrests" → "forests", "nationl" → "national".
 *
 * @example oneEditFromEnglish('forrests', isEnglish) // true
 */
function oneEditFromEnglish(word: string, isEnglish: WordTest): boolean {
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (after.length > 0 && isEnglish(before + after.slice(1))) return true;
    if (after.length > 1 && isEnglish(before + after.charAt(1) + after.charAt(0) + after.slice(2))) return true;
    for (const letter of ALPHABET) {
      if (after.length > 0 && letter !== after.charAt(0) && isEnglish(before + letter + after.slice(1))) return true;
      if (isEnglish(before + letter + after)) return true;
    }
  }
  return false;
}

/**
 * English words: function words, the words people put around questions, greetings, the words
 * WordNet knows (in any inflection; adverbs through their adjective, "recently" → "recent"), and
 * the words of the knowledge base's names ("mottaki" in a base that names Manouchehr Mottaki).
 */
export function englishWordTest(lexicon: Lexicon | undefined, kb: KnowledgeBase): WordTest | undefined {
  const has = lexicon?.has?.bind(lexicon);
  if (!has) return undefined;
  return (word) => {
    if (STOPWORDS.has(word) || QUESTION_FILLER.has(word)) return true;
    if (GREETING_WORDS.has(word) || THANKS_WORDS.has(word) || COURTESY_WORDS.has(word)) return true;
    if (has(word)) return true;
    if (word.endsWith('ily') && has(`${word.slice(0, -3)}y`)) return true;
    if (word.endsWith('ly') && word.length > 4 && has(word.slice(0, -2))) return true;
    return kb
      .complete('name', word, 25)
      .some((name) => (name.toLowerCase().match(WORD) ?? ([] as string[])).includes(word));
  };
}

/** How many of the most mentioned names are tried as examples. */
const EXAMPLE_CANDIDATES = 12;

const examplesCache = new WeakMap<KnowledgeBase, readonly string[]>();

/**
 * Two example questions the knowledge base answers, built from its own content: "Who is <the most
 * mentioned person>?" and "What happened in <the most mentioned place>?" (or, without a place, a
 * question about another name). Each is asked first and kept only if answered as the console
 * answers it (a "Who is" by the person's profile too); `[]` for an empty
 * knowledge base. Remembered per knowledge base (a reload builds a new one).
 *
 * @example exampleQuestions(kb) // ['Who is Maria Okafor?', 'What did Tom Reyes say?']
 */
export function exampleQuestions(kb: KnowledgeBase): readonly string[] {
  const cached = examplesCache.get(kb);
  if (cached) return cached;
  const people: string[] = [];
  const places: string[] = [];
  const others: string[] = [];
  const seen = new Set<string>();
  for (const candidate of kb.complete('name', '', EXAMPLE_CANDIDATES)) {
    const profile = kb.profile(candidate);
    const name = profile?.name ?? candidate;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    if (profile?.type === 'person') people.push(name);
    else if (profile?.type === 'place') places.push(name);
    else if (profile) others.push(name);
  }
  // Answered as the console answers it: "Who is Marta Quell?" shows her profile when no sentence
  // says who she is, and a "What did … say?" a model answers with a sentence where she says
  // nothing ("Quell was right") is no example to lead with.
  const answered = (question: string) => {
    const outcome = answerFor(kb, question);
    return outcome.kind === 'profile' || outcome.view.kind === 'answer';
  };
  const chosen: string[] = [];
  const subjects = new Set<string>();
  const tryAdd = (subject: string, question: string) => {
    if (chosen.length >= 2 || subjects.has(subject) || !answered(question)) return;
    chosen.push(question);
    subjects.add(subject);
  };
  // A name and a topic first, then whatever else the knowledge base answers.
  for (const person of people) if (chosen.length === 0) tryAdd(person, `Who is ${person}?`);
  for (const place of places) if (chosen.length < 2) tryAdd(place, `What happened in ${place}?`);
  for (const person of people) tryAdd(person, `Who is ${person}?`);
  for (const person of people) tryAdd(person, `What did ${person} say?`);
  for (const other of others) tryAdd(other, `What did ${other} do?`);
  examplesCache.set(kb, chosen);
  return chosen;
}
