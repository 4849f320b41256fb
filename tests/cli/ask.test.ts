import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, TSX } from './cli-process.js';

const SEED = join(ROOT, 'knowledge');
const DIGEST_FIXTURES = join(ROOT, 'tests/fixtures/digest');
const HARBOUR_IDS = readdirSync(DIGEST_FIXTURES).map((file) => file.replace(/\.md$/, ''));

interface JsonAnswer {
  question: string;
  answered: boolean;
  reason?: string;
  citations: Array<{ article: { id: string } }>;
  suggestions: string[];
  profile?: { name: string; roles: string[]; sentences: Array<{ sentence: string }> } | null;
}

function jsonLines(stdout: string): JsonAnswer[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as JsonAnswer);
}

/** Each test starts one or two processes that load a knowledge base: slow on a busy machine. */
const SLOW = { timeout: 90_000 };

describe('npm run ask -- --json, questions on stdin', SLOW, () => {
  it('prints exactly one JSON object per input line, blank lines included, in order', () => {
    const input = 'when did the US break off relations\n\n?\n   \nwho proposed the talks\n';
    const r = runCli('ask', ['--json', '--knowledge', SEED], { input });
    expect(r.code).toBe(0);
    const answers = jsonLines(r.stdout);
    expect(answers.map((a) => a.question)).toEqual(input.slice(0, -1).split('\n'));
    expect(answers[0]).toMatchObject({ answered: true });
    expect(answers[0]).not.toHaveProperty('reason');
    for (const blank of [answers[1], answers[3]]) {
      expect(blank).toMatchObject({ answered: false, reason: 'empty question', citations: [] });
    }
    expect(answers[2]).toMatchObject({ answered: false, reason: 'empty question' });
  });

  it('keeps in step without a final newline and with Windows line ends', () => {
    const r = runCli('ask', ['--json', '--knowledge', SEED], {
      input: 'who rejected the proposal\r\n\r\nwhen',
    });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((a) => a.question)).toEqual(['who rejected the proposal', '', 'when']);
  });

  it('still skips blank lines without --json (a person reads that output)', () => {
    const r = runCli('ask', ['--knowledge', SEED], { input: '\n\nwho is Manouchehr Mottaki\n\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Manouchehr Mottaki, Iran's foreign minister\n/);
  });

  it('GIVEN "who is X" with no sentence that says who X is THEN the profile the console shows, not "I don\'t know"', () => {
    const r = runCli('ask', ['--knowledge', SEED], { input: 'who is crocker\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Ryan Crocker\nRoles: U\.S\. Ambassador to Iraq\n/);
    // --json keeps "answered": false, and carries the same profile for a script to show.
    const json = runCli('ask', ['--json', '--knowledge', SEED], { input: 'who is crocker\nwhen did the US break off relations\n' });
    const [unanswered, answered] = jsonLines(json.stdout);
    expect(unanswered).toMatchObject({ answered: false, profile: { name: 'Ryan Crocker', roles: ['U.S. Ambassador to Iraq'] } });
    expect(unanswered?.profile?.sentences[0]?.sentence).toContain('Crocker');
    expect(answered).toMatchObject({ answered: true, profile: null });
  });

  it('as the README runs it: npm run --silent ask -- --json prints 3 lines for 3 input lines', () => {
    const npm = process.env['npm_execpath'];
    const [command, prefix] = npm ? [process.execPath, [npm]] : ['npm', []];
    const result = spawnSync(command, [...prefix, 'run', '--silent', 'ask', '--', '--json'], {
      cwd: ROOT,
      input: 'when did the US break off relations\n\n?\n',
      encoding: 'utf8',
      env: { ...process.env, KNOWLEDGE_DIR: SEED },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toHaveLength(4); // three lines, then the empty rest
    expect(jsonLines(result.stdout).map((a) => a.answered)).toEqual([true, false, false]);
  });
});

describe('npm run ask: a knowledge folder that cannot be read', SLOW, () => {
  it('exits 2 with one line naming the folder, and prints no answer', () => {
    const missing = join(tmpdir(), 'factdesk-no-such-knowledge-folder');
    for (const args of [['who is x'], ['--json', 'who is x']]) {
      const r = runCli('ask', ['--knowledge', missing, ...args]);
      expect(r).toEqual({ code: 2, stdout: '', stderr: `ask: cannot read the knowledge folder ${missing}: no such file or directory\n` });
    }
    const file = join(SEED, readdirSync(SEED).find((name) => name.endsWith('.md')) ?? '');
    expect(runCli('ask', ['--knowledge', file, 'who is x'])).toEqual({ code: 2, stdout: '', stderr: `ask: cannot read the knowledge folder ${file}: not a directory\n` });
  });

  it('still answers "I don\'t know" with exit 0 from an existing, empty folder', () => {
    const empty = mkdtempSync(join(tmpdir(), 'factdesk-ask-empty-'));
    try {
      const r = runCli('ask', ['--json', '--knowledge', empty, 'who is x']);
      expect(r.code).toBe(0);
      expect(jsonLines(r.stdout)[0]?.answered).toBe(false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('npm run ask: KNOWLEDGE_DIR from .env', SLOW, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-ask-env-'));
    cpSync(DIGEST_FIXTURES, join(dir, 'harbour-news'), { recursive: true });
    // As a user writes it: relative to the working directory, next to a Discord token it ignores.
    writeFileSync(join(dir, '.env'), 'DISCORD_TOKEN=\nKNOWLEDGE_DIR=harbour-news\n');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers from the folder .env names when no --knowledge is given', () => {
    const r = runCli('ask', ['--json', 'when did the harbour bridge reopen'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // There is no knowledge/ here: any citation comes from the folder .env names.
    const [answer] = jsonLines(r.stdout);
    expect(answer?.answered).toBe(true);
    expect(HARBOUR_IDS).toContain(answer?.citations[0]?.article.id);
  });

  it('lets --knowledge and a real KNOWLEDGE_DIR win over .env', () => {
    const viaFlag = runCli('ask', ['--json', '--knowledge', SEED, 'when did the US break off relations'], { cwd: dir });
    expect(jsonLines(viaFlag.stdout)[0]?.answered).toBe(true);
    const viaEnv = runCli('ask', ['--json', 'when did the US break off relations'], {
      cwd: dir,
      env: { KNOWLEDGE_DIR: SEED },
    });
    expect(jsonLines(viaEnv.stdout)[0]?.citations[0]?.article.id).toMatch(/us-rejects-iranian-proposal/);
  });
});

describe('npm run ask, read by a reader that stops early', SLOW, () => {
  it('GIVEN `| head -1` THEN it stops quietly with exit 0, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-pipe-'));
    const errors = join(dir, 'stderr.log');
    const ask = `"${process.execPath}" --import ${TSX} src/cli/ask.ts --json --knowledge "${SEED}"`;
    try {
      // 300 answers are far more than a pipe holds, so ask is still writing when head has gone.
      const r = spawnSync('bash', ['-c', `yes 'who proposed the talks' | head -300 | ${ask} 2>"${errors}" | head -1 >/dev/null; echo "\${PIPESTATUS[2]}"`], { cwd: ROOT, encoding: 'utf8' });
      expect(r.stdout.trim()).toBe('0');
      expect(readFileSync(errors, 'utf8')).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
