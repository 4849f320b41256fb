/** What/which: the name of the kind the question asks for ("which university …" → "Kyoto University"). */
import { MONTH_NAMES } from '../../text/calendar.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize } from '../../text/tokenize.js';
import type { ShortAnswer, ShortAnswerInput } from './shared.js';

/**
 * A run of capitalised words, with "of (the)" or "and" inside and a number after: "University of
 * Buffalo", "Lincoln and Jefferson Memorials", "Public Law 920".
 */
const CAPITALISED_RUN = /(?:\p{Lu}[\p{L}\p{M}'’-]*\s+(?:(?:of|and|&)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\d+\b)?/gu;
/** A sentence with this share of its words capitalised is a headline ("Court Upholds Death Sentence"). */
const HEADLINE_SHARE = 0.7;
/** At most this many names are given, for a question that asks for several ("which funds …"). */
const MAX_NAMES = 3;

/**
 * The names in the sentence that carry the noun a "what/which <noun>" question asks for and say
 * more than the question: "which university is Ann Lee at" → "Kyoto University". `undefined`
 * when the sentence names none, or when it is a headline (its capitals say nothing).
 *
 * @example
 * namedAnswer({ type: 'what', head: 'university', sentence: 'Ann Lee studies at Kyoto University.', … }); // { answer: 'Kyoto University', fit: 1 }
 */
export function namedAnswer(input: ShortAnswerInput): ShortAnswer | undefined {
  const { head, sentence, questionStems } = input;
  const given = namedAfterVerb(sentence, questionStems);
  if (given !== undefined) return { answer: given, fit: 1 };
  if (!head) return undefined;
  const stem = tokenize(head)[0]?.stem;
  const words = sentence.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  if (stem === undefined || words.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADLINE_SHARE * words.length) return undefined;
  const names: string[] = [];
  for (const m of sentence.matchAll(CAPITALISED_RUN)) {
    // A possessive ends a name: "the University of California's Dr. Lee", "Eichmann's Department of Jewish Affairs".
    for (const part of m[0].split(/['’]s\s+/u)) {
      const name = part.replace(/['’]s$/u, '').replace(/^(?:The|A|An)\s+/u, '');
      // Each written word, not an abbreviation's expansion ("U.S." is no "unit").
      const tokens = name.split(/\s+/).flatMap((w) => (w.includes('.') ? [] : tokenize(w)));
      if (!tokens.some((t) => t.stem === stem) || tokens.every((t) => questionStems.has(t.stem))) continue;
      if (!names.includes(name)) names.push(name);
    }
  }
  if (names.length > 0) return { answer: names.slice(0, MAX_NAMES).join(', '), fit: 1 };
  const apposed = nameAfter(sentence, (word) => tokenize(word)[0]?.stem === stem, questionStems);
  return apposed === undefined ? undefined : { answer: apposed, fit: 1 };
}

/** A day's or a month's name opening a run of capitals. */
const CALENDAR = new RegExp(`^(?:${[...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})\\b`);

/** Verbs that give something a name ("renamed", "called", "titled"): the name they give follows them. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['name', 'renam', 'call', 'titl', 'entitl', 'dub', 'christen']);

/** A title in quotes, or a run of capitalised words, at the start of a text. */
const QUOTED_OR_CAPITALISED = new RegExp(`^(?:["“]([^"”]{2,80})["”]|(${CAPITALISED_RUN.source}))`, 'u');

/**
 * The name written right after a word `isWord` accepts — after a comma, "as" or "to", or a short
 * aside set off by commas ("renamed, in typical fashion, "Buena Vista Terrace"") — when it says
 * more than the question: "in his book, The Waist-High Culture," for "what book did he write".
 */
function nameAfter(sentence: string, isWord: (word: string) => boolean, questionStems: ReadonlySet<string>): string | undefined {
  for (const m of sentence.matchAll(/[\p{L}'’-]+/gu)) {
    if (!isWord(m[0])) continue;
    const rest = sentence.slice(m.index + m[0].length);
    for (const lead of NAME_LEADS) {
      const skipped = lead.exec(rest)?.[0];
      if (skipped === undefined) continue;
      const found = QUOTED_OR_CAPITALISED.exec(rest.slice(skipped.length));
      const name = (found?.[1] ?? found?.[2])?.trim().replace(/[,.;:]+$/, '');
      if (!name) continue;
      const tokens = tokenize(name);
      // "the plan Monday": a day or month after the word is when, not a name.
      if (tokens.length > 0 && !tokens.every((t) => questionStems.has(t.stem)) && !CALENDAR.test(name)) return name;
    }
  }
  return undefined;
}

/**
 * What may stand between the word and the name, tried in turn: a comma or a space (with "as" or
 * "to": "renamed to"); the object named ("called the ferry Old Smoky"); a short aside set off by
 * commas ("renamed, in the usual fashion, "Vista Terrace"").
 */
const NAME_LEADS: readonly RegExp[] = [/^,\s+/u, /^\s+(?:as\s+|to\s+)?/u, /^\s+(?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}/u, /^,\s+[^,;"“]{1,40},\s+/u];

/** "what was the avenue renamed": the name after the sentence's naming verb, if the question has one. */
function namedAfterVerb(sentence: string, questionStems: ReadonlySet<string>): string | undefined {
  const verbs = [...questionStems].filter((s) => NAMING_VERBS.has(s));
  if (verbs.length === 0) return undefined;
  return nameAfter(sentence, (word) => verbs.includes(tokenize(word)[0]?.stem ?? ''), questionStems);
}

/**
 * "what floor is the attic on" → "fourth floor" of "that filthy fourth floor attic": the word the
 * sentence writes right before the noun a "what/which <noun>" question asks for, when it names
 * none and that word is none of the question's. `undefined` when the sentence writes the noun
 * with no such word before it, or more than once.
 *
 * @example
 * modifierAnswer({ type: 'what', head: 'floor', sentence: 'They lived in a fourth floor flat.', … }, 0.8); // { answer: 'fourth floor', fit: 0.8 }
 */
export function modifierAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const { head, sentence, questionStems } = input;
  const stem = head === undefined ? undefined : tokenize(head)[0]?.stem;
  // ("what replaces individual play": a verb after "what" asks for no kind of thing.)
  if (stem === undefined || head === undefined || input.isNoun?.(head) !== true) return undefined;
  const tokens = tokenize(sentence);
  const at = tokens.flatMap((t, i) => (t.stem === stem && i > 0 ? [i] : []));
  if (at.length !== 1) return undefined;
  const noun = tokens[at[0] as number];
  const before = tokens[(at[0] as number) - 1];
  if (noun === undefined || before === undefined || before.capitalized || /[^\s-]/.test(sentence.slice(before.end, noun.start))) return undefined;
  if (STOPWORDS.has(before.word) || questionStems.has(before.stem)) return undefined;
  // "the industrial and technological revolutions": the words joined to it by "and" or "or" too.
  let from = before;
  const joined = tokens.slice(Math.max(0, (at[0] as number) - 3), (at[0] as number) - 1);
  if (joined.length === 2 && /^(?:and|or)$/.test(joined[1]?.word ?? '') && !STOPWORDS.has(joined[0]?.word ?? 'the') && !joined[0]?.capitalized) from = joined[0] as typeof before;
  return { answer: sentence.slice(from.start, noun.end), fit };
}

/** Words that open the examples of a kind written right after its noun, a closed class: "bacteria such as …", "parasites including …". */
const EXAMPLES_AFTER = /^,?\s+(?:such\s+as|including)\s+/iu;
/** "X and other bacteria": the examples written before "and other" and the kind's noun. */
const OTHER_BEFORE = /\s+(?:and|or)\s+other\s+$/iu;
/** Words an example runs to at most. */
const MAX_EXAMPLE_WORDS = 8;

/**
 * The words of `text` from its start (or, with `backward`, from its end) up to the first function
 * word other than the "and" or "or" joining examples, or a mark other than a list's comma:
 * "Clostridium botulinum which generate …" → "Clostridium botulinum".
 */
function examplesIn(text: string, backward = false): string | undefined {
  const tokens = tokenize(text);
  const order = backward ? [...tokens].reverse() : tokens;
  let kept: typeof tokens = [];
  for (const [k, token] of order.entries()) {
    const previous = order[k - 1];
    const gap = previous === undefined ? (backward ? text.slice(token.end) : text.slice(0, token.start)) : backward ? text.slice(token.end, previous.start) : text.slice(previous.end, token.start);
    if (/[^\s,]/u.test(gap) || (STOPWORDS.has(token.word) && !/^(?:and|or)$/.test(token.word)) || kept.length >= MAX_EXAMPLE_WORDS) break;
    kept.push(token);
  }
  if (backward) kept = kept.reverse();
  while (kept.length > 0 && /^(?:and|or)$/.test((kept[0] as (typeof kept)[number]).word)) kept.shift();
  while (kept.length > 0 && /^(?:and|or)$/.test((kept[kept.length - 1] as (typeof kept)[number]).word)) kept.pop();
  const first = kept[0];
  const last = kept[kept.length - 1];
  return first === undefined || last === undefined ? undefined : text.slice(first.start, last.end);
}

/**
 * "which bacteria make poisonous products" → "Clostridium botulinum" of "the growth of bacteria
 * such as Clostridium botulinum which generate poisonous products": the members of the kind a
 * "which/what <noun>" question asks for that the sentence gives as examples of that noun ("<noun>
 * such as X", "<noun> including X", "X and other <noun>"), when they say more than the question.
 * `undefined` when the sentence gives none.
 *
 * @example
 * exampleAnswer({ type: 'what', head: 'fish', sentence: 'Cold rivers hold fish such as grayling and char in spring.', … }, 0.8); // { answer: 'grayling and char', fit: 0.8 }
 */
export function exampleAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const { head, sentence, questionStems } = input;
  const stem = head === undefined ? undefined : tokenize(head)[0]?.stem;
  if (stem === undefined || head === undefined || input.isNoun?.(head) !== true) return undefined;
  for (const m of sentence.matchAll(/[\p{L}'’-]+/gu)) {
    if (tokenize(m[0])[0]?.stem !== stem) continue;
    const rest = sentence.slice(m.index + m[0].length);
    const lead = EXAMPLES_AFTER.exec(rest);
    const before = sentence.slice(0, m.index);
    const other = lead ? undefined : OTHER_BEFORE.exec(before);
    const examples = lead ? examplesIn(rest.slice(lead[0].length)) : other ? examplesIn(before.slice(0, other.index), true) : undefined;
    if (examples === undefined || tokenize(examples).every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem))) continue;
    return { answer: examples, fit };
  }
  return undefined;
}
