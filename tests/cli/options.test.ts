import { describe, expect, it } from 'vitest';
import { runCli } from './cli-process.js';

describe('the eval and train scripts, given --help or a bad option', () => {
  it.each(['eval', 'train'] as const)('GIVEN %s --help THEN it prints its usage and exits 0, doing nothing else', (name) => {
    const run = runCli(name, ['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^usage: npm run ${name} -- `));
    expect(run.stderr).toBe('');
  });

  it.each(['eval', 'train'] as const)('GIVEN %s with an unknown option THEN one line names it, the usage follows, exit 2 and no stack trace', (name) => {
    const run = runCli(name, ['--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Unknown option '--bogus'.*\nusage: npm run /);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('GIVEN train with a precision that is not a share THEN it says what it takes, exit 2', () => {
    const run = runCli('train', ['--target-precision', 'high']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--target-precision takes a share between 0 and 1/);
  });
});
