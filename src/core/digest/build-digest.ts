import { addDaysToKey, localDayKey, zonedTime } from '../schedule/local-time.js';
import type { ArticleRef, Citation, IsoDate, KnowledgeBase, TimelineEvent } from '../types.js';

/** At most this many articles are shown in full; the rest are counted and pointed to /sources. */
export const DIGEST_MAX_ARTICLES = 10;
/** The lead plus the two most informative other sentences. */
export const DIGEST_SENTENCES_PER_ARTICLE = 3;
/** Timeline entries shown; a digest is a summary, the full list is `/timeline`. */
export const DIGEST_MAX_TIMELINE = 10;

export interface DigestInput {
  /** Exclusive start of the window: the previous digest's time (or 24 hours before the first). */
  from: Date;
  /** Inclusive end of the window: now. */
  to: Date;
  /** The server's time zone: publication dates and the timeline are read as its local days. */
  timeZone: string;
  /** Article id → ISO instant it was first seen by the bot; articles with no entry count as old. */
  firstSeen: ReadonlyMap<string, string>;
  /**
   * First publication day that counts (inclusive). Default: the day after the window's first
   * local day, so an article published on the day of the previous digest is not listed twice.
   */
  publishedFrom?: IsoDate | undefined;
  maxArticles?: number | undefined;
}

export interface DigestArticle {
  article: ArticleRef;
  /** `published` when its date falls in the window, else `added` (new file, older date). */
  why: 'published' | 'added';
  /** ISO instant the bot first saw it, when known. */
  firstSeen?: string | undefined;
  /** Lead first, verbatim. */
  sentences: Citation[];
}

export interface Digest {
  /** ISO instants of the window. */
  from: string;
  to: string;
  /** Local days of the window in the server's zone (`since` is what "nothing new since" names). */
  since: IsoDate;
  until: IsoDate;
  articles: DigestArticle[];
  /** New articles beyond those shown. */
  more: number;
  /** Dated events falling in the window's local days, sorted by date. */
  timeline: TimelineEvent[];
  /** Events beyond those shown. */
  moreTimeline: number;
}

/**
 * The window of a server's next digest: from its previous digest (exclusive) to `now`, or the
 * 24 hours before `now` for the first one.
 *
 * @example
 * digestWindow(new Date('2026-03-10T08:00:00Z'));
 * // { from: 2026-03-09T08:00:00Z, to: 2026-03-10T08:00:00Z }
 */
export function digestWindow(now: Date, previous?: Date): { from: Date; to: Date } {
  const from =
    previous && previous.getTime() < now.getTime() ? previous : new Date(now.getTime() - 86_400_000);
  return { from, to: now };
}

/**
 * The input of an ad-hoc digest "since a day" (CLI `--since`, console preview): from the start of
 * that local day, with articles published on it included.
 *
 * @example
 * sinceInput('2007-07-24', new Date('2007-07-26T09:00:00Z'), 'UTC', new Map());
 * // { from: 2007-07-24T00:00:00Z, to: …, publishedFrom: '2007-07-24', … }
 */
export function sinceInput(
  since: IsoDate | undefined,
  now: Date,
  timeZone: string,
  firstSeen: ReadonlyMap<string, string>,
): DigestInput {
  if (since === undefined) return { ...digestWindow(now), timeZone, firstSeen };
  return {
    from: zonedTime(since, { hour: 0, minute: 0 }, timeZone),
    to: now,
    timeZone,
    firstSeen,
    publishedFrom: since,
  };
}

/**
 * Builds a digest from the knowledge base, a window and first-seen times — pure: the same inputs
 * give the same digest, whether for the scheduled post, `/digest preview` or the CLI.
 *
 * An article is new when it was published in the window (by the server's local days) or first seen
 * in it (a file added today about an older story). Newest publication first; the first
 * `maxArticles` come with their lead and most informative sentences (`kb.keySentences`).
 *
 * @example
 * const d = buildDigest(kb, { from, to, timeZone: 'Europe/London', firstSeen: new Map() });
 * d.articles.length === 0 ? `nothing new since ${d.since}` : d.articles[0].article.title;
 */
export function buildDigest(kb: KnowledgeBase, input: DigestInput): Digest {
  const since = localDayKey(input.from, input.timeZone);
  const until = localDayKey(input.to, input.timeZone);
  const publishedFrom = input.publishedFrom ?? addDaysToKey(since, 1);
  const fromMs = input.from.getTime();
  const toMs = input.to.getTime();
  const max = input.maxArticles ?? DIGEST_MAX_ARTICLES;

  const fresh: Array<{
    article: ArticleRef;
    why: DigestArticle['why'];
    seen: string | undefined;
    seenMs: number;
  }> = [];
  for (const article of kb.articles) {
    const seen = input.firstSeen.get(article.id);
    const seenMs = seen === undefined ? Number.NaN : Date.parse(seen);
    // A file first seen after the window (a later reload) is not part of this digest yet.
    if (seenMs > toMs) continue;
    const publishedIn = article.published >= publishedFrom && article.published <= until;
    const addedIn = seenMs > fromMs && seenMs <= toMs;
    if (publishedIn || addedIn)
      fresh.push({ article, why: publishedIn ? 'published' : 'added', seen, seenMs });
  }
  fresh.sort(
    (a, b) =>
      b.article.published.localeCompare(a.article.published) ||
      (Number.isNaN(b.seenMs) ? 0 : b.seenMs) - (Number.isNaN(a.seenMs) ? 0 : a.seenMs) ||
      a.article.title.localeCompare(b.article.title) ||
      a.article.id.localeCompare(b.article.id),
  );

  const articles = fresh.slice(0, max).map(({ article, why, seen }) => ({
    article: {
      id: article.id,
      title: article.title,
      published: article.published,
      source: article.source,
      url: article.url,
    },
    why,
    firstSeen: seen,
    sentences: kb.keySentences(article.id, DIGEST_SENTENCES_PER_ARTICLE),
  }));

  const events = kb.timeline('', { from: since, to: until });
  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    since,
    until,
    articles,
    more: fresh.length - articles.length,
    timeline: events.slice(0, DIGEST_MAX_TIMELINE),
    moreTimeline: Math.max(0, events.length - DIGEST_MAX_TIMELINE),
  };
}

/**
 * True when the digest has no new article (the timeline alone does not make it worth a post).
 *
 * @example
 * if (isEmptyDigest(digest) && settings.skipEmpty) return; // nothing posted that day
 */
export function isEmptyDigest(digest: Digest): boolean {
  return digest.articles.length === 0;
}
