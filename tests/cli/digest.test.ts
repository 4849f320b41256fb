import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/io/database.js';
import { runCli } from './cli-process.js';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/digest');

function digest(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/digest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'silent' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run digest', () => {
  it('prints the digest since a day: articles newest first with outlet, date, link and quotes, then the timeline', () => {
    const r = digest(['--since', '2026-03-09', '--knowledge', FIXTURES, '--timezone', 'UTC']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^Daily digest — /);
    expect(lines[1]).toBe('2 new articles since Monday 9 March 2026');
    const strike = lines.indexOf('1. Library workers end two-week strike — Valley Herald, 10 March 2026');
    const bridge = lines.indexOf(
      '2. Harbour bridge reopens after eight months of repairs — Test Wire, 9 March 2026',
    );
    expect(strike).toBeGreaterThan(0);
    expect(bridge).toBeGreaterThan(strike);
    expect(lines[strike + 1]).toBe('   https://example.org/news/library-strike');
    expect(lines[strike + 2]).toMatch(/^ {3}"Library workers in Port Calder returned to work on Tuesday/);
    expect(r.stdout).toContain('\nOn the timeline\n');
    expect(r.stdout).not.toContain('Ferry company');
  });

  it('uses first-seen times from an existing database ("added" articles)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-digest-'));
    try {
      const path = join(dir, 'factdesk.db');
      const db = openDatabase(path);
      db.recordFirstSeen([{ id: '2025-11-02-ferry-timetable', at: new Date() }]);
      db.close();
      const r = digest(['--knowledge', FIXTURES, '--timezone', 'UTC', '--database', path]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('1. Ferry company publishes winter timetable — Test Wire, 2 November 2025');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a bad date or zone with one line and exit code 2', () => {
    expect(digest(['--since', '2026-02-30'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'digest: --since must be a real date written YYYY-MM-DD, not "2026-02-30"\n',
    });
    expect(digest(['--timezone', 'Mars/Olympus'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('refuses a knowledge folder that cannot be read with one line naming it and exit code 2', () => {
    const missing = join(tmpdir(), 'factdesk-no-such-knowledge-folder');
    expect(digest(['--knowledge', missing])).toEqual({
      code: 2,
      stdout: '',
      stderr: `digest: cannot read the knowledge folder ${missing}: no such file or directory\n`,
    });
  });

  it('reads KNOWLEDGE_DIR from .env when no --knowledge is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-cli-digest-env-'));
    try {
      cpSync(FIXTURES, join(dir, 'harbour-news'), { recursive: true });
      writeFileSync(join(dir, '.env'), 'DISCORD_TOKEN=\nKNOWLEDGE_DIR=harbour-news\n');
      const r = runCli('digest', ['--since', '2026-03-09', '--timezone', 'UTC'], { cwd: dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.split('\n')[1]).toBe('2 new articles since Monday 9 March 2026');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
