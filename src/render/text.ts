/**
 * Plain-text rendering for the console (and any text edge): the same words as the Discord embeds,
 * without markup.
 */
import type { ArticleRef } from '../core/types.js';
import { COMMAND_HELP, MESSAGES, fill, plural } from './messages.js';
import type { PageView, ProfileView, QuoteView, ReplyView, SourceView, TimelineEntryView } from './views.js';
import { sourceView } from './views.js';
import { quote } from './format.js';
import { marksForAll } from '../core/text/quote-marks.js';

function sourceLine(source: SourceView): string {
  return `— ${source.title}, ${source.outlet}, ${source.date}`;
}

/** The marks for quotes shown together (see `marksForAll`). */
function marksOf(views: readonly (QuoteView | undefined)[]): readonly [string, string] | undefined {
  return marksForAll(views.filter((v): v is QuoteView => v !== undefined).map((v) => v.sentence));
}

function quoteBlock(view: QuoteView, indent = '  ', marks?: readonly [string, string]): string[] {
  const lines = [`${indent}${quote(view.sentence, Number.POSITIVE_INFINITY, marks)}`, `${indent}${sourceLine(view.source)}`];
  if (view.source.url) lines.push(`${indent}${view.source.url}`);
  return lines;
}

/** An answer (short answer, quoted sentence, title, outlet, date, link, supporting) or "I don't know". */
export function answerText(view: ReplyView): string {
  if (view.kind === 'unknown') {
    const lines: string[] = [...(view.hint ? [view.hint] : []), view.message];
    if (view.closest) lines.push(...quoteBlock(view.closest));
    if (view.suggestions.length > 0) lines.push(`${MESSAGES.suggestionsLead} ${view.suggestions.join(', ')}`);
    return lines.join('\n');
  }
  const marks = marksOf([view.main, ...view.supporting]);
  const lines = [...(view.answer ? [view.answer] : []), ...quoteBlock(view.main, '  ', marks)];
  if (view.disagreement) lines.push(MESSAGES.disagreement);
  if (view.supporting.length > 0) {
    lines.push(`${MESSAGES.supportingLabel}:`);
    for (const s of view.supporting) lines.push(...quoteBlock(s, '  ', marks));
  }
  return lines.join('\n');
}

/** How many events the timeline of the whole knowledge base shows as text before counting the rest. */
const TIMELINE_TEXT_ENTRIES = 12;

/** How many stories about a topic with no dated event are named. */
const UNDATED_STORIES = 5;

/** `undated`: the stories about the topic, when none of them dates anything about it (see `undatedStoriesFor`). */
export function timelineText(topic: string, entries: readonly TimelineEntryView[], undated: readonly SourceView[] = []): string {
  if (entries.length === 0 && undated.length > 0) {
    const lines = [fill(undated.length === 1 ? MESSAGES.timelineUndatedOne : MESSAGES.timelineUndatedMany, { topic, count: undated.length })];
    for (const s of undated.slice(0, UNDATED_STORIES)) lines.push(`  ${s.title} — ${s.outlet}, ${s.date}`);
    if (undated.length > UNDATED_STORIES) lines.push(`  ${fill(MESSAGES.moreOmitted, { count: undated.length - UNDATED_STORIES })}`);
    return lines.join('\n');
  }
  if (entries.length === 0) return topic ? fill(MESSAGES.timelineEmpty, { topic }) : MESSAGES.timelineAllEmpty;
  const title = topic ? fill(MESSAGES.timelineTitle, { topic }) : MESSAGES.timelineAllTitle;
  const lines = [title];
  // Every event of a topic; of the whole knowledge base a screenful, the rest counted (a topic narrows it).
  const shown = topic ? entries : entries.slice(0, TIMELINE_TEXT_ENTRIES);
  const marks = marksOf(shown.map((e) => e.quote));
  for (const e of shown) {
    lines.push(`${e.label} ("${e.phrase}")`, ...quoteBlock(e.quote, '  ', marks));
  }
  if (shown.length < entries.length) lines.push(`${fill(MESSAGES.moreOmitted, { count: entries.length - shown.length })}${MESSAGES.timelineNarrow}`);
  return lines.join('\n');
}

export function sourcesText(page: PageView<ArticleRef>): string {
  if (page.total === 0) return MESSAGES.sourcesEmpty;
  const lines = [fill(MESSAGES.sourcesTitle, { count: page.total, articles: plural(page.total, 'article') })];
  for (const article of page.items) {
    const s = sourceView(article);
    lines.push(`${s.title} — ${s.outlet}, ${s.date}${s.url ? ` — ${s.url}` : ''}`);
  }
  if (page.pages > 1) {
    const label = { page: page.page + 1, pages: page.pages, next: page.page + 2 };
    lines.push(fill(page.page + 1 < page.pages ? MESSAGES.sourcesNextPage : MESSAGES.pageLabel, label));
  }
  return lines.join('\n');
}

export function profileText(view: ProfileView): string {
  const lines = [view.name];
  if (view.roles.length > 0) lines.push(`${MESSAGES.profileRoles}: ${view.roles.join('; ')}`);
  if (view.unlisted) lines.push(MESSAGES.profileUnlisted);
  const marks = marksOf(view.sentences);
  for (const s of view.sentences) lines.push(...quoteBlock(s, '  ', marks));
  if (view.sources.length > 0) {
    lines.push(`${MESSAGES.profileArticles}:`);
    for (const s of view.sources)
      lines.push(`  ${s.title} — ${s.outlet}, ${s.date}${s.url ? ` — ${s.url}` : ''}`);
  }
  if (view.others.length > 0) lines.push(`${MESSAGES.profileOthers}: ${view.others.join('; ')}`);
  return lines.join('\n');
}

export function otherSourcesText(name: string, quotes: readonly QuoteView[]): string {
  const marks = marksOf(quotes);
  return [fill(MESSAGES.otherSourcesTitle, { name }), ...quotes.flatMap((q) => quoteBlock(q, '  ', marks))].join('\n');
}

export function contextText(paragraph: string, source: SourceView): string {
  const lines = [paragraph, sourceLine(source)];
  if (source.url) lines.push(source.url);
  return lines.join('\n');
}

/**
 * The reply to a greeting or to a question in another language: one friendly line saying what
 * factdesk answers, with example questions (from the knowledge base).
 *
 * @example smallTalkText('greeting', ['Who is Maria Okafor?', 'What did Tom Reyes say?'])
 * // 'Hello! factdesk answers English questions about the news articles it has — try "Who is Maria Okafor?" or "What did Tom Reyes say?".'
 */
export function smallTalkText(
  kind: 'greeting' | 'thanks' | 'other-language',
  examples: readonly string[],
  hasArticles = examples.length > 0,
): string {
  const opener =
    kind === 'greeting' ? MESSAGES.greeting : kind === 'thanks' ? MESSAGES.thanks : MESSAGES.otherLanguage;
  const quoted = examples.map((q) => `"${q}"`);
  // No example it answers for sure is no sign of an empty knowledge base.
  const offer =
    quoted.length > 0
      ? fill(MESSAGES.examplesOffer, { examples: quoted.slice(0, 2).join(' or ') })
      : hasArticles
        ? MESSAGES.examplesPlain
        : MESSAGES.examplesNone;
  return `${opener} ${offer}`;
}

/**
 * A line that asks how to use the bot rather than about the news: "help", "help me", "commands?",
 * "what can you do". (A question that only holds the word, "who helped the rebels", is a question.)
 */
export function asksForHelp(text: string): boolean {
  return /^\W*(?:help(?:\s+(?:me|please))?|commands|what can you do|how do i use (?:this|you|factdesk))\W*$/i.test(text.trim());
}

/** Help for the console: the shared commands plus console-only words (`quit`). */
export function helpText(extra: readonly { usage: string; description: string }[] = []): string {
  const rows = [...COMMAND_HELP, ...extra];
  const width = Math.max(...rows.map((r) => r.usage.length));
  return [
    MESSAGES.helpTitle,
    ...rows.map((r) => `  ${r.usage.padEnd(width)}  ${r.description}`),
    `  ${MESSAGES.helpConsole}`,
    MESSAGES.helpFooter,
  ].join('\n');
}
