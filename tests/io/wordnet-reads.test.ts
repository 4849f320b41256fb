/**
 * How much of WordNet's data files a lookup reads: a synset's line (its words first, most lines
 * short) in a small piece, the whole buffer only for a line the piece does not end.
 */
import * as fs from 'node:fs';
import type * as FileSystem from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof FileSystem>();
  return { ...real, readSync: vi.fn(real.readSync) };
});

const { openWordNetLexicon } = await import('../../src/io/wordnet-lexicon.js');

describe('synset lines read from WordNet', () => {
  it('GIVEN the senses of words read THEN each line is read in a piece of at most 1 KB, and again in full only when longer', () => {
    const lexicon = openWordNetLexicon();
    const reads = vi.mocked(fs.readSync);
    reads.mockClear();
    expect(lexicon.synonyms('turned down')).toContain('reject');
    expect(lexicon.wordCase('lantern')).toBe('common');
    expect(lexicon.wordCase('david')).toBe('name');
    expect(lexicon.isA?.('carbine', 'gun')).toBe(true);
    expect(lexicon.namesSomeone?.('plato')).toBe(true);
    // (readSync(fd, buffer, offset, length, position): the form the lexicon calls.)
    const calls = reads.mock.calls.map((call) => {
      const [, , , length, at] = call as unknown as [number, Buffer, number, number, number];
      return { length, at };
    });
    expect(calls.length).toBeGreaterThan(10);
    const pieces = calls.filter((call) => call.length <= 1_024);
    // A longer line (a hub of the noun hierarchy points to hundreds of kinds) is read again whole, from the same place.
    calls.forEach((call, i) => {
      if (call.length > 1_024) expect(calls[i - 1]).toEqual({ length: 1_024, at: call.at });
    });
    expect(pieces.length).toBeGreaterThan(0.9 * calls.length);
    lexicon.close();
  });

  it('GIVEN two nouns of kinds that meet high in the hierarchy THEN the lines of the kinds above both are read once', () => {
    const lexicon = openWordNetLexicon();
    const reads = vi.mocked(fs.readSync);
    // (A line is read at its offset: a line read twice is a position read twice, apart from its longer read again whole.)
    const linesRead = (): number[] =>
      reads.mock.calls.filter((call) => (call as unknown as [number, Buffer, number, number, number])[3] <= 1_024).map((call) => (call as unknown as [number, Buffer, number, number, number])[4]);
    expect(lexicon.isA?.('lantern', 'entity')).toBe(true);
    reads.mockClear();
    expect(lexicon.isA?.('kettle', 'entity')).toBe(true);
    const again = linesRead();
    reads.mockClear();
    // "kettle" and "lantern" are both artifacts, objects, physical entities: those lines were read for "lantern".
    const fresh = openWordNetLexicon();
    expect(fresh.isA?.('kettle', 'entity')).toBe(true);
    const alone = linesRead();
    expect(again.length).toBeGreaterThan(0);
    expect(again.length).toBeLessThan(alone.length - 3);
    lexicon.close();
    fresh.close();
  });
});
