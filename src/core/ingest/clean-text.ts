import type { IsoDate } from '../types.js';
import { findFullDate } from './parse-date.js';

/**
 * Cleaning raw article text by general heuristics, never by strings of particular sites.
 *
 * The model: a page is a header (site banners, section labels, the headline, the dateline), a body of
 * running text, and a footer (sign-up prompts, ads, related links). Running text is what separates
 * them: the body starts at the first paragraph of prose and ends at the last one of running text
 * (sentence-final, a lead-in ending in a colon with what it introduces, or long prose that breaks off).
 * Inside the body, only paragraphs that are clearly page furniture (copyright, calls to action) are
 * dropped, so that real closing lines ("Some information for this report was provided by …") stay.
 */

const TERMINAL = /[.!?\u2026]["'\u201d\u2019)\]]*$/;

const COLON_END = /:["'\u201d\u2019)\]]*$/;

/** A sentence boundary inside a paragraph: a stop, then a capitalised word. */
const INNER_BOUNDARY = /(?<=[.!?\u2026]["'\u201d\u2019)\]]*)\s+(?=["'\u201c\u2018(]?\p{Lu})/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

function isTerminal(paragraph: string): boolean {
  return TERMINAL.test(paragraph);
}

/**
 * A sentence that introduces a list or a quotation ("It disclosed that the builders:"): mostly
 * lower-case words, unlike a title-case label ("Related Links:", "Share This Story:").
 */
function isLeadIn(paragraph: string): boolean {
  if (!COLON_END.test(paragraph)) return false;
  const words = paragraph.split(/\s+/).filter((word) => word !== '');
  if (words.length < 5) return false;
  const lower = words.filter((word) => /^["'(\u201c\u2018]?\p{Ll}/u.test(word)).length;
  return lower * 2 >= words.length;
}

/**
 * Running prose with a sentence boundary inside ("The plan was sound. Critics, however, said the"),
 * as opposed to a row of one-word labels ("Weather. Sports. Opinion.").
 */
function hasInnerSentence(paragraph: string): boolean {
  const parts = paragraph.split(INNER_BOUNDARY);
  return parts.length >= 2 && parts.slice(0, -1).some((part) => wordCount(part) >= 4);
}

/** Ends as a sentence does: with a stop, or with a colon introducing what follows. */
function isSentenceEnd(paragraph: string): boolean {
  return isTerminal(paragraph) || isLeadIn(paragraph);
}

/** Running text, whatever its topic, as opposed to a label, a menu or a link. */
function isRunningText(paragraph: string): boolean {
  const words = wordCount(paragraph);
  return (isSentenceEnd(paragraph) && words >= 6) || (hasInnerSentence(paragraph) && words >= 8);
}

/**
 * Phrases of page furniture: sign-ups, sharing, legal lines. Words that are also news topics
 * ("cookies", "comments", "advertising") are in WEAK_FURNITURE and only count on a short label.
 */
const FURNITURE =
  /\b(mailing list|sign up|sign in|log in|join now|join us|follow us|share this|share on|click here|read more|read next|related (stories|articles|links|coverage|content)|see also|more stories|most (read|popular|viewed)|recommended for you|all rights reserved|terms of (use|service)|privacy policy|cookie (policy|settings|preferences|notice)|(we|this site) uses? cookies|back to top|print this|e-?mail this|download (the|our) app|(post|leave|add|view|show|read|load) (a |the |all )?comments?|\d+ comments?)\b/i;

/** A headline may use a topic-like furniture word; only a short label ("Sponsored content") may not. */
const HEADLINE_WEAK_WORDS = 3;

const WEAK_FURNITURE =
  /\b(newsletters?|subscribe|subscription|advertisement|advertising|sponsored|cookies?|comments?)\b/i;

/** Imperative openings of calls to action. */
const CALL_TO_ACTION =
  /^(click|tap|subscribe|sign up|sign in|log in|register|join|follow|share|download|read more|read next|see also|related|more from|more on|watch|listen|buy|order|shop|get the|advertisement|sponsored|tags?|topics?|filed under|posted in)\b/i;

/**
 * "© 2015 Example News", "Copyright Example News", "… All rights reserved". "(c)" counts only
 * before a year: "(C) make research grants;" is the third item of a list.
 */
const COPYRIGHT = /^(\u00a9|copyright\b)|\ball rights reserved\b/i;
const COPYRIGHT_C = /^\([cC]\)\s*(?:\d{4}\b|\p{Lu}[\p{L}.&' -]*\d{4}\b)/u;

const BYLINE = /^by\s+\p{Lu}/iu;

const DATE_META = /^(published|posted|updated|last updated|first published|date|dated)\b/i;

/**
 * A line whose point is its date: "25 July 2007", "Posted Wednesday, July 25, 2007 10:12 AM".
 *
 * @example
 * isDateLine('Updated July 26, 2007 9:00 AM'); // → true
 * isDateLine('The talks began on July 25, 2007, in Baghdad after weeks of delay.'); // → false
 */
export function isDateLine(paragraph: string): boolean {
  if (paragraph.length > 80) return false;
  const found = findFullDate(paragraph);
  if (found === undefined) return false;
  if (DATE_META.test(paragraph)) return true;
  const visible = paragraph.replace(/\s+/g, '').length;
  const dateVisible = paragraph.slice(found.index, found.index + found.length).replace(/\s+/g, '').length;
  return dateVisible / visible >= 0.5;
}

/**
 * A line without a letter or a digit ("___", "* * *", "—"): a rule between parts of the page or of
 * the story, never a line of its text.
 *
 * @example
 * isSeparator('___'); // → true
 * isSeparator('2019'); // → false
 */
function isSeparator(paragraph: string): boolean {
  return !/[\p{L}\p{N}]/u.test(paragraph);
}

/**
 * Page furniture rather than article text.
 *
 * @example
 * isBoilerplate('Join the mailing list'); // → true
 * isBoilerplate('Some information for this report was provided by AFP and Reuters.'); // → false
 */
export function isBoilerplate(paragraph: string): boolean {
  return isFurniture(paragraph, 12);
}

/**
 * `weakWords`: up to how many words a line with a topic-like furniture word ("Get our free newsletter
 * every morning") counts as furniture; headlines allow fewer, so that "Advertising Slumps as Budgets
 * Shrink" stays a headline while "Sponsored content" does not.
 */
function isFurniture(paragraph: string, weakWords: number): boolean {
  if (isSeparator(paragraph)) return true;
  const words = wordCount(paragraph);
  if ((COPYRIGHT.test(paragraph) || COPYRIGHT_C.test(paragraph)) && words <= 40) return true;
  if (isRunningText(paragraph)) {
    // Running text is furniture only when it is a short imperative about the page itself.
    return (
      words <= 25 &&
      CALL_TO_ACTION.test(paragraph) &&
      (FURNITURE.test(paragraph) || WEAK_FURNITURE.test(paragraph))
    );
  }
  if (FURNITURE.test(paragraph) || CALL_TO_ACTION.test(paragraph)) return true;
  if (words <= weakWords && WEAK_FURNITURE.test(paragraph)) return true;
  // Menus and share bars: "Facebook | Twitter | Email".
  if ((paragraph.match(/\s[|\u2022\u00b7]\s/g) ?? []).length >= 2) return true;
  // Short shouted labels: "ADVERTISEMENT", "MORE NEWS".
  const letters = paragraph.replace(/[^\p{L}]/gu, '');
  if (
    words <= 4 &&
    letters.length >= 2 &&
    letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase()
  )
    return true;
  return BYLINE.test(paragraph) && words <= 12;
}

/**
 * A sentence or more of prose: ends as a sentence does, six words or more, not page furniture.
 *
 * @example
 * isProse('The ferry returned to service on Monday.'); // → true
 * isProse('By Dana Whitfield'); // → false
 */
export function isProse(paragraph: string): boolean {
  return isSentenceEnd(paragraph) && wordCount(paragraph) >= 6 && !isBoilerplate(paragraph);
}

/**
 * Sentence-final, long enough to be running text even without a final stop ("… he said --"), or
 * prose with a sentence inside it: a body paragraph wherever it stands.
 */
function isBodyLike(paragraph: string): boolean {
  const running = isSentenceEnd(paragraph) || wordCount(paragraph) >= 20 || isRunningText(paragraph);
  return running && !isBoilerplate(paragraph) && !isDateLine(paragraph);
}

/** A photo caption or credit line ("Image caption …", "Image copyright …", "Photo: …"): never a headline. */
const CAPTION_LINE =
  /^(image|photo|picture|video|media) (caption|copyright|credit|source)\b|^(photo(graph)?s?|image|credits?|illustration|caption)( by)?\s*:/i;

function isHeadlineLike(paragraph: string): boolean {
  if (CAPTION_LINE.test(paragraph)) return false;
  const words = wordCount(paragraph);
  if (words < 2 || words > 30 || paragraph.length > 200) return false;
  // ("'Thrifty of her to use it up. Unusual in a case like this, but' --": speech broken off is no headline.)
  if (/[.:;,]$|(?:--|—|–)$/.test(paragraph)) return false;
  return !isDateLine(paragraph) && !isFurniture(paragraph, HEADLINE_WEAK_WORDS);
}

/** A one-word headline ("Results"): a single word with letters, neither furniture nor a date. */
function isOneWordHeadline(paragraph: string): boolean {
  return (
    !CAPTION_LINE.test(paragraph) &&
    wordCount(paragraph) === 1 &&
    /\p{L}{2}/u.test(paragraph) &&
    !/[.:;,]$/.test(paragraph) &&
    !isDateLine(paragraph) &&
    !isFurniture(paragraph, HEADLINE_WEAK_WORDS)
  );
}

/** Quoted or listed lines that a lead-in ending in a colon introduces. */
const INTRODUCED = /^(["'\u201c\u2018(\u2022*\u2013\u2014-]|\d+[.)]\s)/;

/** Lines of one block are wrapped text when all but the last reach close to the longest line. */
function isHardWrapped(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const longest = Math.max(...lines.map((line) => line.length));
  // Short lines (a headline over a dateline) are separate paragraphs even when of similar length.
  if (longest > 100 || longest < 50) return false;
  return lines.slice(0, -1).every((line) => line.length >= 0.6 * longest) && !lines.some(isDateLine);
}

/**
 * Splits raw text into paragraphs: blocks separated by blank lines; lines of a wrapped paragraph are
 * joined with single spaces; short lines in one block (headline, dateline) stay separate.
 *
 * @example
 * textToBlocks('Headline\n25 July 2007\n\nA long paragraph that was\nwrapped at a fixed width.\n');
 * // → ['Headline', '25 July 2007', 'A long paragraph that was wrapped at a fixed width.']
 */
export function textToBlocks(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t\f\v\u00a0]*\n/)) {
    const lines = block
      .split('\n')
      .map((line) => line.replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length === 0) continue;
    if (isHardWrapped(lines)) {
      paragraphs.push(lines.join(' '));
      continue;
    }
    let current = lines[0] ?? '';
    for (const line of lines.slice(1)) {
      // A line continues the previous one when that one broke off mid-sentence.
      const continues = current.length >= 25 && !isTerminal(current) && /^[\p{Ll}\d"'(\u201c]/u.test(line);
      if (continues) {
        current = `${current} ${line}`;
      } else {
        paragraphs.push(current);
        current = line;
      }
    }
    paragraphs.push(current);
  }
  return paragraphs;
}

/**
 * A one-word headline is only trusted where a headline stands: just above the dateline, or as the only
 * line of the header; elsewhere a lone word is more likely a section label ("Politics").
 */
function findOneWordHeadline(header: readonly string[]): string | undefined {
  const undated = header.filter((line) => !isDateLine(line));
  for (let i = header.length - 2; i >= 0; i--) {
    const line = header[i] ?? '';
    if (isOneWordHeadline(line) && isDateLine(header[i + 1] ?? '')) return line;
  }
  const only = undated.length === 1 ? undated[0] : undefined;
  return only !== undefined && isOneWordHeadline(only) ? only : undefined;
}

export interface CleanedText {
  /** The body, word for word, one entry per paragraph. */
  paragraphs: string[];
  /** The last headline-like line above the body, if any. */
  headline?: string | undefined;
  /** The first date line outside the body, if any. */
  dateline?: IsoDate | undefined;
  /** Lines between the body's first and last paragraphs left out as page furniture or date lines. */
  furniture?: string[] | undefined;
  /** Lines of running text above the body left out (not its headline, a date line, page furniture or a label). */
  above?: string[] | undefined;
}

/**
 * Separates the article body from the page around it and finds the headline and dateline.
 *
 * @example
 * cleanParagraphs(['SITE BANNER - JOIN NOW', 'Rain Falls on City', '25 July 2007',
 *   'Rain fell on the city all day on Wednesday.', 'Join the mailing list']);
 * // → { paragraphs: ['Rain fell on the city all day on Wednesday.'], headline: 'Rain Falls on City',
 * //     dateline: '2007-07-25' }
 */
/** Whether two lines are the same but for case, spaces and a Markdown heading's marks. */
function sameLine(a: string, b: string): boolean {
  const norm = (line: string): string => line.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

/** A repeated paragraph this long is a copy; a short one ("Yes.", "He declined.") may be said twice. */
const REPEAT_MIN_LENGTH = 60;

export function cleanParagraphs(blocks: readonly string[], title?: string): CleanedText {
  const paragraphs = blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter((block) => block !== '');
  // The body opens at the first sentence-final line that is not a headline ("Is Iran Next?") or
  // furniture; a lone short line ("He declined.") only opens it when prose follows.
  const opens = (paragraph: string): boolean => isBodyLike(paragraph) && !isHeadlineLike(paragraph);
  const firstProse = paragraphs.findIndex((paragraph) => isProse(paragraph) && !isDateLine(paragraph));
  const firstOpening = paragraphs.findIndex(opens);
  const bodyStart =
    firstProse < 0 ? firstOpening : Math.min(firstProse, firstOpening < 0 ? firstProse : firstOpening);
  if (bodyStart < 0) return { paragraphs: [] };
  let bodyEnd = bodyStart;
  for (let i = paragraphs.length - 1; i > bodyStart; i--) {
    const paragraph = paragraphs[i] ?? '';
    if (isBodyLike(paragraph)) {
      bodyEnd = i;
      break;
    }
  }
  // A closing lead-in ("… the third verse:") keeps the quotation or list it introduces.
  if (isLeadIn(paragraphs[bodyEnd] ?? '')) {
    while (bodyEnd + 1 < paragraphs.length) {
      const next = paragraphs[bodyEnd + 1] ?? '';
      if (!INTRODUCED.test(next) || isBoilerplate(next) || isDateLine(next)) break;
      bodyEnd++;
    }
  }
  let header = paragraphs.slice(0, bodyStart);
  // A headline the caller names ("--title") found above the body: the headline-like lines under it
  // are headings of the text (a letter's, a section's), its first paragraphs, not the headline.
  const named = title === undefined ? -1 : header.findIndex((line) => sameLine(line, title));
  const headings = named < 0 ? [] : header.slice(named + 1).filter((line) => isHeadlineLike(line) && !isBoilerplate(line) && !isDateLine(line));
  if (headings.length > 0) header = header.filter((line) => !headings.includes(line));
  const footer = paragraphs.slice(bodyEnd + 1);
  // A page may print a caption twice (the image's and the figure's): a paragraph of prose that
  // repeats one before it word for word is a copy, not more of the story.
  const seen = new Set<string>();
  const furniture: string[] = [];
  const body = paragraphs
    .slice(bodyStart, bodyEnd + 1)
    .filter((paragraph) => {
      const kept = !isBoilerplate(paragraph) && !isDateLine(paragraph);
      if (!kept) furniture.push(paragraph);
      return kept;
    })
    .filter((paragraph) => {
      if (paragraph.length < REPEAT_MIN_LENGTH) return true;
      if (seen.has(paragraph)) return false;
      seen.add(paragraph);
      return true;
    });

  const dateLine = [...header, ...footer].find(isDateLine);
  const headline = [...header].reverse().find(isHeadlineLike) ?? findOneWordHeadline(header);
  // (A section's label, a kicker above a headline, are no text of the story: only running text is told of.)
  const above = header.filter((line) => line !== headline && isBodyLike(line));
  return {
    paragraphs: [...headings, ...body],
    headline,
    dateline: dateLine === undefined ? undefined : findFullDate(dateLine)?.date,
    ...(furniture.length > 0 ? { furniture } : {}),
    ...(above.length > 0 ? { above } : {}),
  };
}
