/**
 * Follow-up questions: "who is rayburn", then "what state is he from". A question whose person is
 * only a pronoun is asked about the person the conversation was last about, and the reply says
 * whom it took the pronoun for. Edges keep one conversation per user and channel (the console
 * has one); this module holds no clock and no I/O.
 */
import { STOPWORDS } from '../core/text/stopwords.js';
import type { KnowledgeBase } from '../core/types.js';
import type { AnswerOutcome } from './replies.js';
import { bindsToAsked, PERSONAL_PRONOUN } from './unread-pronoun.js';

export { bindsToAsked } from './unread-pronoun.js';

/** Each pronoun that stands for one person ("it" and "they" stand for anything: not read). */
const PERSONAL_PRONOUNS = new RegExp(PERSONAL_PRONOUN.source, 'gi');
const POSSESSIVE = new Set(['his', 'hers']);

/**
 * The question with its personal pronouns replaced by `name` ("his" and a "her" before a word by
 * "name's"), and the first pronoun replaced; undefined when it has none.
 *
 * @example withPerson('what state is he from', 'Sam Rayburn')
 * // { question: 'what state is Sam Rayburn from', pronoun: 'he' }
 */
export function withPerson(question: string, name: string): { question: string; pronoun: string } | undefined {
  let pronoun: string | undefined;
  const replaced = question.replace(PERSONAL_PRONOUNS, (word: string, _w: string, at: number) => {
    pronoun ??= word;
    const lower = word.toLowerCase();
    const next = /^\s+([A-Za-z'’-]+)/.exec(question.slice(at + word.length))?.[1]?.toLowerCase();
    const possessive = POSSESSIVE.has(lower) || (lower === 'her' && next !== undefined && !STOPWORDS.has(next));
    return possessive ? `${name}'s` : name;
  });
  return pronoun === undefined ? undefined : { question: replaced, pronoun };
}

/** Whether the outcome answers (rather than saying it is not sure, or does not know). */
function answeredAt(outcome: AnswerOutcome): boolean {
  return outcome.kind === 'profile' || outcome.view.kind === 'answer';
}

/** A question that asks for a person: "who …", "whom …", "whose …". */
const ASKS_WHO = /^\s*(?:who|whom|whose)\b/i;

/**
 * Whom the conversation is about once `outcome` answered `question`: the person a profile shows;
 * else the person the short answer names ("who judged the class" → "Anne Rogers, a handler");
 * else, unless the question asked for someone it did not get (then whom "she" means next is
 * anyone's guess), the person the question names, else still `previous`.
 */
export function personAfter(
  kb: KnowledgeBase,
  question: string,
  outcome: AnswerOutcome,
  previous: string | undefined,
  asksWho = ASKS_WHO.test(question),
  named: () => string | undefined = () => kb.personNamed(question),
): string | undefined {
  if (outcome.kind === 'profile') return outcome.view.name;
  const view = outcome.view;
  const answered = view.kind === 'answer' && view.answer ? kb.personNamed(view.answer) : undefined;
  if (answered !== undefined) return answered;
  return asksWho ? undefined : (named() ?? previous);
}

/** What the articles call a man and a woman, counted in the paragraphs that name someone. */
const HE_WORDS = /\b(?:he|him|his|himself)\b/gi;
const SHE_WORDS = /\b(?:she|her|hers|herself)\b/gi;

/**
 * Whether the articles could call `name` by `pronoun`: not when the paragraphs that name them say
 * the other far more often ("she" for Roy Mason, of whom they say "he" and "his", though a
 * paragraph of his tells of his mother: "she taught him the piano"). Unknown is no objection.
 */
export function pronounFits(kb: KnowledgeBase, name: string, pronoun: string): boolean {
  const profile = kb.profile(name);
  if (!profile) return true;
  const paragraphs = new Set(profile.sentences.map((c) => kb.context(c)));
  let male = 0;
  let female = 0;
  for (const paragraph of paragraphs) {
    male += paragraph.match(HE_WORDS)?.length ?? 0;
    female += paragraph.match(SHE_WORDS)?.length ?? 0;
  }
  const masculine = /^(?:he|him|his|himself)$/i.test(pronoun);
  const [asked, other] = masculine ? [male, female] : [female, male];
  return !(other >= OTHER_PRONOUNS && asked * OTHER_SHARE < other);
}

/** How often the articles must call someone by the other pronoun to rule this one out… */
const OTHER_PRONOUNS = 2;
/** …and how many times as often as this one: the rest are others of the paragraph (a mother, a wife). */
const OTHER_SHARE = 4;

/**
 * Answers `question` in a conversation last about `previous`. A question that names no one but
 * refers to someone by a pronoun is asked about `previous`, and its outcome carries `readAs`.
 * Returns the outcome and whom the conversation is about now. `asksWho`: the question asks for a
 * person (as `/who` does), whatever its first word.
 */
export function answerInConversation(
  kb: KnowledgeBase,
  question: string,
  previous: string | undefined,
  answer: (question: string) => AnswerOutcome,
  options: { asksWho?: boolean } = {},
): { outcome: AnswerOutcome; person: string | undefined } {
  const named = kb.personNamed(question);
  const candidate = previous !== undefined && named === undefined ? withPerson(question, previous) : undefined;
  // "she" for a man the articles call "he" means someone else: the question is asked as written.
  const followUp = candidate && previous !== undefined && pronounFits(kb, previous, candidate.pronoun) ? candidate : undefined;
  // "who would banish all poets from his ideal state": the "his" of the one asked for is as likely
  // theirs as the person's before. The question as written is answered first, and wins when the
  // knowledge base answers it.
  const literal = followUp && bindsToAsked(question) ? answer(question) : undefined;
  if (literal !== undefined && answeredAt(literal)) return finish(kb, question, previous, undefined, literal, named, options);
  return finish(kb, question, previous, followUp, answer(followUp?.question ?? question), named, options);
}

/** The outcome of the reading chosen, with whom the pronoun was taken for, and whom the conversation is about next. */
function finish(
  kb: KnowledgeBase,
  question: string,
  previous: string | undefined,
  followUp: { question: string; pronoun: string } | undefined,
  answered: AnswerOutcome,
  named: string | undefined,
  options: { asksWho?: boolean },
): { outcome: AnswerOutcome; person: string | undefined } {
  const asked = followUp?.question ?? question;
  const outcome = followUp && previous !== undefined ? { ...answered, readAs: { pronoun: followUp.pronoun, name: previous } } : answered;
  // A follow-up that asked for someone else and got no one ("who did he marry") still leaves the
  // conversation with the person it was about.
  const asksWho = followUp === undefined && (options.asksWho ?? ASKS_WHO.test(question));
  // (The person the question names, looked up once: a follow-up's is `previous`, written in.)
  // ("when did he die", answered of W. E. Ford and saying so: the conversation is about him now.)
  return { outcome, person: personAfter(kb, asked, outcome, previous, asksWho, () => (followUp ? previous : (named ?? answered.readAs?.name))) };
}

/**
 * A conversation is over after a quarter of an hour without a question, and a server remembers
 * at most this many at once (a few hundred bytes each).
 */
export const CONVERSATION_LIMITS = { ttlMs: 15 * 60_000, limit: 10_000 } as const;

/**
 * One conversation per key (user and channel), forgotten after `ttlMs` of silence; at most `limit`
 * remembered, the least recently used forgotten first.
 */
export class Conversations {
  private readonly people = new Map<string, { person: string; at: number }>();

  constructor(private readonly options: { ttlMs: number; limit: number }) {}

  /** Whom the conversation under `key` is about at time `now`, if it is still going on. */
  personFor(key: string, now: number): string | undefined {
    const seen = this.people.get(key);
    if (!seen) return undefined;
    if (now - seen.at > this.options.ttlMs) {
      this.people.delete(key);
      return undefined;
    }
    return seen.person;
  }

  remember(key: string, person: string | undefined, now: number): void {
    this.people.delete(key);
    if (person === undefined) return;
    if (this.people.size >= this.options.limit) this.people.delete(this.people.keys().next().value as string);
    this.people.set(key, { person, at: now });
  }
}
