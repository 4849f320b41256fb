/**
 * A digest as Discord messages: one embed per article, then "… and N more" and the timeline,
 * packed into as many messages as Discord's limits need (10 embeds and 6000 characters of embeds
 * per message). Every message starts with the digest's title, which is also how the scheduler
 * recognises its own post in a channel after a crash.
 */
import type { APIEmbed } from 'discord.js';
import type { Digest, DigestArticle } from '../core/digest/build-digest.js';
import { digestSummary, digestTitle } from '../core/digest/digest-text.js';
import {
  DIGEST_COMMAND_WORDS as C,
  DIGEST_WORDS as W,
  fillDigestWords as fill,
} from '../core/digest/digest-words.js';
import { formatShortDay } from '../core/schedule/local-time.js';
import type { ScheduledRun } from '../core/schedule/plan-digest.js';
import type { DigestSettings } from '../io/database.js';
import { EMBED_LIMITS, embedLength, fitEmbed } from '../render/embeds.js';
import { discordText, linkTarget, stripBidi } from '../render/escape.js';
import { quote, truncate } from '../render/format.js';
import { marksForAll } from '../core/text/quote-marks.js';
import type { DigestMessage, DigestStatus } from './digest-types.js';

export type { DigestMessage } from './digest-types.js';

export const MESSAGE_LIMITS = { content: 2000, embeds: 10, embedTotal: EMBED_LIMITS.total } as const;

const COLOUR = 0x2b6cb0;
const QUIET_COLOUR = 0x718096;
/** Room for one quoted sentence: three of them plus markup stay far below the 4096 description. */
const SENTENCE_MAX = 1000;
const TIMELINE_SENTENCE_MAX = 300;

/** Article text, shown as written: see {@link discordText}. */
const md = discordText;

/** Discord's own count for the 6000-character limit (re-exported for the digest's tests). */
export { embedLength };

/** The first line of every message of a day's digest. */
export function digestHeading(day: string): string {
  return `**${digestTitle(day)}**`;
}

/** True when a message's content is (a part of) the digest of `day`. */
export function isDigestMessageFor(content: string, day: string): boolean {
  return content.startsWith(digestHeading(day));
}

function articleEmbed(item: DigestArticle): APIEmbed {
  const a = item.article;
  const quotes = item.sentences.map((s) => `> ${md(truncate(s.sentence, SENTENCE_MAX))}`);
  const footer = [a.source, formatShortDay(a.published)];
  if (item.why === 'added' && item.firstSeen)
    footer.push(fill(W.added, { date: formatShortDay(item.firstSeen.slice(0, 10)) }));
  const embed: APIEmbed = {
    color: COLOUR,
    title: truncate(md(a.title), EMBED_LIMITS.title),
    description: quotes.join('\n') || '\u200b',
    footer: { text: stripBidi(footer.join(' · ')) },
  };
  const url = linkTarget(a.url);
  if (url) embed.url = url;
  return fitEmbed(embed);
}

function timelineEmbed(digest: Digest): APIEmbed | undefined {
  if (digest.timeline.length === 0) return undefined;
  const marks = marksForAll(digest.timeline.map((e) => e.citation.sentence));
  const lines = digest.timeline.map((e) => {
    const a = e.citation.article;
    const url = linkTarget(a.url);
    const title = url ? `[${md(a.title)}](${url})` : md(a.title);
    return `**${md(e.date.label)}** ("${md(e.date.text)}") — ${md(quote(e.citation.sentence, TIMELINE_SENTENCE_MAX + 2, marks))} — ${title}`;
  });
  if (digest.moreTimeline > 0) lines.push(fill(W.moreTimeline, { count: digest.moreTimeline }));
  // Whole lines only: a link cut in half would render as broken markup.
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > EMBED_LIMITS.description - 100) break;
    kept.push(line);
    used += line.length + 1;
  }
  if (kept.length < lines.length && digest.moreTimeline === 0) {
    kept.push(fill(W.moreTimeline, { count: lines.length - kept.length }));
  }
  return fitEmbed({ color: QUIET_COLOUR, title: W.timeline, description: kept.join('\n') });
}

/**
 * Renders a digest as one or more messages within Discord's limits. An empty digest is one short
 * message ("nothing new since …"), with the timeline if there is one.
 *
 * @example
 * const messages = renderDigestMessages(digest);
 * for (const m of messages) await channel.send(m);
 */
export function renderDigestMessages(digest: Digest): DigestMessage[] {
  const heading = digestHeading(digest.until);
  const embeds: APIEmbed[] = digest.articles.map(articleEmbed);
  if (digest.more > 0)
    embeds.push({ color: QUIET_COLOUR, description: fill(W.more, { count: digest.more }) });
  const timeline = timelineEmbed(digest);
  if (timeline) embeds.push(timeline);

  const groups: APIEmbed[][] = [];
  let group: APIEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (
      group.length > 0 &&
      (group.length >= MESSAGE_LIMITS.embeds || size + length > MESSAGE_LIMITS.embedTotal)
    ) {
      groups.push(group);
      group = [];
      size = 0;
    }
    group.push(embed);
    size += length;
  }
  if (group.length > 0 || groups.length === 0) groups.push(group);

  return groups.map((g, i) => {
    const part = groups.length > 1 ? ` ${fill(W.part, { part: i + 1, parts: groups.length })}` : '';
    const content = i === 0 ? `${heading}${part}\n${md(digestSummary(digest))}` : `${heading}${part}`;
    return { content: truncate(content, MESSAGE_LIMITS.content), embeds: g, allowedMentions: { parse: [] } };
  });
}

/** Unix seconds, for Discord's `<t:…>` timestamps (shown in each reader's own zone). */
function unix(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** A channel as Discord shows it: `<#id>`, a link with the channel's current name. */
function channelMention(channelId: string): string {
  return `<#${channelId}>`;
}

/** An instant as Discord shows it, in each reader's own zone: the full date, then "in 3 hours". */
function discordDateTime(seconds: number): string {
  return `<t:${seconds}:F> (<t:${seconds}:R>)`;
}

/**
 * `/digest status`: the settings, the next post as a Discord timestamp, the last delivery and its
 * outcome (a failure shows its reason).
 */
export function digestStatusText(status: DigestStatus): string {
  const { settings, next, last } = status;
  const lines: string[] = [];
  if (!settings) {
    lines.push(C.statusOff);
  } else {
    lines.push(
      fill(C.statusOn, {
        time: settings.time,
        zone: settings.timeZone,
        channel: channelMention(settings.channelId),
        skip: settings.skipEmpty ? C.setupSkipEmpty : '',
      }),
    );
    if (next) lines.push(fill(C.statusNext, { next: discordDateTime(unix(next.at)) }));
  }
  if (!last) {
    lines.push(C.statusNever);
  } else {
    const outcome =
      last.status === 'sent'
        ? C.outcomeSent
        : last.status === 'sending'
          ? C.outcomeSending
          : fill(last.status === 'failed' ? C.outcomeFailed : C.outcomeSkipped, {
              reason: last.reason ?? 'unknown',
            });
    lines.push(fill(C.statusLast, { day: formatShortDay(last.dayKey), outcome }));
  }
  return lines.join('\n');
}

/** The confirmation of `/digest setup`. */
export function digestSetupText(settings: DigestSettings, next: ScheduledRun | undefined): string {
  return fill(C.setupDone, {
    time: settings.time,
    zone: settings.timeZone,
    channel: channelMention(settings.channelId),
    skip: settings.skipEmpty ? C.setupSkipEmpty : '',
    next: discordDateTime(next ? unix(next.at) : 0),
  });
}
