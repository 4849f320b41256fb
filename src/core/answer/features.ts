/**
 * The features of one candidate sentence for one question: a named table, each entry a small pure
 * function of the question analysis and the candidate, most 0–1. The trained model
 * (`model-weights.ts`, written by `npm run train`) weighs them; nothing here is weighted by hand.
 */
import { isMoney } from '../facts/extract-numbers.js';
import { CARDINAL_WORDS, numberKey, ORDINAL_WORDS, SPAN_STRESS } from '../facts/number-words.js';
import type { SentenceIndex } from '../index/sentence-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { stem, tokenize, type Token } from '../text/tokenize.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { EntityMention, Lexicon, SentenceFacts } from '../types.js';
import { definitionSubject, isNegated, namesMonth, NUMBER_WORDS, type AnswerKind, type QuestionAnalysis } from './analyze-question.js';
import { asksUnreal, negatedNear, negationDropped, onlyUnreal } from './negation.js';
import type { QueryGroup } from './query-terms.js';
import { coverage, groupMatches, groupMatchesInto } from './rank.js';
import type { ShortAnswer } from './short-answer.js';
import { ageIn } from './short/number.js';

export const FEATURES = [
  'bm25Rel', // retrieval score relative to the best candidate
  'rankRecip', // 1 / (1 + retrieval rank)
  'covExact', // importance-weighted share of the question's words in the sentence as written (stems)
  'covSentence', // the same with synonyms, WordNet and spelling corrections
  'covNearby', // the same, names also from the headline, lead and sentences just before
  'covStory', // the same over the sentence's whole story
  'covVector', // soft share: unmatched words count by their closest word-vector neighbour in the sentence
  'vecWeakest', // the least-matched question word's soft match (one changed word in a near miss)
  'missingShare', // importance share of the most important word found neither in the sentence nor nearby
  'missingExact', // importance share of the most important word the sentence itself lacks (no synonym, no vector)
  'unmatchedShare', // share of the question's words the sentence itself lacks, each counted once
  'hasNames', // the question names someone or something
  'namesInSentence', // share of the question's names in the sentence or just before it
  'nameMissingStory', // a name of the question appears nowhere in the story
  'hasNumbers', // the question gives a number or year
  'numbersInSentence', // share of the question's numbers in the sentence
  'numberMissingStory', // a number of the question appears nowhere in the story
  'numberReplaced', // a number of the question is missing, and the sentence gives another of its kind (a year for a year)
  'fit', // the sentence holds the kind of answer the question type asks for (short-answer extractor)
  'fitWho', // the same, for who questions only (so the model weighs it per type)
  'fitWhen', // … when questions
  'fitWhere', // … where questions
  'fitHowMany', // … how-many questions
  'kindPresent', // a fact of the expected answer kind, outside the question's own words
  'headAsked', // a "what/which <noun>" question whose noun the lexicon knows (same for all candidates)
  'headFound', // the sentence has a word of that noun's kind, outside the question's words ("carbines" for "which guns")
  'role', // the answer's role repeats words of the question
  'proximity', // matched words stand close together
  'forms', // the question's own word forms appear
  'lead', // the story's first sentence
  'position', // 1 / (1 + position in the story)
  'negationMismatch', // one of question and sentence is negated, the other not
  'negationNear', // the same, counting only a negation within a few words of a matched question word
  'negationDropped', // the question negates a word the sentence states without a negation ("what did not help" / "X helped")
  'interrogative', // the sentence is itself a question
  'length', // sentence length (content words / 40, at most 1)
  'previousCov', // share of the question in the sentence before
  'windowCov', // share of the question in the sentence and the one before together (context, then answer)
  'segmentLoss', // coverage lost when the sentence is read as the parts its semicolons separate (no one part holds the question)
  'alignBack', // idf-weighted share of the sentence's words that align with a question word (exactly or by vector)
  'headVector', // closest word-vector match of a "what/which <noun>" head among the sentence's new words
  'bigrams', // share of the question's adjacent word pairs that stand adjacent in the sentence
  'storyBest', // the story's coverage relative to the best-covered story among the candidates
  'unknownShare', // importance share of question words no article contains (same for all candidates)
  'questionSize', // number of content words of the question / 10, at most 1 (same for all candidates)
  'isWho', // question type indicators (same for all candidates): let the gate calibrate per type
  'isWhen',
  'isWhere',
  'isWhat',
  'isWhy',
  'isHow',
  'isHowMany',
] as const;
export type FeatureName = (typeof FEATURES)[number];
/**
 * Values worked out with the features that the decision stage reads but the model does not weigh
 * (a retrain may move one into {@link FEATURES}).
 */
export const SIGNALS = [
  'nameReplaced', // a name of the question is missing, and the sentence writes another name of its kind ("London" for "Paris"): 1, 0.5 when the name is just before
  'unrealEvent', // the sentence tells of the question's event only as what did not happen ("Had X been returned to office …, … would have"): 1
] as const;
export type SignalName = (typeof SIGNALS)[number];
export type FeatureVector = Record<FeatureName, number> & Partial<Record<SignalName, number>>;

/** What feature computation needs from the knowledge base. */
export interface FeatureCorpus {
  index: SentenceIndex;
  facts(sentence: number): SentenceFacts;
  /** Asked only about the question's terms (answering passes sets of just those the story holds). */
  articleTerms(article: number): ReadonlySet<number>;
  /** The same for the headline and lead. */
  leadTerms(article: number): ReadonlySet<number>;
  /**
   * The terms of the names on a story's people list (as with `articleTerms`, it is only asked
   * about the question's terms). With it, a pronoun's person is looked for only in a story whose
   * words or people hold a name the question asks about: a person's name is written in its story
   * or on its people list, so elsewhere it could not match.
   */
  peopleTerms?(article: number): ReadonlySet<number>;
  vectors?: WordVectors | undefined;
}

/** Sentences back in which a name still governs a sentence that does not repeat it. */
const NAME_WINDOW = 6;
/** Words that open a sentence without changing what it is about ("But they …", "And the company …"). */
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'then', 'also', 'now', 'thus', 'however', 'meanwhile', 'otherwise', 'instead', 'later']);
/** Pronouns and demonstratives that, opening a sentence, stand for something a sentence before named. */
const BACK_REFERENCES = new Set(['he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'him', 'them', 'this', 'that', 'these', 'those', 'such', 'both', 'one']);
/** The sex each third-person singular pronoun speaks of ("his" and "her" as the words a sentence opens with: "Her mother …"). */
const PERSON_PRONOUN: ReadonlyMap<string, 'he' | 'she'> = new Map([
  ['he', 'he'],
  ['his', 'he'],
  ['him', 'he'],
  ['she', 'she'],
  ['her', 'she'],
]);
/** Sentences back in which a pronoun's person is looked for: the nearest that names anyone (as the short answers' `antecedentOf` reads). */
const PRONOUN_REACH = 3;
/** Courtesy titles right before a name, which say the person's sex ("Mrs. Ann Lee" is no "he"). */
const TITLE_BEFORE = /\b(Mr|Mrs|Ms|Miss|Mmes|Messrs)\.?\s+(?:[A-Z]\.\s+)*$/;
/** Words after "the" within which a definite description's noun is looked for ("the new state company"). */
const DESCRIPTION_REACH = 3;
const DURATION_UNIT = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century)$/;
/** A word that stresses a span's length between its count and unit ("two whole weeks"), as one token. */
const SPAN_STRESS_WORD = new RegExp(`^${SPAN_STRESS}$`);

/** Per-question values shared by all its candidates. */
export interface QuestionFeatureContext {
  analysis: QuestionAnalysis;
  totalImportance: number;
  topBm25: number;
  /** Word-vector row of each group's word (-1 for names and words without a vector). */
  groupRows: number[];
  storyMatches: Map<number, number[]>;
  storyNumbers: Map<number, number>;
  /** Adjacent content-word stem pairs of the question ("foreign minister"). */
  questionBigrams: QuestionBigrams;
  /** Each term of the groups' alternatives → the groups (by position) that hold it. */
  termGroups: TermGroups;
  unknownShare: number;
  /** Whether a word is of the kind the question's head noun names; undefined without a known head noun. */
  isHeadKind: ((word: string) => boolean) | undefined;
  /** Word-vector row of the question's head noun (-1 without one). */
  headRow: number;
  /** The lower-case words of the person a role question asks about ("who is Lee" → lee), `[]` when it names none. */
  asked: string[];
  /**
   * The corpus's word vectors with each similarity remembered for the question: its candidates
   * compare the same few question words with many of the same sentence words.
   */
  vectors: WordVectors | undefined;
  /** Per sentence word's row, its {@link alignBack} match: its best similarity to a question word's row. */
  alignments: Map<number, number>;
  /** The term ids each of the question's numbers may be written with in a story (see {@link numberStems}), once a candidate needs them. */
  numberTerms: number[][] | undefined;
  /** The positions of the groups that are names. */
  nameGroups: number[];
  /**
   * The names the question may write (see {@link mayName}), for {@link nameReplaced}: each the
   * positions of its groups, one after the other in the question ("hamilton holmes" is one name).
   */
  namingGroups: number[][];
  /** The question's tokens, and for each the group of its word (-1 for a word of no group: "the", "did"). */
  questionTokens: Token[];
  tokenGroups: number[];
  /** What a word names (see `Lexicon.nounKind`), each word asked once per question. */
  kindOf: (word: string) => NameKind | undefined;
  /** The kind of a name's word in a story, by `${article} ${word}` (see {@link storyKind}); null for none. */
  storyKinds: Map<string, NameKind | null>;
  /** Whether English writes a word with a capital (a sentence's first word may be a name: "London police said …"). */
  writtenAsName: (word: string) => boolean;
  /** Per-group values of the candidate being scored, one array each, reused by the question's candidates. */
  scratch: GroupScratch;
}

/** Per group of a question, the matches {@link candidateFeatures} works out for one candidate. */
interface GroupScratch {
  own: Float64Array;
  exact: Float64Array;
  withPrevious: Float64Array;
  previous: Float64Array;
  nearby: Float64Array;
  nearbyCombined: Float64Array;
  storyCombined: Float64Array;
  window: Float64Array;
}

function groupScratch(groups: number): GroupScratch {
  const make = (): Float64Array => new Float64Array(groups);
  return { own: make(), exact: make(), withPrevious: make(), previous: make(), nearby: make(), nearbyCombined: make(), storyCombined: make(), window: make() };
}

/**
 * The same vectors, each pair's similarity computed once per question (the values are the same
 * numbers). Remembered by the first row and then the second, each a small integer: the first is
 * one of the question's few words (its candidates' words are asked about second), and a lookup
 * by two small integers makes no number to hash.
 */
function rememberingSimilarities(vectors: WordVectors | undefined): WordVectors | undefined {
  if (!vectors) return undefined;
  const known = new Map<number, Map<number, number>>();
  return {
    dimensions: vectors.dimensions,
    // A row is already one map lookup in the vectors themselves: only similarities are worth keeping.
    row: (word) => vectors.row(word),
    similarity(a, b) {
      if (a < 0 || b < 0) return 0;
      let byOther = known.get(a);
      if (byOther === undefined) known.set(a, (byOther = new Map()));
      let value = byOther.get(b);
      if (value === undefined) {
        value = vectors.similarity(a, b);
        byOther.set(b, value);
      }
      return value;
    },
  };
}

export function questionFeatureContext(analysis: QuestionAnalysis, topBm25: number, vectors: WordVectors | undefined, lexicon?: Lexicon): QuestionFeatureContext {
  const { head } = analysis;
  // A noun is one of its own kind exactly when the lexicon knows it as a noun.
  const isA = head && lexicon?.isA?.(head, head) ? lexicon.isA.bind(lexicon) : undefined;
  return {
    isHeadKind: isA && head ? (word) => isA(word, head) : undefined,
    headRow: head && vectors ? vectors.row(head) : -1,
    asked: analysis.kind === 'role' ? askedWords(analysis) : [],
    analysis,
    vectors: rememberingSimilarities(vectors),
    totalImportance: analysis.groups.reduce((s, g) => s + g.importance, 0),
    topBm25: Math.max(topBm25, 1e-9),
    groupRows: analysis.groups.map((g) => (g.isName || !vectors ? -1 : vectors.row(g.word.split(' ').pop() ?? g.word))),
    storyMatches: new Map(),
    storyNumbers: new Map(),
    alignments: new Map(),
    numberTerms: undefined,
    nameGroups: analysis.groups.flatMap((g, i) => (g.isName ? [i] : [])),
    namingGroups: nameRuns(analysis.groups, lexicon, bareIn(analysis.text), possessivesIn(analysis.text)),
    kindOf: rememberingKinds(lexicon),
    storyKinds: new Map(),
    writtenAsName: (word) => lexicon?.wordCase?.(word) === 'name',
    scratch: groupScratch(analysis.groups.length),
    questionBigrams: questionBigrams(tokenize(analysis.text)),
    ...tokensWithGroups(analysis),
    termGroups: termGroups(analysis.groups),
    unknownShare: analysis.groups.reduce((s, g) => s + (g.alternatives.length === 0 ? g.importance : 0), 0) / Math.max(1e-9, analysis.groups.reduce((s, g) => s + g.importance, 0)),
  };
}

/** The question's tokens, each with the group its word is a word of (the first such; -1 for none). */
function tokensWithGroups(analysis: QuestionAnalysis): { questionTokens: Token[]; tokenGroups: number[] } {
  const questionTokens = tokenize(analysis.text);
  const byStem = new Map<string, number>();
  analysis.groups.forEach((g, i) => {
    for (const t of tokenize(g.word)) if (!byStem.has(t.stem)) byStem.set(t.stem, i);
  });
  return { questionTokens, tokenGroups: questionTokens.map((t) => byStem.get(t.stem) ?? -1) };
}

/** A question's distinct adjacent content-word stem pairs, by first stem then second, each numbered. */
export interface QuestionBigrams {
  readonly size: number;
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

/**
 * The distinct adjacent pairs of content-word stems of a question, looked up by stem: a sentence's
 * pairs are then checked without a string made for each of them (sixty candidates per question).
 *
 * @example
 * questionBigrams(tokenize('what did the foreign minister propose')).size; // 2 ("foreign minist", "minist propos")
 */
export function questionBigrams(tokens: readonly Token[]): QuestionBigrams {
  const pairs = new Map<string, Map<string, number>>();
  let size = 0;
  let previous: string | undefined;
  for (const t of tokens) {
    if (STOPWORDS.has(t.word)) continue;
    if (previous !== undefined) {
      let seconds = pairs.get(previous);
      if (!seconds) pairs.set(previous, (seconds = new Map()));
      if (!seconds.has(t.stem)) seconds.set(t.stem, size++);
    }
    previous = t.stem;
  }
  return { size, pairs };
}

/**
 * Share of the question's adjacent content-word pairs that stand adjacent in the sentence too, each
 * pair counted once: "foreign minister" matched as a phrase, not as two scattered words.
 *
 * @example
 * bigramShare(questionBigrams(tokenize('what did the foreign minister propose')), tokenize("Iran's foreign minister said")); // 0.5
 */
export function bigramShare(question: QuestionBigrams, tokens: readonly Token[]): number {
  if (question.size === 0) return 0;
  let found = 0;
  let seen: number[] | undefined;
  let previous: string | undefined;
  for (const t of tokens) {
    if (STOPWORDS.has(t.word)) continue;
    const pair = previous === undefined ? undefined : question.pairs.get(previous)?.get(t.stem);
    if (pair !== undefined && !(seen ??= []).includes(pair)) {
      seen.push(pair);
      found++;
    }
    previous = t.stem;
  }
  return Math.min(1, found / question.size);
}

/**
 * How much of the question's share a sentence loses when read as the parts its semicolons separate:
 * the share of the whole sentence less that of its best part, 0 for a sentence of one part. A
 * semicolon joins statements that each stand alone (a list of plays with their authors, two
 * clauses), so a question about one fact is answered by one part: "how old was Ben Ray when he
 * wrote Dusk" against "Dawn, by young Ann Lee (19 when she wrote it); Dusk, by Ben Ray." finds
 * "wrote" and "Dusk … Ben Ray" only in different parts. A part that opens by pointing back (see
 * {@link refersBack}: "they are also trained …") is read with the part before it. `share` gives the
 * question's share in some of the sentence's tokens.
 *
 * @example
 * segmentLoss(tokenize('Dawn, by Ann Lee; Dusk, by Ben Ray.'), 'Dawn, by Ann Lee; Dusk, by Ben Ray.', share); // share(all) − max(share(first), share(second))
 */
export function segmentLoss(tokens: readonly Token[], text: string, share: (tokens: readonly Token[]) => number): number {
  if (!text.includes(';')) return 0;
  const parts: Token[][] = [[]];
  let cut = text.indexOf(';');
  for (const t of tokens) {
    while (cut >= 0 && t.start > cut) {
      parts.push([]);
      cut = text.indexOf(';', cut + 1);
    }
    (parts[parts.length - 1] as Token[]).push(t);
  }
  const filled = parts.filter((p) => p.length > 0);
  if (filled.length < 2) return 0;
  let best = 0;
  filled.forEach((part, k) => {
    const before = filled[k - 1];
    const read = before !== undefined && refersBack(part, (stem) => before.some((t) => t.stem === stem)) ? [...before, ...part] : part;
    best = Math.max(best, share(read));
  });
  return Math.max(0, share(tokens) - best);
}

/** The index's terms of some tokens' stems (a stem no sentence has is no term). */
function stemTerms(index: SentenceIndex, tokens: readonly Token[]): Set<number> {
  const terms = new Set<number>();
  for (const t of tokens) {
    const term = index.termId(t.stem);
    if (term !== undefined) terms.add(term);
  }
  return terms;
}

/** Features that compare a candidate with the question's other candidates. */
export function relativeFeatures(all: FeatureVector[]): void {
  let bestStory = 0;
  for (const f of all) bestStory = Math.max(bestStory, f.covStory);
  for (const f of all) f.storyBest = bestStory === 0 ? 0 : f.covStory / bestStory;
}

/**
 * Each group's soft match in a sentence: its exact/expanded match, or else the best cosine between
 * its word and a sentence word (never below 0). "offer" meets "proposal" at ~0.67.
 *
 * @example
 * softMatches(groups, [1, 0], tokens, rows, vectors); // [1, 0.67]
 */
export function softMatches(groups: readonly QueryGroup[], matches: ArrayLike<number>, tokens: readonly Token[], groupRows: readonly number[], vectors: WordVectors | undefined): number[] {
  let rows: number[] | undefined;
  return groups.map((_, i) => {
    const m = matches[i] ?? 0;
    const row = groupRows[i] ?? -1;
    if (m >= 1 || row < 0 || !vectors) return m;
    rows ??= tokens.filter((t) => !STOPWORDS.has(t.word)).map((t) => vectors.row(t.word));
    let best = 0;
    for (const r of rows) {
      const s = vectors.similarity(row, r);
      if (s > best) best = s;
    }
    return Math.max(m, best);
  });
}

/**
 * How close together the matched words stand (1 = adjacent): "Iran's foreign minister" beats a
 * sentence with "Iran" at one end and "foreign minister" at the other.
 */
export function proximity(groups: readonly QueryGroup[], matches: readonly number[], tokens: readonly Token[], index: SentenceIndex): number {
  return positionsProximity(matchedPositions(groups, matches, tokens, index));
}

/** {@link proximity} from the matched positions (in order). */
function positionsProximity(positions: readonly number[]): number {
  if (positions.length < 2) return 0;
  const span = (positions[positions.length - 1] as number) - (positions[0] as number) + 1;
  return Math.min(1, positions.length / span);
}

/** Each term of the groups' alternatives → the positions of the groups that hold it. */
export type TermGroups = ReadonlyMap<number, readonly number[]>;

/** {@link TermGroups} of a question's groups: made once per question, read for each candidate. */
export function termGroups(groups: readonly QueryGroup[]): TermGroups {
  const byTerm = new Map<number, number[]>();
  groups.forEach((g, i) => {
    for (const a of g.alternatives) {
      for (const t of a.terms) {
        const owners = byTerm.get(t);
        if (!owners) byTerm.set(t, [i]);
        else if (!owners.includes(i)) owners.push(i);
      }
    }
  });
  return byTerm;
}

/** Positions of the sentence's tokens that match a word of the question (in order). */
export function matchedPositions(groups: readonly QueryGroup[], matches: readonly number[], tokens: readonly Token[], index: SentenceIndex): number[] {
  return positionsMatched(termGroups(groups), matches, tokens, index);
}

/** {@link matchedPositions} with the question's {@link TermGroups}: a token matches when a group holding its term matched. */
function positionsMatched(byTerm: TermGroups, matches: ArrayLike<number>, tokens: readonly Token[], index: SentenceIndex): number[] {
  const positions: number[] = [];
  for (let position = 0; position < tokens.length; position++) {
    const term = index.termId((tokens[position] as Token).stem);
    const owners = term === undefined ? undefined : byTerm.get(term);
    if (owners === undefined) continue;
    for (const i of owners) {
      if ((matches[i] ?? 0) > 0) {
        positions.push(position);
        break;
      }
    }
  }
  return positions;
}


/**
 * The reverse alignment: the idf-weighted share of the sentence's content words that meet a
 * question word, exactly (by stem) or by their closest word vector. A sentence that is mostly
 * about the question's matter scores high; one that shares a word or two and then talks of
 * something else scores low.
 *
 * `alignments` remembers each sentence word's best match by its row, for the question's other
 * candidates (the same question rows: the same number).
 *
 * @example
 * alignBack(tokenize('The offer was rejected.'), stems, rows, vectors, idf); // ≈ 0.9
 */
export function alignBack(tokens: readonly Token[], questionStems: ReadonlySet<string>, questionRows: readonly number[], vectors: WordVectors | undefined, idf: (stem: string) => number, alignments?: Map<number, number>): number {
  let total = 0;
  let aligned = 0;
  for (const t of tokens) {
    if (STOPWORDS.has(t.word) || /\d/.test(t.word)) continue;
    const weight = idf(t.stem);
    total += weight;
    if (questionStems.has(t.stem)) {
      aligned += weight;
      continue;
    }
    if (!vectors) continue;
    const row = vectors.row(t.word);
    let best = alignments?.get(row);
    if (best === undefined) {
      best = 0;
      // (A similarity is the same number either way round: asked question row first, as the others ask it.)
      for (const q of questionRows) if (q >= 0) best = Math.max(best, vectors.similarity(q, row));
      alignments?.set(row, best);
    }
    aligned += weight * best;
  }
  return total === 0 ? 0 : aligned / total;
}

/**
 * The closest word-vector match of a question's head noun among the sentence's words the
 * question does not use: "which instrument" meets "cello" without a lexicon entry.
 *
 * @example
 * headSimilarity(tokenize('She played the cello.'), stems, vectors.row('instrument'), vectors); // ≈ 0.6
 */
export function headSimilarity(tokens: readonly Token[], questionStems: ReadonlySet<string>, headRow: number, vectors: WordVectors | undefined): number {
  if (headRow < 0 || !vectors) return 0;
  let best = 0;
  for (const t of tokens) {
    if (STOPWORDS.has(t.word) || questionStems.has(t.stem) || /\d/.test(t.word)) continue;
    best = Math.max(best, vectors.similarity(headRow, vectors.row(t.word)));
  }
  return best;
}

/** Every one of `words` is a word of the name: "Ann Lee" is named by [lee] and by [ann, lee], not by [tom, lee]. */
function namedBy(name: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const own = new Set(tokenize(name).map((t) => t.word));
  return words.every((w) => own.has(w));
}

/** The words of whom a role question asks about: what "who is X" names, or else the question's names. */
function askedWords(analysis: QuestionAnalysis): string[] {
  const subject = definitionSubject(analysis.text);
  return subject.length > 0 ? subject : analysis.groups.filter((g) => g.isName).flatMap((g) => tokenize(g.word).map((t) => t.word));
}

/**
 * Whether a sentence holds a fact of the expected answer kind that the question does not already
 * give: a sum of money for "how much did it cost", a person for "who", a reason for "why". For a
 * role, the role of the person asked about (`asked`: their words as the question writes them, a
 * surname alone being enough: "who is Lee" asks about Ann Lee).
 *
 * @example
 * kindPresent('money', { numbers: [{ text: '$5,000', value: 5000, unit: 'USD' }], … }, stems, text); // 1
 */
export function kindPresent(kind: AnswerKind, facts: SentenceFacts, questionStems: ReadonlySet<string>, sentence: string, asked: readonly string[] = []): number {
  const fresh = (text: string): boolean => !tokenize(text).every((t) => questionStems.has(t.stem));
  // Read only by the kinds that count: a sentence's numbers need its dates (chrono) worked out first.
  const numbers = (): SentenceFacts['numbers'] => facts.numbers.filter((n) => fresh(n.text));
  switch (kind) {
    case 'money':
      return numbers().some(isMoney) || /\$\s?\d|\b\d[\d,.]*\s+(?:dollars|cents|pounds|euros)\b/i.test(sentence) ? 1 : 0;
    case 'percent':
      return numbers().some((n) => n.unit === 'percent') || /\d\s?%|\bper ?cent\b/i.test(sentence) ? 1 : 0;
    case 'count':
      return numbers().some((n) => n.unit !== 'ordinal') ? 1 : 0;
    case 'age': {
      const age = ageIn(sentence);
      return age !== undefined && fresh(age) ? 1 : 0;
    }
    case 'date':
      return facts.dates.some((d) => d.grain !== 'duration' && fresh(d.text)) ? 1 : 0;
    case 'duration': {
      // A span from one date to another says how long too ("from 1920 to 1933").
      if (facts.dates.some((d) => d.grain === 'duration' || (d.grain === 'range' && fresh(d.text)))) return 1;
      const tokens = tokenize(sentence);
      // "two whole weeks": a word stressing the span may stand between the count and its unit.
      const unitAt = (i: number): boolean => DURATION_UNIT.test(tokens[i]?.word ?? '') || (SPAN_STRESS_WORD.test(tokens[i]?.word ?? '') && DURATION_UNIT.test(tokens[i + 1]?.word ?? ''));
      return tokens.some((t, i) => /\d|^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|few)$/.test(t.word) && unitAt(i + 1)) ? 1 : 0;
    }
    case 'person':
      return facts.entities.some((e) => e.type === 'person' && fresh(e.name)) ? 1 : 0;
    case 'organisation':
      return facts.entities.some((e) => e.type === 'organization' && fresh(e.name)) ? 1 : 0;
    case 'place':
      return facts.entities.some((e) => e.type === 'place' && fresh(e.name)) ? 1 : 0;
    case 'role':
      return facts.entities.some((e) => e.role !== undefined && (!fresh(e.name) || namedBy(e.name, asked))) ? 1 : 0;
    case 'reason':
      return facts.hasReason ? 1 : 0;
    default:
      return 1;
  }
}

/**
 * Whether a sentence names something of the kind a question asks for, in a word the question does
 * not already use: "carbines" answers "which guns", "jazz" answers "what kind of music".
 *
 * @example
 * headFound(tokenize('They carried carbines.'), new Set(['gun']), (w) => w === 'carbines'); // true
 */
export function headFound(tokens: readonly Token[], questionStems: ReadonlySet<string>, isHeadKind: (word: string) => boolean): boolean {
  return tokens.some((t) => !STOPWORDS.has(t.word) && !questionStems.has(t.stem) && !/\d/.test(t.word) && isHeadKind(t.word));
}

/**
 * Whether a sentence opens by pointing back at what the sentence before it named: a pronoun or a
 * demonstrative ("He said …", "These ministers …"), after an opener like "but" or "and", or a
 * definite description whose noun the sentence before used ("Acme Corp. posted a loss. The
 * company blamed …" when the one before says "company"). Such a sentence is about the earlier
 * sentence's names and matter, though it does not repeat them.
 *
 * @example
 * refersBack(tokenize('The prize was a ribbon.'), (stem) => stem === 'prize'); // true
 * refersBack(tokenize('The weather was fine.'), (stem) => stem === 'prize'); // false
 */
export function refersBack(tokens: readonly Token[], previousHas: (stem: string) => boolean): boolean {
  let i = 0;
  while (i < 2 && OPENERS.has(tokens[i]?.word ?? '')) i++;
  const first = tokens[i];
  if (!first) return false;
  if (BACK_REFERENCES.has(first.word)) return true;
  if (first.word !== 'the') return false;
  for (let j = i + 1; j <= i + DESCRIPTION_REACH && j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (!STOPWORDS.has(t.word) && !/\d/.test(t.word) && previousHas(t.stem)) return true;
  }
  return false;
}

/** A person a sentence names, as its facts give them: the name and how the sentence writes it. */
type PersonMention = Pick<EntityMention, 'name' | 'text'>;

/**
 * The person a pronoun of a sentence stands for, read from a sentence before it (the caller passes
 * the nearest of its story that names anyone): a pronoun that opens the sentence ("She sold the
 * mill.", "His brother …", also after "But" or "And"), or any pronoun of one sex ("In 1943 the guild
 * gave her a medal.") in a sentence that names no one itself, stands for the one person that
 * sentence names. A courtesy title of the other sex sets a person aside ("Mr. Tam Hale" is no
 * "she"); two people left there, or none, leave the pronoun unresolved.
 *
 * @example
 * pronounPerson(tokenize('She sold the mill in May.'), [], 'Ada Lunn bought a mill.', [{ name: 'Ada Lunn', text: 'Ada Lunn' }]); // { name: 'Ada Lunn', sex: 'she' }
 * pronounPerson(tokenize('She sold it.'), [], 'Ada Lunn met Mrs. Vey Oster.', [{ name: 'Ada Lunn', text: 'Ada Lunn' }, { name: 'Vey Oster', text: 'Vey Oster' }]); // undefined
 */
export function pronounPerson(tokens: readonly Token[], people: readonly PersonMention[], previousText: string, previousPeople: readonly PersonMention[]): { name: string; sex: 'he' | 'she' } | undefined {
  if (previousPeople.length === 0) return undefined;
  let sex = openingPronoun(tokens);
  if (sex === undefined) {
    // A pronoun further on ("In 1943 the guild gave her a medal"), in a sentence that names no one
    // who could be it, and of one sex only.
    if (people.length > 0) return undefined;
    const sexes = new Set(tokens.flatMap((t) => PERSON_PRONOUN.get(t.word) ?? []));
    if (sexes.size !== 1) return undefined;
    [sex] = sexes;
    if (sex === undefined) return undefined;
  }
  const candidates = new Set<string>();
  for (const p of previousPeople) {
    const at = previousText.indexOf(p.text);
    const title = TITLE_BEFORE.exec(at < 0 ? '' : previousText.slice(0, at))?.[1] ?? /^(Mr|Mrs|Ms|Miss)\b/.exec(p.text)?.[1];
    if (title !== undefined && (title === 'Mr' || title === 'Messrs' ? 'he' : 'she') !== sex) continue;
    // (Plural titles are two people or more: no "he" or "she".)
    if (title === 'Mmes' || title === 'Messrs') continue;
    candidates.add(p.name);
  }
  const [name] = candidates;
  return candidates.size === 1 && name !== undefined ? { name, sex } : undefined;
}

/** The sex of a "he"/"she"/"his"/"her"/"him" that opens a sentence (after at most two openers: "But then she …"). */
function openingPronoun(tokens: readonly Token[]): 'he' | 'she' | undefined {
  let i = 0;
  while (i < 2 && OPENERS.has(tokens[i]?.word ?? '')) i++;
  return PERSON_PRONOUN.get(tokens[i]?.word ?? '');
}

/**
 * Whether a question writes a courtesy title of the other sex right before a word of the person's
 * name: "what did mrs podger buy" does not ask about the "he" that stands for Tam Podger.
 *
 * @example
 * otherTitle('what did mrs podger buy', { name: 'Tam Podger', sex: 'he' }); // true
 * otherTitle('what did podger buy', { name: 'Tam Podger', sex: 'he' }); // false
 */
export function otherTitle(question: string, person: { name: string; sex: 'he' | 'she' }): boolean {
  const tokens = tokenize(question);
  const words = new Set(tokenize(person.name).map((t) => t.word));
  return tokens.some((t, i) => {
    const next = tokens[i + 1]?.word;
    if (next === undefined || !words.has(next)) return false;
    if (t.word === 'mr') return person.sex !== 'he';
    return (t.word === 'mrs' || t.word === 'miss' || t.word === 'ms') && person.sex !== 'she';
  });
}

/** A number's kind, for telling a changed number from an added one: a year, an ordinal, or a count. */
function numberShape(word: string): 'year' | 'ordinal' | 'count' {
  if (/^(?:1\d|20)\d\d$/.test(word)) return 'year';
  if (/^\d+(?:st|nd|rd|th)$|^(?:second|third|\w+th|twelfth|twentieth|hundredth)$/.test(word)) return 'ordinal';
  return 'count';
}

/**
 * A number as a key of its kind and value, however written: "thirty" and "30" are one number,
 * "2nd" and "second" another; a scale word alone ("hundred") is itself.
 */
function keyOf(word: string): string {
  return numberKey(word) ?? `${numberShape(word)}:${word.toLowerCase()}`;
}

/** The numbers (and months) of a sentence's tokens, as {@link keyOf} gives them. */
function numberKeys(tokens: readonly Token[]): string[] {
  return tokens.filter((t, i) => /\d/.test(t.word) || NUMBER_WORDS.test(t.word) || namesMonth(tokens, i)).map((t) => keyOf(t.word));
}

/** The index stems a number may be written with in a story: as the question writes it, in digits and in words. */
export function numberStems(word: string): string[] {
  const key = numberKey(word);
  const value = key === undefined ? undefined : Number(key.slice(key.indexOf(':') + 1));
  const stems = [stem(word.toLowerCase())];
  if (key === undefined || value === undefined || key.startsWith('month:')) return stems;
  const ordinal = key.startsWith('ordinal:');
  if (!ordinal) stems.push(String(value));
  const words = ordinal ? ORDINAL_WORDS : CARDINAL_WORDS;
  for (const [spelled, v] of Object.entries(words)) if (v === value) stems.push(stem(spelled));
  return [...new Set(stems)];
}

/**
 * Whether a number of the question is missing from the sentence while the sentence gives another
 * number of the same kind in its place: "in 1923" against "in 1913", "the seventh" against "the
 * Sixth", "four ships" against "five ships", "in April" against "in March" — not "thirty" against
 * "30", which is the same number.
 * A sentence that lacks the number and gives none of its kind may still be about it (a year said
 * in the sentence before).
 *
 * @example
 * numberReplaced(['1923'], tokenize('It was published in 1913.')); // true
 * numberReplaced(['1923'], tokenize('It was published that spring, 40 pages long.')); // false
 * numberReplaced(['thirty'], tokenize('It was 30 years ago.')); // false
 *
 * (`sentenceNumbers`: the sentence's numbers as {@link numberKeys} gives them, when the caller has them.)
 */
export function numberReplaced(questionNumbers: readonly string[], tokens: readonly Token[], sentenceNumbers?: readonly string[]): boolean {
  // A question without numbers has none the sentence could replace (its numbers are not read).
  if (questionNumbers.length === 0) return false;
  const asked = questionNumbers.map(keyOf);
  const given = sentenceNumbers ?? numberKeys(tokens);
  const missing = new Set<string>();
  for (const key of asked) if (!given.includes(key)) missing.add(key.slice(0, key.indexOf(':')));
  if (missing.size === 0) return false;
  return given.some((key) => !asked.includes(key) && missing.has(key.slice(0, key.indexOf(':'))));
}

const NO_TERMS = new Int32Array(0);

/** A sentence's term ids, asked `has` without a set built for each candidate (a sentence holds a few dozen). */
class TermList {
  constructor(private readonly terms: Int32Array) {}

  has(term: number): boolean {
    return this.terms.includes(term);
  }
}

/** The terms of a story's headline and lead, and of the sentences just before a candidate (one after the other). */
class NearbyTerms {
  constructor(
    private readonly lead: ReadonlySet<number>,
    private readonly before: Int32Array,
  ) {}

  has(term: number): boolean {
    return this.lead.has(term) || this.before.includes(term);
  }
}

/** Whether an alternative of a group, as written (weight 1), has all its terms in the sentence. */
function exactlyIn(alternatives: QueryGroup['alternatives'], terms: TermList): boolean {
  for (const a of alternatives) {
    if (!(a.via === 'exact' && a.weight >= 1)) continue;
    let all = true;
    for (const t of a.terms) {
      if (!terms.has(t)) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** What a name names, as the lexicon tells: a person, a place, a time. */
type NameKind = 'person' | 'place' | 'time';

/** Words before a noun that make it a common noun, not a place's name: "the north", "a nice …". */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);

/**
 * Whether a question word may name someone or something: read as a name (written with a capital,
 * or a name of the knowledge base), a word English writes only with a capital ("paris"), a word
 * English does not know at all ("broward"), or a place English writes first with a capital,
 * typed without a determiner ("in berlin", "in china": not "the north", nor "park", whose first
 * sense is common). Not a word with a rare capitalised sense ("born").
 */
function mayName(group: QueryGroup, lexicon: Lexicon | undefined, bare: (word: string) => boolean = () => false): boolean {
  if (/\d/.test(group.word)) return false;
  if (group.isName) return true;
  if (group.word.includes(' ') || !lexicon) return false;
  if (lexicon.onlyName?.(group.word) === true || lexicon.has?.(group.word) === false) return true;
  return bare(group.word) && lexicon.firstSenseName?.(group.word) === true && lexicon.nounKind?.(group.word) === 'place';
}

/**
 * Whether a word of the question stands with no determiner before it ("delayed in berlin", not
 * "in the north").
 */
function bareIn(question: string): (word: string) => boolean {
  const tokens = tokenize(question);
  return (word) => tokens.some((t, i) => t.word === word && !DETERMINERS.has(tokens[i - 1]?.word ?? ''));
}

/**
 * The words of a question written with a possessive after them ("rexroth's", "the kochaneks'"):
 * each ends a name.
 */
function possessivesIn(question: string): ReadonlySet<string> {
  const tokens = tokenize(question);
  return new Set(tokens.filter((t) => /^['’]s?(?![\p{L}\p{N}])/u.test(question.slice(t.end))).map((t) => t.word));
}

/**
 * The question's names as runs of groups that {@link mayName}, one after the other: "hamilton
 * holmes" → [[0, 1]]; a possessive ends a name: "rexroth's los angeles engagement" names Rexroth
 * and Los Angeles, [[0], [1, 2]].
 */
function nameRuns(groups: readonly QueryGroup[], lexicon: Lexicon | undefined, bare?: (word: string) => boolean, possessives: ReadonlySet<string> = new Set()): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  groups.forEach((g, i) => {
    if (mayName(g, lexicon, bare)) {
      run.push(i);
      if (possessives.has(g.word.split(' ').pop() ?? g.word)) {
        runs.push(run);
        run = [];
      }
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The lexicon's `nounKind`, each word's answer remembered (WordNet reads its file for each). */
function rememberingKinds(lexicon: Lexicon | undefined): (word: string) => NameKind | undefined {
  const known = new Map<string, NameKind | undefined>();
  return (word) => {
    if (!lexicon?.nounKind) return undefined;
    if (!known.has(word)) known.set(word, lexicon.nounKind(word));
    return known.get(word);
  };
}

/** Word vectors this close make two names of one kind: "paris" and "london" (0.73), "smith" and "jones" (0.79); "kennedy" and "khrushchev" (0.35) are two people by the lexicon. */
export const SAME_KIND = 0.6;

/**
 * Whether a name the question asks about is missing from the sentence while the sentence writes
 * another name of the same kind, one the question does not use, in its place: "delayed 103
 * passengers in London" for "… delay in paris", "Dade County" for "Broward County", "Mr. Palmer"
 * for "Player" — the name analogue of {@link numberReplaced}. Two names are of a kind when their
 * word vectors are close ({@link SAME_KIND}) or the lexicon gives both the same kind (two people,
 * two places). A sentence's names are its words written with a capital past its first, and a
 * first word English writes with a capital.
 *
 * @example
 * nameReplaced(['paris'], tokenize('They were delayed in London.'), stems, vectors, kindOf); // true
 * nameReplaced(['paris'], tokenize('They were delayed at the airport.'), stems, vectors, kindOf); // false
 */
export function nameReplaced(missing: readonly string[], tokens: readonly Token[], questionStems: ReadonlySet<string>, vectors: WordVectors | undefined, kindOf: (word: string) => NameKind | undefined, isNameWord: (word: string) => boolean = () => false): boolean {
  if (missing.length === 0) return false;
  const names = tokens.filter((t, i) => t.capitalized && !STOPWORDS.has(t.word) && !/\d/.test(t.word) && !questionStems.has(t.stem) && (i > 0 || isNameWord(t.word)));
  if (names.length === 0) return false;
  return missing.some((word) => {
    const row = vectors ? vectors.row(word) : -1;
    const kind = kindOf(word);
    return names.some((t) => (vectors !== undefined && row >= 0 && vectors.similarity(row, vectors.row(t.word)) >= SAME_KIND) || (kind !== undefined && kindOf(t.word) === kind));
  });
}

/**
 * The kind of each word of the names of the people and places of a sentence, as the knowledge
 * base's facts read them: "Kenneth Patchen" → kenneth, patchen: person. A word of two kinds of name
 * ("Washington" the man and the city) has none.
 */
function mentionKinds(entities: readonly EntityMention[]): ReadonlyMap<string, NameKind> {
  const kinds = new Map<string, NameKind>();
  const mixed = new Set<string>();
  for (const e of entities) {
    if (e.type === 'organization') continue;
    for (const t of tokenize(`${e.text} ${e.name}`)) {
      const seen = kinds.get(t.word);
      if (seen !== undefined && seen !== e.type) mixed.add(t.word);
      kinds.set(t.word, e.type);
    }
  }
  for (const word of mixed) kinds.delete(word);
  return kinds;
}

/** Sentences of a story read at most for the kind of a name's word (see {@link storyKind}). */
const KIND_SENTENCES = 3;

/**
 * The kind of a name's word in a story (the question's "rexroth", which the lexicon does not
 * know): that of the person or place the first sentences of the story that write the word name
 * with it ("… wrote Kenneth Rexroth …": a person), remembered for the question.
 */
function storyKind(corpus: FeatureCorpus, q: QuestionFeatureContext, article: number, word: string): NameKind | undefined {
  const key = `${article} ${word}`;
  if (q.storyKinds.has(key)) return q.storyKinds.get(key) ?? undefined;
  let kind: NameKind | undefined;
  const term = corpus.index.termId(stem(word));
  if (term !== undefined) {
    // (A story's sentence ids are one run: its part of the postings is found by halving.)
    const postings = corpus.index.postings(term);
    const first = corpus.index.firstSentence(article) ?? 0;
    let lo = 0;
    let hi = postings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((postings[mid] as number) < first) lo = mid + 1;
      else hi = mid;
    }
    for (let at = lo, read = 0; at < postings.length && read < KIND_SENTENCES; at++, read++) {
      const id = postings[at] as number;
      if (corpus.index.articleOf(id) !== article) break;
      kind = mentionKinds(corpus.facts(id).entities).get(word);
      if (kind !== undefined) break;
    }
  }
  q.storyKinds.set(key, kind ?? null);
  return kind;
}

/** Small words a name of several words may hold between its capitalised ones: "Committee on Foreign Relations", "Bank of Dunmore". */
const NAME_JOINERS = new Set(['of', 'on', 'for', 'and', 'the', 'de', 'la']);

/**
 * A sentence's names of several words: runs of words written with a capital (a sentence's first
 * word when written so), small joining words allowed between two of them, each run as the
 * positions of its capitalised words.
 *
 * @example
 * capitalisedRuns(tokenize('The Senate Armed Services Committee met.'), 'The Senate Armed Services Committee met.'); // [[1, 2, 3, 4]]
 */
export function capitalisedRuns(tokens: readonly Token[], text: string): number[][] {
  const capital = (i: number): boolean => {
    const t = tokens[i];
    if (t === undefined || /\d/.test(t.word) || STOPWORDS.has(t.word)) return false;
    return t.capitalized || (i === 0 && /\p{Lu}/u.test(text.charAt(t.start)));
  };
  // (A name runs on only over spaces: "Besides Schlesinger, the Justice Department's …" is two.)
  const joined = (i: number): boolean => i > 0 && /^\s+$|^['’]s\s+$/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start));
  const runs: number[][] = [];
  let run: number[] = [];
  let open = false;
  for (let i = 0; i < tokens.length; i++) {
    const on = open && joined(i);
    if (capital(i)) {
      if (!on && run.length > 0) {
        if (run.length > 1) runs.push(run);
        run = [];
      }
      run.push(i);
      open = true;
    } else if (on && NAME_JOINERS.has((tokens[i] as Token).word) && capital(i + 1) && joined(i + 1)) {
      continue;
    } else {
      if (run.length > 1) runs.push(run);
      run = [];
      open = false;
    }
  }
  if (run.length > 1) runs.push(run);
  return runs;
}

/**
 * Whether the sentence names, where the question names something by several words, another thing
 * of the same name's words: a name of the sentence holds some of the question's words and others
 * of its own, while a word of the question standing among them is missing from the sentence —
 * "Senate Armed Services Committee" for "senate finance committee", "Second Avenue Bridge" for "the
 * third avenue bridge" — the near miss of an organisation, a bridge or a title that
 * {@link nameReplaced} cannot see (such names have no kind). The question's words between the
 * first and the last it shares with that name must each be shared or missing (the span stays in the
 * name: "senate … approve … committee" is no name).
 *
 * `present(i)` tells whether the question's token `i` is in the sentence (as written or through a
 * synonym).
 *
 * @example
 * otherNameAround(tokenize('when did the senate finance committee meet'), tokenize('The Senate Armed Services Committee met.'), 'The Senate Armed Services Committee met.', (i) => i !== 4); // [4]
 */
export function otherNameAround(questionTokens: readonly Token[], tokens: readonly Token[], text: string, present: (i: number) => boolean): number[] {
  for (const run of capitalisedRuns(tokens, text)) {
    const stems = new Set(run.map((i) => (tokens[i] as Token).stem));
    const shared: number[] = [];
    questionTokens.forEach((t, i) => {
      if (!STOPWORDS.has(t.word) && stems.has(t.stem)) shared.push(i);
    });
    if (shared.length < 2) continue;
    const first = shared[0] as number;
    const last = shared[shared.length - 1] as number;
    const missing: number[] = [];
    // (The question's words from the first shared to the last read as one name: no more words than
    // the sentence's name, none but joining words among the small ones: "what does the US think the
    // soviet …" names nothing from "US" to "soviet".)
    let inName = last - first < run.length + 2;
    for (let i = first + 1; i < last && inName; i++) {
      const t = questionTokens[i] as Token;
      if (stems.has(t.stem)) continue;
      if (STOPWORDS.has(t.word)) inName = NAME_JOINERS.has(t.word) && t.word !== 'the';
      else if (present(i)) inName = false;
      else missing.push(i);
    }
    // (The sentence's name has a word of its own where the question's is missing.)
    const questionStems = new Set(questionTokens.map((t) => t.stem));
    if (inName && missing.length > 0 && run.some((i) => !questionStems.has((tokens[i] as Token).stem))) return missing;
  }
  return [];
}

/**
 * Whether a name the question asks about could be a person of the story: a word of it in the
 * story's text (`story`, the question's groups matched against it) or in a name on its people
 * list. A person's name comes from one or the other, so a story without any holds no person a
 * pronoun could stand for that the question names (and reading its sentences' people would cost
 * their facts for nothing). Without the people's terms, any story may.
 */
function storyMayName(corpus: FeatureCorpus, q: QuestionFeatureContext, article: number, story: readonly number[]): boolean {
  if (corpus.peopleTerms === undefined) return true;
  if (q.nameGroups.some((i) => (story[i] ?? 0) > 0)) return true;
  const people = corpus.peopleTerms(article);
  if (people.size === 0) return false;
  const named = groupMatches(q.analysis.groups, people);
  return q.nameGroups.some((i) => (named[i] ?? 0) > 0);
}

/** Input for one candidate. */
export interface CandidateInput {
  sentence: number;
  article: number;
  /** Position of the sentence in its story. */
  position: number;
  text: string;
  bm25: number;
  rank: number;
  answer: ShortAnswer;
}

/** A candidate's {@link SIGNALS}, each worked out when first read. */
interface LazySignals {
  nameReplaced(): number;
  unrealEvent(): number;
}

const LAZY_SIGNALS = Symbol('lazy signals');

/**
 * The getters of the signals: the same two functions for every candidate's vector. Getters made
 * for each vector (an object literal's `get …()`) put it in V8's dictionary mode: some 3.8 KB
 * allocated a candidate instead of under 1 KB, and a hash lookup for each feature the ranker reads.
 */
const SIGNAL_GETTERS: PropertyDescriptorMap = {
  nameReplaced: {
    get(this: CandidateFeatureVector): number {
      return this[LAZY_SIGNALS].nameReplaced();
    },
    enumerable: true,
    configurable: true,
  },
  unrealEvent: {
    get(this: CandidateFeatureVector): number {
      return this[LAZY_SIGNALS].unrealEvent();
    },
    enumerable: true,
    configurable: true,
  },
};

/**
 * One candidate's {@link FeatureVector}: the features as its own properties, with the signals as
 * getters among them, in the order they are listed here (as JSON and the inspectors show them); a
 * class, so that V8 lays the properties out in the object itself, each written by name.
 */
class CandidateFeatureVector {
  [name: string]: number;
  declare readonly [LAZY_SIGNALS]: LazySignals;

  constructor(f: Readonly<Record<FeatureName, number>>, signals: LazySignals) {
    this.bm25Rel = f.bm25Rel;
    this.rankRecip = f.rankRecip;
    this.covExact = f.covExact;
    this.covSentence = f.covSentence;
    this.covNearby = f.covNearby;
    this.covStory = f.covStory;
    this.covVector = f.covVector;
    this.vecWeakest = f.vecWeakest;
    this.missingShare = f.missingShare;
    this.missingExact = f.missingExact;
    this.unmatchedShare = f.unmatchedShare;
    this.hasNames = f.hasNames;
    this.namesInSentence = f.namesInSentence;
    this.nameMissingStory = f.nameMissingStory;
    this.hasNumbers = f.hasNumbers;
    this.numbersInSentence = f.numbersInSentence;
    this.numberMissingStory = f.numberMissingStory;
    this.numberReplaced = f.numberReplaced;
    Object.defineProperties(this, SIGNAL_GETTERS);
    this.fit = f.fit;
    this.fitWho = f.fitWho;
    this.fitWhen = f.fitWhen;
    this.fitWhere = f.fitWhere;
    this.fitHowMany = f.fitHowMany;
    this.kindPresent = f.kindPresent;
    this.headAsked = f.headAsked;
    this.headFound = f.headFound;
    this.role = f.role;
    this.proximity = f.proximity;
    this.forms = f.forms;
    this.lead = f.lead;
    this.position = f.position;
    this.negationMismatch = f.negationMismatch;
    this.negationNear = f.negationNear;
    this.negationDropped = f.negationDropped;
    this.interrogative = f.interrogative;
    this.length = f.length;
    this.previousCov = f.previousCov;
    this.windowCov = f.windowCov;
    this.segmentLoss = f.segmentLoss;
    this.alignBack = f.alignBack;
    this.headVector = f.headVector;
    this.bigrams = f.bigrams;
    this.storyBest = f.storyBest;
    this.unknownShare = f.unknownShare;
    this.questionSize = f.questionSize;
    this.isWho = f.isWho;
    this.isWhen = f.isWhen;
    this.isWhere = f.isWhere;
    this.isWhat = f.isWhat;
    this.isWhy = f.isWhy;
    this.isHow = f.isHow;
    this.isHowMany = f.isHowMany;
    Object.defineProperty(this, LAZY_SIGNALS, { value: signals });
  }
}

/**
 * The feature vector of one candidate sentence.
 *
 * @example
 * const f = candidateFeatures(corpus, context, candidate);
 * f.covSentence; // 0.8
 */
export function candidateFeatures(corpus: FeatureCorpus, q: QuestionFeatureContext, c: CandidateInput): FeatureVector {
  const { index } = corpus;
  const { analysis } = q;
  const { groups } = analysis;
  // Each group's matches for this candidate, in arrays the question's candidates reuse (each
  // candidate writes every entry it reads).
  const { own, exact: exactOnly, withPrevious: ownWithPrevious, previous: previousMatches, nearby: nearbyMatches, nearbyCombined, storyCombined, window: ownOrPrevious } = q.scratch;
  const terms = new TermList(index.sentenceTerms(c.sentence));
  groupMatchesInto(groups, terms, own);
  for (let i = 0; i < groups.length; i++) exactOnly[i] = (own[i] as number) > 0 && exactlyIn((groups[i] as QueryGroup).alternatives, terms) ? 1 : 0;
  const tokens = tokenize(c.text);
  // "Ada Lunn bought a mill. She sold it in May.": a pronoun that stands for the one person of the
  // nearest sentence before that names anyone (see `pronounPerson`) writes that person's name in the sentence, as a name the
  // sentence writes itself would (not as written: `covExact` stays as it was).
  let story = q.storyMatches.get(c.article);
  if (!story) {
    story = groupMatches(groups, corpus.articleTerms(c.article));
    q.storyMatches.set(c.article, story);
  }
  if (c.position > 0 && q.nameGroups.length > 0 && tokens.some((t) => PERSON_PRONOUN.has(t.word)) && storyMayName(corpus, q, c.article, story)) {
    const persons = (id: number): PersonMention[] => corpus.facts(id).entities.filter((e) => e.type === 'person');
    // (A pronoun that opens the sentence does not ask who the sentence names; one further on stands
    // for no one when the sentence names someone itself, whatever the sentences before say — see
    // `pronounPerson`. Either way no sentence's people are read that cannot change it.)
    const opening = openingPronoun(tokens) !== undefined;
    const namedHere = opening ? [] : persons(c.sentence);
    // (The nearest sentence before, in the story, that names anyone: "She moved to Venna." names no one.)
    let person: ReturnType<typeof pronounPerson>;
    for (let k = 1; namedHere.length === 0 && k <= Math.min(PRONOUN_REACH, c.position); k++) {
      const before = persons(c.sentence - k);
      if (before.length === 0) continue;
      person = pronounPerson(tokens, namedHere, index.sentence(c.sentence - k)?.text ?? '', before);
      break;
    }
    // (Not when the question's title for the name is of the other sex: "He …" is no "mrs podger".)
    if (person !== undefined && !otherTitle(analysis.text, person)) {
      const stems = new Set<number>();
      for (const t of tokenize(person.name)) {
        const term = index.termId(t.stem);
        if (term !== undefined) stems.add(term);
      }
      // (Every question word of the person's name counts, once one is read as a name: "ada lunn"
      // reads only "lunn" as one.)
      const named = groupMatches(groups, stems);
      if (q.nameGroups.some((i) => (named[i] ?? 0) > 0)) for (let i = 0; i < groups.length; i++) own[i] = Math.max(own[i] as number, named[i] ?? 0);
    }
  }
  // "He started practice in 1917.", "Later she sold it.", "The prize was a ribbon." — a sentence that
  // opens by pointing back (see `refersBack`) is about the names of the sentence before it.
  ownWithPrevious.set(own);
  const previousTerms = new TermList(c.position > 0 ? index.sentenceTerms(c.sentence - 1) : NO_TERMS);
  if (c.position > 0) groupMatchesInto(groups, previousTerms, previousMatches);
  else previousMatches.fill(0);
  const back =
    c.position > 0 &&
    refersBack(tokens, (stem) => {
      const term = index.termId(stem);
      return term !== undefined && previousTerms.has(term);
    });
  if (back) {
    for (let i = 0; i < groups.length; i++) if ((groups[i] as QueryGroup).isName) ownWithPrevious[i] = Math.max(ownWithPrevious[i] as number, previousMatches[i] as number);
  }
  // The lead's terms and those of the sentences just before, looked up where they are (no union set).
  groupMatchesInto(groups, new NearbyTerms(corpus.leadTerms(c.article), index.sentencesTerms(c.sentence - Math.min(NAME_WINDOW, Math.max(0, c.position)), c.sentence)), nearbyMatches);
  // Stories name their subject once and then say "he": a name carried by the headline, lead or the
  // sentences just before counts for the sentence; any other word must be in the sentence itself.
  for (let i = 0; i < groups.length; i++) {
    const m = ownWithPrevious[i] as number;
    nearbyCombined[i] = (groups[i] as QueryGroup).isName ? Math.max(m, nearbyMatches[i] as number) : m;
    storyCombined[i] = Math.max(own[i] as number, story[i] ?? 0);
    ownOrPrevious[i] = Math.max(own[i] as number, previousMatches[i] as number);
  }

  const soft = softMatches(groups, ownWithPrevious, tokens, q.groupRows, q.vectors);
  let missing = 0;
  let missingExact = 0;
  let unmatched = 0;
  for (let i = 0; i < groups.length; i++) {
    const { importance } = groups[i] as QueryGroup;
    if ((nearbyCombined[i] as number) === 0 && (soft[i] ?? 0) < 0.5) missing = Math.max(missing, importance);
    if (!((own[i] as number) > 0)) missingExact = Math.max(missingExact, importance);
    if ((own[i] as number) === 0) unmatched++;
  }

  // Of each group, whether the sentence (or the one before) writes it (1) and whether no sentence
  // nearby does (2): what the signals below, worked out when first read, need of the matches (whose
  // arrays are the next candidate's by then).
  let written: Uint8Array | undefined;
  if (q.namingGroups.length > 0 || q.questionTokens.length > 2) {
    written = new Uint8Array(groups.length);
    for (let i = 0; i < groups.length; i++) written[i] = ((ownWithPrevious[i] as number) > 0 ? 1 : 0) | ((nearbyCombined[i] as number) === 0 ? 2 : 0);
  }
  /**
   * A name the sentence itself lacks (with `gone`, the sentences just before lack it too), as the
   * words of its groups. (A name one of whose words the sentence writes is there: "Holmes" for
   * "hamilton holmes".)
   */
  const lackedNames = (gone: boolean): string[] => {
    const state = written;
    if (state === undefined || q.namingGroups.length === 0) return [];
    return q.namingGroups.filter((run) => run.every((i) => ((state[i] as number) & 1) === 0 && (!gone || ((state[i] as number) & 2) !== 0))).flatMap((run) => run.map((i) => (groups[i] as QueryGroup).word));
  };
  // "Senate Armed Services Committee" for "senate finance committee": another name around the
  // question's words (see `otherNameAround`).
  const around = (): number => {
    const state = written;
    if (state === undefined || q.questionTokens.length <= 2) return 0;
    const groupOf = (i: number): number => q.tokenGroups[i] ?? -1;
    const missingWords = otherNameAround(q.questionTokens, tokens, c.text, (i) => groupOf(i) < 0 || ((state[groupOf(i)] as number) & 1) !== 0);
    return missingWords.length === 0 ? 0 : missingWords.some((i) => ((state[groupOf(i)] ?? 0) & 2) !== 0) ? 1 : 0.5;
  };
  // Worked out when first read: only the decision reads it, of the best sentence and those that
  // pass the threshold, and the kinds of names the lexicon does not know cost their sentences' facts.
  let replaced: number | undefined;
  let unreal: number | undefined;
  const replacedName = (): number => {
    if (replaced !== undefined) return replaced;
    // (A name the lexicon gives no kind, "Rexroth" and "Patchen", has the kind of the person or
    // place the sentence names with it, or, for a word of the question, its story: see `storyKind`.)
    let mentioned: ReadonlyMap<string, NameKind> | undefined;
    const kindOf = (word: string): NameKind | undefined => q.kindOf(word) ?? (mentioned ??= mentionKinds(corpus.facts(c.sentence).entities)).get(word) ?? storyKind(corpus, q, c.article, word);
    // (1 when the sentences just before lack the name too, 0.5 when they write it.)
    const own = nameReplaced(lackedNames(true), tokens, analysis.questionStems, q.vectors, kindOf, q.writtenAsName) ? 1 : nameReplaced(lackedNames(false), tokens, analysis.questionStems, q.vectors, kindOf, q.writtenAsName) ? 0.5 : 0;
    replaced = own === 1 ? 1 : Math.max(own, around());
    return replaced;
  };
  const names = q.nameGroups;
  let namesNearby = 0;
  let nameMissingStory = 0;
  for (const i of names) {
    if ((nearbyCombined[i] as number) > 0) namesNearby++;
    if ((story[i] ?? 0) === 0) nameMissingStory = 1;
  }
  const namesInSentence = names.length === 0 ? 1 : namesNearby / names.length;

  const numberWords = analysis.numbers;
  const sentenceNumbers = numberWords.length === 0 ? [] : numberKeys(tokens);
  const numbersInSentence = numberWords.length === 0 ? 1 : numberWords.filter((w) => sentenceNumbers.includes(keyOf(w))).length / numberWords.length;
  let numberMissingStory = q.storyNumbers.get(c.article);
  if (numberMissingStory === undefined) {
    numberMissingStory = 0;
    // "thirty" is in a story that writes "30" (and the index holds stems: "thirti"). Each number's
    // forms are looked up once per question, not once per story.
    q.numberTerms ??= numberWords.map((w) => numberStems(w).map((form) => index.termId(form)).filter((term): term is number => term !== undefined));
    for (const terms of q.numberTerms) {
      const written = terms.some((term) => corpus.articleTerms(c.article).has(term));
      if (!written) numberMissingStory = 1;
    }
    q.storyNumbers.set(c.article, numberMissingStory);
  }

  const matched = positionsMatched(q.termGroups, own, tokens, index);
  const maxIdf = index.maxIdf;
  const idfOf = (stem: string): number => {
    const term = index.termId(stem);
    return term === undefined ? maxIdf : index.idf(term);
  };
  const sameForms = tokens.filter((t) => analysis.surfaceWords.has(t.word) && !STOPWORDS.has(t.word)).length;
  const total = q.totalImportance || 1;
  const negatedSentence = isNegated(c.text);
  const values: Record<FeatureName, number> = {
    bm25Rel: c.bm25 / q.topBm25,
    rankRecip: 1 / (1 + c.rank),
    covExact: coverage(groups, exactOnly),
    covSentence: coverage(groups, own),
    covNearby: coverage(groups, nearbyCombined),
    covStory: coverage(groups, storyCombined),
    covVector: coverage(groups, soft),
    vecWeakest: soft.length === 0 ? 0 : Math.min(...soft),
    missingShare: missing / total,
    missingExact: missingExact / total,
    unmatchedShare: groups.length === 0 ? 0 : unmatched / groups.length,
    hasNames: names.length > 0 ? 1 : 0,
    namesInSentence,
    nameMissingStory,
    hasNumbers: numberWords.length > 0 ? 1 : 0,
    numbersInSentence,
    numberMissingStory,
    numberReplaced: numberReplaced(numberWords, tokens, sentenceNumbers) ? 1 : 0,
    fit: c.answer.fit,
    fitWho: analysis.type === 'who' ? c.answer.fit : 0,
    fitWhen: analysis.type === 'when' ? c.answer.fit : 0,
    fitWhere: analysis.type === 'where' ? c.answer.fit : 0,
    fitHowMany: analysis.type === 'how-many' ? c.answer.fit : 0,
    // Any other kind is present in every sentence: its facts need not be read.
    kindPresent: analysis.kind === 'other' ? 1 : kindPresent(analysis.kind, corpus.facts(c.sentence), analysis.questionStems, c.text, q.asked),
    headAsked: q.isHeadKind ? 1 : 0,
    headFound: q.isHeadKind && headFound(tokens, analysis.questionStems, q.isHeadKind) ? 1 : 0,
    role: Math.min(1, (c.answer.bonus ?? 0) / 0.09),
    proximity: positionsProximity(matched),
    forms: Math.min(sameForms, 4) / 4,
    lead: c.position === 0 ? 1 : 0,
    position: 1 / (1 + c.position),
    negationMismatch: analysis.negated !== negatedSentence ? 1 : 0,
    negationNear: analysis.negated !== negatedNear(tokens, matched, c.text) ? 1 : 0,
    negationDropped: negationDropped(analysis.negatedStems, tokens) ? 1 : 0,
    interrogative: /\?["'”’)]*$/.test(c.text) ? 1 : 0,
    length: Math.min(1, index.sentenceLength(c.sentence) / 40),
    previousCov: coverage(groups, previousMatches),
    windowCov: coverage(groups, ownOrPrevious),
    segmentLoss: segmentLoss(tokens, c.text, (part) => coverage(groups, groupMatches(groups, stemTerms(index, part)))),
    alignBack: alignBack(tokens, analysis.questionStems, q.groupRows, q.vectors, idfOf, q.alignments),
    headVector: headSimilarity(tokens, analysis.questionStems, q.headRow, q.vectors),
    bigrams: bigramShare(q.questionBigrams, tokens),
    // Filled in once every candidate's story coverage is known (see `relativeFeatures`).
    storyBest: 0,
    unknownShare: q.unknownShare,
    questionSize: Math.min(1, groups.length / 10),
    isWho: analysis.type === 'who' ? 1 : 0,
    isWhen: analysis.type === 'when' ? 1 : 0,
    isWhere: analysis.type === 'where' ? 1 : 0,
    isWhat: analysis.type === 'what' ? 1 : 0,
    isWhy: analysis.type === 'why' ? 1 : 0,
    isHow: analysis.type === 'how' ? 1 : 0,
    isHowMany: analysis.type === 'how-many' ? 1 : 0,
  };
  return new CandidateFeatureVector(values, {
    nameReplaced: replacedName,
    // (Read only by the decision, as `nameReplaced`: worked out then.)
    unrealEvent: () => (unreal ??= !asksUnreal(q.questionTokens) && onlyUnreal(tokens, matched, c.text) ? 1 : 0),
  }) as unknown as FeatureVector;
}

/** The vector in FEATURES order. */
export function featureArray(f: FeatureVector): number[] {
  return FEATURES.map((name) => f[name]);
}
