/**
 * The persisted knowledge index: the whole built index (postings, vocabulary, names, each article's
 * sentences and text) as one file beside the database, with each article's content hash and the
 * knowledge file it came from (name and content hash), under the engine's version. A start with
 * unchanged files reads it back instead of parsing and tokenising everything again; a changed file
 * is re-analysed alone. Anything that does not check out — another engine version, a truncated or
 * corrupt file (a CRC-32 over the body), a snapshot that does not fit — is rebuilt, never trusted.
 *
 * Format (`index-file-format.ts`): one header line of JSON (`engine`, `bytes`, two CRC-32s, where
 * each section is), then sections of raw typed arrays and string tables, read back as views into one
 * buffer, and last the articles' text, checksummed at start but left in the file (kept open) and read
 * per article when asked for. Written to a temporary file and renamed, so a crash mid-write leaves
 * the previous index, and a running process keeps reading the file it opened. One blob is all it
 * is; SQLite would add nothing but a copy.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { INDEX_ENGINE_VERSION } from '../core/index/article-analysis.js';
import type { KnowledgeBuilder, KnowledgeSnapshot, SnapshotArticle } from '../core/knowledge-base.js';
import type { Article, CuratedPerson } from '../core/types.js';
import { readIndexFile, readTexts, SectionReader, SectionWriter, StoredArticle, writeTexts, type ReadTimings } from './index-file-format.js';

/** What a load did with the persisted index, for logs and the bench. */
export interface IndexStoreReport {
  /** Articles taken from the index as they were. */
  reused: number;
  /** Articles analysed (new, changed, or the index not trusted). */
  analysed: number;
  /** Why the index was not used, if it existed and was not. */
  rebuilt: string | undefined;
  /** Knowledge files taken from the index on their size and mtime alone, without reading them. */
  unread: number;
}

interface Payload {
  snapshot: KnowledgeSnapshot;
  /** Per article of the snapshot: the knowledge file it was parsed from (`name\0sha1`), if known. */
  files: Array<string | null>;
  /**
   * Per article: the file's size and mtime when it was read (`fileSignature` of knowledge-dir), if they can be
   * trusted (see {@link RACY_MS}); a start finds such a file unchanged with a stat, without reading it.
   */
  signatures: Array<string | null>;
}

/**
 * A file modified this close to the moment it was read (or later) is "racy", as git calls it: an
 * edit of the same size within the clock's granularity would keep its mtime, so only its content
 * hash is trusted. 2 s covers the coarsest common file systems (FAT).
 */
export const RACY_MS = 2_000;

/** How long after a start signatures learned for files the index held without one are saved. */
const LEARNED_SAVE_DELAY_MS = 30_000;

function trustworthy(signature: string | undefined, now: number): signature is string {
  if (signature === undefined) return false;
  const mtime = Number(signature.slice(0, signature.indexOf(':')));
  return Number.isFinite(mtime) && mtime < now - RACY_MS;
}

const sha1 = (data: string | Uint8Array): string => createHash('sha1').update(data).digest('base64url');

/** Content hash of a parsed article: every field that loading and answering read. */
export function articleHash(article: Article): string {
  return sha1(JSON.stringify([article.id, article.title, article.published, article.source, article.url, article.people, article.paragraphs]));
}

function fileKey(path: string, text: string): string {
  return `${basename(path)}\0${sha1(text)}`;
}

/** Per-article string fields, each a string table of the file; `''` stands for none. */
const ARTICLE_FIELDS = ['key', 'id', 'title', 'published', 'source', 'url', 'people', 'file', 'signature'] as const;

/** The payload as sections: the snapshot's tables as they are, the articles as columns and one text blob. */
function writePayload(payload: Payload): SectionWriter {
  const writer = new SectionWriter();
  const { articles, ...tables } = payload.snapshot;
  const column = (field: (typeof ARTICLE_FIELDS)[number], i: number, entry: SnapshotArticle): string => {
    const { article } = entry;
    if (field === 'key') return entry.key;
    if (field === 'people') return article.people.length === 0 ? '' : JSON.stringify(article.people);
    if (field === 'file') return payload.files[i] ?? '';
    if (field === 'signature') return payload.signatures[i] ?? '';
    return article[field];
  };
  for (const field of ARTICLE_FIELDS) writer.strings(`articles.${field}`, articles.map((entry, i) => column(field, i, entry)));
  writer.tree('snapshot', tables);
  // Last: the text is left in the file when read back.
  writeTexts(writer, 'text', articles.map((entry) => entry.article));
  return writer;
}

/** The snapshot of a checked body: articles made over the text blob, typed arrays as views into the body. */
function readPayload(reader: SectionReader): KnowledgeSnapshot {
  const columns = Object.fromEntries(ARTICLE_FIELDS.map((field) => [field, reader.strings(`articles.${field}`)])) as Record<(typeof ARTICLE_FIELDS)[number], string[]>;
  const count = columns.key.length;
  if (ARTICLE_FIELDS.some((field) => columns[field].length !== count)) throw new Error('article columns differ in length');
  const text = readTexts(reader, 'text');
  if (text.articles !== count) throw new Error('article text does not fit the articles');
  const articles = columns.key.map((key, i): SnapshotArticle => {
    const people = columns.people[i] as string;
    const article = new StoredArticle(
      columns.id[i] as string,
      columns.title[i] as string,
      columns.published[i] as string,
      columns.source[i] as string,
      columns.url[i] as string,
      people === '' ? [] : (JSON.parse(people) as CuratedPerson[]),
      text,
      i,
      columns.file[i] as string,
      columns.signature[i] as string,
    );
    return { key, article };
  });
  return { ...(reader.tree('snapshot') as Omit<KnowledgeSnapshot, 'articles'>), articles };
}

/** Reads and checks the file; a reason instead when it cannot be trusted. */
function readStore(path: string, timings: StoreTimings): KnowledgeSnapshot | string | undefined {
  const read = readIndexFile(path, INDEX_ENGINE_VERSION, timings);
  if (read === undefined || typeof read === 'string') return read;
  const started = performance.now();
  try {
    return readPayload(new SectionReader(read));
  } catch (error) {
    return `unreadable index (${(error as Error).message})`;
  } finally {
    timings.decode_ms = performance.now() - started;
  }
}

/** Where opening the index spent its time, in ms (for the bench's cold-start profile). */
export interface StoreTimings extends ReadTimings {
  decode_ms: number;
}

/**
 * The index file of one knowledge folder. Open it, give it to {@link loadKnowledgeBase} or to
 * `persistentBuilder` (the watcher's build), close it at shutdown (which saves pending changes).
 *
 * @example
 * const store = KnowledgeIndexStore.open('data/index/knowledge.index');
 * const { kb } = await loadKnowledgeBase('knowledge', resources, { store });
 */
export class KnowledgeIndexStore {
  readonly path: string;
  readonly report: IndexStoreReport = { reused: 0, analysed: 0, rebuilt: undefined, unread: 0 };
  /** Where opening it spent its time. */
  readonly timings: StoreTimings = { read_ms: 0, checksum_ms: 0, lazy_checksum_ms: 0, decode_ms: 0 };
  private snapshot: KnowledgeSnapshot | undefined;
  /**
   * The restored articles by the name of the file each came from (the file's content hash and
   * signature are the article's own fields): one map, no key made per article.
   */
  private readonly storedByName = new Map<string, StoredArticle>();
  /** The file (`name\0sha1`) of each article parsed since the start. */
  private readonly parsedFile = new WeakMap<Article, string>();
  /** Signatures learned (or forgotten: null) since the start; a restored article's own otherwise. */
  private readonly learnedSignature = new WeakMap<Article, string | null>();
  private builder: KnowledgeBuilder | undefined;
  private dirty = false;
  /** Signatures learned for files the index held without one: worth a save, not an urgent one. */
  private learned = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  private constructor(path: string) {
    this.path = path;
  }

  /** Opens the index at `path` (none yet is fine). Never throws for a bad file: it is rebuilt. */
  static open(path: string): KnowledgeIndexStore {
    const store = new KnowledgeIndexStore(path);
    const read = readStore(path, store.timings);
    if (typeof read === 'string') store.report.rebuilt = read;
    else if (read) {
      store.snapshot = read;
      for (const { article } of read.articles) {
        if (!(article instanceof StoredArticle) || article.file === '') continue;
        store.storedByName.set(article.file.slice(0, article.file.indexOf('\0')), article);
      }
    }
    return store;
  }

  /** The reuse hooks of `loadKnowledgeDir` and `useKnownFiles`, bound to this index. */
  readonly fileHooks = {
    reuse: (path: string, text: string, signature?: string): Article | undefined => this.articleOfFile(path, text, signature),
    parsed: (path: string, text: string, article: Article, signature?: string): void => this.parsedFrom(path, text, article, signature),
    unchanged: (path: string, signature: string): Article | undefined => this.unchangedFile(path, signature),
  };

  /**
   * The article a knowledge file holds when the index has this very file (name and contents). With
   * the file's signature (size and mtime), the next start can trust a stat of it.
   */
  articleOfFile(path: string, text: string, signature?: string): Article | undefined {
    const stored = this.storedByName.get(basename(path));
    const article = stored?.file === fileKey(path, text) ? stored : undefined;
    if (article && signature !== this.signatureOf(article) && this.remember(article, signature)) this.learned = true;
    return article;
  }

  /** The article of a file whose name, size and mtime are those the index recorded: not read. */
  unchangedFile(path: string, signature: string): Article | undefined {
    const stored = this.storedByName.get(basename(path));
    const article = stored !== undefined && stored.signature !== '' && stored.signature === signature ? stored : undefined;
    if (article) this.report.unread++;
    return article;
  }

  /** Remembers which file an article was parsed from, so that the next start skips parsing it. */
  parsedFrom(path: string, text: string, article: Article, signature?: string): void {
    this.parsedFile.set(article, fileKey(path, text));
    this.remember(article, signature);
  }

  private remember(article: Article, signature: string | undefined): boolean {
    if (!trustworthy(signature, Date.now())) {
      this.learnedSignature.set(article, null);
      return false;
    }
    this.learnedSignature.set(article, signature);
    return true;
  }

  /** The knowledge file (`name\0sha1`) an article was parsed from, if known. */
  private fileOf(article: Article): string | undefined {
    const parsed = this.parsedFile.get(article);
    if (parsed !== undefined) return parsed;
    return article instanceof StoredArticle && article.file !== '' ? article.file : undefined;
  }

  /** The trusted signature of an article's file, if any. */
  private signatureOf(article: Article): string | undefined {
    const learned = this.learnedSignature.get(article);
    if (learned !== undefined) return learned ?? undefined;
    return article instanceof StoredArticle && article.signature !== '' ? article.signature : undefined;
  }

  /**
   * Gives the builder the persisted index to start from (once, before its first build). Returns
   * false when there is none or it does not fit (then `report.rebuilt` says why).
   */
  restoreInto(builder: KnowledgeBuilder): boolean {
    this.builder = builder;
    const snapshot = this.snapshot;
    this.snapshot = undefined;
    if (!snapshot) return false;
    if (builder.restore(snapshot)) return true;
    this.report.rebuilt = 'index does not fit its own articles';
    return false;
  }

  /** After a build: what it reused and analysed; saved now (first build) or within `delayMs`. */
  built(builder: KnowledgeBuilder, delayMs: number): Error | undefined {
    this.builder = builder;
    // Files are looked up only until the first build is done: then the watcher's own state rules.
    this.storedByName.clear();
    this.report.reused = builder.lastBuild.kept;
    this.report.analysed += builder.lastBuild.analysed;
    const changed = builder.lastBuild.analysed > 0 || builder.lastBuild.removed > 0 || this.report.rebuilt !== undefined;
    if (changed) this.dirty = true;
    if (!this.dirty && !this.learned) return undefined;
    if (this.dirty && delayMs <= 0) return this.save();
    // Only signatures learned: saved by a process that runs a while (the bot), never on the way of a
    // start or a short command, which would pay a whole save for a few files' hashes.
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.save();
    }, this.dirty ? delayMs : LEARNED_SAVE_DELAY_MS);
    this.timer.unref?.();
    return undefined;
  }

  /** Writes the index now if anything changed since the last save. A failure is returned, not thrown. */
  save(): Error | undefined {
    if (!(this.dirty || this.learned) || !this.builder) return undefined;
    try {
      const snapshot = this.builder.snapshot();
      const writer = writePayload({
        snapshot,
        files: snapshot.articles.map((a) => this.fileOf(a.article) ?? null),
        signatures: snapshot.articles.map((a) => this.signatureOf(a.article) ?? null),
      });
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      const fd = openSync(temporary, 'w');
      try {
        writer.writeTo(fd, INDEX_ENGINE_VERSION);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, this.path);
      this.dirty = false;
      this.learned = false;
      return undefined;
    } catch (error) {
      rmSync(`${this.path}.${process.pid}.tmp`, { force: true });
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** Saves pending changes (not signatures merely learned) and stops the save timer. */
  close(): Error | undefined {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    return this.dirty ? this.save() : undefined;
  }
}
