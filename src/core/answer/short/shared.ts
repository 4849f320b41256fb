/** What every short-answer extractor shares: the input, the result, and small helpers. */
import { countryOfDemonym, lookupPlace } from '../../facts/gazetteer.js';
import { tokenize } from '../../text/tokenize.js';
import type { EntityMention, IsoDate, QuestionType, ResolvedDate, SentenceFacts } from '../../types.js';
import type { AnswerKind } from '../answer-kind.js';

export interface ShortAnswer {
  answer: string;
  /** How well the sentence holds the kind of answer asked for, 0–1. */
  fit: number;
  date?: ResolvedDate | undefined;
  /** Extra evidence that this is the answer (the person's role repeats the question's words). */
  bonus?: number | undefined;
  /**
   * "Who is X?" answered with the role another sentence (or the curator) gave X: right, but this
   * sentence ("X said.") does not show it, so it cannot be the evidence.
   */
  roleElsewhere?: boolean | undefined;
}

export interface ShortAnswerInput {
  type: QuestionType;
  /** The expected answer kind, when known: a money question prefers a sum of money to a count. */
  kind?: AnswerKind | undefined;
  sentence: string;
  facts: SentenceFacts;
  /** Stems of the question's words and of every synonym they matched. */
  questionStems: ReadonlySet<string>;
  published: IsoDate;
  wantsDuration: boolean;
  countedNoun?: string | undefined;
  /** Countries the question names, directly or by demonym ("Iranian" → Iran). */
  questionCountries?: ReadonlySet<string> | undefined;
  /** "Who is/was …?": the question asks who someone is, not who did something. */
  asksIdentity?: boolean | undefined;
  /** The question asks for a time of day ("what time …", "at what hour …"). */
  asksTime?: boolean | undefined;
  /** Every content word of the question is a name: "who is Sean McCormack?" asks for a description. */
  aboutName?: boolean | undefined;
}

/** Nothing of the kind asked for: the sentence itself, with a low fit. */
export const NO_FIT = 0.15;

/** Module-level: tsx (esbuild) turns a `\p{…}` literal into a `new RegExp` at its every evaluation. */
const DOTTED_END = /\.\p{L}\.$/u;

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function mentionedInQuestion(entity: EntityMention, questionStems: ReadonlySet<string>): boolean {
  const words = tokenize(`${entity.name} ${entity.text}`);
  return words.some((t) => t.word.length > 2 && questionStems.has(t.stem));
}

/** Entities the question does not already name; agency credits ("(AP)") are not actors of a story. */
export function freshEntities(input: ShortAnswerInput): EntityMention[] {
  // A credit is in brackets: a sentence without one needs no expression built per name.
  const bracketed = input.sentence.includes('(');
  return input.facts.entities.filter((e) => !mentionedInQuestion(e, input.questionStems) && !(bracketed && new RegExp(`\\(\\s*${escapeRegExp(e.text)}\\s*\\)`).test(input.sentence)));
}

/** "Sean McCormack, State Department spokesman". */
export function personWithRole(entity: EntityMention): string {
  return entity.role ? `${entity.name}, ${entity.role}` : entity.name;
}

/** "24 July 2007 ("Tuesday")" — the resolved date with the phrase it came from. */
export function dateWithPhrase(date: ResolvedDate): string {
  const phrase = date.text.trim();
  return phrase.toLowerCase() === date.label.toLowerCase() ? date.label : `${date.label} ("${phrase}")`;
}

/**
 * Countries named in a text, by name, abbreviation or demonym: "U.S. Ambassador to Iraq" →
 * United States, Iraq.
 *
 * @example
 * countriesIn("Iran's foreign minister"); // Set { 'Iran' }
 */
export function countriesIn(text: string): Set<string> {
  const found = new Set<string>();
  const words = text.split(/[\s,;:()"?!]+/).map((w) => w.replace(/['’]s$/, '').replace(/[.]$/, (dot) => (DOTTED_END.test(w) ? dot : '')));
  words.forEach((word, i) => {
    for (const candidate of [word, `${word} ${words[i + 1] ?? ''}`]) {
      const place = lookupPlace(candidate);
      if (place?.kind === 'country') found.add(place.name);
    }
    const demonym = countryOfDemonym(word.split('-')[0] ?? word);
    if (demonym) found.add(demonym);
  });
  return found;
}
