/** What every short-answer extractor shares: the input, the result, and small helpers. */
import type { AskedRole } from '../asked-role.js';
import { isNameTitle } from '../../facts/extract-entities.js';
import { countryOfDemonym, lookupPlace, postalCodeOf } from '../../facts/gazetteer.js';
import { DETERMINER, QUESTION_FILLER, STOPWORDS } from '../../text/stopwords.js';
import { withinOneEdit } from '../../text/spelling.js';
import { tokenize, type Token } from '../../text/tokenize.js';
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
  /** The role shown is the curator's: it is the answer's description, whatever the sentence calls X ("Tarek, his brother"). */
  roleCurated?: boolean | undefined;
  /** The place's name in the gazetteer when the answer gives it as written ("England" → United Kingdom): what two sources are compared by. */
  canonical?: string | undefined;
  /**
   * A who question of a sentence that names no one who could be its answer: no person or body
   * beyond those the question names and those only likened to ("a myth akin to George
   * Washington's cherry tree"), no subject before the question's verb, no acting country. The
   * sentence may still be the closest one, never the answer.
   */
  namesNoOne?: boolean | undefined;
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
  /** The role a "who is the …" question names ("who is the pastor of Beth El"), if any. */
  askedRole?: AskedRole | undefined;
  /** The noun a "what/which <noun>" question asks for ("which university …" → university). */
  head?: string | undefined;
  /** The words after "who is" when they may be a name no people list knows ("who is billy koch"). */
  identityWords?: readonly string[] | undefined;
  /** The question asks for a time of day ("what time …", "at what hour …"). */
  asksTime?: boolean | undefined;
  /** Every content word of the question is a name: "who is Sean McCormack?" asks for a description. */
  aboutName?: boolean | undefined;
  /** "Who is X?" about a name: X's words, lower case, without stopwords ("who is Ted Place" → ted, place). */
  askedName?: readonly string[] | undefined;
  /** The stems of the verb "who" is the subject of, with the words it matched ("who manufactures …"). */
  verbStems?: ReadonlySet<string> | undefined;
  /** The stems of the object the question writes right after that verb ("who asked ford to …": ford); see `QuestionAnalysis.verbObject`. */
  verbObject?: readonly string[] | undefined;
  /** The verb after "who" takes a clause of its own ("who thinks the poems were dictated"); see `QuestionAnalysis.verbClause`. */
  verbClause?: boolean | undefined;
  /** "at whose insistence …": the stems of the words after "whose", the noun whose owner is asked for among them. */
  ownedStems?: readonly string[] | undefined;
  /** "who did Lee meet": the person asked for is the object of the question's verb. */
  asksObject?: boolean | undefined;
  /** "what did Ann take": the stems of the content words after the auxiliary, subject first, then the verb (see `objectAnswer`). */
  objectWords?: readonly string[] | undefined;
  /** "what did america reject": the places named among `objectWords`, by canonical name with their stems (see `objectAnswer`). */
  objectPlaces?: readonly PlaceNamed[] | undefined;
  /** "what are the ginger cakes called": the name given to a thing is asked for (see `calledAnswer`). */
  asksName?: boolean | undefined;
  /** The question's word and the stem of the word after it ("what happened …" → what, happen), to tell a sentence that only asks it again (see `echoesQuestion`). */
  echo?: { wh: string; next: string } | undefined;
  /** The stem of the thing a "where" question asks the place of ("where was the convention …"). */
  placed?: string | undefined;
  /** The kind of place a "which <noun>" where-question asks for ("over which region …" → region; see `placeAnswer`). */
  placeKind?: string | undefined;
  /** Stems of the question's words written right after a determiner: nouns ("the state department"), not verbs. */
  nounStems?: ReadonlySet<string> | undefined;
  /**
   * The person a subject pronoun of the sentence ("he", "she") stands for: the one person the
   * sentences just before it name, if they name exactly one. Absent when the story is not known.
   */
  antecedent?: ((pronoun: string) => EntityMention | undefined) | undefined;
  /** Whether a lower-case word is a noun ("deans", "police"), not only an adjective ("important"); undefined without a lexicon. */
  isNoun?: ((word: string) => boolean | undefined) | undefined;
  /** Whether a lower-case word names a kind of person ("son", "lawyer"), not a thing ("election"); undefined without a lexicon. */
  isPerson?: ((word: string) => boolean | undefined) | undefined;
  /** Whether a lower-case noun is a kind of `category` in WordNet ("suggestion" of "communication"); undefined without a lexicon. */
  isKindOf?: ((word: string, category: string) => boolean | undefined) | undefined;
  /** How often a word is a verb's base form rather than a noun, 0–1 (see `Lexicon.verbShare`); undefined for no verb, or without a lexicon. */
  verbShare?: ((word: string) => number | undefined) | undefined;
}

/** A place a text names: its canonical name ("United States") and the stems of the words that write it ("america"). */
export interface PlaceNamed {
  name: string;
  stems: readonly string[];
}

/** Words of a place's name at most: "United Arab Emirates". */
const PLACE_WORDS = 3;

/**
 * The places the gazetteer knows written among `tokens` (of `text`), one to three words each, by
 * canonical name: "America", "the U.S." and "United States" are all the United States.
 *
 * @example placesWritten('Britain and the U.S.', tokenize('Britain and the U.S.')); // [{ name: 'United Kingdom', stems: ['britain'] }, { name: 'United States', stems: ['unit', 'state'] }]
 */
export function placesWritten(text: string, tokens: readonly Token[]): PlaceNamed[] {
  const found: PlaceNamed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let n = 1; n <= PLACE_WORDS && i + n <= tokens.length; n++) {
      const first = tokens[i] as Token;
      const last = tokens[i + n - 1] as Token;
      const place = lookupPlace(text.slice(first.start, last.end).replace(/['’]s?$/, ''));
      if (place !== undefined) found.push({ name: place.name, stems: tokens.slice(i, i + n).map((t) => t.stem) });
    }
  }
  return found;
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
  if (words.some((t) => t.word.length > 2 && questionStems.has(t.stem))) return true;
  // "taxable in ri": a state named by its postal code.
  const code = entity.type === 'place' ? postalCodeOf(entity.name) : undefined;
  return code !== undefined && questionStems.has(code);
}

/** How many of the question's words (of three letters or more) an entity's name, as known or as written, holds. */
function namedWords(entity: EntityMention, questionStems: ReadonlySet<string>): number {
  const stems = new Set(tokenize(`${entity.name} ${entity.text}`).filter((t) => t.word.length > 2).map((t) => t.stem));
  let count = 0;
  for (const stem of stems) if (questionStems.has(stem)) count++;
  return count;
}

/** Words shorter than this are too often one letter from another name ("Ann", "Anna"): never a slip. */
const SLIP_MIN_LENGTH = 5;

/**
 * Whether a name is someone other than the one a "who is X" question asks about, though they share
 * a word: the question writes a word the name lacks (titles aside) and the name one the question
 * lacks. "Ted Slack" is not "Ted Place", nor "Lynn Kern" "Jim Kern"; "Ann Lee" is "Lee", "John F.
 * Kennedy" is "President Kennedy", and "Ted Slack" may be "Ted".
 *
 * @example
 * namesAnother('Ted Slack', ['ted', 'place']); // true
 * namesAnother('Ann Lee', ['lee']); // false
 */
export function namesAnother(name: string, asked: readonly string[]): boolean {
  const words = new Set(tokenize(name).map((t) => t.word));
  const askedWords = new Set(asked.flatMap((w) => tokenize(w).map((t) => t.word)));
  const title = (word: string): boolean => {
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    return isNameTitle(capital) || isNameTitle(`${capital}.`);
  };
  // (A slip of typing in a long word is the same word: "juan bosh" asks about Juan Bosch.)
  const same = (a: string, b: string): boolean => a === b || (Math.max(a.length, b.length) >= SLIP_MIN_LENGTH && withinOneEdit(a, b));
  const askedOnly = [...askedWords].some((w) => ![...words].some((n) => same(w, n)) && !STOPWORDS.has(w) && !title(w));
  // (An initial of the name, "F." of "John F. Kennedy", is left unwritten by many a question.)
  const nameOnly = [...words].some((w) => ![...askedWords].some((a) => same(w, a)) && w.length > 1 && !STOPWORDS.has(w) && !title(w));
  return askedOnly && nameOnly;
}

/**
 * Of the sentence's people and bodies with a role that the question names, the one it names most
 * fully — "who is Ted Place" is about Ted Place, not the Ted Slack the sentence writes first — and
 * never one who is someone else than the one `asked` ("who is X": X's words) names.
 */
export function askedEntity(entities: readonly EntityMention[], questionStems: ReadonlySet<string>, asked?: readonly string[]): EntityMention | undefined {
  let best: EntityMention | undefined;
  let most = 0;
  for (const e of entities) {
    if (e.type === 'place' || !e.role || !mentionedInQuestion(e, questionStems)) continue;
    if (asked !== undefined && namesAnother(e.name, asked)) continue;
    const count = namedWords(e, questionStems);
    if (count > most) {
      best = e;
      most = count;
    }
  }
  return best;
}

/** Entities the question does not already name; agency credits ("(AP)") are not actors of a story. */
export function freshEntities(input: ShortAnswerInput): EntityMention[] {
  // A credit is in brackets: a sentence without one needs no expression built per name.
  const bracketed = input.sentence.includes('(');
  return input.facts.entities.filter((e) => !mentionedInQuestion(e, input.questionStems) && !(bracketed && new RegExp(`\\(\\s*${escapeRegExp(e.text)}\\s*\\)`).test(input.sentence)));
}

/**
 * Names written as one answer, "Ann Lee and Tom Hale danced", "in Dunmore, Calloway and Ashby":
 * the whole list the first name belongs to, when every name of it is one of `others` and it ends
 * with "and" (a list that goes on past the names known is no answer, and a part of it says less).
 *
 * @example
 * joinedPair('Ann Lee and Tom Hale danced.', annLee, [annLee, tomHale]); // 'Ann Lee and Tom Hale'
 */
export function joinedPair<T extends { text: string; name: string }>(sentence: string, first: T, others: readonly T[], show: (item: T) => string = (item) => item.name): string | undefined {
  const itemAt = (at: number): T | undefined => {
    let best: T | undefined;
    for (const item of others) if (item.text !== '' && sentence.startsWith(item.text, at) && (best === undefined || item.text.length > best.text.length)) best = item;
    return best;
  };
  for (let from = sentence.indexOf(first.text); from >= 0; from = sentence.indexOf(first.text, from + 1)) {
    // Walk back to the list's first name: "Dunmore, Calloway and Ashby" from "Calloway".
    let start = from;
    for (;;) {
      const joint = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?$/.exec(sentence.slice(0, start));
      if (!joint) break;
      const before = sentence.slice(0, start - joint[0].length);
      // The longest name the list ends with there: "West Virginia", not "Virginia".
      const previous = others.filter((item) => item.text !== '' && before.endsWith(item.text)).sort((a, b) => b.text.length - a.text.length)[0];
      if (!previous) break;
      start = before.length - previous.text.length;
    }
    const list: T[] = [];
    let at = start;
    let closed = false;
    for (;;) {
      const item = itemAt(at);
      if (!item) break;
      list.push(item);
      at += item.text.length;
      if (closed) break;
      // ("… and the District of Columbia": an article may stand before the last name.)
      const joint = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?/.exec(sentence.slice(at));
      if (!joint || !itemAt(at + joint[0].length)) break;
      closed = /\band\s+(?:the\s+)?$/.test(joint[0]);
      at += joint[0].length;
    }
    // A list that goes on ("…, and a dozen towns"), or one that names no one after "and", is no answer.
    if (!closed || list.length < 2 || !list.includes(first) || /^\s*(?:,\s*)?(?:and|or)\b/.test(sentence.slice(at))) continue;
    const shown = list.map(show);
    return shown.length === 2 ? `${shown[0]} and ${shown[1]}` : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  }
  return undefined;
}

/**
 * The place as the sentence writes it ("England", not the gazetteer's "United Kingdom"), but an
 * abbreviation spelt out ("Calif." → "California", "U.S." → "United States").
 */
export function placeAsWritten(place: { text: string; name: string }): string {
  return /\.|^\p{Lu}{2,}$/u.test(place.text) ? place.name : place.text;
}

/** A possessive and the lower-case words after it, up to two, the noun owned among them: "'s swamp", "'s younger son". */
const OWNED_AFTER = /^['’]s((?:\s+\p{Ll}[\p{L}-]*){1,2})/u;
/** The word written right before a name, with the space after it: "Mr. " of "Mr. Lomax". */
const WORD_BEFORE = /(\S+)\s+$/u;

/**
 * A name written as the owner of a noun, with the noun and its title as written, when `accept`
 * takes the noun: "Mr. Lomax's son" for Lomax, "Ada Vey's barn" for Ada Vey. The thing owned is
 * who or where, not its owner. `undefined` when the name is not so written, or the noun is one of the
 * question's own ("who is Lomax's son" asks for another name).
 *
 * @example
 * ownedBy("The girl was found by Mr. Lomax's son.", 'Lomax', (noun) => noun === 'son', new Set()); // "Mr. Lomax's son"
 */
export function ownedBy(sentence: string, text: string, accept: (noun: string) => boolean, questionStems: ReadonlySet<string>): string | undefined {
  const at = sentence.indexOf(text);
  if (at < 0) return undefined;
  const words = OWNED_AFTER.exec(sentence.slice(at + text.length))?.[1]?.trim().split(/\s+/) ?? [];
  // The noun ends at a small word ("'s swamp and" is the swamp), and is the last word `accept` takes ("'s son yesterday" is the son).
  const stop = words.findIndex((w) => STOPWORDS.has(w));
  const owned = stop < 0 ? words : words.slice(0, stop);
  while (owned.length > 0 && !accept(owned.at(-1) as string)) owned.pop();
  const noun = owned.at(-1);
  if (noun === undefined || tokenize(noun).some((t) => questionStems.has(t.stem))) return undefined;
  const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, at - 24), at));
  const title = before?.[1] !== undefined && isNameTitle(before[1]) ? before[0] : '';
  return `${title}${text}${sentence.slice(at + text.length, at + text.length + 2)} ${owned.join(' ')}`;
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

/**
 * Where a sentence joins two statements: a semicolon, a comma before "and", "but", "while", …,
 * "and"/"but" before a subject pronoun ("In 1806 he was hired and he became …"), or a comma before
 * "since"/"because" and a subject ("…, since the main push must come from …"; not "…, since 1950").
 */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although|though|yet)\s|\s(?:but|whereas)\s|\sand\s+(?=(?:he|she|it|they|this|these|we|I|there)\s)|,\s+(?:since|because)\s+(?=(?:the|a|an|he|she|it|they|this|these|those|we|I|there|its|their|his|her)\s)/g;

/** Third-person pronouns: a later clause that writes one speaks of what an earlier clause named ("… for "The Long Road", and Paul Brenn gave it costumes"). A closed class. */
const BACK_PRONOUN = /^(?:it|its|they|them|their|he|him|his|she|her)$/;

/**
 * How many of the question's words stand in the clause of the sentence that holds `phrase`: in
 * "Payments will pass the budget in 2023, and spending will rise in 2020" the question "when will
 * payments pass the budget" is about the first clause, so its date is 2023. Words of the phrase itself
 * do not count; 0 when the phrase is not found. With `carry`, a later clause that writes "it", "she", "them", …
 * also holds the question's names (words written with a capital) of the clauses before it: in
 * "Ida Marsh wrote the score for "The Long Road", and Paul Brenn gave it costumes", "who did the
 * costumes for the long road" is about the second clause, whose "it" is The Long Road.
 *
 * @example
 * clauseAffinity('Payments will pass the budget in 2023, and spending will rise in 2020.', '2020', stems); // 0
 */
function clauseAffinity(sentence: string, phrase: string, questionStems: ReadonlySet<string>, carry = true): number {
  const at = sentence.indexOf(phrase);
  if (at < 0) return 0;
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + phrase.length) {
      end = m.index;
      break;
    }
  }
  const except = new Set(tokenize(phrase).map((t) => t.stem));
  const clause = sentence.slice(start, end);
  const own = questionWordsIn(clause, questionStems, except);
  if (!carry || start === 0 || !tokenize(clause).some((t) => BACK_PRONOUN.test(t.word))) return own;
  const inClause = new Set(tokenize(clause).map((t) => t.stem));
  const carried = new Set(tokenize(sentence.slice(0, start)).filter((t) => t.capitalized && !STOPWORDS.has(t.word) && !except.has(t.stem) && !inClause.has(t.stem) && questionStems.has(t.stem)).map((t) => t.stem));
  return own + carried.size;
}

/** How many distinct question words (not stopwords, not `except`) a text holds. */
export function questionWordsIn(text: string, questionStems: ReadonlySet<string>, except: ReadonlySet<string> = new Set()): number {
  const found = new Set<string>();
  for (const t of tokenize(text)) {
    if (!STOPWORDS.has(t.word) && !except.has(t.stem) && questionStems.has(t.stem)) found.add(t.stem);
  }
  return found.size;
}

/** A clause that holds this many of the question's words is what the question is about. */
const ABOUT_CLAUSE = 2;

/**
 * `phrase` stands in a clause with none of the question's words while another clause holds several:
 * in "Lee won the Iowa race, but lost to Ward in Ohio", Ward is no answer to "who won the iowa race".
 *
 * @example
 * offClause('Lee won the Iowa race, but lost to Ward in Ohio.', 'Ward', stems('who won the iowa race')); // true
 */
export function offClause(sentence: string, phrase: string, questionStems: ReadonlySet<string>): boolean {
  // (Its own words: "Tom Hale was born in Quillbury; he moved to Tokyo" — the "he" makes the second
  // clause about Hale, not about his birth.)
  if (clauseAffinity(sentence, phrase, questionStems, false) > 0) return false;
  let start = 0;
  for (const m of [...sentence.matchAll(CLAUSE_BREAK), undefined]) {
    const end = m ? m.index : sentence.length;
    if (questionWordsIn(sentence.slice(start, end), questionStems) >= ABOUT_CLAUSE) return true;
    if (m) start = m.index + m[0].length;
  }
  return false;
}

/**
 * Items of a sentence (numbers, names) in the order of their clauses' affinity to the question
 * (see {@link clauseAffinity}), the sentence's order kept within the same affinity.
 */
export function inClauseOrder<T>(items: readonly T[], textOf: (item: T) => string, input: Pick<ShortAnswerInput, 'sentence' | 'questionStems'>): T[] {
  if (items.length < 2) return [...items];
  const affinity = new Map(items.map((item) => [item, clauseAffinity(input.sentence, textOf(item), input.questionStems)]));
  return [...items].sort((a, b) => (affinity.get(b) ?? 0) - (affinity.get(a) ?? 0));
}

/** "and" between two conjuncts: "Volume 1 was published in 1944 and Volume 2 in 1951". */
const CONJUNCT_AND = /\s+and\s+/g;

/**
 * Items of a sentence with, first, the one of a conjunct after "and" whose words before it hold a
 * question word the conjunct before does not: in "Volume 1 was published in 1944 and Volume 2 in
 * 1951" (the second conjunct elliptical, its verb the first's), "when was volume 2 published" asks
 * of the second, whose "2" the first lacks: 1951; "when was volume 1 published" keeps 1944. Only
 * when the item ranked first stands in the conjunct before; otherwise the order is kept.
 *
 * @example
 * conjunctFirst(['1944', '1951'], (d) => d, { sentence: 'Volume 1 came out in 1944 and Volume 2 in 1951.', questionStems: stems('when did volume 2 come out') }); // ['1951', '1944']
 */
export function conjunctFirst<T>(items: readonly T[], textOf: (item: T) => string, input: Pick<ShortAnswerInput, 'sentence' | 'questionStems'>): T[] {
  const { sentence, questionStems } = input;
  const first = items[0];
  if (items.length < 2 || first === undefined || !sentence.includes(' and ')) return [...items];
  const firstAt = sentence.indexOf(textOf(first));
  if (firstAt < 0) return [...items];
  let from = 0;
  for (const joint of sentence.matchAll(CONJUNCT_AND)) {
    const after = joint.index + joint[0].length;
    if (joint.index <= firstAt) {
      from = after;
      continue;
    }
    // The first item of the next conjunct, and the words that lead to it.
    let later: T | undefined;
    let laterAt = sentence.length;
    for (const item of items) {
      const at = sentence.indexOf(textOf(item), after);
      if (at >= after && at < laterAt) [later, laterAt] = [item, at];
    }
    if (later === undefined || later === first) return [...items];
    const lead = sentence.slice(after, laterAt);
    if (lead.includes(' and ')) return [...items];
    const before = new Set(tokenize(sentence.slice(from, joint.index)).map((t) => t.stem));
    const own = tokenize(lead).some((t) => !STOPWORDS.has(t.word) && questionStems.has(t.stem) && !before.has(t.stem));
    return own ? [later, ...items.filter((item) => item !== later)] : [...items];
  }
  return [...items];
}

/** Words either side of a phrase within which it is taken to belong to the words written there. */
const NEAR_WORDS = 6;

/**
 * How many of the question's words stand within a few words of `phrase`: in "… events in Japan in
 * June 1960 were staged, that the summit in Paris in May 1960 failed", "May 1960" stands by "summit"
 * and "Paris".
 */
export function wordsAround(sentence: string, phrase: string, questionStems: ReadonlySet<string>): number {
  const at = sentence.indexOf(phrase);
  if (at < 0) return 0;
  const before = tokenize(sentence.slice(0, at)).slice(-NEAR_WORDS);
  const after = tokenize(sentence.slice(at + phrase.length)).slice(0, NEAR_WORDS);
  return questionWordsIn([...before, ...after].map((t) => t.word).join(' '), questionStems, new Set(tokenize(phrase).map((t) => t.stem)));
}

/** Words before a phrase within which a question word is taken to govern it: "completed in 1931", "weighs 250 pounds". */
const GOVERNING_WORDS = 3;
/** Words that end the phrase a verb governs, looking back from an answer: "designed in 1930 and completed …". */
const GOVERNED_STOP = /^(?:and|or|but|while|whereas|nor|then)$/;

/**
 * How near a question word stands before `phrase` in the same conjunct, as a verb before its object
 * or its "in 1931": 1 right before it, 2 one word further, …; 0 for none within a few words. In
 * "designed in 1930 and completed in 1931", "when was it completed" governs 1931 (0.5), not 1930
 * (which only has "completed" after it); in "costs $2,300 and weighs 250 pounds", "how much does it
 * weigh" governs 250 pounds.
 *
 * @example
 * governedBy('It was designed in 1930 and completed in 1931.', '1931', stems('when was it completed')); // 0.5
 * governedBy('It was designed in 1930 and completed in 1931.', '1930', stems('when was it completed')); // 0
 */
export function governedBy(sentence: string, phrase: string, questionStems: ReadonlySet<string>): number {
  const at = sentence.indexOf(phrase);
  if (at < 0) return 0;
  const before = tokenize(sentence.slice(0, at));
  const except = new Set(tokenize(phrase).map((t) => t.stem));
  let end = at;
  for (let i = before.length - 1; i >= 0 && i >= before.length - GOVERNING_WORDS; i--) {
    const token = before[i] as (typeof before)[number];
    // Punctuation between two words ends the phrase: ", 1930" is not "completed"'s.
    if (/[,;:()"“”]/.test(sentence.slice(token.end, end))) return 0;
    if (GOVERNED_STOP.test(token.word)) return 0;
    if (!STOPWORDS.has(token.word) && !except.has(token.stem) && questionStems.has(token.stem)) return 1 / (before.length - i);
    end = token.start;
  }
  return 0;
}

/**
 * Verbs (stems) that take a question as their object: "remember what happened", "nobody knows who
 * fired", "asked why the mill closed". A question so embedded is asked, not answered.
 */
const ASKS_OR_KNOWS = new Set(['rememb', 'know', 'knew', 'known', 'wonder', 'ask', 'tell', 'told', 'explain', 'learn', 'discov', 'guess', 'understand', 'understood', 'determin', 'decid', 'investig', 'imagin', 'forget', 'forgot', 'forgotten', 'unclear', 'unknown', 'see', 'saw', 'seen', 'find', 'found', 'figur', 'question', 'doubt']);

/** Each question word as a whole word in any case, built once: the echo check runs for every candidate. */
const QUESTION_WORD_IN: Readonly<Record<string, RegExp>> = Object.fromEntries(['who', 'what', 'when', 'where', 'why', 'how', 'which'].map((wh) => [wh, new RegExp(`\\b${wh}\\b`, 'i')]));

/**
 * Whether the sentence asks the question itself rather than answering it: its question word,
 * opening the sentence or after a verb of knowing or asking, followed by the question's next word
 * ("Remember what happened to Ada" for "what happened to ada"; "Nobody knows who fired the shot").
 * A relative clause ("the man who fired the shot") answers, and is no echo.
 *
 * @example
 * echoesQuestion('Remember what happened to Ada.', { wh: 'what', next: 'happen' }); // true
 * echoesQuestion('The man who fired the shot fled.', { wh: 'who', next: 'fire' }); // false
 */
export function echoesQuestion(sentence: string, echo: { wh: string; next: string } | undefined): boolean {
  // (Most sentences never write the question word: they are passed over before tokenising.)
  if (echo === undefined || QUESTION_WORD_IN[echo.wh]?.test(sentence) === false) return false;
  const tokens = tokenize(sentence);
  return tokens.some((t, j) => {
    if (t.word !== echo.wh || (j > 0 && !ASKS_OR_KNOWS.has((tokens[j - 1] as Token).stem))) return false;
    const next = tokens.slice(j + 1).find((u) => !STOPWORDS.has(u.word) && !QUESTION_FILLER.has(u.word));
    return next?.stem === echo.next;
  });
}

/** The stems of the words that only ever set a thing apart: a question with one makes an exclusion of its own. */
const EXCLUDING_STEMS: ReadonlySet<string> = new Set(tokenize('except excluding apart aside').map((t) => t.stem));
/**
 * Words that set a thing apart from what the rest of the sentence says: "not counting the mill",
 * "except Ada", "other than the dog", "apart from the barn", "save for the pier".
 */
const EXCLUSION = /\b(?:not\s+(?:counting|including)|except(?:\s+for)?|excluding|other\s+than|apart\s+from|aside\s+from|save\s+for)\s+/gi;
/** A negative before an exclusion makes it say the thing of the one set apart: "nobody except Ada knew", "none other than Ada". */
const NEGATIVE_BEFORE = /\b(?:no|none|nobody|nothing|never|neither)\b/i;

/**
 * Whether the sentence names a word of the question only inside an exclusion ("the land, not
 * counting the mill meadow, was worth ten pounds" for "what was the mill meadow worth"): what it
 * says is said of everything but that thing, so it does not answer the question about it. The
 * excluded words are the question's words (after a determiner or an owner's "'s") right after the
 * exclusion; an exclusion the question makes itself ("… apart from the barn", "not counting the
 * barn") is left alone.
 *
 * @example
 * onlyExcluded('Everyone except Ada left the hall.', stems('where did ada go')); // true
 * onlyExcluded('Everyone except Ada left the hall.', stems('who left the hall')); // false
 */
export function onlyExcluded(sentence: string, questionStems: ReadonlySet<string>): boolean {
  // (Most sentences exclude nothing: they are passed over before tokenising.)
  if (sentence.search(EXCLUSION) < 0 || [...EXCLUDING_STEMS].some((s) => questionStems.has(s))) return false;
  const tokens = tokenize(sentence);
  const excluded = new Set<Token>();
  for (const m of sentence.matchAll(EXCLUSION)) {
    if (NEGATIVE_BEFORE.test(sentence.slice(0, m.index)) || tokenize(m[0]).some((t) => !STOPWORDS.has(t.word) && questionStems.has(t.stem))) continue;
    let end = m.index + m[0].length;
    for (const t of tokens.filter((u) => u.start >= end)) {
      // A comma or other mark ends the excluded phrase: "not counting the mill, the land".
      if (/[^\s'’]/u.test(sentence.slice(end, t.start).replace(/['’]s\b/giu, ''))) break;
      const asked = !STOPWORDS.has(t.word) && questionStems.has(t.stem);
      if (asked) excluded.add(t);
      else if (!DETERMINER.test(t.word) && !/^['’]s\b/iu.test(sentence.slice(t.end))) break;
      end = t.end;
    }
  }
  if (excluded.size === 0) return false;
  const outside = new Set(tokens.filter((t) => !excluded.has(t)).map((t) => t.stem));
  return [...excluded].some((t) => !outside.has(t.stem));
}
