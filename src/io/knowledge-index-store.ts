/**
 * The persisted knowledge index: the whole built index (postings, vocabulary, names, each article's
 * sentences) as one file beside the database, with each article's content hash and the knowledge
 * file it came from (name and content hash), under the engine's version. A start with unchanged
 * files reads it back instead of parsing and tokenising everything again; a changed file is
 * re-analysed alone. Anything that does not check out — another engine version, a truncated or
 * corrupt file (a CRC-32 over the payload), a snapshot that does not fit — is rebuilt, never trusted.
 *
 * Format: one header line of JSON (`engine`, `bytes`, `crc32`), then the payload (node:v8
 * serialisation of plain data). Written to a temporary file and renamed, so a crash mid-write
 * leaves the previous index. One blob is all it is; SQLite would add nothing but a copy.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';
import { INDEX_ENGINE_VERSION } from '../core/index/article-analysis.js';
import type { KnowledgeBuilder, KnowledgeSnapshot } from '../core/knowledge-base.js';
import type { Article } from '../core/types.js';

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
  signatures?: Array<string | null>;
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

/**
 * Copies out every typed array of the snapshot (but its articles) that v8.deserialize left as a
 * view into the file's bytes — it does so for aligned ones — so that the file's buffer, most of
 * it the articles' text already deserialised into strings, is freed instead of kept by its views.
 */
function ownBuffers(value: object, file: ArrayBufferLike): void {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (ArrayBuffer.isView(field)) {
      if (field.buffer === file && !(field instanceof DataView)) record[key] = (field as Int32Array).slice();
    } else if (typeof field === 'object' && field !== null && !Array.isArray(field) && key !== 'articles') ownBuffers(field, file);
  }
}

/** Reads and checks the file; a reason instead when it cannot be trusted. */
function readPayload(path: string): Payload | string | undefined {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT' ? undefined : `cannot read: ${(error as Error).message}`;
  }
  const newline = data.indexOf(10);
  let header: { engine?: unknown; bytes?: unknown; crc32?: unknown };
  try {
    header = JSON.parse(data.subarray(0, newline < 0 ? 0 : newline).toString('utf8')) as typeof header;
  } catch {
    return 'unreadable index (no header)';
  }
  if (header.engine !== INDEX_ENGINE_VERSION) return `index written by ${String(header.engine)}, engine is ${INDEX_ENGINE_VERSION}`;
  const body = data.subarray(newline + 1);
  if (body.length !== header.bytes) return `unreadable index (truncated: ${body.length} of ${String(header.bytes)} bytes)`;
  // zlib's CRC-32 catches truncation and changed bytes in our own file as surely as SHA-1 did, at a
  // tenth of the time (12 against 120 ms for the 64 MB of 10,000 articles).
  if (typeof header.crc32 !== 'number') return 'index written in an older format (no CRC-32)';
  if (crc32(body) !== header.crc32) return 'unreadable index (checksum mismatch)';
  try {
    const payload = deserialize(body) as Partial<Payload>;
    const articles = payload.snapshot?.articles;
    if (!Array.isArray(articles) || !Array.isArray(payload.files) || payload.files.length !== articles.length || !articles.every((a) => isArticle(a?.article))) {
      return 'unreadable index (unexpected contents)';
    }
    ownBuffers(payload.snapshot as KnowledgeSnapshot, body.buffer);
    // Signatures that do not fit are dropped: every file is then checked by its content hash.
    if (!Array.isArray(payload.signatures) || payload.signatures.length !== articles.length) delete payload.signatures;
    return payload as Payload;
  } catch (error) {
    return `unreadable index (${(error as Error).message})`;
  }
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
  private payload: Payload | undefined;
  private readonly articleByFile = new Map<string, Article>();
  /** `name\0signature` → article, for files a stat finds unchanged. */
  private readonly articleBySignature = new Map<string, Article>();
  private readonly fileOf = new WeakMap<Article, string>();
  private readonly signatureOf = new WeakMap<Article, string>();
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
    const read = readPayload(path);
    if (typeof read === 'string') store.report.rebuilt = read;
    else if (read) {
      store.payload = read;
      read.snapshot.articles.forEach((entry, i) => {
        const file = read.files[i];
        if (file === null || file === undefined) return;
        store.articleByFile.set(file, entry.article);
        store.fileOf.set(entry.article, file);
        const signature = read.signatures?.[i];
        if (typeof signature !== 'string') return;
        store.articleBySignature.set(`${file.slice(0, file.indexOf('\0'))}\0${signature}`, entry.article);
        store.signatureOf.set(entry.article, signature);
      });
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
    const article = this.articleByFile.get(fileKey(path, text));
    if (article && signature !== this.signatureOf.get(article) && this.remember(article, signature)) this.learned = true;
    return article;
  }

  /** The article of a file whose name, size and mtime are those the index recorded: not read. */
  unchangedFile(path: string, signature: string): Article | undefined {
    const article = this.articleBySignature.get(`${basename(path)}\0${signature}`);
    if (article) this.report.unread++;
    return article;
  }

  /** Remembers which file an article was parsed from, so that the next start skips parsing it. */
  parsedFrom(path: string, text: string, article: Article, signature?: string): void {
    this.fileOf.set(article, fileKey(path, text));
    this.remember(article, signature);
  }

  private remember(article: Article, signature: string | undefined): boolean {
    if (!trustworthy(signature, Date.now())) {
      this.signatureOf.delete(article);
      return false;
    }
    this.signatureOf.set(article, signature);
    return true;
  }

  /**
   * Gives the builder the persisted index to start from (once, before its first build). Returns
   * false when there is none or it does not fit (then `report.rebuilt` says why).
   */
  restoreInto(builder: KnowledgeBuilder): boolean {
    this.builder = builder;
    const payload = this.payload;
    this.payload = undefined;
    if (!payload) return false;
    if (builder.restore(payload.snapshot)) return true;
    this.report.rebuilt = 'index does not fit its own articles';
    return false;
  }

  /** After a build: what it reused and analysed; saved now (first build) or within `delayMs`. */
  built(builder: KnowledgeBuilder, delayMs: number): Error | undefined {
    this.builder = builder;
    // Files are looked up only until the first build is done: then the watcher's own state rules.
    this.articleByFile.clear();
    this.articleBySignature.clear();
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
      const body = serialize({
        snapshot,
        files: snapshot.articles.map((a) => this.fileOf.get(a.article) ?? null),
        signatures: snapshot.articles.map((a) => this.signatureOf.get(a.article) ?? null),
      } satisfies Payload);
      const header = JSON.stringify({ engine: INDEX_ENGINE_VERSION, bytes: body.length, crc32: crc32(body) });
      mkdirSync(dirname(this.path), { recursive: true });
      const temporary = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.concat([Buffer.from(`${header}\n`), body]));
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
