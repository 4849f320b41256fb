import { readFileSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { join } from 'node:path';
import type { Article } from '../core/types.js';
import { parseKnowledgeFile, type KnowledgeProblem, type ParseKnowledgeResult } from '../core/knowledge/parse-knowledge-file.js';

export type { KnowledgeProblem } from '../core/knowledge/parse-knowledge-file.js';

export interface KnowledgeDirResult {
  articles: Article[];
  problems: KnowledgeProblem[];
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'ENOTDIR') return 'not a directory';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Why a knowledge folder cannot be read at all (missing, not a folder, no permission), or undefined
 * when it can. The CLIs check this first: a mistyped folder must not look like an empty knowledge
 * base ("I don't know", "Nothing new") with exit code 0.
 *
 * @example await unreadableKnowledgeDir('/nonexistent') // → 'cannot read the knowledge folder /nonexistent: no such file or directory'
 */
export async function unreadableKnowledgeDir(dir: string): Promise<string | undefined> {
  try {
    await readdir(dir);
    return undefined;
  } catch (error) {
    return `cannot read the knowledge folder ${dir}: ${reason(error)}`;
  }
}

let knownFiles: KnowledgeDirOptions = {};

/**
 * Lets a persisted index answer for the files it holds (same name, same contents) in every later
 * {@link readKnowledgeFile}, as the hot-reload watcher reads them: no parsing. Pass `{}` to stop.
 */
export function useKnownFiles(options: KnowledgeDirOptions): void {
  knownFiles = options;
}

/**
 * What says a file may have changed without reading it: modification time and size, as make, git
 * and rsync use them (`mtimeMs:size`).
 */
export function fileSignature(stats: Pick<Stats, 'mtimeMs' | 'size'>): string {
  return `${stats.mtimeMs}:${stats.size}`;
}

/** Parses a file's text, unless the known files already hold it. */
function parseOrReuse(text: string, path: string, options: KnowledgeDirOptions, signature: string | undefined): ParseKnowledgeResult {
  const known = options.reuse?.(path, text, signature);
  if (known) return { ok: true, article: known };
  const result = parseKnowledgeFile(text, path);
  if (result.ok) options.parsed?.(path, text, result.article, signature);
  return result;
}

function unreadable(path: string, error: unknown): ParseKnowledgeResult {
  return { ok: false, problems: [{ file: path, line: 0, message: `cannot read: ${reason(error)}` }] };
}

/**
 * Reads and validates one knowledge file at once (no thread-pool round trip: the loaders call it
 * in batches). `signature` is the file's {@link fileSignature} when the caller has just taken it:
 * a file the known files hold with that very signature is not even read.
 */
export function readKnowledgeFileSync(path: string, signature?: string, options: KnowledgeDirOptions = knownFiles): ParseKnowledgeResult {
  const unchanged = signature === undefined ? undefined : options.unchanged?.(path, signature);
  if (unchanged) return { ok: true, article: unchanged };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return unreadable(path, error);
  }
  return parseOrReuse(text, path, options, signature);
}

/**
 * Reads and validates one knowledge file. Problems name the file as `path` was given; a file that
 * cannot be read is a problem on line 0, never an exception (the hot-reload watcher relies on that).
 */
export async function readKnowledgeFile(path: string): Promise<ParseKnowledgeResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return unreadable(path, error);
  }
  return parseOrReuse(text, path, knownFiles, undefined);
}

/** Files read and parsed between two yields to the event loop. */
const BATCH = 64;

/** The line of the `id:` key of a file, for pointing at a duplicate (read again: duplicates are rare). */
function idLine(path: string): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return 1;
  }
  const index = text.split(/\r?\n/).findIndex((line) => /^id\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

/** Hooks for a persisted index: skip parsing files it already holds, and learn the others. */
export interface KnowledgeDirOptions {
  /** The article of a file already known by its name and exact contents, to skip parsing it. */
  reuse?: ((path: string, text: string, signature: string | undefined) => Article | undefined) | undefined;
  /** Called for each file parsed (not reused) into a valid article, with its signature if taken. */
  parsed?: ((path: string, text: string, article: Article, signature: string | undefined) => void) | undefined;
  /** The article of a file known by its name and {@link fileSignature}: then it is not read at all. */
  unchanged?: ((path: string, signature: string) => Article | undefined) | undefined;
}

/**
 * Loads every `*.md` file of a directory, sorted by name. A broken file is reported and skipped; the
 * rest load. An id already taken by an earlier file is reported and that later file skipped.
 */
export async function loadKnowledgeDir(dir: string, options: KnowledgeDirOptions = {}): Promise<KnowledgeDirResult> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => entry.name);
  } catch (error) {
    return { articles: [], problems: [{ file: dir, line: 0, message: `cannot read knowledge directory: ${reason(error)}` }] };
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Reading 10,000 small files with promises costs ~10x more than synchronous reads (one thread-pool
  // round trip per open/stat/read/close); batches of synchronous reads, yielding between batches,
  // keep the event loop responsive (a few ms per batch) at a fraction of the time.
  // With an `unchanged` hook, a file's size and mtime are looked at first: one stat instead of a
  // read and a hash for every file a persisted index already holds.
  const results: Array<{ path: string; result: ParseKnowledgeResult }> = [];
  for (let i = 0; i < names.length; i += BATCH) {
    if (i > 0) await yieldToEventLoop();
    for (const name of names.slice(i, i + BATCH)) {
      const path = join(dir, name);
      let signature: string | undefined;
      if (options.unchanged) {
        try {
          signature = fileSignature(statSync(path));
        } catch (error) {
          results.push({ path, result: unreadable(path, error) });
          continue;
        }
      }
      results.push({ path, result: readKnowledgeFileSync(path, signature, options) });
    }
  }
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { path, result } of results) {
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = firstFileOfId.get(result.article.id);
    if (earlier !== undefined) {
      problems.push({ file: path, line: idLine(path), message: `duplicate id "${result.article.id}" (already used by ${earlier}); file skipped` });
      continue;
    }
    firstFileOfId.set(result.article.id, path);
    articles.push(result.article);
  }
  return { articles, problems };
}
