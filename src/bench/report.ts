/** Renders benchmark results: the `--json` contract and the human table with ratios. */
import type { SizeFigures, SizeResult } from './run-bench.js';

const FIGURE_KEYS: readonly (keyof SizeFigures)[] = [
  'articles',
  'sentences',
  'load_ms',
  'load_cached_ms',
  'rss_mb',
  'bot_rss_mb',
  'bot_peak_rss_mb',
  'bot_p50_ms',
  'bot_p99_ms',
  'p50_ms',
  'p95_ms',
  'p99_ms',
  'autocomplete_p99_ms',
  'baseline_p50_ms',
  'speedup_p50',
  'cold_start_ms',
  'reload_one_ms',
  'reload_one_first_ms',
  'heap_after_digest_mb',
  'peers',
];

/**
 * The one JSON object `npm run bench -- --json` prints: exactly the contract's keys, in order.
 *
 * @example
 * JSON.parse(benchJson(results)).sizes[0].speedup_p50;
 */
export function benchJson(results: readonly SizeResult[]): string {
  const sizes = results.map((r) => Object.fromEntries(FIGURE_KEYS.map((key) => [key, r.figures[key]])));
  return JSON.stringify({ sizes });
}

/** Targets of issues 5 and 12 at 10,000 articles. */
export const TARGETS = {
  p99_ms: 20,
  speedup_p50: 100,
  autocomplete_p99_ms: 5,
  load_ms: 5000,
  load_cached_ms: 1000,
  rss_mb: 400,
  reload_one_ms: 100,
} as const;

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
}

function formatMs(ms: number): string {
  if (Number.isNaN(ms)) return '-';
  return ms >= 100 ? String(Math.round(ms)) : ms.toFixed(ms >= 10 ? 1 : 3);
}

/**
 * A plain-text table, one row per size, with the speedup over the naive baseline and a check of
 * each target at the largest size.
 */
export function benchTable(results: readonly SizeResult[]): string {
  const header = [
    'articles',
    'sentences',
    'load ms',
    'warm ms',
    'rss MB',
    'rss end',
    'bot rss',
    'bot peak',
    'heap MB',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'bot p50/p99',
    'ac p99',
    'naive p50',
    'speedup',
    'top1 ours/naive',
    'top1 para',
    'cold ms',
    'reload1 ms',
    'first',
    'heap dig MB',
  ];
  const rows = results.map(({ figures: f, details: d }) => [
    String(f.articles),
    String(f.sentences),
    formatMs(f.load_ms),
    formatMs(f.load_cached_ms),
    f.rss_mb.toFixed(0),
    d.rss_after_questions_mb.toFixed(0),
    f.bot_rss_mb.toFixed(0),
    f.bot_peak_rss_mb.toFixed(0),
    d.heap_mb.toFixed(0),
    formatMs(f.p50_ms),
    formatMs(f.p95_ms),
    formatMs(f.p99_ms),
    `${formatMs(f.bot_p50_ms)} / ${formatMs(f.bot_p99_ms)}`,
    formatMs(f.autocomplete_p99_ms),
    formatMs(f.baseline_p50_ms),
    Number.isNaN(f.speedup_p50) ? '-' : `${f.speedup_p50.toFixed(0)}×`,
    `${(d.top1_ours * 100).toFixed(0)}% / ${Number.isNaN(d.top1_baseline) ? '-' : `${(d.top1_baseline * 100).toFixed(0)}%`}`,
    d.paraphrased_questions > 0 ? `${(d.top1_paraphrased * 100).toFixed(0)}%` : '-',
    formatMs(f.cold_start_ms),
    formatMs(f.reload_one_ms),
    formatMs(f.reload_one_first_ms),
    f.heap_after_digest_mb.toFixed(0),
  ]);
  const peerHeader = ['articles', 'factdesk p50/p99', 'pruned p50/p99', 'FlexSearch p50/p99', 'FTS5 p50/p99', 'recall@60 fd/flex/fts5'];
  const peerRows = results.map(({ figures: { articles, peers: p } }) => [
    String(articles),
    `${formatMs(p.factdesk_retrieval_p50_ms)} / ${formatMs(p.factdesk_retrieval_p99_ms)}`,
    `${formatMs(p.factdesk_pruned_p50_ms)} / ${formatMs(p.factdesk_pruned_p99_ms)}`,
    `${formatMs(p.flexsearch_p50_ms)} / ${formatMs(p.flexsearch_p99_ms)}`,
    `${formatMs(p.fts5_p50_ms)} / ${formatMs(p.fts5_p99_ms)}`,
    `${p.factdesk_recall_at_60.toFixed(2)} / ${p.flexsearch_recall_at_60.toFixed(2)} / ${p.fts5_recall_at_60.toFixed(2)}`,
  ]);
  const peerWidths = peerHeader.map((h, i) => Math.max(h.length, ...peerRows.map((row) => (row[i] ?? '').length)));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const lines = [
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => pad(row, widths)),
    '',
    'retrieval only (ms), every engine given factdesk\'s stems and stopwords:',
    pad(peerHeader, peerWidths),
    peerWidths.map((w) => '-'.repeat(w)).join('  '),
    ...peerRows.map((row) => pad(row, peerWidths)),
  ];

  const largest = results[results.length - 1];
  if (largest !== undefined) {
    const f = largest.figures;
    const warmLabel = largest.details.cached_is_persisted
      ? 'load from persisted index'
      : 'warm reload (no persisted index)';
    const checks = [
      [`p99 ≤ ${TARGETS.p99_ms} ms`, f.p99_ms <= TARGETS.p99_ms, `${formatMs(f.p99_ms)} ms`],
      [`a bot's answer p99 ≤ ${TARGETS.p99_ms} ms`, f.bot_p99_ms <= TARGETS.p99_ms, `${formatMs(f.bot_p99_ms)} ms`],
      [
        `speedup ≥ ${TARGETS.speedup_p50}×`,
        f.speedup_p50 >= TARGETS.speedup_p50,
        Number.isNaN(f.speedup_p50) ? '-' : `${f.speedup_p50.toFixed(0)}×`,
      ],
      [
        `autocomplete p99 ≤ ${TARGETS.autocomplete_p99_ms} ms`,
        f.autocomplete_p99_ms <= TARGETS.autocomplete_p99_ms,
        `${formatMs(f.autocomplete_p99_ms)} ms`,
      ],
      [`cold load ≤ ${TARGETS.load_ms} ms`, f.load_ms <= TARGETS.load_ms, `${formatMs(f.load_ms)} ms`],
      [
        `${warmLabel} ≤ ${TARGETS.load_cached_ms} ms`,
        f.load_cached_ms <= TARGETS.load_cached_ms,
        `${formatMs(f.load_cached_ms)} ms`,
      ],
      [`RSS ≤ ${TARGETS.rss_mb} MB`, f.rss_mb <= TARGETS.rss_mb, `${f.rss_mb.toFixed(0)} MB`],
      [`a bot's peak RSS ≤ ${TARGETS.rss_mb} MB`, f.bot_peak_rss_mb <= TARGETS.rss_mb, `${f.bot_peak_rss_mb.toFixed(0)} MB`],
      [`one changed file ≤ ${TARGETS.reload_one_ms} ms`, f.reload_one_ms <= TARGETS.reload_one_ms, `${formatMs(f.reload_one_ms)} ms`],
      [
        'factdesk retrieval p50 ≤ FlexSearch, recall@60 ≥',
        f.peers.factdesk_retrieval_p50_ms <= f.peers.flexsearch_p50_ms && f.peers.factdesk_recall_at_60 >= f.peers.flexsearch_recall_at_60,
        `${formatMs(f.peers.factdesk_retrieval_p50_ms)} vs ${formatMs(f.peers.flexsearch_p50_ms)} ms, ${f.peers.factdesk_recall_at_60.toFixed(2)} vs ${f.peers.flexsearch_recall_at_60.toFixed(2)}`,
      ],
    ] as const;
    lines.push('', `targets at ${f.articles} articles:`);
    for (const [label, ok, value] of checks) lines.push(`  ${ok ? 'PASS' : 'MISS'}  ${label}: ${value}`);
  }
  lines.push(
    '',
    'speedup = naive p50 / ours p50; naive = one fuse.js index over all sentences, whole question as pattern,',
    'ignoreLocation (sampled questions). top1 = first citation is the sentence the question was made from;',
    'top1 para = the same for paraphrased questions (WordNet synonyms for up to two words). cold = start from',
    'the persisted index; reload1 = one edited file applied by the watcher (median of 5 files; first = the first',
    'of them); heap dig = heap after a digest + reload; rss = after the unindexed load; rss end = after the questions;',
    'bot rss / bot peak = a process of its own started from the persisted index, after the questions and a digest;',
    'bot p50/p99 = the same questions timed in that process, which holds only what a bot holds.',
  );
  return lines.join('\n');
}
