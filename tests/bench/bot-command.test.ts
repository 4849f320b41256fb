import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { botMemoryCommand } from '../../src/bench/engine.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A checkout with sources and a build, the build written `buildAge` seconds after (or before) the sources. */
function checkout(buildAge: number): string {
  const root = mkdtempSync(join(tmpdir(), 'factdesk-botcmd-'));
  made.push(root);
  for (const dir of ['src/bench', 'commands', 'dist/src/bench']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ['src/bench/engine.ts', 'src/bench/bot-memory.ts', 'commands/ask.ts', 'dist/src/bench/bot-memory.js', 'dist/.tsbuildinfo']) writeFileSync(join(root, file), '');
  const sources = Date.now() / 1000 - 100;
  for (const file of ['src/bench/engine.ts', 'src/bench/bot-memory.ts', 'commands/ask.ts']) utimesSync(join(root, file), sources, sources);
  utimesSync(join(root, 'dist/.tsbuildinfo'), sources + buildAge, sources + buildAge);
  return root;
}

describe('the bench\'s bot process runs what npm start runs', () => {
  it('GIVEN a build newer than every source THEN the compiled bot-memory, without tsx', () => {
    const root = checkout(10);
    expect(botMemoryCommand(join(root, 'src/bench/engine.ts'))).toEqual({ args: [join(root, 'dist/src/bench/bot-memory.js')], compiled: true });
  });

  it('GIVEN a source edited after the build, or no build THEN the sources through tsx', () => {
    const stale = checkout(-10);
    expect(botMemoryCommand(join(stale, 'src/bench/engine.ts'))).toEqual({ args: ['--import', 'tsx', join(stale, 'src/bench/bot-memory.ts')], compiled: false });
    const unbuilt = checkout(10);
    rmSync(join(unbuilt, 'dist'), { recursive: true });
    expect(botMemoryCommand(join(unbuilt, 'src/bench/engine.ts')).compiled).toBe(false);
  });

  it('GIVEN the bench itself compiled THEN its own sibling', () => {
    expect(botMemoryCommand('/repo/dist/src/bench/engine.js')).toEqual({ args: ['/repo/dist/src/bench/bot-memory.js'], compiled: true });
  });
});
