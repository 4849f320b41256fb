/**
 * `npm run validate [-- DIR]`: checks every knowledge file (default KNOWLEDGE_DIR from the
 * environment or `.env`, else `knowledge/`), prints `file:line: problem` for each problem and a
 * summary, and exits 1 when any file is broken or two files hold the same story body.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { curationWarnings, splitNameWarnings, type ListedPeople } from '../core/knowledge/curation-warnings.js';
import { parseKnowledgeFile } from '../core/knowledge/parse-knowledge-file.js';
import { bodyKey } from '../core/ingest/find-duplicate.js';
import { readKnowledgeBodies } from '../io/knowledge-bodies.js';
import { loadKnowledgeDir, type KnowledgeProblem } from '../io/knowledge-dir.js';

/**
 * The same story body in two valid files (it would be cited twice): the later file, by name, is
 * reported at its body's first line, naming the earlier one.
 */
async function duplicateBodies(dir: string, skip: ReadonlySet<string>): Promise<KnowledgeProblem[]> {
  const first = new Map<string, string>();
  const problems: KnowledgeProblem[] = [];
  for (const { file, paragraphs, line } of await readKnowledgeBodies(dir)) {
    if (skip.has(file) || paragraphs.length === 0) continue;
    const key = bodyKey(paragraphs);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, file);
    else problems.push({ file, line, message: `duplicate body: the same story as ${earlier}` });
  }
  return problems;
}

/**
 * Curation mistakes in the valid files' people lists (a name the story never writes, a person listed
 * twice): warnings at the line that lists the name. They do not make a file invalid.
 */
async function peopleWarnings(dir: string, skip: ReadonlySet<string>): Promise<KnowledgeProblem[]> {
  const warnings: KnowledgeProblem[] = [];
  const lists: (ListedPeople & { lines: string[] })[] = [];
  for (const { file } of await readKnowledgeBodies(dir)) {
    if (skip.has(file)) continue;
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const parsed = parseKnowledgeFile(text, file);
    if (!parsed.ok) continue;
    const lines = text.split(/\r?\n/);
    lists.push({ file, people: parsed.article.people, lines });
    for (const warning of curationWarnings(parsed.article)) {
      // The lines that list this very name ("Rayburn", not "Samuel Rayburn").
      const listing = lines.flatMap((line, i) => (nameListed(line) === warning.name ? [i + 1] : []));
      // A person listed twice is reported where the second listing stands.
      const line = (warning.kind === 'duplicate' ? listing[listing.length - 1] : listing[0]) ?? 0;
      warnings.push({ file, line, message: `warning: ${warning.message}` });
    }
  }
  // One name of one word in two files, given roles that tell two people apart (see splitNameWarnings).
  for (const warning of splitNameWarnings(lists)) {
    const lines = lists.find((l) => l.file === warning.file)?.lines ?? [];
    const line = lines.findIndex((l) => nameListed(l) === warning.name) + 1;
    warnings.push({ file: warning.file, line, message: `warning: ${warning.message}` });
  }
  return warnings;
}

/** The name a people list's `name:` line gives, unquoted; undefined for any other line. */
function nameListed(line: string): string | undefined {
  const value = /^\s*-?\s*name\s*:\s*(.*?)\s*$/.exec(line)?.[1];
  return value === undefined ? undefined : value.replace(/^(["'])(.*)\1$/, '$2');
}

async function main(argv: string[]): Promise<number> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    process.stderr.write('usage: npm run validate [-- DIR]\n');
    return 2;
  }
  const dir = argv[0] ?? loadConfig({ scope: 'cli' }).knowledgeDir;
  const loaded = await loadKnowledgeDir(dir);
  const { articles } = loaded;
  const problems = [...loaded.problems, ...(await duplicateBodies(dir, new Set(loaded.problems.map((problem) => problem.file))))];
  for (const problem of problems) {
    const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
    process.stdout.write(`${where}: ${problem.message}\n`);
  }
  const warnings = await peopleWarnings(dir, new Set(problems.map((problem) => problem.file)));
  for (const warning of warnings) process.stdout.write(`${warning.line > 0 ? `${warning.file}:${warning.line}` : warning.file}: ${warning.message}\n`);
  const broken = new Set(problems.map((problem) => problem.file)).size;
  const warned = warnings.length === 0 ? '' : `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'} about people lists`;
  const summary = `${dir}: ${articles.length} article${articles.length === 1 ? '' : 's'} valid, ${broken} file${broken === 1 ? '' : 's'} with problems${warned}`;
  process.stdout.write(`${summary}\n`);
  return problems.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`validate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
