/**
 * The console never pays for Discord: what `npm start` loads before it knows whether a token is set
 * (the static, value imports reachable from src/main.ts) holds no Discord code. The bot's modules
 * are imported dynamically, only with a token.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

/** Modules a file loads when it is evaluated: static imports and re-exports, not `import type`, not `import()`. */
function loadedBy(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      specifiers.push(statement.moduleSpecifier.text);
    }
  }
  return specifiers.map((name) => {
    if (!name.startsWith('.')) return name;
    const path = resolve(dirname(file), name).replace(/\.js$/, '.ts');
    return existsSync(path) ? path : name;
  });
}

function reachable(entry: string): Set<string> {
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const next of loadedBy(file)) {
      if (seen.has(next)) continue;
      seen.add(next);
      if (next.endsWith('.ts')) queue.push(next);
    }
  }
  return seen;
}

describe('npm start without a token', () => {
  it('loads no Discord code: neither discord.js nor src/discord/ nor the slash commands', () => {
    const loaded = [...reachable(join(ROOT, 'src/main.ts'))].map((m) => (m.startsWith('/') ? relative(ROOT, m) : m));
    expect(loaded).toContain('src/io/knowledge-watcher.ts');
    expect(loaded.filter((m) => /^discord\.js$|^@discordjs\/|^src\/discord\/|^commands\//.test(m))).toEqual([]);
  });

  it('loads no package root that brings modules it never uses: chrono in English only, date-fns by function', () => {
    const loaded = [...reachable(join(ROOT, 'src/main.ts'))];
    // chrono-node's root loads fifteen languages' parsers and date-fns's root some 300 modules
    // (together about 0.3 s of a start); only their English parser and a few functions are used.
    expect(loaded).toContain('chrono-node/en');
    expect(loaded.filter((m) => m === 'chrono-node' || m === 'date-fns')).toEqual([]);
  });
});
