/**
 * The answer pipeline, in named stages: analyse the question (`analyze-question.ts`) → retrieve
 * candidate sentences (`rank.ts`, the inverted index with the question's expansions) → compute each
 * candidate's features (`features.ts`) → score them with the trained model (`model.ts`) → decide:
 * answer with the best sentence when its probability reaches the model's threshold, otherwise
 * "I don't know" → extract the short answer for the expected kind (`short-answer.ts`).
 */
import type { IndexedSentence, SentenceIndex } from '../index/sentence-index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { WordVectors } from '../text/word-vectors.js';
import type { AnswerResult, Article, AskOptions, AskResult, Citation, EntityMention, IsoDate, SentenceFacts } from '../types.js';
import { analyzeQuestion, definedThing, definitionSubject, type QuestionAnalysis } from './analyze-question.js';
import { candidateFeatures, FEATURES, numberStems, questionFeatureContext, relativeFeatures, type FeatureCorpus, type FeatureVector } from './features.js';
import { gateFromTerms, rankWithGateTerms, type AnswerModel } from './model.js';
import { hasQuestionWord } from './question-type.js';
import { ANSWER_MODEL } from './model-weights.js';
import type { QueryContext } from './query-terms.js';
import { createScratch, retrieve, type Scratch } from './rank.js';
import { shortAnswer, shownAnswer, type ShortAnswer, type ShortAnswerInput } from './short-answer.js';
import { describedAs, describesThing } from './short/description.js';
import { roleHolders, roleOfDoer, type AskedRole } from './asked-role.js';
import { isHonorific } from '../text/spelling.js';
import { askedOpposites, oppositeWritten } from './antonym.js';
import { askedDoer, doerSwapped } from './doer-swap.js';
import { qualifiedOffice, qualifierContradicted } from './role-qualifier.js';
import { askedNounPhrases, nounReplaced } from './noun-replaced.js';
import { announcesList } from './short/announced.js';

/** What the answer engine needs from a knowledge base. */
export interface Corpus {
  articles: readonly Article[];
  index: SentenceIndex;
  facts(sentence: number): SentenceFacts;
  articleTerms(article: number): ReadonlySet<number>;
  /** Terms of an article's headline and lead sentence. */
  leadTerms(article: number): ReadonlySet<number>;
  /** Terms of an article's headline and outlet (part of both term sets above). */
  headerTerms(article: number): readonly number[];
  citation(sentence: number): Citation;
  query: QueryContext;
  vectors?: WordVectors | undefined;
  /**
   * The people of every article's people list whose curated role is the one asked for, as
   * `roleHolders` over all of them gives them, remembered by the knowledge base (a reload builds
   * a new one); without it they are read from `articles` at each call.
   */
  curatedRoleHolders?(asked: AskedRole): readonly string[];
}

/** Longest question worth reading; anything longer is cut (renderers refuse far longer input). */
const MAX_QUESTION = 500;
/** Supporting citations shown beside the evidence. */
const MAX_SUPPORT = 2;


export interface Scored {
  features: FeatureVector;
  sentence: number;
  article: number;
  /** The ranker's score: higher ranks first. */
  rank: number;
  /** By the gate: the probability that this sentence, cited first, answers the question. */
  score: number;
  answer: ShortAnswer;
}

/** Strips Discord mentions and markup a question may carry (`<@123>`, `**`, `@factdesk`) and folds compatibility forms. */
export function cleanQuestion(question: string): string {
  // Compatibility forms read as the letters they show: full-width "ｍａｒｋ", ligatures, "①".
  return question
    .normalize('NFKC')
    .replace(/<@[!&]?\d+>|<#\d+>|@(?:everyone|here)\b/g, ' ')
    .replace(/[*_`~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION);
}

/** Options of the engine itself, beyond what users choose: used by training and evaluation. */
export interface AnswerOptions extends AskOptions {
  /** A model to score with instead of the committed one (training compares candidates). */
  model?: AnswerModel | undefined;
  /** Called with every scored candidate (best first), the analysis, and the one chosen, if any. */
  inspect?: ((scored: readonly Scored[], chosen: Scored | undefined, analysis: QuestionAnalysis, textOf: (sentence: number) => string) => void) | undefined;
}

const scratches = new WeakMap<SentenceIndex, Scratch>();

/**
 * The corpus as one question's features see it. They ask a story's and a lead's terms only
 * whether they hold one of the question's own terms (its groups' alternatives, its numbers), so
 * each set here holds just those of the question's terms the story holds — the same answer to
 * every question features ask, without a set of each of up to sixty stories' every term built
 * per question (and kept, and collected).
 */
function questionCorpus(corpus: Corpus, analysis: QuestionAnalysis): FeatureCorpus {
  const { index } = corpus;
  const wanted = new Set<number>();
  for (const group of analysis.groups) for (const alternative of group.alternatives) for (const t of alternative.terms) wanted.add(t);
  for (const word of analysis.numbers) {
    for (const form of numberStems(word)) {
      const term = index.termId(form);
      if (term !== undefined) wanted.add(term);
    }
  }
  // One byte per term up to the largest wanted: a story's every term is tested by an array read.
  let largest = -1;
  for (const t of wanted) largest = Math.max(largest, t);
  const isWanted = new Uint8Array(largest + 1);
  for (const t of wanted) isWanted[t] = 1;
  /** Which wanted terms the sentences hold, or the article's headline and outlet. */
  // The sentences' terms in sentence order, as one array: the same set, built in the same order.
  const holds = (terms: Int32Array, article: number): Set<number> => {
    const found = new Set<number>();
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as number;
      if (t <= largest && isWanted[t] === 1) found.add(t);
    }
    for (const t of corpus.headerTerms(article)) if (wanted.has(t)) found.add(t);
    return found;
  };
  const stories = new Map<number, Set<number>>();
  const leads = new Map<number, Set<number>>();
  const people = new Map<number, Set<number>>();
  return {
    index,
    facts: corpus.facts,
    vectors: corpus.vectors,
    articleTerms(article) {
      let found = stories.get(article);
      if (!found) stories.set(article, (found = holds(index.articleSentenceTerms(article), article)));
      return found;
    },
    leadTerms(article) {
      let found = leads.get(article);
      if (!found) {
        const lead = index.firstSentence(article);
        leads.set(article, (found = holds(lead === undefined ? new Int32Array(0) : index.sentenceTerms(lead), article)));
      }
      return found;
    },
    peopleTerms(article) {
      let found = people.get(article);
      if (!found) {
        found = new Set<number>();
        for (const person of (corpus.articles[article] as Article).people) {
          for (const token of tokenize(person.name)) {
            const term = index.termId(token.stem);
            if (term !== undefined && wanted.has(term)) found.add(term);
          }
        }
        people.set(article, found);
      }
      return found;
    },
  };
}

/**
 * One candidate as the short-answer extractors read it. Its facts are worked out only when an
 * extractor reads them ("what" and "how" questions never do); a class, so that the getter is one
 * function on the prototype rather than a closure and an accessor made for each of sixty candidates.
 */
class CandidateAnswerInput implements ShortAnswerInput {
  readonly type: QuestionAnalysis['type'];
  readonly kind: QuestionAnalysis['kind'];
  readonly questionStems: ReadonlySet<string>;
  readonly wantsDuration: boolean;
  readonly countedNoun: string | undefined;
  readonly aboutName: boolean;
  readonly asksTime: boolean;
  readonly questionCountries: ReadonlySet<string> | undefined;
  readonly asksIdentity: boolean;
  readonly askedRole: QuestionAnalysis['askedRole'];
  readonly identityWords: QuestionAnalysis['identityWords'];
  readonly head: string | undefined;
  readonly verbStems: ReadonlySet<string> | undefined;
  readonly verbObject: readonly string[] | undefined;
  readonly verbClause: boolean;
  readonly ownedStems: readonly string[];
  readonly asksObject: boolean;
  readonly objectWords: readonly string[] | undefined;
  readonly objectPlaces: QuestionAnalysis['objectPlaces'];
  readonly asksName: boolean;
  readonly echo: QuestionAnalysis['echo'];
  readonly nounStems: ReadonlySet<string>;
  readonly placed: string | undefined;
  readonly placeKind: string | undefined;
  readonly askedName: readonly string[] | undefined;

  constructor(
    analysis: QuestionAnalysis,
    private readonly corpus: Corpus,
    private readonly id: number,
    readonly sentence: string,
    readonly published: IsoDate,
  ) {
    this.type = analysis.type;
    this.kind = analysis.kind;
    this.questionStems = analysis.questionStems;
    this.wantsDuration = analysis.wantsDuration;
    this.countedNoun = analysis.countedNoun;
    this.aboutName = analysis.aboutName;
    this.asksTime = analysis.asksTime;
    this.questionCountries = analysis.questionCountries;
    this.asksIdentity = analysis.asksIdentity;
    this.askedRole = analysis.askedRole;
    this.identityWords = analysis.identityWords;
    this.head = analysis.head;
    this.verbStems = analysis.verbStems;
    this.verbObject = analysis.verbObject;
    this.verbClause = analysis.verbClause;
    this.ownedStems = analysis.ownedStems;
    this.asksObject = analysis.asksObject;
    this.objectWords = analysis.objectWords;
    this.objectPlaces = analysis.objectPlaces;
    this.asksName = analysis.asksName;
    this.echo = analysis.echo;
    this.nounStems = analysis.nounStems;
    this.placed = analysis.placed;
    this.placeKind = analysis.placeKind;
    this.askedName = askedNameOf(analysis);
  }

  get facts(): SentenceFacts {
    return this.corpus.facts(this.id);
  }

  antecedent(pronoun: string): EntityMention | undefined {
    return antecedentOf(this.corpus, this.id, pronoun);
  }

  // (A property, not a method: it is handed on as a function. Every noun's senses lead up to WordNet's "entity".)
  readonly isNoun = (word: string): boolean | undefined => this.corpus.query.lexicon?.isA?.(word, 'entity');
  readonly isPerson = (word: string): boolean | undefined => this.corpus.query.lexicon?.isA?.(word, 'person');
  readonly isKindOf = (word: string, category: string): boolean | undefined => this.corpus.query.lexicon?.isA?.(word, category);
  readonly verbShare = (word: string): number | undefined => this.corpus.query.lexicon?.verbShare?.(word);
}

const askedNames = new WeakMap<QuestionAnalysis, readonly string[] | undefined>();

/** "Who is X?" about a name: X's words, worked out once per question (see `ShortAnswerInput.askedName`). */
function askedNameOf(analysis: QuestionAnalysis): readonly string[] | undefined {
  if (!analysis.asksIdentity || !analysis.aboutName) return undefined;
  if (!askedNames.has(analysis)) {
    const words = definitionSubject(analysis.text);
    askedNames.set(analysis, words.length > 0 ? words : undefined);
  }
  return askedNames.get(analysis);
}

/** How many sentences back a "he" or "she" may look for the person it stands for. */
const ANTECEDENT_REACH = 3;

/**
 * The person "he" or "she" in sentence `id` stands for: of the sentences before it in its story
 * (at most {@link ANTECEDENT_REACH}), the nearest that names anyone, when it names one person
 * alone — two there ("Lee met Hale. He …") leave it unknown. "they", "we", "I" are not resolved.
 * With `listed` (the names a curator lists for the story), a name read as a person that the
 * curator left off the list is no one, when the sentence names someone listed ("Family Week" read
 * beside "George Treadwell"); with `reach`, fewer sentences back are read (1: the one just before).
 */
export function antecedentOf(corpus: Pick<Corpus, 'index' | 'facts'>, id: number, pronoun: string, { listed, reach = ANTECEDENT_REACH }: { listed?: ReadonlySet<string>; reach?: number } = {}): EntityMention | undefined {
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  const s = corpus.index.sentence(id);
  if (!s) return undefined;
  // (An article's sentences have consecutive ids from its first.)
  const first = corpus.index.firstSentence(s.article) ?? id;
  const at = id - first;
  for (let k = at - 1; k >= 0 && k >= at - reach; k--) {
    const people = new Map<string, EntityMention>();
    for (const e of corpus.facts(first + k).entities) if (e.type === 'person') people.set(e.name, e);
    if (listed !== undefined && people.size > 1 && [...people.keys()].some((name) => listed.has(name))) {
      for (const name of [...people.keys()]) if (!listed.has(name)) people.delete(name);
    }
    if (people.size > 1) return undefined;
    if (people.size === 1) return [...people.values()][0];
  }
  return undefined;
}

/** A sentence that is itself a question ("What does he feed his players?"), closing quotes and brackets allowed. */
const INTERROGATIVE = /\?["'”’)\]]*\s*$/;
/** Question words that open a question. */
const WH = /^(?:who|whom|whose|what|which|when|where|why|how)$/;
/** Words that may open a sentence before its question word: "And what does he …", "So how many …". */
const LEAD_IN = /^(?:and|but|so|then|now|well|or)$/;
/** Words after "how" that belong to the question word, not to what is asked: "how many", "how long" (not "how does"). */
const HOW_WITH = /^(?:many|much|long|old|far|big|large|often|soon|high|tall|deep|wide|fast|late|early|heavy)$/;

/** The question word a text opens with, as one phrase ("what", "how many"), or undefined. `from` skips lead-in words. */
function openingQuestionWord(tokens: readonly Token[], from: number): string | undefined {
  let i = from;
  while (i < tokens.length && LEAD_IN.test((tokens[i] as Token).word)) i++;
  const wh = tokens[i]?.word;
  if (wh === undefined || !WH.test(wh)) return undefined;
  const next = tokens[i + 1]?.word ?? '';
  return wh === 'how' && HOW_WITH.test(next) ? `how ${next}` : wh;
}

/**
 * The question word a question asks with, as {@link openingQuestionWord} reads it: its first
 * question word ("so what do the players eat" → what; "how many ships sailed" → how many).
 */
export function askedWith(question: string): string | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex((t) => WH.test(t.word));
  return at < 0 ? undefined : openingQuestionWord(tokens, at);
}

/**
 * Whether a sentence is itself a question asked with the same question word as the user's: the
 * story asks what the user asks ("What does he feed his players at the training table?" for "what
 * do the players eat") and answers, if anywhere, after it. A question that asks something else
 * still tells what it takes for granted ("What to buy out of the year's nearly 15,000 titles?"
 * says how many titles there are).
 *
 * @example
 * asksAlike('What does he feed his players?', 'what'); // true
 * asksAlike('What to buy out of the 15,000 titles?', 'how many'); // false
 */
export function asksAlike(sentence: string, wh: string | undefined): boolean {
  if (wh === undefined || !INTERROGATIVE.test(sentence)) return false;
  return openingQuestionWord(tokenize(sentence), 0) === wh;
}

/**
 * The candidates with, right after each sentence that asks what the user asks (see
 * {@link asksAlike}), the sentence that follows it in its story, when retrieval left it out: a
 * story that asks "What does he feed his players?" answers in the next sentence ("Mostly meat and
 * potatoes …"), which need not write a word of the question. It comes with the question's
 * retrieval score (the two are read as context, then answer: see the feature `windowCov`). So does
 * the sentence after one that only announces the list the question asks for (`announces`: "She
 * uses the word in two different ways." for "in what two ways does she use it", see `announcesList`).
 *
 * @example
 * withAnswersToQuestions([{ sentence: 7, score: 3.1 }], index, 'what'); // [{ sentence: 7, score: 3.1 }, { sentence: 8, score: 3.1 }] when 7 asks "What …?"
 */
export function withAnswersToQuestions(
  candidates: Array<{ sentence: number; score: number }>,
  index: SentenceIndex,
  wh: string | undefined,
  sentenceOf: (id: number) => IndexedSentence | undefined = (id) => index.sentence(id),
  announces: (sentence: string) => boolean = () => false,
): Array<{ sentence: number; score: number }> {
  const asking = candidates.map((c) => {
    const text = sentenceOf(c.sentence)?.text ?? '';
    return asksAlike(text, wh) || announces(text);
  });
  if (!asking.includes(true)) return candidates;
  const present = new Set(candidates.map((c) => c.sentence));
  const out: Array<{ sentence: number; score: number }> = [];
  candidates.forEach((c, i) => {
    out.push(c);
    if (!asking[i]) return;
    const s = sentenceOf(c.sentence);
    const next = sentenceOf(c.sentence + 1);
    if (s === undefined || next === undefined || next.article !== s.article || present.has(c.sentence + 1) || INTERROGATIVE.test(next.text)) return;
    present.add(c.sentence + 1);
    out.push({ sentence: c.sentence + 1, score: c.score });
  });
  return out;
}

/**
 * Scores every retrieved candidate of a question, best first. Exposed for training, which needs
 * the features of all candidates, not only the chosen one.
 */
export function scoreCandidates(analysis: QuestionAnalysis, corpus: Corpus, model: AnswerModel): Scored[] {
  const { index } = corpus;
  if (analysis.groups.length === 0 || index.size === 0) return [];
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = createScratch(index.idLimit);
    scratches.set(index, scratch);
  }
  // (The question word it is asked with: see below.)
  const wh = askedWith(analysis.text);
  const retrieved = retrieve(analysis.groups, index, scratch);
  // Each candidate's sentence made once (its text is decoded from the index's bytes each time one is made).
  const made = new Map<number, IndexedSentence | undefined>();
  const sentenceOf = (id: number): IndexedSentence | undefined => {
    if (!made.has(id)) made.set(id, index.sentence(id));
    return made.get(id);
  };
  // (A sentence that only announces the list asked for, "… in two different ways.", is read as one
  // that asks the question: the sentence after it gives the list.)
  const announces = (text: string): boolean => announcesList(text, analysis.listed);
  const asking = (text: string): boolean => asksAlike(text, wh) || announces(text);
  const candidates = wh === undefined && analysis.listed === undefined ? retrieved : withAnswersToQuestions(retrieved, index, wh, sentenceOf, announces);
  const q = questionFeatureContext(analysis, candidates[0]?.score ?? 1, corpus.vectors, corpus.query.lexicon);
  const featureCorpus = questionCorpus(corpus, analysis);
  const all = candidates.map(({ sentence, score: bm25 }, rank): Scored => {
    const s = sentenceOf(sentence);
    const article = s?.article ?? 0;
    const text = s?.text ?? '';
    const answer = shortAnswer(new CandidateAnswerInput(analysis, corpus, sentence, text, corpus.articles[article]?.published ?? '1970-01-01'));
    const features = candidateFeatures(featureCorpus, q, { sentence, article, position: s?.index ?? 0, text, bm25, rank, answer });
    return { features, sentence, article, rank: 0, score: 0, answer };
  });
  // A sentence that asks what the user asks ("What does he feed his players at the training
  // table?" for "what do the players eat"), or only announces it, answers nothing, however many of the question's words it
  // writes: it is no candidate (the sentence after it is: see `withAnswersToQuestions`), and the
  // others' margins and shares are not measured against it.
  const scored = wh === undefined && analysis.listed === undefined ? all : all.filter((s) => !asking(sentenceOf(s.sentence)?.text ?? ''));
  relativeFeatures(scored.map((s) => s.features));
  // The gate's terms for each candidate's features are worked out in the ranker's pass over them.
  const width = FEATURES.length;
  const gateTerms = new Float64Array(scored.length * width);
  const termsAt = new Map<Scored, number>();
  scored.forEach((s, i) => {
    s.rank = rankWithGateTerms(model, s.features, gateTerms, i * width);
    termsAt.set(s, i * width);
  });
  scored.sort((x, y) => y.rank - x.rank || x.sentence - y.sentence);
  const top = scored[0]?.rank ?? 0;
  let total = 0;
  for (const s of scored) total += Math.exp(s.rank - top);
  scored.forEach((s, i) => {
    const next = scored[i + 1]?.rank;
    s.score = gateFromTerms(model, { features: s.features, rankScore: s.rank, margin: s.rank - (next ?? 0), softmaxTop: Math.exp(s.rank - top) / total }, gateTerms, termsAt.get(s) ?? 0);
  });
  return scored;
}

/**
 * Whether a sentence writes a word the question does not: one made only of the question's words
 * (a heading, "Promazine hydrochloride.") answers nothing.
 *
 * @example
 * addsToQuestion('Harbor bridge.', new Set(['what', 'harbor', 'bridg'])); // false
 * addsToQuestion('The harbor bridge cost $4 million.', new Set(['what', 'harbor', 'bridg'])); // true
 */
export function addsToQuestion(sentence: string, questionStems: ReadonlySet<string>): boolean {
  return tokenize(sentence).some((t) => !STOPWORDS.has(t.word) && !questionStems.has(t.stem));
}

/**
 * Answers a question from the corpus: the best-scored sentence if the model is confident enough
 * that it answers, else "I don't know" with suggestions.
 *
 * @example
 * answerQuestion('who turned down the offer?', corpus, {}, () => []);
 * // → { kind: 'answer', answer: 'United States', citations: [{ sentence: 'The United States has rejected …' }], … }
 */
export function answerQuestion(question: string, corpus: Corpus, options: AnswerOptions, suggestions: (closestArticle?: number) => string[]): AskResult {
  const text = cleanQuestion(question);
  const model = options.model ?? ANSWER_MODEL;
  const analysis = analyzeQuestion(text, corpus.query, options.type);
  const { type } = analysis;
  // (The story of the closest sentence shown, if any, is the one to suggest names from first.)
  const unknown = (reason: 'empty' | 'no-match' | 'low-confidence', closestArticle?: number): AskResult => ({ kind: 'unknown', question, type, reason, suggestions: suggestions(closestArticle) });
  if (!/[\p{L}\p{N}]/u.test(text)) return unknown('empty');
  const scored = scoreCandidates(analysis, corpus, model);
  const textOf = (sentence: number): string => corpus.index.sentence(sentence)?.text ?? '';
  // "Who is X?" needs a sentence that gives X's role or describes X ("X, the harbor master, …"): a
  // sentence naming X without either, or naming someone else, is no answer, however well it scores.
  const asksWhoIs = analysis.kind === 'role' && analysis.aboutName;
  const subject = asksWhoIs ? definitionSubject(analysis.text) : [];
  const lexicon = corpus.query.lexicon;
  const isPersonNoun = lexicon?.nounKind ? (word: string): boolean => lexicon.nounKind?.(word) === 'person' : undefined;
  // A sentence with no role for X, or one that only repeats a role written elsewhere ("X said."), may still describe X.
  const unsupported = (s: Scored): boolean => s.answer.fit === 0 || s.answer.roleElsewhere === true;
  const description = (s: Scored): string | undefined => (unsupported(s) && subject.length > 0 ? describedAs(textOf(s.sentence), subject, isPersonNoun) : undefined);
  // A sentence that writes nothing but the question's own words ("Promazine hydrochloride.", a
  // heading), with no answer beyond them either, tells the asker of "what is …" nothing: neither an
  // answer nor the closest sentence. ("“It is safe now,” she said." answers "who said it is safe
  // now" by whom "she" is; "Hot rodding is a science." answers "is hot rodding a science" by saying so.)
  const asksWh = hasQuestionWord(analysis.text);
  const tellsSomething = (s: Scored): boolean =>
    !asksWh || addsToQuestion(textOf(s.sentence), analysis.questionStems) || addsToQuestion(s.answer.answer, analysis.questionStems);
  // "What is kwashiorkor?" likewise needs a sentence that says what it is ("kwashiorkor, a protein
  // deficiency,"); one that only names it ("tensions over X and …") is at most the closest.
  const thing = !asksWhoIs && analysis.type === 'what' && analysis.kind === 'other' ? definedThing(analysis.text) : [];
  const isNoun = lexicon?.isA ? (word: string): boolean => lexicon.isA?.(word, 'entity') === true : undefined;
  const thingDescribed = (s: Scored): ReturnType<typeof describesThing> => (thing.length > 0 ? describesThing(textOf(s.sentence), thing, isNoun) : undefined);
  const eligible = (s: Scored): boolean => !(asksWhoIs && unsupported(s) && description(s) === undefined) && !(thing.length > 0 && thingDescribed(s) === undefined) && tellsSomething(s);
  // The evidence is the best-ranked sentence that may answer at all.
  const best = scored.find(eligible);
  // (A curated role the sentence writes beside its one holder's name answers "who is the <role>",
  // though the gate, which rarely saw a role so written, doubts it: see `writesCuratedHolder`.)
  // "when did the united states resume testing": a sentence that gives the verb to another named
  // doer ("Until Moscow resumed testing …") is no answer, at most the closest sentence.
  // (Names as the question's words read them, and a phrase the knowledge base knows as a name: "the united states".)
  const named = new Set(analysis.groups.filter((g) => g.isName || (g.word.includes(' ') && corpus.query.isKnownName?.(g.word) === true)).flatMap((g) => g.word.split(' ')));
  const isNameWord = (word: string): boolean => named.has(word) || lexicon?.onlyName?.(word) === true;
  const doer = askedDoer(analysis.text, analysis.groups, isNameWord, lexicon?.isVerb ? (word) => lexicon.isVerb?.(word) === true : undefined);
  const swapped = (s: Scored): boolean => doer !== undefined && doerSwapped(doer, textOf(s.sentence), analysis.questionStems, isNameWord);
  // "… delay in detroit" is not answered by "… delayed 240 passengers in Chicago": a name the
  // question asks about that the sentence and the sentences before it lack, with another name of
  // its kind in its stead (see `nameReplaced`), is a near miss, at most the closest sentence.
  // "who is the catholic archbishop of york" is not answered by "the Anglican Archbishop of York,
  // Dr. Ramsey": a sentence that writes the asked office only with another qualifier of its kind is
  // a near miss too (see `qualifierContradicted`).
  const office = analysis.type === 'who' && lexicon?.nounKind ? qualifiedOffice(analysis.text, (word) => lexicon.nounKind?.(word) === 'person') : undefined;
  const otherQualifier = (s: Scored): boolean => office !== undefined && qualifierContradicted(office, textOf(s.sentence), corpus.vectors, (word) => lexicon?.wordCase?.(word) === 'name');
  // "what year did churchill return to office" is not answered by "Had Churchill been returned to
  // office in 1945, … would have led Europe": a sentence that tells of the asked event only as what
  // did not happen (see `unrealEvent`) is a near miss as well.
  // "who was celebrated on their last day" is not answered by "On our first day we cheered Ada
  // Lunn": a sentence that writes the opposite of a question's word where that word would stand
  // is a near miss too (see `oppositeWritten`).
  const opposites = lexicon?.antonyms ? askedOpposites(analysis.text, (word) => lexicon.antonyms?.(word) ?? []) : [];
  const previousOf = (s: Scored): string | undefined => {
    const before = corpus.index.sentence(s.sentence - 1);
    return before !== undefined && before.article === s.article ? before.text : undefined;
  };
  const opposite = (s: Scored): boolean => opposites.length > 0 && oppositeWritten(opposites, textOf(s.sentence), previousOf(s));
  // (A name only the sentences just before write, 0.5, may be whom a pronoun of the sentence
  // stands for: "Her days in Budapest …"; a sentence without one that names another of its kind,
  // "the Dunmore appearance of Lunn … the engagement lasted two months" for "vask's dunmore
  // engagement", tells of that other.)
  const replacedName = (s: Scored): boolean => {
    const replaced = s.features.nameReplaced ?? 0;
    return replaced >= 1 || (replaced >= 0.5 && !THIRD_PERSON_PRONOUN.test(textOf(s.sentence)));
  };
  // "who said lenin's train was a myth" is not answered by a sentence that names no one who could
  // have said it ("… brought the rejoinder that this was a myth akin to …"): a who-answer with no
  // one in it is no answer, at most the closest sentence (see `namesNoOne`).
  // "who said america was a paradise for women" is not answered by "America was a paradise … for
  // workingmen and small children": a sentence that writes another noun of its kind in the place
  // of a common noun the question asks about is a near miss too (see `nounReplaced`).
  const askedNouns = askedNounPhrases(analysis.text, lexicon);
  const otherNoun = (s: Scored): boolean => askedNouns.length > 0 && nounReplaced(askedNouns, textOf(s.sentence), analysis.questionStems, lexicon, corpus.vectors);
  const nearMiss = (s: Scored): boolean => replacedName(s) || (s.features.unrealEvent ?? 0) >= 1 || otherQualifier(s) || opposite(s) || otherNoun(s) || s.answer.namesNoOne === true;
  const chosen = best && !swapped(best) && !nearMiss(best) && (best.score >= model.threshold || (best.score >= model.hedge && writesCuratedHolder(analysis, corpus, best.sentence))) ? best : undefined;
  // Candidates are in rank order; the evidence is the first, so `score` of the others is only
  // used to decide whether they are good enough to support it.
  options.inspect?.(scored, chosen, analysis, textOf);
  if (scored.length === 0) return unknown('no-match');
  if (!chosen) {
    // (A sentence that only names the thing asked about may still be the closest the knowledge base comes.)
    const closest = best && best.score >= model.hedge ? best : thing.length > 0 ? scored.find(tellsSomething) : undefined;
    const shown = closest && closest.score >= model.hedge ? closest : undefined;
    const result = unknown('low-confidence', shown?.article);
    if (result.kind === 'unknown' && shown) {
      result.closest = { citation: corpus.citation(shown.sentence), probability: heldBackProbability(shown.score, model.threshold) };
    }
    return result;
  }

  // Supporting evidence: other sentences the model would also answer with, other stories first.
  const support = scored
    .filter((s) => s !== chosen && s.score >= model.threshold && eligible(s) && !swapped(s) && !nearMiss(s))
    .sort((a, b) => Number(b.article !== chosen.article) - Number(a.article !== chosen.article) || b.rank - a.rank)
    .slice(0, MAX_SUPPORT);
  const disagreement = support.some((other) => disagrees(chosen, other, analysis));
  const result: AnswerResult = {
    kind: 'answer',
    question,
    type,
    // (The sentence's description shows only where the curator gave X no role: "Tarek, his brother"
    // says less than the curated "Ivo's brother, the ferryman".)
    answer: (chosen.answer.roleCurated ? undefined : description(chosen)) ?? shownOrDescribed(shownAnswer(new CandidateAnswerInput(analysis, corpus, chosen.sentence, textOf(chosen.sentence), corpus.articles[chosen.article]?.published ?? '1970-01-01'), chosen.answer).answer, textOf(chosen.sentence), () => thingDescribed(chosen)?.description),
    confidence: Math.round(chosen.score * 100) / 100,
    citations: [chosen, ...support].map((s) => corpus.citation(s.sentence)),
    date: chosen.answer.date,
    disagreement,
  };
  return result;
}

/**
 * The probability shown for a sentence held back, to two places: rounded, but never up to the
 * threshold it fell short of — 0.849 beside answers given at 0.85 shows as 0.84, not as "0.85" and
 * unanswered. (A near miss held back above the threshold shows its own probability.)
 *
 * @example
 * heldBackProbability(0.849, 0.85); // 0.84
 * heldBackProbability(0.846, 0.9); // 0.85
 */
export function heldBackProbability(score: number, threshold: number): number {
  const shown = Math.round(score * 100) / 100;
  return score < threshold && shown >= threshold ? Math.floor(score * 100) / 100 : shown;
}

/** The answer shown, or, where it is the whole sentence, how the sentence describes the thing a "what is X" asks about. */
function shownOrDescribed(shown: string, sentence: string, described: () => string | undefined): string {
  return shown === sentence ? (described() ?? shown) : shown;
}

/** The third person's pronouns (a closed class): a sentence with one may speak of a name written just before it. */
const THIRD_PERSON_PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself|it|its|itself|they|them|their|theirs|themselves)\b/i;

/** Between a role and the name it belongs to: "the county's chief ranger, Dr. Ann Lee", "Ann Lee, the …"; a courtesy title in group 1. */
const ROLE_BESIDE_NAME = /^[\s,]*(?:(?:the|a|an)\s+)?(?:(\S+)\s+)?$/i;

/** Whether the text between a role and a name is only what sets an apposition off: a comma, an article, a courtesy title. */
const besideName = (between: string): boolean => {
  const gap = ROLE_BESIDE_NAME.exec(between);
  return gap !== null && (gap[1] === undefined || isHonorific(gap[1]));
};

/**
 * Whether a sentence answers "who is the <role>" (or "who <verb>s …" with the verb the role is
 * named after, "who chairs …": see `roleOfDoer`) by the curator's own words: the question asks for
 * a role that one person of the whole knowledge base holds by the people lists (see
 * `roleHolders`), and the sentence writes that person's name with that role, word for word, right
 * beside it ("the county's chief ranger, Ann Lee," or "Ann Lee, the county's chief ranger,"). The
 * curator has said who holds the role and the sentence says it too: a curated role must not make
 * the answer the sentence gave before it weaker.
 *
 * @example
 * writesCuratedHolder(analyzeQuestion("who is the county's chief ranger", …), corpus, id); // true for "The county's chief ranger, Ann Lee, spoke."
 */
export function writesCuratedHolder(analysis: QuestionAnalysis, corpus: Pick<Corpus, 'articles' | 'facts' | 'index' | 'curatedRoleHolders'>, id: number): boolean {
  if (analysis.aboutName || analysis.type !== 'who') return false;
  // ("who chairs the harbour board" asks for the board's chairman as "who is the chairman of …" does.)
  const asked = analysis.asksIdentity ? analysis.askedRole : roleOfDoer(analysis.text);
  if (asked === undefined) return false;
  const text = corpus.index.sentence(id)?.text;
  if (text === undefined) return false;
  const named = corpus.facts(id).entities.filter((e) => e.type !== 'place' && e.roleCurated === true && e.role !== undefined);
  if (named.length === 0) return false;
  const holders = corpus.curatedRoleHolders ? corpus.curatedRoleHolders(asked) : roleHolders(asked, corpus.articles.flatMap((a) => a.people));
  if (holders.length !== 1) return false;
  const holder = named.find((e) => e.name === holders[0]);
  if (holder?.role === undefined) return false;
  const lower = text.toLowerCase();
  const role = holder.role.toLowerCase();
  for (let at = lower.indexOf(role); at >= 0; at = lower.indexOf(role, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + role.length);
    const name = before.lastIndexOf(holder.text);
    if (name >= 0 && besideName(before.slice(name + holder.text.length))) return true;
    if (after.includes(holder.text) && besideName(after.slice(0, after.indexOf(holder.text)))) return true;
  }
  return false;
}

/**
 * Two cited sentences disagree only when both answer the same crisp question (a date, a number, a
 * person, a place), come from different stories, and give different values for that slot: a
 * different date, a different number, a different name. Two sentences about different things —
 * one without the kind of answer asked for — never count as a disagreement.
 *
 * @example
 * disagrees(saysTuesday, saysFriday, whenAnalysis); // true
 */
export function disagrees(a: Pick<Scored, 'article' | 'answer'>, b: Pick<Scored, 'article' | 'answer'>, analysis: Pick<QuestionAnalysis, 'type'>): boolean {
  if (a.article === b.article) return false;
  if (!['when', 'how-many', 'who', 'where'].includes(analysis.type)) return false;
  // Both must hold the kind of answer asked for (the extractor's full fit), not a fallback.
  if (a.answer.fit < 1 || b.answer.fit < 1) return false;
  if (analysis.type === 'when') {
    const da = a.answer.date;
    const db = b.answer.date;
    if (!da?.start || !db?.start || da.grain !== db.grain) return false;
    return da.start !== db.start || da.end !== db.end;
  }
  const norm = (s: string): string => s.toLowerCase().split(',')[0]?.replace(/[^\p{L}\p{N}]+/gu, ' ').trim() ?? '';
  const x = norm(a.answer.canonical ?? a.answer.answer);
  const y = norm(b.answer.canonical ?? b.answer.answer);
  // One name inside the other ("Smith" / "John Smith") is the same answer.
  return x !== '' && y !== '' && !x.includes(y) && !y.includes(x);
}
