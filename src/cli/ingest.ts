/**
 * `npm run ingest -- <file.txt | file.html | - | folder>... [--out knowledge] [--title T] [--source S]
 * [--url U] [--published YYYY-MM-DD] [--force] [--allow-language xx]`: writes
 * `<out>/<published>-<slug>.md`, with a proposed `people:` list, and prints its path.
 * One file: any failure is one line on stderr and a non-zero exit (2 for bad arguments, 1 otherwise).
 * Several files or a folder: each is ingested in turn (a counter on a terminal, a line per file), a
 * bad file does not stop the rest, a summary ends the run, and the exit is 1 if any file failed.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectNonArticleFormat, notAnArticleError } from '../core/ingest/detect-format.js';
import { bodyKey } from '../core/ingest/find-duplicate.js';
import { ingestArticle, INGEST_ERRORS } from '../core/ingest/ingest-article.js';
import { proposePeople } from '../core/ingest/propose-people.js';
import { renderKnowledgeFile } from '../core/ingest/render-knowledge-file.js';
import { parseKnowledgeFile } from '../core/knowledge/parse-knowledge-file.js';
import type { CuratedPerson } from '../core/types.js';
import { readKnowledgeBodies } from '../io/knowledge-bodies.js';
import { openWordNetLexicon } from '../io/wordnet-lexicon.js';

const USAGE =
  'usage: npm run ingest -- <file.txt | file.html | - | folder>... [--out DIR] [--title T] [--source S] [--url U] [--published YYYY-MM-DD] [--force] [--allow-language xx]';

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** The same story is already in the output folder: skipped in a batch, an error for one file. */
class DuplicateError extends CliError {
  constructor(readonly existing: string) {
    super(`duplicate: the same story body is already in ${existing} (pass --force to keep both)`, 1);
  }
}

interface Options {
  out: string;
  title?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  force: boolean;
  allowLanguage?: string | undefined;
}

async function readInput(input: string): Promise<Buffer> {
  if (input === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks);
  }
  try {
    return await readFile(input);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(error);
    throw new CliError(`cannot read ${input}: ${why}`, 1);
  }
}

/** Strict UTF-8 decoding: invalid byte sequences mean a binary (or wrongly encoded) file. */
function decode(bytes: Buffer): string {
  const format = detectNonArticleFormat(bytes);
  if (format !== undefined) throw new CliError(notAnArticleError(format), 1);
  if (bytes.includes(0)) throw new CliError(INGEST_ERRORS.binary, 1);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(INGEST_ERRORS.binary, 1);
  }
}

/** WordNet, opened once on first use: tells a name ("Federal Reserve") from common words ("Killer Instinct"). */
let wordnet: ReturnType<typeof openWordNetLexicon> | undefined;
function dictionary(): ReturnType<typeof openWordNetLexicon> {
  wordnet ??= openWordNetLexicon();
  return wordnet;
}

/** Bodies already in the output folder (and written by this run): key → file. */
type Known = Map<string, string>;

async function knownBodies(out: string): Promise<Known> {
  const known: Known = new Map();
  for (const { file, paragraphs } of await readKnowledgeBodies(out)) if (!known.has(bodyKey(paragraphs))) known.set(bodyKey(paragraphs), file);
  return known;
}

/**
 * The people lists of the knowledge files already in the output folder, by file: a short name a
 * new story writes ("Eden", "Sir Anthony") may be a full name one of them gives ("Anthony Eden").
 */
async function listedPeople(out: string): Promise<Map<string, CuratedPerson[]>> {
  const listed = new Map<string, CuratedPerson[]>();
  let names: string[];
  try {
    names = (await readdir(out, { withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name);
  } catch {
    return listed;
  }
  for (const name of names) {
    const path = join(out, name);
    try {
      const parsed = parseKnowledgeFile(await readFile(path, 'utf8'), name);
      if (parsed.ok) listed.set(path, parsed.article.people);
    } catch {
      // Unreadable: validate reports it.
    }
  }
  return listed;
}

/** The people the other stories give: the output folder's lists but the file's own, and the rest of the batch's proposals. */
function othersThan(path: string, input: string, listed: ReadonlyMap<string, CuratedPerson[]>, batch: ReadonlyMap<string, CuratedPerson[]>): CuratedPerson[] {
  return [...[...listed].filter(([file]) => file !== path), ...[...batch].filter(([other]) => other !== input)].flatMap(([, people]) => people);
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Ingests one input and returns the written path and warnings; throws CliError on any refusal. */
async function ingestOne(
  input: string,
  options: Options,
  known: Known,
  batch: boolean,
  listed: Map<string, CuratedPerson[]> = new Map(),
  proposed: ReadonlyMap<string, CuratedPerson[]> = new Map(),
): Promise<{ path: string; warnings: string[] }> {
  const text = decode(await readInput(input));
  const extension = extname(input).toLowerCase();
  const format = extension === '.html' || extension === '.htm' ? 'html' : extension === '.txt' ? 'text' : undefined;
  const result = ingestArticle(text, {
    format,
    title: options.title,
    source: options.source,
    url: options.url,
    published: options.published,
    allowLanguage: options.allowLanguage,
  });
  if (!result.ok) throw new CliError(result.error, 1);

  const path = join(options.out, result.fileName);
  const others = othersThan(path, input, listed, proposed);
  const article = result.article.people.length > 0 ? result.article : { ...result.article, people: proposePeople(result.article.paragraphs, result.article.published, dictionary(), others, result.article.title) };
  const key = bodyKey(article.paragraphs);
  const duplicate = known.get(key);
  if (!options.force) {
    // One file keeps today's message for its own name; a batch re-run skips what it already wrote.
    if (!batch && (await exists(path))) throw new CliError(`file exists: ${path} (pass --force to overwrite)`, 1);
    if (duplicate !== undefined) throw new DuplicateError(duplicate);
  }
  await mkdir(options.out, { recursive: true });
  try {
    await writeFile(path, renderKnowledgeFile(article, result.found), { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw new CliError(`file exists: ${path} (pass --force to overwrite)`, 1);
    throw error;
  }
  if (!known.has(key)) known.set(key, path);
  listed.set(path, article.people);
  return { path, warnings: result.warnings };
}

/** The files to ingest: each argument, a folder's visible files in name order. */
async function expandInputs(positionals: string[]): Promise<string[]> {
  const inputs: string[] = [];
  for (const input of positionals) {
    if (input !== '-' && (await stat(input).then((s) => s.isDirectory(), () => false))) {
      const entries = await readdir(input, { withFileTypes: true });
      const names = entries.filter((e) => e.isFile() && !e.name.startsWith('.')).map((e) => e.name);
      names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      inputs.push(...names.map((name) => join(input, name)));
    } else inputs.push(input);
  }
  return inputs;
}

/**
 * What each input of a batch proposes on its own, before any is written: a story later in the batch
 * may give the full name an earlier one writes short. (An input that cannot be read has none.)
 */
async function proposedByBatch(inputs: readonly string[], options: Options): Promise<Map<string, CuratedPerson[]>> {
  const proposed = new Map<string, CuratedPerson[]>();
  for (const input of inputs) {
    try {
      const extension = extname(input).toLowerCase();
      const format = extension === '.html' || extension === '.htm' ? 'html' : extension === '.txt' ? 'text' : undefined;
      const result = ingestArticle(decode(await readInput(input)), { format, source: options.source, published: options.published, allowLanguage: options.allowLanguage });
      if (result.ok) proposed.set(input, result.article.people.length > 0 ? result.article.people : proposePeople(result.article.paragraphs, result.article.published, dictionary(), [], result.article.title));
    } catch {
      // Reported when it is ingested.
    }
  }
  return proposed;
}

async function runBatch(inputs: string[], options: Options): Promise<number> {
  const known = await knownBodies(options.out);
  const listed = await listedPeople(options.out);
  const proposed = await proposedByBatch(inputs, options);
  const tty = process.stderr.isTTY === true;
  const written: string[] = [];
  const duplicates: string[] = [];
  const failed: string[] = [];
  const clear = (): void => {
    if (tty) process.stderr.write('\r\u001b[K');
  };
  for (const [i, input] of inputs.entries()) {
    if (tty) process.stderr.write(`\r\u001b[K[${i + 1}/${inputs.length}] ${basename(input)}`);
    const counter = `[${i + 1}/${inputs.length}]`;
    try {
      const { path, warnings } = await ingestOne(input, options, known, true, listed, proposed);
      clear();
      for (const warning of warnings) process.stderr.write(`ingest: warning: ${input}: ${warning}\n`);
      process.stdout.write(`${counter} written ${input} -> ${path}\n`);
      written.push(path);
    } catch (error) {
      clear();
      const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
      if (error instanceof DuplicateError) {
        process.stdout.write(`${counter} skipped ${input}: duplicate of ${error.existing}\n`);
        duplicates.push(input);
      } else {
        process.stdout.write(`${counter} failed ${input}: ${message}\n`);
        failed.push(`${input}: ${message}`);
      }
    }
  }
  process.stdout.write(
    `ingest: ${inputs.length} file${inputs.length === 1 ? '' : 's'}: ${written.length} written, ${duplicates.length} skipped as duplicate, ${failed.length} failed\n`,
  );
  for (const line of failed) process.stdout.write(`  failed: ${line}\n`);
  return failed.length > 0 ? 1 : 0;
}

async function main(argv: string[]): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'knowledge' },
        title: { type: 'string' },
        source: { type: 'string' },
        url: { type: 'string' },
        published: { type: 'string' },
        force: { type: 'boolean', default: false },
        'allow-language': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new CliError(`bad arguments: ${(error as Error).message.split('\n')[0] ?? ''} (${USAGE})`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) throw new CliError(`bad arguments: expected one input file or "-" (${USAGE})`, 2);
  const options: Options = {
    out: values.out,
    title: values.title,
    source: values.source,
    url: values.url,
    published: values.published,
    force: values.force,
    allowLanguage: values['allow-language'],
  };
  const inputs = await expandInputs(positionals);
  const single = positionals.length === 1 && inputs.length === 1 && inputs[0] === positionals[0];
  if (!single) {
    if (inputs.includes('-')) throw new CliError(`bad arguments: "-" (stdin) cannot be one of several inputs (${USAGE})`, 2);
    if (values.title !== undefined || values.url !== undefined) throw new CliError(`bad arguments: --title and --url name one article; give one input file (${USAGE})`, 2);
    if (inputs.length === 0) throw new CliError(`no files to ingest in ${positionals.join(', ')}`, 1);
    process.exitCode = await runBatch(inputs, options);
    return;
  }
  const input = positionals[0] ?? '-';
  const { path, warnings } = await ingestOne(input, options, await knownBodies(options.out), false, await listedPeople(options.out));
  for (const warning of warnings) process.stderr.write(`ingest: warning: ${warning}\n`);
  process.stdout.write(`${path}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ingest: ${message.split('\n')[0] ?? ''}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
