import { countryOfDemonym, lookupPlace } from '../facts/gazetteer.js';
import { STOPWORDS } from '../text/stopwords.js';
import { formatDay } from '../text/calendar.js';
import { tokenize } from '../text/tokenize.js';
import type { EntityMention, IsoDate, QuestionType, ResolvedDate, SentenceFacts } from '../types.js';

export interface ShortAnswer {
  answer: string;
  /** How well the sentence holds the kind of answer asked for, 0–1. */
  fit: number;
  date?: ResolvedDate | undefined;
  /** Extra evidence that this is the answer (the person's role repeats the question's words). */
  bonus?: number | undefined;
}

export interface ShortAnswerInput {
  type: QuestionType;
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

/** Phrases that open the reason of a sentence, longest first. */
const REASON_CUES = /\b(?:because of|because|due to|as a result of|in order to|so that|in protest|in response to|in retaliation for|after|since|unless|over|to protest|to avoid|to prevent|for fear|amid)\b/i;

const IDENTITY_WITHOUT_ROLE = { fit: 0.4 };
const CLOCK_TIME = /\b(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|\b(?:1[0-2]|[1-9])\s?[ap]\.m\./i;

const GRAIN_RANK: Record<ResolvedDate['grain'], number> = { day: 4, month: 3, range: 2, year: 2, duration: 1 };

function mentionedInQuestion(entity: EntityMention, questionStems: ReadonlySet<string>): boolean {
  const words = tokenize(`${entity.name} ${entity.text}`);
  return words.some((t) => t.word.length > 2 && questionStems.has(t.stem));
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

function pickDate(input: ShortAnswerInput): ShortAnswer | undefined {
  const dates = input.facts.dates.filter((d) => {
    const inQuestion = tokenize(d.text).every((t) => input.questionStems.has(t.stem));
    return !inQuestion && (input.wantsDuration ? true : d.grain !== 'duration');
  });
  if (dates.length === 0) return undefined;
  const ranked = [...dates].sort((a, b) => {
    if (input.wantsDuration) return Number(b.grain === 'duration') - Number(a.grain === 'duration');
    return GRAIN_RANK[b.grain] - GRAIN_RANK[a.grain];
  });
  const date = ranked[0] as ResolvedDate;
  return { answer: dateWithPhrase(date), fit: input.wantsDuration && date.grain !== 'duration' ? 0.6 : 1, date };
}

/**
 * The short answer a sentence gives to a question of a given type, and how well it fits: the
 * person or organisation not already named in the question (with their role) for "who", the
 * resolved date with its phrase for "when", a place for "where", a number for "how many", the
 * reason clause for "why". A sentence without the kind of answer asked for gets a low fit.
 *
 * @example
 * shortAnswer({ type: 'when', sentence: 'Tuesday, talks were held.', facts, questionStems, published: '2007-07-25', wantsDuration: false });
 * // → { answer: '24 July 2007 ("Tuesday")', fit: 1, date: … }
 */
export function shortAnswer(input: ShortAnswerInput): ShortAnswer {
  const { type, facts, sentence, questionStems } = input;
  // Agency credits in a dateline ("Birmingham, Ala. -- (AP) --") are not actors of the story.
  const fresh = facts.entities.filter((e) => !mentionedInQuestion(e, questionStems) && !new RegExp(`\\(\\s*${escape(e.text)}\\s*\\)`).test(sentence));
  switch (type) {
    case 'who': {
      const described = facts.entities.find((e) => e.type !== 'place' && e.role && mentionedInQuestion(e, questionStems));
      if (input.aboutName && described) return { answer: personWithRole(described), fit: 1 };
      // "Who is Jane Roe?" is answered by the role written beside Jane Roe, never by another name.
      if (input.aboutName && input.asksIdentity) return { answer: sentence, fit: 0 };
      // Prefer the person whose role is what the question asks about ("Iran's foreign minister").
      // "Who is the British ambassador?" is not answered by the U.S. ambassador.
      const people = fresh.filter((e) => e.type === 'person' && !nationalityClash(e, input.questionCountries));
      const roleOverlap = (e: EntityMention): number => (e.role ? tokenize(e.role).filter((t) => questionStems.has(t.stem)).length : 0);
      const byRole = [...people].sort((a, b) => roleOverlap(b) - roleOverlap(a))[0];
      // "has been purchased by Brown University": the agent of a passive verb is who did it.
      const byAgent = fresh.find((e) => e.type !== 'place' && new RegExp(`\\bby\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}${escape(e.text)}`, 'u').test(sentence));
      const person =
        (byRole && roleOverlap(byRole) > 0 ? byRole : undefined) ??
        (byAgent && !questionStems.has('by') ? byAgent : undefined) ??
        people[0] ??
        fresh.find((e) => e.type === 'organization');
      if (person) {
        // "Who is the ambassador?" wants the person holding that role, not anyone the sentence names.
        const fit = input.asksIdentity && roleOverlap(person) === 0 && !input.aboutName ? IDENTITY_WITHOUT_ROLE.fit : 1;
        return { answer: personWithRole(person), fit, bonus: Math.min(roleOverlap(person), 3) * 0.03 };
      }
      // "Who is Crocker?": the person asked about, described by the role this sentence gives them.
      if (described) return { answer: personWithRole(described), fit: 0.9 };
      // "Who is the …?" asks for a person: a subject phrase or a country is no answer to it.
      if (input.asksIdentity) return { answer: sentence, fit: 0.15 };
      // No name: the words just before the question's verb are its subject ("Iranian activists seized").
      const agent = agentBefore(sentence, questionStems);
      if (agent) return { answer: agent, fit: 0.6 };
      // Countries act in the news too: "The United States has rejected …".
      const actor = fresh.find((e) => e.type === 'place');
      if (actor && sentence.indexOf(actor.text) < sentence.length / 3) return { answer: actor.name, fit: 0.7 };
      return { answer: sentence, fit: 0.15 };
    }
    case 'when': {
      // "What time did the flight take off?" — a clock time, with the day when there is one.
      const clock = input.asksTime ? CLOCK_TIME.exec(sentence)?.[0] : undefined;
      const dated = pickDate(input);
      if (clock) return { answer: dated ? `${clock}, ${dated.answer}` : clock, fit: 1, date: dated?.date };
      if (dated) return dated;
      // Nothing dated in the sentence: it reports what happened by the day of publication.
      const published = formatDay(input.published);
      return { answer: `by ${published} (date of the report)`, fit: 0.35 };
    }
    case 'where': {
      // "in Baghdad" beats "to Iraq": a place after in/at, and a city over a country, is where it happened.
      const ranked = fresh
        .filter((e) => e.type === 'place')
        .map((e, order) => {
          const before = new RegExp(`\\b(in|at|near|outside|inside|from|to|into)\\s+(?:the\\s+)?${escape(e.text)}`).exec(sentence)?.[1];
          const kind = lookupPlace(e.name)?.kind;
          const preposition = before === undefined ? 0 : ['from', 'to', 'into'].includes(before) ? 1 : 2;
          return { e, score: preposition + (kind === 'country' || kind === 'region' ? 0 : 0.5) + order * 0.01 };
        })
        .sort((a, b) => b.score - a.score);
      const top = ranked[0];
      if (top) return { answer: top.e.name, fit: top.score >= 2 ? 1 : 0.75 };
      return { answer: sentence, fit: 0.15 };
    }
    case 'how-many': {
      const numbers = facts.numbers.filter((n) => !tokenize(n.text).some((t) => questionStems.has(t.stem)));
      const noun = input.countedNoun;
      const nounStem = noun ? tokenize(noun)[0]?.stem : undefined;
      // The counted noun follows the number within a few words: "27 Portland companies".
      const counted = nounStem
        ? numbers.find((n) => {
            const at = sentence.indexOf(n.text);
            if (at < 0) return false;
            const after = tokenize(sentence.slice(at + n.text.length, at + n.text.length + 40)).slice(0, 4);
            // Up to the next number: in "two-thirds of 56 builders" the builders are 56, not two.
            const upToNumber = after.findIndex((t) => /\d/.test(t.word));
            return after.slice(0, upToNumber < 0 ? undefined : upToNumber).some((t) => t.stem === nounStem);
          })
        : undefined;
      // "one" is more often a pronoun ("comes down to one basic") than a count.
      const number = counted ?? numbers.find((n) => n.unit !== 'ordinal' && !/^(?:one|a|an)$/i.test(n.text));
      if (number) {
        const measure = number.unit !== undefined && ['USD', 'percent'].includes(number.unit);
        const unit = number.unit && !measure && number.unit !== 'ordinal' && !number.text.includes(number.unit) ? ` ${number.unit}` : '';
        // Asked "how many Iranian-Americans", a number of years is no answer.
        const otherCount = noun !== undefined && !counted && unit !== '';
        return { answer: `${number.text}${unit}`, fit: counted || !noun ? 1 : otherCount ? 0.25 : 0.75 };
      }
      const duration = facts.dates.find((d) => d.grain === 'duration');
      if (duration) return { answer: duration.label, fit: 0.8, date: duration };
      return { answer: sentence, fit: 0.15 };
    }
    case 'why': {
      const cue = REASON_CUES.exec(sentence);
      if (cue && facts.hasReason) return { answer: sentence.slice(cue.index).replace(/[.!?"”]+$/, '').trim(), fit: 1 };
      if (facts.hasReason) return { answer: sentence, fit: 0.8 };
      return { answer: sentence, fit: 0.4 };
    }
    default:
      return { answer: sentence, fit: 0.8 };
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The noun phrase right before the first question word the sentence contains: its subject. */
function agentBefore(sentence: string, questionStems: ReadonlySet<string>): string | undefined {
  const tokens = tokenize(sentence);
  const verb = tokens.findIndex((t, i) => i > 0 && !STOPWORDS.has(t.word) && questionStems.has(t.stem) && !t.capitalized);
  if (verb <= 0) return undefined;
  const words: string[] = [];
  for (let i = verb - 1; i >= 0 && words.length < 4; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next || STOPWORDS.has(token.word) || /[,;:.!?"()]/.test(sentence.slice(token.end, next.start))) break;
    words.unshift(sentence.slice(token.start, token.end));
  }
  // A subject ends in its head noun ("Iranian activists", "police"), not in an adjective or name.
  const head = words[words.length - 1];
  return head !== undefined && /^\p{Ll}/u.test(head) ? words.join(' ') : undefined;
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
  const words = text.split(/[\s,;:()"?!]+/).map((w) => w.replace(/['’]s$/, '').replace(/[.]$/, (dot) => (/\.\p{L}\.$/u.test(w) ? dot : '')));
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

/** The role gives a country the question does not, and the question one the role does not. */
function nationalityClash(entity: EntityMention, questionCountries: ReadonlySet<string> | undefined): boolean {
  if (!entity.role || !questionCountries || questionCountries.size === 0) return false;
  const roleCountries = countriesIn(entity.role);
  if (roleCountries.size === 0) return false;
  const questionOnly = [...questionCountries].some((c) => !roleCountries.has(c));
  const roleOnly = [...roleCountries].some((c) => !questionCountries.has(c));
  return questionOnly && roleOnly;
}
