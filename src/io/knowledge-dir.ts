import { readFileSync } from 'node:fs';
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

let knownFiles: KnowledgeDirOptions = {};

/**
 * Lets a persisted index answer for the files it holds (same name, same contents) in every later
 * {@link readKnowledgeFile}, as the hot-reload watcher reads them: no parsing. Pass `{}` to stop.
 */
export function useKnownFiles(options: KnowledgeDirOptions): void {
  knownFiles = options;
}

/** Parses a file's text, unless the known files already hold it. */
function parseOrReuse(text: string, path: string, options: KnowledgeDirOptions): ParseKnowledgeResult {
  const known = options.reuse?.(path, text);
  if (known) return { ok: true, article: known };
  const result = parseKnowledgeFile(text, path);
  if (result.ok) options.parsed?.(path, text, result.article);
  return result;
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
    return { ok: false, problems: [{ file: path, line: 0, message: `cannot read: ${reason(error)}` }] };
  }
  return parseOrReuse(text, path, knownFiles);
}

/** Files read and parsed between two yields to the event loop. */
const BATCH = 64;

/** The line of the `id:` key, for pointing at a duplicate. */
function idLine(text: string): number {
  const index = text.split(/\r?\n/).findIndex((line) => /^id\s*:/.test(line));
  return index < 0 ? 1 : index + 1;
}

/** Hooks for a persisted index: skip parsing files it already holds, and learn the others. */
export interface KnowledgeDirOptions {
  /** The article of a file already known by its name and exact contents, to skip parsing it. */
  reuse?: ((path: string, text: string) => Article | undefined) | undefined;
  /** Called for each file parsed (not reused) into a valid article. */
  parsed?: ((path: string, text: string, article: Article) => void) | undefined;
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
  const results: Array<{ path: string; text: string; result: ParseKnowledgeResult }> = [];
  for (let i = 0; i < names.length; i += BATCH) {
    if (i > 0) await yieldToEventLoop();
    for (const name of names.slice(i, i + BATCH)) {
      const path = join(dir, name);
      try {
        const text = readFileSync(path, 'utf8');
        results.push({ path, text, result: parseOrReuse(text, path, options) });
      } catch (error) {
        results.push({ path, text: '', result: { ok: false, problems: [{ file: path, line: 0, message: `cannot read: ${reason(error)}` }] } });
      }
    }
  }
  const articles: Article[] = [];
  const problems: KnowledgeProblem[] = [];
  const firstFileOfId = new Map<string, string>();
  for (const { path, text, result } of results) {
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = firstFileOfId.get(result.article.id);
    if (earlier !== undefined) {
      problems.push({ file: path, line: idLine(text), message: `duplicate id "${result.article.id}" (already used by ${earlier}); file skipped` });
      continue;
    }
    firstFileOfId.set(result.article.id, path);
    articles.push(result.article);
  }
  return { articles, problems };
}
