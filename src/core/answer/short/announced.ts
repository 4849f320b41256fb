/**
 * A sentence that only announces what the question asks for: "in what two ways does she use the
 * word" against "She uses the word in two different ways." — the ways come in the sentences after
 * it, as a story that asks "What does he feed his players?" answers in the next sentence.
 */
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize, type Token } from '../../text/tokenize.js';

/** Words that count the things a list holds (a closed class: the cardinals a question spells out, and digits). */
const COUNT = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|various|many|few)$/;
/** Words a sentence may close on after the counted noun, the list still to come: "… in three ways, as follows:". */
const STILL_TO_COME = new Set(['as', 'follows', 'following', 'below', 'here']);
/** Words between a count and its noun at most: "two quite different ways". */
const BETWEEN = 2;

/**
 * The stems of the words a question counts: "in what two ways does Ann use it" → {two: wai, …}: the
 * content words right after "what"/"which" and a count ("which three states …" → state, and the
 * words after it up to the next stopword, one of which is the counted noun). Undefined when the
 * question counts nothing.
 *
 * @example countedList('in what two ways does ann use the word'); // Set { 'wai' }
 * @example countedList('what ways does ann use'); // undefined
 */
export function countedList(question: string): ReadonlySet<string> | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex((t, i) => (t.word === 'what' || t.word === 'which') && COUNT.test(tokens[i + 1]?.word ?? ''));
  if (at < 0) return undefined;
  const stems = new Set<string>();
  for (const t of tokens.slice(at + 2, at + 2 + BETWEEN + 1)) {
    if (STOPWORDS.has(t.word)) break;
    stems.add(t.stem);
  }
  return stems.size > 0 ? stems : undefined;
}

/**
 * Whether a sentence announces the list a question asks for and stops there: it writes a count
 * and, within two words, a noun the question counts, with nothing after it but what says the list
 * is to come ("… in two different ways.", "… for three reasons, as follows:"). A sentence that
 * goes on to name them ("… in two ways: as a term and as a diagnosis") gives the list and is no
 * announcement.
 *
 * @example announcesList('She uses the word in two different ways.', countedList('in what two ways does she use the word')); // true
 * @example announcesList('She uses it in two ways: to praise and to blame.', countedList('in what two ways does she use it')); // false
 */
export function announcesList(sentence: string, counted: ReadonlySet<string> | undefined): boolean {
  if (counted === undefined) return false;
  const tokens = tokenize(sentence);
  // The list is to come when only words that say so follow the counted noun (and punctuation: a
  // colon closing the sentence, or its end).
  const lastListed = tokens.findLastIndex((t) => !STILL_TO_COME.has(t.word));
  const noun = tokens[lastListed];
  if (noun === undefined || !counted.has(noun.stem)) return false;
  return tokens.slice(Math.max(0, lastListed - BETWEEN - 1), lastListed).some((t: Token) => COUNT.test(t.word));
}
