/**
 * Answer latency on the bench's own knowledge folder and questions, kept between runs so that a
 * change can be profiled and compared without the whole bench:
 *
 *   node --import tsx scripts/answer-latency.ts --size 10000 --dir /tmp/kb-10000
 *   … --profile answers.cpuprofile   # a CPU profile of the timed questions alone, and where the
 *                                      # slowest 5 % and all questions spend it, by stage and GC
 *   … --record before.json     # every answer, to compare with `--compare before.json` after a change
 *   … --warm-dates             # the date parser warmed first, as a process does after start
 *   … --warm-answers           # and then the answers' warm-up questions, as a process does after start
 *
 * The folder is written on the first run (the same articles as `npm run bench` at that size) and
 * loaded from its persisted index afterwards. As in the bench, facts are cold for each question's
 * stories unless an earlier question read them; the slowest questions are listed with their time.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createRealEngine } from '../src/bench/engine.js';
import { warmUpAnswers } from '../src/core/answer/warm-up.js';
import { warmUpDates } from '../src/core/facts/resolve-dates.js';
import { benchQuestions, loadBrownPieces, sentencesOf, writeBenchFolder } from '../src/bench/run-bench.js';
import { percentile, round } from '../src/bench/stats.js';
import { defaultLexicon } from '../src/io/load-knowledge-base.js';
import { loadWordVectors } from '../src/io/word-vectors.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '10000' },
    dir: { type: 'string' },
    questions: { type: 'string', default: '300' },
    record: { type: 'string' },
    compare: { type: 'string' },
    slowest: { type: 'string', default: '8' },
    profile: { type: 'string' },
    marks: { type: 'string' },
    'warm-dates': { type: 'boolean', default: false },
    'warm-answers': { type: 'boolean', default: false },
  },
});
/**
 * The answer's stages by the functions that run them, innermost first: a sample in a fact read
 * from the features counts as facts. Garbage collection is V8's own frame.
 */
const STAGES: Array<[string, RegExp]> = [
  ['facts', /^(?:factsOf|lazyFacts|facts|entities|get (?:entities|dates|numbers|hasReason)|analyzeSentence|sentenceFacts|contextOver|readMentions|resolveDates|extractNumbers|hasReason)$/],
  ['short answer', /^(?:shortAnswer|personAnswer|dateAnswer|placeAnswer|numberAnswer|reasonAnswer)$/],
  ['features', /^(?:candidateFeatures|relativeFeatures|questionFeatureContext|questionCorpus)$/],
  ['model', /^(?:rankScore|gateProbability)$/],
  ['retrieve', /^retrieve$/],
  ['analyse', /^(?:analyzeQuestion|cleanQuestion)$/],
  ['suggestions', /^suggestionsFor$/],
];

/** Where the questions between `marks` spent their profile samples, per stage, in ms per question. */
function stageTable(profile: Profiler.Profile, marks: ReadonlyArray<{ start: number; end: number }>, label: string): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOf = (id: number): string => {
    if (byId.get(id)?.callFrame.functionName === '(garbage collector)') return 'gc';
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at)?.callFrame.functionName ?? '';
      const stage = STAGES.find(([, pattern]) => pattern.test(name));
      if (stage) return stage[0];
    }
    return 'other';
  };
  const windows = [...marks].sort((a, b) => a.start - b.start);
  const spent = new Map<string, number>();
  let time = 0;
  let w = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((sample, i) => {
    time += deltas[i] ?? 0;
    while (w < windows.length && (windows[w] as { end: number }).end < time) w++;
    const window = windows[w];
    if (window && window.start <= time) spent.set(stageOf(sample), (spent.get(stageOf(sample)) ?? 0) + (deltas[i + 1] ?? 0));
  });
  const total = [...spent.values()].reduce((a, b) => a + b, 0) || 1;
  const rows = [...spent].sort((a, b) => b[1] - a[1]).map(([stage, us]) => `  ${stage.padEnd(13)} ${(us / 1000 / marks.length).toFixed(2).padStart(6)} ms  ${((100 * us) / total).toFixed(0).padStart(3)} %`);
  return `${label} (${marks.length} questions), CPU profile per question:\n${rows.join('\n')}\n`;
}

const size = Number(values.size);
const dir = values.dir ?? `/tmp/factdesk-kb-${size}`;
const lexicon = defaultLexicon();
lexicon.synonyms('reject');
const engine = createRealEngine({ lexicon, vectors: loadWordVectors() }, `${dir}-index`);
if (!existsSync(join(dir))) {
  const written = await writeBenchFolder(engine, loadBrownPieces, size, dir);
  process.stderr.write(`wrote ${written.written} articles to ${dir}\n`);
}
const kb = await engine.loadCached?.(dir);
if (!kb) throw new Error('the bench engine has no persisted index');
const { questions } = benchQuestions(sentencesOf(kb, engine.splitSentences), Number(values.questions), size, (w) => lexicon.synonyms(w));
// Without it, the first two questions that need a date compile chrono's expressions (see warmUpDates).
if (values['warm-dates'] || values['warm-answers']) warmUpDates();
if (values['warm-answers']) warmUpAnswers((question) => kb.ask(question));
for (const q of questions.slice(0, 30)) kb.ask(q.question);
/** With `--marks FILE`: each timed question's start and end, µs from the profile's start. */
const marks: Array<{ start: number; end: number; ms: number }> = [];
let profileStart = performance.now();
// `--profile FILE`: a CPU profile of the timed pass alone (open it in Chrome's DevTools).
const session = values.profile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  profileStart = performance.now();
  await session.post('Profiler.start');
}
const timed = questions.map((q) => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = kb.ask(q.question);
  const ms = performance.now() - start;
  if (values.marks || values.profile) marks.push({ start: (start - profileStart) * 1000, end: (start + ms - profileStart) * 1000, ms });
  const used = process.cpuUsage(cpu);
  return { question: q.question, ms, cpu: (used.user + used.system) / 1000, result };
});
if (session && values.profile) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.profile, JSON.stringify(profile));
  session.disconnect();
  const slowest = [...marks].sort((a, b) => b.ms - a.ms).slice(0, Math.max(1, Math.round(marks.length / 20)));
  process.stdout.write(`${stageTable(profile, slowest, 'slowest 5 %')}${stageTable(profile, marks, 'all')}`);
}
if (values.marks) writeFileSync(values.marks, JSON.stringify(marks));
const figures = (ms: number[]): string => `p50 ${round(percentile(ms, 50))} ms, p95 ${round(percentile(ms, 95))} ms, p99 ${round(percentile(ms, 99))} ms, total ${Math.round(ms.reduce((a, b) => a + b, 0))} ms`;
const ms = timed.map((t) => t.ms);
// CPU time of the process (all its threads, so GC counts): steadier than wall time on a shared machine.
process.stdout.write(`${kb.articles.length} articles, ${questions.length} questions: wall ${figures(ms)}; cpu ${figures(timed.map((t) => t.cpu))}\n`);
// Slowest by CPU time: on a shared machine wall time also counts waiting for a core.
for (const t of [...timed].sort((a, b) => b.cpu - a.cpu).slice(0, Number(values.slowest))) process.stdout.write(`  cpu ${round(t.cpu)} ms, wall ${round(t.ms)} ms  ${t.result.type}  ${t.question}\n`);

// Every result and every scored candidate (features, rank, probability), as JSON lines: identical
// before and after a perf change. Asked again for this, so the timed pass above is not slowed.
const answers = timed.map((t) => {
  let candidates: unknown;
  kb.ask(t.question, { inspect: (scored) => (candidates = scored.map((c) => [c.sentence, c.rank, c.score, c.answer, c.features])) });
  return JSON.stringify({ question: t.question, result: t.result, candidates });
});
if (values.record) writeFileSync(values.record, `${answers.join('\n')}\n`);
if (values.compare) {
  const before = readFileSync(values.compare, 'utf8').trimEnd().split('\n');
  const differing = answers.filter((a, i) => a !== before[i]);
  process.stdout.write(`compared with ${values.compare}: ${differing.length} of ${answers.length} answers differ${before.length === answers.length ? '' : ` (${before.length} recorded)`}\n`);
  for (const d of differing.slice(0, 3)) process.stdout.write(`  now: ${d.slice(0, 300)}\n`);
}
// The same questions again: stories' facts and term sets are cached now, so this is the answer's
// own cost without the cold work of reading stories.
const again = questions.map((q) => {
  const cpu = process.cpuUsage();
  kb.ask(q.question);
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / 1000;
});
process.stdout.write(`asked again (stories cached): cpu ${figures(again)}\n`);
