/**
 * What a reply says, independent of where it is shown. The plain-text renderer (console) and the
 * Discord renderer (embeds) both start from these views, so both say the same words.
 */
import type { AnswerResult, ArticleRef, AskResult, Citation, Profile, TimelineEvent } from '../core/types.js';
import { formatDate, dayTimestamp } from './format.js';
import { unresolvedPronoun } from './unresolved-pronoun.js';
import { MESSAGES, fill, userErrorMessage } from './messages.js';

export interface SourceView {
  title: string;
  /** `''` when unknown. */
  url: string;
  outlet: string;
  /** `25 July 2007`. */
  date: string;
}

export interface QuoteView {
  sentence: string;
  source: SourceView;
  citation: Citation;
}

export interface AnswerView {
  kind: 'answer';
  question: string;
  /** The short answer; empty when it is the quoted sentence itself, which is then shown once. */
  answer: string;
  /** Unix seconds of a day-grain resolved date, for `<t:…:D>`. */
  timestamp: number | undefined;
  main: QuoteView;
  /** At most two. */
  supporting: QuoteView[];
  disagreement: boolean;
}

export interface UnknownView {
  kind: 'unknown';
  question: string;
  message: string;
  suggestions: string[];
  /**
   * The sentence that came closest, shown under "I'm not sure" and never as the answer: the model
   * judged it too unlikely to answer but likely enough to be worth reading.
   */
  closest?: QuoteView | undefined;
  /**
   * Said first when the question's subject is a pronoun nothing names ("when was it rejected"):
   * the answer, or the closest sentence, may be about something else than the user meant.
   */
  hint?: string | undefined;
}

export type ReplyView = AnswerView | UnknownView;

export function sourceView(article: ArticleRef): SourceView {
  return {
    title: article.title,
    url: article.url,
    outlet: article.source,
    date: formatDate(article.published),
  };
}

export function quoteView(citation: Citation): QuoteView {
  return { sentence: citation.sentence, source: sourceView(citation.article), citation };
}

const MAX_SUPPORTING = 2;
const MAX_SUGGESTIONS = 5;

/**
 * The view of an answer or an "I don't know". An answer without citations (which the core should
 * never return) is shown as "I don't know" rather than as an unsupported claim.
 *
 * @example askView(kb.ask('who rejected the proposal')).kind // 'answer'
 */
export function askView(result: AskResult): ReplyView {
  const main = result.kind === 'answer' ? result.citations[0] : undefined;
  if (result.kind === 'unknown' || !main) {
    const closest =
      result.kind === 'unknown' && result.closest ? quoteView(result.closest.citation) : undefined;
    const pronoun = result.kind === 'unknown' && result.reason !== 'empty' ? unresolvedPronoun(result.question) : undefined;
    return {
      kind: 'unknown',
      question: result.question,
      // "?" or a blank line is no question: say so rather than "nothing answers that".
      message: closest ? MESSAGES.unsure : result.kind === 'unknown' && result.reason === 'empty' ? userErrorMessage('question-empty') : MESSAGES.unknown,
      suggestions: result.kind === 'unknown' ? result.suggestions.slice(0, MAX_SUGGESTIONS) : [],
      closest,
      ...(pronoun === undefined ? {} : { hint: fill(MESSAGES.unresolvedPronoun, { pronoun }) }),
    };
  }
  return answerView(result, main);
}

/** Two texts that differ only in spacing, case or the closing punctuation. */
function sameText(a: string, b: string): boolean {
  const plain = (text: string): string => text.replace(/\s+/g, ' ').replace(/[\s.!?"'”’]+$/u, '').trim().toLowerCase();
  return plain(a) === plain(b);
}

function answerView(result: AnswerResult, main: Citation): AnswerView {
  return {
    kind: 'answer',
    question: result.question,
    answer: sameText(result.answer, main.sentence) ? '' : result.answer,
    timestamp: dayTimestamp(result.date),
    main: quoteView(main),
    supporting: result.citations.slice(1, 1 + MAX_SUPPORTING).map(quoteView),
    disagreement: result.disagreement,
  };
}

export interface TimelineEntryView {
  /** `24 July 2007`, `May 2007`, `1980–1988`. */
  label: string;
  /** The phrase as written, e.g. `Tuesday`. */
  phrase: string;
  timestamp: number | undefined;
  quote: QuoteView;
}

export function timelineView(events: readonly TimelineEvent[]): TimelineEntryView[] {
  return events.map((event) => ({
    label: event.date.label,
    phrase: event.date.text,
    timestamp: dayTimestamp(event.date),
    quote: quoteView(event.citation),
  }));
}

export interface ProfileView {
  name: string;
  roles: string[];
  aliases: string[];
  sources: SourceView[];
  sentences: QuoteView[];
  /** Others of another article the name may mean, each "name, role (article title)". */
  others: string[];
  /** No people list holds the name: the reply says so before the sentences that write it. */
  unlisted: boolean;
}

export function profileView(profile: Profile, maxSentences = 3): ProfileView {
  return {
    name: profile.name,
    roles: profile.roles,
    aliases: profile.aliases,
    sources: profile.articles.map(sourceView),
    sentences: profile.sentences.slice(0, maxSentences).map(quoteView),
    others: (profile.others ?? []).map((o) => `${o.role ? `${o.name}, ${o.role}` : o.name} (${o.articles.map((a) => a.title).join('; ')})`),
    unlisted: profile.unlisted === true,
  };
}

/** One sentence per article, for "Other sources": the best sentence of each article naming them. */
export function otherSourcesView(profile: Profile, excludeArticleIds: readonly string[] = []): QuoteView[] {
  const seen = new Set(excludeArticleIds);
  const out: QuoteView[] = [];
  for (const citation of profile.sentences) {
    if (seen.has(citation.article.id)) continue;
    seen.add(citation.article.id);
    out.push(quoteView(citation));
  }
  return out;
}

export interface PageView<T> {
  items: T[];
  /** 0-based. */
  page: number;
  pages: number;
  total: number;
}

/** A page of items; out-of-range pages are clamped, so an old button never shows an empty page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): PageView<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  return {
    items: items.slice(current * size, (current + 1) * size),
    page: current,
    pages,
    total: items.length,
  };
}
