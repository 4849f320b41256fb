import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { Article } from '../types.js';
import { fastFrontMatter } from './fast-front-matter.js';
import { frontMatterSchema, type FrontMatter } from './knowledge-schema.js';

/** A problem with a knowledge file; `line` is 1-based, or 0 when it concerns the whole file. */
export interface KnowledgeProblem {
  file: string;
  line: number;
  message: string;
}

export type ParseKnowledgeResult = { ok: true; article: Article } | { ok: false; problems: KnowledgeProblem[] };

const FENCE = /^---\s*$/;

/** Start offsets of each line, to turn YAML character offsets into file line numbers. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The YAML node at `path`, or the nearest parent that exists, for a line to point at. */
function offsetOfPath(doc: Document, path: readonly PropertyKey[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const keys = path.slice(0, depth).filter((key): key is string | number => typeof key !== 'symbol');
    const node = depth === 0 ? doc.contents : doc.getIn(keys, true);
    if (node && typeof node === 'object' && 'range' in node && Array.isArray(node.range)) {
      return node.range[0] as number;
    }
  }
  return undefined;
}

/** The key's own line for unknown keys, so the message points at the misspelt key. */
function offsetOfKey(doc: Document, parent: readonly PropertyKey[], key: string): number | undefined {
  const keys = parent.filter((k): k is string | number => typeof k !== 'symbol');
  const map = keys.length === 0 ? doc.contents : doc.getIn(keys, true);
  if (!isMap(map)) return undefined;
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === key) return pair.key.range?.[0];
  }
  return undefined;
}

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/**
 * Splits a body into paragraphs: blocks separated by blank lines. A block wrapped over several lines
 * (edited by hand) is joined with single spaces, so sentences stay verbatim substrings of it.
 */
function paragraphsOf(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let block: string[] = [];
  for (const line of [...lines, '']) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (block.length > 0) paragraphs.push(block.join(' '));
      block = [];
    } else {
      block.push(trimmed);
    }
  }
  return paragraphs;
}

function toArticle(front: FrontMatter, body: readonly string[], close: number, fileName: string): ParseKnowledgeResult {
  const paragraphs = paragraphsOf(body);
  if (paragraphs.length === 0) return { ok: false, problems: [{ file: fileName, line: close + 1, message: 'empty body: no paragraph after the front matter' }] };
  const people = front.people.map((person) => ({
    name: person.name,
    ...(person.role === undefined ? {} : { role: person.role }),
    ...(person.aliases === undefined ? {} : { aliases: person.aliases }),
  }));
  return {
    ok: true,
    article: { id: front.id, title: front.title, published: front.published, source: front.source, url: front.url, people, paragraphs },
  };
}

/**
 * What a curator typing a value by hand most often gets wrong, said plainly, for the line a YAML
 * error points at: a value that opens with a quotation mark but goes on after its closing one
 * (`role: "Commodore", boat owner`), or a value holding ": " (`role: captain: of the ship`).
 *
 * @example yamlHint('  role: "Commodore", boat owner'); // 'a value that starts with a quotation mark must end with it: …'
 */
export function yamlHint(line: string): string | undefined {
  const value = /^\s*(?:-\s+)?[\w-]+:\s+(.*)$/.exec(line)?.[1];
  if (value === undefined) return undefined;
  if (/^(["']).*?\1\s*[^\s#]/.test(value)) return "a value that starts with a quotation mark must end with it: put the whole value in the other kind of quotes, e.g. role: '\"Skipper\", boat owner'";
  if (/^[^"'].*:\s/.test(value)) return 'a value with ": " in it must be in quotes, e.g. role: "captain: of the ship"';
  return undefined;
}

/**
 * Parses and validates a knowledge file: YAML front matter between `---` fences, then the body, one
 * paragraph per block. Problems carry the file name and the 1-based line they concern.
 *
 * @example
 * const text = '---\nid: a\ntitle: T\npublished: 2007-07-25\nsource: VOA\nurl: ""\n---\n\nIt rained.\n';
 * parseKnowledgeFile(text, 'a.md');
 * // → { ok: true, article: { id: 'a', title: 'T', published: '2007-07-25', source: 'VOA', url: '',
 * //     people: [], paragraphs: ['It rained.'] } }
 */
export function parseKnowledgeFile(text: string, fileName: string): ParseKnowledgeResult {
  const problem = (line: number, message: string): ParseKnowledgeResult => ({ ok: false, problems: [{ file: fileName, line, message }] });
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.trim() === '') return problem(0, 'empty file');
  const lines = clean.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return problem(1, 'missing front matter: the file must start with a "---" line');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close < 0) return problem(1, 'unterminated front matter: no closing "---" line');

  const body = lines.slice(close + 1);
  // The common case, a file as the renderer writes it, skips the general YAML parser; anything else,
  // and any invalid file (for its line numbers), takes the full path below.
  const fast = fastFrontMatter(lines.slice(1, close));
  if (fast !== undefined) {
    const parsed = frontMatterSchema.safeParse(fast);
    if (parsed.success) return toArticle(parsed.data, body, close, fileName);
  }

  const yamlText = lines.slice(1, close).join('\n');
  const starts = lineStarts(yamlText);
  // Front matter starts on file line 2.
  const fileLine = (offset: number): number => lineOf(starts, offset) + 1;
  const doc = parseDocument(yamlText, { uniqueKeys: true });
  const problems: KnowledgeProblem[] = [];
  for (const error of doc.errors) {
    const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const line = fileLine(error.pos[0]);
    const hint = yamlHint(lines[line - 1] ?? '');
    problems.push({ file: fileName, line, message: `invalid YAML: ${message}${hint === undefined ? '' : ` (${hint})`}` });
  }
  if (problems.length > 0) return { ok: false, problems };

  let data: unknown = doc.toJS();
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) return problem(2, 'front matter must be a mapping of keys to values');
  // A YAML 1.1 writer may leave `published` as a timestamp; accept it as the day it names.
  const record = data as Record<string, unknown>;
  if (record['published'] instanceof Date) record['published'] = record['published'].toISOString().slice(0, 10);

  const parsed = frontMatterSchema.safeParse(record);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          const offset = offsetOfKey(doc, issue.path, key) ?? offsetOfPath(doc, issue.path);
          const where = describePath([...issue.path, key]);
          problems.push({ file: fileName, line: offset === undefined ? 2 : fileLine(offset), message: `unknown key "${where}"` });
        }
        continue;
      }
      const offset = offsetOfPath(doc, issue.path);
      const missing = issue.code === 'invalid_type' && doc.getIn(issue.path.filter((k): k is string | number => typeof k !== 'symbol')) === undefined;
      const where = describePath(issue.path) || 'front matter';
      const detail = issue.message.replace(/^Invalid input: /, '');
      const message = missing ? `missing required field "${where}"` : `"${where}": ${detail}`;
      problems.push({ file: fileName, line: missing || offset === undefined ? 1 : fileLine(offset), message });
    }
    problems.sort((a, b) => a.line - b.line);
    return { ok: false, problems };
  }

  return toArticle(parsed.data, body, close, fileName);
}
