import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface KnowledgeBody {
  /** The file's path, as `join(dir, name)`. */
  file: string;
  /** The body's paragraphs (blank-line separated, after the front matter). */
  paragraphs: string[];
  /** The file line where the body starts (1-based). */
  line: number;
}

/** The body of a knowledge file's text: everything after the closing `---` of the front matter. */
export function knowledgeBody(text: string): { paragraphs: string[]; line: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let start = 0;
  if (/^---\s*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
    start = close < 0 ? lines.length : close + 1;
  }
  let first = start;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  const paragraphs = lines
    .slice(start)
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  return { paragraphs, line: first + 1 };
}

/**
 * The bodies of every `*.md` file of a folder, sorted by name; a folder that does not exist has none,
 * and a file that cannot be read is left out (validate reports it on its own).
 */
export async function readKnowledgeBodies(dir: string): Promise<KnowledgeBody[]> {
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => entry.name);
  } catch {
    return [];
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const bodies: KnowledgeBody[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      bodies.push({ file, ...knowledgeBody(await readFile(file, 'utf8')) });
    } catch {
      // Unreadable: not a duplicate of anything we can tell.
    }
  }
  return bodies;
}
