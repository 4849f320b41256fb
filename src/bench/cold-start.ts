/**
 * A cold start from the persisted index, phase by phase, in a process of its own: the store opened
 * (read, checksum, decode: the store's own `timings`), the folder checked against
 * it, the index restored into a builder, the first build; each with its wall and CPU time, the
 * garbage collection that ran during it, and the heap and RSS after it. The index must exist (a
 * first load writes it: `--write` does that first, untimed).
 *
 *   node --import tsx src/bench/cold-start.ts <knowledge dir> <index file> [--write] [--runs N]
 *   node --cpu-prof --import tsx src/bench/cold-start.ts …   # where each phase spends it
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { applyHeapPolicy } from '../heap-policy.js';
import { loadKnowledgeDir } from '../io/knowledge-dir.js';
import { KnowledgeIndexStore } from '../io/knowledge-index-store.js';
import { defaultBuildOptions, loadKnowledgeBase, persistentBuilder } from '../io/load-knowledge-base.js';

const MB = 1024 * 1024;

interface Phase {
  phase: string;
  wall_ms: number;
  cpu_ms: number;
  gc_ms: number;
  heap_mb: number;
  rss_mb: number;
}

let gcMs = 0;
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
});

/** Runs one phase and records it; the GC time is what the observer saw while it ran. */
async function phase<T>(phases: Phase[], name: string, work: () => T | Promise<T>): Promise<T> {
  const gcBefore = gcMs;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = await work();
  const wall = performance.now() - start;
  // GC entries are delivered asynchronously: let them arrive before reading the total.
  await new Promise((resolve) => setImmediate(resolve));
  const used = process.cpuUsage(cpu);
  const memory = process.memoryUsage();
  phases.push({ phase: name, wall_ms: Math.round(wall), cpu_ms: Math.round((used.user + used.system) / 1000), gc_ms: Math.round(gcMs - gcBefore), heap_mb: Math.round(memory.heapUsed / MB), rss_mb: Math.round(memory.rss / MB) });
  return value;
}

async function main(): Promise<void> {
  applyHeapPolicy();
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean', default: false }, runs: { type: 'string', default: '1' } } });
  const [dir, indexPath] = positionals;
  if (dir === undefined || indexPath === undefined) throw new Error('usage: cold-start <knowledge dir> <index file> [--write] [--runs N]');
  const resources = defaultBuildOptions();
  if (values.write) {
    const store = KnowledgeIndexStore.open(indexPath);
    await loadKnowledgeBase(dir, resources, { store });
    store.close();
  }
  observer.observe({ entryTypes: ['gc'] });
  for (let run = 0; run < Number(values.runs); run++) {
    const phases: Phase[] = [];
    const total = performance.now();
    const totalCpu = process.cpuUsage();
    const store = await phase(phases, 'open (read, check, decode)', () => KnowledgeIndexStore.open(indexPath));
    const { articles } = await phase(phases, 'folder checked against the index', () => loadKnowledgeDir(dir, store.fileHooks));
    const builder = await phase(phases, 'restore', () => persistentBuilder(resources, store));
    const kb = await phase(phases, 'first build', () => builder.build(articles));
    store.close();
    const cpu = process.cpuUsage(totalCpu);
    const memory = process.memoryUsage();
    const summary = {
      run,
      articles: kb.articles.length,
      sentences: kb.sentenceCount,
      report: store.report,
      total_wall_ms: Math.round(performance.now() - total),
      total_cpu_ms: Math.round((cpu.user + cpu.system) / 1000),
      gc_ms: phases.reduce((sum, p) => sum + p.gc_ms, 0),
      heap_mb: Math.round(memory.heapUsed / MB),
      external_mb: Math.round(memory.external / MB),
      array_buffers_mb: Math.round(memory.arrayBuffers / MB),
      rss_mb: Math.round(memory.rss / MB),
      open_timings_ms: store.timings,
      phases,
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  }
  observer.disconnect();
}

main().catch((error: unknown) => {
  process.stderr.write(`cold-start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
