import * as chrono from 'chrono-node/en';
import { IRREGULAR_VERBS, isParticiple } from '../text/irregular-verbs.js';
import { DETERMINER, QUESTION_FILLER, STOPWORDS } from '../text/stopwords.js';
import { capitaliseAbbreviations, tokenize, type Token } from '../text/tokenize.js';
import { MONTH_WORDS } from '../facts/number-words.js';
import type { Lexicon, QuestionType } from '../types.js';
import { askedRole, roleOfDoer, type AskedRole } from './asked-role.js';
import { negatedStems } from './negation.js';
import { queryGroups, type QueryContext, type QueryGroup } from './query-terms.js';
import { countedList } from './short/announced.js';
import { asksForDuration, countedNoun, detectQuestionType, hasQuestionWord, mendQuestionWord, typedQuestion } from './question-type.js';
import { countriesIn, placesWritten, type PlaceNamed } from './short/shared.js';

import type { AnswerKind } from './answer-kind.js';

export { ANSWER_KINDS, type AnswerKind } from './answer-kind.js';

/** Everything later stages need to know about a question, worked out once. */
export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  kind: AnswerKind;
  groups: QueryGroup[];
  /** Stems of the question's words and of the non-WordNet alternatives they matched. */
  questionStems: Set<string>;
  surfaceWords: Set<string>;
  wantsDuration: boolean;
  countedNoun: string | undefined;
  /** Every content word is a name: "who is Sean McCormack?" asks for a description. */
  aboutName: boolean;
  asksIdentity: boolean;
  /** The role a "who is the …" question names ("who is the pastor of Beth El"); not for "who is <name>". */
  askedRole: AskedRole | undefined;
  /** The lower-case words after "who is" when they may be a name the knowledge base does not list ("who is billy koch"). */
  identityWords: string[] | undefined;
  asksTime: boolean;
  /**
   * "who manufactures the units": the stems of the verb that follows "who" (and its auxiliaries)
   * and of the words it matched; undefined when no such verb follows.
   */
  verbStems: ReadonlySet<string> | undefined;
  /**
   * "who asked ford to do …": the stems of the words the question writes right after that verb (its
   * object: "ford"), up to the first stopword; undefined when no such verb follows "who".
   */
  verbObject: string[] | undefined;
  /**
   * "who thinks the poems were dictated", "who said the song was sung": the verb after "who" takes
   * a clause of its own (see `clauseAfterWho`), which the answer may report with another verb
   * ("Ann Lee suggests that the poems were dictated").
   */
  verbClause: boolean;
  /** "at whose insistence …", "whose unpublished papers …": the stems of the words after "whose", the noun whose owner is asked for among them. */
  ownedStems: string[];
  /** "who did Lee meet", "whom does he thank", "who will she marry": the person asked for is the verb's object, not its subject. */
  asksObject: boolean;
  /** "what did Ann take with her": the stems of the content words after the auxiliary (subject, then verb), whose object is asked for. */
  objectWords: string[] | undefined;
  /** "what did america reject": the places those words name, with their stems, so that another name of the same place in a sentence ("The United States has rejected …") is that subject. */
  objectPlaces: PlaceNamed[] | undefined;
  /** "what are the ginger cakes called", "what was the boat named": the name given to a thing is asked for. */
  asksName: boolean;
  /** The question word and the stem of the first content word after it ("what happened to ada" → what, happen). */
  echo: { wh: string; next: string } | undefined;
  /** "in what two ways …": the stems of the words a question counts, to tell a sentence that only announces them (see `announcesList`). */
  listed: ReadonlySet<string> | undefined;
  /** Stems reached only through words written right after a determiner, nouns whatever else they may be: "the state department" → state (and its synonyms). */
  nounStems: ReadonlySet<string>;
  questionCountries: Set<string> | undefined;
  /** The question says "not", "never", "no", … */
  negated: boolean;
  /** Stems of the words a negation of the question bears on ("what did not help" → help). */
  negatedStems: string[];
  /** Numbers written in the question ("1961", "$5,000", "three"): an answer must agree with them. */
  numbers: string[];
  /** The noun a "what"/"which" question asks for ("which guns …" → guns), if any. */
  head: string | undefined;
  /** The stem of the thing a "where" question asks the place of ("where was the convention" → convent…), if any. */
  placed: string | undefined;
  /** The kind of place a "which/what <noun>" question asks for ("over which region …" → region), if any. */
  placeKind: string | undefined;
}

/** "Who is …", "who was …", "who's …": the question asks who someone is, not who did something. */
const ASKS_IDENTITY = /\bwho(?:\s+(?:is|was|are|were)|['’]s)\b/i;
const NEGATION = /\b(?:not|never|no|none|neither|nor|without|cannot)\b|n['’]t\b/i;
/** A word of money in a "how much"/"what" question: the answer is an amount, not a count. */
const MONEY_WORDS =
  /\b(?:cost|costs|price|prices|priced|pay|paid|pays|salary|salaries|wage|wages|worth|spend|spent|fee|fees|fund|funds|budget|earn|earned|earns|raise|raised|fine|fined|dollars?|money|sum|bill|bid|sold for|sell for|afford|charge|charged|revenue|profit|income|tax|taxes|grant|loan|debt|award|prize)\b|\$/i;
const PERCENT_WORDS = /\b(?:percent|percentage|per cent|share|proportion|rate)\b|%/i;
const ROLE_QUESTION =
  /\b(?:what|which) (?:is|was|are|were) (?:the )?(?:job|role|title|position|post|occupation|profession)\b|\b(?:job|role|title|position|occupation|profession) of\b|\bwhat does .+ do\b|\bwhat(?:['’]s|\s+(?:is|was))\s+\S.*?['’]s?\s+(?:job|role|title|position|post|occupation|profession)\b(?!\s+(?:on|in|about|regarding|towards?)\b)/i;
/**
 * Number words an answer must agree with: counts, and ordinals from "second" on ("Pius the Sixth"
 * is not "the seventh"; "first" and "last" also mean "earliest" and "latest" and are left out).
 */
export const NUMBER_WORDS =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|hundredth)$/;

/**
 * The expected kind of answer, from the question type and its wording.
 *
 * @example
 * answerKind('how-many', 'how much did the bridge cost', false); // 'money'
 * answerKind('who', 'who is Jane Roe', true); // 'role'
 */
export function answerKind(type: QuestionType, text: string, aboutName: boolean): AnswerKind {
  const asksIdentity = ASKS_IDENTITY.test(text);
  if (ROLE_QUESTION.test(text)) return 'role';
  switch (type) {
    case 'who':
      if (asksIdentity && aboutName) return 'role';
      return /\b(?:which|what) (?:group|organi[sz]ation|agency|company|firm|team|party|committee|union|school|college|university|department)\b/i.test(
        text,
      )
        ? 'organisation'
        : 'person';
    case 'when':
      return asksForDuration(text) ? 'duration' : 'date';
    case 'where':
      return 'place';
    case 'why':
      return 'reason';
    case 'how-many':
      if (/\bhow long\b/i.test(text)) return 'duration';
      if (PERCENT_WORDS.test(text)) return 'percent';
      if (/\bhow much\b/i.test(text) && MONEY_WORDS.test(text)) return 'money';
      if (/\bhow old\b/i.test(text)) return 'age';
      return 'count';
    case 'what':
      if (PERCENT_WORDS.test(text) && /\b(?:what|which)\b/i.test(text)) return 'percent';
      if (
        /\b(?:what|which) (?:was|is|were|are)? ?(?:the )?(?:cost|price|salary|fee|budget|amount|sum|value)\b/i.test(
          text,
        )
      )
        return 'money';
      return 'other';
    default:
      return 'other';
  }
}

/** "who is X" / "who's X": the X. */
const IDENTITY_SUBJECT = /^\s*who(?:\s+(?:is|was)|['’]s)\s+(.+?)[\s?!.]*$/i;
/** "what is X" / "what's X" / "what are the X": the X. */
const DEFINITION_SUBJECT = /^\s*what(?:\s+(?:is|are|was|were)|['’]?s)\s+(?:(?:the|an?)\s+)?(.+?)[\s?!.]*$/i;
/** A definition is asked of a name or a short noun phrase, not of a clause ("what is the city doing about it"). */
const MAX_SUBJECT_WORDS = 4;

/**
 * The words of what a "who is X" or "what is X" question asks to have described, lower case; `[]`
 * for any other question.
 *
 * @example
 * definitionSubject('who is Dean Rusk?'); // ['dean', 'rusk']
 * definitionSubject("what's the Pathet Lao"); // ['pathet', 'lao']
 * definitionSubject('what did the mayor say'); // []
 */
export function definitionSubject(text: string): string[] {
  const subject = IDENTITY_SUBJECT.exec(text)?.[1] ?? /^\s*whos\s+(.+?)[\s?!.]*$/i.exec(text)?.[1] ?? DEFINITION_SUBJECT.exec(text)?.[1];
  if (subject === undefined) return [];
  const words = tokenize(subject).map((t) => t.word);
  return words.length > MAX_SUBJECT_WORDS ? [] : words.filter((w) => !STOPWORDS.has(w));
}

/** A word that, ending a phrase of several, makes it a clause: "the council planning", "the plan approved". */
const CLAUSE_TAIL = /(?:ing|ed)$/;

/**
 * The words of the thing a definitional "what is X" question asks to have described, lower case:
 * X a short noun phrase with nothing asked of it ("what is kwashiorkor", "what's the Pathet Lao",
 * "what is iran's nuclear program"). `[]` when X asks for an attribute or holds a clause — "what is
 * the price of the ticket", "what is the best crop for a farm", "what was the 1961 budget", "what
 * is the council planning", "what are the cakes called" — and for any other question.
 *
 * @example
 * definedThing('what is an oud?'); // ['oud']
 * definedThing('what is the price of a ticket'); // []
 */
export function definedThing(text: string): string[] {
  const subject = DEFINITION_SUBJECT.exec(text)?.[1];
  if (subject === undefined || ASKS_NAME.test(text) || ROLE_QUESTION.test(text)) return [];
  const tokens = tokenize(subject);
  if (tokens.length === 0 || tokens.length > MAX_SUBJECT_WORDS) return [];
  // (A stopword makes it a phrase with a preposition, a clause or a comparison: "the best crop for a farm".)
  if (tokens.some((t) => STOPWORDS.has(t.word) || QUESTION_FILLER.has(t.word) || /\d/.test(t.word))) return [];
  if (tokens.length > 1 && CLAUSE_TAIL.test((tokens[tokens.length - 1] as Token).word)) return [];
  return tokens.map((t) => t.word);
}

/**
 * Whether a "who is X" question asks about a name the knowledge base knows, however it is typed:
 * "who is rose hill" asks about Rose Hill although "rose" and "hill" are common words.
 *
 * @example namesKnownSubject('who is rose hill', context); // true when Rose Hill is a known name
 */
function namesKnownSubject(text: string, context: QueryContext): boolean {
  const subject = IDENTITY_SUBJECT.exec(text)?.[1];
  return subject !== undefined && context.isKnownName?.(subject) === true;
}

/** Every content word of the question is a name, or it asks "who is" a name the knowledge base knows. */
function asksAboutName(text: string, groups: readonly QueryGroup[], context: QueryContext): boolean {
  return (groups.length > 0 && groups.every((g) => g.isName)) || namesKnownSubject(text, context);
}

/**
 * Works out a question's type, expected answer kind, query words (with expansions) and the names,
 * numbers and negations an answer must agree with.
 *
 * @example
 * analyzeQuestion('how much did the bridge cost?', context).kind; // 'money'
 */
export function analyzeQuestion(
  text: string,
  context: QueryContext,
  forcedType?: QuestionType,
): QuestionAnalysis {
  text = nameOfPerson(capitaliseAbbreviations(mendQuestionWord(text, context.lexicon)), context.lexicon);
  const type = forcedType ?? refineType(detectQuestionType(text), text, context.lexicon);
  // The query groups of "who is <text>", worked out to tell whether it names someone, serve the question when it does.
  let probed: { question: string; groups: QueryGroup[] } | undefined;
  if (forcedType) {
    text = typedQuestion(text, forcedType, (question) => {
      probed = { question, groups: queryGroups(question, context) };
      return asksAboutName(question, probed.groups, context);
    });
  }
  const groups = withOffices(type, text, probed?.question === text ? probed.groups : queryGroups(text, context), context);
  const tokens = tokenize(text);
  const questionStems = new Set<string>();
  for (const token of tokens) questionStems.add(token.stem);
  // What the question names, directly or through a curated synonym/demonym or a corrected typo —
  // not WordNet's looser synonyms, which would hide legitimate answers.
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      if (alternative.via !== 'wordnet')
        for (const t of tokenize(alternative.word)) questionStems.add(t.stem);
    }
  }
  const aboutName = asksAboutName(text, groups, context);
  const asksIdentity = ASKS_IDENTITY.test(text);
  return {
    text,
    type,
    kind: answerKind(type, text, aboutName),
    groups,
    questionStems,
    surfaceWords: new Set(tokens.map((t) => t.word)),
    wantsDuration: asksForDuration(text),
    countedNoun: countedNoun(text),
    aboutName,
    asksIdentity,
    askedRole: asksIdentity && !aboutName ? askedRole(text) : undefined,
    identityWords: asksIdentity && !aboutName ? identityWords(text) : undefined,
    asksTime: /\b(?:what|which) (?:time|hour)\b|\bat what\b/i.test(text),
    verbStems: type === 'who' ? verbAfterWho(tokens, groups) : type === 'what' ? verbAfterWhat(tokens, groups) : undefined,
    verbObject: type === 'who' ? objectAfterWho(tokens) : undefined,
    verbClause: type === 'who' && clauseAfterWho(tokens),
    ownedStems: ownedStems(tokens),
    asksObject: type === 'who' && (ASKS_OBJECT.test(text) || asksPatient(text)),
    objectWords: type === 'what' && !NEGATION.test(text) ? objectWords(tokens) : undefined,
    objectPlaces: type === 'what' && !NEGATION.test(text) ? objectPlaces(text, tokens) : undefined,
    asksName: type === 'what' && ASKS_NAME.test(text),
    echo: questionEcho(tokens),
    listed: countedList(text),
    nounStems: nounOnlyStems(tokens, groups),
    questionCountries: type === 'who' ? countriesIn(text) : undefined,
    negated: NEGATION.test(text),
    negatedStems: negatedStems(tokens),
    numbers: tokens.filter((t, i) => /\d/.test(t.word) || NUMBER_WORDS.test(t.word) || namesMonth(tokens, i)).map((t) => t.word),
    head: type === 'what' ? headNoun(text) : undefined,
    placed: type === 'where' ? whereSubject(text) : undefined,
    placeKind: type === 'where' ? headNoun(text) : undefined,
  };
}

/** How much an office named after the question's verb counts for the verb ("editors" for "edited"): as a curated synonym. */
const OFFICE_WEIGHT = 0.85;

/**
 * The question's groups, where "who <verb>s …" asks for the holder of an office named after the
 * verb ("who edited the guide", "who directs the choir": see `roleOfDoer`), with that office's noun
 * as one more way the verb may be matched: "Editors of the guide were Ann Lee and Ivo Saltz." tells
 * who edited it, though it writes neither "edit" nor "edited".
 *
 * @example
 * withOffices('who', 'who edited the guide', queryGroups('who edited the guide', context), context)[0].alternatives.map((a) => a.word); // ['edited', 'edit', 'editor']
 */
function withOffices(type: QuestionType, text: string, groups: QueryGroup[], context: QueryContext): QueryGroup[] {
  if (type !== 'who') return groups;
  const office = roleOfDoer(text);
  if (office === undefined) return groups;
  const tokens = tokenize(text);
  // (The word after "who", as `roleOfDoer` reads it.)
  const verb = tokens[tokens.findIndex((t) => t.word === 'who') + 1];
  const group = groups.find((g) => g.word === verb?.word);
  if (verb === undefined || group === undefined) return groups;
  for (const noun of office.nouns) {
    const term = context.index.termId(noun);
    if (noun === verb.stem || term === undefined || group.alternatives.some((a) => a.terms.length === 1 && a.terms[0] === term)) continue;
    group.alternatives.push({ terms: [term], weight: OFFICE_WEIGHT, via: 'wordnet', word: noun });
  }
  return groups;
}

/** Words that "may" and "march" follow as months: "in may", "early march", "since may". */
const MONTH_BEFORE = new Set(['in', 'of', 'early', 'late', 'mid', 'since', 'until', 'till', 'by', 'last', 'next', 'this', 'during']);

/**
 * Whether the token at `i` names a month: any month's name, but "may" and "march" (also a verb)
 * only capitalised or after a word that takes a month ("in may"), or before a day ("march 3").
 *
 * @example
 * namesMonth(tokenize('where will he judge in april'), 5); // true
 * namesMonth(tokenize('who may judge'), 1); // false
 */
export function namesMonth(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined || MONTH_WORDS[t.word] === undefined) return false;
  if (t.word !== 'may' && t.word !== 'march') return true;
  return (t.capitalized && i > 0) || MONTH_BEFORE.has(tokens[i - 1]?.word ?? '') || /^\d{1,2}$/.test(tokens[i + 1]?.word ?? '');
}

/**
 * A "who" question whose subject comes after an auxiliary: "who did Lee meet", "who does victor hugo
 * call …", "whom …", "who will she marry" (a modal or "has" only before a pronoun: "who will lead the
 * team" asks for the subject).
 */
const ASKS_OBJECT = /^\W*(?:whom\b|who\s+(?:do|does|did)\b|who\s+(?:will|would|can|could|should|shall|has|have|had)\s+(?:he|she|they|we|you|i|it)\b)/i;

/** "who was robbed", "who had been taken", "who will be named": a passive, its subject what the question asks for. */
const PASSIVE_WHO = /^\W*who\s+(?:(?:was|were|is|are|gets?|got)|(?:has|have|had)\s+been|(?:will|would|could|might|may|must|should|can|shall)\s+be|(?:is|was|are|were)\s+being)\s+(?:\p{L}+ly\s+)?(\p{L}+)/iu;

/**
 * A "who" question in the passive asks for whom the deed was done to: the object of the verb of a
 * sentence in the active ("Tom Hale robbed Ann Lee"), the subject of one in the passive.
 *
 * @example
 * asksPatient('who had been robbed at the mill'); // true
 * asksPatient('who was the governor'); // false
 */
export function asksPatient(text: string): boolean {
  const word = PASSIVE_WHO.exec(text)?.[1]?.toLowerCase();
  // ("who is called one of the greatest …", "who was known as …": a name given, asked like "who is".)
  return word !== undefined && isParticiple(word) && !/^(?:is|are|was|were|been|had|has|have|did|does|done|called|named|known|considered|regarded|described|termed|dubbed|thought|said|seen)$/.test(word);
}

/** Words between "who" and the verb of which it is the subject: "who has signed", "who first built". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'might', 'may', 'must', 'first', 'last', 'actually', 'really', 'then']);

/**
 * The stems of the verb whose subject "who" is ("who manufactures …", "who has signed …"; not "who
 * did Lee meet", which asks for its object) and of every word the query matched for it; undefined
 * when a form of "be" or nothing content-like follows.
 *
 * @example verbAfterWho(tokenize('who manufactures the units'), groups); // {manufactur, make, …}
 */
function verbAfterWho(tokens: readonly Token[], groups: readonly QueryGroup[]): ReadonlySet<string> | undefined {
  const at = verbAtAfterWho(tokens);
  const verb = at === undefined ? undefined : tokens[at];
  if (verb === undefined || verb.capitalized) return undefined;
  return stemsOf(verb, groups);
}

/**
 * Where the word after "who" (or "whom") and its auxiliaries stands, when it is no stopword: the
 * verb of "who has asked ford …" ("asked"); undefined when there is no "who" or no such word.
 */
function verbAtAfterWho(tokens: readonly Token[]): number | undefined {
  const at = tokens.findIndex((t) => /^(?:who|whom)$/.test(t.word));
  if (at < 0) return undefined;
  let i = at + 1;
  while (i < tokens.length && AUXILIARIES.has((tokens[i] as Token).word)) i++;
  const verb = tokens[i];
  return verb === undefined || STOPWORDS.has(verb.word) ? undefined : i;
}

/**
 * The stems of the words right after the verb that follows "who" (past a determiner), up to the
 * first stopword: the object of "who asked ford to do …" ("ford"), of "who founded the ford motor
 * company" ("ford", "motor", "company"). Undefined when no such verb or object follows.
 *
 * @example objectAfterWho(tokenize('who asked ford to do the seventh edition')); // ['ford']
 */
function objectAfterWho(tokens: readonly Token[]): string[] | undefined {
  const verbAt = verbAtAfterWho(tokens);
  if (verbAt === undefined) return undefined;
  let i = verbAt + 1;
  if (DETERMINER.test(tokens[i]?.word ?? '')) i++;
  const object: string[] = [];
  for (; i < tokens.length && !STOPWORDS.has((tokens[i] as Token).word); i++) object.push((tokens[i] as Token).stem);
  return object.length > 0 ? object : undefined;
}

/**
 * Words that open a clause of its own after a verb, a closed class: "that" and the finite forms of
 * "be" and "have" and the modals ("to be", "to do" after a verb are an infinitive, no clause).
 */
const CLAUSE_WORD = /^(?:that|is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)$/;

/**
 * Whether the verb that follows "who" (past its auxiliaries) takes a clause of its own: "who
 * thinks the poems were dictated", "who said that the mill had closed"; not "who asked ford to do
 * the edition", "who founded the mill".
 *
 * @example clauseAfterWho(tokenize('who thinks the poems were dictated to a scribe')); // true
 * @example clauseAfterWho(tokenize('who dictated the poems to a scribe')); // false
 */
export function clauseAfterWho(tokens: readonly Token[]): boolean {
  const at = verbAtAfterWho(tokens);
  if (at === undefined || (tokens[at] as Token).capitalized) return false;
  return tokens.slice(at + 1).some((t) => CLAUSE_WORD.test(t.word));
}

/** Words of the asked noun at most between "which" and its verb: "which cargo ship sank". */
const ASKED_NOUN_WORDS = 2;

/**
 * The stems of the verb right after "what" when it is written in the past ("what drove the Jews
 * into Rome", "what caused the fire"), or right after the noun of "which/what <noun>" ("which
 * rocket broke up", "which cargo ship sank"), with the words it matched: the question asks for its
 * subject. Undefined for "what year …", "what did …", "what is …", "which bridges were closed".
 *
 * @example verbAfterWhat(tokenize('what caused the fire'), groups)?.has('caus'); // true
 * @example verbAfterWhat(tokenize('which ferry sank in the storm'), groups)?.has('sink'); // true
 */
function verbAfterWhat(tokens: readonly Token[], groups: readonly QueryGroup[]): ReadonlySet<string> | undefined {
  const at = tokens.findIndex((t) => t.word === 'what' || t.word === 'which');
  if (at < 0) return undefined;
  const isVerb = (t: Token): boolean => !STOPWORDS.has(t.word) && !AUXILIARIES.has(t.word) && isPastForm(t.word);
  // "what drove …": the verb right after "what"; "which rocket broke up": the verb after the asked noun.
  let verb = (tokens[at] as Token).word === 'what' ? (perfectAfterWhat(tokens, at) ?? tokens[at + 1]) : undefined;
  if (verb === undefined || !isVerb(verb)) {
    const after = tokens.slice(at + 2, at + 2 + ASKED_NOUN_WORDS).findIndex(isVerb);
    const noun = tokens.slice(at + 1, at + 2 + after);
    verb = after < 0 || noun.some((t) => STOPWORDS.has(t.word) || t.capitalized) ? undefined : tokens[at + 2 + after];
  }
  if (verb === undefined) return undefined;
  // ("what caused" before "did": "what books did she buy" asks no subject.)
  if (tokens.slice(at + 2).some((t) => /^(?:did|do|does)$/.test(t.word))) return undefined;
  return stemsOf(verb, groups);
}

/**
 * The participle right after "what has", "what have" or "what had" ("what has risen since May",
 * "what had caused the fire"): "what" is its subject. Undefined when a subject stands between
 * ("what has the council approved", "what has she written") or the participle is "been" (a passive).
 *
 * @example perfectAfterWhat(tokenize('what has risen since may'), 0)?.word; // 'risen'
 */
function perfectAfterWhat(tokens: readonly Token[], at: number): Token | undefined {
  const participle = tokens[at + 2];
  return /^(?:has|have|had)$/.test(tokens[at + 1]?.word ?? '') && participle !== undefined && !STOPWORDS.has(participle.word) && !participle.capitalized && isPastForm(participle.word) ? participle : undefined;
}

/**
 * The question word and the stem of the first content word after it: what a sentence that only
 * asks the question again writes ("Remember what happened to Ada" for "what happened to ada").
 *
 * @example questionEcho(tokenize('what happened to ada')); // { wh: 'what', next: 'happen' }
 */
function questionEcho(tokens: readonly Token[]): { wh: string; next: string } | undefined {
  const at = tokens.findIndex((t) => /^(?:who|what|when|where|why|how|which)$/.test(t.word));
  const next = at < 0 ? undefined : tokens.slice(at + 1).find((t) => !STOPWORDS.has(t.word) && !QUESTION_FILLER.has(t.word));
  return next === undefined ? undefined : { wh: (tokens[at] as Token).word, next: next.stem };
}

/** "what are the cakes called", "what was the boat named", "what's the pass known as". */
const ASKS_NAME = /\bwhat(?:\s+(?:is|are|was|were)|['’]s)\b.*\b(?:called|named|nicknamed|dubbed|known as)\W*$/i;

/** The auxiliaries of "what did Ann take", "what will the club build", "what has she written". */
const OBJECT_AUXILIARY = /^(?:did|does|do|will|would|could|can|should|might|has|have|had)$/;

/**
 * "what did Ann take with her": the stems of the content words after the auxiliary that follows
 * "what" — the subject's, then the verb's, then the rest. Undefined for another form ("what is …",
 * "what book did …": a noun after "what" is the thing asked for; "what did Ann do").
 *
 * @example objectWords(tokenize('what did ann take with her')); // ['ann', 'take']
 */
function objectWords(tokens: readonly Token[]): string[] | undefined {
  const at = tokens.findIndex((t) => t.word === 'what');
  if (at < 0 || !OBJECT_AUXILIARY.test(tokens[at + 1]?.word ?? '')) return undefined;
  // ("what has risen since May" asks for the subject of "risen": see `verbAfterWhat`.)
  if (perfectAfterWhat(tokens, at) !== undefined) return undefined;
  // ("what did Ann do before the war" asks what she did or was, no object of a verb.)
  if (tokens.slice(at + 2).some((t) => t.word === 'do')) return undefined;
  return tokens.slice(at + 2).filter((t) => !STOPWORDS.has(t.word) && !QUESTION_FILLER.has(t.word)).map((t) => t.stem);
}

/**
 * The places the gazetteer knows among the words after the auxiliary of "what did …" — each by its
 * canonical name, with the stems of the words that name it: "what did america reject" →
 * `[{ name: 'United States', stems: ['america'] }]`. Undefined for a question of another form or
 * one that names no place there.
 *
 * @example objectPlaces('what did britain reject', tokenize('what did britain reject')); // [{ name: 'United Kingdom', stems: ['britain'] }]
 */
function objectPlaces(text: string, tokens: readonly Token[]): PlaceNamed[] | undefined {
  const at = tokens.findIndex((t) => t.word === 'what');
  if (at < 0 || !OBJECT_AUXILIARY.test(tokens[at + 1]?.word ?? '') || perfectAfterWhat(tokens, at) !== undefined) return undefined;
  const found = placesWritten(text, tokens.slice(at + 2));
  return found.length > 0 ? found : undefined;
}

/** A verb's form of the past: "drove", "caused", "killed" (not "was", "did"). */
function isPastForm(word: string): boolean {
  return (/^\p{L}{3,}ed$/u.test(word) || IRREGULAR_VERBS.has(word)) && !/^(?:was|were|been|is|are|had|has|did|does|done)$/.test(word);
}

/** The stems of a question's word and of the words its group matched. */
function stemsOf(verb: Token, groups: readonly QueryGroup[]): ReadonlySet<string> {
  const stems = new Set([verb.stem]);
  for (const group of groups) {
    if (group.word !== verb.word) continue;
    for (const alternative of group.alternatives) for (const t of tokenize(alternative.word)) stems.add(t.stem);
  }
  return stems;
}

/** At most this many words after "whose" are taken as what is owned: "whose unpublished papers". */
const OWNED_WORDS = 3;

/**
 * The stems of the content words right after "whose", up to the first stopword.
 *
 * @example ownedStems(tokenize('whose unpublished papers did he use')); // ['unpublish', 'paper']
 */
function ownedStems(tokens: readonly Token[]): string[] {
  const at = tokens.findIndex((t) => t.word === 'whose');
  if (at < 0) return [];
  const out: string[] = [];
  for (const t of tokens.slice(at + 1, at + 1 + OWNED_WORDS)) {
    if (STOPWORDS.has(t.word)) break;
    out.push(t.stem);
  }
  return out;
}

/** "what's the name of the …", "whats the full name of …": a question for the name of what follows. */
const NAME_OF = /^\W*(?:what(?:['’]s|s|\s+is|\s+was|\s+were|\s+are)?)\s+(?:the\s+)?(?:full\s+|first\s+|real\s+)?names?\s+of\s+(.+?)\s*\??$/i;

/**
 * "whats the name of the andrus maid" asks who the maid is: read as "who is the andrus maid" when
 * the last word is a word for a kind of person; any other question as it is.
 *
 * @example
 * nameOfPerson("what's the name of the town's mayor", lexicon); // "who is the town's mayor"
 */
export function nameOfPerson(text: string, lexicon: Lexicon | undefined): string {
  const named = NAME_OF.exec(text)?.[1];
  const last = named === undefined ? undefined : tokenize(named).at(-1)?.word;
  return named !== undefined && last !== undefined && lexicon?.nounKind?.(last) === 'person' ? `who is ${named}` : text;
}

/** At most this many words after "who is" may be a name: "who is billy koch", not "who is running the ads in town". */
const NAME_WORDS = 4;

/**
 * The words after "who is" that may be a name no people list knows: no determiner, no stopword.
 *
 * @example
 * identityWords('who is billy koch?'); // ['billy', 'koch']
 * identityWords('who is the mayor'); // undefined
 */
export function identityWords(text: string): string[] | undefined {
  const rest = /\bwho(?:\s+(?:is|was|are|were)|['’]s)\s+(.+)$/i.exec(text)?.[1];
  const words = rest === undefined ? [] : tokenize(rest).map((t) => t.word);
  return words.length > 0 && words.length <= NAME_WORDS && !words.some((w) => STOPWORDS.has(w)) ? words : undefined;
}

/**
 * The noun a "what"/"which" question names as the kind of its answer: "which guns were used" asks
 * for guns, "what kind of music" for music; "what is …", "what did …" name none.
 *
 * @example
 * headNoun('what kind of music does she play'); // 'music'
 * headNoun('what did the minister say'); // undefined
 */
export function headNoun(text: string): string | undefined {
  const found = /\b(?:which|what)\s+(?:(?:kinds?|types?|sorts?|forms?|brands?|makes?)\s+of\s+)?(?:an?\s+|the\s+)?([a-z][a-z-]+)(\s+\S+)?/i.exec(text);
  const noun = found?.[1]?.toLowerCase();
  // "what injured the veteran": a verb of the past before its object is no kind of answer.
  if (noun !== undefined && /ed$/.test(noun) && DETERMINER.test((found?.[2] ?? '').trim().toLowerCase())) return undefined;
  return noun && !STOPWORDS.has(noun) && !QUESTION_FILLER.has(noun) ? noun : undefined;
}

/** "where was the …", "where did a …": the words after it name the thing whose place is asked. */
const WHERE_SUBJECT = /\bwhere\s+(?:(is|was|are|were|will|would|has|have|had|can|could)|(do|does|did))\s+(?:(?:the|a|an|his|her|their|its|this|that|these|those)\s+)?(.+)$/i;
/** Words of the subject at most: "the new state convention". */
const SUBJECT_WORDS = 3;

/**
 * The stem of the noun whose place a "where" question asks: "where was the convention that made a
 * new state government" → the convention's; "where did the old ship sink" → the ship's (after
 * "did" the verb follows its subject). Undefined when the question names none.
 *
 * @example
 * whereSubject('where was the state convention held'); // 'convent'
 */
export function whereSubject(text: string): string | undefined {
  const found = WHERE_SUBJECT.exec(text);
  if (!found?.[3]) return undefined;
  const words: Token[] = [];
  for (const token of tokenize(found[3]).slice(0, SUBJECT_WORDS)) {
    if (STOPWORDS.has(token.word) || (words.length > 0 && isParticiple(token.word))) break;
    words.push(token);
    // After "did" the subject's noun is followed by the question's verb: "where did the ship sink".
    if (found[2] !== undefined && words.length === 1 && !isParticiple(token.word)) break;
  }
  return words.at(-1)?.stem;
}

/**
 * The stems the question reaches only through a word written right after a determiner, and the
 * words that word matched: "who overrode the state department" → state, declare, … (a noun there,
 * whatever verbs share its spelling), unless another word of the question reaches them too.
 *
 * @example nounOnlyStems(tokenize('who overrode the state department'), groups).has('state'); // true
 */
function nounOnlyStems(tokens: readonly Token[], groups: readonly QueryGroup[]): ReadonlySet<string> {
  const nouned = new Set(tokens.filter((_, i) => i > 0 && DETERMINER.test((tokens[i - 1] as Token).word)).map((t) => t.word));
  const reached = (words: (word: string) => boolean): Set<string> => {
    const stems = new Set(tokens.filter((t) => words(t.word)).map((t) => t.stem));
    for (const group of groups) {
      if (!words(group.word)) continue;
      for (const alternative of group.alternatives) for (const t of tokenize(alternative.word)) stems.add(t.stem);
    }
    return stems;
  };
  const elsewhere = reached((word) => !nouned.has(word));
  return new Set([...reached((word) => nouned.has(word))].filter((stem) => !elsewhere.has(stem)));
}


/** "which judge …" asks who, "which city …" where, "what year …" when: the noun after the question word says. */
export function refineType(type: QuestionType, text: string, lexicon: Lexicon | undefined): QuestionType {
  if (type !== 'what' || !lexicon?.nounKind) return type;
  // (A keyword query's last word may be a name, "codification in france": no kind of answer.)
  // ("weather in washington tomorrow": a day the query names, read by chrono-node as a date, says
  // when the thing asked for is, and is no kind of answer.)
  const head = keywordHead(text);
  const dated = head !== undefined && chrono.parse(head, new Date(0)).length > 0;
  const noun = /\b(?:which|what)\s+(?:\d+\s+)?([a-z][a-z-]+)/i.exec(text)?.[1] ?? (head !== undefined && !dated && lexicon.wordCase?.(head) === 'common' ? head : undefined);
  if (!noun || STOPWORDS.has(noun.toLowerCase())) return type;
  const kind = lexicon.nounKind(noun);
  return kind === 'person' ? 'who' : kind === 'place' ? 'where' : kind === 'time' ? 'when' : type;
}

/** A participle that ends a keyword query after its head noun: "bridge year built", "treaty date signed". */
const TRAILING_PARTICIPLE = /^(?:[a-z]+(?:ed|en)|built|born|held|made|won|paid|sold|begun|run)$/;
/** Words that open a yes/no question: "is the bridge open today" asks no "when". */
const YES_NO_OPENING = /^\W*(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had|should|shall|may|might|must)\b/i;

/**
 * The head noun of a keyword query, which says what is wanted: "pay cut effective date" (date),
 * "khaju bridge year built" (year), "steinberg birthplace" (birthplace), "date of the pay cut"
 * (date), "theme of heritage week" (theme); none for a question with a question word or a yes/no
 * question.
 *
 * @example keywordHead('pay cut effective date'); // 'date'
 */
function keywordHead(text: string): string | undefined {
  if (hasQuestionWord(text) || YES_NO_OPENING.test(text)) return undefined;
  const words: string[] = text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  // "theme of heritage week": the head comes before "of".
  const of = words.indexOf('of');
  if (of > 0) return words[of - 1];
  const last = words.length > 1 && TRAILING_PARTICIPLE.test(words[words.length - 1] as string) ? words.length - 2 : words.length - 1;
  return words.length > 1 ? words[last] : undefined;
}

/** True when a text says "not", "never", "no", … */
export function isNegated(text: string): boolean {
  return NEGATION.test(text);
}
