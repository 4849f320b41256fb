/**
 * The persisted knowledge index: each article's analysis (sentences, tokens, stems, names) saved
 * in one SQLite file beside the database, keyed by the article's content hash and by the file it
 * came from (name and content hash), under the engine's version. A start with unchanged files
 * reads the analyses back instead of tokenising everything again; anything that does not check
 * out (another engine version, a truncated or corrupt file, a row that fails validation) is
 * analysed again and the store repaired — never trusted.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import Database from 'better-sqlite3';
import { analyzeArticle, INDEX_ENGINE_VERSION, readArticleAnalysis, type ArticleAnalysis } from '../core/index/article-analysis.js';
import type { Article } from '../core/types.js';

/** What a load did with the persisted index, for logs and the bench. */
export interface IndexStoreReport {
  /** Articles whose analysis was read back. */
  reused: number;
  /** Articles analysed (new, changed, or not trusted). */
  analysed: number;
  /** Why the whole store was thrown away and started again, if it was. */
  rebuilt: string | undefined;
}

interface Row {
  articleHash: string;
  data: Buffer;
}

const sha1 = (text: string): string => createHash('sha1').update(text).digest('base64url');

/** Content hash of a parsed article: every field that loading and answering read. */
export function articleHash(article: Article): string {
  return sha1(JSON.stringify([article.id, article.title, article.published, article.source, article.url, article.people, article.paragraphs]));
}

function isArticle(value: unknown): value is Article {
  const a = value as Partial<Article> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a.id === 'string' &&
    typeof a.title === 'string' &&
    typeof a.published === 'string' &&
    typeof a.source === 'string' &&
    typeof a.url === 'string' &&
    Array.isArray(a.people) &&
    Array.isArray(a.paragraphs) &&
    a.paragraphs.every((p) => typeof p === 'string')
  );
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE TABLE IF NOT EXISTS entries (
    article_hash TEXT PRIMARY KEY,
    file_key TEXT,
    data BLOB NOT NULL
  );
`;

/**
 * Opens (or creates) the store at `path`. Never throws for a bad file: it is removed and started
 * again, and {@link KnowledgeIndexStore.report} says why.
 *
 * @example
 * const store = KnowledgeIndexStore.open('data/index/knowledge.sqlite');
 * const { kb } = await loadKnowledgeBase('knowledge', resources, { store });
 */
export class KnowledgeIndexStore {
  readonly path: string;
  readonly report: IndexStoreReport = { reused: 0, analysed: 0, rebuilt: undefined };
  private db: Database.Database;
  /** Rows read at open, by article hash; dropped once used or at {@link flush}. */
  private rows = new Map<string, Row>();
  private byFileKey = new Map<string, string>();
  /** One analysis object per content hash, so that a rebuild recognises an unchanged article. */
  private readonly analyses = new Map<string, ArticleAnalysis>();
  private readonly ofArticle = new WeakMap<Article, { hash: string; analysis: ArticleAnalysis }>();
  private readonly fileKeys = new Map<string, string>();
  private pending = new Map<string, { fileKey: string | undefined; article: Article; analysis: ArticleAnalysis }>();
  private stored = new Set<string>();

  private constructor(path: string, db: Database.Database) {
    this.path = path;
    this.db = db;
  }

  static open(path: string): KnowledgeIndexStore {
    mkdirSync(dirname(path), { recursive: true });
    let store: KnowledgeIndexStore;
    try {
      store = new KnowledgeIndexStore(path, new Database(path));
      store.readAll();
    } catch (error) {
      // Truncated, corrupt, or not a database at all: start again from the knowledge files.
      for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
      store = new KnowledgeIndexStore(path, new Database(path));
      store.readAll();
      store.report.rebuilt = `unreadable index (${error instanceof Error ? error.message : String(error)})`;
    }
    return store;
  }

  private readAll(): void {
    this.db.exec(SCHEMA);
    const engine = (this.db.prepare('SELECT value FROM meta WHERE key = ?').get('engine') as { value: string } | undefined)?.value;
    if (engine !== INDEX_ENGINE_VERSION) {
      if (engine !== undefined) this.report.rebuilt = `index written by ${engine}, engine is ${INDEX_ENGINE_VERSION}`;
      this.db.exec('DELETE FROM entries');
      this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)').run('engine', INDEX_ENGINE_VERSION);
      return;
    }
    for (const row of this.db.prepare('SELECT article_hash, file_key, data FROM entries').iterate() as IterableIterator<{ article_hash: string; file_key: string | null; data: Buffer }>) {
      this.rows.set(row.article_hash, { articleHash: row.article_hash, data: row.data });
      this.stored.add(row.article_hash);
      if (row.file_key !== null) this.byFileKey.set(row.file_key, row.article_hash);
    }
  }

  /** The stored article and analysis of a row, if they check out against the hash. */
  private take(hash: string, expected?: Article): { article: Article; analysis: ArticleAnalysis } | undefined {
    const row = this.rows.get(hash);
    if (!row) return undefined;
    this.rows.delete(hash);
    try {
      const value = deserialize(row.data) as { article?: unknown; analysis?: unknown };
      const article = expected ?? (isArticle(value.article) ? value.article : undefined);
      if (!article || (!expected && articleHash(article) !== hash)) return undefined;
      const analysis = readArticleAnalysis(value.analysis, article);
      return analysis ? { article, analysis } : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * The article a knowledge file holds, when this very file (name and content) was stored
   * before: no parsing needed. Undefined otherwise.
   */
  articleOfFile(path: string, text: string): Article | undefined {
    const fileKey = `${basename(path)}\0${sha1(text)}`;
    const hash = this.byFileKey.get(fileKey);
    if (hash === undefined) return undefined;
    const found = this.take(hash);
    if (!found) return undefined;
    this.analyses.set(hash, found.analysis);
    this.ofArticle.set(found.article, { hash, analysis: found.analysis });
    this.fileKeys.set(hash, fileKey);
    this.report.reused++;
    return found.article;
  }

  /** Remembers which file an article was parsed from, so that the next start can skip parsing it. */
  parsedFrom(path: string, text: string, article: Article): void {
    const hash = this.entryOf(article).hash;
    const fileKey = `${basename(path)}\0${sha1(text)}`;
    if (this.byFileKey.get(fileKey) === hash && this.stored.has(hash)) return;
    this.fileKeys.set(hash, fileKey);
    const pending = this.pending.get(hash);
    if (pending) pending.fileKey = fileKey;
    else this.pending.set(hash, { fileKey, article, analysis: this.entryOf(article).analysis });
  }

  /** The analysis of an article: the stored one when its content did not change, else computed now. */
  analysisFor = (article: Article): ArticleAnalysis => this.entryOf(article).analysis;

  private entryOf(article: Article): { hash: string; analysis: ArticleAnalysis } {
    const known = this.ofArticle.get(article);
    if (known) return known;
    const hash = articleHash(article);
    let analysis = this.analyses.get(hash);
    if (!analysis) {
      const found = this.take(hash, article);
      if (found) {
        analysis = found.analysis;
        this.report.reused++;
      } else {
        analysis = analyzeArticle(article);
        this.report.analysed++;
        this.pending.set(hash, { fileKey: this.fileKeys.get(hash), article, analysis });
      }
      this.analyses.set(hash, analysis);
    }
    const entry = { hash, analysis };
    this.ofArticle.set(article, entry);
    return entry;
  }

  /**
   * Writes new analyses and forgets those of articles no longer present. Called after each
   * build with the articles it holds; a failed write is reported, never thrown: the index is an
   * optimisation, and the next start analyses what is missing.
   */
  flush(current: readonly Article[]): Error | undefined {
    const keep = new Set(current.map((article) => this.entryOf(article).hash));
    for (const hash of this.analyses.keys()) if (!keep.has(hash)) this.analyses.delete(hash);
    this.rows.clear();
    try {
      const insert = this.db.prepare('INSERT OR REPLACE INTO entries (article_hash, file_key, data) VALUES (?, ?, ?)');
      const remove = this.db.prepare('DELETE FROM entries WHERE article_hash = ?');
      this.db.transaction(() => {
        for (const [hash, entry] of this.pending) {
          if (!keep.has(hash)) continue;
          insert.run(hash, entry.fileKey ?? this.fileKeys.get(hash) ?? null, serialize({ article: entry.article, analysis: entry.analysis }));
          this.stored.add(hash);
        }
        for (const hash of this.stored) {
          if (keep.has(hash)) continue;
          remove.run(hash);
          this.stored.delete(hash);
          this.fileKeys.delete(hash);
        }
      })();
      this.pending.clear();
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  close(): void {
    this.db.close();
  }
}
