import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SEED = join(ROOT, 'tests/fixtures/seed/voa-2007-07-25-raw.txt');
const HTML = join(ROOT, 'tests/fixtures/ingest/harbor-story.html');
const MIXED = join(ROOT, 'tests/fixtures/ingest/knowledge-mixed');
const SEED_FILE = '2007-07-25-us-rejects-iranian-proposal-for-higher-level-talks-on-iraq.md';

function run(script: 'ingest' | 'validate', args: string[], input?: string | Buffer, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, `src/cli/${script}.ts`), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ingest', () => {
  let out = '';
  beforeEach(async () => {
    out = await mkdtemp(join(tmpdir(), 'factdesk-ingest-'));
  });
  afterEach(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('writes the seed as <published>-<slug>.md in a new folder and prints its path', async () => {
    const dir = join(out, 'new', 'knowledge');
    const result = run('ingest', [SEED, '--source', 'VOA', '--out', dir]);
    expect(result).toEqual({ code: 0, stdout: `${join(dir, SEED_FILE)}\n`, stderr: '' });
    const text = await readFile(join(dir, SEED_FILE), 'utf8');
    expect(text).toMatch(/^---\nid: 2007-07-25-us-rejects-iranian-proposal-for-higher-level-talks-on-iraq\ntitle: US Rejects Iranian Proposal for Higher-Level Talks on Iraq\npublished: 2007-07-25\nsource: VOA\nurl: ""\nlanguage: en\npeople:\n(?: {2}.*\n)+---\n\nThe United States has rejected/);
    expect(text).toContain('  - name: Sean McCormack\n    role: State Department spokesman\n');
    expect(text).not.toMatch(/JOIN NOW|Weapons of Mass Destruction|mailing list|Yglesias/);
  });

  it('produces the body of the curated seed file in knowledge/', async () => {
    run('ingest', [SEED, '--source', 'VOA', '--out', out]);
    const body = (text: string): string => text.slice(text.indexOf('\n---\n', 4));
    const curated = await readFile(join(ROOT, 'knowledge', SEED_FILE), 'utf8');
    expect(body(await readFile(join(out, SEED_FILE), 'utf8'))).toBe(body(curated));
  });

  it('refuses to overwrite without --force and overwrites with it', async () => {
    expect(run('ingest', [SEED, '--source', 'VOA', '--out', out]).code).toBe(0);
    // The same story under another title is a duplicate (issue 10): refused, kept with --force.
    const again = run('ingest', [SEED, '--source', 'VOA', '--out', out, '--title', 'ignored']);
    expect(again).toEqual({ code: 1, stdout: '', stderr: `ingest: duplicate: the same story body is already in ${join(out, SEED_FILE)} (pass --force to keep both)\n` });
    expect(run('ingest', [SEED, '--source', 'VOA', '--out', out, '--title', 'ignored', '--force']).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['2007-07-25-ignored.md', SEED_FILE]);
    const refused = run('ingest', [SEED, '--source', 'VOA', '--out', out]);
    expect(refused).toEqual({ code: 1, stdout: '', stderr: `ingest: file exists: ${join(out, SEED_FILE)} (pass --force to overwrite)\n` });
    const forced = run('ingest', [SEED, '--source', 'Voice of America', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(join(out, SEED_FILE), 'utf8')).toContain('source: Voice of America\n');
    // Five runs of the CLI: on a loaded machine they outlast the default 30 s.
  }, 120_000);

  it('reads HTML, detected by extension, and stdin with "-", detected by content', async () => {
    const fromFile = run('ingest', [HTML, '--out', out]);
    expect(fromFile.code).toBe(0);
    expect(fromFile.stdout).toBe(`${join(out, '2019-03-14-harbor-bridge-reopens-after-two-years-of-repairs.md')}\n`);
    const html = await readFile(HTML, 'utf8');
    const fromStdin = run('ingest', ['-', '--out', join(out, 'stdin'), '--url', 'https://example.org/bridge'], html);
    expect(fromStdin.code).toBe(0);
    const text = await readFile(fromStdin.stdout.trim(), 'utf8');
    expect(text).toContain('url: https://example.org/bridge\n');
    expect(text).toContain('source: The Coastal Ledger\n');
  });

  it('ingests an HTML fragment given as a file (an article body without <html> or <body>)', async () => {
    const fragment = join(out, 'fragment.html');
    await writeFile(fragment, '<div><div>The council voted on Tuesday to close the old bridge over the river after engineers warned that its supports had weakened.</p>');
    const result = run('ingest', [fragment, '--out', join(out, 'k'), '--title', 'Bridge Closes', '--published', '2018-04-05', '--source', 'Ledger']);
    expect(result).toEqual({ code: 0, stdout: `${join(out, 'k', '2018-04-05-bridge-closes.md')}\n`, stderr: '' });
    expect(await readFile(join(out, 'k', '2018-04-05-bridge-closes.md'), 'utf8')).toMatch(/\n\nThe council voted on Tuesday to close the old bridge .* had weakened\.\n$/);
  });

  it('passes --title and --published through', async () => {
    const result = run('ingest', [SEED, '--source', 'VOA', '--out', out, '--title', 'Talks Rejected', '--published', 'July 26, 2007']);
    expect(result.stdout).toBe(`${join(out, '2007-07-26-talks-rejected.md')}\n`);
  });

  it.each([
    ['no input', [], undefined, 2, /^ingest: bad arguments: expected one input file or "-" \(usage: /],
    ['an unknown option', ['x.txt', '--colour'], undefined, 2, /^ingest: bad arguments: Unknown option '--colour'/],
    ['a missing file', ['no-such-file.txt', '--source', 'S'], undefined, 1, /^ingest: cannot read no-such-file.txt: no such file\n$/],
    ['empty input', ['-', '--source', 'S'], '', 1, /^ingest: empty input/],
    ['binary input', ['-', '--source', 'S'], Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]), 1, /^ingest: binary input/],
    ['invalid UTF-8', ['-', '--source', 'S'], Buffer.from([0x48, 0x69, 0xc3, 0x28, 0x0a]), 1, /^ingest: binary input/],
    ['no body', ['-', '--source', 'S', '--title', 'T', '--published', '2007-07-25'], 'Home\n\nNews | Sports | Weather\n', 1, /^ingest: no body found/],
    ['an unreadable date', [SEED, '--source', 'S', '--published', 'soon'], undefined, 1, /^ingest: unreadable date "soon": use YYYY-MM-DD\n$/],
    ['no date at all', ['-', '--source', 'S'], 'Rain Falls\n\nRain fell on the city all day on Wednesday, flooding streets.\n', 1, /^ingest: no publication date found/],
  ])('fails on %s with one line on stderr', async (_name, args, input, code, message) => {
    const result = run('ingest', [...args, '--out', out], input);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(await readdir(out)).toEqual([]);
  });

  it('without an outlet, still writes the article, marked "unknown", and warns on stderr', async () => {
    const result = run('ingest', [SEED, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^ingest: warning: no source \(outlet\) found: wrote "unknown"/);
    const [file] = await readdir(out);
    expect(await readFile(join(out, file!), 'utf8')).toMatch(/^source: unknown$/m);
  });
});


describe('npm run validate', () => {
  it('passes on the repository knowledge folder', () => {
    const result = run('validate', []);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^knowledge: [1-9]\d* articles? valid, 0 files with problems\n$/);
  });

  it('prints file:line: problem for each broken file, a summary, and exits 1', () => {
    const result = run('validate', [MIXED]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/b-broken-yaml\.md:4: invalid YAML: /);
    expect(lines[1]).toBe(`${join(MIXED, 'c-bad-date.md')}:4: "published": must be a real date written YYYY-MM-DD`);
    expect(lines[2]).toMatch(/d-duplicate-id\.md:2: duplicate id /);
    expect(lines[3]).toBe(`${MIXED}: 2 articles valid, 3 files with problems`);
  });

  it('reads KNOWLEDGE_DIR when no folder is given', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'factdesk-validate-'));
    try {
      await writeFile(join(dir, 'bad.md'), '---\nid: x\n---\n\nText.\n');
      const result = run('validate', [], undefined, { KNOWLEDGE_DIR: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`${join(dir, 'bad.md')}:1: missing required field "title"`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
