/**
 * Whether a sentence writes, where the question's word would stand, its opposite: "who was
 * celebrated on their last day" is not answered by "On our first day we cheered Ada Lunn" — the
 * sentence tells of the first day, and says nothing of the last.
 */
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** A word of the question before the noun it qualifies, and that word's opposites: "last day" → (last, day, {first}). */
export interface AskedOpposite {
  /** The stem of the question's word ("last"). */
  word: string;
  /** The stem of the noun it stands before ("day"). */
  head: string;
  /** Stems of its antonyms ("first"). */
  opposites: ReadonlySet<string>;
}

/** Words that may stand between an antonym and its noun: "the first full day", "our very first day". */
const BETWEEN = 2;
/** Demonstratives that point back to a noun the sentence before named: "that day", "the same day". */
const DEMONSTRATIVE = /^(?:that|this|those|these|same)$/;
/** Words back from a noun within which its demonstrative is looked for ("that cold, but bright, April day"). */
const DEMONSTRATIVE_REACH = 5;

const content = (t: Token | undefined): t is Token => t !== undefined && !STOPWORDS.has(t.word) && !/\d/.test(t.word);

/**
 * The question's words that stand right before another content word and have antonyms
 * (`antonymsOf`, WordNet's antonym pointers): "who was celebrated on their last day" → last before
 * day, opposite first. A word the question writes as a name ("Red Square") is no such word.
 *
 * @example
 * askedOpposites('who spoke on the last day', lexicon.antonyms); // [{ word: 'last', head: 'day', opposites: {first} }]
 */
export function askedOpposites(question: string, antonymsOf: (word: string) => readonly string[]): AskedOpposite[] {
  const tokens = tokenize(question);
  const asked: AskedOpposite[] = [];
  tokens.forEach((t, i) => {
    const head = tokens[i + 1];
    // ("how many seats": the question's own phrase, no word of what it asks about.)
    if (!content(t) || !content(head) || t.capitalized || tokens[i - 1]?.word === 'how') return;
    const opposites = new Set(antonymsOf(t.word).flatMap((w) => tokenize(w).map((o) => o.stem)));
    // (An antonym the question writes too is no opposite of it there: "from first to last day".)
    for (const other of tokens) opposites.delete(other.stem);
    if (opposites.size > 0) asked.push({ word: t.stem, head: head.stem, opposites });
  });
  return asked;
}

/** Whether an opposite stands before a use of the head noun, at most {@link BETWEEN} words before it, nothing but spaces between. */
function oppositeBefore(asked: AskedOpposite, tokens: readonly Token[], text: string): boolean {
  return tokens.some((t, at) => {
    if (t.stem !== asked.head) return false;
    for (let k = at - 1; k >= 0 && k >= at - 1 - BETWEEN; k--) {
      const before = tokens[k] as Token;
      if (!/^\s+$/.test(text.slice(before.end, (tokens[k + 1] as Token).start))) return false;
      if (asked.opposites.has(before.stem)) return true;
    }
    return false;
  });
}

/** Whether a use of the head noun has a demonstrative a few words before it, in its clause: "On that cold, but bright, April day". */
function headPointsBack(asked: AskedOpposite, tokens: readonly Token[], text: string): boolean {
  return tokens.some((t, at) => {
    if (t.stem !== asked.head) return false;
    for (let k = at - 1; k >= 0 && k >= at - DEMONSTRATIVE_REACH; k--) {
      const before = tokens[k] as Token;
      if (/[.;:!?()"“”]/.test(text.slice(before.end, (tokens[k + 1] as Token).start))) return false;
      if (DEMONSTRATIVE.test(before.word)) return true;
    }
    return false;
  });
}

/**
 * Whether the sentence answers another thing than the one asked, its opposite: it lacks the
 * question's word, and writes one of its antonyms before the noun the question's word qualifies
 * ("our first day" for "their last day") — or it names that noun with a demonstrative ("on that
 * day") and the sentence before it (`previous`, of the same story), which lacks the question's word
 * too, writes the antonym before it: "that day" is the first day. A sentence that writes the
 * question's word anywhere ("the first and the last day") is not judged.
 *
 * @example
 * oppositeWritten(asked, 'On our first day we cheered Ada Lunn.'); // true
 * oppositeWritten(asked, 'On that day we cheered Ada Lunn.', 'Our first day was calm.'); // true
 */
export function oppositeWritten(asked: readonly AskedOpposite[], sentence: string, previous?: string): boolean {
  if (asked.length === 0) return false;
  const tokens = tokenize(sentence);
  const before = previous === undefined ? undefined : tokenize(previous);
  return asked.some((a) => {
    if (tokens.some((t) => t.stem === a.word)) return false;
    if (oppositeBefore(a, tokens, sentence)) return true;
    return before !== undefined && previous !== undefined && !before.some((t) => t.stem === a.word) && headPointsBack(a, tokens, sentence) && oppositeBefore(a, before, previous);
  });
}
