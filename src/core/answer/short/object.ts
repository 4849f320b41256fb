/**
 * "What did Ann take with her": the object of the question's verb in the sentence ("Ann took the
 * grey kitten under her arm" → "the grey kitten"), where the question's subject does it.
 */
import { lookupPlace } from '../../facts/gazetteer.js';
import { IRREGULAR_VERBS } from '../../text/irregular-verbs.js';
import { DETERMINER, STOPWORDS } from '../../text/stopwords.js';
import { stem, tokenize, type Token } from '../../text/tokenize.js';
import { withoutLeadingWords } from './copula.js';
import type { ShortAnswer, ShortAnswerInput } from './shared.js';

/** Words of a place's name at most: "United Arab Emirates". */
const PLACE_WORDS = 3;
/** Words before the verb within which its subject is looked for: "Ann quickly took", "Ann had already taken". */
const SUBJECT_REACH = 4;
/** Subject pronouns: "she took the kitten" answers "what did Ann take" in a story about Ann. */
const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|you)$/;
/**
 * Where an object ends: a preposition ("under her arm"), a word that opens a clause, or a verb's
 * auxiliary ("the roses were …": what was said, not what was taken).
 */
const OBJECT_END =
  /^(?:to|from|under|with|into|onto|for|at|on|in|by|off|over|across|through|toward|towards|after|before|during|until|since|because|while|when|where|and|but|or|that|which|who|whom|is|are|was|were|had|has|have|would|will|could|should|might|may)$/;
/**
 * Words that, before "of", open a phrase of their own rather than go on with the object's noun:
 * "a loud bang west of the town", "the cat out of the bag" end at "west" and "out" ("a cup of tea"
 * goes on through its "of").
 */
const BEFORE_OF_END = /^(?:out|ahead|instead|outside|inside|short|north|south|east|west|northeast|northwest|southeast|southwest|regardless)$/;
/** An object that is only a pronoun, or opens speech ("that …"), tells the reader nothing. */
const NO_OBJECT = /^(?:it|him|her|them|us|me|you|this|that|these|those|what|something|anything|nothing|everything|himself|herself|themselves)$/;
/** Words of an object shown at most: a longer one tells the reader no more than the sentence. */
const MAX_WORDS = 8;
/**
 * WordNet's kinds of nouns that take a "to" infinitive of their own, which is part of the object:
 * a suggestion, an offer, a request to do something (communication), a decision, an attempt, a bid
 * (act), a plan (cognition). Three of the top classes of WordNet's nouns; after a thing, a person
 * or a sum, "to …" says what the object was for ("took the kitten to calm it"), and ends it.
 */
const INFINITIVE_NOUNS = ['communication', 'act', 'cognition'];
/**
 * A word after such a noun's "to" that is a verb at least this often (WordNet's tagged senses) is
 * its infinitive ("to hold talks"); one more often a noun ("to court", "to market") is the verb only
 * before a determiner ("to end the war").
 */
const VERB_SHARE = 0.5;

/**
 * Verbs that take a second object naming the first ("called the trucks Hoover carts"): "what did
 * farmers call their trucks" asks for that name, not for the trucks.
 */
const NAMING = new Set(['call', 'name', 'dub', 'nicknam', 'term', 'label', 'titl', 'christen', 'style']);

/** Whether a sentence's word is the question's verb, in any of its forms ("took" for "take"). */
function isVerb(token: Token, verb: string): boolean {
  if (token.stem === verb) return true;
  const base = IRREGULAR_VERBS.get(token.word);
  return base !== undefined && stem(base) === verb;
}

/**
 * The object of the question's verb, as the sentence writes it after the verb, up to a
 * preposition, a clause or a stop — when a subject of the question (or a pronoun) does it within a
 * few words before. `undefined` for a question of another form, a sentence that does not write the
 * verb after its subject, or an object that is a pronoun, long, or only the question's words.
 *
 * @example
 * objectAnswer({ type: 'what', objectWords: ['ann', 'take'], sentence: 'After supper Ann took the grey kitten under her arm.', … }, 0.8);
 * // { answer: 'the grey kitten', fit: 0.8 }
 */
export function objectAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const words = input.objectWords;
  if (words === undefined || words.length < 2) return undefined;
  const tokens = tokenize(input.sentence);
  const gap = (a: Token, b: Token): string => input.sentence.slice(a.end, b.start);
  // The verb is a word after the subject's: try "ann" as the subject and "take" as the verb, then
  // "ann take" and what follows, and so on.
  for (let split = 1; split < words.length; split++) {
    const subject = new Set(words.slice(0, split));
    const verb = words[split] as string;
    // "what did america reject": "The United States has rejected …" names the same subject.
    const places = new Set((input.objectPlaces ?? []).filter((p) => p.stems.every((s) => subject.has(s))).map((p) => p.name));
    for (let v = 1; v < tokens.length; v++) {
      const token = tokens[v] as Token;
      // (Nor is the second half of a hyphenated word a verb: "what does co-optation mean" asks no object of "optation".)
      if (token.capitalized || !isVerb(token, verb) || gap(tokens[v - 1] as Token, token).includes('-')) continue;
      let done = false;
      for (let k = v - 1; k >= 0 && k >= v - SUBJECT_REACH; k--) {
        const before = tokens[k] as Token;
        if (/[^\s'’-]/.test(gap(before, tokens[k + 1] as Token))) break;
        if (subject.has(before.stem) || SUBJECT_PRONOUN.test(before.word) || namesSubject(input, tokens, k, places, subject)) {
          done = true;
          break;
        }
      }
      if (!done) continue;
      // The first of the question's words the sentence writes as a verb after its subject decides:
      // a later word ("mule" of "their mule-drawn trucks") is no verb of the question.
      if (NAMING.has(verb)) return undefined;
      const { span, end } = objectAfter(tokens, v, gap, (at) => takesInfinitive(tokens, at, gap, input));
      // "what did the harbour board reject": "board", read as the verb, has the question's last word
      // right after it ("board rejected …"): it was a word of the subject, so a longer one is tried.
      const next = words[split + 1];
      if (next !== undefined && split + 2 === words.length && span[0] !== undefined && isVerb(span[0], next)) break;
      const first = span[0];
      const last = span[span.length - 1];
      if (first === undefined || last === undefined || !tellsObject(span, input)) return undefined;
      // "what did Ann want the money for": the question gives the object ("the money") and asks
      // something else of it; the sentence's object holding it is no answer.
      const given = new Set(words.slice(split + 1));
      if (span.some((t) => given.has(t.stem))) return undefined;
      const answer = withoutLeadingWords(input.sentence.slice(first.start, last.end));
      // "what did locals see and hear": the object of the question's next verb, written after
      // "and" ("seeing a flash of light and hearing a loud thud"), is the answer's other half.
      const second = words[split + 1];
      const and = tokens[end + 1];
      if (second === undefined || tokens[end]?.word !== 'and' || and === undefined || and.capitalized || !isVerb(and, second)) return { answer, fit };
      const other = objectAfter(tokens, end + 1, gap, (at) => takesInfinitive(tokens, at, gap, input)).span;
      const [from, to] = [other[0], other[other.length - 1]];
      const asked = new Set(words.slice(split + 2));
      if (from === undefined || to === undefined || !tellsObject(other, input) || other.some((t) => asked.has(t.stem))) return { answer, fit };
      return { answer: `${answer} and ${input.sentence.slice(from.start, to.end)}`, fit };
    }
  }
  return undefined;
}

/**
 * Whether the sentence's word at `k` ends another name of the question's subject: a name of one of
 * its `places` ("The United States" for "america", "Britain" for "the United Kingdom"), or a
 * person or organisation whose full name the question writes and the sentence writes shorter or
 * by an alias its people list gives ("Mac rejected" for "what did Tom McBride reject").
 */
function namesSubject(input: ShortAnswerInput, tokens: readonly Token[], k: number, places: ReadonlySet<string>, subject: ReadonlySet<string>): boolean {
  const token = tokens[k] as Token;
  for (let from = k; from >= 0 && from > k - PLACE_WORDS && places.size > 0; from--) {
    const place = lookupPlace(input.sentence.slice((tokens[from] as Token).start, token.end).replace(/['’]s?$/, ''));
    if (place !== undefined && places.has(place.name)) return true;
  }
  return input.facts.entities.some((e) => {
    if (e.type === 'place' || e.name === e.text) return false;
    const at = input.sentence.indexOf(e.text);
    return at >= 0 && at + e.text.length === token.end && tokenize(e.name).every((t) => STOPWORDS.has(t.word) || subject.has(t.stem));
  });
}

/**
 * Whether the "to" at `at` opens the infinitive of the noun before it ("a suggestion to hold talks",
 * "a decision to end the war"), not a place or a purpose ("a request to the council", "took the
 * kitten to calm it", "took the plan to court"): the noun of a kind that takes one
 * ({@link INFINITIVE_NOUNS}), a verb after "to" ({@link VERB_SHARE}).
 */
function takesInfinitive(tokens: readonly Token[], at: number, gap: (a: Token, b: Token) => string, input: ShortAnswerInput): boolean {
  const [noun, to, verb, after] = [tokens[at - 1], tokens[at], tokens[at + 1], tokens[at + 2]];
  if (noun === undefined || to === undefined || verb === undefined || noun.capitalized || verb.capitalized || STOPWORDS.has(verb.word) || /\S/.test(gap(to, verb))) return false;
  if (!INFINITIVE_NOUNS.some((kind) => input.isKindOf?.(noun.word, kind) === true)) return false;
  const share = input.verbShare?.(verb.word);
  if (share === undefined) return false;
  return share >= VERB_SHARE || (after !== undefined && DETERMINER.test(after.word) && !/\S/.test(gap(verb, after)));
}

/**
 * The object written right after the verb at `v`, up to a preposition, a clause or a stop; an "of"
 * goes on with its noun ("a flash of light"), but not after a word that opens a phrase of its own
 * ("a thud west of the town" is a thud); a noun's own infinitive goes on (`infinitive` at a "to":
 * "a suggestion to hold talks"), up to the next end, unless that makes the object too long. `end`
 * is the index of the word that ended it.
 */
function objectAfter(tokens: readonly Token[], v: number, gap: (a: Token, b: Token) => string, infinitive: (at: number) => boolean = () => false): { span: Token[]; end: number } {
  const span: Token[] = [];
  let beforeOf: number | undefined;
  let infinitiveAt: number | undefined;
  let i = v + 1;
  for (; i < tokens.length && span.length <= MAX_WORDS; i++) {
    const t = tokens[i] as Token;
    if (span.length > 0 && /[^\s'’-]/.test(gap(tokens[i - 1] as Token, t))) break;
    if (t.word === 'to' && span.length > 0 && infinitiveAt === undefined && infinitive(i)) {
      infinitiveAt = span.length;
      span.push(t);
      continue;
    }
    if (OBJECT_END.test(t.word)) break;
    if (span.length === 0 && /[^\s]/.test(gap(tokens[v] as Token, t))) break;
    if (t.word === 'of' && (span.length === 0 || BEFORE_OF_END.test((span[span.length - 1] as Token).word))) {
      if (span.length > 0) span.pop();
      break;
    }
    if (t.word === 'of') beforeOf ??= span.length;
    span.push(t);
  }
  // (An infinitive that makes the object too long is left out: the noun is the object.)
  if (span.length > MAX_WORDS && infinitiveAt !== undefined) {
    span.length = infinitiveAt;
    i = v + 1 + infinitiveAt;
  }
  // (An "of" with nothing after it ends nothing: "took the rest of," is the rest; nor does one that
  // makes the object too long: "the budget of the board of …" is the budget.)
  if (span.length > MAX_WORDS && beforeOf !== undefined) {
    span.length = beforeOf;
    i = v + 1 + beforeOf;
  }
  while (span.length > 0 && (span[span.length - 1] as Token).word === 'of') span.pop();
  return { span, end: i };
}

/** Whether an object says something: not long, not a lone pronoun, not only small words or the question's. */
function tellsObject(span: readonly Token[], input: ShortAnswerInput): boolean {
  if (span.length > MAX_WORDS) return false;
  if (span.length === 1 && NO_OBJECT.test((span[0] as Token).word)) return false;
  return !span.every((t) => STOPWORDS.has(t.word) || input.questionStems.has(t.stem));
}

/** The words that give a thing its name in a sentence: "ginger cakes called belly-cakes". */
const NAMED_AS = /\b(?:called|named|nicknamed|dubbed|known as)\s+/giu;
/** Where a name given so ends: a stop, a quotation's end, or a word that opens another clause. */
const NAME_END = /[,;:()!?"“”]|\.(?:\s|$)|\s(?:and|but|or|who|which|that|because|when|while|for|to|in|on|at|by|with)\s/iu;
/** Words of the name before the name given, at most, that tie it to the question: "little ginger cakes called". */
const NAMED_REACH = 6;
/** Words of a name given, at most. */
const NAME_WORDS = 6;

/**
 * "What are the ginger cakes called": the name the sentence gives the thing after "called",
 * "named" or "known as" ("… little ginger cakes called belly-cakes and …" → "belly-cakes"), when
 * a word of the question stands just before it. `undefined` for another question, or no such name.
 *
 * @example
 * calledAnswer({ type: 'what', asksName: true, sentence: 'She ate ginger cakes called belly-cakes and left.', questionStems: stems('what are the ginger cakes called'), … }, 0.8);
 * // { answer: 'belly-cakes', fit: 0.8 }
 */
export function calledAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  if (input.asksName !== true) return undefined;
  const { sentence, questionStems } = input;
  for (const m of sentence.matchAll(NAMED_AS)) {
    const before = tokenize(sentence.slice(0, m.index)).slice(-NAMED_REACH);
    if (!before.some((t) => !STOPWORDS.has(t.word) && questionStems.has(t.stem) && !/^(?:call|name|nicknam|dub|known)$/.test(t.stem))) continue;
    const rest = sentence.slice(m.index + m[0].length).replace(/^["“]/, '');
    const name = rest.slice(0, NAME_END.exec(rest)?.index ?? rest.length).trim();
    const words = tokenize(name);
    if (words.length === 0 || words.length > NAME_WORDS || words.every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem))) continue;
    return { answer: name, fit };
  }
  return undefined;
}
