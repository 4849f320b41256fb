/**
 * From a request to a view: the small decisions every edge shares (a `/who` naming a known person
 * shows their profile; "Other sources" appears only when other articles name the subject). Edges
 * then render the view as text or as an embed.
 */
import type { AskResult, Citation, KnowledgeBase, Profile, QuestionType } from '../core/types.js';
import { tokenize } from '../core/text/tokenize.js';
import { STOPWORDS } from '../core/text/stopwords.js';
import { UserFacingError } from './messages.js';
import { onePersonNamed, unreadPronoun } from './unread-pronoun.js';
import { shortNames, typedAsName } from '../core/text/spelling.js';
import { roleHolders, roleOfDoer } from '../core/answer/asked-role.js';
import {
  askView,
  otherSourcesView,
  pageOf,
  profileView,
  sourceView,
  timelineView,
  type PageView,
  type ProfileView,
  type QuoteView,
  type ReplyView,
  type SourceView,
  type TimelineEntryView,
} from './views.js';
import type { ArticleRef } from '../core/types.js';

export const SOURCES_PAGE_SIZE = 10;

/** Whom a follow-up's pronoun was taken for ("he" as Sam Rayburn), so that the reply can say it. */
export interface ReadAs {
  pronoun: string;
  name: string;
}

/** `readAs`: whom a follow-up's pronoun was taken for, which the reply says above its answer. */
export type AnswerOutcome =
  | { kind: 'reply'; view: ReplyView; otherSourcesFor: string | undefined; readAs?: ReadAs | undefined }
  | { kind: 'profile'; view: ProfileView; otherSourcesFor: string | undefined; readAs?: ReadAs | undefined };

/**
 * The name behind an answer that other articles also mention, for the "Other sources" button.
 * The short answer may carry a role ("Maria Okafor, council leader"), so the part before a comma or
 * parenthesis is tried too.
 */
export function otherSourcesSubject(kb: KnowledgeBase, result: AskResult): string | undefined {
  if (result.kind !== 'answer') return undefined;
  const cited = new Set(result.citations.map((c) => c.article.id));
  const candidates = [result.answer, result.answer.split(/[,(]/)[0]?.trim() ?? ''];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const profile = kb.profile(candidate);
    if (profile && profile.articles.some((a) => !cited.has(a.id))) return profile.name;
  }
  return undefined;
}

export function answerFor(kb: KnowledgeBase, question: string, type?: QuestionType): AnswerOutcome {
  const result = kb.ask(question, type ? { type } : {});
  return profileInstead(kb, question, result, type) ?? pronounAnswered(kb, question, result) ?? { kind: 'reply', view: askView(result), otherSourcesFor: otherSourcesSubject(kb, result) };
}

/** Names suggested when an answer is held back: the cited story's people. */
const STORY_SUGGESTIONS = 5;

/**
 * An answer to a question that refers to someone only by "he" or "she" (no conversation said whom:
 * "when did he die"), which the core answered from a sentence about someone: the reply says whom
 * it took the pronoun for — the one person the cited sentence names ("Taking “he” as W. E. Ford.").
 * When the sentence names no one the knowledge base lists, or two, it cannot say, and the sentence
 * is shown only as the closest (with the hint to name the person). Undefined for any other question.
 */
function pronounAnswered(kb: KnowledgeBase, question: string, result: AskResult): AnswerOutcome | undefined {
  const main = result.kind === 'answer' ? result.citations[0] : undefined;
  if (result.kind !== 'answer' || main === undefined) return undefined;
  const pronoun = unreadPronoun(kb, question);
  if (pronoun === undefined) return undefined;
  const answered = kb.personNamed(result.answer);
  const name = onePersonNamed(kb, main.sentence, answered === undefined ? [] : [answered]);
  if (name !== undefined) return { kind: 'reply', view: askView(result), otherSourcesFor: otherSourcesSubject(kb, result), readAs: { pronoun, name } };
  const story = kb.articles.find((a) => a.id === main.article.id);
  const suggestions = (story?.people ?? []).map((p) => p.name).slice(0, STORY_SUGGESTIONS);
  const unsure: AskResult = { kind: 'unknown', question: result.question, type: result.type, reason: 'low-confidence', suggestions, closest: { citation: main, probability: result.confidence } };
  return { kind: 'reply', view: askView(unsure), otherSourcesFor: undefined };
}

/**
 * "who is Carl Sandburg" with no sentence that says who he is: what the articles say of him, as
 * `/who Carl Sandburg` shows it, rather than "I don't know" about a name the articles know.
 */
export function profileInstead(kb: KnowledgeBase, question: string, result: AskResult, type?: QuestionType): Extract<AnswerOutcome, { kind: 'profile' }> | undefined {
  const text = question.normalize('NFKC');
  if (result.kind !== 'unknown' || (type !== undefined && type !== 'who')) return undefined;
  const asked = WHO_IS.exec(text)?.[1];
  // "who chairs the harbour board" (or `/who` "chairs the harbour board") asks for its chairman, as "who is the chairman of …" does.
  if (asked === undefined) {
    const who = /^\s*who\s/i.test(text);
    // (`--type who` with a name alone asks who that is, as `/who` with it does.)
    const named = !who && type === 'who' ? profileOf(kb, text.trim().replace(/[\s?!]+$/, '')) : undefined;
    return named ?? (who || type === 'who' ? doerProfile(kb, who ? text : `who ${text}`) : undefined);
  }
  // "who is John A. Notte, Jr." — the full stop closing the question may close the name's "Jr." too.
  const withStop = text.trimEnd().endsWith(`${asked}.`) ? `${asked}.` : undefined;
  return profileOf(kb, asked) ?? (withStop === undefined ? undefined : profileOf(kb, withStop)) ?? roleHolderProfile(kb, asked);
}

/**
 * "who is the harbour master of port kell" when no sentence says so: the profile of the one person
 * whose curated role it is (the front matter's roles, which a curator checked). Two holders, or
 * none, leave the "I don't know".
 */
function roleHolderProfile(kb: KnowledgeBase, asked: string): Extract<AnswerOutcome, { kind: 'profile' }> | undefined {
  const holders = roleHolders(`who is ${asked}`, kb.articles.flatMap((a) => a.people));
  return holders.length === 1 ? profileOf(kb, holders[0] as string, asked) : undefined;
}

/**
 * "who chairs the harbour board" when no sentence says so: the profile of the one person whose
 * curated role is the office named after the verb ("chairman of the Harbour Board"; see `roleOfDoer`).
 */
function doerProfile(kb: KnowledgeBase, question: string): Extract<AnswerOutcome, { kind: 'profile' }> | undefined {
  const asked = roleOfDoer(question);
  const holders = asked === undefined ? [] : roleHolders(asked, kb.articles.flatMap((a) => a.people));
  return holders.length === 1 ? profileOf(kb, holders[0] as string, question) : undefined;
}

/**
 * A profile's sentences with the one that tells most of what a question asks first ("who headed the
 * deacon board": "The Deacon Board, headed by … Carlson", before "The deacon of the church, Carlson,
 * was its janitor"): the most words of the question (by stem, small words and the person's own name
 * left out), the first so written on a tie. Unchanged when no sentence shares a word with it.
 */
export function ledByQuestion(profile: Profile, question: string): Profile {
  const own = new Set([profile.name, ...profile.aliases].flatMap((n) => tokenize(n).map((t) => t.stem)));
  const asked = new Set(tokenize(question).filter((t) => !STOPWORDS.has(t.word) && !own.has(t.stem)).map((t) => t.stem));
  const shared = (sentence: string): number => new Set(tokenize(sentence).map((t) => t.stem).filter((stem) => asked.has(stem))).size;
  let best = -1;
  let most = 0;
  profile.sentences.forEach((c, i) => {
    const n = shared(c.sentence);
    if (n > most) [best, most] = [i, n];
  });
  if (best <= 0) return profile;
  const lead = profile.sentences[best] as Citation;
  return { ...profile, sentences: [lead, ...profile.sentences.filter((_, i) => i !== best)] };
}

/** "who is X", "who's X?", and what `/who` passes on: "is X". */
const WHO_IS = /^\s*(?:who\s+(?:is|was)|who['’]s|is|was)\s+(.+?)[\s?!.]*$/i;

/**
 * The profile of a name or alias written as the articles write it (as autocomplete fills it in), or
 * with a slip of typing in a word ("henri de coursy"), if the articles know it.
 */
function profileOf(kb: KnowledgeBase, query: string, question?: string): Extract<AnswerOutcome, { kind: 'profile' }> | undefined {
  const profile = kb.profile(query);
  // "the Commission" names the entry "Commission" as well.
  const typed = [query, query.replace(/^\s*the\s+/i, '')];
  // A person is also typed as people shorten names: "Ralph Kroening", "Rusk" for Ralph H. Kroening, Dean Rusk.
  const forms = profile ? [profile.name, ...profile.aliases, ...(profile.type === 'person' ? shortNames(profile.name) : [])] : [];
  if (!profile || !(forms.some((n) => typed.some((q) => typedAsName(q, n))) || typed.some((q) => wordsOfOneBody(kb, q, profile)))) return undefined;
  const others = profile.articles.length > 1 ? profile.name : undefined;
  // (Found for what a question asks of someone, "who headed the deacon board": the sentence that tells it first.)
  return { kind: 'profile', view: profileView(question === undefined ? profile : ledByQuestion(profile, question)), otherSourcesFor: others };
}

/**
 * Whether `typed` is a word (or words in a row) of an organisation's name that no other name the
 * knowledge base knows has: `/who Pellworth` for the "Ada Pellworth Sea Research Trust", when no
 * Pellworth is anyone else. People are typed by their own names (see `shortNames`); a word two
 * names share says neither.
 */
function wordsOfOneBody(kb: KnowledgeBase, typed: string, profile: { name: string; type: string }): boolean {
  if (profile.type !== 'organization') return false;
  const words = (text: string) => ` ${text.toLowerCase().replace(/[.,]/g, '').split(/\s+/).filter(Boolean).join(' ')} `;
  const wanted = words(typed);
  if (wanted.trim() === '' || !words(profile.name).includes(wanted)) return false;
  const first = wanted.trim().split(' ')[0] as string;
  return kb.complete('name', first, 25).every((name) => name === profile.name || !words(name).includes(wanted));
}

/**
 * `/who <query>`: a query that is exactly a known name or alias (as autocomplete fills it in) shows
 * that person's profile; anything else is a who-question.
 */
export function whoFor(kb: KnowledgeBase, query: string): AnswerOutcome {
  return profileOf(kb, query) ?? answerFor(kb, query, 'who');
}

/** A year written in a timeline's topic: "1961", "cuba 1962". */
const TOPIC_YEAR = /(?<![\p{L}\p{N}])(1[0-9]{3}|20[0-9]{2})(?![\p{L}\p{N}])/u;

/**
 * `/timeline <topic>`: the dated events about the topic, in order. A year in the topic keeps the
 * events of that year: `/timeline 1961` is 1961's events, `/timeline cuba 1962` Cuba's of 1962.
 */
export function timelineFor(kb: KnowledgeBase, topic: string): TimelineEntryView[] {
  const year = TOPIC_YEAR.exec(topic);
  if (!year) return timelineView(kb.timeline(topic));
  return timelineView(kb.timeline(withoutYear(topic), { from: `${year[1]}-01-01`, to: `${year[1]}-12-31` }));
}

/** The topic with the year it names taken out: "cuba 1962" → "cuba". */
function withoutYear(topic: string): string {
  return topic.replace(TOPIC_YEAR, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The stories a timeline of the topic reads, when none of them dates anything about it at all
 * ("/timeline pork" over an essay and two reports that write no date): the reply names them rather
 * than only "no dated events found", which reads as if nothing were written of it. `[]` when the
 * topic has dated events (outside the year asked, too) or no story writes of it.
 */
export function undatedStoriesFor(kb: KnowledgeBase, topic: string): SourceView[] {
  const rest = withoutYear(topic);
  if (rest === '' || kb.timeline(rest).length > 0) return [];
  return kb.topicStories(rest).map(sourceView);
}

export function sourcesFor(kb: KnowledgeBase, page: number): PageView<ArticleRef> {
  return pageOf(kb.sources(), page, SOURCES_PAGE_SIZE);
}

export interface ContextView {
  paragraph: string;
  sentence: string;
  source: SourceView;
}

/** The paragraph around a cited sentence, found again from the ids a button carries. */
export function contextFor(
  kb: KnowledgeBase,
  at: { articleId: string; paragraph: number; sentenceIndex: number },
): ContextView {
  const article = kb.articles.find((a) => a.id === at.articleId);
  const paragraphText = article?.paragraphs[at.paragraph];
  if (!article || paragraphText === undefined) throw new UserFacingError('article-gone');
  const ref: ArticleRef = {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
  };
  const sentence =
    kb.keySentences(article.id, Number.MAX_SAFE_INTEGER).find((c) => c.sentenceIndex === at.sentenceIndex)
      ?.sentence ?? '';
  const paragraph = kb.context({
    sentence,
    article: ref,
    paragraph: at.paragraph,
    sentenceIndex: at.sentenceIndex,
  });
  return { paragraph: paragraph || paragraphText, sentence, source: sourceView(ref) };
}

export function otherSourcesFor(kb: KnowledgeBase, name: string): { name: string; quotes: QuoteView[] } {
  const profile = kb.profile(name);
  if (!profile) throw new UserFacingError('article-gone');
  return { name: profile.name, quotes: otherSourcesView(profile) };
}
