import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './cli-process.js';

describe('npm run validate: KNOWLEDGE_DIR from .env', { timeout: 90_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-validate-env-'));
    cpSync(join(ROOT, 'tests/fixtures/digest'), join(dir, 'harbour-news'), { recursive: true });
    // A broken Discord setting is the bot's business: validate does not stop on it.
    writeFileSync(join(dir, '.env'), 'KNOWLEDGE_DIR=harbour-news\nDISCORD_TOKEN=short\n');
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('checks the folder .env names when no DIR is given', () => {
    expect(runCli('validate', [], { cwd: dir })).toEqual({
      code: 0,
      // (Two of its stories quote people by name and list no one.)
      stdout: expect.stringMatching(/no people listed, though the story quotes Paul Brennan[^\n]*\n.*no people listed[^\n]*\nharbour-news: 3 articles valid, 0 files with problems, 2 warnings about people lists\n$/s),
      stderr: '',
    });
  });

  it('lets DIR and a real KNOWLEDGE_DIR win over .env', () => {
    const mixed = join(ROOT, 'tests/fixtures/ingest/knowledge-mixed');
    const given = runCli('validate', [mixed], { cwd: dir });
    expect(given.code).toBe(1);
    expect(given.stdout).toContain(`\n${mixed}: 2 articles valid, `);
    const r = runCli('validate', [], { cwd: dir, env: { KNOWLEDGE_DIR: join(ROOT, 'knowledge') } });
    expect(r).toMatchObject({
      code: 0,
      stdout: `${join(ROOT, 'knowledge')}: 1 article valid, 0 files with problems\n`,
    });
  });
});

describe('npm run validate: warnings about people lists', { timeout: 90_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'factdesk-validate-people-'));
    writeFileSync(
      join(dir, '2020-03-01-pier.md'),
      [
        '---',
        'id: 2020-03-01-pier',
        'title: Pier opens',
        'published: 2020-03-01',
        'source: Invented Times',
        'url: ""',
        'people:',
        '  - name: Ann Lee',
        '    role: harbor master',
        '  - name: Zed Quill',
        '  - name: Ann Lee',
        '---',
        '',
        'Harbor master Ann Lee said the pier opens in May.',
        '',
      ].join('\n'),
    );
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN a name the story never writes and a person listed twice THEN a warning at each line, and the file stays valid', () => {
    const r = runCli('validate', [dir]);
    expect(r.code).toBe(0);
    const file = join(dir, '2020-03-01-pier.md');
    expect(r.stdout).toContain(`${file}:10: warning: "Zed Quill" is not written in the story`);
    expect(r.stdout).toContain(`${file}:11: warning: "Ann Lee" is listed twice`);
    expect(r.stdout).toContain(`${dir}: 1 article valid, 0 files with problems, 2 warnings about people lists\n`);
  });

  it('GIVEN a name listed again as another\'s alias, and a longer name that holds it further down THEN the warning names the line of that very entry', () => {
    const other = mkdtempSync(join(tmpdir(), 'factdesk-validate-alias-'));
    try {
      const file = join(other, '2020-03-02-ferry.md');
      const people = ['  - name: Ann Lee', '    aliases:', '      - Lee', '  - name: Lee', '  - name: Tom Lee'];
      const head = ['---', 'id: 2020-03-02-ferry', 'title: Ferry', 'published: 2020-03-02', 'source: Invented Times', 'url: ""', 'people:'];
      writeFileSync(file, [...head, ...people, '---', '', 'Ann Lee and Tom Lee run the ferry. Lee said so.', ''].join('\n'));
      const r = runCli('validate', [other]);
      expect(r.stdout).toContain(`${file}:11: warning: "Lee" is also an alias of "Ann Lee"`);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
