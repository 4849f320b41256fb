/**
 * `npm run validate [-- DIR]`: checks every knowledge file (default KNOWLEDGE_DIR from the
 * environment or `.env`, else `knowledge/`), prints `file:line: problem` for each problem and a
 * summary, and exits 1 when any file is broken.
 */
import { loadConfig } from '../config.js';
import { loadKnowledgeDir } from '../io/knowledge-dir.js';

async function main(argv: string[]): Promise<number> {
  if (argv.length > 1 || argv[0]?.startsWith('-')) {
    process.stderr.write('usage: npm run validate [-- DIR]\n');
    return 2;
  }
  const dir = argv[0] ?? loadConfig({ scope: 'cli' }).knowledgeDir;
  const { articles, problems } = await loadKnowledgeDir(dir);
  for (const problem of problems) {
    const where = problem.line > 0 ? `${problem.file}:${problem.line}` : problem.file;
    process.stdout.write(`${where}: ${problem.message}\n`);
  }
  const broken = new Set(problems.map((problem) => problem.file)).size;
  const summary = `${dir}: ${articles.length} article${articles.length === 1 ? '' : 's'} valid, ${broken} file${broken === 1 ? '' : 's'} with problems`;
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
