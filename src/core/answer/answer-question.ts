import type { SentenceIndex } from '../index/sentence-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { AnswerResult, Article, AskOptions, AskResult, Citation, Lexicon, QuestionType, SentenceFacts } from '../types.js';
import { asksForDuration, countedNoun, detectQuestionType } from './question-type.js';
import { queryGroups, type QueryContext, type QueryGroup } from './query-terms.js';
import { coverage, createScratch, groupMatches, retrieve, type Scratch } from './rank.js';
import { countriesIn, shortAnswer, type ShortAnswer } from './short-answer.js';

/** What the answer engine needs from a knowledge base. */
export interface Corpus {
  articles: readonly Article[];
  index: SentenceIndex;
  facts(sentence: number): SentenceFacts;
  articleTerms(article: number): ReadonlySet<number>;
  /** Terms of an article's headline and lead sentence. */
  leadTerms(article: number): ReadonlySet<number>;
  citation(sentence: number): Citation;
  query: QueryContext;
}

/** Longest question worth reading; anything longer is cut (renderers refuse far longer input). */
const MAX_QUESTION = 500;

/**
 * Thresholds of the abstention rule, tuned on the evaluation set (`npm run eval`): below them the
 * best sentence does not say enough of what was asked, and "I don't know" is the honest answer.
 */
export const THRESHOLDS = {
  /** Share of the question's weighted words the cited sentence must contain. */
  sentenceCoverage: 0.7,
  /** Share the sentence and its article together must contain. */
  storyCoverage: 0.7,
  /** Final score below which it abstains. */
  score: 0.5,
  /**
   * When the top-scored sentence cannot be the answer, the next acceptable one may be — if it scores
   * at most this much less ("won $25,000" names no winner; the sentence after it does).
   */
  fallbackDrop: 0.1,
  /** A who/when/where/how-many answer needs a sentence that holds that kind of answer. */
  fit: 0.3,
  /** Supporting sentences must score at least this share of the best. */
  support: 0.85,
};

/**
 * How much a question word carried by the headline, lead or the sentences just before counts in a
 * sentence: a name nearly fully (stories name their subject once), any other word half.
 */
export const WEIGHTS = { storyName: 0.9, nearbyWord: 0.5 };

/** What the re-ranking score is made of, each roughly 0–1, for one candidate sentence. */
export const FEATURES = [
  'coverage', // weighted share of the question in the sentence (names also from the lines before)
  'strictCoverage', // the same, from the sentence alone
  'story', // the same over the sentence and its story
  'previous', // the same over the sentence before (a sentence continues the one before it)
  'fit', // the sentence holds the kind of answer asked for
  'role', // the answer's role repeats words of the question
  'proximity', // matched words stand close together
  'forms', // the question's own word forms appear
  'bm25', // retrieval score relative to the best candidate
  'lead', // the story's first sentence
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

/**
 * Weights of the features in the re-ranking score, set by hand and checked with `npm run eval`. A
 * listwise logistic fit on the evaluation questions was tried: it did not beat these on questions it
 * was not fitted on (most misses are abstentions and sentences never retrieved, not ranking).
 */
export const FEATURE_WEIGHTS: FeatureVector = {
  coverage: 0.45,
  strictCoverage: 0,
  story: 0.25,
  previous: 0,
  fit: 0.3,
  role: 0.09,
  proximity: 0.04,
  forms: 0.04,
  bm25: 0,
  lead: 0.02,
};

/** The re-ranking score of a candidate. */
export function scoreFeatures(features: FeatureVector, weights: FeatureVector = FEATURE_WEIGHTS): number {
  let score = 0;
  for (const name of FEATURES) score += weights[name] * features[name];
  return score;
}

/** Why a candidate sentence was not taken as the answer. */
export type Rejection = 'question' | 'name-absent' | 'low-coverage' | 'low-story-coverage' | 'low-score' | 'wrong-kind';

export interface Scored {
  features: FeatureVector;
  sentence: number;
  article: number;
  coverage: number;
  story: number;
  fit: number;
  score: number;
  answer: ShortAnswer;
  missingName: boolean;
}

const scratches = new WeakMap<SentenceIndex, Scratch>();
/** Sentences back in which a name still governs a sentence that does not repeat it. */
const NAME_WINDOW = 6;
const PRONOUN_START = /^["“]?(?:He|She|They|His|Her|Their|Its?)\b/;
/** Question types whose answer is a crisp thing (a name, a date, a place, a number). */
const CRISP: ReadonlySet<QuestionType> = new Set(['who', 'when', 'where', 'how-many']);

/**
 * How close together the matched words stand (1 = adjacent): "Iran's foreign minister" beats a
 * sentence with "Iran" at one end and "foreign minister" at the other.
 */
function proximity(groups: readonly QueryGroup[], matches: readonly number[], text: string, corpus: Corpus): number {
  const wanted = new Set<number>();
  groups.forEach((g, i) => {
    if ((matches[i] ?? 0) > 0) for (const a of g.alternatives) for (const t of a.terms) wanted.add(t);
  });
  if (wanted.size < 2) return 0;
  const positions: number[] = [];
  tokenize(text).forEach((token, position) => {
    const term = corpus.index.termId(token.stem);
    if (term !== undefined && wanted.has(term)) positions.push(position);
  });
  if (positions.length < 2) return 0;
  const span = (positions[positions.length - 1] as number) - (positions[0] as number) + 1;
  return Math.min(1, positions.length / span);
}

/** Strips Discord mentions and markup a question may carry: `<@123>`, `**`, `@factdesk`. */
export function cleanQuestion(question: string): string {
  return question
    .replace(/<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/g, ' ')
    .replace(/[*_`~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION);
}

/**
 * Answers a question from the corpus: retrieves candidate sentences through the inverted index,
 * re-ranks them by how much of the question they (and their story) cover and by whether they hold
 * the kind of answer asked for, and abstains when the best is not good enough.
 *
 * @example
 * answerQuestion('who turned down the offer?', corpus, {}, () => []);
 * // → { kind: 'answer', answer: 'The United States', citations: [{ sentence: 'The United States has rejected …' }], … }
 */
/** Options of the engine itself, beyond what users choose: used by the evaluation to fit and inspect. */
export interface AnswerOptions extends AskOptions {
  /** Feature weights to score with instead of FEATURE_WEIGHTS. */
  weights?: FeatureVector | undefined;
  /** Called with every scored candidate (best first) and the one chosen, if any. */
  inspect?:
    | ((
        scored: readonly Scored[],
        chosen: Scored | undefined,
        textOf: (sentence: number) => string,
        rejection: (c: Scored) => Rejection | undefined,
        groups: readonly QueryGroup[],
      ) => void)
    | undefined;
}

export function answerQuestion(question: string, corpus: Corpus, options: AnswerOptions, suggestions: () => string[]): AskResult {
  const text = cleanQuestion(question);
  const type: QuestionType = options.type ?? refineType(detectQuestionType(text), text, corpus.query.lexicon);
  const unknown = (reason: 'empty' | 'no-match' | 'low-confidence'): AskResult => ({
    kind: 'unknown',
    question,
    type,
    reason,
    suggestions: suggestions(),
  });
  if (!/[\p{L}\p{N}]/u.test(text)) return unknown('empty');

  const { index } = corpus;
  const groups = queryGroups(text, corpus.query);
  if (groups.length === 0 || index.size === 0) return unknown('no-match');
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = createScratch(index.size);
    scratches.set(index, scratch);
  }
  const candidates = retrieve(groups, index, scratch);
  if (candidates.length === 0) return unknown('no-match');

  const questionStems = new Set<string>();
  for (const token of tokenize(text)) questionStems.add(token.stem);
  // What the question names, directly or through a curated synonym/demonym or a corrected typo —
  // not WordNet's looser synonyms, which would hide legitimate answers.
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      if (alternative.via !== 'wordnet') for (const t of tokenize(alternative.word)) questionStems.add(t.stem);
    }
  }
  const wantsDuration = asksForDuration(text);
  const noun = countedNoun(text);
  const aboutName = groups.every((g) => g.isName);
  const questionCountries = type === 'who' ? countriesIn(text) : undefined;
  const asksIdentity = /\bwho(?:\s+(?:is|was|are|were)|['’]s)\b/i.test(text);
  const asksTime = /\b(?:what|which) (?:time|hour)\b|\bat what\b/i.test(text);
  const surfaceWords = new Set(tokenize(text).map((t) => t.word));
  const storyMatches = new Map<number, number[]>();
  const interrogatives = new Set<number>();

  const topBm25 = Math.max(candidates[0]?.score ?? 1, 1e-9);
  const scored: Scored[] = candidates.map(({ sentence, score: bm25 }) => {
    const s = corpus.index.sentences[sentence];
    const article = s?.article ?? 0;
    const terms = new Set(index.sentenceTerms(sentence));
    const own = groupMatches(groups, terms);
    // "He started practice in 1917." — a sentence opening with a pronoun is about the name in the
    // sentence before it, so names matched there count (a little less) here.
    if (s && s.index > 0 && PRONOUN_START.test(s.text)) {
      const previous = groupMatches(groups, new Set(index.sentenceTerms(sentence - 1)));
      groups.forEach((g, i) => {
        if (g.isName) own[i] = Math.max(own[i] ?? 0, (previous[i] ?? 0) * 0.8);
      });
    }
    let inStory = storyMatches.get(article);
    if (!inStory) {
      inStory = groupMatches(groups, corpus.articleTerms(article));
      storyMatches.set(article, inStory);
    }
    const story = inStory;
    // A story names its subject in the headline or lead, or a few sentences before, and then says
    // "he" or the surname: such a name counts (a little less) for the sentence, other words half.
    const nearby = new Set(corpus.leadTerms(article));
    for (let back = 1; back <= NAME_WINDOW && s && s.index - back >= 0; back++) for (const t of index.sentenceTerms(sentence - back)) nearby.add(t);
    const nearbyMatches = groupMatches(groups, nearby);
    const sentenceCoverage = coverage(
      groups,
      own.map((m, i) => Math.max(m, (nearbyMatches[i] ?? 0) * (groups[i]?.isName ? WEIGHTS.storyName : WEIGHTS.nearbyWord))),
    );
    // Words the sentence lacks but its story has (a name in the previous sentence, the headline).
    const storyCoverage = coverage(
      groups,
      own.map((m, i) => Math.max(m, (story[i] ?? 0) * 0.8)),
    );
    const missingName = groups.some((g: QueryGroup, i) => g.isName && (story[i] ?? 0) === 0);
    const answer = shortAnswer({
      type,
      sentence: s?.text ?? '',
      facts: corpus.facts(sentence),
      questionStems,
      published: corpus.articles[article]?.published ?? '1970-01-01',
      wantsDuration,
      countedNoun: noun,
      aboutName,
      asksTime,
      questionCountries,
      asksIdentity,
    });
    // The question's own word forms ("ambassadors", not just "ambassador") are a little more telling.
    const sameForms = tokenize(s?.text ?? '').filter((t) => surfaceWords.has(t.word) && !STOPWORDS.has(t.word)).length;
    // A question in the text ("But what made the issue such a hot one?") restates, never answers.
    if (/\?["'”’)]*$/.test(s?.text ?? '')) interrogatives.add(sentence);
    const previous = s && s.index > 0 ? coverage(groups, groupMatches(groups, new Set(index.sentenceTerms(sentence - 1)))) : 0;
    const features: FeatureVector = {
      coverage: sentenceCoverage,
      strictCoverage: coverage(groups, own),
      story: storyCoverage,
      previous,
      fit: answer.fit,
      role: (answer.bonus ?? 0) / 0.09,
      proximity: proximity(groups, own, s?.text ?? '', corpus),
      forms: Math.min(sameForms, 4) / 4,
      bm25: bm25 / topBm25,
      lead: s?.index === 0 ? 1 : 0,
    };
    const score = scoreFeatures(features, options.weights);
    return { features, sentence, article, coverage: sentenceCoverage, story: storyCoverage, fit: answer.fit, score, answer, missingName };
  });
  scored.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
  /** Why a candidate cannot be the answer, or undefined when it can. */
  const rejection = (c: Scored): Rejection | undefined => {
    if (interrogatives.has(c.sentence)) return 'question';
    if (c.missingName) return 'name-absent';
    if (c.coverage < THRESHOLDS.sentenceCoverage) return 'low-coverage';
    if (c.story < THRESHOLDS.storyCoverage) return 'low-story-coverage';
    if (c.score < THRESHOLDS.score) return 'low-score';
    if (CRISP.has(type) && c.fit < THRESHOLDS.fit) return 'wrong-kind';
    return undefined;
  };
  const acceptable = (c: Scored): boolean => rejection(c) === undefined;
  // The best candidate that could be the answer: one lacking the kind of answer asked for, or a name
  // of the question, gives way to the next ("won $25,000" has no winner; the next sentence names her).
  const top = scored[0];
  const best = scored.find(acceptable);
  options.inspect?.(scored, best, (sentence) => corpus.index.sentences[sentence]?.text ?? '', rejection, groups);
  if (!best || !top || best.score < top.score - THRESHOLDS.fallbackDrop) {
    return unknown('low-confidence');
  }

  // Supporting evidence: other good sentences, preferring other articles; a different short answer
  // from another article with nearly the same score means the sources disagree.
  const support: Scored[] = [];
  let disagreement = false;
  for (const other of scored) {
    if (support.length >= 2) break;
    if (other === best || !acceptable(other) || other.score < best.score * THRESHOLDS.support) continue;
    support.push(other);
    const crisp = type === 'when' || type === 'how-many' || type === 'who' || type === 'where';
    if (crisp && other.article !== best.article && other.fit >= 0.7 && best.fit >= 0.7 && !sameAnswer(other.answer, best.answer)) {
      disagreement = true;
    }
  }

  const confidence = Math.max(0, Math.min(1, (best.score - 0.3) / 0.7));
  const result: AnswerResult = {
    kind: 'answer',
    question,
    type,
    answer: best.answer.answer,
    confidence: Math.round(confidence * 100) / 100,
    citations: [best, ...support].map((s) => corpus.citation(s.sentence)),
    date: best.answer.date,
    disagreement,
  };
  return result;
}

/** "which judge …" asks who, "which city …" where, "what year …" when: the noun after the question word says. */
function refineType(type: QuestionType, text: string, lexicon: Lexicon | undefined): QuestionType {
  if (type !== 'what' || !lexicon?.nounKind) return type;
  const noun = /\b(?:which|what)\s+(?:\d+\s+)?([a-z][a-z-]+)/i.exec(text)?.[1];
  if (!noun || STOPWORDS.has(noun.toLowerCase())) return type;
  const kind = lexicon.nounKind(noun);
  return kind === 'person' ? 'who' : kind === 'place' ? 'where' : kind === 'time' ? 'when' : type;
}

function sameAnswer(a: ShortAnswer, b: ShortAnswer): boolean {
  if (a.date && b.date) return a.date.start === b.date.start && a.date.end === b.date.end;
  return a.answer.toLowerCase() === b.answer.toLowerCase();
}
