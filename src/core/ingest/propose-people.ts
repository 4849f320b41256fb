import { articleEntities, hasOrganisationHead, isLowerOrgNoun, lookupPlace, prepareArticle } from '../facts/analyze-article.js';
import { isNameTitle, ROLE_NOUNS } from '../facts/extract-entities.js';
import { countryOfDemonym } from '../facts/gazetteer.js';
import type { CuratedPerson, IsoDate } from '../types.js';
import { isForeignFunctionWord } from './detect-language.js';
import { splitSentences } from './split-sentences.js';
import { isHonorific, opensWithName } from '../text/spelling.js';
import { STOPWORDS } from '../text/stopwords.js';

/** Letters, with the marks, dots, dashes, apostrophes and ampersands names are written with. */
const NAME = /^[\p{L}\p{M}\d][\p{L}\p{M}\d.'’&\- ]*(?:, [\p{L}\p{M}\d.'’&\- ]+)*$/u;

/** A string as a regular expression matching it literally. */
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** At most this many people are proposed: a list the curator can still read through. */
const MAX_PEOPLE = 30;

/** Lower-case words inside names: "Bill de Blasio", "Museum of Neon Art", "Ibn al-Haytham". */
export const PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'y', 'of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/**
 * How English writes a word, from a dictionary (the CLI passes WordNet): 'common' for a word only
 * ever written in lower case ("battle", "see"), 'name' for one with a capitalised sense ("David",
 * "Federal Reserve"), undefined when unknown. Optional: without it only the rules of form apply.
 */
export interface NameWords {
  wordCase(word: string): 'common' | 'name' | undefined;
  /** What a noun names in its most common sense ("writer" → person). */
  nounKind?(word: string): 'person' | 'place' | 'time' | undefined;
  /** Whether a noun's most common sense is one particular person ("Plato"), not a kind ("Democrat"). */
  namesSomeone?(word: string): boolean;
  /** Whether the noun's most common sense is written with a capital ("Wilson", not "league"). */
  firstSenseName?(word: string): boolean;
  /** Whether a noun is a kind of `category` ("father" of "relative"). */
  isA?(word: string, category: string): boolean;
  /** Whether the noun's most common sense is a kind of `category` ("house", a dwelling, of "housing"). */
  firstSenseIsA?(word: string, category: string): boolean;
  /** What a noun written in lower case names, in its most common such sense ("warren" no person, though "Warren" is one). */
  commonNounKind?(word: string): 'person' | 'place' | 'time' | undefined;
}

/** Closed-class words, which WordNet leaves out: common words whenever they are capitalised in a name. */
const FUNCTION_WORDS = new Set(['against', 'with', 'from', 'into', 'over', 'under', 'about', 'after', 'before', 'by', 'to', 'as', 'is', 'are', 'was', 'my', 'me', 'your', 'our', 'their', 'his', 'her', 'its', 'it', 'we', 'you', 'they', 'i', 'not', 'no', 'all', 'how', 'why', 'what', 'when', 'where', 'who', 'this', 'that', 'these', 'those', 'will', 'can', 'soon', 'now', 'here', 'there', 'very', 'more', 'most']);

/** Pronouns, which no one's name holds: "Almighty Who", "Lord for His" are a line of a prayer. */
const PRONOUNS = new Set(['who', 'whom', 'whose', 'he', 'she', 'him', 'his', 'her', 'hers', 'it', 'its', 'we', 'us', 'our', 'they', 'them', 'their', 'you', 'your', 'my', 'me']);
/**
 * English function words a title capitalises ("Count Of Monte Cristo", "Seize The Day", "Canticle
 * For Leibowitz"): inside a name they make it the title of a work, which news writes "of", "the",
 * "for" in lower case in the names of people and bodies ("Bank of America").
 */
const TITLE_CASED = new Set(['Of', 'The', 'For', 'And', 'To', 'In', 'On', 'At', 'With', 'From', 'A', 'An']);

const isParticle = (token: string): boolean => PARTICLES.has(token.toLowerCase().replace(/-$/, ''));

/**
 * Every word capitalised (or a digit, or a particle inside, or an article after `for`/`of`): "Bill
 * de Blasio", "Committee for a Responsible Federal Budget", not "Bill said".
 */
function capitalised(tokens: readonly string[]): boolean {
  return tokens.every(
    (token, i) =>
      /^[\p{Lu}\d]/u.test(token) ||
      (i > 0 && i < tokens.length - 1 && (isParticle(token) || (/^an?$/.test(token) && /^(?:of|for)$/.test(tokens[i - 1] ?? '')))),
  );
}

/** Titles WordNet also knows as a name ("President" of the US): still titles before a name. */
const ROLE_TITLES = new Set(['president', 'chancellor', 'premier', 'pope', 'king', 'queen', 'prince', 'princess', 'speaker', 'governor', 'mayor', 'minister', 'secretary', 'judge', 'justice']);

/** "Senator", "President", "CEO", "Writer": a word naming what a person is, written before a name. */
function isTitleWord(token: string, words: NameWords): boolean {
  // "Ex-champion", "Co-pilot": a prefix before a word for a kind of person.
  const prefixed = /^(?:ex|co|vice)-(\p{L}{3,})$/iu.exec(token)?.[1];
  if (prefixed !== undefined) return isTitleWord(prefixed.toLowerCase(), words);
  if (words.nounKind?.(token) !== 'person') return false;
  return words.wordCase(token) === 'common' || /^\p{Lu}{2,}$/u.test(token) || ROLE_TITLES.has(token.toLowerCase());
}

/**
 * A role is written in common words ("spokesman", "leader of the PPP") or is a title ("Senator"),
 * never a bare name ("Kim" beside "Yoon"). Without a dictionary every role is kept.
 */
function readsAsRole(role: string, words: NameWords | undefined): boolean {
  if (words === undefined) return true;
  const tokens = role.split(/\s+/);
  return tokens.some((token) => (/^\p{Ll}/u.test(token) && !isParticle(token)) || isTitleWord(token, words) || isNameTitle(token));
}

/**
 * A day or a week the story names ("Labor Day", "National Maritime Day", "Christian Family Week"):
 * one WordNet knows as a time, or a word for a time after a common word (after a person's first
 * name: "Tom Day" is someone).
 */
function namesATime(tokens: readonly string[], words: NameWords, person: boolean): boolean {
  const head = tokens[tokens.length - 1] ?? '';
  if (tokens.length < 2 || hasOrganisationHead(tokens)) return false;
  // ("Yom Kippur", "Corpus Christi": a feast the dictionary knows whole, whatever its last word.)
  if (words.nounKind?.(tokens.join(' ').toLowerCase()) === 'time') return true;
  if (words.nounKind?.(head.toLowerCase()) !== 'time') return false;
  // A person's first word may be a given name that is also a common word ("Tom"), unless it is a
  // title ("National" is, to WordNet, a word for a person too).
  const from = person && !isTitleWord(tokens[0] ?? '', words) ? 1 : 0;
  return tokens.slice(from, -1).some((token) => !isParticle(token) && words.wordCase(token) === 'common');
}

/**
 * A headline or a title rather than a sentence: most of its words capitalised. (A sentence with a
 * full stop and a word in lower case that is no particle is running text, however many names it
 * lists: "The guests included Ivo Marsh, Della Quint and Tobin Reyes.")
 */
function isTitleCase(sentence: string): boolean {
  const tokens = sentence.split(/\s+/).filter((token) => /^\p{L}/u.test(token) && !isParticle(token));
  if (/[.!?]["'”’)]*$/u.test(sentence.trim()) && tokens.some((token) => /^\p{Ll}/u.test(token))) return false;
  return tokens.length >= 3 && tokens.filter((token) => /^\p{Lu}/u.test(token)).length / tokens.length >= 0.7;
}

/** Whether the name is only written in headlines or titles ("Get New York Today"), never in running text. */
function onlyInTitleCase(name: string, sentences: readonly string[]): boolean {
  const holding = sentences.filter((sentence) => sentence.includes(name));
  return holding.length > 0 && holding.every(isTitleCase);
}

/**
 * Possessive determiners before a name that make it a thing someone owns: "his Remsley Custom", "my
 * Vantor Deluxe". ("her" is left out: it is an object too, "told her Ann Vale was coming".)
 */
const POSSESSIVE_BEFORE = /(?<![\p{L}\p{M}])(?:[Mm]y|[Yy]our|[Hh]is|[Oo]ur|[Tt]heir)\s+$/u;

/**
 * Whether every time the story writes the name, a possessive comes right before it: a gun, a car or
 * a boat ("took his Remsley Custom from the drawer"), not someone ("my Oskar Lindqvist" once, then
 * "Oskar Lindqvist never left").
 */
function onlyAfterPossessive(name: string, sentences: readonly string[]): boolean {
  return onlyAfterPattern(name, POSSESSIVE_BEFORE, sentences);
}

/** Words before a title that say the office is held no more, or not yet: "former", "ex-", "then-". */
const QUALIFIER = /(?:^|[^\p{L}\p{M}])((?:former|onetime|one-time|then|late|retiring|outgoing|incoming)\s+|(?:ex|then)-)$/iu;

/**
 * The role as the story writes it before the name, with the word that says the office is past
 * ("former Vice President Nixon" → "former Vice President"), when the role lacks it.
 */
function withQualifier(role: string, name: string, sentences: readonly string[]): string {
  if (/^(?:former|onetime|one-time|then|late|retiring|outgoing|incoming|ex-|then-)/i.test(role)) return role;
  const written = `${role} ${name}`;
  for (const sentence of sentences) {
    const at = sentence.indexOf(written);
    if (at < 0) continue;
    const qualifier = QUALIFIER.exec(sentence.slice(0, at))?.[1];
    return qualifier === undefined ? role : `${qualifier.toLowerCase()}${role}`;
  }
  return role;
}

/** "Mrs. Cyril Ring", "Mme. Henri Lorre": the courtesy title of a married woman, written before a name. */
const WIFE_BEFORE = /(?<![\p{L}\p{M}])(?:Mrs|Mme)\.?\s+$/u;

/** "Gov. and Mrs. Tobin Reyes", "Mr. and Mrs. Ivo Marsh": a couple, named after the husband. */
const COUPLE_BEFORE = /(?:^|\s)(\S+)\s+(?:and|&)\s+(?:Mrs|Mme)\.?\s+$/u;

/**
 * Whether a name of two words or more is only ever written after "Mrs." (never alone, never of a
 * couple): a woman called by her husband's name ("Mrs. Cyril Ring"), whose name keeps the title, or
 * the proposal would be the husband ("Cyril Ring").
 */
function onlyAsWife(name: string, sentences: readonly string[]): boolean {
  if (!name.includes(' ') || !onlyAfterPattern(name, WIFE_BEFORE, sentences)) return false;
  return !sentences.some((sentence) => {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      const couple = COUPLE_BEFORE.exec(sentence.slice(0, at))?.[1] ?? '';
      if (couple !== '' && (isHonorific(couple) || isNameTitle(couple.replace(/\.$/, '')) || isNameTitle(couple))) return true;
    }
    return false;
  });
}

/** "a Harbor Lantern Society": an indefinite article before capitalised words, which makes them a kind, no one's name. */
const INDEFINITE_BEFORE = /(?<![\p{L}\p{M}])(?:[Aa]|[Aa]n)\s+$/u;

/** Lower-case words that may follow a name without making it a modifier: conjunctions, prepositions, verbs of being. */
const NOT_MODIFIED = /^(?:and|or|but|nor|of|in|on|at|to|for|from|by|with|as|than|that|which|who|whose|is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|does|did|do)$/;

/**
 * Whether the story writes the name before a noun it modifies ("a Harbor Gazette query", "an Elm
 * League suit"): the name of something real written as an adjective, not a kind of thing.
 */
function modifiesANoun(name: string, sentences: readonly string[]): boolean {
  const next = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}\\s+(\\p{Ll}[\\p{L}-]*)`, 'gu');
  return sentences.some((sentence) => [...sentence.matchAll(next)].some((m) => !NOT_MODIFIED.test(m[1] ?? '')));
}

/**
 * Whether every time the story writes the name, "the" comes before it and a common noun it
 * modifies after it ("the Van Dorr machines", "the Ivo Marsh affair"): the name of the thing's
 * maker or namesake, written as an adjective, is no mention of someone to propose.
 */
function onlyModifiesANoun(name: string, sentences: readonly string[], words: NameWords): boolean {
  if (!onlyAfterPattern(name, ARTICLE_BEFORE, sentences)) return false;
  const written = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
  const modified = /^\s+(\p{Ll}[\p{L}-]*)/u;
  // (Not a function word, "the Youth Crusade against …"; nor a family or a work, whose maker the
  // name is: "the Ivo Marsh family", "the Ada Vell novel".)
  // (Nor a verb: "the Bank de Sorelle wrote".)
  const verb = new RegExp(`^(?:${PERSON_VERB}|${SAYING_VERB}|${VERB_AFTER})$`, 'u');
  const noun = (word: string): boolean => !NOT_MODIFIED.test(word) && !STOPWORDS.has(word) && !verb.test(word) && !['family', 'writing', 'creation'].some((kind) => words.isA?.(word, kind) === true);
  return sentences.every((sentence) => [...sentence.matchAll(written)].every((m) => noun(modified.exec(sentence.slice(m.index + name.length))?.[1] ?? 'and')));
}

/**
 * Whether the story writes the name as the title a noun for a work is given: set off by commas
 * after it, the noun opened by a determiner or a possessive ("his latest book, La Mort Des Hommes,"),
 * or after "called", "titled", "entitled" ("a novel called Quiet Harbors"). Not a name that goes on
 * as a clause's subject ("In his novel, Ned Orr describes …", "in his book C. P. Vell argues").
 */
function namesAWork(name: string, sentences: readonly string[], words: NameWords): boolean {
  const escaped = escapeRegExp(name);
  const apposed = new RegExp(`(?<![\\p{L}\\p{M}])(?:the|a|an|his|her|their|its|our|my|your|\\p{L}+['’]s)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(\\p{Ll}+),\\s+${escaped}(?=\\s*[,;:.)])`, 'gu');
  const called = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Ll}+)\\s+(?:called|titled|entitled)\\s+["“]?${escaped}(?![\\p{L}\\p{M}])`, 'gu');
  const work = (noun: string): boolean => words.nounKind?.(noun) !== 'person' && words.firstSenseName?.(noun) !== true && (words.isA?.(noun, 'creation') === true || words.isA?.(noun, 'writing') === true);
  return sentences.some((sentence) => [...sentence.matchAll(apposed), ...sentence.matchAll(called)].some((m) => work(m[1] ?? '')));
}

/** Whether a name of several words is an award's: known whole as one (not as a body), or ending in a common word for one ("… Medal"). */
function awardName(tokens: readonly string[], words: NameWords): boolean {
  const whole = tokens.join(' ').toLowerCase();
  const last = tokens[tokens.length - 1] ?? '';
  if (words.wordCase(whole) === 'name') return words.isA?.(whole, 'award') === true && words.isA(whole, 'organization') !== true;
  return words.wordCase(last) === 'common' && !hasOrganisationHead(tokens) && words.isA?.(last.toLowerCase(), 'award') === true;
}

/**
 * Whether the story writes the name as one that does something: before a verb ("Marrowby House said", "… has printed") or after "by".
 * ("is" and "was" say what a thing is, not what it does: "Kent House was more subtle".)
 */
function writtenAsDoer(name: string, sentences: readonly string[]): boolean {
  const escaped = escapeRegExp(name);
  const doer = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+(?!(?:is|was)(?![\\p{L}\\p{M}]))(?:${PERSON_VERB}|${SAYING_VERB}|${VERB_AFTER})(?![\\p{L}\\p{M}'’])|(?<![\\p{L}\\p{M}])by\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  return sentences.some((sentence) => doer.test(sentence));
}

/**
 * Whether a name of several words is a dwelling's or a building's ("Quorrel House", "the Abbey of
 * Marlow"): unknown to the dictionary whole, its head (its last word, or the word before its "of")
 * first of all a dwelling or a building, never a doer. (Not an "of" before a plural, the members of
 * a body: "House of Elders".)
 */
function dwellingName(tokens: readonly string[], name: string, sentences: readonly string[], words: NameWords): boolean {
  const ofAt = tokens.indexOf('of');
  const head = (ofAt > 0 ? tokens[ofAt - 1] : tokens[tokens.length - 1]) ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  // (Before "of", a building named after a place, not after someone: "House of Morgan" is a firm.)
  if (ofAt > 0 && ((/[^s]s$/.test(last) && words.wordCase(last.slice(0, -1)) !== undefined) || words.namesSomeone?.(last.toLowerCase()) === true)) return false;
  // (A name's last word only a dwelling: a hospital or an embassy, buildings too, are bodies first.)
  const building = words.firstSenseIsA?.(head.toLowerCase(), 'housing') === true || (ofAt > 0 && words.firstSenseIsA?.(head.toLowerCase(), 'building') === true);
  return words.wordCase(name) === undefined && words.wordCase(head) === 'common' && building && !writtenAsDoer(name, sentences) && !modifiesANoun(name, sentences);
}

/**
 * Whether the story says what the name is with a description whose head is first of all a place
 * (WordNet's locations, in the senses written in lower case): "a Gorse Bottom, a low region near the
 * river", "Gorse Bottom was a district of small farms".
 */
function describedAsPlace(name: string, sentences: readonly string[], words: NameWords): boolean {
  const kind = words.commonNounKind?.bind(words) ?? words.nounKind?.bind(words);
  if (kind === undefined) return false;
  const escaped = escapeRegExp(name);
  // (The description's words up to a preposition, a relative word or a stop: its head is the last.)
  const description = String.raw`(?:a|an|the)\s+((?:\p{Ll}[\p{L}-]*\s+){0,3}?\p{Ll}[\p{L}-]*)(?=\s*[,;:.)]|\s+(?:of|near|in|on|at|by|along|beside|where|which|that|with|for|from)\s)`;
  const patterns = [new RegExp(`(?<![\\p{L}\\p{M}])${escaped},\\s+${description}`, 'u'), new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+(?:is|was)\\s+${description}`, 'u')];
  return sentences.some((sentence) =>
    patterns.some((pattern) => {
      const head = pattern.exec(sentence)?.[1]?.split(/\s+/).pop();
      return head !== undefined && kind(head) === 'place';
    }),
  );
}

/** Whether every time the story writes the name, it is a street of an address: a house number before it, a town the gazetteer knows after its comma ("4 Tarry Wynd, Cambridge"). */
function onlyInAddress(name: string, sentences: readonly string[]): boolean {
  const escaped = escapeRegExp(name);
  const anywhere = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'gu');
  const address = new RegExp(`(?<![\\p{L}\\p{M}\\d])\\d+[A-Za-z]?\\s+${escaped},\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*)`, 'gu');
  let all = 0;
  let inAddress = 0;
  for (const sentence of sentences) {
    all += sentence.match(anywhere)?.length ?? 0;
    for (const m of sentence.matchAll(address)) if (lookupPlace((m[1] ?? '').replace(/\.$/, '')) !== undefined) inAddress++;
  }
  return all > 0 && inAddress === all;
}

/** A name's possessive right before another name: "Ada Vell's ", "Dickens' ". */
const POSSESSOR_BEFORE = /(?<![\p{L}\p{M}.'’-])(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3}?)['’]s?\s+$/u;

/** Whether every time the story writes the name, the possessive of someone comes right before it ("Vell's Icelandic Tragedy"). */
function onlyAfterSomeonesPossessive(name: string, sentences: readonly string[], someone: (word: string) => boolean): boolean {
  const letter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);
  let seen = false;
  for (const sentence of sentences) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      if (letter(sentence[at - 1]) || letter(sentence[at + name.length])) continue;
      const owner = POSSESSOR_BEFORE.exec(sentence.slice(0, at))?.[1];
      // (The owner as written, or its last words: "Ada Vell", "Vell".)
      if (owner === undefined || !owner.split(/\s+/).some((_, i, ws) => someone(ws.slice(i).join(' ')))) return false;
      seen = true;
    }
  }
  return seen;
}

/**
 * Whether a name is a work in another language written after its author's possessive ("Orsat's
 * Mineralische Tafeln"): every word of it unknown to the English dictionary, only ever written
 * after the possessive of one capitalised word the dictionary does not know either and no place,
 * and its last word never written without the words before it — a person's surname is ("Acme's
 * Olga Brandt … Brandt said").
 */
function foreignWorkOfSomeone(tokens: readonly string[], name: string, sentences: readonly string[], words: NameWords): boolean {
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length < 2 || tokens.some((token) => words.wordCase(token) !== undefined)) return false;
  const owner = (word: string): boolean => !word.includes(' ') && words.wordCase(word) === undefined && lookupPlace(word) === undefined;
  const lastAlone = new RegExp(`(?<!${escapeRegExp(tokens[tokens.length - 2] ?? '')}\\s+)(?<![\\p{L}\\p{M}])${escapeRegExp(last)}(?![\\p{L}\\p{M}])`, 'u');
  return onlyAfterSomeonesPossessive(name, sentences, owner) && !sentences.some((sentence) => lastAlone.test(sentence));
}

/**
 * Whether a name is the surname the story gives someone before common words for things ("the Orr
 * Tabulations", "the Vell Index"), with no body's head ("Orr Foundation"), no word for a kind of
 * person ("the Orr Brothers") and no one's surname ("Herbert Pocket" beside "Camilla Pocket") last.
 */
function namedAfterSomeone(tokens: readonly string[], persons: readonly string[], words: NameWords): boolean {
  const name = tokens.join(' ');
  const surnames = new Set(persons.filter((p) => p !== name && p.includes(' ')).map((p) => p.split(/\s+/).pop()?.toLowerCase()));
  const rest = tokens.slice(1);
  const last = (tokens[tokens.length - 1] ?? '').toLowerCase();
  return surnames.has((tokens[0] ?? '').toLowerCase()) && !surnames.has(last) && rest.every((token) => words.wordCase(token) === 'common') && words.nounKind?.(last) !== 'person' && words.nounKind?.(last.replace(/s$/, '')) !== 'person' && !hasOrganisationHead(tokens);
}

/** "the " before a name, or before another name and "or"/"and" ("the Youngest Son or Trickster Hero"). */
const GENERIC_THE_BEFORE = /(?<![\p{L}\p{M}])[Tt]he\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:or|and)\s+)?$/u;

/** A head that names a kind of person ("Hero", "Son") or many things ("Trees"): what "the" makes a type of. */
function kindHead(head: string, words: NameWords): boolean {
  return words.nounKind?.(head.toLowerCase()) === 'person' || (/[^s]s$/.test(head) && words.wordCase(head.slice(0, -1)) !== undefined);
}

/** "Angels of Death", "Keepers of the Flame": a plural the dictionary knows (as its singular) before "of", no title's. */
function pluralBeforeOf(tokens: readonly string[], words: NameWords): boolean {
  const head = tokens[tokens.indexOf('of') - 1] ?? '';
  const singular = head.replace(/s$/, '');
  // (Not the holders of an office, a body: "the Combined Chiefs of Staff".)
  return tokens.indexOf('of') > 0 && /[^s]s$/.test(head) && words.wordCase(singular) !== undefined && words.wordCase(head) !== undefined && !isNameTitle(singular);
}

/** "the Place de Lorvenne": the article before a name, which a person's name is not written after. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])[Tt]he\s+$/u;

/** Whether the story writes the name (as a word) at least once, and every time right after `before`. */
function onlyAfterPattern(name: string, before: RegExp, sentences: readonly string[]): boolean {
  const letter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);
  let seen = false;
  for (const sentence of sentences) {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      if (letter(sentence[at - 1]) || letter(sentence[at + name.length])) continue;
      if (!before.test(sentence.slice(0, at))) return false;
      seen = true;
    }
  }
  return seen;
}

/** How many times the story writes `phrase` as words of their own. */
function timesWritten(phrase: string, sentences: readonly string[]): number {
  const written = new RegExp(`(?<![\\p{L}\\p{M}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'gu');
  return sentences.reduce((n, sentence) => n + (sentence.match(written)?.length ?? 0), 0);
}

/**
 * Whether a name of three words or more is two names the text runs together ("For the part of Anna
 * Kessel Dorrin drew on his aunt"): its first words are a name the story writes on its own, whose
 * surname it also writes alone ("Kessel is …"), and its last word is written alone too, after no
 * such surname ("Dorrin himself"). ("Mary Lee Smith", called "Mary Lee" too, keeps her name: "Lee"
 * is not written alone; nor does "the Via Di Santa Sabina" lose "Sabina" for "the Church of Santa
 * Sabina".)
 */
function twoNamesRunTogether(tokens: readonly string[], sentences: readonly string[]): boolean {
  if (tokens.length < 3) return false;
  const whole = tokens.join(' ');
  const head = tokens.slice(0, -1).join(' ');
  const surname = tokens[tokens.length - 2] ?? '';
  const tail = tokens[tokens.length - 1] ?? '';
  if (/\.$/.test(surname) || !/^\p{Lu}\p{Ll}/u.test(tail)) return false;
  // (Alone: the surname with no given name before it and no capitalised word after it, the last word
  // with no surname before it.)
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const surnameAlone = new RegExp(`(?<!${escape(tokens[tokens.length - 3] ?? '')}\\s+)(?<![\\p{L}\\p{M}])${escape(surname)}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'u');
  const tailAlone = new RegExp(`(?<!${escape(surname)}\\s+)(?<![\\p{L}\\p{M}])${escape(tail)}(?![\\p{L}\\p{M}])`, 'u');
  return timesWritten(head, sentences) > timesWritten(whole, sentences) && sentences.some((sentence) => surnameAlone.test(sentence)) && sentences.some((sentence) => tailAlone.test(sentence));
}

/**
 * Whether every time the story writes the name, a lower-case word that neither the dictionary nor
 * the list of English function words knows runs it on into more capitals: the first words of a longer foreign name or title ("Le Retour" of "Le
 * Retour sans Gloire", "La Lutte" of "La Lutte avec l'Ange"), cut where English stops.
 */
function cutFromForeignName(name: string, sentences: readonly string[], words: NameWords): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const runOn = new RegExp(`^\\s+(\\p{Ll}+)\\s+(?:\\p{Ll}['’])?\\p{Lu}`, 'u');
  let seen = false;
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, 'gu'))) {
      const word = runOn.exec(sentence.slice(m.index + name.length))?.[1];
      if (word === undefined || isParticle(word) || STOPWORDS.has(word) || words.wordCase(word) !== undefined) return false;
      seen = true;
    }
  }
  return seen;
}

/** The particles of French, Spanish, Italian or Portuguese names (not English "of", "the", "and"): "de", "du", "di", "della". */
const FOREIGN_PARTICLES = new Set(['de', 'da', 'das', 'do', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le']);

/**
 * A foreign place or landmark: an English common word, then a foreign particle, written after "the"
 * ("the Place de Lorvenne", "the Rue du Marvaux", "the Piazza di …"); a person's name has a given name
 * before its particle ("Jean de Valcourt") and no article, and an organisation a head ("the Bank de …").
 */
function foreignLandmark(tokens: readonly string[], name: string, sentences: readonly string[], words: NameWords): boolean {
  const first = tokens[0] ?? '';
  return (
    tokens.length > 2 &&
    FOREIGN_PARTICLES.has(tokens[1] ?? '') &&
    words.wordCase(first) === 'common' &&
    !hasOrganisationHead([first]) &&
    onlyAfterPattern(name, ARTICLE_BEFORE, sentences)
  );
}

/** Each place the name is written in the sentences, and whether that place opens a sentence. */
function onlyOpensSentences(name: string, sentences: readonly string[]): boolean {
  let seen = false;
  for (const sentence of sentences) {
    let from = 0;
    for (;;) {
      const at = sentence.indexOf(name, from);
      if (at < 0) break;
      seen = true;
      // (A quotation opens a sentence too, even one run on after another without a stop: `…" "Remember …`.)
      const before = sentence.slice(0, at);
      if (!/^[\s"'“‘([]*$/.test(before) && !/\s["“‘(]+$/.test(before)) return false;
      from = at + name.length;
    }
  }
  return seen;
}

/** A sentence's opening phrase that is no clause of its own: an infinitive or a preposition's ("To be …", "For …"; not "As …", which says what one is). */
const OPENING_PHRASE = /^[\s"“‘(]*(?:To|For|With|In|On|At|By|From|Like|Unlike|After|Before|Beside|Besides|Behind|Against|Among|Despite|Without|Beyond|Near|Under)\s/u;

/**
 * Whether the story writes `role` before `name` only as the end of such an opening phrase, set off
 * by a comma, the name going on as the subject of the next clause: "To be the Savior and the Lord,
 * Ivo Marsh has to …", "For the chairman, Ann Vale had only praise": what the phrase says is not
 * what the name is. (Never when the story also writes the role right before the name.)
 */
function onlyInOpeningPhrase(role: string, name: string, sentences: readonly string[]): boolean {
  const close = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(role)}\\s+${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'u');
  const comma = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(role)},\\s+${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
  let seen = false;
  for (const sentence of sentences) {
    if (close.test(sentence)) return false;
    for (const m of sentence.matchAll(comma)) {
      const clause = sentence.slice(0, m.index).split(/[;:]/).pop() ?? '';
      const after = sentence.slice(m.index + m[0].length);
      if (!OPENING_PHRASE.test(clause) || clause.includes(',') || !/^\s+\p{Ll}/u.test(after)) return false;
      seen = true;
    }
  }
  return seen;
}

/** Whether every time the story writes `name` (as a word), the office `role` comes right before it. */
function onlyAfter(name: string, role: string, sentences: readonly string[]): boolean {
  const letter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
  return sentences.every((sentence) => {
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      if (letter(sentence[at - 1]) || letter(sentence[at + name.length])) continue;
      if (!sentence.slice(0, at).trimEnd().endsWith(role)) return false;
    }
    return true;
  });
}

/** A title ending in an "of" complement written in capitals: "Minister of Foreign", "Secretary of State". */
const OF_COMPLEMENT = /\bof(?:\s+\p{Lu}[\p{L}'’-]*)+$/u;

/**
 * Epithets English writes before a given name, capitalised with it ("Old Tobin", "Little Nell",
 * "Poor Ada", "Dear Ned"): attributive adjectives of age, size and fondness, a closed set of
 * forms of address. ("Young" is left out: it is a given name too, "Young Kim".)
 */
const EPITHETS = new Set(['old', 'little', 'big', 'poor', 'dear']);

/** A one-word name written this often in running text is someone the story is about, not a stray capital. */
const MAIN_MENTIONS = 3;

/**
 * A one-word name the story keeps writing in running text, not only to open a sentence, and not a
 * common word: "Wright" in a story that calls Frank Lloyd Wright nothing else.
 */
function mainCharacter(name: string, sentences: readonly string[], words: NameWords | undefined): boolean {
  if (words?.wordCase(name) === 'common' || onlyOpensSentences(name, sentences)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not the first word of a longer name ("Mary Lee"), nor after an article ("the Service" of a revenue
  // office); and once at least with no capital before it either ("Kennedy said", not only "the Queen Mary").
  const ends = new RegExp(`(?<!\\b(?:[Tt]he|[Aa]n?)\\s+)(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'gu');
  const alone = new RegExp(`(?<!\\b(?:[Tt]he|[Aa]n?)\\s+)(?<!\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+)(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'u');
  // A word the story also writes in lower case ("the service") is a word, not a name.
  const lower = new RegExp(`(?<![\\p{L}\\p{M}])${escaped.toLowerCase()}(?![\\p{L}\\p{M}])`, 'u');
  // "Mrs. Coolidge would …": after a courtesy title the name stands alone too.
  const titled = new RegExp(`(\\S+)\\s+${escaped}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'gu');
  let count = 0;
  let seenAlone = false;
  for (const sentence of sentences) {
    if (lower.test(sentence)) return false;
    if (isTitleCase(sentence)) continue;
    count += sentence.match(ends)?.length ?? 0;
    seenAlone ||= alone.test(sentence) || [...sentence.matchAll(titled)].some((m) => isHonorific(m[1] ?? ''));
  }
  return seenAlone && count >= MAIN_MENTIONS;
}

/**
 * Verbs of speech and of the face and body, in the past, that only people do: "said Ginny", "Ginny
 * nodded". (Not "wrote" or "thought": a paper writes, a place "thinks" in a headline.)
 */
const PERSON_VERB = '(?:said|asked|shouted|whispered|replied|answered|cried|muttered|murmured|exclaimed|nodded|laughed|smiled|grinned|sighed|shrugged|frowned|winked|giggled|sobbed)';

/** Verbs of speech and of the face in the present, after their subject, as criticism retells a story: "Pip exclaims", "Ginny nods". */
const PERSON_VERB_PRESENT = '(?:says|asks|shouts|whispers|replies|answers|mutters|murmurs|exclaims|nods|laughs|smiles|grins|sighs|shrugs|frowns|winks|giggles|sobs)';

/**
 * The times the story writes a one-word name as only a person is written, by the grammar around it:
 * - its possessive before a part of the body or a kin word ("Ned's frightened eyes", "Ned's five
 *   little brothers"; not "Acme's head of sales");
 * - joined by "and" to a phrase whose head is a kind of person ("Ned and the old sailor", "a
 *   deckhand and Ned");
 * - called on in a quotation ('"Ned, come here"', '"Sit down, Ned."');
 * - with a verb of speech or of the face in the present after it ("Ned exclaims").
 * Without a dictionary, only the last two.
 */
function personGrammarUses(word: string, sentences: readonly string[], words: NameWords | undefined): number {
  const name = `(?<![\\p{L}\\p{M}'’.-])${escapeRegExp(word)}`;
  // (Not a function word of another language opening a quotation in it: "Mais, oui.")
  const patterns = [
    ...(isForeignFunctionWord(word) ? [] : [new RegExp(`["“]\\s*${escapeRegExp(word)},\\s|,\\s+${escapeRegExp(word)}\\s*[.!?]+["”]`, 'gu')]),
    new RegExp(`${name}\\s+${PERSON_VERB_PRESENT}(?![\\p{L}\\p{M}])`, 'gu'),
  ];
  let count = 0;
  for (const sentence of sentences) for (const pattern of patterns) count += sentence.match(pattern)?.length ?? 0;
  if (words === undefined) return count;
  const bodyOrKin = (noun: string): boolean => [noun, noun.replace(/(?<=\p{Ll})s$/u, '')].some((n) => words.firstSenseIsA?.(n, 'body part') === true || words.firstSenseIsA?.(n, 'relative') === true);
  const personHead = (noun: string): boolean => words.nounKind?.(noun.toLowerCase()) === 'person' && words.namesSomeone?.(noun.toLowerCase()) !== true;
  // (The head: a word of the phrase after the possessive or the determiner, up to four words, a
  // function word or a capital ending it — "Ned's five little brothers in", "a very old sailor
  // hauled"; not "Ned's Little Cafe", a name, nor "Acme's head of sales", a post.)
  const run = '((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)(?:\\s+(\\p{L}+))?';
  const heads = (phrase: string, test: (noun: string) => boolean, next: string, capitalised = false): boolean => {
    const ws = phrase.split(/\s+/);
    let from = 0;
    while (from < ws.length - 1 && STOPWORDS.has(ws[from] ?? '')) from++;
    let to = from;
    while (to < ws.length && !STOPWORDS.has(ws[to] ?? '') && (/^\p{Ll}/u.test(ws[to] ?? '') || (capitalised && to === from))) to++;
    return ws.slice(from, to).some((w, i) => test(w) && (ws[from + i + 1] ?? next) !== 'of');
  };
  const possessive = new RegExp(`${name}['’]s?\\s+${run}`, 'gu');
  const after = new RegExp(`${name}\\s+and\\s+(?:the|a|an|his|her|their)\\s+${run}`, 'gu');
  const before = new RegExp(`(?<![\\p{L}\\p{M}])(?:the|a|an|his|her|their)\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+and\\s+${escapeRegExp(word)}(?![\\p{L}\\p{M}'’-])`, 'gu');
  // (One person: "Harvard and the students" may be a body and its members.)
  const personWord = (w: string): boolean => !/[^s]s$/.test(w) && personHead(w);
  for (const sentence of sentences) {
    count += [...sentence.matchAll(possessive)].filter((m) => heads(m[1] ?? '', bodyOrKin, m[2] ?? '')).length;
    count += [...sentence.matchAll(after)].filter((m) => heads(m[1] ?? '', personWord, m[2] ?? '', true)).length;
    count += [...sentence.matchAll(before)].filter((m) => personWord((m[1] ?? '').split(/\s+/).pop() ?? '')).length;
  }
  return count;
}

/**
 * How often a one-word name must be written as someone ("said Ginny", "Ginny nodded", "Ginny shook
 * her head") before it is proposed though the dictionary knows it as a common word too: three, so a
 * story's lead is found while a word that happens to stand before "said" once or twice is not.
 */
const PERSON_USES = 3;

/**
 * The one-word names the story uses as someone at least `PERSON_USES` times: the subject of a verb
 * of speech or of the face ("Ginny nodded", "said Ginny"), of a verb in the past ("Ginny lowered"),
 * or of a verb with "his"/"her" after it ("Ginny shakes her head"), in the story's order; never a
 * pronoun, a title, a time ("June ended") or a word for a kind of person ("Mother said", "Doctor
 * nodded"), which are what someone is, not a name.
 *
 * @example
 * peopleByUse(['"No," said Ginny.', 'Ginny nodded.', 'Then Ginny shook her head.'], undefined); // → ['Ginny']
 */
function peopleByUse(sentences: readonly string[], words: NameWords | undefined): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) for (const m of sentence.matchAll(CAPITALISED_WORD)) found.add(m[0]);
  return [...found].filter((word) => {
    const lower = word.toLowerCase();
    if (PRONOUNS.has(lower) || FUNCTION_WORDS.has(lower) || isNameTitle(word) || isHonorific(word)) return false;
    if ((words?.nounKind?.(lower) === 'person' && words.wordCase(word) === 'common') || words?.nounKind?.(lower) === 'time') return false;
    const uses = new RegExp(
      `(?<![\\p{L}\\p{M}])${word}\\s+(?:${PERSON_VERB}|\\p{Ll}{2,}ed|\\p{Ll}+s\\s+(?:his|her|himself|herself))(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])${PERSON_VERB}\\s+${word}(?![\\p{L}\\p{M}'’])`,
      'gu',
    );
    let count = personGrammarUses(word, sentences, words);
    for (const sentence of sentences) count += sentence.match(uses)?.length ?? 0;
    return count >= PERSON_USES;
  });
}

/** Times a one-word name must be the subject of a verb of saying ("Vell declared", "said Vell") to be someone. */
const SAYING_USES = 2;

/**
 * A verb after its subject: an auxiliary, a verb in the past, or one in the present before a word
 * that opens its object ("Vell was forced", "as Vell argues that"; not the plural of "the Vell rivers").
 */
const VERB_AFTER = '(?:is|was|has|had|would|could|will|did|does|can|must|may|might|should|\\p{Ll}{2,}ed|\\p{Ll}{2,}s(?=\\s+(?:the|a|an|that|this|his|her|its|their|to|in|on|at|of|with|as)\\s))';

/** A personal pronoun after a name with no capitalised word between them: "Vell is still the rebel, but he writes". */
const PRONOUN_AFTER = /^[^\p{Lu}.!?;]*?(?<![\p{L}\p{M}])(?:he|she|his|her|him|himself|herself)(?![\p{L}\p{M}])/u;

/**
 * The one-word names a story writes as someone, though too seldom or too plainly for the other
 * readers: the subject of a verb of saying at least twice ("Vell declared: …", "Vell said that …");
 * one of a pair with "I" ("Orsat and I had …") or with someone the story names (`persons`: "Kyo
 * Gisors and Katow"); one with what someone is written beside it ("says old Alvear the
 * art-historian", see `describedRole`); a name the dictionary knows as one particular person
 * written as the subject of a verb ("the conclusion to which Plotinus was forced"); or a name the
 * story keeps writing in running text (see `mainCharacter`) that "he" or "she" takes up ("Vell is
 * still the rebel, but he writes …"). Never a common word, a word the story also writes in lower
 * case, a title, a pronoun, a time or a place the gazetteer knows; in the story's order.
 *
 * @example
 * writtenAsSomeone(['Vell declared: "We must act".', 'Vell said that all was lost.'], undefined); // → ['Vell']
 */
function writtenAsSomeone(sentences: readonly string[], words: NameWords | undefined, persons: readonly string[] = []): string[] {
  const found = new Set<string>();
  // (A possessive too, "Ned's eyes": a name written only so is still a candidate.)
  for (const sentence of sentences) for (const m of sentence.matchAll(/(?<![\p{L}\p{M}'’.-])\p{Lu}\p{Ll}+(?=['’]s?(?![\p{L}\p{M}'’-])|(?![\p{L}\p{M}'’-]))/gu)) found.add(m[0]);
  return [...found].filter((word) => {
    const lower = word.toLowerCase();
    if (PRONOUNS.has(lower) || FUNCTION_WORDS.has(lower) || isNameTitle(word) || isHonorific(word) || lookupPlace(word) !== undefined) return false;
    // (Nor a plural of a common word, "Masters", nor a people, "Japanese".)
    if (words !== undefined && [word, word.replace(/(?<=\p{Ll})s$/u, '')].some((w) => words.wordCase(w) === 'common' || words.nounKind?.(w.toLowerCase()) === 'time')) return false;
    if (countryOfDemonym(word) !== undefined) return false;
    if (sentences.some((sentence) => new RegExp(`(?<![\\p{L}\\p{M}])${lower}(?![\\p{L}\\p{M}])`, 'u').test(sentence))) return false;
    const name = `(?<![\\p{L}\\p{M}])${word}(?![\\p{L}\\p{M}'’-])`;
    const saying = new RegExp(`${name}\\s+${SAYING_VERB}(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])${SAYING_VERB}\\s+${name}`, 'gu');
    if (sentences.reduce((n, sentence) => n + (sentence.match(saying)?.length ?? 0), 0) >= SAYING_USES) return true;
    // "Ned's frightened eyes", "Ned and the old sailor", '"Sit down, Ned."': as only a person is
    // written (not a place or a kind of people the dictionary knows: "Or", "Negro").
    const known = words?.nounKind?.(lower);
    if (words !== undefined && known !== 'place' && !(known === 'person' && words.namesSomeone?.(lower) !== true) && personGrammarUses(word, sentences, words) > 0) return true;
    const withI = new RegExp(`${name}\\s+and\\s+I(?![\\p{L}\\p{M}'’])|(?<![\\p{L}\\p{M}])I\\s+and\\s+${name}`, 'u');
    if (sentences.some((sentence) => withI.test(sentence))) return true;
    // "Kyo Gisors and Katow", "Konitz and Marsh": one of a pair with someone the story names.
    if (persons.some((p) => p !== word)) {
      const someone = `(?:${persons.filter((p) => p !== word).map(escapeRegExp).join('|')})`;
      const pair = new RegExp(`(?<![\\p{L}\\p{M}])${someone}\\s+and\\s+${name}(?!\\s+\\p{Lu})|(?<!\\p{Lu}[\\p{L}\\p{M}.'’-]*\\s+)${name}\\s+and\\s+${someone}(?![\\p{L}\\p{M}])`, 'u');
      if (sentences.some((sentence) => pair.test(sentence))) return true;
    }
    // "says old Alvear the art-historian", "Alvear, the art-historian,": what someone is, beside it.
    if (words !== undefined && describedRole(word, sentences, words, persons, true) !== undefined) return true;
    const subject = new RegExp(`${name}\\s+${VERB_AFTER}(?![\\p{L}\\p{M}'’])`, 'u');
    if (words?.namesSomeone?.(lower) === true && words.nounKind?.(lower) === 'person' && sentences.some((sentence) => subject.test(sentence))) return true;
    // (The dictionary's place or kind of people, "Harlem", "Jews", is none: "he" takes up someone.)
    const kind = words?.nounKind?.(lower);
    if (kind === 'place' || (kind === 'person' && words?.namesSomeone?.(lower) !== true) || !mainCharacter(word, sentences, words)) return false;
    const at = new RegExp(`${name}(?=\\s+${VERB_AFTER}(?![\\p{L}\\p{M}'’]))`, 'gu');
    return sentences.some((sentence) => [...sentence.matchAll(at)].some((m) => PRONOUN_AFTER.test(sentence.slice(m.index + word.length))));
  });
}

/** Prepositions before a place's name: "in Lincoln", "near Lincoln" (not "of", "to" or "from", which name people too: "a letter to Lincoln"). */
const PLACE_PREPOSITION = '(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Aa]round)';

/** Whether a story writes a name after a preposition of place, and not as a possessive: "in Lincoln", not "in Lincoln's day". */
function writtenAsPlace(name: string, sentences: readonly string[]): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const place = new RegExp(`\\b${PLACE_PREPOSITION}\\s+${escaped}(?![\\p{L}\\p{M}'’])`, 'u');
  return sentences.some((sentence) => place.test(sentence));
}

/** "in", "at", "near" (and "the" after them) right before a name. */
const PLACE_PREPOSITION_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])${PLACE_PREPOSITION}\\s+(?:the\\s+)?$`, 'u');

/** Whether the story writes the name only after a preposition of place, and never with a possessive after it. */
function onlyAfterPlacePreposition(name: string, sentences: readonly string[]): boolean {
  if (!onlyAfterPattern(name, PLACE_PREPOSITION_BEFORE, sentences)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const possessive = new RegExp(`${escaped}['’]s?(?![\\p{L}\\p{M}])`, 'u');
  return !sentences.some((sentence) => possessive.test(sentence));
}

/**
 * "Harwick Center of the Dunmore Chamber Orchestra": the second of two names an "of the" joins,
 * when each stands on its own — the first of two words or more opening with a word that is no
 * common word ("Harwick", not "Central" of "Central Committee of the Farmers Union"), the second
 * of two words or more with a body's head ("Orchestra") and no place — and the story never writes
 * "the" before the first: a name made of "X of the Y" is a description of X and takes "the" ("the
 * Supreme Court of the United States"). Undefined otherwise.
 */
function secondOfTwoJoined(name: string, sentences: readonly string[], words: NameWords): string | undefined {
  const m = /^(\p{Lu}\S*(?: \p{Lu}\S*)+) of the (\p{Lu}\S*(?: \p{Lu}\S*)+)$/u.exec(name);
  if (!m) return undefined;
  const [, first = '', second = ''] = m;
  const secondTokens = second.split(' ');
  if (words.wordCase(first.split(' ')[0] ?? '') === 'common' || !hasOrganisationHead(secondTokens) || lookupPlace(second) !== undefined) return undefined;
  return sentences.some((sentence) => new RegExp(`(?<![\\p{L}\\p{M}])the\\s+${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`, 'iu').test(sentence)) ? undefined : second;
}

/** "to" or "from" (and "the" after it) right before a name. */
const DESTINATION_BEFORE = /(?<![\p{L}\p{M}])(?:to|from)\s+(?:the\s+)?$/u;

/**
 * Whether the story writes the name only after "to" or "from", once at least in a sentence where
 * "to" or "from" also leads to a place the gazetteer knows ("trains to Boston and Denver, and buses to
 * Copper Wells"): one more stop of that journey, a place the gazetteer lacks, not someone.
 */
function onlyADestination(name: string, sentences: readonly string[]): boolean {
  if (!onlyAfterPattern(name, DESTINATION_BEFORE, sentences)) return false;
  const destinations = /(?<![\p{L}\p{M}])(?:to|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)/gu;
  const known = (phrase: string): boolean => {
    const tokens = phrase.split(/\s+/);
    // ("to Las Vegas Tuesday": the place is a run of the phrase's first words.)
    for (let size = tokens.length; size >= 1; size--) if (lookupPlace(tokens.slice(0, size).join(' ').replace(/[.'’]+$/u, '')) !== undefined) return true;
    return false;
  };
  return sentences.filter((sentence) => sentence.includes(name)).some((sentence) => [...sentence.matchAll(destinations)].some((m) => !(m[1] as string).startsWith(name) && known(m[1] as string)));
}

/** The short form a story writes in brackets right after a name: "National Association of Harbor Boards (NAHB)" → "NAHB". */
function acronymAfter(name: string, sentences: readonly string[]): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const written = new RegExp(`${escaped}\\s+\\(((?:\\p{Lu}\\.?){2,8})\\)`, 'u');
  for (const sentence of sentences) {
    const found = written.exec(sentence)?.[1];
    if (found !== undefined) return found;
  }
  return undefined;
}

/** A capitalised word inside a sentence: a candidate one-word name. */
const CAPITALISED_WORD = /(?<=\S\s+)\p{Lu}\p{Ll}+(?:['’]\p{Lu}?\p{Ll}+)?(?![\p{L}\p{M}'’-])/gu;

/**
 * The one-word names, written inside sentences, that the dictionary knows as one particular person
 * and never as a common word ("Eisenhower", "Plato"), in the story's order; not a given name the
 * story writes before a surname.
 */
function knownPeopleAlone(sentences: readonly string[], words: NameWords): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) for (const m of sentence.matchAll(CAPITALISED_WORD)) found.add(m[0]);
  // ("Mickey" of "Mickey Mantle": a word the story writes before another name is a given name;
  // not after "the", where it names something after someone: "the Lincoln Law".)
  const given = (word: string): boolean => sentences.some((sentence) => new RegExp(`(?<!\\b[Tt]he\\s+)(?<![\\p{L}])${word}\\s+\\p{Lu}`, 'u').test(sentence));
  // ("Fromm says", "Dickens suggests": a word no dictionary knows as a common word, written as the
  // subject of a verb of saying or thinking, is someone too; not a place: "Moscow says".)
  const speaks = (word: string): boolean => sentences.some((sentence) => new RegExp(`(?<![\\p{L}])${word}\\s+${SAYING_VERB}\\b`, 'u').test(sentence));
  return [...found].filter((word) => !given(word) && ((words.wordCase(word) === 'name' && words.namesSomeone?.(word) === true) || (words.wordCase(word) !== 'common' && lookupPlace(word) === undefined && speaks(word))));
}

/**
 * Whether the story writes a one-word name as a work rather than someone: as what a maker made
 * ("the Gorm poet", "the author of Gorm": a noun for a writer or a creator, WordNet's), beside
 * works ("Gorm and the Norse sagas"), or after "in" ("the kennings in Gorm") and never as the
 * subject of a verb of saying ("Plato argues" is someone's, though "in Plato" is in his works).
 */
function writtenAsWork(name: string, sentences: readonly string[], words: NameWords): boolean {
  if (words.isA === undefined) return false;
  const maker = (noun: string): boolean => words.isA?.(noun, 'writer') === true || words.isA?.(noun, 'creator') === true;
  const work = (noun: string): boolean => words.isA?.(noun, 'writing') === true || words.isA?.(noun, 'creation') === true;
  const escaped = escapeRegExp(name);
  const made = [
    new RegExp(`(?<![\\p{L}\\p{M}])[Tt]he\\s+${escaped}\\s+(\\p{Ll}+)(?![\\p{L}\\p{M}'’-])`, 'gu'),
    new RegExp(`(?<![\\p{L}\\p{M}])[Tt]he\\s+(\\p{Ll}+)\\s+of\\s+${escaped}(?![\\p{L}\\p{M}'’-])`, 'gu'),
  ];
  const beside = [
    new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+(?:and|or)\\s+(?:the\\s+)?(?:\\p{L}+\\s+){0,2}?(\\p{Ll}+s)(?![\\p{L}\\p{M}'’-])`, 'gu'),
    new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Ll}+s)\\s+(?:and|or)\\s+${escaped}(?![\\p{L}\\p{M}'’-])`, 'gu'),
  ];
  const singular = (plural: string): string[] => [plural.replace(/s$/, ''), plural.replace(/es$/, '')];
  for (const sentence of sentences) {
    if (made.some((pattern) => [...sentence.matchAll(pattern)].some((m) => maker(m[1] ?? '')))) return true;
    if (beside.some((pattern) => [...sentence.matchAll(pattern)].some((m) => singular(m[1] ?? '').some(work)))) return true;
  }
  const speaks = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+${SAYING_VERB}(?![\\p{L}\\p{M}])|${SAYING_VERB}\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  const inside = new RegExp(`(?<![\\p{L}\\p{M}])in\\s+${escaped}(?![\\p{L}\\p{M}'’])`, 'u');
  return sentences.some((sentence) => inside.test(sentence)) && !sentences.some((sentence) => speaks.test(sentence));
}

/** Verbs of saying and thinking in the present or the past, after their subject: "says", "argued", "suggests". */
const SAYING_VERB = '(?:says|said|argues|argued|writes|wrote|suggests|suggested|observes|observed|contends|contended|insists|insisted|believes|believed|thinks|thought|claims|claimed|maintains|maintained|asserts|asserted|tells|told|replies|replied|declares|declared)';

/** Words that open a clause, not a description: "Parker, who …", "Lee, said …". */
const NOT_A_DESCRIPTION = /^(?:who|whom|whose|which|that|said|says|told|and|but|or|as|if|when|while|though|although|he|she|it|they|we|i|you)$/i;
/** Determiners that open a description set off by commas ("Lee, the harbor master," / "the good man, Lee,"). */
const DESCRIPTION_OPENER = '(?:[Tt]he|[Aa]n?|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)';
/** Splits a phrase before each such determiner, so that the last piece is the description itself. */
const LAST_OPENER = new RegExp(`\\s+(?=${DESCRIPTION_OPENER}\\s)`);

/**
 * A description written beside the name in common words whose head is a word for a kind of person
 * (WordNet's people): "Theodore Parker, the Boston preacher," → "the Boston preacher"; "the good
 * man, John Proctor," → "the good man"; "Parris, a minister and uncle of Abigail," → "a minister
 * and uncle of Abigail". For the names the roles the answers read ("spokesman", "director") miss.
 */
function describedRole(name: string, sentences: readonly string[], words: NameWords, persons: readonly string[], opening = false): string | undefined {
  // (A description's words are written in lower case: read in the senses so written, "a rabbit
  // warren" a burrow, not Earl Warren.)
  const nounKind = words.commonNounKind?.bind(words) ?? words.nounKind?.bind(words);
  if (nounKind === undefined) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // (Up to a comma, or to a relative clause: "Ted Vell, another harbor agent who became …".)
  const after = new RegExp(`(?<![\\p{L}\\p{M}])${escaped},\\s+(${DESCRIPTION_OPENER}\\s+[^,;:()"“”]{2,60}?)(?:\\s*[,;]|\\s+(?=(?:who|whom|whose|which)\\s))`, 'u');
  const before = new RegExp(`(?:^|[\\s"“(])(${DESCRIPTION_OPENER}\\s+(?:[\\p{Ll}\\p{Lu}][\\p{L}'’-]*\\s+){0,3}?\\p{Ll}[\\p{L}-]*),\\s+(?:\\p{Lu}\\p{Ll}{0,3}\\.\\s+)?${escaped}(?![\\p{L}\\p{M}])`, 'u');
  // "Jorge Vell, pianist, on Feb. 23", "Ada Vane of Elmford, Ala., author, lecturer and library
  // leader.": bare nouns, no determiner, after the name (and the hometown written with it).
  const bare = new RegExp(
    `(?<![\\p{L}\\p{M}])${escaped}(?:\\s+of\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*(?:,\\s+\\p{Lu}[\\p{L}'’-]*\\.?)?)?,\\s+(\\p{Ll}[\\p{L}-]*(?:(?:,\\s+|\\s+)\\p{Ll}[\\p{L}-]*){0,6})\\s*(?:[,;.]|$)`,
    'u',
  );
  // "Terry Vell has been named manager.", "Ada Vane was appointed director of the museum": the post
  // given to them (not "named after her aunt").
  const named = new RegExp(
    `(?<![\\p{L}\\p{M}])${escaped}\\s+(?:has\\s+been|had\\s+been|have\\s+been|was|were|is|will\\s+be)\\s+(?:named|appointed|elected|made|promoted\\s+to)\\s+(?!(?:after|for|by|to|in|on|at|as|with|from|of|into|over|under|up|out)\\s)((?:(?:the|a|an)\\s+)?\\p{Ll}[^,;:.()"“”]{1,60}?)\\s*(?:[,;.]|$)`,
    'u',
  );
  const became = new RegExp(
    `(?<![\\p{L}\\p{M}])${escaped}\\s+(?:becomes|became|has\\s+become|had\\s+become|will\\s+become|would\\s+become)\\s+((?:(?:the|a|an)\\s+)?\\p{Ll}[^,;:.()"“”]{1,100}?)\\s*(?:[,;.]|$)`,
    'u',
  );
  // "Ada Vane is a longtime harbor pilot, …": what the story says someone is, with "is" or "was"
  // (not "is not", nor "is a part of …": the head must be a kind of person).
  const copula = new RegExp(
    `(?<![\\p{L}\\p{M}])${escaped}\\s+(?:is|was)\\s+(an?\\s+(?:[\\p{Ll}-]+\\s+){0,3}?\\p{Ll}[\\p{L}-]*)(?=\\s*[,;.]|\\s+(?:and|who|whose|with|in|of|at|for|from)\\s)`,
    'u',
  );
  // "so apparently impartial a critic as Ada Vane", "such a scholar as Ada Vane".
  const kindAs = new RegExp(`(?<![\\p{L}\\p{M}])(?:[Ss]o|[Aa]s|[Tt]oo|[Hh]ow)\\s+(?:\\p{Ll}+\\s+){1,3}an?\\s+(\\p{Ll}[\\p{L}-]*)\\s+as\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  const kindSuch = new RegExp(`(?<![\\p{L}\\p{M}])[Ss]uch\\s+an?\\s+(?:\\p{Ll}+\\s+){0,2}?(\\p{Ll}[\\p{L}-]*)\\s+as\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  // "old Orr the boatwright;", "Ivan the harbor pilot,": up to a stop, a comma or a quotation's end.
  const theAfter = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+the\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*)(?=\\s*(?:[,;:.!?"”)]|$))`, 'u');
  /** The noun a description is about: the last word before "of"/"for"/"at"/"in", or the last word. */
  const headOf = (phrase: string): { head: string; noun: string } => {
    const ws = phrase.split(/\s+/);
    const cut = ws.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|on|to|from|with)$/.test(w));
    const head = (cut > 0 ? ws[cut - 1] : ws[ws.length - 1]) ?? '';
    // ("an ex-schoolteacher": what the person was is what the word after "ex-" names.)
    const noun = head.replace(/['’]s$/, '').replace(/^(?:ex|former|one-time|onetime)-(?=\p{Ll})/u, '');
    // ("art-historian": a compound the dictionary lacks names the kind its last part names.)
    return { head, noun: noun.includes('-') && nounKind(noun) === undefined ? noun.slice(noun.lastIndexOf('-') + 1) : noun };
  };
  const headIsPerson = (phrase: string): boolean => {
    const ws = phrase.split(/\s+/);
    if (ws.length > 8 || ws.slice(1).some((w) => NOT_A_DESCRIPTION.test(w))) return false;
    const { head, noun } = headOf(phrase);
    return /^\p{Ll}/u.test(head) && (nounKind(noun) === 'person' || ROLE_NOUNS.has(noun));
  };
  // "brothers": a kin word, with no one to say whose, is no one's role.
  const relational = (phrase: string): boolean => words.isA?.(headOf(phrase).noun, 'relative') === true;
  /**
   * A description as a role to propose: "his secretary" with its owner named ("Ann Vale's
   * secretary"), the one person the sentence names before it, else the one the sentence before
   * names; undefined when no one or more than one is named there (whose father is "his father"?).
   */
  const owned = (phrase: string, before: string, previous: string): string | undefined => {
    const owner = /^(?:his|her|their)\s+/i.exec(phrase);
    if (owner === null) return phrase;
    const last = name.split(/\s+/).pop() ?? name;
    const others = persons.filter((p) => p !== name && p !== last && p.split(/\s+/).pop() !== name);
    // (As written: "Orr" of "Ned Orr" or of his brother "Tom Orr" is "Orr" alike.)
    const written = (text: string): string[] => {
      const blanked = text.split(name).join(' ');
      const forms = new Set<string>();
      for (const p of others) {
        const m = new RegExp(`(?<![\\p{L}\\p{M}])(?:${escapeRegExp(p)}|${escapeRegExp(p.split(/\s+/).pop() ?? p)})(?![\\p{L}\\p{M}])`, 'u').exec(blanked);
        if (m !== null) forms.add(m[0]);
      }
      // (A surname and the full name it shortens are one person: "Ann Vale … Vale".)
      return [...forms].filter((form) => ![...forms].some((other) => other !== form && other.endsWith(` ${form}`)));
    };
    let found = written(before);
    if (found.length === 0) found = written(previous);
    return found.length === 1 ? `${found[0] as string}'s ${phrase.slice(owner[0].length)}` : undefined;
  };
  // "One of the greatest harpists of our time, Ada Vell": the plural (its singular a kind of person),
  // with what follows it up to the comma before the name.
  const oneOf = new RegExp(`(?:^|[\\s"“(])([Oo]ne\\s+of\\s+(?:the|his|her|their|our|its)\\s+(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}?(\\p{L}[\\p{L}-]*s)(?:\\s+(?:of|in|at|on|for|from)\\s+[^,;:()"“”]{1,40}?)?),\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  // (A noun for a kind of person; or, unknown to the dictionary, one made with the agent suffix
  // "-ist", as scholars and followers are named after someone: "Homerist", "Hegelist".)
  const agentNoun = (form: string): boolean => personNoun(form.toLowerCase(), nounKind) || (/\p{L}{3}ists?$/u.test(form) && words.wordCase(form) === undefined);
  // "Ray Vell is the Director.": the role after the name's "is the", up to the sentence's end.
  const copulaThe = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+(?:is|was)\\s+the\\s+((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s*[.;]?$`, 'u');
  for (const [index, sentence] of sentences.entries()) {
    if (!sentence.includes(name)) continue;
    const previous = sentences[index - 1] ?? '';
    const subject = roleAsSubject(name, sentence, nounKind);
    if (subject !== undefined) return subject;
    const stated = copulaThe.exec(sentence)?.[1];
    if (stated !== undefined && personNoun(headOf(stated).noun.toLowerCase(), nounKind)) return stated;
    // Before the name, from the last determiner: "In the end the good man, Lee" → "the good man".
    // Not an apposition followed by another name: in "a medical man, Dr. Aterman, a biophysicist,
    // Mr. Berkely", each description stands before the name it describes.
    const appositive = after.exec(sentence);
    const described = appositive && !opensWithName(sentence.slice(appositive.index + appositive[0].length)) ? appositive[1] : undefined;
    const found = described === undefined ? before.exec(sentence) : null;
    // "while on a visit to the home of a retired jeweler, Rousseau amused the company": a phrase
    // after a preposition, the name opening the next clause, is no apposition of the name.
    const afterPreposition = found !== null && PREPOSITION_BEFORE.test(sentence.slice(0, found.index + found[0].indexOf(found[1] ?? ''))) && CLAUSE_GOES_ON.test(sentence.slice(found.index + found[0].length));
    // (With `opening`, a description before the name only when it opens the sentence: "A young
    // harbor pilot, Orr first …", not "The guy is off his rocker, Orr thought".)
    const opens = found !== null && /^[\s"“(]*$/.test(sentence.slice(0, found.index + found[0].indexOf(found[1] ?? '')));
    const phrase = described ?? (afterPreposition || (opening && !opens) ? undefined : found?.[1]?.split(LAST_OPENER).pop());
    const phraseAt = appositive !== null && described !== undefined ? appositive.index : found === null ? 0 : found.index + found[0].indexOf(found[1] ?? '');
    const role = phrase !== undefined && headIsPerson(phrase) ? owned(phrase.replace(/^\p{Lu}(?=\p{Ll}*\s)/u, (c) => c.toLowerCase()), sentence.slice(0, phraseAt), previous) : undefined;
    if (role !== undefined) return role;
    // "One of the greatest harpists of our time, Ada Vell,": one of a kind of person the phrase names.
    const partOf = oneOf.exec(sentence);
    if (partOf !== null && singularForms(partOf[2] ?? '').some(agentNoun)) return (partOf[1] ?? '').replace(/^One/, 'one');
    const listed = bare.exec(sentence)?.[1];
    if (listed !== undefined && listed.split(/,\s+|\s+and\s+/).every((item) => bareItem(item, words) && headIsPerson(item))) return listed;
    const appointed = named.exec(sentence)?.[1];
    if (appointed !== undefined && headIsPerson(appointed)) return appointed;
    // "Ned Orr became head of the pilots' office of the Harbor Board": the post someone takes up,
    // however long its "of" complements (its head a word for a kind of person, "head", "curator").
    const become = became.exec(sentence)?.[1];
    if (become !== undefined && !/\b(?:who|which|that|and|but)\b/.test(become) && personNoun(headOf(become).noun.toLowerCase(), nounKind) && /^\p{Ll}/u.test(headOf(become).head)) return become;
    const said = copula.exec(sentence)?.[1];
    if (said !== undefined && headIsPerson(said) && !relational(said)) return said;
    // "so impartial a critic as Ada Vane", "such a scholar as Ada Vane": what she is, set beside her.
    const compared = kindAs.exec(sentence)?.[1] ?? kindSuch.exec(sentence)?.[1];
    if (compared !== undefined && headIsPerson(compared)) return compared;
    // "old Orr the boatwright;": a description after the name, with no comma between.
    const epithet = theAfter.exec(sentence)?.[1];
    if (epithet !== undefined && headIsPerson(epithet)) return epithet;
    // "two seasoned pilots, Ned Orr and Ada Vane,": the plural before a list of names is each one's
    // (not a kin word: "two brothers, Tom and Ned Orr" are someone's brothers, whose it does not say).
    const member = memberOf(name, sentence, headIsPerson);
    if (member !== undefined && !relational(member)) return member;
    // "with Ada Quist, Tobin Marr, and other "restless" fiddlers": the kind the names are said to be
    // more of is what each of them is.
    const kind = oneOfOthers(name, sentence, headIsPerson);
    if (kind !== undefined && !relational(kind)) return kind;
  }
  return opening ? undefined : speakerTitle(name, sentences, words);
}

/** Whether a noun ("editor", "coeditor", "Director") names a kind of person, a prefix "co"/"vice"/"ex" aside. */
function personNoun(noun: string, nounKind: (word: string) => 'person' | 'place' | 'time' | undefined): boolean {
  const bare = noun.toLowerCase();
  if (nounKind(bare) === 'person' || ROLE_NOUNS.has(bare)) return true;
  const unprefixed = /^(?:co|vice|ex)-?(\p{Ll}{3,})$/u.exec(bare)?.[1];
  return unprefixed !== undefined && (nounKind(unprefixed) === 'person' || ROLE_NOUNS.has(unprefixed));
}

/** A clause whose subject is a role, its verb "is"/"are"/"was"/"were", then the names that hold it. */
const ROLE_SUBJECT = /(?:^|[:;]\s+)(?:[Tt]he\s+)?(\p{L}[\p{L}-]*)((?:\s+(?:of|for)\s+[^;:]{1,60}?)?),?\s+(?:is|are|was|were)\s+(\S.*)$/u;

/**
 * The role a sentence gives `name` as the subject of a copula before it: "The author of Harbor
 * Tides is Ned W. Orr" → "author of Harbor Tides"; "Editors for Volumes 1 and 2 were A. B. Quill
 * and the late C. D. Marr." → "editor" (a plural: each one's role, its singular); "Coeditors are
 * Ada Vell, Tom Birk of Leeds University, and Ina Holt" → "coeditor". Only when what follows the
 * verb is a list of names (each perhaps with "the late" before it, "of" and a body after it) that
 * holds `name`.
 */
function roleAsSubject(name: string, sentence: string, nounKind: (word: string) => 'person' | 'place' | 'time' | undefined): string | undefined {
  const m = ROLE_SUBJECT.exec(sentence);
  if (m === null) return undefined;
  const [, noun = '', complement = '', list = ''] = m;
  const lower = noun.toLowerCase();
  const singular = [lower.replace(/ies$/, 'y'), lower.replace(/s$/, '')].find((form) => form !== lower && personNoun(form, nounKind));
  if (singular === undefined && !personNoun(lower, nounKind)) return undefined;
  const items = list
    .replace(/[.;]\s*$/, '')
    .replace(/,\s+(?:all|both|each)\s+of\s+.*$/, '')
    .replace(/,\s+(?=of\s)/g, ' ')
    .split(/,\s+and\s+|,\s+|\s+and\s+/)
    .map((item) => item.replace(/^(?:the\s+)?(?:late\s+)?/, '').replace(/\s+of\s+.*$/, '').trim());
  // (Names only, each written with a capital: not "The editor was angry with Ann Vale".)
  if (!items.every((item) => /^\p{Lu}/u.test(item)) || !items.includes(name)) return undefined;
  if (singular !== undefined) return singular;
  return `${lower}${complement.replace(/,$/, '')}`;
}

/** A title after a verb of saying, ending the sentence's clause: "…, said the former harbor master." */
const SAID_THE = /(?<![\p{L}\p{M}])(?:said|says|added|adds|declared|observed|noted|continued|replied|warned|insisted)\s+the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)\s*[,.;!?]/u;

/**
 * The title a story gives a speaker in the sentence right after the one where they speak: "Orr
 * declared: "…". The old rules will not do, said the former harbor master." → "former harbor master".
 * Only when that sentence names no one else, and the one before has this speaker and no other.
 */
function speakerTitle(name: string, sentences: readonly string[], words: NameWords): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const speaks = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}\\s+${SAYING_VERB}(?![\\p{L}\\p{M}])|${SAYING_VERB}\\s+${escaped}(?![\\p{L}\\p{M}])`, 'u');
  const speakers = new RegExp(`(\\p{Lu}[\\p{L}\\p{M}'’-]*)\\s+${SAYING_VERB}(?![\\p{L}\\p{M}])`, 'gu');
  for (let i = 1; i < sentences.length; i++) {
    const sentence = sentences[i] ?? '';
    const said = SAID_THE.exec(sentence);
    const title = said?.[1];
    if (said === null || title === undefined) continue;
    const head = title.split(/\s+/).pop() ?? '';
    if (!(words.nounKind?.(head.toLowerCase()) === 'person' && (isTitleWord(head, words) || words.wordCase(head) === 'common' || ROLE_TITLES.has(head.toLowerCase())))) continue;
    // (No other name in it, the title's own capitals and the sentence's first word aside.)
    const rest = sentence.slice(0, said.index) + sentence.slice(said.index + said[0].length);
    if (/(?<=\S\s+)\p{Lu}\p{Ll}/u.test(rest)) continue;
    const previous = sentences[i - 1] ?? '';
    if (!speaks.test(previous)) continue;
    const last = name.split(/\s+/).pop() ?? name;
    if ([...previous.matchAll(speakers)].some((m) => m[1] !== last && !isNameTitle(m[1] ?? '') && !PRONOUNS.has((m[1] ?? '').toLowerCase()))) continue;
    return title;
  }
  return undefined;
}

/** A name in a list of names: capitalised words, with the particles of surnames ("Ida van Marr"). */
const LISTED_NAME = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|de|van|von|da|di|du|le|la))*`;

/**
 * The singular kind of person a plural before a list of names says each of them is ("two
 * distinguished lawyers, Ada Vane and Ned Orr" → "lawyer"), when `name` is one of the list's names:
 * the list opened by a number, "both" or "the", its names joined by commas and one "and".
 */
function memberOf(name: string, sentence: string, headIsPerson: (phrase: string) => boolean): string | undefined {
  const list = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:two|three|four|five|six|both|the)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}?(\p{Ll}[\p{L}-]*s),\s+(${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+and\s+${LISTED_NAME})`, 'gu');
  for (const m of sentence.matchAll(list)) {
    const [, plural = '', names = ''] = m;
    if (!names.split(/,\s+and\s+|,\s+|\s+and\s+/).some((item) => item.trim() === name)) continue;
    // ("lawyers" → "lawyer", "witnesses" → "witness", "deputies" → "deputy".)
    const singular = singularForms(plural).find(headIsPerson);
    if (singular !== undefined) return singular;
  }
  return undefined;
}

/**
 * The singular forms a plural may have, each differing from it: "deputies" → "deputy", "witnesses"
 * → "witness", "lawyers" → "lawyer" (and the wrong guesses beside them, "deputi", "deputie", which
 * the caller's test rejects).
 *
 * @example singularForms('deputies'); // ['deputy', 'deputi', 'deputie']
 */
function singularForms(plural: string): string[] {
  return [plural.replace(/ies$/, 'y'), plural.replace(/es$/, ''), plural.replace(/s$/, '')].filter((form) => form !== plural);
}

/**
 * The singular kind of person that names listed before "and other" and a plural are said to be
 * ("Ada Quist, Tobin Marr, and other "restless" fiddlers of the valley" → "fiddler", "the songs of
 * Nell Varga and other gospel singers" → "singer"), when `name` is one of the list's names: the
 * plural's own words before it (in quotes, or capitalised: "Negro singers") left out, as a
 * description says more than what each one is.
 */
function oneOfOthers(name: string, sentence: string, headIsPerson: (phrase: string) => boolean): string | undefined {
  const list = new RegExp(String.raw`(?<![\p{L}\p{M}])(${LISTED_NAME}(?:,\s+${LISTED_NAME})*),?\s+and\s+other\s+(?:["“]?[\p{L}-]+["”]?\s+){0,3}?(\p{Ll}[\p{L}-]*s)(?![\p{L}\p{M}'’-])`, 'gu');
  for (const m of sentence.matchAll(list)) {
    const [, names = '', plural = ''] = m;
    if (!names.split(/,\s+/).some((item) => item.trim() === name)) continue;
    const singular = singularForms(plural).find(headIsPerson);
    if (singular !== undefined) return singular;
  }
  return undefined;
}

/** The most words of each item of a bare description ("library leader" of "author, lecturer and library leader"). */
const BARE_ITEM_WORDS = 3;
/** Words that make a phrase after a name a clause, not a description: "Vane, as the widow", "Orr, no less sensitive". */
const NOT_IN_DESCRIPTION = /^(?:as|was|were|be|been|being|are|is|am|has|have|had|no|less|so|too|then|also|only|just|even|still)$/;

/**
 * One item of a bare description: a few words, an article at most before them ("the cabdriver"),
 * no function word or verb among them ("as the widow", "was a clergyman"), and its head a singular
 * noun ("drapers" is a trade, not what one man is).
 */
function bareItem(item: string, words: NameWords): boolean {
  const ws = item.split(/\s+/);
  const head = ws[ws.length - 1] ?? '';
  const plural = /[^s]s$/.test(head) && words.nounKind?.(head.slice(0, -1)) === 'person';
  return (
    ws.length <= BARE_ITEM_WORDS + 1 &&
    !plural &&
    ws.every((w, i) => !NOT_IN_DESCRIPTION.test(w) && (i === 0 ? /^(?:the|a|an)$/.test(w) || !FUNCTION_WORDS.has(w) : !FUNCTION_WORDS.has(w) && !/^(?:the|a|an)$/.test(w))) &&
    ws.filter((w) => !/^(?:the|a|an)$/.test(w)).length <= BARE_ITEM_WORDS
  );
}

/** A preposition right before a phrase: "… of ", "on ". */
const PREPOSITION_BEFORE = /\b(?:on|in|at|of|from|to|with|for|by|into|onto|upon|over|under|near|beside|behind)\s+$/;
/** A lower-case word after a name that goes on with it as its clause's subject: " amused". */
const CLAUSE_GOES_ON = /^\s+(?!(?:and|or|who|whom|whose|which|of)\b)\p{Ll}/u;

/** Two capitalised words inside a sentence, not within a longer run of them ("Vs." may follow): "… of Tom Lord!". */
const TWO_WORD_NAME = /(?<=[\p{Ll},;:!?"“”(]\s+)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-])(?!\s+(?!V(?:s|ersus)\b)\p{Lu})/gu;

/**
 * The names written as a given name and a title word ("Tom Lord", "Ann Bishop", "Joe Marshal"),
 * which the extraction reads as a title with no name after it, where the story also keeps writing
 * the title word alone as someone ("Lord nodded", "said Lord"): the title word is their surname.
 *
 * @example
 * titleSurnamed(['It was Tom Lord again.', 'Lord laughed.', 'Then Lord left.', 'He saw Lord go.'], undefined); // → ['Tom Lord']
 */
function titleSurnamed(sentences: readonly string[], words: NameWords | undefined): string[] {
  const found = new Set<string>();
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(TWO_WORD_NAME)) {
      const [, given = '', surname = ''] = m;
      // (Not a function word a title capitalises, "The Lamp Of Mr. Pellow", before a courtesy title
      // cut short, "Mr.": a word the story never writes without its full stop is no surname.)
      if (STOPWORDS.has(given.toLowerCase()) || TITLE_CASED.has(given) || !writtenWithoutStop(surname, sentences)) continue;
      if (isNameTitle(surname) && !isNameTitle(given) && !isHonorific(given) && lookupPlace(given) === undefined && mainCharacter(surname, sentences, words)) found.add(`${given} ${surname}`);
    }
  }
  return [...found];
}

/** Whether the story writes the word once at least with no full stop right after it: "Lord", not "Mr." of "Mr. Pellow". */
function writtenWithoutStop(word: string, sentences: readonly string[]): boolean {
  const bare = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}(?![\\p{L}\\p{M}.])`, 'u');
  return sentences.some((sentence) => bare.test(sentence));
}

/**
 * `Clara Voss-Peter Brandt`: two people's full names joined by a hyphen, as a duo or the company
 * they lead is named (`the Clara Voss-Peter Brandt Dance Company`). A given name, a surname, a
 * hyphen, then a given name and a surname.
 */
const HYPHEN_JOINED = /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) (\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’]*)-(\p{Lu}\p{Ll}+) (\p{Lu}[\p{Ll}'’]*\p{Ll}[\p{L}'’]*)(?![\p{L}\p{M}-])/gu;

/**
 * The two people of each hyphen-joined pair of names (see `HYPHEN_JOINED`) whose first surname
 * the story also writes alone, away from the hyphen ("Voss danced the lead"): then the hyphen joins
 * two people, not a double given name in the middle of one ("Anna Marie-Louise Smith").
 */
function hyphenJoinedPairs(sentences: readonly string[]): Array<{ joined: string; people: [{ given: string; surname: string }, { given: string; surname: string }] }> {
  const found = new Map<string, [{ given: string; surname: string }, { given: string; surname: string }]>();
  const alone = (word: string): boolean => sentences.some((sentence) => new RegExp(`(?<![\\p{L}\\p{M}'’-])${word}(?![\\p{L}\\p{M}-])`, 'u').test(sentence));
  for (const sentence of sentences) {
    for (const m of sentence.matchAll(HYPHEN_JOINED)) {
      const [, given1 = '', surname1 = '', given2 = '', surname2 = ''] = m;
      const joined = `${given1} ${surname1}-${given2} ${surname2}`;
      if (found.has(joined) || isNameTitle(given1) || isHonorific(given1) || !alone(surname1)) continue;
      found.set(joined, [
        { given: given1, surname: surname1 },
        { given: given2, surname: surname2 },
      ]);
    }
  }
  return [...found].map(([joined, people]) => ({ joined, people }));
}

/** `John "Jack" Harlan`, `Arthur ‘Bugs’ Baer`: a given name, a nickname in quotes, a surname. */
const NICKNAMED = /(?<![\p{L}\p{M}'’])(\p{Lu}[\p{Ll}'’-]+)\s+["“‘'](\p{Lu}[\p{L}'’-]+)["”’']\s+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}\p{M}])/gu;

/** The people a story writes with a nickname in quotes: "John Harlan", aliases "Jack Harlan". */
function nicknamedPeople(sentences: readonly string[]): Array<{ name: string; aliases: string[] }> {
  const found = new Map<string, Set<string>>();
  for (const sentence of sentences) {
    if (!/["“‘']/.test(sentence)) continue;
    for (const m of sentence.matchAll(NICKNAMED)) {
      const [, given = '', nickname = '', surname = ''] = m;
      const name = `${given} ${surname}`;
      const aliases = found.get(name) ?? new Set<string>();
      aliases.add(`${nickname} ${surname}`);
      found.set(name, aliases);
    }
  }
  return [...found].map(([name, aliases]) => ({ name, aliases: [...aliases] }));
}

/**
 * Whether someone else of the story bears the surname of the name `tokens`: another person read
 * with it, or a couple written with one surname ("John and Sarah Gilles", "Sarah and John Gilles").
 */
function isFamily(tokens: readonly string[], surnames: ReadonlyMap<string, number>, sentences: readonly string[]): boolean {
  const given = tokens[0] ?? '';
  const surname = tokens[tokens.length - 1] ?? '';
  if ((surnames.get(surname.toLowerCase()) ?? 0) > 1) return true;
  const couple = (sentence: string): boolean => {
    for (let at = sentence.indexOf(` ${surname}`); at >= 0; at = sentence.indexOf(` ${surname}`, at + 1)) {
      const before = sentence.slice(Math.max(0, at - 60), at);
      // `John and Sarah` before the surname, or `Sarah and John`: two given names joined by `and`.
      const pair = /(\p{Lu}[\p{L}'’-]+) (?:and|&) (\p{Lu}[\p{L}'’-]+)$/u.exec(before);
      if (pair && (pair[1] === given || pair[2] === given)) return true;
    }
    return false;
  };
  return sentences.some(couple);
}

/** "Sir Anthony", "Dame Ada": a knight or a dame called by a given name. */
const KNIGHT = /^(?:Sir|Dame) (\p{Lu}[\p{L}\p{M}'’-]+)$/u;

/** Whether two roles share no word (an office of one person is not another's: "Chief Justice", "pitcher"). */
function rolesDiffer(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const content = (role: string): string[] => role.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && !STOPWORDS.has(w));
  const mine = new Set(content(a));
  return !content(b).some((w) => mine.has(w));
}

/**
 * Joins the entries of one person the story writes in two short ways into the full name (in
 * place, `people` and `rank` as `proposePeople` keeps them):
 * - "Sir Tobias" beside "Tobias Pelham": a knight called by the given name of the one person of
 *   the story with it (not a body's name) is that person, an alias;
 * - "Pelham" and "Sir Tobias", with no full name in the story: when the other stories (`others`)
 *   list one full name, and one only, with that given name and that surname ("Tobias Pelham"), and
 *   no role of it says another office than the story's, both are that person — the role written
 *   here kept;
 * - "Patchen" alone, with no full name in the story: the one full name the other stories list with
 *   that alias ("Kenneth Patchen", alias "Patchen"), roles agreeing. A surname no other story writes
 *   alone is left as it is: two stories' "Warren" may be two people.
 */
function joinKnightsAndSurnames(people: CuratedPerson[], rank: Map<CuratedPerson, number>, bodies: ReadonlySet<string>, others: readonly CuratedPerson[], sentences: readonly string[]): void {
  const replace = (old: CuratedPerson, merged: CuratedPerson, dropped: readonly CuratedPerson[]): void => {
    rank.set(merged, Math.min(...[old, ...dropped].map((p) => rank.get(p) ?? 1)));
    people.splice(people.indexOf(old), 1, merged);
    for (const p of dropped) people.splice(people.indexOf(p), 1);
  };
  const knightWritten = (given: string): string | undefined => {
    const titled = new RegExp(`(?<![\\p{L}\\p{M}])(?:Sir|Dame) ${escapeRegExp(given)}(?![\\p{L}\\p{M}])(?!\\s+\\p{Lu})`, 'u');
    return sentences.map((sentence) => titled.exec(sentence)?.[0]).find((found) => found !== undefined);
  };
  // "Sir Tobias" proposed beside "Tobias Pelham": the one person of the story with that given name.
  for (const knight of [...people]) {
    const given = KNIGHT.exec(knight.name)?.[1];
    if (given === undefined) continue;
    const bearers = people.filter((p) => p !== knight && /\s/.test(p.name) && !bodies.has(p.name.toLowerCase()) && p.name.split(/\s+/)[0] === given && !KNIGHT.test(p.name));
    const full = bearers[0];
    if (bearers.length !== 1 || full === undefined || rolesDiffer(full.role, knight.role)) continue;
    const role = full.role ?? knight.role;
    replace(full, { name: full.name, ...(role === undefined ? {} : { role }), aliases: [...new Set([...(full.aliases ?? []), knight.name, ...(knight.aliases ?? [])])] }, [knight]);
  }
  // "Pelham" and "Sir Tobias" with no full name in the story: the one another story gives.
  for (const surname of [...people]) {
    if (/\s/.test(surname.name) || !people.includes(surname) || people.some((p) => p !== surname && /\s/.test(p.name) && p.name.split(/\s+/).pop() === surname.name)) continue;
    const names = new Map<string, { knight: string; listed: CuratedPerson[] }>();
    for (const other of others) {
      const tokens = other.name.split(/\s+/);
      const knight = tokens.length >= 2 && tokens[tokens.length - 1] === surname.name && !bodies.has(other.name.toLowerCase()) ? knightWritten(tokens[0] ?? '') : undefined;
      if (knight === undefined) continue;
      names.set(other.name, { knight, listed: [...(names.get(other.name)?.listed ?? []), other] });
    }
    const [only] = names;
    if (names.size !== 1 || only === undefined) continue;
    const [name, { knight, listed }] = only;
    const given = name.split(/\s+/)[0] ?? '';
    // (The knight's own entry, "Sir Tobias" or "Tobias", goes into it.)
    const dropped = people.filter((p) => p.name === knight || p.name === given);
    const role = [surname, ...dropped].map((p) => p.role).find((r) => r !== undefined);
    if ([surname, ...dropped, ...listed].some((p) => rolesDiffer(p.role, role))) continue;
    replace(surname, { name, ...(role === undefined ? {} : { role }), aliases: [...new Set([surname.name, ...(surname.aliases ?? []), knight, ...dropped.flatMap((p) => [...(p.aliases ?? []), ...(p.name === knight ? [] : [p.name])])])] }, dropped);
  }
  // "Patchen" with no full name in the story, where another story lists "Kenneth Patchen" with the
  // alias "Patchen" (it writes him so too): the one full name other stories give that short name, no
  // role of theirs saying another office than the one written here. (An alias, not just the surname:
  // a surname another story never writes alone may be someone else's, "Warren" beside "Glen B. Warren".)
  for (const short of [...people]) {
    if (/\s/.test(short.name) || !people.includes(short) || bodies.has(short.name.toLowerCase())) continue;
    const lower = short.name.toLowerCase();
    if (people.some((p) => p !== short && [p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase().split(/\s+/).includes(lower)))) continue;
    const listed = others.filter((other) => /\s/.test(other.name) && !hasOrganisationHead(other.name.split(/\s+/)) && (other.aliases ?? []).some((alias) => alias.toLowerCase() === lower));
    const full = new Set(listed.map((other) => other.name));
    const [name] = full;
    if (full.size !== 1 || name === undefined || people.some((p) => p.name === name) || listed.some((other) => rolesDiffer(other.role, short.role))) continue;
    replace(short, { name, ...(short.role === undefined ? {} : { role: short.role }), aliases: [...new Set([short.name, ...(short.aliases ?? [])])] }, []);
  }
  // ("Sir Tobias" written in a story that proposes "Tobias Pelham" and no one else called Tobias.)
  for (const [i, person] of people.entries()) {
    const tokens = person.name.split(/\s+/);
    const given = tokens[0] ?? '';
    if (tokens.length < 2 || bodies.has(person.name.toLowerCase()) || KNIGHT.test(person.name) || people.some((p) => p !== person && p.name.split(/\s+/)[0] === given)) continue;
    const knight = knightWritten(given);
    if (knight === undefined || (person.aliases ?? []).includes(knight)) continue;
    const withAlias: CuratedPerson = { ...person, aliases: [...(person.aliases ?? []), knight] };
    people[i] = withAlias;
    rank.set(withAlias, rank.get(person) ?? 1);
  }
}

/**
 * The persons and organisations a story names, read by the same extraction the answers use
 * (`prepareArticle` / `articleEntities`), as a `people:` list for the curator to correct. Kept
 * conservative, since curated people win over extracted ones at answer time:
 * - places never; page furniture never ("Order Reprints | Today");
 * - every word of a name capitalised (particles such as "de" or "of" inside);
 * - a name of one word only with a role written beside it; a role is written in common words;
 * - with a dictionary (`words`): a title inside the name ("Acme CEO Jane Roe") becomes the role; a
 *   name made only of common words ("Battle Against Winter", "Killer Instinct") is not proposed
 *   unless it has a role or is itself a known name ("Federal Reserve"); nor a phrase that only ever
 *   opens a sentence with a common word ("See Acme", "Using Firefox");
 * - the first role seen, and the surnames written alone as aliases (never a bare given name);
 * - a knight called by a given name ("Sir Anthony") an alias of the one person proposed with it, and
 *   a surname and such a given name written apart ("Eden", "Sir Anthony") of the one full name
 *   another story lists (`others`: the knowledge base's and the same ingest's people, "Anthony Eden").
 *
 * @example
 * proposePeople(['State Department spokesman Sean McCormack said no in Baghdad.'], '2007-07-25');
 * // → [{ name: 'Sean McCormack', role: 'State Department spokesman' }]
 */
export function proposePeople(paragraphs: readonly string[], published: IsoDate, words?: NameWords, others: readonly CuratedPerson[] = [], title?: string): CuratedPerson[] {
  const sentences = paragraphs.flatMap((paragraph) => splitSentences(paragraph.replace(/\s+/g, ' ').trim()));
  const entities = articleEntities(prepareArticle({ published, people: [], sentences }));
  const names = new Set(entities.map((entity) => entity.name.trim().toLowerCase()));
  const persons = entities.filter((entity) => entity.type === 'person').map((entity) => entity.name.trim());
  const surnames = new Map<string, number>();
  for (const entity of entities) {
    const last = entity.type === 'person' ? entity.name.trim().split(/\s+/).pop()?.toLowerCase() : undefined;
    if (last !== undefined && entity.name.trim().includes(' ')) surnames.set(last, (surnames.get(last) ?? 0) + 1);
  }
  // Someone the story names, in full or by surname ("Ada Vell", "Vell"), or one the dictionary knows as one person.
  const personWords = new Set(persons.flatMap((p) => [p, ...(p.includes(' ') ? [p.split(/\s+/).pop() ?? p] : [])]));
  const someone = (word: string): boolean => personWords.has(word) || (words !== undefined && !word.includes(' ') && words.wordCase(word) === 'name' && words.namesSomeone?.(word.toLowerCase()) === true);
  const people: CuratedPerson[] = [];
  // How much each proposal matters when the list is too long: a person before an organisation, a role before none.
  const rank = new Map<CuratedPerson, number>();
  for (const found of entities) {
    let entity = found;
    if (entity.type !== 'person' && entity.type !== 'organization') continue;
    // A sentence's full stop is not part of a name ("… Xbox One S."), an initial or "Jr." is.
    let name = entity.name
      .trim()
      .replace(/(\p{L}{2,})\.$/u, (match, word: string) => (/^(jr|sr)$/i.test(word) ? match : word))
      .replace(/(\s\p{Lu})\.$/u, '$1');
    if (name === '' || lookupPlace(name) || !NAME.test(name)) continue;
    // "the move to Harwick Center of the Dunmore Chamber Orchestra": two names an "of" joins, the
    // second one on its own (proposed once, like any name); the first, a venue or a place, is not.
    const joined = words === undefined ? undefined : secondOfTwoJoined(name, sentences, words);
    if (joined !== undefined) {
      if (names.has(joined.toLowerCase()) || people.some((p) => p.name === joined)) continue;
      name = joined;
    }
    let tokens = name.split(/\s+/);
    // "Royal Shrewsbury hospital": an organisation's lower-case institution noun ends its name.
    const institution = entity.type === 'organization' && tokens.length > 2 && isLowerOrgNoun(tokens[tokens.length - 1] ?? '');
    if (!capitalised(institution ? tokens.slice(0, -1) : tokens)) continue;
    // "a Roman Catholic hospital", "an Anglican school": an institution noun after "a" is a kind of
    // institution, not one the story names.
    if (institution && onlyAfterPattern(name, /(?<![\p{L}\p{M}])(?:a|an|another|any|every|each|no)\s+$/iu, sentences)) continue;
    if (tokens.some((token, i) => PRONOUNS.has(token.toLowerCase()) || (i > 0 && TITLE_CASED.has(token)))) continue;
    // "Internationale Tabellen Zur Bestimmung …": a function word of another language capitalised
    // inside the name (not a particle of names, "Von", "De", nor a word English knows) is a title
    // capitalised the English way, a work's; those languages write it in lower case in the names of
    // people and bodies ("Gesellschaft für …").
    if (words !== undefined && tokens.some((token, i) => i > 0 && i < tokens.length - 1 && /^\p{Lu}\p{Ll}+$/u.test(token) && !isParticle(token) && isForeignFunctionWord(token) && words.wordCase(token) === undefined)) continue;
    // "the part of Anna Kessel Dorrin drew on …", "La Lutte avec l'Ange": where a name ends.
    if ((entity.type === 'person' && twoNamesRunTogether(tokens, sentences)) || (words !== undefined && cutFromForeignName(name, sentences, words))) continue;
    // "Commissioner of Internal Revenue": a common word the office's "of" runs on into is no one's
    // name, unless the story also writes it away from the office ("Secretary of State Rusk" … "Rusk said").
    if (words !== undefined && tokens.length === 1 && words.wordCase(name) === 'common' && entity.roles.some((r) => OF_COMPLEMENT.test(r) && onlyAfter(name, r, sentences))) continue;
    let role = entity.roles
      .map((r) => r.trim())
      .find((r) => r !== '' && r.toLowerCase() !== name.toLowerCase() && !names.has(r.toLowerCase()) && readsAsRole(r, words) && !onlyInOpeningPhrase(r, name, sentences));
    // "Lady Grisewold", "Father Ambrel": a style of address (a knight's or a lady's, or a kin word a
    // priest or a nun is called by) before a one-word name is how the name is written, not a role:
    // "Lady" says nothing of what she is, and a role "Father" reads as someone's father.
    if (role !== undefined && tokens.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(role) && (isHonorific(role) || words?.isA?.(role.toLowerCase(), 'relative') === true) && timesWritten(`${role} ${name}`, sentences) > 0) {
      name = `${role} ${name}`;
      tokens = name.split(' ');
      role = undefined;
    }
    // "Publisher of Harbor Tides is Dunmore Press": an office whose "of" complement runs into the
    // name (role "Publisher of Harbor", name "Harbor Tides", the one word read twice) says the
    // name is what the office is of — a work, a body — not who holds it: no role for it.
    if (role !== undefined && tokens.length > 1 && role.split(/\s+/).pop() === tokens[0] && timesWritten(`${role} ${tokens.slice(1).join(' ')}`, sentences) > 0) role = undefined;
    // "O Blessed Virgin Mary", "O Nell Quint, come home": the vocative "O" (no initial: no full stop,
    // no apostrophe) calls on the name after it, and is no word of it.
    if (tokens.length >= 3 && tokens[0] === 'O') {
      tokens = tokens.slice(1);
      name = tokens.join(' ');
      entity = { ...entity, aliases: entity.aliases.filter((alias) => !alias.split(/\s+/).includes('O')) };
    }
    // "Remember Fanny Brice promised …", "Young Tom Ward said …": a common word that only ever opens
    // a sentence or a quotation before a person's name of two words is no part of it.
    if (
      words !== undefined &&
      entity.type === 'person' &&
      tokens.length >= 3 &&
      words.wordCase(tokens[0] ?? '') === 'common' &&
      !isTitleWord(tokens[0] ?? '', words) &&
      !isNameTitle(tokens[0] ?? '') &&
      countryOfDemonym(tokens[0] ?? '') === undefined &&
      /^\p{Lu}/u.test(tokens[1] ?? '') &&
      onlyOpensSentences(name, sentences)
    ) {
      const dropped = tokens[0] ?? '';
      tokens = tokens.slice(1);
      name = tokens.join(' ');
      entity = { ...entity, aliases: entity.aliases.filter((alias) => !alias.split(/\s+/).includes(dropped)) };
    }
    // "Old Tobin is my hero", "poor Nell": an epithet of age, size or fondness before one capitalised
    // word that is no common word is what the speaker calls the person, not a word of the name: the
    // person is "Tobin", called "Old Tobin" too (an alias), and the epithet says it is someone even
    // when written once. (Not a name the dictionary knows whole, "Old Testament", "Big Ben", nor one
    // whose second word is a common word, "Old Glory", "Little Rock".)
    let epithet: string | undefined;
    if (
      words !== undefined &&
      entity.type === 'person' &&
      tokens.length === 2 &&
      EPITHETS.has((tokens[0] ?? '').toLowerCase()) &&
      /^\p{Lu}\p{Ll}+$/u.test(tokens[1] ?? '') &&
      words.wordCase(name) === undefined &&
      // (Nor a common word in the plural, or a kind of person: "Dear Doctors", "Dear Sir".)
      [tokens[1] ?? '', (tokens[1] ?? '').replace(/(?<=\p{Ll})s$/u, '')].every((w) => words.wordCase(w) !== 'common' && !(words.nounKind?.(w.toLowerCase()) === 'person' && words.namesSomeone?.(w.toLowerCase()) !== true)) &&
      lookupPlace(name) === undefined &&
      lookupPlace(tokens[1] ?? '') === undefined
    ) {
      epithet = name;
      tokens = tokens.slice(1);
      name = tokens.join(' ');
      entity = { ...entity, aliases: [...entity.aliases.filter((alias) => alias !== name), epithet] };
    }
    // "Labor Day", "National Maritime Day": a day or a week the story names, no one to ask about.
    if (words !== undefined && namesATime(tokens, words, entity.type === 'person')) continue;
    // "the Virgin Eve", "the Apostle Tam": a word for a kind of person (not someone: "the Eichmann
    // Trial"), written before a name only after "the", is no part of the name when the story writes
    // the rest alone more often ("Eve").
    if (words !== undefined && entity.type === 'person' && tokens.length >= 2 && !isNameTitle(tokens[0] ?? '') && words.nounKind?.((tokens[0] ?? '').toLowerCase()) === 'person' && words.namesSomeone?.((tokens[0] ?? '').toLowerCase()) !== true && onlyAfterPattern(name, ARTICLE_BEFORE, sentences)) {
      const rest = tokens.slice(1).join(' ');
      const alone = new RegExp(`(?<!${escapeRegExp(tokens[0] ?? '')}\\s+)(?<![\\p{L}\\p{M}])${escapeRegExp(rest)}(?![\\p{L}\\p{M}])`, 'gu');
      const whole = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(name)}(?![\\p{L}\\p{M}])`, 'gu');
      const count = (pattern: RegExp): number => sentences.reduce((sum, sentence) => sum + (sentence.match(pattern)?.length ?? 0), 0);
      if (count(alone) > count(whole)) {
        tokens = tokens.slice(1);
        name = rest;
        entity = { ...entity, aliases: entity.aliases.filter((alias) => alias !== rest) };
      }
    }
    if (words !== undefined) {
      // "Acme CEO Jane Roe": the title and what precedes it are the role, the rest the name.
      // ("Booker T. Washington": a word before a middle initial is a given name, unless a title
      // written before names: "Professor J. R. Hale".)
      // ("the Combined Chiefs of Staff": a title in the plural that ends a body's first words heads the body.)
      const title = tokens.findIndex(
        (token, i) =>
          i <= tokens.length - 3 &&
          isTitleWord(token, words) &&
          !(/^\p{Lu}\.$/u.test(tokens[i + 1] ?? '') && !isNameTitle(token)) &&
          !(entity.type === 'organization' && i > 0 && hasOrganisationHead(tokens.slice(0, i + 1))),
      );
      // "Archbishop of Canterbury", "Assistant Professor of Philosophy": an office with no name after its titles is no one's name.
      let last = title;
      while (last >= 0 && isTitleWord(tokens[last + 1] ?? '', words)) last++;
      if (title >= 0 && /^\p{Ll}/u.test(tokens[last + 1] ?? '')) continue;
      // "National Audubon Society", "Retail Clerks International Association": an organisation's
      // whole name, not a role ("National", "Retail Clerks") before one. (An initial after the title
      // is a person's name the extraction took for an organisation: "Congressman Wilbur D. Mills".)
      const rest = tokens.slice(title + 1);
      // ("Augusta National Golf Club Course": nor a body's word inside what would be left, no one's name.)
      const organisation = (entity.type !== 'person' && hasOrganisationHead(rest) && !rest.some((token) => /^\p{Lu}\.$/u.test(token))) || rest.slice(0, -1).some((token) => hasOrganisationHead([token]));
      if (title >= 0 && !organisation) {
        // "National Committeeman Paul Ziffren": titles in a row are one role, while a name of two
        // words is left after them ("Sheriff Guy Fawkes" keeps "Guy").
        let end = title;
        while (end + 1 < tokens.length - 2 && isTitleWord(tokens[end + 1] ?? '', words)) end++;
        const titles = tokens.slice(0, end + 1).join(' ');
        // ("Democratic National Committeeman …": the extraction's role written right before them joins them.)
        if (role !== undefined && sentences.some((sentence) => sentence.includes(`${role} ${titles} `))) role = `${role} ${titles}`;
        role ??= titles;
        tokens = tokens.slice(end + 1);
        name = tokens.join(' ');
      }
      // "Minister of Foreign Affairs Quillon", "Regius Professor of Modern History": the title's
      // "of" complement runs on through common words, which are no part of the name.
      if (role !== undefined && OF_COMPLEMENT.test(role)) {
        let complement = 0;
        while (complement < tokens.length && /^\p{Lu}\p{Ll}/u.test(tokens[complement] ?? '') && words.wordCase(tokens[complement] ?? '') === 'common') complement++;
        // (All of it, "Regius Professor of Modern History", cannot be told from a surname that is
        // also a common word: "Secretary of State Rusk".)
        if (complement > 0 && complement < tokens.length) {
          role = `${role} ${tokens.slice(0, complement).join(' ')}`;
          tokens = tokens.slice(complement);
          name = tokens.join(' ');
        }
      }
      if (role === undefined) {
        const content = tokens.filter((token) => !isParticle(token));
        // "Bent-Arm", "Push-Pull": a compound of common words is a common word.
        const common = (token: string): boolean =>
          FUNCTION_WORDS.has(token.toLowerCase()) || words.wordCase(token) === 'common' || (token.includes('-') && token.split('-').every((part) => words.wordCase(part) === 'common'));
        // ("National Association of Harbor Boards": common words, but with a head that names a body.)
        if (words.wordCase(name) !== 'name' && content.every(common) && !(tokens.length > 2 && hasOrganisationHead(tokens))) continue;
        // ("Bud Wessel is the Director.": not a person the story gives a role.)
        if (words.wordCase(tokens[0] ?? '') === 'common' && onlyOpensSentences(name, sentences) && !(entity.type === 'person' && describedRole(name, sentences, words, persons) !== undefined)) continue;
      }
    }
    // "the Australian Charles Bean": a nationality written before a person's name is what they
    // are, not a word of their name (not before a title, which took it into the role, nor before
    // common words: "English Revised Version").
    const nationality = tokens[0] ?? '';
    if (
      entity.type === 'person' &&
      tokens.length >= 3 &&
      !/s$/i.test(nationality) &&
      countryOfDemonym(nationality) !== undefined &&
      lookupPlace(nationality) === undefined &&
      !tokens.includes('&') &&
      (words === undefined || tokens.slice(1).some((token) => words.wordCase(token) !== 'common'))
    ) {
      role ??= nationality;
      tokens = tokens.slice(1);
      name = tokens.join(' ');
    }
    // "Rev. Corder, a Baptist minister,": the description says more than a title alone.
    if ((role === undefined || isNameTitle(role)) && words !== undefined && entity.type === 'person') {
      // ("A young real estate salesman, Kern first …": or, with no title, beside the surname the story writes alone.)
      const surname = tokens.length > 1 ? tokens[tokens.length - 1] : undefined;
      const alone = role === undefined && surname !== undefined && entity.aliases.includes(surname) ? describedRole(surname, sentences, words, persons, true) : undefined;
      role = describedRole(name, sentences, words, persons) ?? alone ?? role;
    }

    if (role === undefined && onlyInTitleCase(name, sentences)) continue;
    // ("my Aunt Hedda": a kinship word or a title before the name makes it someone all the same.)
    const titled = isNameTitle(tokens[0] ?? '') || isHonorific(tokens[0] ?? '');
    const kin = titled || words?.nounKind?.(tokens[0] ?? '') === 'person';
    if (role === undefined && !kin && onlyAfterPossessive(name, sentences)) continue;
    // (The two readers below look at a phrase of several words without a role or a title before it.)
    const untitledPhrase = role === undefined && tokens.length > 1 && !titled;
    // "the Youngest Son or Trickster Hero", "The Walnut Trees", "sends Angels of Death": words the
    // dictionary writes in lower case in their first sense, capitalised as a title, only ever after
    // "the" with a head that names a kind of person or a plural (a type, a work's short title), or
    // with a plural head before "of" (many of a kind), are no one to ask about — unless a body's
    // head after "the" ("Harbor Authority"), a known place inside ("United States"), or a name the dictionary
    // knows whole ("Federal Reserve").
    if (
      untitledPhrase &&
      words?.firstSenseName !== undefined &&
      words.wordCase(name) !== 'name' &&
      tokens.every((token) => isParticle(token) || (words.wordCase(token) !== undefined && words.firstSenseName?.(token) === false)) &&
      !tokens.some((token, i) => i < tokens.length - 1 && lookupPlace(`${token} ${tokens[i + 1] ?? ''}`) !== undefined) &&
      ((!hasOrganisationHead(tokens) && onlyAfterPattern(name, GENERIC_THE_BEFORE, sentences) && kindHead(tokens[tokens.length - 1] ?? '', words)) || pluralBeforeOf(tokens, words))
    )
      continue;
    // "Malraux's latest book, La Mort Des Hommes, Vol. 1", "her novel Quiet Harbors": a name written
    // as what a noun for a work (a book, a film, a painting: WordNet's creations and writings) is
    // called is that work's title, no one's.
    if (role === undefined && !kin && words?.isA !== undefined && namesAWork(name, sentences, words)) continue;
    // "the Van Dorr machines": a person's name only ever written as a modifier of a common noun,
    // after "the", names the things after someone and is no mention of them.
    // (Not a name whose surname the story also writes alone: "the Jan Orr award" … "who killed Orr".)
    if (untitledPhrase && entity.type === 'person' && entity.aliases.length === 0 && words !== undefined && onlyModifiesANoun(name, sentences, words)) continue;
    // "his dream of a Turkish Blood Alliance", "the form of a Christian Heaven": a name of two words
    // or more the story only ever writes after "a" or "an" is a kind of thing, not one it names.
    // (Not a person set up as a type, "a Jules Verne", "a Hank Rudd": only when its last word is a
    // word whose first sense the dictionary writes in lower case, "Paradise"; nor a title of
    // someone's: "a Dr. Ned Orr called"; nor a body, which may be a real one the story has in mind:
    // "the plan for a Northern Defense Community was rejected".)
    if (
      untitledPhrase &&
      words?.firstSenseName !== undefined &&
      !hasOrganisationHead(tokens) &&
      words.wordCase(tokens[tokens.length - 1] ?? '') !== undefined &&
      !words.firstSenseName(tokens[tokens.length - 1] ?? '') &&
      onlyAfterPattern(name, INDEFINITE_BEFORE, sentences) &&
      !modifiesANoun(name, sentences)
    )
      continue;
    if (role === undefined && words !== undefined && foreignLandmark(tokens, name, sentences, words)) continue;
    // "add the peppers and you call it Harbor Stew": a name the story only gives a thing ("call it",
    // "named them") is that thing's, no one's.
    if (role === undefined && !kin && onlyAfterPattern(name, /(?<![\p{L}\p{M}])(?:call|calls|called|calling|name|names|named|naming|dub|dubs|dubbed|dubbing)\s+(?:it|them|this|that)\s+$/iu, sentences)) continue;
    // "Puerto Rico", "Cape Cod": a name the dictionary knows as a place, with no role beside it, is
    // a place the gazetteer lacks, not someone.
    if (role === undefined && tokens.length > 1 && words?.nounKind?.(name.toLowerCase()) === 'place') continue;
    // "the Gatling Gun", "the Rosetta Stone": a name the dictionary knows whole as a made thing
    // first of all (a weapon, a tool, a building), with no body's head and never a doer, is that thing.
    if (role === undefined && tokens.length > 1 && words?.firstSenseIsA !== undefined && words.wordCase(name) === 'name' && words.firstSenseIsA(name.toLowerCase(), 'artifact') && !hasOrganisationHead(tokens) && !writtenAsDoer(name, sentences)) continue;
    // "the Purple Heart", "the Distinguished Quellmark Medal": an award — one the dictionary knows
    // whole (and as no body), or one whose last word is a common word for an award ("Medal",
    // "Prize", "Trophy") and no body's head — is a thing given, no one to list.
    if (role === undefined && tokens.length > 1 && words?.isA !== undefined && awardName(tokens, words)) continue;
    // "the cold rooms of Quorrel House", "4 Tarry Wynd, Cambridge": a dwelling (a name the dictionary
    // does not know whole, whose last word is first of all a kind of dwelling: "House", "Castle",
    // "Cottage") the story never writes as a doer ("Marrowby House said", "published by …"), and a
    // street of an address (a house number before it, a known town after it), are places.
    if (role === undefined && !titled && tokens.length > 1 && words !== undefined && dwellingName(tokens, name, sentences, words)) continue;
    if (role === undefined && !titled && tokens.length > 1 && onlyInAddress(name, sentences)) continue;
    // "a Gorse Bottom, a low region near the river": a name the story describes as a place is one.
    if (role === undefined && !titled && words !== undefined && describedAsPlace(name, sentences, words)) continue;
    // "Vell's Icelandic Tragedy", "the Orr Tabulations": a name only ever written after the
    // possessive of someone (a person the story names, or one the dictionary knows), or one of
    // someone's surname and common words for a thing, only ever after "the" (no one's name: "Fabian
    // Forte"), is their work or a thing named after them.
    // (Not a body: "Kennedy's Peace Corps", "St. Stephen's Episcopal Day School".)
    if (
      role === undefined &&
      !titled &&
      tokens.length > 1 &&
      words !== undefined &&
      entity.type !== 'organization' &&
      !hasOrganisationHead(tokens) &&
      (onlyAfterSomeonesPossessive(name, sentences, someone) ||
        (namedAfterSomeone(tokens, persons, words) && onlyAfterPattern(name, ARTICLE_BEFORE, sentences)) ||
        foreignWorkOfSomeone(tokens, name, sentences, words))
    )
      continue;
    // "Roman Catholics", "Christian Scientists": a name the dictionary knows as a kind of person (a
    // member of a faith, a movement), with no role beside it, is many people, no one to list.
    if (role === undefined && entity.type !== 'organization' && tokens.length > 1 && words?.nounKind?.(name.toLowerCase()) === 'person' && words.namesSomeone?.(name.toLowerCase()) === false) continue;
    // "Eighteenth-century France", "Southern Vermont": a place the gazetteer knows, after common words
    // that qualify it (a time, a part), is that place.
    if (
      role === undefined &&
      words !== undefined &&
      tokens.length > 1 &&
      lookupPlace(tokens[tokens.length - 1] ?? '') !== undefined &&
      tokens.slice(0, -1).every((token) => words.wordCase(token) === 'common' || (token.includes('-') && words.wordCase(token.slice(token.lastIndexOf('-') + 1)) === 'common'))
    )
      continue;
    // "lives in Coral Gables", "dined at the Jolly Roger": a name of two words or more, with no role and
    // no title, written only after a preposition of place (never as someone's: "in Ann Vale's score") is a place.
    if (role === undefined && !kin && entity.type !== 'organization' && tokens.length > 1 && onlyAfterPlacePreposition(name, sentences)) continue;
    // "buses to Mineral Wells", beside "planes to Las Vegas": a name that opens with a common word
    // ("Copper", "Mineral"), written only as where a journey that also goes to a known place leads, is a place.
    if (role === undefined && !kin && words !== undefined && entity.type !== 'organization' && tokens.length > 1 && words.wordCase(tokens[0] ?? '') === 'common' && onlyADestination(name, sentences)) continue;
    // One word with no role: only a person the story keeps naming ("Wright" of a life of Frank Lloyd Wright).
    if (tokens.length < 2 && role === undefined && epithet === undefined && !(entity.type === 'person' && mainCharacter(name, sentences, words))) continue;
    if (people.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    // Surnames written alone in the story ("McCormack said"), as the answers link them. A given
    // name alone ("Sarah") only when no one else of the story bears the surname: in a family or a
    // couple ("John and Sarah Gilles") a bare given name is no sure way to tell who is meant.
    const given = entity.type === 'person' && tokens.length > 1 && isFamily(tokens, surnames, sentences) ? tokens[0]?.toLowerCase() : undefined;
    // "American Boat" → "Boat", "Turkish Republic" → "Republic": a name whose every other word is a
    // common word or a nationality is no one's given name and surname, and its common last word
    // alone is no alias ("Betsey Long" keeps "Long").
    const commonName =
      words !== undefined &&
      tokens.length > 1 &&
      tokens.slice(0, -1).every((token) => words.wordCase(token) === 'common' || countryOfDemonym(token) !== undefined);
    let aliases = entity.aliases.filter(
      (a) => a.toLowerCase() !== name.toLowerCase() && a.toLowerCase() !== given && !(commonName && a === tokens[tokens.length - 1] && words?.wordCase(a) === 'common'),
    );
    // "Mrs. Cyril Ring": she keeps her title, and her surname is hers only after it ("Mrs. Ring").
    if (entity.type === 'person' && onlyAsWife(name, sentences)) {
      const title = /(?:^|\s)(Mrs|Mme)\.?\s+$/u.exec(sentences.find((sentence) => sentence.includes(name))?.split(name)[0] ?? '')?.[0].trim() ?? 'Mrs.';
      const surname = tokens[tokens.length - 1] ?? '';
      aliases = aliases.map((a) => (a === surname ? `${title} ${a}` : a)).filter((a) => a.startsWith(title));
      name = `${title} ${name}`;
      if (people.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    }
    // "Ada P. Vell, Jr., argues": the suffix the story writes after the full name is part of it
    // (the answers' reading leaves it out, as no one is called by it alone).
    const suffix = entity.type === 'person' && tokens.length > 1 ? new RegExp(`(?<![\\p{L}\\p{M}.])${escapeRegExp(name)}(,?\\s+(?:Jr|Sr)\\.)`, 'u') : undefined;
    const written = suffix === undefined ? undefined : sentences.map((sentence) => suffix.exec(sentence)?.[1]).find((found) => found !== undefined);
    if (written !== undefined && !people.some((p) => p.name === `${name}${written}`)) name = `${name}${written}`;
    if (role !== undefined) role = withQualifier(role, name, sentences);
    const person: CuratedPerson = { name, ...(role === undefined ? {} : { role }), ...(aliases.length === 0 ? {} : { aliases }) };
    people.push(person);
    rank.set(person, (entity.type === 'person' ? 0 : 2) + (role === undefined ? 1 : 0));
  }
  // "Eisenhower", "Plato": a one-word name the story keeps writing, which the extraction leaves
  // untyped (no title, no "said" after it) but the dictionary knows as a person.
  if (words !== undefined) {
    for (const name of knownPeopleAlone(sentences, words)) {
      const lower = name.toLowerCase();
      // (A name the extraction took for a place only from a preposition before it — "to Irenaeus",
      // "for Wright" — that no gazetteer knows is still the person the dictionary knows.)
      const typed = entities.filter((e) => e.name.trim().toLowerCase() === lower);
      const readAsPlace = typed.length > 0 && typed.every((e) => e.type === 'place');
      const taken = (names.has(lower) && !readAsPlace) || people.some((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase() === lower || n.toLowerCase().endsWith(` ${lower}`)));
      // ("Lincoln", a city too: the person the dictionary knows first, unless the story writes it as a place: "in Lincoln".)
      // (Nor a work named after its hero, "the Gorm poet", "in Gorm".)
      if (taken || (lookupPlace(name) && writtenAsPlace(name, sentences)) || !mainCharacter(name, sentences, words) || writtenAsWork(name, sentences, words)) continue;
      const person: CuratedPerson = { name };
      people.push(person);
      rank.set(person, 1);
    }
  }
  // (Not the given name or surname of someone proposed, "Ginny" beside "Ginny Marr"; not a body the
  // story's names read it as.)
  const wordOfProposed = (lower: string): boolean => people.some((p) => [p.name, ...(p.aliases ?? [])].some((n) => n.toLowerCase().split(/\s+/).includes(lower)));
  const readAsBody = (lower: string): boolean => entities.some((e) => e.type === 'organization' && e.name.trim().toLowerCase() === lower);
  // "Ginny" of a story that keeps writing "said Ginny", "Ginny nodded": a one-word name the story
  // uses as someone again and again, even one the dictionary knows as a common word too ("Robin").
  for (const name of peopleByUse(sentences, words)) {
    const lower = name.toLowerCase();
    if (wordOfProposed(lower) || readAsBody(lower) || (lookupPlace(name) && writtenAsPlace(name, sentences)) || !mainCharacter(name, sentences, undefined)) continue;
    const person: CuratedPerson = { name };
    people.push(person);
    rank.set(person, 1);
  }
  // "Vell declared …", "Orsat and I", "the conclusion to which Plotinus was forced": a one-word name
  // written as someone, too seldom for the readers above.
  const personForms = entities.filter((e) => e.type === 'person').flatMap((e) => [e.name.trim(), ...e.aliases]);
  for (const name of writtenAsSomeone(sentences, words, personForms)) {
    const lower = name.toLowerCase();
    if (wordOfProposed(lower) || readAsBody(lower) || writtenAsPlace(name, sentences) || (words !== undefined && writtenAsWork(name, sentences, words))) continue;
    // "Sir Anthony observed": a knight or a lady called by a given name keeps the title.
    const titles = sentences.flatMap((sentence) => [...sentence.matchAll(new RegExp(`(\\S+)\\s+${name}(?![\\p{L}\\p{M}])`, 'gu'))].map((m) => m[1] ?? ''));
    const knighted = titles.length === timesWritten(name, sentences) && titles.every((title) => /^(?:Sir|Dame|Lady|Lord)$/.test(title));
    const role = words === undefined ? undefined : describedRole(name, sentences, words, persons, true);
    const person: CuratedPerson = { name: knighted ? `${titles[0] ?? ''} ${name}` : name, ...(role === undefined ? {} : { role }) };
    people.push(person);
    rank.set(person, role === undefined ? 1 : 0);
  }
  // "Tom Lord" of a story that keeps writing "Lord said": a title word after a given name, which the
  // story also writes alone as someone, is that person's surname, not a title.
  const titleSurnames = titleSurnamed(sentences, words);
  for (const name of titleSurnames) {
    if (people.some((p) => p.name.toLowerCase() === name.toLowerCase())) continue;
    // (The surname alone is an alias only when no one else of the story bears it: "Doctor Lord", his father.)
    const surname = name.split(' ')[1] ?? '';
    const shared = titleSurnames.some((other) => other !== name && other.endsWith(` ${surname}`));
    const person: CuratedPerson = { name, ...(shared ? {} : { aliases: [surname] }) };
    people.push(person);
    rank.set(person, 1);
  }
  for (const nicknamed of nicknamedPeople(sentences)) {
    // `John "Jack" Harlan` is read as "Harlan" alone (the quotes end the name): the whole name, with
    // the nickname as an alias, replaces it.
    const surname = nicknamed.name.split(' ').pop() ?? '';
    if (people.some((p) => p.name === nicknamed.name)) continue;
    const at = people.findIndex((p) => p.name === surname);
    const found = at >= 0 ? people[at] : undefined;
    const person: CuratedPerson = { name: nicknamed.name, ...(found?.role === undefined ? {} : { role: found.role }), aliases: [...new Set([...nicknamed.aliases, surname])] };
    if (at >= 0) people.splice(at, 1, person);
    else people.push(person);
    rank.set(person, found?.role === undefined ? 1 : 0);
  }
  // "the Clara Voss-Peter Brandt duo": two people, Clara Voss and Peter Brandt, each with the surname
  // the story writes alone as an alias — not one person "Clara Voss-Peter Brandt", nor a bare "Voss"
  // and "Brandt" (whose roles they take). A company named after them keeps its name.
  for (const { joined, people: pair } of hyphenJoinedPairs(sentences)) {
    const key = joined.toLowerCase();
    for (let i = people.length - 1; i >= 0; i--) {
      const name = (people[i] as CuratedPerson).name.toLowerCase();
      if (name === key || name.endsWith(` ${key}`)) people.splice(i, 1);
    }
    for (const { given, surname } of pair) {
      const name = `${given} ${surname}`;
      if (people.some((p) => p.name === name)) continue;
      const at = people.findIndex((p) => p.name === surname);
      const bare = at >= 0 ? people[at] : undefined;
      const writtenAlone = sentences.some((sentence) => new RegExp(`(?<![\\p{L}\\p{M}'’-])(?<!\\p{Lu}\\p{L}* )${surname}(?![\\p{L}\\p{M}-])`, 'u').test(sentence));
      const person: CuratedPerson = { name, ...(bare?.role === undefined ? {} : { role: bare.role }), ...(writtenAlone ? { aliases: [surname] } : {}) };
      if (at >= 0) people.splice(at, 1, person);
      else people.push(person);
      rank.set(person, bare?.role === undefined ? 1 : 0);
    }
  }
  // "Cliburn" beside "Van Cliburn", "Congressman Martin" beside "Rep. David Martin": a one-word name
  // that is the surname of one person proposed, and of no one else, is that person written short —
  // an alias (and the role, if the full name has none), not someone else to list.
  const bodies = new Set(entities.filter((e) => e.type !== 'person').map((e) => e.name.trim().toLowerCase()));
  for (let i = people.length - 1; i >= 0; i--) {
    const short = people[i] as CuratedPerson;
    if (/\s/.test(short.name)) continue;
    const lower = short.name.toLowerCase();
    const bearers = people.filter((p) => p !== short && /\s/.test(p.name) && !bodies.has(p.name.toLowerCase()) && p.name.toLowerCase().split(/\s+/).pop() === lower);
    if (bearers.length !== 1 || people.some((p) => p !== short && !bearers.includes(p) && (p.aliases ?? []).some((a) => a.toLowerCase() === lower))) continue;
    const full = bearers[0] as CuratedPerson;
    const merged: CuratedPerson = {
      name: full.name,
      ...(full.role ?? short.role ? { role: (full.role ?? short.role) as string } : {}),
      aliases: [...new Set([...(full.aliases ?? []), short.name, ...(short.aliases ?? [])])],
    };
    people.splice(people.indexOf(full), 1, merged);
    rank.set(merged, Math.min(rank.get(full) ?? 1, rank.get(short) ?? 1));
    people.splice(people.indexOf(short), 1);
  }
  // "Wiley & Sons" beside "John Wiley & Sons": a body of two words or more (a body's head, or an
  // ampersand) that ends the name of one other proposed, after a word or two of a name, and no
  // other's, is that body written short — an alias, not a second firm.
  for (let i = people.length - 1; i >= 0; i--) {
    const short = people[i] as CuratedPerson;
    const tokens = short.name.split(/\s+/);
    // (Not a name with "of", which a longer one may narrow into another body: "Church of England" beside
    // "Presbyterian Church of England".)
    if (tokens.length < 2 || tokens.some((t) => t !== '&' && isParticle(t)) || !(tokens.includes('&') || hasOrganisationHead(tokens))) continue;
    // (A given name or a word more before it, "John", not another body it belongs to, "Penrose Fund of
  // the …", nor a place's, "Georgia Supreme Court" beside "Supreme Court".)
    const longer = people.filter((p) => p !== short && p.name.endsWith(` ${short.name}`) && p.name.slice(0, -short.name.length).trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) && !isParticle(w) && !hasOrganisationHead([w]) && lookupPlace(w.replace(/\.$/, '')) === undefined && countryOfDemonym(w) === undefined) && p.name.split(/\s+/).length - tokens.length <= 2 && lookupPlace(p.name.slice(0, -short.name.length).trim()) === undefined);
    const full = longer[0];
    if (longer.length !== 1 || full === undefined || rolesDiffer(full.role, short.role)) continue;
    const merged: CuratedPerson = { name: full.name, ...(full.role ?? short.role ? { role: (full.role ?? short.role) as string } : {}), aliases: [...new Set([...(full.aliases ?? []), short.name, ...(short.aliases ?? [])])] };
    people.splice(people.indexOf(full), 1, merged);
    rank.set(merged, Math.min(rank.get(full) ?? 2, rank.get(short) ?? 2));
    people.splice(people.indexOf(short), 1);
  }
  joinKnightsAndSurnames(people, rank, bodies, others, sentences);
  // "the various Tarrow Synods" beside "the Tarrow Synod": the plural of a name proposed is that name
  // written of its meetings over the years — an alias of it, not another body.
  for (let i = people.length - 1; i >= 0; i--) {
    const plural = people[i] as CuratedPerson;
    const singulars = singularForms(plural.name).filter((n) => /\s/.test(n));
    const single = people.find((p) => p !== plural && singulars.includes(p.name));
    // (People's names are not plurals: "Ann Rivers" is not two of "Ann River".)
    if (single === undefined || !bodies.has(single.name.toLowerCase())) continue;
    const merged: CuratedPerson = { ...single, ...(single.role ?? plural.role ? { role: (single.role ?? plural.role) as string } : {}), aliases: [...new Set([...(single.aliases ?? []), plural.name])] };
    people.splice(people.indexOf(single), 1, merged);
    rank.set(merged, Math.min(rank.get(single) ?? 1, rank.get(plural) ?? 1));
    people.splice(people.indexOf(plural), 1);
  }
  // "the National Association of Harbor Boards (NAHB)": the short form written after the name is an alias.
  for (const [i, person] of people.entries()) {
    const short = acronymAfter(person.name, sentences);
    if (short !== undefined && !(person.aliases ?? []).includes(short)) {
      const withAlias: CuratedPerson = { ...person, aliases: [...(person.aliases ?? []), short] };
      people[i] = withAlias;
      rank.set(withAlias, rank.get(person) ?? 0);
    }
  }
  // "The Vice President Calls on Secretary Lawrence": a title the headline writes before a surname
  // (or a full name) is the role of the one person of the story with no role who bears it.
  if (title !== undefined) {
    for (const [i, person] of people.entries()) {
      // (A person's: not a body whose last word the headline writes after other capitals, "Political
      // General Staff" beside "the Combined Chiefs of Staff".)
      if (person.role !== undefined || !person.name.includes(' ') || bodies.has(person.name.toLowerCase()) || hasOrganisationHead(person.name.split(/\s+/))) continue;
      const surname = person.name.split(/\s+/).pop() ?? '';
      if (people.some((other) => other !== person && other.name.split(/\s+/).pop() === surname)) continue;
      const before = new RegExp(`((?:\\p{Lu}[\\p{L}.'’-]*\\s+)+)(?:${escapeRegExp(person.name)}|${escapeRegExp(surname)})(?![\\p{L}\\p{M}])`, 'u').exec(title)?.[1]?.trim().split(/\s+/) ?? [];
      let from = before.length;
      while (from > 0 && (isNameTitle(before[from - 1] ?? '') || (words !== undefined && isTitleWord(before[from - 1] ?? '', words))) && !isHonorific(before[from - 1] ?? '')) from--;
      if (from === before.length) continue;
      const titled: CuratedPerson = { ...person, role: before.slice(from).join(' ') };
      people[i] = titled;
      rank.set(titled, rank.get(person) ?? 0);
    }
  }
  if (people.length <= MAX_PEOPLE) return people;
  // A long story keeps its people, in the story's order, before organisations it names in passing.
  const kept = new Set([...people].sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)).slice(0, MAX_PEOPLE));
  return people.filter((p) => kept.has(p));
}
