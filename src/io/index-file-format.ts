/**
 * The persisted index's layout: one header line of JSON, then a body of sections at known offsets,
 * each aligned to 8 bytes — typed arrays as their raw bytes (read back as views into the body, no
 * copy and nothing to deserialise), string tables as one latin1 or UTF-16 blob with the offsets of
 * its strings — and last the articles' text, which is not read into memory at all: its checksum is
 * taken through a small reused buffer, and an article's paragraphs are read from the file (kept open)
 * when something asks for them, a few thousand articles' kept in a bounded cache.
 *
 * A start so reads the tables into one buffer, checks two CRC-32s (tables, text), and makes a string
 * only for what must be a string at once (vocabulary, names, each article's id and title …): at
 * 100,000 articles v8.deserialize of the text and names into millions of strings, and the garbage
 * collection of them, was most of a cold start; memory touched for the first time costs this machine
 * ~3 ms per MB, so the ~40% of the file that is text is not read at start (README "Performance").
 */
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { crc32 } from 'node:zlib';
import type { Article, CuratedPerson } from '../core/types.js';

const ALIGN = 8;
/** The byte order typed arrays are written in; a file of the other order is not read. */
export const ENDIAN = endianness();

type TypedArray = Int32Array | Uint16Array | Uint8Array | Float64Array;
type Kind = 'i32' | 'u16' | 'u8' | 'f64' | 'latin1' | 'utf16le';

const KIND_OF: Array<[new (...args: never[]) => TypedArray, Kind]> = [
  [Int32Array, 'i32'],
  [Uint16Array, 'u16'],
  [Uint8Array, 'u8'],
  [Float64Array, 'f64'],
];

/** Where a section is: its name, kind, byte offset in the body and byte length. */
type Section = [name: string, kind: Kind, offset: number, bytes: number];

/** The header line: what a reader checks before anything else, and where each section is. */
export interface IndexHeader {
  engine: string;
  endian: string;
  /** Bytes of the body (after the header line). */
  bytes: number;
  /** The body's first `eager` bytes are read into memory (sections there are views); the rest, read on demand. */
  eager: number;
  /** CRC-32 of the eager part, and of the rest. */
  crc32: number;
  lazyCrc32: number;
  sections: Section[];
  /** Numbers and short strings of the payload, by name. */
  scalars: Record<string, number | string>;
}

/** Bytes of an open index file, copied when written. */
interface FileRange {
  file: OpenIndexFile;
  position: number;
  length: number;
}
type Chunk = Uint8Array | FileRange;
const chunkLength = (chunk: Chunk): number => (chunk instanceof Uint8Array ? chunk.byteLength : chunk.length);

/** Reads a chunk in pieces through one reused buffer. */
function eachPiece(chunk: Chunk, scratch: Buffer, use: (piece: Uint8Array) => void): void {
  if (chunk instanceof Uint8Array) {
    use(chunk);
    return;
  }
  for (let at = 0; at < chunk.length; ) {
    const length = Math.min(scratch.byteLength, chunk.length - at);
    readFully(chunk.file.fd, scratch.subarray(0, length), chunk.position + at);
    use(scratch.subarray(0, length));
    at += length;
  }
}

/** Collects sections in memory (views, not copies, where it can) and writes them out once. */
export class SectionWriter {
  private readonly chunks: Chunk[] = [];
  private size = 0;
  /** Where the part read on demand starts (the end, until {@link lazyFromHere}). */
  private eager: number | undefined;
  readonly sections: Section[] = [];
  readonly scalars: Record<string, number | string> = {};

  /** Sections from here on are not read at start, but on demand. */
  lazyFromHere(): void {
    this.align();
    this.eager = this.size;
  }

  private align(): void {
    const pad = (ALIGN - (this.size % ALIGN)) % ALIGN;
    if (pad > 0) this.push(new Uint8Array(pad));
  }

  /** Appends raw bytes as one section (aligned). */
  bytes(name: string, kind: Kind, parts: readonly Chunk[]): void {
    this.align();
    const offset = this.size;
    for (const part of parts) this.push(part);
    this.sections.push([name, kind, offset, this.size - offset]);
  }

  typed(name: string, values: TypedArray): void {
    const kind = KIND_OF.find(([type]) => values instanceof type)?.[1];
    if (kind === undefined) throw new Error(`index file: ${name} is not a typed array it can store`);
    this.bytes(name, kind, [new Uint8Array(values.buffer, values.byteOffset, values.byteLength)]);
  }

  /** A list of strings: one blob (latin1 when every character fits, else UTF-16) and their offsets. */
  strings(name: string, list: readonly string[]): void {
    const offsets = new Int32Array(list.length + 1);
    let at = 0;
    list.forEach((text, i) => {
      if (typeof text !== 'string') throw new Error(`index file: ${name} holds a ${typeof text}, not a string`);
      at += text.length;
      offsets[i + 1] = at;
    });
    const joined = list.join('');
    const encoding = WIDE.test(joined) ? 'utf16le' : 'latin1';
    this.typed(`${name}#offsets`, offsets);
    this.bytes(name, encoding, [Buffer.from(joined, encoding)]);
  }

  /** Every typed array, string list and scalar of a plain-data tree, under dotted names. */
  tree(name: string, value: unknown): void {
    if (ArrayBuffer.isView(value)) this.typed(name, value as TypedArray);
    else if (Array.isArray(value)) this.strings(name, value as string[]);
    else if (typeof value === 'number' || typeof value === 'string') this.scalars[name] = value;
    else if (typeof value === 'object' && value !== null) for (const [key, field] of Object.entries(value)) this.tree(name === '' ? key : `${name}.${key}`, field);
    else throw new Error(`index file: cannot store ${name}`);
  }

  private push(part: Chunk): void {
    this.chunks.push(part);
    this.size += chunkLength(part);
  }

  /** Writes header and body to an open file (bytes of another index file are copied through a small buffer, twice: checksum, then write). */
  writeTo(fd: number, engine: string): void {
    const eager = this.eager ?? this.size;
    const scratch = Buffer.allocUnsafe(COPY_BUFFER);
    const crcs = [0, 0];
    let at = 0;
    for (const chunk of this.chunks) {
      const part = at < eager ? 0 : 1;
      eachPiece(chunk, scratch, (piece) => (crcs[part] = crc32(piece, crcs[part])));
      at += chunkLength(chunk);
    }
    const header: IndexHeader = { engine, endian: ENDIAN, bytes: this.size, eager, crc32: crcs[0] as number, lazyCrc32: crcs[1] as number, sections: this.sections, scalars: this.scalars };
    writeAll(fd, Buffer.from(`${JSON.stringify(header)}\n`));
    for (const chunk of this.chunks) eachPiece(chunk, scratch, (piece) => writeAll(fd, piece));
  }
}

/** Pieces in which text is checksummed and copied: reused, so no fresh memory is touched. */
const COPY_BUFFER = 4 << 20;

/**
 * An index file kept open for the text read on demand: closed when nothing reads it any more (the
 * articles restored from it are gone). A save renames a new file over the path: this one stays readable.
 */
export class OpenIndexFile {
  private static readonly closer = new FinalizationRegistry<number>((fd) => {
    try {
      closeSync(fd);
    } catch {
      // Already closed: nothing to do.
    }
  });

  constructor(readonly fd: number) {
    OpenIndexFile.closer.register(this, fd);
  }

  read(position: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    readFully(this.fd, bytes, position);
    return bytes;
  }
}

function writeAll(fd: number, data: Uint8Array): void {
  for (let at = 0; at < data.byteLength; ) at += writeSync(fd, data, at, data.byteLength - at);
}

/** A character that latin1 cannot hold. */
const WIDE = /[\u0100-\uffff]/;

/** What {@link readIndexFile} measured, for the bench's cold-start profile. */
export interface ReadTimings {
  read_ms: number;
  checksum_ms: number;
  /** Checksum of the part not read into memory (read through a small buffer). */
  lazy_checksum_ms: number;
}

/** A checked index file: its header, the part read into memory, and the file itself for the rest. */
export interface CheckedIndexFile {
  header: IndexHeader;
  body: Buffer;
  file: OpenIndexFile;
  /** Position of the body in the file. */
  bodyAt: number;
}

/** The header and body of an index file, checked; a reason instead when it cannot be trusted, undefined when there is none. */
export function readIndexFile(path: string, engine: string, timings: ReadTimings): CheckedIndexFile | string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    return (error as { code?: unknown }).code === 'ENOENT' ? undefined : `cannot read: ${(error as Error).message}`;
  }
  try {
    const started = performance.now();
    const size = fstatSync(fd).size;
    // The header is a few kilobytes: the first megabyte holds it or the file is not an index.
    const head = Buffer.alloc(Math.min(size, 1 << 20));
    readFully(fd, head, 0);
    const newline = head.indexOf(10);
    let header: Partial<IndexHeader>;
    try {
      header = JSON.parse(head.subarray(0, newline < 0 ? 0 : newline).toString('utf8')) as Partial<IndexHeader>;
    } catch {
      return 'unreadable index (no header)';
    }
    if (typeof header !== 'object' || header === null) return 'unreadable index (no header)';
    if (header.engine !== engine) return `index written by ${String(header.engine)}, engine is ${engine}`;
    if (header.endian !== ENDIAN) return `index written on a ${String(header.endian)} machine`;
    const bytes = size - newline - 1;
    if (bytes !== header.bytes) return `unreadable index (truncated: ${bytes} of ${String(header.bytes)} bytes)`;
    const { eager } = header;
    if (typeof header.crc32 !== 'number' || typeof header.lazyCrc32 !== 'number' || !Array.isArray(header.sections) || typeof header.scalars !== 'object') return 'unreadable index (no section table)';
    if (typeof eager !== 'number' || !Number.isInteger(eager) || eager < 0 || eager > bytes) return 'unreadable index (no section table)';
    // A buffer of its own (offset 0, not from the pool): sections aligned in the body are aligned in memory.
    const body = Buffer.allocUnsafeSlow(eager);
    readFully(fd, body, newline + 1);
    timings.read_ms = performance.now() - started;
    const checked = performance.now();
    // zlib's CRC-32 catches truncation and changed bytes in our own file as surely as SHA-1 did, at a
    // tenth of the time.
    const crc = crc32(body);
    timings.checksum_ms = performance.now() - checked;
    if (crc !== header.crc32) return 'unreadable index (checksum mismatch)';
    const lazyChecked = performance.now();
    let lazyCrc = 0;
    const scratch = Buffer.allocUnsafe(COPY_BUFFER);
    for (let at = newline + 1 + eager; at < size; ) {
      const length = Math.min(scratch.byteLength, size - at);
      readFully(fd, scratch.subarray(0, length), at);
      lazyCrc = crc32(scratch.subarray(0, length), lazyCrc);
      at += length;
    }
    timings.lazy_checksum_ms = performance.now() - lazyChecked;
    if (lazyCrc !== header.lazyCrc32) return 'unreadable index (checksum mismatch in the text)';
    const file = new OpenIndexFile(fd);
    fd = -1;
    return { header: header as IndexHeader, body, file, bodyAt: newline + 1 };
  } catch (error) {
    return `cannot read: ${(error as Error).message}`;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

function readFully(fd: number, into: Buffer, position: number): void {
  for (let at = 0; at < into.byteLength; ) {
    const read = readSync(fd, into, at, Math.min(into.byteLength - at, 1 << 30), position + at);
    if (read === 0) throw new Error('index file shorter than it was');
    at += read;
  }
}

const ELEMENT: Record<Kind, number> = { i32: 4, u16: 2, u8: 1, f64: 8, latin1: 1, utf16le: 2 };

/** The sections of a checked file, by name: typed arrays as views into its body, string lists decoded. */
export class SectionReader {
  private readonly byName = new Map<string, Section>();
  private readonly header: IndexHeader;
  readonly body: Buffer;
  constructor(private readonly checked: CheckedIndexFile) {
    const { header, body } = checked;
    this.header = header;
    this.body = body;
    for (const section of header.sections) {
      const [name, kind, offset, bytes] = section;
      const size = ELEMENT[kind];
      // A section lies wholly in the part read into memory or wholly after it.
      const end = offset < header.eager ? header.eager : header.bytes;
      if (size === undefined || !Number.isInteger(offset) || !Number.isInteger(bytes) || offset < 0 || bytes < 0 || offset + bytes > end || offset % size !== 0 || bytes % size !== 0) {
        throw new Error(`section ${name} out of range`);
      }
      this.byName.set(name, section);
    }
  }

  private section(name: string, kinds: readonly Kind[], lazy = false): Section {
    const section = this.byName.get(name);
    if (section === undefined || !kinds.includes(section[1]) || section[2] >= this.header.eager !== lazy) throw new Error(`no section ${name}`);
    return section;
  }

  /** A section left in the file: where it is, to be read on demand. */
  inFile(name: string): FileRange {
    const [, , offset, bytes] = this.section(name, ['u8'], true);
    return { file: this.checked.file, position: this.checked.bodyAt + offset, length: bytes };
  }

  typed(name: string): TypedArray {
    const [, kind, offset, bytes] = this.section(name, ['i32', 'u16', 'u8', 'f64']);
    const at = this.body.byteOffset + offset;
    const buffer = this.body.buffer;
    if (kind === 'i32') return new Int32Array(buffer, at, bytes / 4);
    if (kind === 'u16') return new Uint16Array(buffer, at, bytes / 2);
    if (kind === 'f64') return new Float64Array(buffer, at, bytes / 8);
    return new Uint8Array(buffer, at, bytes);
  }

  int32(name: string): Int32Array {
    const values = this.typed(name);
    if (!(values instanceof Int32Array)) throw new Error(`section ${name} is not Int32`);
    return values;
  }

  /** A string list, one JS string decoded and sliced: slices of a long string share its memory. */
  strings(name: string): string[] {
    const [, kind, offset, bytes] = this.section(name, ['latin1', 'utf16le']);
    const offsets = this.int32(`${name}#offsets`);
    const all = this.body.toString(kind as BufferEncoding, offset, offset + bytes);
    if (offsets[0] !== 0 || offsets[offsets.length - 1] !== all.length) throw new Error(`section ${name}: offsets do not fit`);
    const list = new Array<string>(offsets.length - 1);
    for (let i = 0; i < list.length; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
      if (to < from) throw new Error(`section ${name}: offsets out of order`);
      list[i] = all.slice(from, to);
    }
    return list;
  }

  /** The plain-data tree written by {@link SectionWriter.tree} under `name`. */
  tree(name: string): unknown {
    const root: Record<string, unknown> = {};
    const prefix = `${name}.`;
    const place = (path: string, value: unknown): void => {
      const keys = path.slice(prefix.length).split('.');
      let at = root;
      keys.slice(0, -1).forEach((key) => (at = (at[key] ??= {}) as Record<string, unknown>));
      at[keys[keys.length - 1] as string] = value;
    };
    for (const [path, kind, offset] of this.byName.values()) {
      if (!path.startsWith(prefix) || path.endsWith('#offsets') || offset >= this.header.eager) continue;
      place(path, kind === 'latin1' || kind === 'utf16le' ? this.strings(path) : this.typed(path));
    }
    for (const [path, value] of Object.entries(this.header.scalars)) if (path.startsWith(prefix)) place(path, value);
    return root;
  }
}

/**
 * The characters `slice(start, end)` takes of a string of `length`: negative positions count from
 * the end, and both are held within the string.
 *
 * @example
 * sliceRange(10, 2, 50); // [2, 10]
 * sliceRange(10, -3, undefined); // [7, 10]
 */
export function sliceRange(length: number, start: number, end: number = length): [number, number] {
  const at = (position: number): number => {
    const whole = Math.trunc(position) || 0;
    return whole < 0 ? Math.max(length + whole, 0) : Math.min(whole, length);
  };
  return [at(start), at(end)];
}

/**
 * Bytes of the articles read last that are kept: some 2,500 of the bench's stories, a thousand or
 * more news stories (an answer reads up to sixty stories, a digest a day's).
 */
export const TEXT_CACHE_BYTES = 8 * 1024 * 1024;
const NO_BYTES = Buffer.alloc(0);

/**
 * The articles' text, left in the index file: each paragraph latin1 (one byte a character) when it
 * can be, else UTF-16 (exact for any JS string), at a byte offset. An article's bytes are read (one
 * read) when first asked for and kept, as bytes, in one buffer of {@link TEXT_CACHE_BYTES} allocated
 * once and written round: each article read is placed after the one before, and the oldest, which it
 * writes over, are forgotten. A sentence is decoded from the bytes when asked for. Kept as strings,
 * the text an answer reads was most of what outlived the young generation's collections, each of
 * which copies what outlives it (twice, into the old generation); a buffer per article read would
 * grow the memory outside the heap that brings on full collections.
 */
export class TextBlob {
  /** The kept articles' bytes (made at the first read). */
  private kept: Buffer | undefined;
  /** Where the next article read is written in `kept`. */
  private end = 0;
  /**
   * Where each kept article's bytes start in `kept`, in the order they were written: the order of
   * the buffer from `end` on, round to `end` again (the oldest first).
   */
  private readonly keptAt = new Map<number, number>();
  /**
   * The kept articles in the order they were written, from `oldest` on: the ones to give up are
   * found here, not by walking `keptAt` from its front (a Map walks past every entry deleted from
   * its front since it was last compacted: up to about as many as it holds, for each article read).
   */
  private order: number[] = [];
  private oldest = 0;
  /** The buffer the last {@link place} put an article's bytes in: `kept`, or one of its own. */
  private placed: Buffer = NO_BYTES;
  constructor(
    private readonly blob: FileRange,
    /** Per article: its first paragraph in the paragraph tables (articles + 1 entries). */
    readonly firstParagraph: Int32Array,
    /** Per paragraph: its first byte in the blob (paragraphs + 1 entries). */
    readonly starts: Float64Array,
    /** Per paragraph: 1 when written as UTF-16. */
    readonly wide: Uint8Array,
    /** Bytes kept of the articles read last (see {@link TEXT_CACHE_BYTES}). */
    private readonly capacity = TEXT_CACHE_BYTES,
  ) {
    const paragraphs = wide.length;
    if (starts.length !== paragraphs + 1 || firstParagraph[0] !== 0 || firstParagraph[firstParagraph.length - 1] !== paragraphs || starts[0] !== 0 || starts[paragraphs] !== blob.length) {
      throw new Error('article text tables do not fit');
    }
    for (let a = 1; a < firstParagraph.length; a++) if ((firstParagraph[a] as number) < (firstParagraph[a - 1] as number)) throw new Error('article text tables out of order');
    for (let p = 0; p < paragraphs; p++) {
      const bytes = (starts[p + 1] as number) - (starts[p] as number);
      if (!(bytes >= 0) || (wide[p] === 1 && bytes % 2 !== 0) || (wide[p] as number) > 1) throw new Error('article text tables out of order');
    }
  }

  get articles(): number {
    return this.firstParagraph.length - 1;
  }

  /**
   * Where an article's bytes (from its first paragraph's first byte) start in {@link placed}: read
   * when not kept, and kept unless longer than all the bytes kept.
   */
  private place(article: number): number {
    const at = this.keptAt.get(article);
    if (at !== undefined && this.kept !== undefined) {
      this.placed = this.kept;
      return at;
    }
    const base = this.starts[this.firstParagraph[article] as number] as number;
    const length = (this.starts[this.firstParagraph[article + 1] as number] as number) - base;
    const position = this.blob.position + base;
    if (length === 0 || length > this.capacity) {
      this.placed = length === 0 ? NO_BYTES : this.blob.file.read(position, length);
      return 0;
    }
    this.kept ??= Buffer.allocUnsafeSlow(this.capacity);
    if (this.end + length > this.capacity) {
      // The rest of the buffer holds the oldest articles: they are given up, and writing starts over.
      this.giveUpOldest((oldAt) => oldAt >= this.end);
      this.end = 0;
    }
    const from = this.end;
    const to = from + length;
    // The oldest articles, from `end` on, that the new one writes over.
    this.giveUpOldest((oldAt) => oldAt >= from && oldAt < to);
    readFully(this.blob.file.fd, this.kept.subarray(from, to), position);
    this.keptAt.set(article, from);
    this.order.push(article);
    this.end = to;
    this.placed = this.kept;
    return from;
  }

  /** Forgets the oldest kept articles as long as where they start is `given`. */
  private giveUpOldest(given: (at: number) => boolean): void {
    const { order } = this;
    while (this.oldest < order.length) {
      const old = order[this.oldest] as number;
      const oldAt = this.keptAt.get(old);
      if (oldAt !== undefined && !given(oldAt)) break;
      this.keptAt.delete(old);
      this.oldest++;
    }
    // The forgotten articles' slots are given back once they are as many as the rest.
    if (this.oldest > 64 && this.oldest * 2 > order.length) {
      this.order = order.slice(this.oldest);
      this.oldest = 0;
    }
  }

  /** An article's paragraphs. */
  paragraphs(article: number): string[] {
    const at = this.place(article);
    const bytes = this.placed;
    const first = this.firstParagraph[article] as number;
    const last = this.firstParagraph[article + 1] as number;
    const base = (this.starts[first] as number) - at;
    const paragraphs: string[] = [];
    for (let q = first; q < last; q++) paragraphs.push(bytes.toString(this.wide[q] === 1 ? 'utf16le' : 'latin1', (this.starts[q] as number) - base, (this.starts[q + 1] as number) - base));
    return paragraphs;
  }

  /**
   * `paragraphs(article)[paragraph].slice(start, end)` (`''` for a paragraph the article lacks),
   * decoded from the article's bytes without the other paragraphs. A UTF-16 paragraph is cut at the
   * same code units as the string would be.
   */
  sentenceText(article: number, paragraph: number, start: number, end: number): string {
    const first = this.firstParagraph[article] as number;
    const q = first + paragraph;
    if (!(paragraph >= 0 && q < (this.firstParagraph[article + 1] as number))) return '';
    const at = this.place(article);
    const width = this.wide[q] === 1 ? 2 : 1;
    const from = (this.starts[q] as number) - (this.starts[first] as number) + at;
    const [a, b] = sliceRange(((this.starts[q + 1] as number) - (this.starts[q] as number)) / width, start, end);
    return a >= b ? '' : this.placed.toString(width === 2 ? 'utf16le' : 'latin1', from + a * width, from + b * width);
  }

  /** An article's bytes in the file and its paragraph layout, to write it again without decoding it. */
  raw(article: number): { bytes: FileRange; starts: Float64Array; wide: Uint8Array } {
    const first = this.firstParagraph[article] as number;
    const last = this.firstParagraph[article + 1] as number;
    const base = this.starts[first] as number;
    return {
      bytes: { file: this.blob.file, position: this.blob.position + base, length: (this.starts[last] as number) - base },
      starts: this.starts.subarray(first, last + 1).map((s) => s - base),
      wide: this.wide.subarray(first, last),
    };
  }
}

/**
 * An article read back from the index: its fields as strings, its paragraphs in the index file,
 * read when `paragraphs` or one of its sentences is first asked for (see {@link TextBlob}).
 */
export class StoredArticle implements Article {
  constructor(
    readonly id: string,
    readonly title: string,
    readonly published: string,
    readonly source: string,
    readonly url: string,
    readonly people: CuratedPerson[],
    readonly text: TextBlob,
    readonly ordinal: number,
    /** The knowledge file it was parsed from (`name\0sha1`), `''` if not known. */
    readonly file = '',
    /** That file's size and mtime when it was read, `''` if they are not to be trusted. */
    readonly signature = '',
  ) {}

  get paragraphs(): string[] {
    return this.text.paragraphs(this.ordinal);
  }

  sentenceText(paragraph: number, start: number, end: number): string {
    return this.text.sentenceText(this.ordinal, paragraph, start, end);
  }

  /** As a plain article (JSON and spreads see no getter on a prototype). */
  toJSON(): Article {
    return { id: this.id, title: this.title, published: this.published, source: this.source, url: this.url, people: this.people, paragraphs: this.paragraphs };
  }
}

/** Writes the articles' text: a stored article's bytes are copied as they are, another's encoded. */
export function writeTexts(writer: SectionWriter, name: string, articles: readonly Article[]): void {
  const parts: Chunk[] = [];
  const firstParagraph = new Int32Array(articles.length + 1);
  const starts: number[] = [0];
  const wide: number[] = [];
  let at = 0;
  articles.forEach((article, a) => {
    if (article instanceof StoredArticle) {
      const raw = article.text.raw(article.ordinal);
      parts.push(raw.bytes);
      for (let p = 1; p < raw.starts.length; p++) starts.push(at + (raw.starts[p] as number));
      wide.push(...raw.wide);
      at += raw.bytes.length;
    } else {
      for (const paragraph of article.paragraphs) {
        const isWide = WIDE.test(paragraph);
        const bytes = Buffer.from(paragraph, isWide ? 'utf16le' : 'latin1');
        parts.push(bytes);
        at += bytes.byteLength;
        starts.push(at);
        wide.push(isWide ? 1 : 0);
      }
    }
    firstParagraph[a + 1] = wide.length;
  });
  writer.typed(`${name}.firstParagraph`, firstParagraph);
  writer.typed(`${name}.starts`, Float64Array.from(starts));
  writer.typed(`${name}.wide`, Uint8Array.from(wide));
  // Last, and left in the file when read back.
  writer.lazyFromHere();
  writer.bytes(name, 'u8', parts);
}

/** The text blob written by {@link writeTexts}. */
export function readTexts(reader: SectionReader, name: string): TextBlob {
  const starts = reader.typed(`${name}.starts`);
  const wide = reader.typed(`${name}.wide`);
  if (!(starts instanceof Float64Array) || !(wide instanceof Uint8Array)) throw new Error('article text of the wrong kind');
  return new TextBlob(reader.inFile(name), reader.int32(`${name}.firstParagraph`), starts, wide);
}
