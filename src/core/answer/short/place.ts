/** Where: the place a sentence gives, "in Baghdad" before "to Iraq". */
import { countryOfDemonym, lookupPlace } from '../../facts/gazetteer.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { IRREGULAR_VERBS } from '../../text/irregular-verbs.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import type { EntityMention } from '../../types.js';
import { escapeRegExp, freshEntities, inClauseOrder, joinedPair, mentionedInQuestion, NO_FIT, offClause, ownedBy, placeAsWritten, type ShortAnswer, type ShortAnswerInput } from './shared.js';

/** The text before a place ends inside a "from" phrase: "from the Newport field in" (no "to" since). */
const ORIGIN_PHRASE = /\bfrom\s+(?:(?!to\b|into\b|toward\b|towards\b|and\b)[^\s,;]+\s+){0,5}(?:in|at|near)\s+(?:the\s+)?$/i;


/**
 * How the place stands beside the question's words: 2 when the word right before it (or before its
 * preposition) is the thing the question asks the place of ("the convention in Wheeling" for "where
 * was the convention …"), 1 when that word or the one right after it (not a small word) is another
 * of the question's, 0 otherwise.
 */
function besideQuestionWord(sentence: string, place: string, questionStems: ReadonlySet<string>, placed: string | undefined): number {
  const at = sentence.indexOf(place);
  if (at < 0) return 0;
  const next = /^[\s-]+([\p{L}'’]+)/u.exec(sentence.slice(at + place.length))?.[1];
  // ("moved to Chase Hall": the verb before the place's preposition is beside it too.)
  // ("the outskirts of Philadelphia": the noun a place completes with "of" is beside it too.)
  const previous = /([\p{L}'’]+)[\s-]+(?:(?:to|into|in|at|on|near|of)\s+(?:the\s+)?)?$/u.exec(sentence.slice(Math.max(0, at - 40), at))?.[1];
  const [after, before] = [next, previous].map((word) => (word === undefined ? undefined : tokenize(word)[0]));
  if (placed !== undefined && before?.stem === placed) return 2;
  return [after, before].some((token) => token !== undefined && !STOPWORDS.has(token.word) && questionStems.has(token.stem)) ? 1 : 0;
}

/**
 * The place of a where question: one after in/at over one after from/to, a city over a country.
 *
 * @example
 * placeAnswer({ type: 'where', sentence: 'They met in Baghdad.', facts, … }); // { answer: 'Baghdad', fit: 1 }
 */
export function placeAnswer(input: ShortAnswerInput): ShortAnswer {
  const { sentence } = input;
  const asksOrigin = input.questionStems.has('from');
  const scored = freshEntities(input)
    .filter((e) => e.type === 'place' && !demonym(e.text))
    .map((e, order) => {
      // ("west of Birmingham": a direction's "of" places it as "in" does.)
      const prepositions = String.raw`\b(in|at|near|outside|inside|from|to|into|(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(?:the\s+)?`;
      // ("held in nearby Shiloh", "at suburban Dunmore": a word that describes the place may stand
      // between — not when the place then only describes a noun: "in the first New York performance".)
      const before = (new RegExp(`${prepositions}${escapeRegExp(e.text)}`).exec(sentence) ?? new RegExp(`${prepositions}${DESCRIBING_WORD}${escapeRegExp(e.text)}(?![\\s-]+[a-z])`).exec(sentence))?.[1];
      const kind = lookupPlace(e.name)?.kind;
      // ("about forty miles west of Dayton, near the Indiana border": a bearing from a place says more than "near".)
      const preposition = before === undefined ? 0 : ['from', 'to', 'into'].includes(before) ? 1 : / of$/.test(before) ? 2 + BEARING : 2;
      const origin = before === 'from' || ORIGIN_PHRASE.test(sentence.slice(0, sentence.indexOf(e.text)));
      // "of Kentucky origin" for "where does bourbon originate": the place beside a word of the
      // question is the one it asks about, before a place after "in".
      const beside = besideQuestionWord(sentence, e.text, input.questionStems, input.placed);
      // "sells better in America than in France": the place after "than" is what the answer is
      // compared with, not the answer.
      // "arrested Peter Vance of Calloway, Ohio": where a person lives or comes from, written after
      // their name, is not where the event told of took place — the place after "in" or "at" is.
      // ("where is the champion from": there it is the answer.)
      const residence = !asksOrigin && residenceOf(sentence, e.text, input.facts.entities);
      const compared = new RegExp(`\\bthan\\s+(?:(?:in|at|on|to|from)\\s+)?(?:the\\s+)?${escapeRegExp(e.text)}`).test(sentence);
      // "where did they fly from": the place of the "from" phrase ("from the airfield in Calloway") before any other.
      return { e, origin, compared, residence: residence && beside === 0, score: (beside > 0 ? 2 + beside : residence ? RESIDENCE : preposition) + (asksOrigin && origin ? 3 : 0) + (kind === 'country' || kind === 'region' ? 0 : 0.5) + order * 0.01 };
    })
    .sort((a, b) => b.score - a.score);
  // The place of the clause the question is about comes first ("…in Paris, and … in Tokyo").
  // A place the answer is compared with comes last.
  const clauses = inClauseOrder(scored, (p) => p.e.text, input);
  // "Ann Vesey, Quillbury Museum, Leeds, and Tom Orlick, University of Lund, Sweden": the places
  // written after the one person the question names, up to the next person, are that person's.
  const own = askedPersonSpan(sentence, input.facts.entities, input.questionStems);
  const inOwn = (p: (typeof scored)[number]): boolean => own !== undefined && writtenWithin(sentence, p.e.text, own);
  const ordered = own === undefined ? clauses : [...clauses.filter(inOwn), ...clauses.filter((p) => !inOwn(p))];
  const ranked = [...ordered.filter((p) => !p.compared), ...ordered.filter((p) => p.compared)];
  const top = ranked[0];
  // "Before the charter of the Virginia, Graham had been snooping around the Rey Mission": the
  // name the question's verb takes is where, before a place named elsewhere in the sentence.
  // (Places among themselves are ranked above, by the words beside them.)
  const governed = governedSite(input);
  // (As sure a fit as the sentence's place, or as a body with no place named: only the answer shown changes.)
  if (governed !== undefined && !offClause(sentence, governed.text, input.questionStems)) return { answer: governed.text, fit: top === undefined ? ORGANISATION_AS_PLACE : top.score >= 2 ? 1 : 0.75 };
  // "moved to the new hall from Chase Hall": where something came from answers only "where … from".
  // The place it went to may be no name the reader knows; the sentence, which says it, is the answer.
  if (top?.origin && !input.questionStems.has('from')) return { answer: sentence, fit: top.score >= 2 ? 1 : 0.75 };
  // "police questioned Ann Orme, of Brackton": when the only place is where a person lives, the
  // sentence says no more of where the event was; the sentence itself is the answer.
  if (top?.residence) return { answer: sentence, fit: 0.75 };
  if (top) {
    const fit = top.score >= 2 ? 1 : 0.75;
    // "over which region": the place the sentence names with that word ("the remote Tuva region in
    // Siberia" → "Tuva region"), not the larger place around it.
    const kindNamed = placeOfKind(input);
    if (kindNamed !== undefined && !offClause(sentence, kindNamed, input.questionStems)) return { answer: kindNamed, fit };
    // "was born in nearby Rowley; … moved to West Boxford": a place in a clause the question is not
    // about is no answer when the place of its own clause is no name the extraction knows; the
    // sentence, which says where, is.
    if (offClause(sentence, top.e.text, input.questionStems)) return { answer: sentence, fit };
    // "was moved to Chase Hall, a building … at Ninth Street": the named site the question's verb
    // went to, not a street in its description; "at the Dexter Training Grounds in Providence": the
    // named site with the place it is in.
    const site = siteNamed(input, top.e.text);
    if (site !== undefined) return { answer: site, fit };
    // "in San Francisco and Los Angeles": both places.
    const pair = joinedPair(sentence, top.e, ranked.map((p) => p.e), placeAsWritten);
    if (pair !== undefined) return { answer: pair, fit };
    // "Beaver, Pennsylvania", "Elburn, Ill.": a town with the state or country written after it —
    // both, whichever of the two ranked first.
    const town = ranked.find((p) => p !== top && sentence.includes(`${p.e.text}, ${top.e.text}`))?.e ?? top.e;
    const written = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(sentence.slice(sentence.indexOf(town.text) + town.text.length))?.[1];
    // "Elburn, Ill." keeps its dot; "London, Ontario." ends the sentence with one.
    const within = written === undefined || lookupPlace(written) !== undefined ? written : written.replace(/\.$/, '');
    const region = within === undefined ? undefined : lookupPlace(within);
    // (Not two states of a list: "…, Delaware, Virginia and …".)
    const townKind = lookupPlace(town.name)?.kind;
    if (within !== undefined && region !== undefined && (region.kind === 'state' || region.kind === 'country') && region.name !== town.name && townKind !== 'state' && townKind !== 'country') {
      return { answer: `${placeAsWritten(town)}, ${placeAsWritten({ text: within, name: region.name })}`, fit, canonical: town.name };
    }
    // "just outside of Moscow", "north of Dayton": where it is, by that place — not in it; how far,
    // when the sentence says ("about seventy-five miles west of Birmingham"); and by which part of
    // it ("near the Georgia border").
    const at = sentence.indexOf(top.e.text);
    const nearBy = NEAR_PLACE.exec(sentence.slice(Math.max(0, at - 40), at));
    const by = nearBy?.[1];
    const far = by === undefined ? undefined : DISTANCE_BEFORE.exec(sentence.slice(Math.max(0, at - 40 - 60), at - (nearBy?.[0].length ?? 0)))?.[1];
    const edge = by === undefined ? undefined : EDGE_AFTER.exec(sentence.slice(at + top.e.text.length))?.[1];
    // "near Ada Vey's barn": the barn is where, not Ada Vey. (A town's or a country's own name is
    // where, whatever of it the sentence goes on to: "Moscow's atmosphere" is Moscow.)
    const owned = lookupPlace(top.e.name) !== undefined ? undefined : ownedBy(sentence, top.e.text, (noun) => input.isNoun?.(noun) !== false, input.questionStems);
    const shown = edge === undefined ? (owned ?? placeAsWritten(top.e)) : `the ${placeAsWritten(top.e)} ${edge}`;
    const answer = `${far === undefined ? '' : `${far} `}${by === undefined ? '' : `${by.toLowerCase()} `}${shown}`;
    return { answer, fit, ...(answer === top.e.name ? {} : { canonical: top.e.name }) };
  }
  // "developed at the Medical Electronics Center", "studied at Harvard University": with no place
  // named, the body a thing was done at or in is where.
  const body = freshEntities(input).find((e) => e.type === 'organization' && new RegExp(`\\b(?:at|in)\\s+(?:the\\s+)?${escapeRegExp(e.text)}`).test(sentence));
  if (body !== undefined && !offClause(sentence, body.text, input.questionStems)) return { answer: body.text, fit: ORGANISATION_AS_PLACE };
  // "the blaze started in a storage room on the ground floor": no name, but the phrase of place the
  // question's verb opens says where.
  const phrase = locationPhrase(input);
  if (phrase !== undefined) return { answer: phrase, fit: PHRASE_AS_PLACE };
  return { answer: sentence, fit: NO_FIT };
}

/**
 * A lower-case word between a preposition and the place it places, describing it:
 * "in nearby Shiloh", "at suburban Dunmore" (not one of the small words of {@link STOPWORDS}).
 * A regular-expression fragment ending in a space.
 */
const DESCRIBING_WORD = String.raw`(?!(?:${[...STOPWORDS].filter((w) => /^[a-z]+$/.test(w)).join('|')})\s)[a-z][a-z-]*\s+`;

/** How a place written as where a named person lives ("Peter Vance of Calloway") ranks: below a place the sentence writes with no preposition at all. */
const RESIDENCE = -1;

/**
 * Whether the place, where the sentence writes it, follows a person's name and "of" — "Peter
 * Vance of Calloway", "Vance, of Calloway," — the newspaper way of telling where someone lives.
 *
 * @example
 * residenceOf('Police detained Peter Vance of Calloway, Ohio.', 'Calloway', [{ type: 'person', text: 'Peter Vance', … }]); // true
 */
function residenceOf(sentence: string, place: string, entities: readonly EntityMention[]): boolean {
  const at = sentence.indexOf(place);
  if (at < 0) return false;
  const before = /(\p{Lu}[\p{L}'’.-]*),?\s+of\s+$/u.exec(sentence.slice(Math.max(0, at - 60), at))?.[1];
  return before !== undefined && entities.some((p) => p.type === 'person' && p.text.split(/\s+/).at(-1) === before);
}

/**
 * The stretch of a sentence that names several people written after the one of them the question
 * names, up to the next person's name (or a semicolon, or the end): where the sentence tells that
 * person's body and place ("Tom Orlick, University of Lund, Sweden (Part 1) with the help of Ida
 * Marsh, …"). Undefined unless the question names exactly one of the sentence's people and the
 * sentence names another.
 *
 * @example
 * askedPersonSpan('… by Ann Vesey, Leeds, and Tom Orlick, Lund, with Ida Marsh, Boston.', people, stems('where is tom orlick from')); // the span of ", Lund, with the help of "
 */
function askedPersonSpan(sentence: string, entities: readonly EntityMention[], questionStems: ReadonlySet<string>): { start: number; end: number } | undefined {
  const people = entities.filter((e) => e.type === 'person' && e.text !== '' && sentence.includes(e.text));
  const asked = people.filter((e) => mentionedInQuestion(e, questionStems));
  const person = asked[0];
  if (person === undefined || asked.some((e) => e.name !== person.name) || !people.some((e) => e.name !== person.name)) return undefined;
  const start = sentence.indexOf(person.text) + person.text.length;
  let end = sentence.indexOf(';', start);
  if (end < 0) end = sentence.length;
  for (const other of people) {
    if (other.name === person.name) continue;
    const at = sentence.indexOf(other.text, start);
    if (at >= start && at < end) end = at;
  }
  return { start, end };
}

/** Whether `text` is written within the span of the sentence. */
function writtenWithin(sentence: string, text: string, span: { start: number; end: number }): boolean {
  const at = sentence.indexOf(text, span.start);
  return at >= span.start && at + text.length <= span.end;
}

/** A plural noun: "states", "regions" (not "Texas"-like "-ss" words). */
const PLURAL = /[^s]s$/;

/** Up to three capitalised words right before a word: "the remote Russian Tuva region". */
const NAME_BEFORE = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})$/u;
/** A name after a kind of place and "of": "the province of Vessa", "the city of New Harlan". */
const NAME_AFTER_OF = /^\s+of\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u;

/**
 * The place a sentence names with the kind a "which <noun>" question asks for: "over which region"
 * of "over the remote Russian Tuva region in Siberia" is "Tuva region" (a people's adjective before
 * it, "Russian", is no part of the name); "which province" of "in the province of Vessa" is
 * "Vessa". `undefined` when the sentence writes the kind with no name, or only a name the question gives.
 *
 * @example
 * placeOfKind({ placeKind: 'county', sentence: 'The fire spread into the dry Orlo county hills.', … }); // 'Orlo county'
 */
function placeOfKind(input: ShortAnswerInput): string | undefined {
  const { sentence, questionStems } = input;
  const kind = input.placeKind === undefined ? undefined : tokenize(input.placeKind)[0]?.word;
  // "which states are …" asks for several places, and "Latin American countries" names none: the
  // kind is asked for one place and written as the question writes it.
  if (kind === undefined || PLURAL.test(kind)) return undefined;
  const fresh = (name: string): boolean => !tokenize(name).every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem));
  for (const token of tokenize(sentence)) {
    if (token.word !== kind) continue;
    const after = NAME_AFTER_OF.exec(sentence.slice(token.end))?.[1]?.replace(/[.,]$/, '');
    if (after !== undefined && fresh(after)) return after;
    // (A kind written capitalised is a name's own word: "Penn State" is no state.)
    if (token.capitalized) continue;
    const words = NAME_BEFORE.exec(sentence.slice(0, token.start))?.[1]?.trim().split(/\s+/) ?? [];
    // ("The Vessa region": the sentence's first word; "Russian Tuva": a people's adjective.)
    while (words.length > 0 && (/^(?:The|A|An)$/.test(words[0] as string) || demonym(words[0] as string))) words.shift();
    // ("the Latin American region": a people's adjective inside is no place's name either.)
    if (words.some((word) => demonym(word))) continue;
    const name = words.join(' ');
    if (name !== '' && !/[.,]$/.test(name) && fresh(name)) return `${name} ${sentence.slice(token.start, token.end)}`;
  }
  return undefined;
}

/** Endings that make a place's name an adjective or a people: "Asia" → "Asian", "Europe" → "European", "Paris" → "Parisian". */
const ADJECTIVE_ENDINGS = ['ian', 'an', 'n', 'ese', 'ish'];

/**
 * Whether a word read as a place (after "in": "his life in Asian studies") is the adjective or
 * people of one — a demonym ("Kenyan") or a known place with an adjective's ending ("Asian",
 * "European") — and so no place. A name the gazetteer knows as written ("Japan", "Milan") is one.
 *
 * @example
 * demonym('Asian'); // true
 * demonym('Japan'); // false
 */
function demonym(text: string): boolean {
  if (/\s/.test(text) || lookupPlace(text) !== undefined) return false;
  if (countryOfDemonym(text) !== undefined) return true;
  return ADJECTIVE_ENDINGS.some((ending) => {
    if (!text.endsWith(ending) || text.length <= ending.length + 2) return false;
    const stem = text.slice(0, -ending.length);
    return lookupPlace(stem) !== undefined || lookupPlace(`${stem}e`) !== undefined;
  });
}

/** What a bearing from a place ("west of Dayton") adds to a place after "in" or "near": it says more, but less than the question's own words beside one. */
const BEARING = 0.25;

/** A distance right before the words that put a place beside another: "about seventy-five miles" (west of …). */
const DISTANCE_BEFORE = /((?:(?:about|some|nearly|almost|roughly|approximately|only|just)\s+)?[\p{L}\d.,-]+\s+(?:miles?|kilometers?|kilometres?|km|yards?|leagues?))\s+$/iu;
/** A part of a place written right after its name: "the Georgia border", "the Jersey shore". */
const EDGE_AFTER = /^\s+(border|line|coast|frontier|shore|side)\b/;

/** Words that put a place beside the one named, right before its name: "outside of", "near", "north of". */
const NEAR_PLACE = /\b((?:outside|north|south|east|west|northeast|northwest|southeast|southwest)\s+of|outside|near)\s+(?:the\s+)?$/i;

/** A capitalised name of a site (up to six words, "of" between): "Dexter Training Grounds", "Bank of Ohio Tower". */
const SITE_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,5}`;
/** A site right before a place: "at the Dexter Training Grounds in Providence", "…Conference, Brooke Army Medical Center, Texas". */
const SITE_BEFORE_PLACE = new RegExp(String.raw`(?:\b(?:at|in|to|into|on|near|from)\s+(?:the\s+)?|,\s+)(${SITE_NAME})(?:,\s+|\s+in\s+)$`, 'u');
/** A site right after a preposition: "to Chase Hall". */
const SITE_AFTER = new RegExp(String.raw`^\s+(?:to|into|in|at|on)\s+(?:the\s+)?(${SITE_NAME})`, 'u');

/**
 * The named site a place belongs to, as the sentence writes them: where the question's verb went
 * ("was moved to Chase Hall, a temporary building … at Ninth Street" → "Chase Hall", before the
 * street of its description), or the site written right before the place ("at the Dexter Training
 * Grounds in Providence"). Not a person with a role ("Senator Ann Lee, Texas"), a place, nor the question's own words.
 *
 * @example
 * siteNamed({ sentence: 'The fair will be held at the Dexter Training Grounds in Providence.', … }, 'Providence'); // 'Dexter Training Grounds in Providence'
 */
function siteNamed(input: ShortAnswerInput, place: string): string | undefined {
  const { sentence, questionStems, facts } = input;
  const at = sentence.indexOf(place);
  const isSite = (name: string): boolean =>
    lookupPlace(name) === undefined &&
    // (A person with a role is someone; a role-less "person" may be a site read as one: "Dexter Training Grounds".)
    !facts.entities.some((e) => ((e.type === 'person' && e.role !== undefined) || e.type === 'place') && name.includes(e.text)) &&
    !tokenize(name).every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem));
  const stems = input.verbStems?.size ? input.verbStems : questionStems;
  for (const token of tokenize(sentence)) {
    if (token.start >= at || token.capitalized || STOPWORDS.has(token.word) || !stems.has(token.stem)) continue;
    const went = SITE_AFTER.exec(sentence.slice(token.end));
    const name = went?.[1]?.replace(/[.,]$/, '');
    if (name !== undefined && isSite(name) && token.end + (went?.[0].length ?? 0) <= at) return name;
  }
  const before = SITE_BEFORE_PLACE.exec(sentence.slice(0, at));
  const name = before?.[1];
  return name !== undefined && before !== null && isSite(name) ? sentence.slice(at - before[0].length + before[0].indexOf(name), at + place.length) : undefined;
}

/** "do", "be", "have" in any form: the auxiliaries of a question, never its verb of place. */
const AUXILIARY_VERB = /^(?:do|does|did|done|doing|be|is|are|was|were|been|being|have|has|had|having)$/;

/** Prepositions of place a verb takes a named site with: "snooping around the Mission", "hid in Dunmore". */
const GOVERNED_SITE = new RegExp(String.raw`^\s+(?:around|round|about|in|at|on|into|inside|near|to|toward|towards|through|across|outside|behind|beside|beneath|under)\s+(?:the\s+)?(${SITE_NAME})`, 'u');

/**
 * The named site, read as an organisation, that the question's verb takes with a preposition of
 * place: "had been snooping around the Rey Mission" for "where had he been snooping". Not the
 * question's own words.
 *
 * @example
 * governedSite({ sentence: 'Before the charter of the Vesta, Orr was snooping around the Dunmore Mill.', questionStems: stems('where was orr snooping'), … }); // the Dunmore Mill
 */
function governedSite(input: ShortAnswerInput): EntityMention | undefined {
  const { sentence, questionStems, facts } = input;
  const stems = input.verbStems?.size ? input.verbStems : questionStems;
  for (const token of tokenize(sentence)) {
    // ("something had to be done about the Rules Committee": "did" of the question is no verb of place.)
    if (token.capitalized || STOPWORDS.has(token.word) || AUXILIARY_VERB.test(IRREGULAR_VERBS.get(token.word) ?? token.word) || !stems.has(token.stem)) continue;
    const name = GOVERNED_SITE.exec(sentence.slice(token.end))?.[1]?.replace(/[.,]$/, '');
    if (name === undefined || tokenize(name).every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem))) continue;
    const entity = facts.entities.find((e) => e.text === name);
    if (entity?.type === 'organization') return entity;
  }
  return undefined;
}

/** How well a phrase of place without a name answers "where": less surely than a name. */
const PHRASE_AS_PLACE = 0.6;
/** Prepositions that open a phrase of place after a verb: "started in …", "was found under …". */
const PLACE_PREPOSITION = /^(?:in|at|on|inside|into|near|under|behind|beside|outside|above|below|beneath)$/;
/** Words that end the phrase: a clause or another verb's phrase begins ("… and spread", "… before dawn"). */
const PHRASE_END = /^(?:and|but|or|before|after|when|while|because|until|since|where|which|who|whom|that|as|if|than|during|for|to|with|by)$/;
/** The longest phrase of place worth showing, in words; a longer one is the sentence's to tell. */
const PHRASE_WORDS = 8;

/**
 * The phrase of place right after the question's verb ("started in a storage room on the ground
 * floor"), up to where a clause, a date or punctuation ends it; none when it holds a date ("in
 * 1887", "on Sunday") or a number only.
 *
 * @example
 * locationPhrase({ sentence: 'The blaze started in a storage room on the ground floor and spread.', … }); // 'in a storage room on the ground floor'
 */
function locationPhrase(input: ShortAnswerInput): string | undefined {
  const { sentence, questionStems, facts } = input;
  const stems = input.verbStems?.size ? input.verbStems : questionStems;
  const tokens = tokenize(sentence);
  // The first word of the question's that a preposition of place follows ("spotted at", not "fire was").
  const verb = tokens.findIndex((t, i) => {
    const next = tokens[i + 1];
    return !STOPWORDS.has(t.word) && stems.has(t.stem) && !t.capitalized && next !== undefined && PLACE_PREPOSITION.test(next.word) && sentence.slice(t.end, next.start).trim() === '';
  });
  const preposition = tokens[verb + 1];
  if (verb < 0 || preposition === undefined) return undefined;
  let end = preposition.end;
  for (let i = verb + 2; i < tokens.length && i <= verb + 1 + PHRASE_WORDS; i++) {
    const token = tokens[i] as Token;
    if (sentence.slice(end, token.start).trim() !== '' || PHRASE_END.test(token.word)) break;
    end = token.end;
  }
  if (end === preposition.end) return undefined;
  const span = { start: preposition.start, end };
  const text = sentence.slice(span.start, span.end);
  // A time or an amount is no place: "in 1887", "on Sunday", "at 5 p.m.", "in two weeks".
  const dated = facts.dates.some((d) => overlapsText(sentence, d.text, span));
  const counted = facts.numbers.some((n) => overlapsText(sentence, n.text, span));
  if (dated || counted || /\d/.test(text)) return undefined;
  return text;
}

/** Whether `text`, where the sentence writes it, overlaps the span. */
function overlapsText(sentence: string, text: string, span: { start: number; end: number }): boolean {
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) if (at < span.end && at + text.length > span.start) return true;
  return false;
}

/** How well an organisation's premises answer "where": less surely than a place's name. */
const ORGANISATION_AS_PLACE = 0.75;
