// Wall time of `npm start` in console mode (no DISCORD_TOKEN) with one piped question: from the
// spawn to the prompt's first line, and to the first answer. Runs checkouts in turn, interleaved,
// so that a shared machine's load falls on all of them alike:
//
//   node scripts/start-to-prompt.mjs --knowledge /tmp/kb-10000 --runs 3 . ../old-checkout
//
// Each checkout keeps its own database and persisted index under --data (default: a temporary
// folder), so the first run of each writes its index and is not counted. Build first
// (`npm run build`), or npm start runs the sources through tsx.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    knowledge: { type: 'string' },
    runs: { type: 'string', default: '3' },
    data: { type: 'string' },
    question: { type: 'string', default: 'who rejected the proposal?' },
  },
});
if (!values.knowledge || positionals.length === 0) {
  process.stderr.write('usage: node scripts/start-to-prompt.mjs --knowledge DIR [--runs N] [--data DIR] CHECKOUT…\n');
  process.exit(2);
}
const data = values.data ?? mkdtempSync(join(tmpdir(), 'factdesk-start-'));

/** One start: milliseconds to the prompt and to the first answer. */
function start(checkout, dataDir) {
  return new Promise((done, fail) => {
    const began = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: checkout,
      env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: resolve(values.knowledge), DATABASE_PATH: join(dataDir, 'factdesk.db'), LOG_LEVEL: 'info' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end(`${values.question}\n`);
    let out = '';
    let prompt;
    let answer;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      // The prompt's first line, then anything after it is the answer.
      const at = out.indexOf('Type a question');
      if (prompt === undefined && at >= 0) prompt = performance.now() - began;
      if (answer === undefined && at >= 0 && out.indexOf('\n', at) >= 0 && out.length > out.indexOf('\n', at) + 1) answer = performance.now() - began;
    });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 && prompt !== undefined ? done({ prompt, answer }) : fail(new Error(`${checkout}: exit ${code}`))));
  });
}

const checkouts = positionals.map((c) => resolve(c));
const dirs = checkouts.map((c, i) => {
  const dir = join(data, `${i}-${basename(c)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
});
// The first start of each writes its persisted index: not counted.
for (const [i, c] of checkouts.entries()) await start(c, dirs[i]);
for (let run = 0; run < Number(values.runs); run++) {
  for (const [i, c] of checkouts.entries()) {
    const { prompt, answer } = await start(c, dirs[i]);
    process.stdout.write(`${c}: prompt ${Math.round(prompt)} ms, first answer ${Math.round(answer ?? NaN)} ms\n`);
  }
}
