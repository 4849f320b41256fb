import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

// The guard of issue 5: the quick benchmark runs in the suite so it cannot rot. It checks the
// JSON contract and that every figure is a finite number; it never asserts a wall-clock time.
describe('npm run bench -- --quick --json', () => {
  it('prints exactly one JSON object with every size and finite figures', async () => {
    const { stdout, stderr } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli/bench.ts', '--quick', '--json'],
      {
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    expect(stderr).toMatch(/\[bench\] done/);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const report = JSON.parse(lines[0] ?? '') as { sizes: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['sizes']);
    expect(report.sizes.map((s) => s['articles'])).toEqual([1, 50, 200]);
    for (const size of report.sizes) {
      expect(Object.keys(size)).toEqual([
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
      ]);
      const { peers, ...figures } = size as Record<string, unknown> & { peers: Record<string, unknown> };
      expect(Object.keys(peers)).toEqual(expect.arrayContaining(['factdesk_retrieval_p50_ms', 'flexsearch_p50_ms', 'fts5_p50_ms', 'factdesk_recall_at_60', 'flexsearch_recall_at_60', 'fts5_recall_at_60']));
      for (const value of Object.values(peers)) expect(Number.isFinite(value)).toBe(true);
      expect(size['cold_start_ms'] as number).toBeGreaterThan(0);
      expect(size['reload_one_ms'] as number).toBeGreaterThan(0);
      expect(size['reload_one_first_ms'] as number).toBeGreaterThan(0);
      expect(size['heap_after_digest_mb'] as number).toBeGreaterThan(0);
      // A bot of its own holds at least node itself, and its peak is at least its end.
      expect(size['bot_rss_mb'] as number).toBeGreaterThan(20);
      expect(size['bot_peak_rss_mb'] as number).toBeGreaterThanOrEqual(size['bot_rss_mb'] as number);
      // …and it answered the timed questions: a time for each, the slowest no faster than the median.
      expect(size['bot_p50_ms'] as number).toBeGreaterThan(0);
      expect(size['bot_p99_ms'] as number).toBeGreaterThanOrEqual(size['bot_p50_ms'] as number);
      for (const value of Object.values(figures)) {
        expect(typeof value).toBe('number');
        expect(Number.isFinite(value)).toBe(true);
        expect(value as number).toBeGreaterThanOrEqual(0);
      }
      expect(size['sentences'] as number).toBeGreaterThanOrEqual(size['articles'] as number);
      expect(size['p50_ms'] as number).toBeLessThanOrEqual(size['p95_ms'] as number);
      expect(size['p95_ms'] as number).toBeLessThanOrEqual(size['p99_ms'] as number);
      // speedup = baseline p50 / ours p50 (both rounded for print, hence the tolerance).
      const ratio = (size['baseline_p50_ms'] as number) / Math.max(size['p50_ms'] as number, 0.001);
      expect(size['speedup_p50'] as number).toBeGreaterThan(0);
      expect(Math.abs((size['speedup_p50'] as number) - ratio)).toBeLessThanOrEqual(0.1 * ratio + 0.1);
    }
  }, 180_000);

  it('rejects an unknown option with usage and a non-zero exit', async () => {
    await expect(
      run(process.execPath, ['--import', 'tsx', 'src/cli/bench.ts', '--bogus']),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage: npm run bench/),
    });
  });
});
