import { formatLocalDay, formatShortDay } from '../schedule/local-time.js';
import type { Digest } from './build-digest.js';
import { DIGEST_WORDS as W, fillDigestWords as fill } from './digest-words.js';
import { marksForAll, quoted } from '../text/quote-marks.js';

/**
 * The heading of a digest for a local day; the Discord edge also uses it to recognise its own
 * digest among a channel's messages after a crash.
 *
 * @example
 * digestTitle('2026-11-24'); // 'Daily digest — Tuesday 24 November 2026'
 */
export function digestTitle(day: string): string {
  return fill(W.title, { day: formatLocalDay(day) });
}

/**
 * The line under the title: how many new articles since when, or "nothing new since …".
 *
 * @example
 * digestSummary(digest); // '3 new articles since Monday 23 November 2026'
 */
export function digestSummary(digest: Digest): string {
  const since = formatLocalDay(digest.since);
  const count = digest.articles.length + digest.more;
  if (count === 0) return fill(W.nothingNew, { since });
  return count === 1 ? fill(W.countOne, { since }) : fill(W.countMany, { count, since });
}

/**
 * A digest as plain text (console, CLI): title, summary, each article with its headline, outlet,
 * date, link and quoted sentences, "… and N more", then the timeline.
 *
 * @example
 * console.log(digestText(buildDigest(kb, input)));
 */
export function digestText(digest: Digest): string {
  const lines = [digestTitle(digest.until), digestSummary(digest)];
  digest.articles.forEach((item, i) => {
    const a = item.article;
    lines.push('', `${i + 1}. ${a.title} — ${a.source}, ${formatShortDay(a.published)}`);
    if (a.url) lines.push(`   ${a.url}`);
    const marks = marksForAll(item.sentences.map((s) => s.sentence));
    for (const s of item.sentences) lines.push(`   ${quoted(s.sentence, undefined, undefined, marks)}`);
  });
  if (digest.more > 0) lines.push('', fill(W.more, { count: digest.more }));
  if (digest.timeline.length > 0) {
    lines.push('', W.timeline);
    const marks = marksForAll(digest.timeline.map((e) => e.citation.sentence));
    for (const e of digest.timeline) {
      lines.push(
        `${e.date.label} ("${e.date.text}") — ${quoted(e.citation.sentence, undefined, undefined, marks)} — ${e.citation.article.title}, ${e.citation.article.source}`,
      );
    }
    if (digest.moreTimeline > 0) lines.push(fill(W.moreTimeline, { count: digest.moreTimeline }));
  }
  return lines.join('\n');
}
