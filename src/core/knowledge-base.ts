import { analyzeSentence, articleEntities, prepareArticle, type ArticleContext } from './facts/analyze-article.js';
import { splitSentenceSpans } from './ingest/split-sentences.js';
import { buildFuzzyVocabulary } from './index/fuzzy-vocabulary.js';
import { buildNameDirectory } from './index/name-directory.js';
import { buildSentenceIndex, type IndexedSentence } from './index/sentence-index.js';
import { buildNewsLexicon } from './lexicon/news-lexicon.js';
import { formatDay } from './text/calendar.js';
import { tokenize } from './text/tokenize.js';
import { STOPWORDS } from './text/stopwords.js';
import { answerQuestion, type AnswerOptions, type Corpus } from './answer/answer-question.js';
import { queryGroups, type QueryContext } from './answer/query-terms.js';
import { coverage, groupMatches } from './answer/rank.js';
import type { WordVectors } from './text/word-vectors.js';
import type {
  Article,
  ArticleRef,
  AskOptions,
  AskResult,
  Citation,
  EntitySummary,
  IsoDate,
  KnowledgeBase,
  Lexicon,
  Profile,
  SentenceFacts,
  TimelineEvent,
} from './types.js';

export interface BuildOptions {
  /** WordNet or another lexical resource for paraphrases; optional so tests can go without. */
  lexicon?: Lexicon | undefined;
  /** Word vectors for paraphrase features; optional so tests can go without. */
  vectors?: WordVectors | undefined;
}


/** Headline and outlet: "the VOA report about the talks" names both. */
function headerTokens(article: Article) {
  return tokenize(`${article.title} ${article.source}`);
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
  const articles = [...input].sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id));
  const sentences: IndexedSentence[] = [];
  const articleTexts: string[][] = [];
  articles.forEach((article, a) => {
    const texts: string[] = [];
    article.paragraphs.forEach((paragraph, p) => {
      for (const span of splitSentenceSpans(paragraph)) {
        sentences.push({ article: a, paragraph: p, index: texts.length, text: span.text });
        texts.push(span.text);
      }
    });
    articleTexts.push(texts);
  });
  const index = buildSentenceIndex(sentences);
  const byId = new Map(articles.map((article, a) => [article.id, a]));

  const contexts = new Map<number, ArticleContext>();
  const contextOf = (a: number): ArticleContext => {
    let context = contexts.get(a);
    if (!context) {
      const article = articles[a] as Article;
      context = prepareArticle({ published: article.published, people: article.people, sentences: articleTexts[a] ?? [] });
      contexts.set(a, context);
    }
    return context;
  };
  const factsCache = new Map<number, SentenceFacts>();
  const factsOf = (sentence: number): SentenceFacts => {
    let facts = factsCache.get(sentence);
    if (!facts) {
      const s = sentences[sentence] as IndexedSentence;
      facts = analyzeSentence(contextOf(s.article), s.index);
      factsCache.set(sentence, facts);
    }
    return facts;
  };

  // Terms of each article (body, headline and outlet), for "is this word anywhere in the story" checks.
  const articleTermCache = new Map<number, Set<number>>();
  const articleTerms = (a: number): ReadonlySet<number> => {
    let terms = articleTermCache.get(a);
    if (!terms) {
      terms = new Set<number>();
      for (const s of index.articleSentences(a)) for (const t of index.sentenceTerms(s)) terms.add(t);
      for (const token of headerTokens(articles[a] as Article)) {
        const term = index.termId(token.stem);
        if (term !== undefined) terms.add(term);
      }
      articleTermCache.set(a, terms);
    }
    return terms;
  };

  // The headline and lead: what a story is about.
  const leadTermCache = new Map<number, Set<number>>();
  const leadTerms = (a: number): ReadonlySet<number> => {
    let terms = leadTermCache.get(a);
    if (!terms) {
      terms = new Set<number>();
      const lead = index.articleSentences(a)[0];
      if (lead !== undefined) for (const t of index.sentenceTerms(lead)) terms.add(t);
      for (const token of headerTokens(articles[a] as Article)) {
        const term = index.termId(token.stem);
        if (term !== undefined) terms.add(term);
      }
      leadTermCache.set(a, terms);
    }
    return terms;
  };

  const nameWords = new Set<string>();
  for (const name of index.names.keys()) for (const t of tokenize(name)) if (!STOPWORDS.has(t.word)) nameWords.add(t.word);
  for (const article of articles) {
    for (const person of article.people) for (const t of tokenize([person.name, ...(person.aliases ?? [])].join(' '))) nameWords.add(t.word);
  }

  const newsLexicon = new Map<string, Set<string>>();
  for (const [word, synonyms] of buildNewsLexicon()) {
    const key = lexiconKey(word);
    const set = newsLexicon.get(key) ?? new Set<string>();
    for (const s of synonyms) set.add(s);
    newsLexicon.set(key, set);
  }

  const queryContext: QueryContext = {
    index,
    fuzzy: buildFuzzyVocabulary(index.vocabulary.keys()),
    newsLexicon,
    lexicon: options.lexicon,
    nameWords,
  };

  const corpus: Corpus = {
    articles,
    index,
    facts: factsOf,
    articleTerms,
    leadTerms,
    citation: (sentence: number): Citation => {
      const s = sentences[sentence] as IndexedSentence;
      return { sentence: s.text, article: refOf(articles[s.article] as Article), paragraph: s.paragraph, sentenceIndex: s.index };
    },
    query: queryContext,
    vectors: options.vectors,
  };

  // Names as written in the articles plus curated people: autocomplete, suggestions, profiles.
  const nameCounts = new Map(index.names);
  for (const article of articles) for (const person of article.people) nameCounts.set(person.name, (nameCounts.get(person.name) ?? 0) + 5);
  const names = buildNameDirectory(nameCounts);

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
      if (rarest.every((t) => own.has(t))) found.add((sentences[s] as IndexedSentence).article);
    }
    return [...found].sort((x, y) => x - y);
  };

  const kb: KnowledgeBase = {
    articles,
    sentenceCount: sentences.length,

    ask(question: string, askOptions: AskOptions & AnswerOptions = {}): AskResult {
      return answerQuestion(question, corpus, askOptions, () => suggestionsFor(question));
    },

    timeline(topic: string, range: { from?: IsoDate; to?: IsoDate } = {}): TimelineEvent[] {
      const wanted = topic.trim();
      let candidates: number[];
      if (wanted === '') {
        candidates = sentences.map((_, i) => i);
      } else {
        const groups = queryGroups(wanted, queryContext);
        if (groups.length === 0) return [];
        // A story about the topic contributes all its dated sentences; other stories only the
        // sentences that name the topic themselves.
        candidates = [];
        articles.forEach((_, a) => {
          const storyCoverage = coverage(groups, groupMatches(groups, articleTerms(a)));
          if (storyCoverage < 0.5) return;
          for (const s of index.articleSentences(a)) {
            const own = coverage(groups, groupMatches(groups, new Set(index.sentenceTerms(s))));
            if (storyCoverage >= 0.99 || own >= 0.5) candidates.push(s);
          }
        });
      }
      const events: TimelineEvent[] = [];
      for (const s of candidates) {
        const facts = factsOf(s);
        const sentence = sentences[s] as IndexedSentence;
        // An undated lead reports what happened by the day of publication ("The United States has
        // rejected …"): that is its date on a timeline.
        const published = (articles[sentence.article] as Article).published;
        const date =
          facts.dates.find((d) => d.grain !== 'duration' && d.start !== undefined) ??
          (sentence.index === 0 ? { text: 'date of the report', grain: 'day' as const, start: published, end: published, label: formatDay(published) } : undefined);
        if (!date?.start) continue;
        const end = date.end ?? date.start;
        if (range.from && end < range.from) continue;
        if (range.to && date.start > range.to) continue;
        events.push({ date, citation: corpus.citation(s) });
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
      const resolved = names.resolve(name);
      if (!resolved) return undefined;
      const wanted = resolved.toLowerCase();
      let found: EntitySummary | undefined;
      const mentioned = articlesNaming(resolved);
      const inArticles: number[] = [];
      for (const a of mentioned) {
        const entity = articleEntities(contextOf(a)).find(
          (e) => e.name.toLowerCase() === wanted || e.aliases.some((alias) => alias.toLowerCase() === wanted) || e.name.toLowerCase().endsWith(` ${wanted}`),
        );
        if (!entity) continue;
        inArticles.push(a);
        if (!found) found = { ...entity, roles: [...entity.roles], aliases: [...entity.aliases] };
        else {
          for (const role of entity.roles) if (!found.roles.includes(role)) found.roles.push(role);
          for (const alias of entity.aliases) if (!found.aliases.includes(alias)) found.aliases.push(alias);
        }
      }
      if (!found) return undefined;
      const entity = found;
      const namesakes = [entity.name, ...entity.aliases].map((n) => n.toLowerCase());
      const citations: Citation[] = [];
      for (const a of inArticles) {
        for (const s of index.articleSentences(a)) {
          const text = (sentences[s] as IndexedSentence).text.toLowerCase();
          if (namesakes.some((n) => text.includes(n))) citations.push(corpus.citation(s));
        }
      }
      return {
        name: entity.name,
        type: entity.type,
        roles: entity.roles,
        aliases: entity.aliases,
        articles: inArticles.map((a) => refOf(articles[a] as Article)),
        sentences: citations.slice(0, 10),
      };
    },

    complete(_kind: 'name' | 'topic', prefix: string, limit = 25): string[] {
      return names.complete(prefix, Math.min(Math.max(limit, 0), 25));
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
      const ids = index.articleSentences(a);
      const [lead, ...rest] = ids;
      if (lead === undefined) return [];
      // Informative = rare words, names, dates and numbers; quotes of a single speaker say less.
      const informativeness = (s: number): number => {
        let score = 0;
        for (const t of index.sentenceTerms(s)) score += Math.min(index.idf(t), 8);
        const facts = factsOf(s);
        return score / Math.sqrt(1 + index.sentenceLength(s)) + 2 * facts.dates.length + facts.entities.length + facts.numbers.length;
      };
      const chosen = rest
        .map((s) => ({ s, score: informativeness(s) }))
        .sort((x, y) => y.score - x.score || x.s - y.s)
        .slice(0, count - 1)
        .map((x) => x.s)
        .sort((x, y) => x - y);
      return [lead, ...chosen].map((s) => corpus.citation(s));
    },
  };

  function suggestionsFor(question: string): string[] {
    const related = new Set<string>();
    for (const token of tokenize(question)) {
      if (STOPWORDS.has(token.word) || token.word.length < 3) continue;
      for (const name of names.complete(token.word, 3, false)) related.add(name);
    }
    return [...new Set([...related, ...names.top(5), ...articles.slice(0, 3).map((a) => a.title)])].slice(0, 5);
  }

  return kb;
}
