import { boundedCache } from './bounded-cache.js';
import { analyzeSentence, articleEntities, curatedType, lazyArticle, lazyFacts, lookupPlace, mayHoldDate, prepareArticle, resolveDates, writesYearBeforeCommonEra, type ArticleContext, type ArticleFactsInput, type LazyArticle } from './facts/analyze-article.js';
import { buildFuzzyVocabulary } from './index/fuzzy-vocabulary.js';
import { buildNameDirectory, mendNames, nameKey, spaceInitials, type NameDirectory } from './index/name-directory.js';
import { allBelow, flatten, KnowledgeIndex, listOf, SpanUnit, type FlatLists, type IndexedSentence, type IndexSnapshot } from './index/sentence-index.js';
import { analyzeArticle, INDEX_ENGINE_VERSION, type ArticleAnalysis } from './index/article-analysis.js';
import { isNameTitle, type RawMention } from './facts/extract-entities.js';
import { mentionsAt, tableFits, tableStrings, type MentionTable } from './facts/mention-table.js';
import { buildNewsLexicon } from './lexicon/news-lexicon.js';
import { formatDay, MONTH_NAMES } from './text/calendar.js';
import { typedAsName, withoutGeneration, withoutHonorific } from './text/spelling.js';
import { stem as stemOf, tokenize, tokenizeOnce, type Token } from './text/tokenize.js';
import { IRREGULAR_VERBS } from './text/irregular-verbs.js';
import { STOPWORDS } from './text/stopwords.js';
import { STARTS_UPPER } from './text/unicode-patterns.js';
import { answerQuestion, antecedentOf, type AnswerOptions, type Corpus } from './answer/answer-question.js';
import { roleHolders, type AskedRole } from './answer/asked-role.js';
import { describedAs } from './answer/short/description.js';
import { queryGroups, type Alternative, type QueryContext } from './answer/query-terms.js';
import { coverage, groupMatches } from './answer/rank.js';
import type { WordVectors } from './text/word-vectors.js';
import type {
  Article,
  ArticleRef,
  AskOptions,
  AskResult,
  Citation,
  CuratedPerson,
  EntitySummary,
  IsoDate,
  KnowledgeBase,
  Lexicon,
  Profile,
  ResolvedDate,
  SentenceFacts,
  TimelineEvent,
} from './types.js';

export interface BuildOptions {
  /** WordNet or another lexical resource for paraphrases; optional so tests can go without. */
  lexicon?: Lexicon | undefined;
  /** Word vectors for paraphrase features; optional so tests can go without. */
  vectors?: WordVectors | undefined;
  /**
   * `article` works a sentence's facts out from its whole story's context, as before the lazy
   * fact context: the reference a test compares the answers of the default path with.
   */
  factContext?: 'lazy' | 'article' | undefined;
}


/** Headline and outlet: "the VOA report about the talks" names both. */
function headerTokens(article: Article) {
  // (tokenizeOnce: each story's headline is read once, into `headerTerms`; remembered among the
  // recent texts, sixty headlines a question would push out the candidates' sentences.)
  return tokenizeOnce(`${article.title} ${article.source}`);
}

function refOf(article: Article): ArticleRef {
  return { id: article.id, title: article.title, published: article.published, source: article.source, url: article.url };
}

/** Stems joined by spaces: the key of a phrase in the curated lexicon. */
function lexiconKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.stem)
    .join(' ');
}

/**
 * Builds the knowledge base from parsed articles: splits sentences, indexes them and prepares the
 * per-article name tables. Per-sentence facts (dates, entities, numbers) are derived lazily the first
 * time a sentence is a candidate answer, so loading stays linear and cheap as the knowledge base
 * grows; results are cached for the life of the knowledge base.
 *
 * @example
 * const kb = buildKnowledgeBase(articles, { lexicon });
 * kb.ask('who rejected the proposal?'); // { kind: 'answer', answer: 'The United States', … }
 */
export function buildKnowledgeBase(input: readonly Article[], options: BuildOptions = {}): KnowledgeBase {
  return createKnowledgeBuilder(options).build(input);
}

/** Newest first, then by id: the order of `kb.articles` and of sentence ids. */
export function sortArticles(input: readonly Article[]): Article[] {
  // Validated YYYY-MM-DD dates order the same by code unit as by localeCompare, which costs far
  // more per call (a reload sorts every article again); ids keep localeCompare.
  return [...input].sort((a, b) => (a.published === b.published ? a.id.localeCompare(b.id) : b.published < a.published ? -1 : 1));
}

export interface KnowledgeBuilderOptions extends BuildOptions {
  /**
   * A content key of an article (the loader passes a hash): an article whose key is that of an
   * indexed or restored one is the same article, and keeps its postings. Needed for snapshots.
   */
  keyOf?: ((article: Article) => string) | undefined;
  /**
   * Read every sentence's names when an article is indexed, and keep them with its snapshot. Worth
   * it for an index that is persisted: each later start answers the first question about a story
   * without reading its sentences' names then (most of the answers' p99), for a first build that
   * reads them all (~1.5 s more at 10,000 articles). Otherwise names are read when first needed.
   */
  mentionTables?: boolean | undefined;
}

/** One article of a {@link KnowledgeSnapshot}: the parsed article and its content key. */
export interface SnapshotArticle {
  key: string;
  article: Article;
}

/** A built knowledge base as plain data, to persist and restore without analysing again. */
export interface KnowledgeSnapshot {
  engine: string;
  articles: SnapshotArticle[];
  /** Per article, in the order of `articles`: its sentence spans, term offsets and lengths. */
  spans: FlatLists<Int32Array>;
  offsets: FlatLists<Int32Array>;
  lengths: FlatLists<Uint16Array>;
  /**
   * Per article: its names as ids into `index.names` with how often it has each, and its name words
   * as ids into `index.nameWords` — numbers, not a string per name and article to read back.
   */
  nameIds: FlatLists<Int32Array>;
  nameCounts: FlatLists<Int32Array>;
  nameWordIds: FlatLists<Int32Array>;
  /**
   * Per article: its sentences' raw name mentions (see {@link MentionTable}), their offsets and
   * rows, and its strings (roles, canonical names) as `mentionStrings[mentionStringStarts[i] ..
   * mentionStringStarts[i + 1])`.
   */
  mentionOffsets: FlatLists<Int32Array>;
  mentionRows: FlatLists<Int32Array>;
  mentionStrings: string[];
  mentionStringStarts: Int32Array;
  index: IndexSnapshot;
}

/** Builds knowledge bases incrementally over one shared index (see {@link createKnowledgeBuilder}). */
export interface KnowledgeBuilder {
  /**
   * The knowledge base of exactly these articles. Articles already indexed by the previous call
   * or restored (the same objects, or the same key) are kept; only the others are indexed or
   * removed. The index is updated in place: a knowledge base returned earlier must no longer be used.
   */
  build(articles: readonly Article[]): KnowledgeBase;
  /**
   * What the last build did: articles kept as they were, analysed, and removed; sentences of kept
   * articles given new ids to make room (0 when everything fit), and whether the ids were laid out
   * afresh because most were unused.
   */
  readonly lastBuild: { kept: number; analysed: number; removed: number; moved: number; compacted: boolean };
  /** The current contents as plain data (needs `keyOf`). */
  snapshot(): KnowledgeSnapshot;
  /**
   * Starts from a snapshot instead of nothing, before the first build. False (and nothing
   * restored) when it is of another engine version or does not check out.
   */
  restore(snapshot: KnowledgeSnapshot): boolean;
}

interface BuiltArticle {
  article: Article;
  key: string | undefined;
  analysis: Omit<ArticleAnalysis, 'stems' | 'words' | 'wordStems' | 'terms'> & Partial<ArticleAnalysis>;
  unit: SpanUnit;
  /** The last build that used it (its own article, or another with the same key). */
  used: number;
  /** The last build that listed it. */
  listed: number;
}

const NO_IDS = new Int32Array(0);
const NO_STRINGS: string[] = [];

/**
 * A restored article's analysis: views into the snapshot's tables. Its names and name words are
 * ids into the snapshot's name tables, made strings only when read (a reload that removes the
 * article, a save): a start makes no string and no list per article. It never had local stems or
 * words (the index holds their global ids).
 */
class RestoredAnalysis implements ArticleAnalysis {
  readonly stems = NO_STRINGS;
  readonly words = NO_STRINGS;
  readonly wordStems = NO_IDS;
  readonly terms = NO_IDS;
  constructor(
    readonly spans: Int32Array,
    readonly offsets: Int32Array,
    readonly lengths: Uint16Array,
    readonly nameCounts: Int32Array,
    private readonly nameIds: Int32Array,
    private readonly nameWordIds: Int32Array,
    private readonly tables: { readonly names: readonly string[]; readonly nameWords: readonly string[] },
    readonly mentions: MentionTable | undefined,
  ) {}

  get names(): string[] {
    return Array.from(this.nameIds, (id) => this.tables.names[id] as string);
  }

  get nameWords(): string[] {
    return Array.from(this.nameWordIds, (id) => this.tables.nameWords[id] as string);
  }
}

function unitOf(article: Article, analysis: ArticleAnalysis): SpanUnit {
  // Its sentences are spans of its paragraphs, cut when asked for: no object or string per sentence.
  return new SpanUnit(analysis, analysis.spans, article);
}

/** Each string's position in a table, to store a list of them as ids. */
function positions(table: readonly string[]): Map<string, number> {
  return new Map(table.map((text, i) => [text, i]));
}

/** The ids of `list` in a table; throws for a string the table lacks (the index would not fit). */
function idsOf(list: readonly string[], position: ReadonlyMap<string, number>): Int32Array {
  return Int32Array.from(list, (text) => {
    const id = position.get(text);
    if (id === undefined) throw new Error(`knowledge snapshot: "${text}" is in no table of the index`);
    return id;
  });
}

/**
 * A builder for hot reload: each `build` changes only the articles that changed, in place, so a
 * reload costs what the changed files cost and never holds two indexes.
 *
 * @example
 * const builder = createKnowledgeBuilder({ lexicon });
 * let kb = builder.build(articles);
 * kb = builder.build([...articles.slice(1), edited]); // re-indexes only `edited` and the one dropped
 */
export function createKnowledgeBuilder(options: KnowledgeBuilderOptions = {}): KnowledgeBuilder {
  const index = new KnowledgeIndex();
  const { keyOf } = options;
  let current: BuiltArticle[] = [];
  // Kept across builds and marked with the build's number: a reload costs a lookup per article,
  // not sets and maps of every article built anew.
  let byArticle = new Map<Article, BuiltArticle>();
  let byKey = new Map<string, BuiltArticle>();
  let epoch = 0;
  const lastBuild = { kept: 0, analysed: 0, removed: 0, moved: 0, compacted: false };
  return {
    lastBuild,
    build(input: readonly Article[]): KnowledgeBase {
      const articles = sortArticles(input);
      const mark = ++epoch;
      const next: BuiltArticle[] = [];
      const fresh: BuiltArticle[] = [];
      const analysed: BuiltArticle[] = [];
      lastBuild.kept = 0;
      lastBuild.analysed = 0;
      for (const article of articles) {
        let built = byArticle.get(article);
        if (built && built.used === mark) built = undefined;
        const key = built || !keyOf ? built?.key : keyOf(article);
        const same = key === undefined ? undefined : byKey.get(key);
        if (!built && same && same.used !== mark) {
          same.used = mark;
          built = { ...same, article };
          fresh.push(built);
        }
        if (built) lastBuild.kept++;
        else {
          const analysis = analyzeArticle(article, { mentions: options.mentionTables === true });
          built = { article, key, analysis, unit: unitOf(article, analysis), used: 0, listed: 0 };
          fresh.push(built);
          analysed.push(built);
          lastBuild.analysed++;
        }
        built.used = mark;
        built.listed = mark;
        next.push(built);
      }
      lastBuild.removed = current.length - lastBuild.kept;
      index.update(next.map((b) => b.unit));
      lastBuild.moved = index.lastUpdate.moved;
      lastBuild.compacted = index.lastUpdate.compacted;
      // Indexed: an article's own stems and words (strings, a few hundred each) are no longer needed.
      for (const b of analysed) {
        const { stems: _stems, words: _words, wordStems: _wordStems, terms: _terms, ...kept } = b.analysis;
        b.analysis = kept;
        b.unit.forgetLocalIds();
      }
      for (const b of current) {
        if (b.listed === mark) continue;
        if (byArticle.get(b.article) === b) byArticle.delete(b.article);
        if (b.key !== undefined && byKey.get(b.key) === b) byKey.delete(b.key);
      }
      for (const b of fresh) {
        byArticle.set(b.article, b);
        if (b.key !== undefined) byKey.set(b.key, b);
      }
      current = next;
      return knowledgeBaseOver(articles, index, options, next.map((b) => b.analysis.mentions));
    },
    snapshot(): KnowledgeSnapshot {
      const articles = current.map((b): SnapshotArticle => {
        if (b.key === undefined) {
          b.key = keyOf ? keyOf(b.article) : b.article.id;
          if (!byKey.has(b.key)) byKey.set(b.key, b);
        }
        return { key: b.key, article: b.article };
      });
      const indexSnapshot = index.snapshot();
      const namePosition = positions(indexSnapshot.names);
      const nameWordPosition = positions(indexSnapshot.nameWords);
      return {
        engine: INDEX_ENGINE_VERSION,
        articles,
        spans: flatten(current.map((b) => b.analysis.spans), (n) => new Int32Array(n)),
        offsets: flatten(current.map((b) => b.analysis.offsets), (n) => new Int32Array(n)),
        lengths: flatten(current.map((b) => b.analysis.lengths), (n) => new Uint16Array(n)),
        nameIds: flatten(current.map((b) => idsOf(b.analysis.names, namePosition)), (n) => new Int32Array(n)),
        nameCounts: flatten(current.map((b) => b.analysis.nameCounts), (n) => new Int32Array(n)),
        nameWordIds: flatten(current.map((b) => idsOf(b.analysis.nameWords, nameWordPosition)), (n) => new Int32Array(n)),
        ...mentionColumns(current.map((b) => b.analysis.mentions)),
        index: indexSnapshot,
      };
    },
    restore(snapshot: KnowledgeSnapshot): boolean {
      if (snapshot.engine !== INDEX_ENGINE_VERSION || current.length > 0) return false;
      let restored: BuiltArticle[];
      try {
        const { nameIds, nameCounts, nameWordIds, mentionOffsets, mentionRows, mentionStrings, mentionStringStarts } = snapshot;
        const tables = { names: snapshot.index.names, nameWords: snapshot.index.nameWords };
        const articleCount = snapshot.articles.length;
        if ([nameIds, nameCounts, nameWordIds, mentionOffsets, mentionRows].some((flat) => flat.offsets.length !== articleCount + 1) || nameCounts.values.length !== nameIds.values.length) {
          throw new Error('knowledge snapshot: name tables do not fit');
        }
        if (!allBelow(nameIds.values, tables.names.length) || !allBelow(nameWordIds.values, tables.nameWords.length)) throw new Error('knowledge snapshot: name ids out of range');
        restored = snapshot.articles.map((entry, i): BuiltArticle => {
          const nameIdList = listOf(nameIds, i);
          const counts = listOf(nameCounts, i);
          if (counts.length !== nameIdList.length) throw new Error('knowledge snapshot: name counts do not fit');
          const lengths = listOf(snapshot.lengths, i);
          const base = mentionStringStarts[i] ?? -1;
          const table: MentionTable = { offsets: listOf(mentionOffsets, i), rows: listOf(mentionRows, i), strings: mentionStrings, base, count: (mentionStringStarts[i + 1] ?? -1) - base };
          // No offsets at all: an article indexed without its names read (they are read when needed).
          const mentions = table.offsets.length === 0 ? undefined : table;
          if (mentions && !tableFits(mentions, lengths.length)) throw new Error('knowledge snapshot: mention table does not fit');
          // Views into the snapshot's buffers: no copy.
          const analysis = new RestoredAnalysis(listOf(snapshot.spans, i), listOf(snapshot.offsets, i), lengths, counts, nameIdList, listOf(nameWordIds, i), tables, mentions);
          return { article: entry.article, key: entry.key, analysis, unit: unitOf(entry.article, analysis), used: 0, listed: 0 };
        });
        index.restore(snapshot.index, restored.map((b) => b.unit));
      } catch {
        return false;
      }
      current = restored;
      byArticle = new Map(restored.map((b) => [b.article, b]));
      byKey = new Map(restored.map((b) => [b.key as string, b]));
      return true;
    },
  };
}

/** Facts of this many sentences are kept (a digest needs a few thousand; a question sixty). */
export const FACTS_CACHE_LIMIT = 20_000;
/** Article-level tables kept: name tables, term sets. */
const ARTICLE_CACHE_LIMIT = 2_000;
/** Asked roles whose curated holders are kept (each a few names: the roles of a day's questions). */
const ROLE_HOLDERS_REMEMBERED = 1_024;
/** Headlines' terms kept: a dozen numbers each, asked for by every candidate of a question. */
const HEADER_CACHE_LIMIT = 20_000;

let sharedNewsLexicon: Map<string, Set<string>> | undefined;

/** The curated news lexicon keyed by stems: the same for every knowledge base, built once. */
function newsLexiconByStem(): Map<string, Set<string>> {
  if (sharedNewsLexicon) return sharedNewsLexicon;
  const newsLexicon = new Map<string, Set<string>>();
  for (const [word, synonyms] of buildNewsLexicon()) {
    const key = lexiconKey(word);
    const set = newsLexicon.get(key) ?? new Set<string>();
    for (const s of synonyms) set.add(s);
    newsLexicon.set(key, set);
  }
  sharedNewsLexicon = newsLexicon;
  return newsLexicon;
}

/** A name that opens with a month or weekday ("January", "Saturday Review") is a date word, not a subject to suggest. */
const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})\\b`);
/** A weekday's or a month's name alone: "Friday", "April". */
const CALENDAR_NAME = new RegExp(`^(?:${[...MONTH_NAMES, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})$`);
/**
 * What stands before a weekday or month written as a day, or as a word of a longer name: a word of
 * time or a determiner ("on a Friday", "every Sunday", "last March", "the April of 1950"), or a
 * capitalised word ("Good Friday", "Joe Friday").
 */
const DAY_WORD_BEFORE = /(?:\b(?:on|a|an|every|each|last|next|this|that|these|those|by|until|till|since|before|after|from|through|of|the|in|early|late|mid|one|some|any|following|previous|same)|\p{Lu}[\p{L}.'’-]*)\s+$/u;

/**
 * Whether a sentence writes a weekday or month as a name, someone's or something's: "he has become
 * Friday on Dragnet" — not as a day ("on a Friday", "Friday morning", a date the sentence gives:
 * "Friday, the council met") nor as a word of a longer name ("Good Friday").
 *
 * @example writesDayAsName('He has become Friday on the radio.', 'Friday', '1961-05-11'); // true
 * @example writesDayAsName('They met on a Friday.', 'Friday', '1961-05-11'); // false
 */
export function writesDayAsName(text: string, word: string, published: IsoDate): boolean {
  const dates = resolveDates(text, published);
  for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + word.length, m.index + word.length + 20);
    if (DAY_WORD_BEFORE.test(before) || /^[\s,]*(?:morning|afternoon|evening|night|\d)/.test(after) || /^-\p{L}/u.test(after)) continue;
    if (dates.some((d) => { const at = text.indexOf(d.text); return at >= 0 && at <= m.index && m.index < at + d.text.length; })) continue;
    return true;
  }
  return false;
}

/** Suggestions come from the stories sharing a question's words that are in at most this many sentences (rarer words say more, and cost less). */
const RELATED_TERM_LIMIT = 500;
/**
 * How many names holding a word (by prefix, most written first) are looked at to tell whether a plain
 * word of a question is part of a longer name somewhere; a word in more names than that is looked
 * up in its stories' sentences anyway (see suggestions).
 */
const NAME_WORD_PROBE = 50;
/** Plain words whose stories are remembered per knowledge base (a set of story numbers each). */
const PLAIN_WRITERS_REMEMBERED = 1_024;
/** Shorter words are too often one letter from some name ("mary" → "mar"): no spelling is guessed for them. */
const MISSPELT_NAME_LENGTH = 5;
/** A sentence of fewer words is a label or a heading, not news: never among an article's key sentences before one that is. */
const KEY_SENTENCE_WORDS = 5;
/** A heading's share of capitalised words, when it ends without a full stop ("Remarks of Hon. Wayne L. Hays of Ohio"). */
const HEADING_CAPITALS = 0.7;
/** How many sentences' timeline dates are remembered (a story's, read for its lead and then one by one). */
const EVENT_DATES_REMEMBERED = 4_096;
/** How many days before its publication a story of its days dates something (see `newsOfItsDays`). */
const REPORT_WEEK = 7;

/** The day `days` days before an ISO day. */
function daysBefore(day: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** "the past fifty years", "the last decade", "the next few months": a span from or to the report, no event of its own on a timeline. */
const SPAN_TO_NOW = /\b(?:past|last|next|coming)\s+(?:\S+\s+)?(?:years|decades|centuries|months|weeks|days|decade|century)\b/i;

/**
 * A sentence that tells what would have happened had something else: "Had the mayor won in 1950,
 * the bridge would stand", "If the council had met in May, it would have …". Its dates are of
 * things that did not happen, and no timeline lists them.
 */
const UNREAL = /(?:^|[,;:]\s*)\W*Had\s+[^,.;]{2,80},[^.;]*\bwould\b|\b[Ii]f\s+[^,.;]{0,80}\bhad\s+[^,.;]{1,60},[^.;]*\bwould\s+have\b/;

/** A condition: "if", "unless", "in case", "provided that", "supposing". */
const CONDITION = /\b(?:if|unless|in\s+case|provided\s+that|providing\s+that|supposing)\b/gi;
/** A modal of what is supposed: "would", "could", "might". */
const SUPPOSING_MODAL = /\b(?:would|could|might)\b/i;
/**
 * What may stand right before a condition that opens a clause: nothing, a comma, "that", a
 * conjunction ("and if", "but if", "even if"). After a verb ("decide if", "asked him if") "if" asks
 * whether, and is no condition.
 */
const CONDITION_OPENS = /(?:^|[,(]|\b(?:that|and|but|or|then|even|only))\s*$/i;
/** What opens a clause of its own between a date and a condition after it: a verb of saying, "that", "when". */
const CLAUSE_OPENER = /\b(?:said|says|say|told|tells|declared|announced|warned|wrote|added|that|when|while|because|after|before)\b/i;

/**
 * Whether the date written at `at` is of a condition's world, not an event: its clause (between
 * `;`, `:` or dashes) holds a condition ("if", "unless") and "would", "could" or "might", and the
 * date stands after the first of them or before them with nothing of another clause between ("If it
 * rains, the match would be on Monday", "The match would be on Monday if it rained", "On Monday, if
 * it rains, the match could be moved"). Not "In 1958 he said that if the river rose the road would
 * close" (the year is the saying's), nor an "if" that asks whether ("met on Monday to decide if the
 * road could close"), nor a date with a verb of its own before them ("The storm hit on Monday and
 * the road could close if rain returns"), nor one in a condition that has its modal for its own verb
 * ("If a bomb in 1945 could destroy a city, …").
 *
 * @example supposedDate('If it rains the match would be on Monday.', 32); // true
 * @example supposedDate('The match was on Monday.', 16); // false
 */
export function supposedDate(sentence: string, at: number): boolean {
  const edges = [...sentence.matchAll(/[;:]|\s(?:--|—)\s/g)].map((m) => m.index);
  const from = Math.max(0, ...edges.filter((e) => e < at).map((e) => e + 1));
  const to = Math.min(sentence.length, ...edges.filter((e) => e >= at));
  const clause = sentence.slice(from, to);
  const modal = SUPPOSING_MODAL.exec(clause)?.index;
  if (modal === undefined) return false;
  const condition = [...clause.matchAll(CONDITION)].find((m) => m.index > modal || CONDITION_OPENS.test(clause.slice(0, m.index)))?.index;
  if (condition === undefined) return false;
  const first = Math.min(condition, modal);
  const here = at - from;
  // ("If a bomb in 1945 could destroy a city, …": a modal of the condition's own clause, a date
  // before it, is what could be done then.)
  if (condition < here && here < modal && !/,/.test(clause.slice(condition, modal))) return false;
  if (here >= first) return true;
  // ("The storm hit on Monday and the road could close if rain returns": the date has a verb of its own.)
  const before = clause.slice(0, first);
  return !CLAUSE_OPENER.test(clause.slice(here, first)) && !tokenize(before).some((t) => pastVerb(t) || /^(?:is|are|was|were|has|had)$/.test(t.word));
}

/** A day counted forward from the day of writing: "tomorrow", "tomorrow night", "tonight", "today". */
const DAY_FROM_WRITING = /^(?:today|tonight|this\s+night|tomorrow(?:\s+(?:morning|afternoon|evening|night))?)$/i;
/** A modal of what would, could or might be: "would go", "could take place", "might occur". */
const MAYBE_MODAL = /\b(?:would|could|might)\b/i;
/** A modal of the future as seen now, or a verb of saying that makes someone's words of the day: "will", "said", "forecast". */
const SAID_OR_WILL = /\b(?:will|shall|said|says|say|told|tells|announced|declared|reported|predicted|forecast|warned|added|stated|expects?|expected)\b|['’]ll\b/i;

/**
 * Whether "tomorrow", "tonight" or "today" is a day of the story's own telling or a mere
 * possibility rather than a day of the calendar: the sentence tells it with "would", "could" or
 * "might" and no one says so, nor "will" ("Tomorrow night he himself would go out there", "It could
 * take place tomorrow night, or it might occur months from now" — a character's future seen from
 * the past of a story, or what may be). News of the day says who said so ("the vote could come
 * tomorrow, officials said") or what will be ("will vote tomorrow").
 *
 * @example
 * possibleDay('Tomorrow night he would go out there and wait.', 'Tomorrow night'); // true
 * possibleDay('The vote could come tomorrow, officials said.', 'tomorrow'); // false
 */
export function possibleDay(sentence: string, date: string): boolean {
  return DAY_FROM_WRITING.test(date.trim()) && MAYBE_MODAL.test(sentence) && !SAID_OR_WILL.test(sentence);
}

/** "today" (or "this day", "tonight", "this night") as a date phrase. */
const TODAY = /^(?:today|this day|tonight|this night)$/i;
/** What puts a sentence's "today" ahead of the report or on its schedule: "will meet today", "is expected today", "opens today". */
const TODAY_AHEAD = /\b(?:will|shall|(?:is|are)\s+(?:expected|scheduled|due|set)|(?:begin|start|open|close|resume|meet|end)s?\s+today)\b/i;

/** Where one clause ends and another begins: a `;` or `:`, a dash, or a word that opens a clause of its own. */
const CLAUSE_EDGE = /[;:]|\s(?:--|—)\s|\b(?:that|which|who|whom|because|but|while|although)\b/i;

/**
 * The clause of a sentence that holds its "today" (or "this day"): "let us remember on this day …
 * our trust in Him that He will continue" puts nothing of its "will" on the day.
 */
function clauseOfToday(text: string): string {
  const at = text.search(/\btoday\b|\bthis day\b|\btonight\b|\bthis night\b/i);
  const parts = text.split(new RegExp(CLAUSE_EDGE.source, 'gi'));
  let offset = 0;
  for (const part of parts) {
    const start = text.indexOf(part, offset);
    if (start + part.length > at) return part;
    offset = start + part.length;
  }
  return text;
}

/** Where a sentence's clauses part: a `;` or `:`, a dash, or a comma before a word that joins clauses. */
const CLAUSE_JOIN = /[;:]|\s(?:--|—)\s|,\s+(?:and|but|or|yet|so|while|whereas)\b/gi;

/**
 * The clause of a sentence that holds the first match of `pattern` (as its clauses part at
 * {@link CLAUSE_JOIN}); the whole sentence when nothing matches.
 *
 * @example
 * ownClause("The mill was torn down, and today's farmers grow barley.", /today's/); // ", and today's farmers grow barley."
 */
function ownClause(text: string, pattern: RegExp): string {
  const at = text.search(pattern);
  if (at < 0) return text;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(CLAUSE_JOIN)) {
    if (m.index <= at) from = m.index;
    else {
      to = m.index;
      break;
    }
  }
  return text.slice(from, to);
}

/**
 * Whether a sentence says nothing but `phrase`: no word outside it but small ones.
 *
 * @example
 * onlyWords('"Tomorrow."', 'Tomorrow'); // true
 * onlyWords('The fair opens tomorrow.', 'tomorrow'); // false
 */
export function onlyWords(text: string, phrase: string): boolean {
  const own = new Set(tokenize(phrase).map((t) => t.word));
  return tokenize(text).every((t) => own.has(t.word) || STOPWORDS.has(t.word));
}

/**
 * Whether the "today" of a sentence is a day something happens on: something reported ("said
 * today", "met in Baghdad today", "has rejected … today") or ahead ("will meet today", "opens
 * today"). Else it is the present of an essay — "the problems we face today", "still in use today" —
 * and no event of the report's day.
 *
 * @example
 * todayHappens('The ministers met in Baghdad today.'); // true
 * todayHappens('He did not know the problems we face today.'); // false
 */
export function todayHappens(text: string, lexicon?: Pick<Lexicon, 'isA'>): boolean {
  // ("his \"Today\" column": a capitalised "Today" inside the sentence is a name.)
  // ("on this day", a proclamation's or a speech's, is "today" too.)
  if (!/\btoday\b|\bthis day\b|\btonight\b|\bthis night\b|^\W*(?:Today|Tonight)\b/.test(text)) return false;
  // "today's trade unions announce …" (nowadays' unions): a "today" written only as a possessive is
  // a day something happens on only when its own clause tells of it ("Today's vote was delayed",
  // "will hold today's meeting"), not when another clause of the sentence does ("the guilds were
  // dedicated to …;; and today's unions announce …").
  if (!/\b(?:today|tonight)\b(?!['’]s\b)|\bthis (?:day|night)\b/i.test(text)) {
    // "the atmosphere of today's developed nations": the people of our days, whatever the sentence reports.
    if (todaysPeople(text, lexicon)) return false;
    const clause = ownClause(text, /\b(?:today|tonight)['’]s\b/i);
    return TODAY_AHEAD.test(clause) || reportsEvent(clause);
  }
  if (TODAY_AHEAD.test(clauseOfToday(text))) return true;
  // "We today are not entitled to …", "the peasant today still thrives on …": the present of an
  // essay, whatever else the sentence reports ("men who barred their pulpits").
  if (todayInPresent(text)) return false;
  if (reportsEvent(text)) return true;
  // "said today", "met today" (not "is to be presented today").
  const tokens = tokenize(text);
  return tokens.some((t, i) => (t.word === 'today' || t.word === 'tonight') && i > 0 && pastVerb(tokens[i - 1] as Token) && !PRESENT_LINK.test(tokens[i - 2]?.word ?? ''));
}

/** The words after a possessive "today's" up to a stop, a comma or a small word: "developed nations" of "today's developed nations, …". */
const TODAYS_WORDS = /\btoday['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
/** WordNet's kinds of people, peoples and bodies of people: who lives in "today's" world. */
const PEOPLE_KINDS = ['person', 'people', 'organization', 'political_unit'];
/** WordNet's kinds of what takes place on a day: "today's meeting", "today's vote", "today's race". */
const HAPPENING_KINDS = ['gathering', 'event', 'act'];

/**
 * Whether a possessive "today's" stands before people, a people or a body of people ("today's
 * developed nations", "today's farmers", "today's unions"): nowadays', no day of the calendar.
 * Not before what takes place on a day or a gathering for it ("today's vote", "today's meeting"),
 * nor when a word of the phrase may be one ("today's trade …"). By WordNet, when a lexicon is given.
 *
 * @example
 * todaysPeople("In the calm of today's developed nations, farms have grown.", wordnet); // true
 * todaysPeople("Today's vote was delayed.", wordnet); // false
 */
export function todaysPeople(text: string, lexicon?: Pick<Lexicon, 'isA'>): boolean {
  const isA = lexicon?.isA;
  const phrase = TODAYS_WORDS.exec(text)?.[1];
  if (isA === undefined || phrase === undefined) return false;
  const words: string[] = [];
  for (const word of phrase.toLowerCase().split(/\s+/)) {
    if (STOPWORDS.has(word)) break;
    words.push(word);
  }
  const forms = (word: string): string[] => [word, word.replace(/s$/, ''), word.replace(/es$/, '')];
  const kind = (word: string, kinds: readonly string[]): boolean => forms(word).some((form) => kinds.some((k) => isA(form, k)));
  return words.some((w) => kind(w, PEOPLE_KINDS)) && !words.some((w) => kind(w, HAPPENING_KINDS));
}

/** Words that may stand between "today" and its verb: "today still very largely thrives", "today are not". */
const TODAY_ADVERB = /^(?:still|very|not|never|also|even|only|yet|\p{L}+ly)$/u;

/**
 * Whether "today" stands with a verb of the present that tells a state, not an event: "we today
 * are not entitled", "the peasant today still thrives", "the world today is". Not "today are
 * meeting" (what is happening that day), "today is to vote", nor "the book offered today is".
 *
 * @example
 * todayInPresent('We today are not entitled to blame them.'); // true
 * todayInPresent('The ministers today are meeting in Baghdad.'); // false
 */
function todayInPresent(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (t.word !== 'today') return false;
    // ("The book offered to the public today is …": "today" ends a clause of its own, whose verb tells what happened that day.)
    if (tokens.slice(Math.max(0, i - 6), i).some(pastVerb)) return false;
    let still = tokens[i - 1]?.word === 'still';
    let j = i + 1;
    while (tokens[j] !== undefined && TODAY_ADVERB.test(tokens[j]?.word ?? '')) {
      if (tokens[j]?.word === 'still') still = true;
      j++;
    }
    const verb = tokens[j];
    if (verb === undefined) return false;
    const after = tokens[j + 1]?.word ?? '';
    if (/^(?:am|is|are)$/.test(verb.word)) return !/ing$/.test(after) && after !== 'to';
    // ("today still thrives": a verb of the present, third person, after "still".)
    return still && /[^s]s$/.test(verb.word) && !pastVerb(verb);
  });
}

/** Verbs of the present a participle may describe the subject after: "feel obliged", "am pleased", "seems tired". */
const PRESENT_LINK = /^(?:am|is|are|be|feel|feels|seem|seems|look|looks|remain|remains|become|becomes)$/;
/** Words that open a relative clause: "that", "which", "who", "whom". */
const RELATIVE = /^(?:that|which|who|whom)$/;
/**
 * A WordNet synonym that is a phrasal verb matched by its verb alone, its particle being a stop word
 * ("get on", "go on" for "progress" → any "get", "went"): on a timeline, whose topic is what the
 * events are about, it would bring every sentence that gets or goes anywhere.
 */
function cutPhrasalVerb(alternative: Alternative): boolean {
  return alternative.via === 'wordnet' && alternative.terms.length < alternative.word.trim().split(/\s+/).length;
}

/** The writer and the reader as a subject ("many of us have noticed", "you have heard"): shared experience, no event. */
const READER_SUBJECT = /^(?:we|us|you|i)$/;
/** Forms of "be", "have" and "do", which say nothing of the past on their own. */
const AUXILIARY_FORMS = new Set(['was', 'were', 'been', 'is', 'are', 'had', 'has', 'did', 'done', 'does']);
/** What follows a verb of the past as its object or its phrase: "rejected an offer", "met in Baghdad", "voted 7 to 2". */
const AFTER_PAST = /^(?:the|a|an|his|her|their|its|our|to|in|on|at|by|for|that|with|from|into|against|over|out|up|down|through|across|after|before|during|off|back|\d+)$/;

/** A word in the form of a verb's past ("rejected", "met"), not "was" or "had", not a name. */
function pastVerb(t: Token): boolean {
  return (/^[a-z]{3,}ed$/.test(t.word) || (IRREGULAR_VERBS.has(t.word) && !AUXILIARY_FORMS.has(t.word))) && !t.capitalized;
}

/**
 * Whether a sentence reports something that happened: a verb in the present perfect ("has
 * rejected") or the simple past before its object or phrase ("destroyed the mill", "met in
 * Baghdad"). An essay's or a guide's opening ("Youngsters can sleep in the cabin", "the old covered
 * bridge will have a part") reports nothing, nor does the experience of the writer and the reader
 * ("Many of us have noticed that …"); as a lead without a date it is no event of the report's day.
 *
 * @example
 * reportsEvent('The United States has rejected an Iranian suggestion.'); // true
 * reportsEvent('The large cabin has 5-foot headroom.'); // false
 */
export function reportsEvent(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (!pastVerb(t)) return false;
    const before = tokens[i - 1]?.word;
    // "I feel obliged to", "we are pleased to": a participle after a verb of the present describes, it reports nothing.
    if (PRESENT_LINK.test(before ?? '')) return false;
    // "one of the minority that rested on …": a verb of a relative clause describes someone; the clause around it tells whether anything happened.
    if (RELATIVE.test(before ?? '')) return false;
    const between = tokens[i - 2]?.word;
    const auxiliary = before === 'has' || before === 'have' || before === 'had' ? i - 1 : (between === 'has' || between === 'have' || between === 'had') && /ly$|^not$|^been$|^also$|^all$/.test(before ?? '') ? i - 2 : -1;
    // "Many of us have noticed …", "you have probably heard …": the writer's and the reader's own
    // experience, an essay's opening, not something that happened.
    if (auxiliary >= 0) return !READER_SUBJECT.test(tokens[auxiliary - 1]?.word ?? '');
    const next = tokens[i + 1];
    return next !== undefined && AFTER_PAST.test(next.word) && text.slice(t.end, next.start).trim() === '';
  });
}

/**
 * A label or a heading rather than a sentence that says something: under five words ("Mr.
 * Lindsay.", "Sentiment."), or no full stop at its end and mostly capitalised words.
 */
function isHeading(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < KEY_SENTENCE_WORDS) return true;
  return headingLine(text);
}

/** No stop at its end and mostly capitalised words: "Congresswoman Church", "Remarks of Hon. Wayne L. Hays of Ohio". */
function headingLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (/[.!?]["'”’)]*$/.test(text.trim())) return false;
  const lettered = words.filter((w) => /^\p{L}/u.test(w) && !/^(?:of|the|a|an|and|for|in|on|at|to|by)$/.test(w));
  return lettered.length > 0 && lettered.filter((w) => /^\p{Lu}/u.test(w)).length >= HEADING_CAPITALS * lettered.length;
}
/** "He" or "She" opening a sentence as its subject: "He is the sexton of the church." */
const OPENING_PRONOUN = /^\s*(He|She)\s/;
/** The pronouns of one sex, in any case: a sentence that writes one already speaks of someone of that sex. */
const SAME_SEX_PRONOUN = { he: /\b(?:he|him|his|himself)\b/i, she: /\b(?:she|her|hers|herself)\b/i } as const;
/** The courtesy titles written right before a name: "Mr. and Mrs. ", "Mrs. ". */
const TITLES_BEFORE = /((?:(?:Mr|Mrs|Ms|Miss)\.?\s+(?:and\s+)?)+)$/;

/**
 * Whether the titles before a name say that "he" or "she" is someone else: "Mrs. Ann Lee" is no
 * "he", and "Mr. and Mrs. Tom Hale" no "she" (she is Mrs. Hale, not Tom Hale).
 */
function otherSex(sentence: string, name: string, pronoun: string): boolean {
  const at = sentence.indexOf(name);
  const titles = at < 0 ? undefined : TITLES_BEFORE.exec(sentence.slice(0, at))?.[1];
  if (titles === undefined) return false;
  const man = /\bMr\b/.test(titles);
  return pronoun === 'he' ? !man : man;
}

/** A curated person counts as this many mentions of the name (curators list whom a story is about). */
const CURATED_WEIGHT = 5;
/** Names offered when a question gives nothing better to suggest: the best known ones. */
const FALLBACK_NAMES = 10;
/** A shorter word is taken for a name begun only when it is a whole word of one: "per gallon" is not "Perhaps", "Personal Perception". */
const NAME_BEGUN_LENGTH = 4;
/** Names gathered for a word of a question before the whole-word ones are picked out. */
const COMPLETION_POOL = 25;
/** How many such stories lend their people to the suggestions. */
const RELATED_STORIES = 2;
/** How many of each such story's people are suggested. */
const RELATED_PEOPLE = 3;
/** The most words a person's name is looked up by in a question ("Martin Luther King Jr."). */
const PERSON_NAME_WORDS = 4;
/** A story lends its people only when it shares at least this share of what the best story shares (each word by its rarity). */
const RELATED_SHARE = 0.5;
/** …and one of its sentences holds this many of the question's words (or all, when the knowledge base writes fewer). */
const RELATED_TOGETHER = 2;

/** A married or unmarried woman's courtesy title before a name ("Mrs. DePugh", "Miss Vane", "Mme. Lorre"). */
const WOMAN_TITLE = /^(Mrs|Miss|Ms|Mme|Mlle|Madame)\.?\s+(?=\S)/i;
/** What the stories call a man and a woman, counted in the paragraphs that name someone. */
const HE_WORDS = /\b(?:he|him|his|himself)\b/gi;
const SHE_WORDS = /\b(?:she|her|hers|herself)\b/gi;
/** A woman's sentence that tells of her husband: he is someone else. */
const HER_HUSBAND = /\bher\s+(?:late\s+)?husband\b/i;
/** How often the paragraphs must call someone "he" to take them for a man… */
const MAN_PRONOUNS = 2;
/** …and how many times as often as "she" (the rest are others of the paragraph: a wife, a mother). */
const MAN_SHARE = 4;

/**
 * Whether a sentence writes one of the names as a name of its own: a whole word ("Lorrance", not
 * "Lorrancean") that no capitalised word carries on into another person's name ("Lorrance Vipton").
 */
function namesWritten(names: readonly string[], others: readonly string[] = []): (sentence: string) => boolean {
  const pattern = namePattern(names);
  if (pattern === undefined) return () => false;
  // "Mrs. Lincoln screamed" names Mrs. Lincoln, whom the people list holds beside Abraham Lincoln
  // ("Lincoln"): a name written inside another one's longer name is that other one's.
  const longer = namePattern(others.filter((other) => names.some((name) => other.length > name.length && namePattern([name])?.test(other.toLowerCase()))));
  return (sentence) => {
    const lower = sentence.toLowerCase();
    const taken = longer === undefined ? [] : [...lower.matchAll(longer)].map((m) => [m.index, m.index + m[0].length] as const);
    for (const m of lower.matchAll(pattern)) {
      if (taken.some(([from, to]) => m.index >= from && m.index + m[0].length <= to)) continue;
      if (!/^\s+\p{Lu}\p{Ll}/u.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4))) return true;
    }
    return false;
  };
}

/**
 * Whether two lists of roles may be one person's: either is empty, or they share a word that is no
 * small one ("President" and "President of the United States").
 *
 * @example
 * sameOne(["John Calvin's sister"], ["Shelley's companion"]); // false
 */
export function sameOne(roles: readonly string[], others: readonly string[]): boolean {
  if (roles.length === 0 || others.length === 0) return true;
  const words = new Set(roles.flatMap((role) => tokenize(role).filter((t) => !STOPWORDS.has(t.word)).map((t) => t.stem)));
  return others.some((role) => tokenize(role).some((t) => words.has(t.stem) && !STOPWORDS.has(t.word)));
}

/**
 * Entries of two stories' people lists that are one person: an entry whose name another story's
 * curator gives as an alias of the person listed there ("Jeff Lawrence", listed in one story, is
 * Jefferson Lawrence of another, whose list gives him the alias "Jeff Lawrence"), when their roles
 * may be one person's (`sameOne`). Keyed by the entry's name (`key`), the other person's name. An
 * alias two people of other stories bear says neither; nor does one of the same story's list.
 *
 * @example
 * joinedByAlias([{ people: [{ name: 'Groth' }] }, { people: [{ name: 'Paul Groth', aliases: ['Groth'] }] }], (n) => n.toLowerCase()); // Map { 'groth' => 'Paul Groth' }
 */
export function joinedByAlias(articles: readonly Pick<Article, 'people'>[], key: (name: string) => string): Map<string, string> {
  const holders = new Map<string, { a: number; name: string; roles: string[] }[]>();
  articles.forEach((article, a) => {
    for (const person of article.people) {
      for (const alias of person.aliases ?? []) {
        const list = holders.get(key(alias)) ?? [];
        list.push({ a, name: person.name, roles: person.role === undefined ? [] : [person.role] });
        holders.set(key(alias), list);
      }
    }
  });
  const joined = new Map<string, string>();
  articles.forEach((article, a) => {
    for (const person of article.people) {
      const own = key(person.name);
      const roles = titlesLeftOut(person.role === undefined ? [] : [person.role]);
      const others = (holders.get(own) ?? []).filter((h) => h.a !== a && key(h.name) !== own && sameOne(roles, titlesLeftOut(h.roles)));
      const names = new Set(others.map((h) => key(h.name)));
      if (names.size === 1 && !joined.has(own)) joined.set(own, (others[0] as { name: string }).name);
    }
  });
  return joined;
}

/** The roles that are more than a title written before names ("Chairman", "Gov."): what tells two people apart. */
export function titlesLeftOut(roles: readonly string[]): string[] {
  return roles.filter((role) => !role.trim().split(/\s+/).every((word) => isNameTitle(word)));
}

/** Any of the names, in lower case, as whole words; undefined for none. */
function namePattern(names: readonly string[]): RegExp | undefined {
  const escaped = names.map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((x, y) => y.length - x.length);
  if (escaped.length === 0) return undefined;
  // Matched in lower case; what follows is read as written (a case-insensitive \p{Lu} would match any letter).
  return new RegExp(`(?<![\\p{L}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{M}])`, 'gu');
}

/**
 * A person's roles without those another of their roles holds word for word: "French novelist"
 * beside "French novelist, author of The Walnut Trees" (two stories' lists) says nothing more; nor
 * does a role written twice in other capitals or punctuation.
 *
 * @example withoutContainedRoles(['French novelist', 'French novelist, author of a war novel']); // ['French novelist, author of a war novel']
 * @example withoutContainedRoles(['poet', 'port official']); // ['poet', 'port official']
 */
export function withoutContainedRoles(roles: readonly string[]): string[] {
  const words = roles.map((role) => ` ${role.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `);
  return roles.filter((_, i) => !words.some((other, j) => j !== i && other.includes(words[i] as string) && (other !== words[i] || j < i)));
}

/**
 * A profile's sentences in the order to show them: first those that write the person's full name
 * ("Andre Malraux's novel was written …"), then those that write a shorter form, and last those
 * where a form of the name is glued after another capitalised word, so that it reads as part
 * of a longer name ("For the figure of Vincent Berger Malraux has drawn …", a comma left out) —
 * story order within each. A title before the name ("Sir Anthony Eden", "Mr. Pym") glues nothing.
 *
 * @example
 * leadingSentences([pym, annAndNedPym], { name: 'Ned Pym', aliases: ['Pym'] }); // full name first
 */
function leadingSentences(citations: readonly Citation[], person: { name: string; aliases: readonly string[] }): Citation[] {
  const full = /\s/.test(person.name.trim()) ? namePattern([person.name]) : undefined;
  const any = namePattern([person.name, ...person.aliases]);
  // (Their own names' words glue nothing: "Sir Anthony Eden" read as "Sir Anthony" and "Eden".)
  const own = new Set([person.name, ...person.aliases].flatMap((form) => form.toLowerCase().split(/\s+/)));
  const glued = (text: string): boolean => {
    if (any === undefined) return false;
    const matches = [...text.toLowerCase().matchAll(any)];
    return matches.some((m) => {
      const before = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
      return before !== undefined && !own.has(before.toLowerCase()) && !isNameTitle(before) && !isNameTitle(before.replace(/\.$/, '')) && !/^[\s"“'‘(]*$/.test(text.slice(0, m.index - before.length - 1));
    });
  };
  // The words a description may follow: the name's, or the "he" or "she" that opens a sentence of them.
  const nameWords = [...own].map((word) => word.replace(/[^\p{L}\p{M}'’-]+/gu, '')).filter((word) => word !== '');
  const describes = (c: Citation, named: boolean): boolean => {
    const pronoun = named ? undefined : OPENING_PRONOUN.exec(c.sentence)?.[1]?.toLowerCase();
    return describedAs(c.sentence, pronoun === undefined ? nameWords : [pronoun]) !== undefined;
  };
  const rank = (c: Citation): number => (glued(c.sentence) ? 2 : full !== undefined && [...c.sentence.toLowerCase().matchAll(full)].length > 0 ? 0 : 1);
  // (A sentence that calls them "he" or "she", right after one that names them, goes with that one.)
  // A sentence that says what they are — a copula ("She was the widow of a writer"), an apposition
  // ("Ann Lee, the harbor master,") — comes before all: it tells who they are.
  const along: number[] = [];
  const ranks: number[] = [];
  citations.forEach((c, i) => {
    const previous = citations[i - 1];
    const named = any !== undefined && [...c.sentence.toLowerCase().matchAll(any)].length > 0;
    along.push(!named && previous !== undefined && previous.article.id === c.article.id ? (along[i - 1] as number) : rank(c));
    ranks.push((along[i] as number) < 2 && describes(c, named) ? -1 : (along[i] as number));
  });
  return citations.map((c, i) => ({ c, i, r: ranks[i] as number })).sort((x, y) => x.r - y.r || x.i - y.i).map((x) => x.c);
}

/** The mention tables of a snapshot's articles, as its columns. */
function mentionColumns(tables: readonly (MentionTable | undefined)[]): Pick<KnowledgeSnapshot, 'mentionOffsets' | 'mentionRows' | 'mentionStrings' | 'mentionStringStarts'> {
  const starts = new Int32Array(tables.length + 1);
  const strings: string[] = [];
  tables.forEach((table, i) => {
    if (table) for (const text of tableStrings(table)) strings.push(text);
    starts[i + 1] = strings.length;
  });
  return {
    // An article indexed without its names read has no offsets at all.
    mentionOffsets: flatten(tables.map((table) => table?.offsets ?? new Int32Array(0)), (n) => new Int32Array(n)),
    mentionRows: flatten(tables.map((table) => table?.rows ?? new Int32Array(0)), (n) => new Int32Array(n)),
    mentionStrings: strings,
    mentionStringStarts: starts,
  };
}

function knowledgeBaseOver(articles: readonly Article[], knowledgeIndex: KnowledgeIndex, options: BuildOptions, mentionTables: readonly (MentionTable | undefined)[]): KnowledgeBase {
  const index = knowledgeIndex.view();
  const sentence = (id: number): IndexedSentence => index.sentence(id) as IndexedSentence;
  const textsOf = (a: number): string[] => index.articleSentences(a).map((s) => sentence(s).text);
  const byId = new Map(articles.map((article, a) => [article.id, a]));

  /** The article's sentences, with each one's names as read when the article was indexed. */
  const factsInputOf = (a: number): ArticleFactsInput => {
    const article = articles[a] as Article;
    const sentences = textsOf(a);
    const table = mentionTables[a];
    const mentionsOf = table ? (j: number): RawMention[] => mentionsAt(table, j, sentences[j] ?? '') : undefined;
    return { published: article.published, people: article.people, sentences, mentionsOf };
  };
  const contextOf = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): ArticleContext => prepareArticle(factsInputOf(a)));
  // A sentence's facts read only the sentences of its story that bear on its names (the same facts
  // as the whole story's context gives): an answer's sixty candidates come from up to sixty stories.
  const lazyOf = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): LazyArticle => lazyArticle(factsInputOf(a)));
  // Each part of a sentence's facts is worked out when first read (a who question's candidates
  // need their names, never their dates); the entities' thunk holds two numbers, not the story.
  const factsCache = new Map<number, SentenceFacts>();
  const factsOf = boundedCache(FACTS_CACHE_LIMIT, (id: number): SentenceFacts => {
    const { article, index: at, text } = sentence(id);
    if (options.factContext === 'article') return analyzeSentence(contextOf(article), at);
    return lazyFacts(text, (articles[article] as Article).published, () => lazyOf(article).entities(at), () => lazyOf(article).narrativeTime(at));
  }, factsCache);
  /** The same dates as `factsOf(s).dates` (analyzeSentence resolves them the same way). */
  const datesOf = (s: number, text: string, published: IsoDate): ResolvedDate[] => {
    const cached = factsCache.get(s)?.dates;
    if (cached) return cached;
    if (!mayHoldDate(text)) return [];
    const { article, index: at } = sentence(s);
    return resolveDates(text, published, lazyOf(article).narrativeTime(at));
  };

  // Terms of an article's headline and outlet, shared by its two term sets below.
  const headerTerms = boundedCache(HEADER_CACHE_LIMIT, (a: number): number[] => {
    const terms: number[] = [];
    for (const token of headerTokens(articles[a] as Article)) {
      const term = index.termId(token.stem);
      if (term !== undefined) terms.push(term);
    }
    return terms;
  });

  // Terms of each article (body, headline and outlet), for "is this word anywhere in the story" checks.
  const articleTerms = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): ReadonlySet<number> => {
    const terms = new Set<number>();
    for (const s of index.articleSentences(a)) for (const t of index.sentenceTerms(s)) terms.add(t);
    for (const term of headerTerms(a)) terms.add(term);
    return terms;
  });

  // The headline and lead: what a story is about.
  const leadTerms = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): ReadonlySet<number> => {
    const terms = new Set<number>();
    const lead = index.firstSentence(a);
    if (lead !== undefined) for (const t of index.sentenceTerms(lead)) terms.add(t);
    for (const term of headerTerms(a)) terms.add(term);
    return terms;
  });

  // An article's lead: its first sentence that is not a heading the text opens with.
  const leadOf = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): number | undefined => {
    const ids = index.articleSentences(a);
    return ids.find((s) => !isHeading(sentence(s).text)) ?? ids[0];
  });

  // The dates of a sentence that place it on a timeline. Only the dates are needed (the rest of
  // the facts cost as much again), and only the last few thousand are kept: a digest reads every
  // sentence once, and keeping them all would grow without bound; a story's are read twice in a
  // row when its undated lead asks whether it is news of its days. (Nor a date of what would be if
  // something else were: "if it rains the match would be on Monday".)
  const eventDates = boundedCache(EVENT_DATES_REMEMBERED, (s: number): ResolvedDate[] => {
    const { article, text } = sentence(s);
    return datesOf(s, text, (articles[article] as Article).published).filter((d) => d.grain !== 'duration' && d.start !== undefined && !SPAN_TO_NOW.test(d.text) && !(TODAY.test(d.text) && !todayHappens(text, options.lexicon)) && !supposedDate(text, text.indexOf(d.text)) && !possibleDay(text, d.text));
  });

  // Whether a story is news of the days of its report: a sentence other than its lead dates
  // something to a day (or days) of the week before publication ("Tuesday, the ambassadors met",
  // "said yesterday"). An essay, a review or a memoir writes no such day.
  const newsOfItsDays = boundedCache(ARTICLE_CACHE_LIMIT, (a: number): boolean => {
    const published = (articles[a] as Article).published;
    const weekBefore = daysBefore(published, REPORT_WEEK);
    const lead = leadOf(a);
    return index.articleSentences(a).some((s) => s !== lead && eventDates(s).some((d) => (d.grain === 'day' || d.grain === 'range') && (d.start ?? '') <= published && (d.end ?? d.start ?? '') >= weekBefore));
  });

  // Built on first use: a reload that nobody asks a misspelt question of costs nothing here.
  let fuzzyVocabulary: ReturnType<typeof buildFuzzyVocabulary> | undefined;
  const fuzzy = (): ReturnType<typeof buildFuzzyVocabulary> => (fuzzyVocabulary ??= buildFuzzyVocabulary(index.vocabulary.keys()));
  const queryContext: QueryContext = {
    index,
    fuzzy: { closest: (word, limit) => fuzzy().closest(word, limit) },
    newsLexicon: newsLexiconByStem(),
    lexicon: options.lexicon,
    nameWords: knowledgeIndex.nameWords,
    isKnownName: (phrase) => names().exact(phrase) !== undefined,
  };

  // Who holds a curated role, for "who is the <role>": the people lists' roles over every article
  // are gathered once for this knowledge base (a reload builds another), and each asked role's
  // holders are remembered, by the role's nouns and qualifiers (all that `roleHolders` reads of it).
  let withRoles: CuratedPerson[] | undefined;
  const holdersByRole = new Map<string, readonly string[]>();
  const curatedRoleHolders = (asked: AskedRole): readonly string[] => {
    const key = `${[...asked.nouns].sort().join(' ')}\u0000${[...asked.qualifiers].sort().join(' ')}`;
    let holders = holdersByRole.get(key);
    if (holders === undefined) {
      withRoles ??= articles.flatMap((a) => a.people.filter((p) => p.role !== undefined));
      holders = roleHolders(asked, withRoles);
      if (holdersByRole.size >= ROLE_HOLDERS_REMEMBERED) holdersByRole.delete(holdersByRole.keys().next().value as string);
      holdersByRole.set(key, holders);
    }
    return holders;
  };

  const corpus: Corpus = {
    articles,
    index,
    facts: factsOf,
    curatedRoleHolders,
    articleTerms,
    leadTerms,
    headerTerms,
    citation: (id: number): Citation => {
      const s = sentence(id);
      return { sentence: s.text, article: refOf(articles[s.article] as Article), paragraph: s.paragraph, sentenceIndex: s.index };
    },
    query: queryContext,
    vectors: options.vectors,
  };

  // Names as written in the articles plus curated people: autocomplete, suggestions, profiles.
  let directory: NameDirectory | undefined;
  const names = (): NameDirectory => {
    if (directory) return directory;
    const nameCounts = new Map(index.names);
    for (const article of articles) for (const person of article.people) nameCounts.set(person.name, (nameCounts.get(person.name) ?? 0) + CURATED_WEIGHT);
    directory = buildNameDirectory(nameCounts);
    return directory;
  };

  // Curated people: every name and alias (lower case, accents folded) → the person's name, and
  // each person's name → the articles that list them. A name or alias that curators give to two
  // different people ("Smith") is left out: it says nothing about which one is meant.
  let curated: { names: Map<string, string>; articles: Map<string, number[]>; any: Set<string> } | undefined;
  // A curated name as typed: in any case, and with or without the full stops of initials and
  // titles ("w h frohock", "mrs long").
  const curatedKey = (name: string): string => nameKey(name).replace(/\.(?=\s|,|$)/g, '');
  const curatedIndex = (): { names: Map<string, string>; articles: Map<string, number[]>; any: Set<string> } => {
    if (curated) return curated;
    const byName = new Map<string, string | null>();
    // (A short form is who it means only where no one is listed under it as written: "Jack" of one
    // story, beside "Mr. Jack" of another, is that Jack.)
    const byShortForm = new Map<string, string | null>();
    const add = (map: Map<string, string | null>, written: string, person: string): void => {
      const seen = map.get(curatedKey(written));
      map.set(curatedKey(written), seen === undefined || seen === person ? person : null);
    };
    const byArticle = new Map<string, number[]>();
    const listIn = (name: string, a: number): void => {
      const listed = byArticle.get(nameKey(name)) ?? [];
      if (!listed.includes(a)) listed.push(a);
      byArticle.set(nameKey(name), listed);
    };
    articles.forEach((article, a) => {
      for (const entry of article.people) {
        // ("Jeff Lawrence" of one story, an alias of Jefferson Lawrence in another: his.)
        const person = { ...entry, name: joinedName(entry.name) };
        // "Mr. Banks" is also who "Banks" means, when no one else listed goes by it.
        const forms = [entry.name, ...(entry.aliases ?? [])];
        // "John A. Notte" is also who "John A. Notte, Jr." is.
        const shortForms = [...forms.map(withoutHonorific), ...forms.map(withoutGeneration)].filter((bare) => !forms.includes(bare));
        for (const written of forms) add(byName, written, person.name);
        for (const written of shortForms) add(byShortForm, written, person.name);
        listIn(person.name, a);
        if (person.name !== entry.name) listIn(entry.name, a);
      }
    });
    for (const [written, person] of byShortForm) if (!byName.has(written)) byName.set(written, person);
    const names = new Map<string, string>();
    for (const [written, person] of byName) if (person !== null) names.set(written, person);
    curated = { names, articles: byArticle, any: new Set(byName.keys()) };
    return curated;
  };
  // One person two curators list under two names: the one story's entry is named as the other
  // story's curator gives an alias ("Jeff Lawrence" listed in one story, "Jefferson Lawrence" with
  // the alias "Jeff Lawrence" in another), and their roles may be one person's.
  let joined: Map<string, string> | undefined;
  /** The name of the person a curated name is one with, in another story's list; the name itself when none. */
  const joinedName = (name: string): string => {
    joined ??= joinedByAlias(articles, curatedKey);
    let at = name;
    // (Followed along a chain of such entries, at most once round each.)
    for (const seen = new Set<string>(); !seen.has(curatedKey(at)); ) {
      seen.add(curatedKey(at));
      const next = joined.get(curatedKey(at));
      if (next === undefined) break;
      at = next;
    }
    return at;
  };
  // The people curators list, the most written first: what the knowledge base is about, when a
  // question gives nothing better to suggest. (Not every capitalised word the text writes: "God" or
  // "South" said in passing, or a name a curator struck from the list.)
  let curatedTopNames: string[] | undefined;
  const curatedTop = (): string[] => {
    if (curatedTopNames) return curatedTopNames;
    const listed = new Map<string, number>();
    for (const article of articles) for (const person of article.people) listed.set(person.name, (listed.get(person.name) ?? 0) + 1);
    const weight = (name: string): number => (index.names.get(name) ?? 0) + CURATED_WEIGHT * (listed.get(name) ?? 0);
    // The people most stories are about first (their curators list them), then those written most:
    // not the figures one essay names on every line ("God", "Adam" of a sermon) before the poet
    // four stories are about.
    curatedTopNames = [...listed.keys()].sort((x, y) => (listed.get(y) ?? 0) - (listed.get(x) ?? 0) || weight(y) - weight(x) || (x < y ? -1 : x > y ? 1 : 0));
    return curatedTopNames;
  };
  const curatedNames = (): Map<string, string> => curatedIndex().names;
  /**
   * The one curated person a name or alias typed with a slip stands for ("felix grub" for the alias
   * "Felix Grubb"): the articles may never write the alias as a name of their own, so the name
   * directory cannot correct it. Two people it could be leave it undecided.
   */
  const curatedSlip = (typed: string): string | undefined => {
    const words = typed.trim().split(/\s+/).length;
    const people = new Set<string>();
    for (const [written, person] of curatedNames()) if (written.split(' ').length === words && typedAsName(typed, written)) people.add(person);
    return people.size === 1 ? [...people][0] : undefined;
  };
  const curatedIn = (): Map<string, number[]> => curatedIndex().articles;

  /** Articles whose text contains every word of a name. */
  const articlesNaming = (name: string): number[] => {
    const terms = tokenize(name)
      .filter((t) => !STOPWORDS.has(t.word))
      .map((t) => index.termId(t.stem));
    if (terms.length === 0 || terms.some((t) => t === undefined)) return [];
    const found = new Set<number>();
    const rarest = [...(terms as number[])].sort((x, y) => index.documentFrequency(x) - index.documentFrequency(y));
    for (const s of index.postings(rarest[0] as number)) {
      const own = new Set(index.sentenceTerms(s));
      if (rarest.every((t) => own.has(t))) found.add(index.articleOf(s));
    }
    return [...found].sort((x, y) => x - y);
  };

  /**
   * "/who Washington": a name a town bears, asked of a "who", is the one person the curators list
   * under it as a surname ("George Washington"), not the town.
   */
  const listedAfterPlace = (bare: string): string | undefined => {
    if (!lookupPlace(bare)) return undefined;
    const ending = ` ${bare.trim().toLowerCase()}`;
    const listed = [...new Set(curatedNames().values())].filter((person) => person.toLowerCase().endsWith(ending) && curatedType({ name: person }) === 'person');
    return listed.length === 1 ? listed[0] : undefined;
  };

  /**
   * The profile of a woman asked by a courtesy title and a surname ("Mrs. DePugh") when the person
   * found under that surname is a man: one whose own name holds no such title, and whom the
   * paragraphs that name him call "he" far more often than "she". Her sentences are those that write
   * the title and surname as asked; undefined when she is not the one asked, or no sentence writes her.
   */
  const wifeOf = (typed: string, found: EntitySummary, citations: readonly Citation[], mentioned: readonly number[]): Omit<Profile, 'others'> | undefined => {
    const title = WOMAN_TITLE.exec(typed.trim());
    if (!title || WOMAN_TITLE.test(found.name) || found.type !== 'person') return undefined;
    let male = 0;
    let female = 0;
    for (const paragraph of new Set(citations.map((c) => kb.context(c)))) {
      male += paragraph.match(HE_WORDS)?.length ?? 0;
      female += paragraph.match(SHE_WORDS)?.length ?? 0;
    }
    const man = male >= MAN_PRONOUNS && female * MAN_SHARE < male;
    const surname = typed.trim().slice(title[0].length).trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}])${title[1]?.toLowerCase()}\\.?\\s+${surname}(?![\\p{L}\\p{M}])`, 'u');
    const sentences: Citation[] = [];
    const writing = new Set<number>();
    let written: string | undefined;
    for (const a of mentioned) {
      for (const s of index.articleSentences(a)) {
        const text = sentence(s).text;
        const m = pattern.exec(text.toLowerCase());
        if (!m) continue;
        written ??= text.slice(m.index, m.index + m[0].length);
        sentences.push(corpus.citation(s));
        writing.add(a);
      }
    }
    // (Else her own sentences say so: "Mrs. DePugh … her husband's organization", or the stories
    // write "Mr." with the surname too.)
    const husband = new RegExp(`(?<![\\p{L}\\p{M}])mr\\.?\\s+${surname}(?![\\p{L}\\p{M}])`, 'u');
    const married = (): boolean =>
      sentences.some((c) => HER_HUSBAND.test(c.sentence)) || mentioned.some((a) => index.articleSentences(a).some((s) => husband.test(sentence(s).text.toLowerCase())));
    if (written === undefined || !(man || married())) return undefined;
    return { name: written, type: 'person', roles: [], aliases: [], articles: [...writing].map((a) => refOf(articles[a] as Article)), sentences: sentences.slice(0, 10) };
  };

  // The sentences a timeline of a topic reads, story by story: a story about the topic — its
  // headline or lead names it — all its sentences; another story only those that name the topic
  // themselves (a story that mentions Cuba once is no timeline of Cuba).
  const topicSentences = (topic: string): { article: number; sentences: number[] }[] => {
    const groups = queryGroups(topic, queryContext).map((g) => ({ ...g, alternatives: g.alternatives.filter((alt) => !cutPhrasalVerb(alt)) }));
    if (groups.length === 0) return [];
    const stories: { article: number; sentences: number[] }[] = [];
    articles.forEach((_, a) => {
      if (coverage(groups, groupMatches(groups, articleTerms(a))) < 0.5) return;
      const about = coverage(groups, groupMatches(groups, leadTerms(a))) >= 0.99;
      const sentences = index.articleSentences(a).filter((s) => about || coverage(groups, groupMatches(groups, new Set(index.sentenceTerms(s)))) >= 0.5);
      if (sentences.length > 0) stories.push({ article: a, sentences });
    });
    return stories;
  };

  const kb: KnowledgeBase = {
    articles,

    topicStories(topic: string): ArticleRef[] {
      return topic.trim() === '' ? [] : topicSentences(topic.trim()).map((story) => refOf(articles[story.article] as Article));
    },
    sentenceCount: index.size,

    ask(typed: string, askOptions: AskOptions & AnswerOptions = {}): AskResult {
      // "who is s.k. ratcliffe" asks about S. K. Ratcliffe.
      const question = spaceInitials(typed, (phrase) => names().exact(phrase) !== undefined);
      // "where was greer garsen born" asks about Greer Garson, as the question spelt right does
      // (the result still shows the question as it was typed).
      const mended = mendNames(question, (word) => names().complete(word, 25, false), (word) => tokenize(word).every((t) => STOPWORDS.has(t.word) || index.vocabulary.has(t.word)));
      const result = answerQuestion(mended, corpus, askOptions, (closestArticle) => suggestionsFor(mended, closestArticle));
      return mended === question ? result : { ...result, question };
    },

    timeline(topic: string, range: { from?: IsoDate; to?: IsoDate } = {}): TimelineEvent[] {
      const wanted = topic.trim();
      let candidates: number[];
      if (wanted === '') {
        candidates = articles.flatMap((_, a) => index.articleSentences(a));
      } else {
        candidates = topicSentences(wanted).flatMap((story) => story.sentences);
      }
      const events: TimelineEvent[] = [];
      for (const s of candidates) {
        const cited = sentence(s);
        if (UNREAL.test(cited.text)) continue;
        const published = (articles[cited.article] as Article).published;
        const dates = eventDates(s);
        // A sentence of two dates ("a daughter in 1940 and a son in 1944") is on the timeline of
        // each one's year: by each of its dates within the range asked for.
        // (A date that runs past the range on both sides — "the 1950s" of `/timeline 1951` — says
        // only that it happened somewhere in a longer time: no event of the range asked for.)
        const inRange = (d: ResolvedDate): boolean =>
          !(range.from && (d.end ?? d.start ?? '') < range.from) && !(range.to && (d.start ?? '') > range.to) && !(range.from && range.to && (d.start ?? '') < range.from && (d.end ?? d.start ?? '') > range.to);
        // An undated lead that reports something ("The United States has rejected …") in a story
        // of its days tells what happened by the day of publication: that is its date on a
        // timeline. An essay's, a review's or a memoir's undated opening ("From the beginning of
        // his career, X has adopted …", "our very first day … turned out …") is no event of that day.
        const report = dates.length === 0 && s === leadOf(cited.article) && reportsEvent(cited.text) && !writesYearBeforeCommonEra(cited.text) && newsOfItsDays(cited.article) ? { text: 'date of the report', grain: 'day' as const, start: published, end: published, label: formatDay(published) } : undefined;
        // "Volume 1 was completed in 1941 and published in 1944": two dates of two events, on the
        // timeline under each (a date within one already listed, "April" of "April 1980", is the same).
        const listed: ResolvedDate[] = [];
        for (const date of dates.length > 0 ? dates : report === undefined ? [] : [report]) {
          // A heading "Tuesday", a line of talk ""Tomorrow."": a date and nothing that happens on it.
          if (!date.start || onlyWords(cited.text, date.text) || !inRange(date)) continue;
          if (listed.some((d) => (d.start ?? '') <= (date.end ?? date.start ?? '') && (date.start ?? '') <= (d.end ?? d.start ?? ''))) continue;
          listed.push(date);
          events.push({ date, citation: corpus.citation(s) });
        }
      }
      return events.sort(
        (x, y) =>
          (x.date.start ?? '').localeCompare(y.date.start ?? '') ||
          (x.date.end ?? '').localeCompare(y.date.end ?? '') ||
          x.citation.article.id.localeCompare(y.citation.article.id) ||
          x.citation.sentenceIndex - y.citation.sentenceIndex,
      );
    },

    profile(name: string): Profile | undefined {
      // "Martin", the curators' alias of two people: the name itself, which each of them bears (not
      // the name the directory completes it to, "Virginia Martin", whom no curator calls so).
      const sharedAlias = (typed: string): string | undefined => (curatedIndex().any.has(curatedKey(typed)) && !curatedNames().has(curatedKey(typed)) ? typed.trim() : undefined);
      // A curator's name or alias is who the curator says it is ("the Hetman" is Victor Watson),
      // before any spelling the articles use.
      // "Mr. Steinberg": the person a curator lists under that surname, when only one is.
      // "the Commission": the entry a curator lists as "Commission".
      const bare = withoutHonorific(name.replace(/^the\s+/i, ''));
      const typedFor = curatedNames().get(curatedKey(name)) ?? (bare === name ? undefined : curatedNames().get(curatedKey(bare))) ?? listedAfterPlace(bare) ?? sharedAlias(bare) ?? names().exact(name) ?? curatedSlip(name) ?? names().resolve(name);
      // "Remember Fanny Brice", read from the text where the list has "Fanny Brice": a struck name
      // that holds a name listed in the stories that write it is that person.
      const resolved = typedFor !== undefined && struck(typedFor) ? (listedWithin(typedFor) ?? typedFor) : typedFor;
      if (!resolved) return undefined;
      const wanted = resolved.toLowerCase();
      const asked = bare.trim().toLowerCase();
      // The articles that write the name, and those whose people list holds it.
      // (And those that write the name as asked, when it stands for someone else too: "Jack".)
      const asWrittenToo = bare.trim().toLowerCase() !== resolved.toLowerCase() ? [...articlesNaming(bare), ...(curatedIn().get(nameKey(bare)) ?? [])] : [];
      const mentioned = [...new Set([...articlesNaming(resolved), ...(curatedIn().get(nameKey(resolved)) ?? []), ...asWrittenToo])].sort((x, y) => x - y);
      // Per full name, the person so named in each article: "Kennedy" of one story and "John
      // Pendleton Kennedy" of another may be two people, and their roles are not merged.
      const byName = new Map<string, { entity: EntitySummary; articles: number[] }>();
      for (const a of mentioned) {
        const entities = articleEntities(contextOf(a));
        // The person so named, else so aliased, else one whose surname it is ("Borden" is Mr. Borden
        // when the curator took the alias from Lizzie Borden).
        // Two of one story may bear it ("Julio Martinez" and "Juan Jose Martinez", "Fitzgerald" and
        // "F. Scott Fitzgerald"): each is someone, the one so named first.
        // (By the name as asked, too: "Martinez" resolves to one of them.)
        const forms = [...new Set([wanted, asked])];
        const matching = [
          // ("Jack" of one story, when "Jack" is also Mr. Jack's alias in another: the name as asked too.)
          ...entities.filter((e) => forms.includes(e.name.toLowerCase())),
          ...entities.filter((e) => e.aliases.some((alias) => forms.includes(alias.toLowerCase()))),
          // (Listed here under a name another story's list gives as an alias of the one asked: "Jeff Lawrence".)
          ...entities.filter((e) => joinedName(e.name) !== e.name && forms.includes(joinedName(e.name).toLowerCase()) && (articles[a] as Article).people.some((p) => curatedKey(p.name) === curatedKey(e.name))),
          // (A body or place with no role bears no surname: "Church" is not the last word of "Roman
          // Catholic Church" as it is Marguerite Church's; `/who Church` asks for someone so called.)
          ...entities.filter((e) => forms.some((form) => e.name.toLowerCase().endsWith(` ${form}`)) && (e.type === 'person' || e.roles.length > 0)),
        ].filter((e, i, all) => all.indexOf(e) === i);
        for (const read of matching) {
          // (A bare title the curator gave, "Chairman" beside "Soviet leader", says what someone is
          // called, not who; one read from the text of a story whose list leaves the name out, "Queen
          // Anne chairs", still tells them apart.)
          const listedHere = (articles[a] as Article).people.some((p) => curatedKey(p.name) === curatedKey(read.name));
          // ("Jeff Lawrence" of a story's list, whom another's lists as Jefferson Lawrence: him, so called there.)
          const one = listedHere ? joinedName(read.name) : read.name;
          const entity = one === read.name ? read : { ...read, name: one, aliases: [...read.aliases, read.name] };
          // "Mary" of one story, John Calvin's sister, and "Mary" of another, Shelley's companion:
          // a name of one word, given roles that share no word, is two people.
          let key = entity.name.toLowerCase();
          const rolesOf = (roles: readonly string[]): readonly string[] => (listedHere ? titlesLeftOut(roles) : roles);
          for (let n = 1; !/\s/.test(entity.name) && byName.has(key) && !sameOne(rolesOf(byName.get(key)?.entity.roles ?? []), rolesOf(entity.roles)); n++) key = `${entity.name.toLowerCase()}#${n}`;
          const group = byName.get(key);
          if (!group) byName.set(key, { entity: { ...entity, roles: [...entity.roles], aliases: [...entity.aliases] }, articles: [a] });
          else {
            if (!group.articles.includes(a)) group.articles.push(a);
            for (const role of entity.roles) if (!group.entity.roles.includes(role)) group.entity.roles.push(role);
            for (const alias of entity.aliases) if (!group.entity.aliases.includes(alias)) group.entity.aliases.push(alias);
          }
        }
      }
      // A struck name the extraction never took for anyone ("God" of "My God", "Oh God, no", with no
      // title or verb of saying beside it) is all there is too: the stories that write it, no roles.
      if (byName.size === 0 && struck(resolved)) {
        // ("Friday": only the stories that write a weekday or month as a name, "he has become Friday
        // on Dragnet", not as a day, "on a Friday", "on Good Friday".)
        const writing = articlesNaming(resolved).filter((a) => !CALENDAR_NAME.test(resolved) || index.articleSentences(a).some((s) => writesDayAsName(sentence(s).text, resolved, (articles[a] as Article).published)));
        if (writing.length > 0) byName.set(wanted, { entity: { name: resolved, type: 'person', roles: [], aliases: [] }, articles: writing });
      }
      // A name the curators struck from every people list that could hold it ("Rabbi Jastrow", read
      // from the text, where the list has Morris and Joseph Jastrow) is no one to show, unless it is all there is.
      // (Struck in the stories it was read from, though another story's list has the name: "Anne" of
      // "Queen Anne chairs", where the list has no Anne, is no one beside the Anne listed elsewhere.)
      const listed = [...byName.values()].filter((g) => !struck(g.entity.name) && !struckWhereRead(g.entity, g.articles));
      const groups = listed.length > 0 ? listed : [...byName.values()];
      // The person written with the very name asked, else the one most articles name.
      const asWritten = byName.get(wanted);
      // Asked by a curator's alias ("Larry" for one story's Charlie), the person of the story whose
      // list gives it, not someone else of that name in another story (a Charlie on vacation).
      const byAlias = asked === wanted ? [] : mentioned.filter((a) => (articles[a] as Article).people.some((p) => p.name.toLowerCase() === wanted && (p.aliases ?? []).some((alias) => curatedKey(alias) === curatedKey(bare))));
      const listedWithAlias = byAlias.length === 0 ? undefined : groups.find((g) => g.articles.some((a) => byAlias.includes(a)));
      // Else one the curators call by the name asked ("Martin", alias of David Martin and of Dean
      // Martin) before one it is only the surname of (Virginia Martin); then the one written of most.
      const curatedAs = (g: { entity: EntitySummary; articles: number[] }): boolean =>
        g.articles.some((a) => (articles[a] as Article).people.some((p) => p.name.toLowerCase() === g.entity.name.toLowerCase() && [p.name, ...(p.aliases ?? [])].some((form) => curatedKey(form) === curatedKey(bare))));
      const writtenOf = (g: { entity: EntitySummary; articles: number[] }): number => {
        const writes = namesWritten([g.entity.name, ...g.entity.aliases]);
        return g.articles.flatMap((a) => index.articleSentences(a)).filter((s) => writes(sentence(s).text)).length;
      };
      const ranked = groups.length < 2 ? groups : groups.map((g) => ({ g, alias: curatedAs(g), written: writtenOf(g) })).sort((x, y) => Number(y.alias) - Number(x.alias) || y.g.articles.length - x.g.articles.length || y.written - x.written).map((r) => r.g);
      const chosen = listedWithAlias ?? (asWritten && groups.includes(asWritten) ? asWritten : undefined) ?? ranked[0];
      // Shown because it is all there is, it goes without the roles read from the text: the curator,
      // who left it off the list, confirmed none of them ("God", "Mr. Speaker" read from "Mr. Speaker, God bless you").
      const found = chosen && listed.length === 0 ? { ...chosen.entity, roles: [] } : chosen?.entity;
      const inArticles = chosen?.articles ?? [];
      // Others who are someone: with a role, on a curator's list, or named in full more than once —
      // not "American Fitzgerald", read once from "an American Fitzgerald".
      const someone = (g: { entity: EntitySummary; articles: number[] }): boolean => {
        if (g.entity.roles.length > 0 || curatedNames().has(curatedKey(g.entity.name))) return true;
        const writes = namesWritten([g.entity.name]);
        return g.articles.flatMap((a) => index.articleSentences(a)).filter((s) => writes(sentence(s).text)).length > 1;
      };
      // (When every one of them was struck, the one shown is all there is: no others struck beside it.)
      const others = (listed.length > 0 ? ranked : []).filter((g) => g !== chosen && someone(g)).map((g) => ({ name: g.entity.name, ...(g.entity.roles[0] === undefined || listed.length === 0 ? {} : { role: g.entity.roles[0] }), articles: g.articles.map((a) => refOf(articles[a] as Article)) }));
      if (!found) return undefined;
      const entity = found;
      const citations: Citation[] = [];
      for (const a of inArticles) {
        // (Not "Conductor Egon Valtari", read with his title: a form that holds the full name is his.)
        const own = namePattern([entity.name]);
        const others = articleEntities(contextOf(a))
          .filter((e) => e.name !== entity.name)
          .flatMap((e) => [e.name, ...e.aliases])
          .filter((form) => !own?.test(form.toLowerCase()));
        const writesName = namesWritten([entity.name, ...entity.aliases], others);
        const listed = new Set((articles[a] as Article).people.map((p) => p.name));
        let before = '';
        // The pronoun the sentence before was cited by, if it was: "She …" after "She …" of her.
        let citedBy: string | undefined;
        const inArticle = index.articleSentences(a);
        inArticle.forEach((s, i) => {
          const text = sentence(s).text;
          // A heading line ("Congresswoman Church" over a letter about her): a paragraph of its own
          // that ends without a stop and is mostly capitalised says nothing of the person.
          const paragraph = sentence(s).paragraph;
          const alone = [inArticle[i - 1], inArticle[i + 1]].every((n) => n === undefined || sentence(n).paragraph !== paragraph);
          if (alone && headingLine(text)) {
            before = text;
            citedBy = undefined;
            return;
          }
          // "… George Treadwell will be honored … He is the sexton of the church.": a sentence opened
          // by "he" or "she" right after one that names the person, and no one else the curator
          // lists, says what the story says of them too, often the role itself.
          const pronoun = writesName(text) ? undefined : OPENING_PRONOUN.exec(text)?.[1]?.toLowerCase();
          const meant = pronoun === undefined ? undefined : antecedentOf(corpus, s, pronoun, { listed, reach: 1 });
          // ("Irene suits suit her figure. She also likes …": a sentence that has a "her" of its own
          // beside the name leaves open whom the "she" after it is.)
          // ("His friend Jane was with him. She was wise enough … She was the widow of a writer …":
          // the same pronoun opening the sentence after one it opened of her, in the same paragraph,
          // with no one named and no other "she" between, goes on telling of her.)
          const previous = inArticle[i - 1];
          const goesOn =
            pronoun !== undefined &&
            citedBy === pronoun &&
            previous !== undefined &&
            sentence(previous).paragraph === paragraph &&
            factsOf(previous).entities.every((e) => e.type !== 'person') &&
            !SAME_SEX_PRONOUN[pronoun as 'he' | 'she'].test(before.replace(OPENING_PRONOUN, ' '));
          const cited = pronoun === undefined ? writesName(text) : goesOn || (meant?.name === entity.name && !otherSex(before, meant.text, pronoun) && !SAME_SEX_PRONOUN[pronoun as 'he' | 'she'].test(before));
          if (cited) citations.push(corpus.citation(s));
          citedBy = cited ? pronoun : undefined;
          before = text;
        });
      }
      // "Mrs. DePugh", asked of a story that lists only her husband ("DePugh" is Robert Bolivar
      // DePugh's alias): a woman's courtesy title before the surname of a man the stories call "he"
      // is his wife, not him — her own sentences, with him named as another.
      const wife = wifeOf(name, entity, citations, mentioned);
      if (wife) return { ...wife, others: [{ name: entity.name, ...(entity.roles[0] === undefined ? {} : { role: entity.roles[0] }), articles: inArticles.map((a) => refOf(articles[a] as Article)) }, ...others] };
      return {
        name: entity.name,
        type: entity.type,
        roles: withoutContainedRoles(entity.roles),
        // (The struck name it was asked by is how the text wrote them.)
        aliases: typedFor !== undefined && typedFor !== resolved && !entity.aliases.includes(typedFor) ? [...entity.aliases, typedFor] : entity.aliases,
        articles: inArticles.map((a) => refOf(articles[a] as Article)),
        sentences: leadingSentences(citations, entity).slice(0, 10),
        ...(others.length === 0 ? {} : { others }),
        ...(listed.length === 0 ? { unlisted: true as const } : {}),
      };
    },

    personNamed(text: string): string | undefined {
      const written = text.normalize('NFKC');
      const tokens = tokenize(written);
      // ("book" is a word before it is Fredrik Book; "rayburn" is no word but a name, and
      // "steinberg", a noun WordNet knows first as one person, no common word.)
      const lexicon = options.lexicon;
      const isWord = (word: string): boolean => lexicon?.has?.(word) === true && lexicon.namesSomeone?.(word) !== true;
      for (let size = Math.min(PERSON_NAME_WORDS, tokens.length); size >= 1; size--) {
        for (let i = 0; i + size <= tokens.length; i++) {
          const first = tokens[i] as Token;
          const span = written.slice(first.start, (tokens[i + size - 1] as Token).end);
          // ("richards mom": a possessive typed without its apostrophe is Richard's, when no one is listed as "Richards".)
          const bareS = /[^\s'’s]s$/i.test(span) ? span.slice(0, -1) : undefined;
          const listed = (form: string): string | undefined => curatedNames().get(curatedKey(form)) ?? curatedNames().get(curatedKey(withoutHonorific(form)));
          const person = listed(span) ?? (bareS === undefined ? undefined : listed(bareS));
          // (The lexicon is asked only of a lone word that names someone listed.)
          const word = person !== undefined && listed(span) === undefined ? first.word.replace(/s$/, '') : first.word;
          if (person === undefined || (size === 1 && !first.capitalized && (STOPWORDS.has(word) || isWord(word)))) continue;
          // "the Continental Congress" is no one "he" or "she" could be.
          if (curatedType({ name: person }) === 'person') return person;
        }
      }
      return undefined;
    },

    complete(_kind: 'name' | 'topic', prefix: string, limit = 25): string[] {
      return names().complete(prefix, Math.min(Math.max(limit, 0), 25));
    },

    context(citation: Citation): string {
      const a = byId.get(citation.article.id);
      const article = a === undefined ? undefined : articles[a];
      return article?.paragraphs[citation.paragraph] ?? citation.sentence;
    },

    sources(): ArticleRef[] {
      return articles.map(refOf);
    },

    keySentences(articleId: string, count: number): Citation[] {
      const a = byId.get(articleId);
      if (a === undefined || count <= 0) return [];
      // The lead is the first sentence that says something: not a heading the text opens with ("Sentiment.").
      const lead = leadOf(a);
      if (lead === undefined) return [];
      const rest = index.articleSentences(a).filter((s) => s !== lead);
      // Informative = rare words, names, dates and numbers; quotes of a single speaker say less.
      const informativeness = (s: number): number => {
        let score = 0;
        for (const t of index.sentenceTerms(s)) score += Math.min(index.idf(t), 8);
        const facts = factsOf(s);
        return score / Math.sqrt(1 + index.sentenceLength(s)) + 2 * facts.dates.length + facts.entities.length + facts.numbers.length;
      };
      // A speaker's label or a heading ("Mr. Lindsay.") says nothing on its own, however rare its
      // words: after every sentence that does.
      const chosen = rest
        .map((s) => ({ s, score: isHeading(sentence(s).text) ? -Infinity : informativeness(s) }))
        .sort((x, y) => y.score - x.score || x.s - y.s)
        .slice(0, count - 1)
        .map((x) => x.s)
        .sort((x, y) => x - y);
      return [lead, ...chosen].map((s) => corpus.citation(s));
    },
  };

  /**
   * The names a word of a question stands for. A word the question writes as a whole name ("iran")
   * means that name, not the longer ones starting with it ("Iranian", "Iran-Iraq"); only a word that
   * is no name's whole word is taken as a name begun ("mottak" → Manouchehr Mottaki).
   */
  function completedName(word: string): string[] {
    const completed = names().complete(word, COMPLETION_POOL, false);
    const whole = completed.filter((name) => nameKey(name).split(/\s+/).includes(word));
    return (whole.length > 0 || word.length < NAME_BEGUN_LENGTH ? whole : completed).slice(0, 3);
  }

  /**
   * Names to suggest after "I don't know" or "I'm not sure": names the question types, then the
   * people of the story whose sentence was shown as the closest (`closestArticle`) and of the stories
   * sharing the question's rarer words, then the names the knowledge base is most about.
   */
  /**
   * A word of English typed in lower case ("price" of "price of wheat", "paris" of "delay in paris"):
   * that word, not a name, unless English knows it first as one person ("steinberg").
   */
  function plainWord(token: Token, question: readonly Token[]): boolean {
    if (token.capitalized || options.lexicon?.has?.(token.word) !== true || options.lexicon.namesSomeone?.(token.word) === true) return false;
    // ("new" of "new york" is part of a name: a word beside it that English writes only as a name.)
    const at = question.indexOf(token);
    return ![question[at - 1], question[at + 1]].some((t) => t !== undefined && !STOPWORDS.has(t.word) && options.lexicon?.onlyName?.(t.word) === true);
  }

  /** The stories whose sentences write a term (its postings' articles). */
  function articlesWriting(term: number): Set<number> {
    const writing = new Set<number>();
    for (const s of index.postings(term)) writing.add(index.articleOf(s));
    return writing;
  }
  const writesAsWord = (s: number, stem: string): boolean => {
    const text = sentence(s).text;
    const quick = writesAsPlainWord(text, stem);
    if (quick !== undefined) return quick;
    // (tokenizeOnce: hundreds of sentences a question, which would flush the memo of the
    // candidates' texts that answering reads again.)
    const words = tokenizeOnce(text);
    const capital = (t: Token | undefined): boolean => t !== undefined && !STOPWORDS.has(t.word) && STARTS_UPPER.test(text.charAt(t.start));
    const joined = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && /^\s+$/.test(text.slice(a.end, b.start)) && capital(a) && capital(b);
    return words.some((t, i) => t.stem === stem && !joined(words[i - 1], t) && !joined(t, words[i + 1]));
  };
  /**
   * The sentences that write a plain word's stem as a word of their own (see `writesAsWord`), and
   * their stories, remembered per stem: the same for every question asked of this knowledge base
   * (a reload builds a new one).
   */
  const plainWriters = boundedCache(PLAIN_WRITERS_REMEMBERED, (stem: string): { sentences: ReadonlySet<number>; stories: ReadonlySet<number> } => {
    const sentences = new Set<number>();
    const stories = new Set<number>();
    const term = index.termId(stem);
    if (term === undefined) return { sentences, stories };
    for (const s of index.postings(term)) {
      if (!writesAsWord(s, stem)) continue;
      sentences.add(s);
      stories.add(index.articleOf(s));
    }
    return { sentences, stories };
  });

  let togetherScratch: { weight: Float64Array; words: Int32Array; touched: number[] } | undefined;
  function suggestionsFor(question: string, closestArticle?: number): string[] {
    const related = new Set<string>();
    const questionTokens = tokenize(question.normalize('NFKC'));
    const tokens = questionTokens.filter((token) => !STOPWORDS.has(token.word) && token.word.length >= 3);
    // A name the question starts to type ("mottak" → Manouchehr Mottaki); a common word ("side")
    // completes to names only by chance ("North Side").
    const wordCase = options.lexicon?.wordCase?.bind(options.lexicon);
    // A word of a name the question writes in full ("william" of "william steinberg") stands for
    // that name, not for every other William.
    const inFullName = new Set<string>();
    for (let i = 0; i + 1 < questionTokens.length; i++) {
      for (let end = Math.min(questionTokens.length, i + 4); end >= i + 2; end--) {
        const phrase = questionTokens.slice(i, end);
        const typed = phrase.map((t) => t.word).join(' ');
        const listedAs = curatedNames().get(curatedKey(typed));
        if (names().exact(typed) === undefined && listedAs === undefined) continue;
        for (const t of phrase) inFullName.add(t.word);
        // "cyril ring", whom the curator lists only as "Mrs. Cyril Ring": the name as listed, offered
        // (perhaps not the one meant, so not answered for).
        if (listedAs !== undefined) related.add(listedAs);
        break;
      }
    }
    for (const token of tokens) {
      if (inFullName.has(token.word)) continue;
      const completed = completedName(token.word);
      // A name typed with a letter wrong ("koussevitsky"): the names of the closest spelling the
      // articles use, when that spelling is a name and not a common word ("did you mean …").
      // (A word the articles write is spelt as they spell it; the spellings are those the answer
      // looked up already, so they come from the cache.)
      if (completed.length === 0 && token.word.length >= MISSPELT_NAME_LENGTH && !index.vocabulary.has(token.word) && wordCase?.(token.word) !== 'common') {
        // (A word the dictionary knows, "berlin", is no slip: only another form of it, "lenins" →
        // "lenin", not a name a letter or two away, "Berman".)
        const known = options.lexicon?.has?.(token.word) === true;
        for (const match of fuzzy().closest(token.word, token.capitalized ? 6 : 2)) {
          if (wordCase?.(match.word) === 'common' || (known && stemOf(match.word) !== token.stem)) continue;
          // ("lenins" → "lenin": Lenin, not also Leningrad, which only begins with it.)
          const meant = completedName(match.word).slice(0, 2);
          for (const name of meant) related.add(name);
          if (meant.length > 0) break;
        }
      }
      // (The dictionary is asked only when there is a name to keep: its first look at a word costs more.)
      if (completed.length === 0 || wordCase?.(token.word) === 'common') continue;
      // "new" of "new york" is no "New Orleans": a word right beside it that English writes only as
      // a name ("york") makes the two one name, and a name without that word is someone else's.
      const at = questionTokens.indexOf(token);
      const beside = [questionTokens[at - 1], questionTokens[at + 1]].filter((t): t is Token => t !== undefined && !STOPWORDS.has(t.word) && options.lexicon?.onlyName?.(t.word) === true);
      // A word of English typed in lower case ("price of wheat", "delay in paris", "new furniture
      // line") is that word, not a name that merely holds it ("Price Daniel", "Norman Paris", "New
      // York …"): only a name that is the word itself, unless English knows the word first as one
      // person ("steinberg").
      const plain = plainWord(token, questionTokens);
      for (const name of completed) if ((!plain || nameKey(name) === token.word) && beside.every((t) => nameKey(name).split(/\s+/).includes(t.word))) related.add(name);
    }
    // The people of the stories that share the question's rarer words ("who founded guideposts" →
    // the Guideposts story's people), before the names the whole knowledge base mentions most.
    // Each word counts as much as it is rare among the stories (the log of how many stories there
    // are to how many write it): a word only a few stories write says what the question is about,
    // one many write ("time", "buy" in a small knowledge base, where every word is rare by sentences)
    // says little. Words in too many sentences are not looked up (they say little, and cost much).
    const rare = [...new Set(tokens.map((token) => token.stem))]
      .map((stem) => ({ stem, term: index.termId(stem) }))
      .filter((t): t is { stem: string; term: number } => t.term !== undefined && index.documentFrequency(t.term) <= RELATED_TERM_LIMIT);
    // (A plain word shares a story only where the story does not write it inside a name of
    // several capitalised words: "price" of "price of wheat" is not the "Price" of the story's
    // "Price Daniel"; "the Vagabonds", "in Dallas" still are "vagabonds", "dallas".)
    // Only a word some name of two words or more holds ("price" of "Price Daniel") needs its
    // stories' sentences read: the name directory says so at once, and most plain words ("wheat")
    // are in no name.
    const inLongerName = (t: Token): boolean => {
      const holding = names().complete(t.word, NAME_WORD_PROBE, false);
      return (
        holding.length >= NAME_WORD_PROBE ||
        holding.some((name) => {
          const words = nameKey(name).split(/\s+/);
          return words.length > 1 && words.some((w) => stemOf(w) === t.stem);
        })
      );
    };
    // (A word of a name the question writes in full, "pennsylvania" of "the pennsylvania gazette",
    // is that name's word: the story that writes the name shares it.)
    const plainStems = new Set(tokens.filter((t) => !inFullName.has(t.word) && plainWord(t, questionTokens) && inLongerName(t)).map((t) => t.stem));
    // (A plain word's sentences are those that write it as a word of their own.)
    const shared: Array<{ stem: string; term: number; rarity: number; sentences: ReadonlySet<number> | undefined }> = [];
    for (const { stem, term } of rare) {
      const plain = plainStems.has(stem) ? plainWriters(stem) : undefined;
      const writing = plain?.stories ?? articlesWriting(term);
      if (writing.size === 0) continue;
      const rarity = Math.log(articles.length / writing.size);
      shared.push({ stem, term, rarity, sentences: plain?.sentences });
    }
    // What the best sentence of each story holds of the question's words, each by its rarity; and
    // the stories one of whose sentences holds two of them (or a word of a name the knowledge base
    // knows, "khrushchev", or the one word it writes at all). The question's words scattered over
    // a long story ("won", "world", "series" and "1961" of "who won the world series in 1961",
    // each in another sentence of a story about churches) do not make it the story the question is
    // about; a story that writes them together is.
    const nameStems = new Set(tokens.filter((t) => inFullName.has(t.word) || names().exact(t.word) !== undefined).map((t) => t.stem));
    const together = (): { most: Map<number, number>; about: Set<number> } => {
      // (Per sentence id, in arrays kept between questions: each entry this question touches is
      // cleared before it returns.)
      if (togetherScratch === undefined || togetherScratch.words.length < index.idLimit) togetherScratch = { weight: new Float64Array(index.idLimit), words: new Int32Array(index.idLimit), touched: [] };
      const { weight, words, touched } = togetherScratch;
      for (const word of shared) {
        const counts = nameStems.has(word.stem) ? RELATED_TOGETHER : 1;
        for (const s of index.postings(word.term)) {
          if (word.sentences !== undefined && !word.sentences.has(s)) continue;
          if (words[s] === 0) touched.push(s);
          weight[s] = (weight[s] as number) + word.rarity;
          words[s] = (words[s] as number) + counts;
        }
      }
      const most = new Map<number, number>();
      const about = new Set<number>();
      const needed = Math.min(RELATED_TOGETHER, shared.length);
      for (const s of touched) {
        const a = index.articleOf(s);
        most.set(a, Math.max(most.get(a) ?? 0, weight[s] as number));
        if ((words[s] as number) >= needed) about.add(a);
        weight[s] = 0;
        words[s] = 0;
      }
      touched.length = 0;
      return { most, about };
    };
    // The stories whose best sentence holds most (then by id: the same choice in a reloaded index
    // as in a fresh one): their people, or the headline of a story that names no one ("why store
    // wine on its side" → the wine story, not a gangster's "North Side"). A story holding less than
    // half as much as the best lends nothing. With a closest sentence shown, the question is about
    // its story, as the user sees (whose people come first: "how many astronots are on the
    // station", shown the crew sentence of the station story, is offered that story's people), and
    // another story lends its people only when a sentence of it holds more of the question than
    // any of the shown story's: not a cottage story that shares "buy" with "what did Podger buy at
    // the auction".
    const { most, about } = together();
    const holding = [...most].filter(([a]) => a === closestArticle || about.has(a));
    const best = Math.max(0, ...holding.map(([, w]) => w));
    const anchor = closestArticle === undefined ? 0 : (most.get(closestArticle) ?? 0);
    const sharing = holding
      .filter(([a, w]) => w > 0 && w >= best * RELATED_SHARE && (closestArticle === undefined || a === closestArticle || w > anchor))
      .sort((x, y) => y[1] - x[1] || ((articles[x[0]] as Article).id < (articles[y[0]] as Article).id ? -1 : 1))
      .slice(0, RELATED_STORIES)
      .map(([a]) => a);
    const stories = closestArticle === undefined ? sharing : [closestArticle, ...sharing.filter((a) => a !== closestArticle)];
    for (const a of stories) {
      const article = articles[a] as Article;
      if (article.people.length === 0) related.add(article.title);
      for (const person of byRelevance(a, article.people, shared).slice(0, RELATED_PEOPLE)) related.add(person.name);
    }
    // "January", "Saturday": capitalised, but no one to ask about.
    // The names the knowledge base is most about, only when nothing relates to the question (see
    // `offer` below): beside the people of the story it is about, others read as unrelated ("Krim"
    // for a horse race).
    const known = curatedTop();
    const fallback = [...(known.length > 0 ? known.slice(0, FALLBACK_NAMES) : names().top(FALLBACK_NAMES)), ...articles.slice(0, 3).map((a) => a.title)];
    const listed = [...new Set([...related, ...fallback].filter((name) => !CALENDAR_WORD.test(name)))];
    // "Crocker" beside "Ryan Crocker" is one person: the full name only. A name the question
    // already writes in full ("who is Elector") is what went unanswered: no suggestion.
    const asked = ` ${questionTokens.map((t) => t.word).join(' ')} `;
    // (Most names share no word with the question: only those are tokenised.)
    const writtenInQuestion = (name: string): boolean =>
      asked.includes(name.slice(0, 2).toLowerCase()) && asked.includes(` ${tokenize(name).map((t) => t.word).join(' ')} `);
    // ("Mr. Steinberg" beside "William Steinberg" too.)
    const partOf = (name: string): boolean => {
      const bare = withoutHonorific(name);
      return listed.some((other) => other !== name && (other.endsWith(` ${name}`) || other.endsWith(` ${bare}`)));
    };
    const titles = titleSet();
    // A name the question began to type ("norlandi" → "Norlandic") is offered whoever listed it;
    // not one an English word merely begins ("born" → "Borneo People").
    const isWord = options.lexicon?.has?.bind(options.lexicon);
    const typing = tokens.filter((t) => isWord?.(t.word) !== true);
    const begun = (name: string): boolean => typing.length > 0 && tokenize(name).some((w) => typing.some((t) => w.word.length > t.word.length && w.word.startsWith(t.word)));
    // (Checked one by one until five are found: `struck` reads the postings of the name's rarest word.)
    const shown: string[] = [];
    const offer = (names: Iterable<string>): void => {
      for (const written of names) {
        if (shown.length === 5) break;
        // ("Jeff Lawrence", a curator's alias of Jefferson Lawrence, is offered as Jefferson Lawrence.)
        const name = curatedNames().get(curatedKey(written)) ?? written;
        if (!CALENDAR_WORD.test(name) && !shown.includes(name) && !partOf(name) && !writtenInQuestion(name) && (titles.has(name) || begun(name) || !struck(name))) shown.push(name);
      }
    };
    offer(related);
    // A story the question is about whose people it names already ("when is the Junior Achievement
    // assembly", of a story that lists only Junior Achievement): the story's headline, not the names
    // the knowledge base is most about, which have nothing to do with the question.
    if (shown.length === 0) offer(stories.map((a) => (articles[a] as Article).title));
    if (shown.length === 0) offer(fallback);
    return shown;
  }

  /**
   * A story's people, those the question is most about first: each by the sentence of the story
   * that writes them (by name or alias) and most of the question's other words, each word by its
   * rarity (`shared`); then people before bodies, then the curator's order. "who killed the
   * european defense community" of a Europe story whose list opens with Winston Churchill and the
   * OEEC is offered the French National Assembly, which a sentence writes with those words, first.
   */
  function byRelevance(a: number, people: readonly CuratedPerson[], shared: ReadonlyArray<{ stem: string; term: number; rarity: number }>): CuratedPerson[] {
    if (people.length <= 1) return [...people];
    const rarity = new Map(shared.map((w) => [w.term, w.rarity]));
    // The story's sentences holding any of the question's words, with those words.
    const holding: Array<{ text: string; terms: number[] }> = [];
    if (rarity.size > 0) {
      for (const s of index.articleSentences(a)) {
        const terms = [...index.sentenceTerms(s)].filter((t) => rarity.has(t));
        if (terms.length > 0) holding.push({ text: sentence(s).text.toLowerCase(), terms });
      }
    }
    const relevance = (person: CuratedPerson): number => {
      if (holding.length === 0) return 0;
      const pattern = namePattern([person.name, ...(person.aliases ?? [])]);
      if (pattern === undefined) return 0;
      // (The words of the person's own name say nothing of how the question is about them.)
      const own = new Set([person.name, ...(person.aliases ?? [])].flatMap((n) => tokenize(n).map((t) => index.termId(t.stem))));
      let best = 0;
      for (const { text, terms } of holding) {
        pattern.lastIndex = 0;
        if (!pattern.test(text)) continue;
        best = Math.max(best, terms.reduce((sum, t) => sum + (own.has(t) ? 0 : (rarity.get(t) ?? 0)), 0));
      }
      return best;
    };
    const ranked = people.map((person, i) => ({ person, i, relevance: relevance(person), body: curatedType(person) === 'person' ? 0 : 1 }));
    return ranked.sort((x, y) => y.relevance - x.relevance || x.body - y.body || x.i - y.i).map((r) => r.person);
  }

  /**
   * A name no curator lists (as a name or an alias, with or without "Mr."), and no place, written only in stories
   * whose people lists curators wrote: one they struck ("Borneo People", a book) or never meant as
   * someone to ask about. A name of a story with no people list is still offered.
   */
  function struck(name: string): boolean {
    // (Places are never on a people list.)
    // (Listed by two curators for two people, "Jack" is no one's for sure, yet struck by neither.)
    const listedAs = curatedIndex().any;
    if (!anyCurated || lookupPlace(name) || listedAs.has(curatedKey(name)) || listedAs.has(curatedKey(withoutHonorific(name)))) return false;
    const writing = articlesNaming(name);
    return writing.length > 0 && writing.every((a) => (articles[a] as Article).people.length > 0);
  }
  /** Whether every story `entity` was read from has a people list, and none of them lists it (by name or alias). */
  function struckWhereRead(entity: EntitySummary, from: readonly number[]): boolean {
    const key = curatedKey(entity.name);
    return from.length > 0 && from.every((a) => {
      const people = (articles[a] as Article).people;
      return people.length > 0 && !people.some((p) => curatedKey(p.name) === key || (p.aliases ?? []).some((alias) => curatedKey(alias) === key));
    });
  }
  /**
   * The person listed in the stories that write `name` whose name (or alias) the struck `name`
   * holds as whole words, the longest such; undefined for none.
   */
  function listedWithin(name: string): string | undefined {
    const within = (form: string): boolean => namePattern([form])?.test(name.toLowerCase()) === true && form.length < name.length;
    let best: string | undefined;
    for (const a of articlesNaming(name)) {
      for (const person of (articles[a] as Article).people) {
        if ([person.name, ...(person.aliases ?? [])].some(within) && (best === undefined || person.name.length > best.length)) best = person.name;
      }
    }
    return best;
  }
  /** Whether any story has a people list: without one, no name was struck. */
  const anyCurated = articles.some((a) => a.people.length > 0);
  let titles: ReadonlySet<string> | undefined;
  /** The stories' headlines, which suggestions offer as they are (built once, on the first "I don't know"). */
  const titleSet = (): ReadonlySet<string> => (titles ??= new Set(articles.map((a) => a.title)));

  return kb;
}

/**
 * Whether the text writes a word whose stem is `stem` as a word of its own, not inside a longer
 * name: in lower case ("the price rose"), or capitalised with no capitalised word (not a stopword)
 * right beside it ("Prices rose"), unlike "Price Daniel said" or "said Gov. Price Daniel". A quick
 * reading of the text as written, for the many sentences suggestions look at; undefined when the
 * text does not write the stem as the start of a word ("happy", stem "happi"): the tokens judge.
 */
export function writesAsPlainWord(text: string, stem: string): boolean | undefined {
  if (stem === '') return undefined;
  const lower = text.toLowerCase();
  let seen = false;
  for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
    if (at > 0 && WORD_CHAR.test(text.charAt(at - 1))) continue;
    let end = at + stem.length;
    while (end < text.length && WORD_CHAR.test(text.charAt(end))) end += 1;
    if (stemOf(lower.slice(at, end)) !== stem) continue;
    seen = true;
    if (text.charAt(at) === lower.charAt(at)) return true;
    if (!capitalisedBeside(text, at, -1) && !capitalisedBeside(text, end, 1)) return true;
  }
  return seen ? false : undefined;
}

/** Whether a capitalised word that is no stopword stands right before `at` (step -1) or from `at` on (step 1), with only spaces between. */
function capitalisedBeside(text: string, at: number, step: -1 | 1): boolean {
  let i = step < 0 ? at - 1 : at;
  if (i < 0 || i >= text.length || !/\s/.test(text.charAt(i))) return false;
  while (i >= 0 && i < text.length && /\s/.test(text.charAt(i))) i += step;
  let j = i;
  while (j >= 0 && j < text.length && WORD_CHAR.test(text.charAt(j))) j += step;
  const word = step < 0 ? text.slice(j + 1, i + 1) : text.slice(i, j);
  return word !== '' && STARTS_UPPER.test(word) && !STOPWORDS.has(word.toLowerCase());
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
