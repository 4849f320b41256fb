/**
 * The shared vocabulary of factdesk's pure core. Every edge (Discord, console, CLI) renders these
 * values; nothing here knows about Discord, files or the environment.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A person or organisation curated by hand in a knowledge file's front matter. Curated data wins. */
export interface CuratedPerson {
  name: string;
  role?: string | undefined;
  aliases?: string[] | undefined;
}

/** What a citation shows about its article. */
export interface ArticleRef {
  /** Stable id: the knowledge file's slug, e.g. `2007-07-25-us-rejects-iranian-proposal`. */
  id: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  published: IsoDate;
  /** The outlet, e.g. `VOA`. */
  source: string;
  /** Link to the original; `''` when unknown. */
  url: string;
}

/** A knowledge file, parsed and validated. */
export interface Article extends ArticleRef {
  people: CuratedPerson[];
  /** The body, verbatim, one entry per paragraph block of the file. */
  paragraphs: string[];
}

/** One sentence of an article. `text` is always a verbatim substring of `paragraphs[paragraph]`. */
export interface Sentence {
  articleId: string;
  /** Index into the article's `paragraphs`. */
  paragraph: number;
  /** Position of the sentence in the whole article (0 is the lead). */
  index: number;
  text: string;
}

export type DateGrain = 'day' | 'month' | 'year' | 'range' | 'duration';

/** A date phrase of a sentence, resolved against the article's publication date. */
export interface ResolvedDate {
  /** The phrase as written: `Tuesday`, `earlier Wednesday`, `April, 1980`, `for 27 years`. */
  text: string;
  grain: DateGrain;
  /** First day covered (absent for a bare duration). */
  start?: IsoDate | undefined;
  /** Last day covered (equal to `start` for a day). */
  end?: IsoDate | undefined;
  /** ISO 8601 duration for `duration`, e.g. `P27Y`. */
  duration?: string | undefined;
  /** Human label: `24 July 2007`, `May 2007`, `1980–1988`, `27 years`. */
  label: string;
}

export type EntityType = 'person' | 'organization' | 'place';

/** A person, organisation or place named in a sentence. */
export interface EntityMention {
  /** As written in the sentence, e.g. `McCormack`. */
  text: string;
  /** Canonical name, e.g. `Sean McCormack` (surname-only mentions are linked to the full name). */
  name: string;
  type: EntityType;
  /** Role as read from the text or curated, e.g. `State Department spokesman`. */
  role?: string | undefined;
  /** True when this sentence itself writes a role beside the name (`Mayor Ann Lee`, `Lee, the mayor,`), not only another sentence or the curator. */
  roleHere?: boolean | undefined;
  /**
   * True when the role is the curator's (the people list's `role`), which wins over how a sentence
   * describes the name: "Nell, her sister," does not replace the curated "Ivo's wife".
   */
  roleCurated?: boolean | undefined;
}

export interface NumberMention {
  /** As written: `27`, `$58,918`, `two`, `second`. */
  text: string;
  value: number;
  /** `USD`, `percent`, `ordinal`, a counted noun (`years`), … when known. */
  unit?: string | undefined;
}

/** Everything derived from one sentence. */
export interface SentenceFacts {
  entities: EntityMention[];
  dates: ResolvedDate[];
  numbers: NumberMention[];
  /** True when the sentence gives a reason or cause (because, after, since, due to, unless, …). */
  hasReason: boolean;
}

/** A distinct person/organisation/place of an article, with every role and alias seen. */
export interface EntitySummary {
  name: string;
  type: EntityType;
  roles: string[];
  aliases: string[];
}

export type QuestionType = 'who' | 'when' | 'where' | 'what' | 'why' | 'how' | 'how-many';

/** Evidence for an answer: a verbatim sentence of a knowledge file and the article it came from. */
export interface Citation {
  sentence: string;
  article: ArticleRef;
  paragraph: number;
  sentenceIndex: number;
}

export interface AnswerResult {
  kind: 'answer';
  question: string;
  type: QuestionType;
  /** Short answer: the person with their role, the date with its phrase, the place, the number… */
  answer: string;
  /** 0–1. */
  confidence: number;
  /** Best first; the first is the evidence, then up to 2 supporting sentences. */
  citations: Citation[];
  /** The resolved date behind the short answer, for `when` questions. */
  date?: ResolvedDate | undefined;
  /** True when the cited sources disagree (both sides are then cited). */
  disagreement: boolean;
}

export interface UnknownResult {
  kind: 'unknown';
  question: string;
  type: QuestionType;
  /** Why it abstained, for logs and renderers. */
  reason: 'empty' | 'no-match' | 'low-confidence';
  /** What the knowledge base does cover: names and topics to ask about instead. */
  suggestions: string[];
  /**
   * Not confident enough to answer, but close: the best sentence, shown as "the closest the
   * knowledge base comes", never as the answer. Its probability is the model's.
   */
  closest?: { citation: Citation; probability: number };
}

export type AskResult = AnswerResult | UnknownResult;

export interface TimelineEvent {
  date: ResolvedDate;
  citation: Citation;
}

export interface Profile {
  name: string;
  type: EntityType;
  roles: string[];
  aliases: string[];
  articles: ArticleRef[];
  /** Key sentences naming them, best first. */
  sentences: Citation[];
  /**
   * Others the asked name may mean: people of other articles written with another full name that
   * ends in it or has it as an alias ("Kennedy" → John Pendleton Kennedy of another story).
   */
  others?: Array<{ name: string; role?: string; articles: ArticleRef[] }>;
  /**
   * True when no people list holds the name (the curators struck it, or never meant it as someone:
   * a house, a story's title): shown only because the articles write it, without roles.
   */
  unlisted?: true;
}

/** Synonyms from a lexical resource (WordNet), injected so that the core does no I/O. */
export interface Lexicon {
  /** Synonyms of a lower-case word or phrase (`turn down` → `reject`, `refuse`, …); `[]` when unknown. */
  synonyms(word: string): readonly string[];
  /** True when the word (in any inflection) is an English word the resource knows: not a typo. */
  has?(word: string): boolean;
  /**
   * What a noun names in its most common sense: a person ("judge"), a place ("city"), a time
   * ("year"); undefined otherwise. Tells "which judge …" (a who question) from "which plan …".
   */
  nounKind?(word: string): 'person' | 'place' | 'time' | undefined;
  /** Whether a noun's most common sense is one particular person ("Plato"), not a kind ("Democrat"). */
  namesSomeone?(word: string): boolean;
  /**
   * True when a common sense of the noun `word` is a kind or an instance of `category`, at any depth
   * of WordNet's hierarchy: "carbine" is a "gun", "Wednesday" a "day". Answers "what breed …",
   * "which guns …" with a word of the right category.
   */
  isA?(word: string, category: string): boolean;
  /** 'common' for a word only ever written in lower case ("side", "wine"), 'name' for one with a capitalised sense. */
  wordCase?(word: string): 'common' | 'name' | undefined;
  /** True for a word English writes only with a capital ("stalin"), not one with a rare capitalised sense ("kids"). */
  onlyName?(word: string): boolean;
  /** True when the noun's most common sense is written with a capital: "berlin" (the city before the carriage), "china"; not "park" or "town". */
  firstSenseName?(word: string): boolean;
  /** True when some sense of the word, in any inflection, is a verb ("resume", "barred"), not for a noun alone ("hospital"). */
  isVerb?(word: string): boolean;
  /**
   * How often a word as written is a verb's base form rather than a noun, 0–1: the share of its
   * senses' uses in WordNet's sense-tagged texts that are verb senses ("hold" 0.97, "court" 0.1),
   * 0.5 when neither is tagged; undefined when the word is no verb's base form ("talks", "Iraq").
   */
  verbShare?(word: string): number | undefined;
  /**
   * The direct antonyms of an adjective, in any of its senses, as WordNet's antonym pointers give
   * them: "last" → first, "early" → late; `[]` when it has none.
   */
  antonyms?(word: string): readonly string[];
}

export interface AskOptions {
  /** Force the question type (slash commands `/who`, `/when`, …); detected from the text otherwise. */
  type?: QuestionType | undefined;
}

/** The knowledge base: immutable once built; hot reload swaps in a new one. */
export interface KnowledgeBase {
  readonly articles: readonly Article[];
  readonly sentenceCount: number;
  ask(question: string, options?: AskOptions): AskResult;
  /** Dated events about a topic (all events when the topic is empty), sorted by resolved date. */
  timeline(topic: string, range?: { from?: IsoDate; to?: IsoDate }): TimelineEvent[];
  /**
   * The stories a timeline of the topic reads (those that write it), whether or not they date
   * anything: "/timeline pork" over stories that date nothing says so. `[]` for an empty topic.
   */
  topicStories(topic: string): ArticleRef[];
  profile(name: string): Profile | undefined;
  /**
   * The curated person a text names, the longest name first and then the first written: "what
   * state is rayburn from" → "Sam Rayburn". A lone word that is also an English word ("spring",
   * "book") names someone only when written with a capital; an organisation or a place a curator
   * lists ("Continental Congress") is no one. Undefined when it names no one.
   */
  personNamed(text: string): string | undefined;
  /** Autocomplete over names (`name`) or topics (`topic`), best first, at most `limit` (default 25). */
  complete(kind: 'name' | 'topic', prefix: string, limit?: number): string[];
  /** The paragraph around a cited sentence. */
  context(citation: Citation): string;
  /** The articles it knows, newest first. */
  sources(): ArticleRef[];
  /** The lead and the most informative other sentences of an article, verbatim, lead first. */
  keySentences(articleId: string, count: number): Citation[];
}
