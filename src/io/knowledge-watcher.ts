/**
 * Hot reload of the knowledge folder. Every reader goes through {@link KnowledgeHolder.current}:
 * a reload builds a complete new knowledge base off to the side and then swaps one reference, so a
 * question is answered either from the old base or from the new one, never from a half-loaded one.
 *
 * A watch is tied to the folder itself, not its name: when the folder is deleted (a checkout, a
 * deploy that replaces it) the watcher logs it, keeps the current articles, looks for the folder
 * again every `rearmPollMs`, and when it is back (or was replaced by a new one) watches the new
 * folder and reloads.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Article, KnowledgeBase } from '../core/types.js';
import type { KnowledgeProblem } from '../core/knowledge/parse-knowledge-file.js';
import { readKnowledgeFile } from './knowledge-dir.js';

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
    if (options.watch !== false) watcher.startWatching();
    return watcher;
  }

  current(): KnowledgeBase {
    return this.kb;
  }

  /** Re-reads changed files now and swaps in the result. Safe to call at any time. */
  reload(initial = false): Promise<ReloadReport> {
    const run = this.chain.then(() => this.doReload(initial));
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
        if (name !== null && String(name) === folderName && watcher === this.fsWatcher) this.watchDead = true;
        // Names can be missing on some platforms; any event then means "rescan".
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
    this.schedule();
  }

  private schedule(): void {
    if (this.closed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.reload().catch((error: unknown) =>
        this.log.error({ err: error }, 'knowledge reload failed; keeping the current knowledge base'),
      );
    }, this.options.debounceMs ?? 250);
  }

  private async doReload(initial: boolean): Promise<ReloadReport> {
    const dir = this.options.dir;
    const report: ReloadReport = {
      loaded: [],
      rejected: [],
      removed: [],
      newArticleIds: [],
      articleCount: 0,
    };
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
    // Deleted and created again between two events: the watch is still on the old folder.
    if (this.fsWatcher && (this.watchDead || this.folderIdentity() !== this.watchedFolder)) {
      this.rearm('knowledge folder was replaced; watching the new one');
    }
    names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const present = new Set(names);
    for (const name of [...this.files.keys()]) {
      if (!present.has(name)) {
        this.files.delete(name);
        report.removed.push(name);
      }
    }

    for (const name of names) {
      const path = join(dir, name);
      let signature: string;
      try {
        const s = await stat(path);
        signature = `${s.mtimeMs}:${s.size}`;
      } catch (error) {
        if (isMissing(error) && this.files.delete(name)) report.removed.push(name);
        continue;
      }
      const known = this.files.get(name);
      if (known && known.signature === signature) continue;
      const result = await readKnowledgeFile(path);
      if (result.ok) {
        this.files.set(name, { signature, article: result.article });
        report.loaded.push(name);
      } else {
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
    }

    const nothingChanged = !initial && report.loaded.length === 0 && report.removed.length === 0;
    if (nothingChanged) {
      report.articleCount = this.kb.articles.length;
      return report;
    }

    // First file (by name) wins an id, as in loadKnowledgeDir.
    const articles: Article[] = [];
    const ids = new Set<string>();
    for (const name of names) {
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
