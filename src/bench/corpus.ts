/**
 * Turns Brown corpus stories into article-sized pieces with generated titles, outlets and dates, so
 * the benchmark can build knowledge bases of any size from real English text. Nothing here is
 * written to the repository: the bench renders these into a temporary folder at run time.
 */
import { addDays, format } from 'date-fns';
import { headlineFromText, type BrownArticle } from '../io/brown-corpus.js';
import { pick, randomInt, seededRandom, shuffled } from './stats.js';

/** One raw article as a curator would receive it, before ingest. */
export interface BenchArticle {
  title: string;
  /** `YYYY-MM-DD`. */
  published: string;
  source: string;
  url: string;
  paragraphs: string[];
  /** Which Brown file and piece it was cut from, for logs. */
  origin: string;
}

/** Words a piece grows to before it is cut: about a short news story (~20–30 sentences). */
const TARGET_WORDS = 600;
/** A tail shorter than this joins the piece before it rather than standing alone. */
const MIN_TAIL_WORDS = 200;
const OUTLETS = [
  'Bench Wire',
  'Daily Sample',
  'Corpus Courier',
  'Test Tribune',
  'Evening Benchmark',
  'Morning Probe',
];
const TITLE_VARIANTS = [
  '',
  'Update: ',
  'Follow-up: ',
  'Report: ',
  'Analysis: ',
  'Briefing: ',
  'Latest: ',
  'Recap: ',
];

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/** A piece of one story: consecutive paragraphs of roughly {@link TARGET_WORDS} words. */
export interface StoryPiece {
  title: string;
  paragraphs: string[];
  origin: string;
}

/**
 * Cuts stories into article-sized pieces: long stories into several, short ones kept whole.
 *
 * @example
 * cutIntoPieces([{ file: 'cb01', title: 'T', paragraphs: ['One two.'] }]);
 * // [{ title: 'T', paragraphs: ['One two.'], origin: 'cb01#0.0' }]
 */
export function cutIntoPieces(stories: readonly BrownArticle[]): StoryPiece[] {
  const pieces: StoryPiece[] = [];
  stories.forEach((story, storyIndex) => {
    const chunks: string[][] = [];
    let chunk: string[] = [];
    let words = 0;
    for (const paragraph of story.paragraphs) {
      chunk.push(paragraph);
      words += wordCount(paragraph);
      if (words >= TARGET_WORDS) {
        chunks.push(chunk);
        chunk = [];
        words = 0;
      }
    }
    if (chunk.length > 0) {
      const last = chunks[chunks.length - 1];
      if (last !== undefined && words < MIN_TAIL_WORDS) last.push(...chunk);
      else chunks.push(chunk);
    }
    chunks.forEach((paragraphs, i) => {
      const title = i === 0 ? story.title : headlineFromText(paragraphs[0] ?? '');
      pieces.push({ title, paragraphs, origin: `${story.file}#${storyIndex}.${i}` });
    });
  });
  return pieces;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** First possible publication date; articles spread over the following years. */
  from?: Date;
}

/**
 * Builds `count` articles from the pieces, in a seeded shuffled order so every size mixes all
 * categories; when there are fewer pieces than articles, pieces are reused with a varied title,
 * outlet and date (the text itself is left verbatim). Each (date, title) pair is unique, so each
 * article gets its own knowledge file.
 *
 * @example
 * generateArticles(pieces, { count: 1000, seed: 7 }).length; // 1000
 */
export function generateArticles(pieces: readonly StoryPiece[], options: GenerateOptions): BenchArticle[] {
  if (pieces.length === 0) throw new Error('no corpus pieces to build articles from');
  const random = seededRandom(options.seed ?? 1961);
  const from = options.from ?? new Date(1961, 0, 1);
  const order = shuffled(random, pieces);
  const used = new Set<string>();
  const articles: BenchArticle[] = [];
  for (let i = 0; i < options.count; i++) {
    const round = Math.floor(i / order.length);
    const piece = order[i % order.length] as StoryPiece;
    const prefix = round === 0 ? '' : (TITLE_VARIANTS[round % TITLE_VARIANTS.length] ?? '');
    const title = `${prefix}${piece.title}`;
    let date = addDays(from, round * 365 + randomInt(random, 365));
    while (used.has(`${format(date, 'yyyy-MM-dd')}|${title.toLowerCase()}`)) date = addDays(date, 1);
    const published = format(date, 'yyyy-MM-dd');
    used.add(`${published}|${title.toLowerCase()}`);
    articles.push({
      title,
      published,
      source: pick(random, OUTLETS),
      url: `https://bench.invalid/${i + 1}`,
      paragraphs: piece.paragraphs,
      origin: piece.origin,
    });
  }
  return articles;
}
