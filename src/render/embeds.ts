/**
 * Discord rendering: embeds and buttons built from the same views (and words) as the console text.
 * Returns plain API JSON, so tests can compare it with what Discord receives byte for byte.
 */
import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { ArticleRef, Citation } from '../core/types.js';
import { encodeCustomId } from './custom-ids.js';
import { discordText, linkTarget, stripBidi } from './escape.js';
import { quote, truncate } from './format.js';
import { marksForAll } from '../core/text/quote-marks.js';
import { COMMAND_HELP, DISCORD_ONLY_HELP, MESSAGES, fill, plural } from './messages.js';
import type { PageView, ProfileView, QuoteView, ReplyView, SourceView, TimelineEntryView } from './views.js';
import { sourceView } from './views.js';

/** Discord's documented embed limits. */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  total: 6000,
} as const;

/** factdesk's accent colour (a newsprint blue); no meaning beyond recognisability. */
const COLOUR = 0x2b6cb0;
const UNKNOWN_COLOUR = 0x718096;

export type ActionRow = APIActionRowComponent<APIComponentInMessageActionRow>;

/** A message body for Discord. Mentions are never parsed, so echoed text cannot ping anyone. */
export interface DiscordReply {
  content?: string;
  embeds: APIEmbed[];
  components: ActionRow[];
  allowedMentions: { parse: [] };
}

function reply(embed: APIEmbed, components: ActionRow[] = []): DiscordReply {
  return { embeds: [fitEmbed(embed)], components, allowedMentions: { parse: [] } };
}

/** A plain text message (notices, confirmations), still with mentions disabled. */
export function textReply(content: string): DiscordReply {
  return { content: truncate(content, 2000), embeds: [], components: [], allowedMentions: { parse: [] } };
}

/** Discord's own count of an embed's characters, for the 6000-character limit. */
export function embedLength(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Brings an embed within every Discord limit: each part is shortened at a word boundary, extra
 * fields are dropped from the end, and if the total still exceeds 6000 the last fields go first,
 * then the description is shortened. It never throws and never returns an over-limit embed.
 *
 * @example fitEmbed({ title: 'x'.repeat(300) }).title?.length // 256
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, EMBED_LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, EMBED_LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, EMBED_LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, EMBED_LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, EMBED_LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, EMBED_LIMITS.fieldValue) || '\u200b',
    }));
  }
  while (embedLength(out) > EMBED_LIMITS.total && out.fields && out.fields.length > 0) {
    out.fields = out.fields.slice(0, -1);
  }
  if (out.fields?.length === 0) delete out.fields;
  const excess = embedLength(out) - EMBED_LIMITS.total;
  if (excess > 0 && out.description) {
    out.description = truncate(out.description, Math.max(1, out.description.length - excess));
  }
  return out;
}

/** Text factdesk did not write (a sentence, a title, a topic), shown as written: see {@link discordText}. */
const md = discordText;

/** Footers are plain text in Discord (no markup, no links): only bidi controls are removed. */
function footerOf(source: SourceView): string {
  return stripBidi(`${source.outlet} · ${source.date}`);
}

function linkedTitle(source: SourceView): string {
  const url = linkTarget(source.url);
  return url ? `[${md(source.title)}](${url})` : md(source.title);
}

/** An embed's title link, only to an http(s) address. */
function withUrl(embed: APIEmbed, url: string): APIEmbed {
  const target = linkTarget(url);
  if (target) embed.url = target;
  return embed;
}

/** `<t:…:D>` renders in each reader's locale and time zone. */
function timestampTag(timestamp: number | undefined): string {
  return timestamp === undefined ? '' : ` (<t:${timestamp}:D>)`;
}

function supportingField(q: QuoteView, marks?: readonly [string, string]): APIEmbedField {
  const tail = `— ${linkedTitle(q.source)}, ${md(q.source.outlet)}, ${q.source.date}`;
  const room = EMBED_LIMITS.fieldValue - tail.length - 3;
  return { name: MESSAGES.supportingLabel, value: `> ${md(quote(q.sentence, Math.max(20, room), marks))}\n${tail}` };
}

/** The marks for quotes shown together (see `marksForAll`). */
function marksOf(views: readonly QuoteView[]): readonly [string, string] | undefined {
  return marksForAll(views.map((v) => v.sentence));
}

function button(
  label: string,
  customId: string | undefined,
  disabled = false,
): APIButtonComponentWithCustomId[] {
  if (!customId) return [];
  return [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId, disabled }];
}

/** "Show context" for a cited sentence: the paragraph around it. */
function contextButton(c: Citation): APIButtonComponentWithCustomId[] {
  return button(
    MESSAGES.showContext,
    encodeCustomId({
      kind: 'context',
      articleId: c.article.id,
      paragraph: c.paragraph,
      sentenceIndex: c.sentenceIndex,
    }),
  );
}

function row(buttons: APIButtonComponentWithCustomId[]): ActionRow[] {
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

export interface AnswerEmbedOptions {
  /** Show "Other sources" for this name (the caller checked that other articles name it). */
  otherSourcesFor?: string | undefined;
}

/**
 * An answer: short answer first (with `<t:…:D>` for a resolved day), the quoted source sentence,
 * the title linking to the article, outlet and date in the footer, up to two supporting citations,
 * and the "Show context" / "Other sources" buttons. "I don't know" lists the suggestions.
 */
export function answerReply(view: ReplyView, options: AnswerEmbedOptions = {}): DiscordReply {
  if (view.kind === 'unknown') {
    const suggestions =
      view.suggestions.length > 0
        ? `\n\n${MESSAGES.suggestionsLead} ${view.suggestions.map(md).join(', ')}`
        : '';
    const closest = view.closest;
    const message = view.hint ? `${md(view.hint)}\n${view.message}` : view.message;
    if (!closest) return reply({ color: UNKNOWN_COLOUR, description: `${message}${suggestions}` });
    const room = EMBED_LIMITS.description - message.length - suggestions.length - 6;
    const embed: APIEmbed = {
      color: UNKNOWN_COLOUR,
      title: truncate(md(closest.source.title), EMBED_LIMITS.title),
      description: `${message}\n\n> ${md(quote(closest.sentence, room))}${suggestions}`,
      footer: { text: footerOf(closest.source) },
    };
    withUrl(embed, closest.source.url);
    return reply(embed, row(contextButton(closest.citation)));
  }
  // A short answer that is the sentence itself is not written twice: the quote says it.
  const head = view.answer ? `**${md(view.answer)}**${timestampTag(view.timestamp)}\n\n` : '';
  const note = view.disagreement ? `\n\n${MESSAGES.disagreement}` : '';
  const room = EMBED_LIMITS.description - head.length - note.length - 4;
  const marks = marksOf([view.main, ...view.supporting]);
  const description = `${head}> ${md(quote(view.main.sentence, room, marks))}${note}`;
  const embed: APIEmbed = {
    color: COLOUR,
    title: truncate(md(view.main.source.title), EMBED_LIMITS.title),
    description,
    footer: { text: footerOf(view.main.source) },
    fields: view.supporting.map((q) => supportingField(q, marks)),
  };
  withUrl(embed, view.main.source.url);
  const buttons = [
    ...contextButton(view.main.citation),
    ...(options.otherSourcesFor
      ? button(MESSAGES.otherSources, encodeCustomId({ kind: 'others', name: options.otherSourcesFor }))
      : []),
  ];
  return reply(embed, row(buttons));
}

/** The paragraph around a cited sentence, with the sentence in bold. */
export function contextReply(paragraph: string, sentence: string, source: SourceView): DiscordReply {
  const at = sentence ? paragraph.indexOf(sentence) : -1;
  const body =
    at >= 0
      ? `${md(paragraph.slice(0, at))}**${md(sentence)}**${md(paragraph.slice(at + sentence.length))}`
      : md(paragraph);
  const embed: APIEmbed = {
    color: COLOUR,
    title: md(source.title),
    description:
      body.length <= EMBED_LIMITS.description ? body : md(truncate(paragraph, EMBED_LIMITS.description - 10)),
    footer: { text: footerOf(source) },
  };
  withUrl(embed, source.url);
  return reply(embed);
}

/** Lines that fit in a description, ending with "… and N more" when some do not. */
function fitLines(lines: readonly string[], limit: number): string {
  const out: string[] = [];
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const more = fill(MESSAGES.moreOmitted, { count: lines.length - i });
    if (used + line.length + 1 > limit - more.length - 1) {
      out.push(more);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

function quoteLine(q: QuoteView, max = 400, marks?: readonly [string, string]): string {
  return `> ${md(quote(q.sentence, max, marks))}\n— ${linkedTitle(q.source)}, ${md(q.source.outlet)}, ${q.source.date}`;
}

export function otherSourcesReply(name: string, quotes: readonly QuoteView[]): DiscordReply {
  return reply({
    color: COLOUR,
    title: fill(MESSAGES.otherSourcesTitle, { name: md(name) }),
    description: fitLines(
      quotes.map((q) => quoteLine(q, 400, marksOf(quotes))),
      EMBED_LIMITS.description,
    ),
  });
}

/** How many stories about a topic with no dated event are named. */
const UNDATED_STORIES = 5;

/** `undated`: the stories about the topic, when none of them dates anything about it (see `undatedStoriesFor`). */
export function timelineReply(topic: string, entries: readonly TimelineEntryView[], undated: readonly SourceView[] = []): DiscordReply {
  if (entries.length === 0 && undated.length > 0) {
    const lines = undated.slice(0, UNDATED_STORIES).map((s) => `${linkedTitle(s)} — ${md(s.outlet)}, ${s.date}`);
    if (undated.length > UNDATED_STORIES) lines.push(fill(MESSAGES.moreOmitted, { count: undated.length - UNDATED_STORIES }));
    const lead = fill(undated.length === 1 ? MESSAGES.timelineUndatedOne : MESSAGES.timelineUndatedMany, { topic: md(topic), count: undated.length });
    return reply({ color: UNKNOWN_COLOUR, description: fitLines([lead, ...lines], EMBED_LIMITS.description) });
  }
  if (entries.length === 0)
    return reply({ color: UNKNOWN_COLOUR, description: topic ? fill(MESSAGES.timelineEmpty, { topic: md(topic) }) : MESSAGES.timelineAllEmpty });
  const marks = marksOf(entries.map((e) => e.quote));
  const lines = entries.map(
    (e) => `**${md(e.label)}** ("${md(e.phrase)}")${timestampTag(e.timestamp)}\n${quoteLine(e.quote, 300, marks)}`,
  );
  return reply({
    color: COLOUR,
    title: topic ? fill(MESSAGES.timelineTitle, { topic: md(topic) }) : MESSAGES.timelineAllTitle,
    description: fitLines(lines, EMBED_LIMITS.description),
  });
}

/** One page of `/sources`, with Previous/Next buttons when there is more than one page. */
export function sourcesReply(page: PageView<ArticleRef>): DiscordReply {
  if (page.total === 0) return reply({ color: UNKNOWN_COLOUR, description: MESSAGES.sourcesEmpty });
  const lines = page.items.map((article) => {
    const s = sourceView(article);
    return `${linkedTitle(s)} — ${md(s.outlet)}, ${s.date}`;
  });
  const embed: APIEmbed = {
    color: COLOUR,
    title: fill(MESSAGES.sourcesTitle, { count: page.total, articles: plural(page.total, 'article') }),
    description: fitLines(lines, EMBED_LIMITS.description),
  };
  if (page.pages <= 1) return reply(embed);
  embed.footer = { text: fill(MESSAGES.pageLabel, { page: page.page + 1, pages: page.pages }) };
  return reply(
    embed,
    row([
      // Clamped so both ids stay valid and distinct; the button that goes nowhere is disabled.
      ...button(
        MESSAGES.previousPage,
        encodeCustomId({ kind: 'sources', page: Math.max(0, page.page - 1) }),
        page.page === 0,
      ),
      ...button(
        MESSAGES.nextPage,
        encodeCustomId({ kind: 'sources', page: Math.min(page.pages - 1, page.page + 1) }),
        page.page >= page.pages - 1,
      ),
    ]),
  );
}

export function profileReply(view: ProfileView, options: AnswerEmbedOptions = {}): DiscordReply {
  const parts: string[] = [];
  if (view.roles.length > 0) parts.push(`**${MESSAGES.profileRoles}:** ${md(view.roles.join('; '))}`);
  if (view.unlisted) parts.push(`*${md(MESSAGES.profileUnlisted)}*`);
  const marks = marksOf(view.sentences);
  for (const s of view.sentences) parts.push(quoteLine(s, 500, marks));
  const embed: APIEmbed = {
    color: COLOUR,
    title: md(view.name),
    description: fitLines(parts, EMBED_LIMITS.description),
    fields: [
      ...(view.sources.length > 0
        ? [
            {
              name: MESSAGES.profileArticles,
              value: fitLines(
                view.sources.map((s) => `${linkedTitle(s)} — ${md(s.outlet)}, ${s.date}`),
                EMBED_LIMITS.fieldValue,
              ),
            },
          ]
        : []),
      ...(view.others.length > 0 ? [{ name: MESSAGES.profileOthers, value: fitLines(view.others.map(md), EMBED_LIMITS.fieldValue) }] : []),
    ],
  };
  const buttons = options.otherSourcesFor
    ? button(MESSAGES.otherSources, encodeCustomId({ kind: 'others', name: options.otherSourcesFor }))
    : [];
  return reply(embed, row(buttons));
}

export function helpReply(): DiscordReply {
  return reply({
    color: COLOUR,
    title: MESSAGES.helpTitle,
    description: [...COMMAND_HELP, ...DISCORD_ONLY_HELP]
      .map((c) => `\`${c.usage}\` — ${c.description}`)
      .concat('', MESSAGES.helpMention)
      .join('\n'),
    footer: { text: MESSAGES.helpFooter },
  });
}

/** An ephemeral notice body (errors, explanations). */
export function noticeReply(message: string): DiscordReply {
  return textReply(message);
}
