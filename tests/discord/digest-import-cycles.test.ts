/**
 * No module imports, even for types only, a module that imports it back — directly or around a
 * longer loop. (ESLint has no import plugin here, so this walks the graph with TypeScript's own
 * import scanner.) It was digest-render ↔ digest-scheduler; their shared types are in digest-types.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Relative imports and re-exports of a file, resolved to the .ts files they load. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((f) => f.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'))
    .filter((path) => existsSync(path));
}

function cycles(files: readonly string[]): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return found.map((loop) => loop.map((f) => relative(ROOT, f)));
}

describe('import graph', () => {
  it('has no cycle in src/ or commands/', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))];
    expect(files.length).toBeGreaterThan(50);
    expect(cycles(files).map((loop) => loop.join(' → '))).toEqual([]);
  });

  it('counts type-only imports, and the digest modules import one way: scheduler → render → types', () => {
    const [scheduler, render, types, gateway] = ['scheduler', 'render', 'types', 'gateway'].map((m) =>
      join(ROOT, `src/discord/digest-${m}.ts`),
    ) as [string, string, string, string];
    expect(importsOf(render)).toContain(types); // `import type` only
    expect(importsOf(scheduler)).toEqual(expect.arrayContaining([render, types]));
    expect(importsOf(gateway)).toContain(types);
    for (const file of [render, types, gateway]) expect(importsOf(file)).not.toContain(scheduler);
    expect(importsOf(types)).not.toContain(render);
  });
});
