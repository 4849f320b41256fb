/**
 * Hot reload of the knowledge folder. Every reader goes through {@link KnowledgeHolder.current}:
 * a reload builds a complete new knowledge base off to the side and then swaps one reference, so a
 * question is answered either from the old base or from the new one, never from a half-loaded one.
 *
 * A watch is tied to the folder itself, not its name: when the folder is deleted (a checkout, a
 * deploy that replaces it) the watcher logs it, keeps the current articles, looks for the folder
 * again every `rearmPollMs`, and when it is back (or was replaced by a new one) watches the new
 * folder and reloads.
 *
 * A change costs what the changed files cost: the watch event names the file, and after the
 * debounce only the named files are looked at (a stat each, read when their size or mtime moved).
 * The whole folder is scanned — in batches of synchronous stats, yielding between batches — at
 * start, when an event names no file or the folder was replaced, and every `rescanMs` as a safety
 * net for events a file system did not deliver.
 */
import { lstatSync, statSync, watch, type FSWatcher, type Stats } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { basename, join, resolve } from 'node:path';
import type { Article, KnowledgeBase } from '../core/types.js';
import type { KnowledgeProblem } from '../core/knowledge/parse-knowledge-file.js';
import { fileSignature, readKnowledgeFileSync } from './knowledge-dir.js';

/** What everyone reads the knowledge base through. */
export interface KnowledgeHolder {
  current(): KnowledgeBase;
}

/** Where first-seen times go (the database); optional so the CLI can run without one. */
export interface FirstSeenStore {
  recordFirstSeen(entries: ReadonlyArray<{ id: string; at: Date }>): number;
  firstSeenCount(): number;
  firstSeen(): ReadonlyMap<string, string>;
}

interface WatcherLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface KnowledgeWatcherOptions {
  dir: string;
  /** Builds a knowledge base from articles (the composition root passes `buildKnowledgeBase`). */
  build: (articles: readonly Article[]) => KnowledgeBase;
  firstSeen?: FirstSeenStore | undefined;
  now?: () => Date;
  /** Quiet time after the last file event before reloading (editors write in several steps). */
  debounceMs?: number;
  /** Watch the folder; false loads once (CLI, tests of the reload itself). */
  watch?: boolean;
  logger?: WatcherLogger | undefined;
  /** Called after each swap, with what changed. */
  onReload?: (report: ReloadReport) => void;
  /** How often a deleted folder is looked for again (default 1000 ms). */
  rearmPollMs?: number;
  /** How often the whole folder is scanned for changes no event reported (default 60 s; 0: never). */
  rescanMs?: number;
}

export interface ReloadReport {
  /** Files read again and valid. */
  loaded: string[];
  /** Files that no longer validate: their last good version (if any) is kept. */
  rejected: Array<{ file: string; keptPrevious: boolean; problems: KnowledgeProblem[] }>;
  /** Files gone from the folder; their articles are dropped. */
  removed: string[];
  /** Article ids seen for the first time. */
  newArticleIds: string[];
  articleCount: number;
}

interface FileState {
  /** mtime and size when last read: an unchanged file is not parsed again. */
  signature: string;
  /** Last version that validated; kept while the file on disk is broken. */
  article: Article | undefined;
}

const silent: WatcherLogger = { info() {}, warn() {}, error() {} };

/** Files stat'ed (and read when changed) between two yields to the event loop in a full scan. */
const SCAN_BATCH = 256;
/** More named files than this in one burst: a full scan is as cheap and surely complete. */
const MAX_NAMED = 1_000;

function isMissing(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}

export class KnowledgeWatcher implements KnowledgeHolder {
  private kb: KnowledgeBase;
  private readonly files = new Map<string, FileState>();
  private readonly options: KnowledgeWatcherOptions;
  private readonly log: WatcherLogger;
  private fsWatcher: FSWatcher | undefined;
  /** The folder being watched (device and inode), to notice it was replaced by another. */
  private watchedFolder: string | undefined;
  /** The watched folder was deleted or moved (an event named it): the watch sees nothing more. */
  private watchDead = false;
  /** Looks for a deleted folder to come back. */
  private rearmTimer: ReturnType<typeof setInterval> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Files named by watch events since the last reload. */
  private named = new Set<string>();
  /** An event named no file (or too many): the next reload scans the whole folder. */
  private rescanWanted = false;
  private rescanTimer: ReturnType<typeof setInterval> | undefined;
  /** Names of the files known, sorted (undefined: sort again); the first file of a name wins an id. */
  private sortedNames: string[] | undefined = [];
  /** Reloads run one after another; a change during a reload schedules one more. */
  private chain: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(options: KnowledgeWatcherOptions) {
    this.options = options;
    this.log = options.logger ?? silent;
    this.kb = options.build([]);
  }

  /** Loads the folder, records first-seen times, and (unless `watch: false`) starts watching. */
  static async start(options: KnowledgeWatcherOptions): Promise<KnowledgeWatcher> {
    const watcher = new KnowledgeWatcher(options);
    await watcher.reload(true);
    if (options.watch !== false) {
      watcher.startWatching();
      const every = options.rescanMs ?? 60_000;
      if (every > 0) {
        watcher.rescanTimer = setInterval(() => {
          watcher.rescanWanted = true;
          watcher.schedule();
        }, every);
        watcher.rescanTimer.unref();
      }
    }
    return watcher;
  }

  current(): KnowledgeBase {
    return this.kb;
  }

  /** Scans the whole folder now, re-reads changed files and swaps in the result. Safe to call at any time. */
  reload(initial = false): Promise<ReloadReport> {
    return this.enqueue(() => this.doReload(initial, undefined));
  }

  /**
   * Applies these files of the folder (names, as watch events give them) now: each is stat'ed and
   * read again if its size or mtime moved, or dropped if it is gone; no other file is looked at.
   * What a watch event leads to after the debounce.
   */
  reloadFiles(names: Iterable<string>): Promise<ReloadReport> {
    const wanted = new Set(names);
    return this.enqueue(() => this.doReload(false, wanted));
  }

  private enqueue(work: () => Promise<ReloadReport>): Promise<ReloadReport> {
    const run = this.chain.then(work);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Resolves once no reload is pending or running (tests and shutdown use it). */
  async idle(): Promise<void> {
    while (this.timer !== undefined) await new Promise((r) => setTimeout(r, 5));
    await this.chain;
  }

  close(): void {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.stopWatching();
    if (this.rearmTimer !== undefined) clearInterval(this.rearmTimer);
    this.rearmTimer = undefined;
    if (this.rescanTimer !== undefined) clearInterval(this.rescanTimer);
    this.rescanTimer = undefined;
  }

  private stopWatching(): void {
    this.fsWatcher?.close();
    this.fsWatcher = undefined;
    this.watchedFolder = undefined;
  }

  /** `device:inode` of the folder now at `dir`, or undefined when there is none. */
  private folderIdentity(): string | undefined {
    try {
      const s = statSync(this.options.dir);
      return s.isDirectory() ? `${s.dev}:${s.ino}` : undefined;
    } catch {
      return undefined;
    }
  }

  private startWatching(): void {
    const dir = this.options.dir;
    try {
      const identity = this.folderIdentity();
      const folderName = basename(resolve(dir));
      const watcher = watch(dir, { persistent: false }, (_event, name) => {
        // An event naming the folder itself: it was deleted or moved, and this watch is dead even
        // if a new folder of that name (maybe with the same inode number) is already there.
        const file = name === null ? undefined : String(name);
        if (file === folderName && watcher === this.fsWatcher) this.watchDead = true;
        // Names can be missing on some platforms; any event then means "rescan". Other names
        // (an editor's swap file) change nothing: only `*.md` files are knowledge.
        if (file === undefined || file === folderName) this.rescanWanted = true;
        else if (file.endsWith('.md') && !file.includes('/')) this.named.add(file);
        else return;
        if (this.named.size > MAX_NAMED) this.rescanWanted = true;
        this.schedule();
      });
      this.fsWatcher = watcher;
      this.watchDead = false;
      this.watchedFolder = identity;
      this.fsWatcher.on('error', (error) => {
        // Linux reports a deleted folder this way on some versions: look for it to come back.
        this.log.warn({ err: error, dir }, 'knowledge watcher stopped');
        this.folderGone();
      });
    } catch (error) {
      if (isMissing(error)) return this.folderGone();
      this.log.error({ err: error, dir }, 'cannot watch the knowledge folder; hot reload is off');
    }
  }

  /** The watched folder is gone: stop the dead watch and look for the folder every `rearmPollMs`. */
  private folderGone(): void {
    if (this.closed || this.rearmTimer !== undefined) return;
    this.stopWatching();
    this.log.warn(
      { dir: this.options.dir },
      'knowledge folder is gone; answering from the articles already loaded until it is back',
    );
    this.rearmTimer = setInterval(() => {
      if (this.folderIdentity() === undefined) return;
      clearInterval(this.rearmTimer);
      this.rearmTimer = undefined;
      this.rearm('knowledge folder is back; watching it again');
    }, this.options.rearmPollMs ?? 1000);
    this.rearmTimer.unref();
  }

  /** Watches the folder now at `dir` and reloads from it. */
  private rearm(message: string): void {
    if (this.closed || this.options.watch === false) return;
    this.stopWatching();
    this.startWatching();
    this.log.info({ dir: this.options.dir }, message);
    this.rescanWanted = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const named = this.named;
      this.named = new Set();
      const full = this.rescanWanted || this.watchDead;
      this.rescanWanted = false;
      (full ? this.reload() : this.reloadFiles(named)).catch((error: unknown) =>
        this.log.error({ err: error }, 'knowledge reload failed; keeping the current knowledge base'),
      );
    }, this.options.debounceMs ?? 250);
  }

  private async doReload(initial: boolean, only: ReadonlySet<string> | undefined): Promise<ReloadReport> {
    const dir = this.options.dir;
    const report: ReloadReport = {
      loaded: [],
      rejected: [],
      removed: [],
      newArticleIds: [],
      articleCount: 0,
    };
    // Deleted and created again between two events: the watch is still on the old folder, and
    // the new folder's files are all new to it.
    const replaced = this.fsWatcher !== undefined && (this.watchDead || this.folderIdentity() !== this.watchedFolder);
    if (only && !replaced) {
      for (const name of [...only].sort()) this.look(name, report);
    } else {
      let names: string[];
      try {
        names = (await readdir(dir, { withFileTypes: true }))
          .filter((e) => e.isFile() && e.name.endsWith('.md'))
          .map((e) => e.name);
      } catch (error) {
        // A folder that vanished for a moment (a checkout) must not empty the knowledge base.
        this.log.error(
          { err: error, dir },
          'cannot read the knowledge folder; keeping the current knowledge base',
        );
        if (isMissing(error) && this.options.watch !== false) this.folderGone();
        report.articleCount = this.kb.articles.length;
        return report;
      }
      if (replaced) this.rearm('knowledge folder was replaced; watching the new one');
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const present = new Set(names);
      for (const name of [...this.files.keys()]) {
        if (!present.has(name)) {
          this.files.delete(name);
          this.sortedNames = undefined;
          report.removed.push(name);
        }
      }
      // Synchronous stats in batches: one thread-pool round trip per file costs ten times more.
      for (let i = 0; i < names.length; i += SCAN_BATCH) {
        if (i > 0) await yieldToEventLoop();
        for (const name of names.slice(i, i + SCAN_BATCH)) this.look(name, report);
      }
    }

    const nothingChanged = !initial && report.loaded.length === 0 && report.removed.length === 0;
    if (nothingChanged) {
      report.articleCount = this.kb.articles.length;
      return report;
    }

    // First file (by name) wins an id, as in loadKnowledgeDir.
    const articles: Article[] = [];
    const ids = new Set<string>();
    this.sortedNames ??= [...this.files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of this.sortedNames) {
      const article = this.files.get(name)?.article;
      if (!article) continue;
      if (ids.has(article.id)) {
        this.log.warn({ file: join(dir, name), id: article.id }, 'duplicate article id; file skipped');
        continue;
      }
      ids.add(article.id);
      articles.push(article);
    }
    const next = this.options.build(articles);
    report.newArticleIds = this.recordFirstSeen(articles, initial);
    this.kb = next;
    report.articleCount = articles.length;
    this.log.info(
      {
        articles: articles.length,
        loaded: report.loaded.length,
        rejected: report.rejected.length,
        removed: report.removed.length,
      },
      initial ? 'knowledge loaded' : 'knowledge reloaded',
    );
    this.options.onReload?.(report);
    return report;
  }

  /** Looks at one file of the folder: read again when its size or mtime moved, dropped when gone. */
  private look(name: string, report: ReloadReport): void {
    const path = join(this.options.dir, name);
    let stats: Stats | undefined;
    try {
      // Not followed, as the folder listing does not follow links either: a link is not a file.
      stats = lstatSync(path);
    } catch (error) {
      if (!isMissing(error)) return;
    }
    if (!stats?.isFile()) {
      if (this.files.delete(name)) {
        this.sortedNames = undefined;
        report.removed.push(name);
      }
      return;
    }
    const signature = fileSignature(stats);
    const known = this.files.get(name);
    if (known && known.signature === signature) return;
    if (!known) this.sortedNames = undefined;
    const result = readKnowledgeFileSync(path, signature);
    if (result.ok) {
      this.files.set(name, { signature, article: result.article });
      report.loaded.push(name);
      return;
    }
    const previous = known?.article;
    this.files.set(name, { signature, article: previous });
    report.rejected.push({ file: name, keptPrevious: previous !== undefined, problems: result.problems });
    this.log.warn(
      { file: path, problems: result.problems, keptPrevious: previous !== undefined },
      previous
        ? 'knowledge file no longer validates; keeping its last good version'
        : 'knowledge file does not validate; skipped',
    );
  }

  private recordFirstSeen(articles: readonly Article[], initial: boolean): string[] {
    const store = this.options.firstSeen;
    const now = (this.options.now ?? (() => new Date()))();
    if (!store) return [];
    // On the very first start the whole folder is not "new today": date each article by its
    // publication day instead, so the first digest does not announce the entire archive.
    const baseline = initial && store.firstSeenCount() === 0;
    const entries = articles.map((a) => {
      const published = Date.parse(`${a.published}T00:00:00Z`);
      return { id: a.id, at: baseline && published < now.getTime() ? new Date(published) : now };
    });
    const before = baseline ? new Map<string, string>() : store.firstSeen();
    store.recordFirstSeen(entries);
    return baseline ? [] : entries.filter((e) => !before.has(e.id)).map((e) => e.id);
  }
}

/** A holder over a fixed knowledge base (console without watching, tests). */
export function fixedKnowledge(kb: KnowledgeBase): KnowledgeHolder {
  return { current: () => kb };
}
