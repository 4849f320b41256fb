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
      stdout: 'harbour-news: 3 articles valid, 0 files with problems\n',
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
