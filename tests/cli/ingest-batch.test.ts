import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/ingest');

function run(script: 'ingest' | 'validate', args: string[], input?: string | Buffer): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, `src/cli/${script}.ts`), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const story = (title: string, body: string): string => `${title}\n\nMarch 3, 2022\n\n${body}\n`;
const BRIDGE = story('Bridge Reopens', 'City engineer Dana Whitfield said the bridge reopened on Thursday after two years of repairs. Whitfield thanked the crews who worked through the winter.');
const LIBRARY = story('Library Budget Approved', 'The council approved the library budget on Tuesday by a vote of seven to two, and Mayor Lena Ortiz said the branches would open on Sundays.');
const FRENCH = story(
  'Le pont rouvre',
  "Le pont a rouvert jeudi après deux ans de travaux, a annoncé la ville. Les habitants sont venus nombreux pour la cérémonie, et le maire a remercié les équipes qui ont travaillé pendant tout l'hiver.",
);

// Each test spawns the CLI through tsx one to three times (~2 s each, far more on a loaded 2-core machine).
describe('npm run ingest: duplicates, formats, languages', { timeout: 90_000 }, () => {
  let dir = '';
  let out = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factdesk-batch-'));
    out = join(dir, 'knowledge');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a proposed people list', async () => {
    const result = run('ingest', ['-', '--source', 'Ledger', '--out', out], BRIDGE);
    expect(result.code).toBe(0);
    expect(await readFile(result.stdout.trim(), 'utf8')).toContain('people:\n  - name: Dana Whitfield\n    role: City engineer\n    aliases:\n      - Whitfield\n');
  });

  it('GIVEN a story writing only "Pelham" and "Sir Tobias" and another of the same batch, or of the folder, naming "Tobias Pelham" THEN the first proposes "Tobias Pelham" with both as aliases', async () => {
    const short = story('Pelham Calls for Unity', 'In a gloomy talk on the tides, Pelham declared that the harbors must act together. The old charts will not do, said the former harbor master. Citing the floods, Sir Tobias observed that the danger would grow.');
    const full = story('Two Plans for the Harbor', 'The plan of Tobias Pelham would join the harbors, and the council weighed it on Tuesday.');
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'a-short.txt'), short);
    await writeFile(join(dir, 'in', 'b-full.txt'), full);
    expect(run('ingest', [join(dir, 'in'), '--source', 'Ledger', '--out', out]).code).toBe(0);
    const written = await readFile(join(out, '2022-03-03-pelham-calls-for-unity.md'), 'utf8');
    expect(written).toContain('  - name: Tobias Pelham\n    role: former harbor master\n    aliases:\n      - Pelham\n      - Sir Tobias\n');
    // One at a time, the full name already in the folder.
    const later = join(dir, 'later');
    expect(run('ingest', [join(dir, 'in', 'b-full.txt'), '--source', 'Ledger', '--out', later]).code).toBe(0);
    expect(run('ingest', [join(dir, 'in', 'a-short.txt'), '--source', 'Ledger', '--out', later]).code).toBe(0);
    expect(await readFile(join(later, '2022-03-03-pelham-calls-for-unity.md'), 'utf8')).toContain('  - name: Tobias Pelham\n');
  });

  it('refuses the same body under another title, naming the existing file, and keeps both with --force', async () => {
    const first = run('ingest', ['-', '--source', 'Ledger', '--out', out], BRIDGE);
    expect(first.code).toBe(0);
    const respaced = BRIDGE.replace('Bridge Reopens', 'Span Is Back').replace('after two years', 'after  two\nyears');
    const second = run('ingest', ['-', '--source', 'Ledger', '--out', out], respaced);
    expect(second).toEqual({ code: 1, stdout: '', stderr: `ingest: duplicate: the same story body is already in ${first.stdout.trim()} (pass --force to keep both)\n` });
    expect(run('ingest', ['-', '--source', 'Ledger', '--out', out, '--force'], respaced).code).toBe(0);
    expect(await readdir(out)).toHaveLength(2);
    const validate = run('validate', [out]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain(`: duplicate body: the same story as ${first.stdout.trim()}\n`);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (Bridge Reopens) Tj ET\n'), 'a PDF document'],
    ['a Word document', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('....word/document.xml....')]), 'a Word document (.docx)'],
    ['an old Office document', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'an old Office document (.doc/.xls/.ppt)'],
    ['a JPEG image', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), 'a JPEG image'],
  ])('refuses %s with one line naming the format, even with --title and --published', async (_name, bytes, format) => {
    const result = run('ingest', ['-', '--source', 'S', '--title', 'T', '--published', '2022-03-03', '--out', out], bytes);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^ingest: binary input: this is ${format.replace(/[().]/g, '\\$&')}, not text or HTML;[^\\n]*\\n$`));
  });

  it('refuses a non-English article naming the language, and keeps it with --allow-language', async () => {
    const refused = run('ingest', ['-', '--source', 'S', '--out', out], FRENCH);
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'ingest: not English: the article reads as French (fr); answers are English-only, pass --allow-language fr to keep it\n' });
    const kept = run('ingest', ['-', '--source', 'S', '--out', out, '--allow-language', 'fr', '--published', '2022-03-03'], FRENCH);
    expect(kept.code).toBe(0);
    expect(await readFile(kept.stdout.trim(), 'utf8')).toContain('\nlanguage: fr\n');
  });

  it('refuses an HTML page in another language without <html lang> for its language, not its date', () => {
    const refused = run('ingest', [join(FIXTURES, 'spanish-story.html'), '--out', out]);
    expect(refused).toEqual({ code: 1, stdout: '', stderr: 'ingest: not English: the article reads as Spanish (es); answers are English-only, pass --allow-language es to keep it\n' });
    expect(run('ingest', [join(FIXTURES, 'spanish-story.html'), '--out', out, '--allow-language', 'es']).code).toBe(0);
  });

  it('writes the byline, the language and where a weak value came from, and validate accepts the file', async () => {
    const result = run('ingest', [join(FIXTURES, 'posted-line.html'), '--out', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const text = await readFile(result.stdout.trim(), 'utf8');
    expect(text).toMatch(
      /^---\nid: 2021-03-09-night-ferry-crew-rescues-kayakers-off-gull-point\ntitle: Night Ferry Crew Rescues Kayakers Off Gull Point\npublished: 2021-03-09\nsource: Riverbend Courier\nurl: https:\/\/m\.riverbend-courier\.example\/news\/night-ferry-rescue\nauthor: Tomas Ferreira\nlanguage: en\nprovenance: url from the page's alternate \(mobile\) link; published from the date line under the headline; source from the copyright line\npeople:\n/,
    );
    expect(text).toContain('  - name: Ines Barrow\n    role: Captain\n');
    expect(run('validate', [out])).toMatchObject({ code: 0, stdout: `${out}: 1 article valid, 0 files with problems\n` });
  });
});

describe('npm run ingest: many files at once', { timeout: 90_000 }, () => {
  let dir = '';
  let out = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factdesk-batch-'));
    out = join(dir, 'knowledge');
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'a-bridge.txt'), BRIDGE);
    await writeFile(join(dir, 'in', 'b-bridge-again.txt'), BRIDGE.replace('Bridge Reopens', 'Bridge Open Again'));
    await writeFile(join(dir, 'in', 'c-scan.pdf'), '%PDF-1.7\n%%EOF\n');
    await writeFile(join(dir, 'in', 'd-library.txt'), LIBRARY);
    await writeFile(join(dir, 'in', '.hidden.txt'), 'ignored');
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('ingests each file of a folder, continues past a bad one, summarises, and exits 1', async () => {
    const result = run('ingest', [join(dir, 'in'), '--source', 'Ledger', '--out', out]);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe(`[1/4] written ${join(dir, 'in', 'a-bridge.txt')} -> ${join(out, '2022-03-03-bridge-reopens.md')}`);
    expect(lines[1]).toBe(`[2/4] skipped ${join(dir, 'in', 'b-bridge-again.txt')}: duplicate of ${join(out, '2022-03-03-bridge-reopens.md')}`);
    expect(lines[2]).toMatch(/^\[3\/4\] failed .*c-scan\.pdf: binary input: this is a PDF document/);
    expect(lines[3]).toBe(`[4/4] written ${join(dir, 'in', 'd-library.txt')} -> ${join(out, '2022-03-03-library-budget-approved.md')}`);
    expect(lines[4]).toBe('ingest: 4 files: 2 written, 1 skipped as duplicate, 1 failed');
    expect(lines[5]).toMatch(/^ {2}failed: .*c-scan\.pdf: binary input: this is a PDF document/);
    expect(lines).toHaveLength(6);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect((await readdir(out)).sort()).toEqual(['2022-03-03-bridge-reopens.md', '2022-03-03-library-budget-approved.md']);
  });

  it('takes several files, exits 0 when none failed, and skips what an earlier run wrote', async () => {
    const files = [join(dir, 'in', 'a-bridge.txt'), join(dir, 'in', 'd-library.txt')];
    const first = run('ingest', [...files, '--source', 'Ledger', '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('ingest: 2 files: 2 written, 0 skipped as duplicate, 0 failed\n');
    const again = run('ingest', [...files, '--source', 'Ledger', '--out', out]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('ingest: 2 files: 0 written, 2 skipped as duplicate, 0 failed\n');
  });

  it('refuses stdin or --title among several inputs as bad arguments', () => {
    expect(run('ingest', ['-', join(dir, 'in', 'a-bridge.txt'), '--out', out]).code).toBe(2);
    expect(run('ingest', [join(dir, 'in'), '--title', 'T', '--out', out]).code).toBe(2);
  });
});
