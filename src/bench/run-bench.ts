/**
 * The benchmark: for each knowledge-base size, in one process, it writes Brown-derived articles as
 * knowledge files through the real ingest, loads them with the real loader, and measures load time,
 * memory, answer latency, autocomplete latency and the naive fuse.js baseline on the same questions.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { buildDigest } from '../core/digest/build-digest.js';
import type { KnowledgeBase } from '../core/types.js';
import { brownArticleToText, listBrownFiles, readBrownFile } from '../io/brown-corpus.js';
import { createNaiveBaseline } from './baseline.js';
import { cutIntoPieces, generateArticles, type BenchArticle, type StoryPiece } from './corpus.js';
import { runPeers, type PeerFigures } from './peers.js';
import { generateQuestions, paraphraseQuestions, type BenchQuestion, type SourceSentence } from './questions.js';
import { percentile, pick, round, seededRandom } from './stats.js';

/** Metadata given to ingest alongside the raw text, as `npm run ingest` flags would. */
export interface IngestMeta {
  title: string;
  published: string;
  source: string;
  url: string;
}

/**
 * The real product code the bench drives, injected so the harness does not care how ingest and
 * loading are wired (see `./engine.ts` for the real wiring).
 */
export interface BenchEngine {
  /** Raw article text → knowledge file (name and contents), through the real ingest and renderer. */
  toKnowledgeFile(
    raw: string,
    meta: IngestMeta,
  ): { ok: true; fileName: string; contents: string } | { ok: false; error: string };
  /** Loads and indexes a knowledge folder from its files, ignoring any persisted index. */
  load(dir: string): Promise<KnowledgeBase>;
  /**
   * HOOK for a persisted index: loads the same folder from an index saved by an earlier load
   * (rebuilt when a file changed). When absent, `load_cached_ms` is a second, warm `load` in the
   * same process (warm file cache and JIT), reported as such.
   */
  loadCached?: ((dir: string) => Promise<KnowledgeBase>) | undefined;
  /**
   * The bot's hot-reload path over the persisted index (the knowledge watcher without watching):
   * `reload()` applies what changed on disk. When absent, reload and digest figures are 0.
   */
  watch?: ((dir: string) => Promise<WatchedKnowledge>) | undefined;
  /**
   * A running bot: a process of its own started from the persisted index (as the bot starts), asked
   * the given questions (the timed ones timed, after the warm-up), then the newest day's digest built;
   * its RSS at the end and its peak, and its answers' p50 / p99. When absent, the `bot_*` figures are 0.
   */
  botMemory?: ((dir: string, questions: BotQuestions) => Promise<BotFigures>) | undefined;
  /** What the bot does once after it starts, before its first question (the date parser's and the answers' warm-up). */
  warmUp?: ((kb: KnowledgeBase) => void) | undefined;
  /** The core's sentence splitter, so the baseline indexes exactly the sentences the engine has. */
  splitSentences(paragraph: string): string[];
}

/** What the bot process is asked: `timed` one by one (the first `warmup` of them asked once before), then `more`. */
export interface BotQuestions {
  timed: readonly string[];
  more: readonly string[];
  warmup: number;
}

export interface BotFigures {
  rssMb: number;
  peakRssMb: number;
  p50Ms: number;
  p99Ms: number;
  /** Whether the bot process ran the compiled build (as `npm start` does when it is fresh) or the sources through tsx. */
  compiled?: boolean | undefined;
}

export interface WatchedKnowledge {
  current(): KnowledgeBase;
  /**
   * Applies what changed on disk: only the named files (what a watch event leads to after the
   * debounce), or the whole folder scanned when none are named.
   */
  reload(files?: readonly string[]): Promise<void>;
  close(): void;
}

export interface SizeSpec {
  /** Number of articles; `1` means the seed knowledge folder when one is given. */
  articles: number;
  /** Questions the baseline answers at this size (the naive engine is slow: sample it). */
  baselineSample: number;
}

export interface BenchOptions {
  sizes: readonly SizeSpec[];
  /** Questions asked of our engine per size (≥ 300 for stable p99). */
  questions: number;
  /** Autocomplete calls per size. */
  autocompleteCalls: number;
  /** Folder holding the seed knowledge file(s) for size 1; Brown text is used when absent/empty. */
  seedDir?: string | undefined;
  /** Scratch folder; one sub-folder per size is created in it and removed afterwards. */
  workDir: string;
  log: (message: string) => void;
  seed?: number;
  /**
   * Time the naive baseline may take per size: it scans every sentence (seconds per question at
   * 10,000 articles), so on a busy machine the sample stops early, after at least
   * {@link MIN_BASELINE_QUESTIONS}, and the log says so. Default {@link BASELINE_BUDGET_MS}.
   */
  baselineBudgetMs?: number;
  /** Synonyms for the paraphrased questions (WordNet in the CLI); none without it. */
  synonyms?: ((word: string) => readonly string[]) | undefined;
}

export const BASELINE_BUDGET_MS = 150_000;
export const MIN_BASELINE_QUESTIONS = 5;

/** Exactly the figures `--json` prints, per size. */
export interface SizeFigures {
  articles: number;
  sentences: number;
  load_ms: number;
  load_cached_ms: number;
  rss_mb: number;
  /** A bot of its own (`BenchEngine.botMemory`): RSS after the questions and a digest, and its peak. */
  bot_rss_mb: number;
  bot_peak_rss_mb: number;
  /**
   * The same questions' wall time in that bot process, which holds only what a bot holds (the
   * bench's own process also keeps its sentence lists, an earlier load's leftovers and the peers).
   */
  bot_p50_ms: number;
  bot_p99_ms: number;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  autocomplete_p99_ms: number;
  baseline_p50_ms: number;
  speedup_p50: number;
  /** A start from the persisted index: a store opened afresh, every file unchanged. */
  cold_start_ms: number;
  /**
   * One knowledge file edited on disk, applied through the bot's reload path (the watcher, given
   * the file's name as the watch event gives it; the debounce before it is not counted): the
   * median of {@link RELOAD_SAMPLES} edits of different files.
   */
  reload_one_ms: number;
  /** The first of those edits alone: the first reload after a start, its code not yet optimised. */
  reload_one_first_ms: number;
  /** Heap in use after a digest over the newest day and a reload, after a full GC. */
  heap_after_digest_mb: number;
  /** Retrieval alone against FlexSearch and SQLite FTS5 given factdesk's own analysis. */
  peers: PeerFigures;
}

/** Figures shown in the table and logs but not part of the JSON contract. */
export interface SizeDetails {
  heap_mb: number;
  write_ms: number;
  questions: number;
  baseline_questions: number;
  baseline_build_ms: number;
  autocomplete_p50_ms: number;
  /** Share of questions whose first citation is the sentence the question was made from. */
  top1_ours: number;
  top1_baseline: number;
  answered_ours: number;
  cached_is_persisted: boolean;
  /** Share of paraphrased questions (synonyms for some words) whose first citation is the source. */
  top1_paraphrased: number;
  paraphrased_questions: number;
  /** First load of the persisted index: analyses written. */
  index_write_ms: number;
  /** The watcher's first load over the persisted index (the bot's start path). */
  watcher_start_ms: number;
  /** RSS after the questions (the answers' own garbage and caches on top of the load), after a full GC. */
  rss_after_questions_mb: number;
  /** The same edit found by a scan of the whole folder (the watcher's safety net), not by name. */
  reload_rescan_ms: number;
  digest_ms: number;
  /** Peer indexes' build times and how many pruned results differed from exhaustive (must be 0). */
  peer_build: { factdesk_ms: number; flexsearch_ms: number; fts5_ms: number; pruned_mismatches: number };
}

export interface SizeResult {
  figures: SizeFigures;
  details: SizeDetails;
}

export const FULL_SIZES: readonly SizeSpec[] = [
  { articles: 1, baselineSample: 300 },
  { articles: 1000, baselineSample: 20 },
  { articles: 10_000, baselineSample: 20 },
];

export const QUICK_SIZES: readonly SizeSpec[] = [
  { articles: 1, baselineSample: 20 },
  { articles: 50, baselineSample: 10 },
  { articles: 200, baselineSample: 5 },
];

const WARMUP_QUESTIONS = 30;
/** Edits of different files timed for `reload_one_ms`: one sample is the JIT-cold first reload. */
export const RELOAD_SAMPLES = 5;
const MB = 1024 * 1024;

/** A real `gc()` even without `--expose-gc`, so memory figures are not polluted by garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  if (typeof gc === 'function') (gc as () => void)();
}

export async function loadBrownPieces(): Promise<StoryPiece[]> {
  const files = await listBrownFiles();
  const stories = (await Promise.all(files.map((file) => readBrownFile(file)))).flat();
  return cutIntoPieces(stories);
}

/**
 * Writes `count` of the articles as knowledge files. Pieces ingest rejects (a table or a formula
 * with no running text) are skipped and counted; an id clash (same date and slug) moves a day on.
 */
async function writeKnowledge(
  engine: BenchEngine,
  articles: readonly BenchArticle[],
  count: number,
  dir: string,
): Promise<{ written: number; rejected: number; firstError?: string }> {
  await mkdir(dir, { recursive: true });
  const taken = new Set<string>();
  let written = 0;
  let rejected = 0;
  let firstError: string | undefined;
  for (const article of articles) {
    if (written >= count) break;
    let published = article.published;
    for (let attempt = 0; attempt < 30; attempt++) {
      const raw = brownArticleToText(
        { file: article.origin, title: article.title, paragraphs: article.paragraphs },
        published,
      );
      const file = engine.toKnowledgeFile(raw, {
        title: article.title,
        published,
        source: article.source,
        url: article.url,
      });
      if (!file.ok) {
        rejected++;
        firstError ??= `${article.origin}: ${file.error}`;
        break;
      }
      if (!taken.has(file.fileName)) {
        taken.add(file.fileName);
        await writeFile(join(dir, file.fileName), file.contents);
        written++;
        break;
      }
      published = nextDay(published);
    }
  }
  return { written, rejected, ...(firstError === undefined ? {} : { firstError }) };
}

/**
 * The bench's knowledge folder of `count` articles, as `npm run bench` writes it (same seed, same
 * articles): also used by `scripts/answer-latency.ts` to profile answers on a kept folder.
 */
export async function writeBenchFolder(
  engine: BenchEngine,
  pieces: () => Promise<StoryPiece[]>,
  count: number,
  dir: string,
  seed = 1961,
): Promise<{ written: number; rejected: number; firstError?: string }> {
  // A few pieces are rejected by ingest (no running text): generate some spare.
  const spare = Math.ceil(count * 0.1) + 10;
  const articles = generateArticles(await pieces(), { count: count + spare, seed });
  return writeKnowledge(engine, articles, count, dir);
}

/** The bench's questions at a size: generated ones, then paraphrased ones (with synonyms). */
export function benchQuestions(
  sentences: readonly SourceSentence[],
  count: number,
  size: number,
  synonyms: ((word: string) => readonly string[]) | undefined,
  seed = 1961,
): { questions: BenchQuestion[]; paraphrased: BenchQuestion[] } {
  const plainQuestions = generateQuestions(sentences, count, seed + size);
  const paraphrased = synonyms ? paraphraseQuestions(plainQuestions, synonyms, Math.ceil(count / 3), seed) : [];
  return { questions: [...plainQuestions, ...paraphrased], paraphrased };
}

function nextDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function sentencesOf(kb: KnowledgeBase, split: (paragraph: string) => string[]): SourceSentence[] {
  return kb.articles.flatMap((article) =>
    article.paragraphs.flatMap((paragraph) =>
      split(paragraph).map((text) => ({ articleId: article.id, text })),
    ),
  );
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

interface AskRun {
  latencies: number[];
  top1: number;
  answered: number;
}

function askAll(kb: KnowledgeBase, questions: readonly BenchQuestion[]): AskRun {
  for (const q of questions.slice(0, WARMUP_QUESTIONS)) kb.ask(q.question);
  const latencies: number[] = [];
  let top1 = 0;
  let answered = 0;
  for (const q of questions) {
    const start = performance.now();
    const result = kb.ask(q.question);
    latencies.push(performance.now() - start);
    if (result.kind === 'answer') {
      answered++;
      if (result.citations[0]?.sentence === q.source.text) top1++;
    }
  }
  return {
    latencies,
    top1: top1 / Math.max(1, questions.length),
    answered: answered / Math.max(1, questions.length),
  };
}

interface Completion {
  kind: 'name' | 'topic';
  prefix: string;
}

/**
 * What people type into `/who` (the start of a name: a capitalised word after a sentence's first)
 * and `/timeline` (the start of any word of four letters or more), one keystroke to six, a third in
 * lower case. Prefixes of words that name nothing are kept: people type those too.
 */
function autocompleteWorkload(
  sentences: readonly SourceSentence[],
  count: number,
  seed: number,
): Completion[] {
  const random = seededRandom(seed);
  const calls: Completion[] = [];
  for (let i = 0; i < count * 20 && calls.length < count; i++) {
    const kind = calls.length % 2 === 0 ? 'name' : 'topic';
    const words = pick(random, sentences)
      .text.split(/\s+/)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''));
    const fitting =
      kind === 'name'
        ? words.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w))
        : words.filter((w) => w.length >= 4);
    if (fitting.length === 0) continue;
    const word = pick(random, fitting);
    const prefix = word.slice(0, 1 + Math.floor(random() * Math.min(6, word.length)));
    calls.push({ kind, prefix: random() < 0.3 ? prefix.toLowerCase() : prefix });
  }
  return calls;
}

function autocompleteAll(kb: KnowledgeBase, calls: readonly Completion[]): number[] {
  for (const call of calls.slice(0, WARMUP_QUESTIONS)) kb.complete(call.kind, call.prefix);
  return calls.map((call) => {
    const start = performance.now();
    kb.complete(call.kind, call.prefix);
    return performance.now() - start;
  });
}

/** Evenly spread sample, so the baseline sees the same mix of question styles as our engine. */
function sample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T);
}

/** The digest a server would get for the newest publication day: articles and the timeline. */
/** The digest of the day of the newest article; the number of timeline events it gives. */
export function digestOfNewestDay(kb: KnowledgeBase): number {
  const newest = kb.articles[0]?.published ?? '2000-01-01';
  const to = new Date(`${newest}T23:00:00Z`);
  const digest = buildDigest(kb, { from: new Date(to.getTime() - 86_400_000), to, timeZone: 'UTC', firstSeen: new Map() });
  return digest.timeline.length + digest.moreTimeline;
}

/**
 * Appends a sentence to the `k`th of {@link RELOAD_SAMPLES} knowledge files of the folder (the
 * last, the newest, first; then files spread over the folder); `restore` puts it back.
 */
async function editOneFile(dir: string, k: number): Promise<{ name: string; restore(): Promise<void> }> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const at = k === 0 ? names.length - 1 : Math.floor((k * names.length) / RELOAD_SAMPLES);
  const name = names[Math.min(at, names.length - 1)] as string;
  const path = join(dir, name);
  const original = await readFile(path, 'utf8');
  await writeFile(path, `${original.trimEnd()}\n\nThe harbour commission voted on Thursday to close the old ferry pier.\n`);
  return { name, restore: () => writeFile(path, original) };
}

async function hasMarkdown(dir: string | undefined): Promise<boolean> {
  if (dir === undefined) return false;
  try {
    return (await readdir(dir)).some((name) => name.endsWith('.md'));
  } catch {
    return false;
  }
}

async function benchSize(
  engine: BenchEngine,
  spec: SizeSpec,
  pieces: () => Promise<StoryPiece[]>,
  options: BenchOptions,
): Promise<SizeResult> {
  const { log } = options;
  const seed = options.seed ?? 1961;
  let dir = join(options.workDir, `kb-${spec.articles}`);
  let writeMs = 0;
  if (spec.articles === 1 && (await hasMarkdown(options.seedDir))) {
    dir = options.seedDir as string;
    log(`size 1: the seed knowledge folder ${dir}`);
  } else {
    const write = await timed(() => writeBenchFolder(engine, pieces, spec.articles, dir, seed));
    writeMs = write.ms;
    const { written, rejected, firstError } = write.value;
    log(
      `size ${spec.articles}: wrote ${written} knowledge files through ingest in ${Math.round(write.ms)} ms` +
        (rejected > 0 ? ` (${rejected} pieces rejected by ingest, e.g. ${firstError})` : ''),
    );
  }

  collectGarbage();
  // Held by `kb` alone, so that nothing keeps the first knowledge base alive once `kb` lets it go.
  const loaded: { kb?: KnowledgeBase } = {};
  const coldMs = (await timed(async () => (loaded.kb = await engine.load(dir)))).ms;
  let kb: KnowledgeBase | undefined = loaded.kb as KnowledgeBase;
  delete loaded.kb;
  collectGarbage();
  const memory = process.memoryUsage();
  log(
    `size ${spec.articles}: loaded ${kb.articles.length} articles, ${kb.sentenceCount} sentences in ${Math.round(coldMs)} ms`,
  );

  const cachedIsPersisted = engine.loadCached !== undefined;
  let indexWriteMs = 0;
  // With the watcher, its knowledge base is the only one measured from here on: drop the first.
  if (engine.watch !== undefined) kb = undefined;
  if (engine.loadCached !== undefined) {
    indexWriteMs = (await timed(() => (engine.loadCached as (d: string) => Promise<KnowledgeBase>)(dir))).ms;
    log(`size ${spec.articles}: first load with a persisted index (analyses written) ${Math.round(indexWriteMs)} ms`);
    collectGarbage();
  }
  // Only the time is kept: the knowledge base it loaded must not stay alive beside the next one.
  const warmMs = (await timed(() => (engine.loadCached === undefined ? engine.load(dir) : engine.loadCached(dir)))).ms;
  log(
    `size ${spec.articles}: ${cachedIsPersisted ? 'load from persisted index' : 'warm reload (no persisted index)'} ${Math.round(warmMs)} ms`,
  );

  // The bot's own path from here on: the watcher over the persisted index holds the only knowledge base.
  const reloadFigures = { watcherStartMs: 0, reloadOneMs: 0, reloadOneFirstMs: 0, reloadRescanMs: 0, digestMs: 0, heapAfterDigestMb: 0 };
  if (engine.watch !== undefined) {
    const started = await timed(() => (engine.watch as (d: string) => Promise<WatchedKnowledge>)(dir));
    const watched = started.value;
    kb = watched.current();
    reloadFigures.watcherStartMs = started.ms;
    try {
      const digest = await timed(async () => digestOfNewestDay(watched.current()));
      reloadFigures.digestMs = digest.ms;
      log(`size ${spec.articles}: watcher start ${Math.round(started.ms)} ms; digest of the newest day ${Math.round(digest.ms)} ms (${digest.value} timeline events)`);
      // Each edit applied by name and timed, then put back (untimed; the last one found by a scan).
      const samples: number[] = [];
      for (let k = 0; k < RELOAD_SAMPLES; k++) {
        const edited = await editOneFile(dir, k);
        samples.push((await timed(() => watched.reload([edited.name]))).ms);
        await edited.restore();
        if (k < RELOAD_SAMPLES - 1) await watched.reload([edited.name]);
        else reloadFigures.reloadRescanMs = (await timed(() => watched.reload())).ms;
      }
      reloadFigures.reloadOneMs = percentile(samples, 50);
      reloadFigures.reloadOneFirstMs = samples[0] ?? 0;
      kb = watched.current();
      collectGarbage();
      reloadFigures.heapAfterDigestMb = process.memoryUsage().heapUsed / MB;
      log(
        `size ${spec.articles}: one changed file applied in ${Math.round(reloadFigures.reloadOneMs)} ms (median of ${samples.length}: ${samples.map((ms) => Math.round(ms)).join(', ')} ms; ` +
          `${Math.round(reloadFigures.reloadRescanMs)} ms found by a scan of the folder); heap after digest + reload ${Math.round(reloadFigures.heapAfterDigestMb)} MB`,
      );
    } finally {
      watched.close();
    }
  }

  kb ??= await engine.load(dir);
  // The sentence list is the bench's, not the engine's (two million strings at 100,000 articles):
  // it is let go while the answers are timed, so that their garbage collections do not walk it.
  const { questions, paraphrased } = benchQuestions(sentencesOf(kb, engine.splitSentences), options.questions, spec.articles, options.synonyms, seed);
  collectGarbage();
  engine.warmUp?.(kb);
  const asked = await timed(async () => askAll(kb, questions));
  const ours = asked.value;
  const paraphrasedTop1 = askAll(kb, paraphrased).top1;
  collectGarbage();
  const rssAfterQuestions = process.memoryUsage().rss;
  const sentences = sentencesOf(kb, engine.splitSentences);
  log(
    `size ${spec.articles}: ${questions.length} questions in ${Math.round(asked.ms)} ms ` +
      `(p50 ${round(percentile(ours.latencies, 50))} ms, max ${round(Math.max(...ours.latencies))} ms)`,
  );
  const completions = autocompleteAll(kb, autocompleteWorkload(sentences, options.autocompleteCalls, seed));
  log(
    `size ${spec.articles}: ${completions.length} autocompletions, p99 ${round(percentile(completions, 99))} ms`,
  );
  const bot =
    engine.botMemory === undefined
      ? undefined
      : await engine.botMemory(dir, { timed: questions.map((q) => q.question), more: paraphrased.map((q) => q.question), warmup: WARMUP_QUESTIONS });
  if (bot !== undefined) {
    log(
      `size ${spec.articles}: a bot process started from the persisted index, after the same questions and a digest: RSS ${Math.round(bot.rssMb)} MB (peak ${Math.round(bot.peakRssMb)} MB); ` +
        `its answers p50 ${round(bot.p50Ms)} ms, p99 ${round(bot.p99Ms)} ms (${bot.compiled === false ? 'the sources through tsx: no fresh compiled build' : 'the compiled build, as npm start runs it'})`,
    );
  }

  // A sample of 0 (`--no-baseline`) skips the naive engine altogether, its index included.
  const baselineBuild = spec.baselineSample > 0 ? await timed(async () => createNaiveBaseline(sentences)) : undefined;
  const baselineQuestions = baselineBuild === undefined ? [] : sample(questions, spec.baselineSample);
  const baselineLatencies: number[] = [];
  let baselineTop1 = 0;
  const budget = options.baselineBudgetMs ?? BASELINE_BUDGET_MS;
  const baselineStart = performance.now();
  let lastProgress = baselineStart;
  for (const q of baselineQuestions) {
    if (baselineLatencies.length >= MIN_BASELINE_QUESTIONS && performance.now() - baselineStart > budget) {
      log(
        `size ${spec.articles}: baseline budget of ${budget / 1000} s spent; sample cut to ${baselineLatencies.length} questions`,
      );
      break;
    }
    const start = performance.now();
    const hit = baselineBuild?.value.ask(q.question);
    baselineLatencies.push(performance.now() - start);
    if (hit?.sentence.text === q.source.text) baselineTop1++;
    // Progress only when it is slow enough for someone to wonder (seconds per question).
    if (performance.now() - lastProgress > 10_000) {
      lastProgress = performance.now();
      log(
        `size ${spec.articles}: baseline ${baselineLatencies.length}/${baselineQuestions.length} questions`,
      );
    }
  }
  log(
    baselineBuild === undefined
      ? `size ${spec.articles}: naive baseline skipped`
      : `size ${spec.articles}: baseline over ${baselineBuild.value.size} sentences (index built in ${Math.round(baselineBuild.ms)} ms), ` +
          `${baselineLatencies.length} questions, p50 ${round(percentile(baselineLatencies, 50), 1)} ms`,
  );

  const peers = runPeers(sentences, questions);
  log(
    `size ${spec.articles}: retrieval p50 factdesk ${peers.figures.factdesk_retrieval_p50_ms} ms (pruned ${peers.figures.factdesk_pruned_p50_ms}, ${peers.build.pruned_mismatches} differing), ` +
      `FlexSearch ${peers.figures.flexsearch_p50_ms} ms, FTS5 ${peers.figures.fts5_p50_ms} ms; recall@60 ${peers.figures.factdesk_recall_at_60} / ${peers.figures.flexsearch_recall_at_60} / ${peers.figures.fts5_recall_at_60}`,
  );

  if (dir !== options.seedDir) await rm(dir, { recursive: true, force: true });

  const p50 = percentile(ours.latencies, 50);
  const baselineP50 = percentile(baselineLatencies, 50);
  return {
    figures: {
      articles: kb.articles.length,
      sentences: kb.sentenceCount,
      load_ms: round(coldMs, 1),
      load_cached_ms: round(warmMs, 1),
      rss_mb: round(memory.rss / MB, 1),
      bot_rss_mb: round(bot?.rssMb ?? 0, 1),
      bot_peak_rss_mb: round(bot?.peakRssMb ?? 0, 1),
      bot_p50_ms: round(bot?.p50Ms ?? 0),
      bot_p99_ms: round(bot?.p99Ms ?? 0),
      p50_ms: round(p50),
      p95_ms: round(percentile(ours.latencies, 95)),
      p99_ms: round(percentile(ours.latencies, 99)),
      autocomplete_p99_ms: round(percentile(completions, 99)),
      baseline_p50_ms: round(baselineP50, 1),
      // A sub-microsecond p50 would make the ratio meaningless; the timer's resolution bounds it.
      speedup_p50: round(baselineP50 / Math.max(p50, 0.001), 1),
      cold_start_ms: round(cachedIsPersisted ? warmMs : 0, 1),
      reload_one_ms: round(reloadFigures.reloadOneMs, 1),
      reload_one_first_ms: round(reloadFigures.reloadOneFirstMs, 1),
      heap_after_digest_mb: round(reloadFigures.heapAfterDigestMb, 1),
      peers: peers.figures,
    },
    details: {
      heap_mb: round(memory.heapUsed / MB, 1),
      write_ms: round(writeMs, 0),
      questions: questions.length,
      baseline_questions: baselineLatencies.length,
      baseline_build_ms: round(baselineBuild?.ms ?? Number.NaN, 0),
      autocomplete_p50_ms: round(percentile(completions, 50)),
      top1_ours: round(ours.top1, 3),
      top1_baseline: baselineQuestions.length === 0 ? Number.NaN : round(baselineTop1 / baselineQuestions.length, 3),
      answered_ours: round(ours.answered, 3),
      cached_is_persisted: cachedIsPersisted,
      top1_paraphrased: round(paraphrasedTop1, 3),
      paraphrased_questions: paraphrased.length,
      index_write_ms: round(indexWriteMs, 0),
      rss_after_questions_mb: round(rssAfterQuestions / MB, 1),
      watcher_start_ms: round(reloadFigures.watcherStartMs, 0),
      reload_rescan_ms: round(reloadFigures.reloadRescanMs, 0),
      digest_ms: round(reloadFigures.digestMs, 0),
      peer_build: peers.build,
    },
  };
}

/**
 * Runs the benchmark over every size, smallest first, in this process.
 *
 * @example
 * const results = await runBench(engine, { sizes: QUICK_SIZES, questions: 300, autocompleteCalls: 300,
 *   workDir: tmp, log: console.error });
 */
export async function runBench(engine: BenchEngine, options: BenchOptions): Promise<SizeResult[]> {
  let cached: StoryPiece[] | undefined;
  const pieces = async (): Promise<StoryPiece[]> => (cached ??= await loadBrownPieces());
  const results: SizeResult[] = [];
  for (const spec of options.sizes) {
    results.push(await benchSize(engine, spec, pieces, options));
    collectGarbage();
  }
  return results;
}
