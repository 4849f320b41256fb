/**
 * `npm run ingest -- <file.txt | file.html | -> [--out knowledge] [--title T] [--source S] [--url U]
 * [--published YYYY-MM-DD] [--force]`: writes `<out>/<published>-<slug>.md` and prints its path.
 * Any failure is one line on stderr and a non-zero exit (2 for bad arguments, 1 otherwise).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { ingestArticle, INGEST_ERRORS } from '../core/ingest/ingest-article.js';
import { renderKnowledgeFile } from '../core/ingest/render-knowledge-file.js';

const USAGE = 'usage: npm run ingest -- <file.txt | file.html | -> [--out DIR] [--title T] [--source S] [--url U] [--published YYYY-MM-DD] [--force]';

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
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
  if (bytes.includes(0)) throw new CliError(INGEST_ERRORS.binary, 1);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(INGEST_ERRORS.binary, 1);
  }
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
  if (positionals.length !== 1) throw new CliError(`bad arguments: expected one input file or "-" (${USAGE})`, 2);
  const input = positionals[0] ?? '-';
  const text = decode(await readInput(input));
  const extension = extname(input).toLowerCase();
  const format = extension === '.html' || extension === '.htm' ? 'html' : extension === '.txt' ? 'text' : undefined;
  const result = ingestArticle(text, { format, title: values.title, source: values.source, url: values.url, published: values.published });
  if (!result.ok) throw new CliError(result.error, 1);

  await mkdir(values.out, { recursive: true });
  const path = join(values.out, result.fileName);
  try {
    await writeFile(path, renderKnowledgeFile(result.article), { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'EEXIST') throw new CliError(`file exists: ${path} (pass --force to overwrite)`, 1);
    throw error;
  }
  for (const warning of result.warnings) process.stderr.write(`ingest: warning: ${warning}\n`);
  process.stdout.write(`${path}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`ingest: ${message.split('\n')[0] ?? ''}\n`);
  process.exitCode = error instanceof CliError ? error.exitCode : 1;
});
