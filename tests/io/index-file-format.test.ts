import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenIndexFile, sliceRange, TextBlob } from '../../src/io/index-file-format.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

/** Articles' paragraphs written as an index file writes its text (latin1, or UTF-16 where needed), and read back through a blob. */
function blobOf(articles: string[][], capacity?: number): { blob: TextBlob; path: string; offsetOf: (article: number) => number } {
  const root = mkdtempSync(join(tmpdir(), 'factdesk-text-'));
  const path = join(root, 'text.bin');
  const parts: Buffer[] = [];
  const starts = [0];
  const wide: number[] = [];
  const firstParagraph = [0];
  const articleStarts: number[] = [];
  let at = 0;
  for (const paragraphs of articles) {
    articleStarts.push(at);
    for (const paragraph of paragraphs) {
      const isWide = /[\u0100-\uffff]/.test(paragraph);
      const bytes = Buffer.from(paragraph, isWide ? 'utf16le' : 'latin1');
      parts.push(bytes);
      at += bytes.byteLength;
      starts.push(at);
      wide.push(isWide ? 1 : 0);
    }
    firstParagraph.push(wide.length);
  }
  writeFileSync(path, Buffer.concat(parts));
  const fd = openSync(path, 'r');
  cleanups.push(() => {
    closeSync(fd);
    rmSync(root, { recursive: true, force: true });
  });
  const blob = new TextBlob({ file: new OpenIndexFile(fd), position: 0, length: at }, Int32Array.from(firstParagraph), Float64Array.from(starts), Uint8Array.from(wide), capacity);
  return { blob, path, offsetOf: (article) => articleStarts[article] as number };
}

/** Writes `text` (latin1) over the file's bytes at `offset`, as if the file had changed under the blob. */
function overwrite(path: string, offset: number, text: string): void {
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.from(text, 'latin1'), 0, text.length, offset);
  closeSync(fd);
}

describe('sliceRange', () => {
  it('GIVEN positions as String.prototype.slice takes them THEN the same characters', () => {
    const text = 'The ferry left at noon.';
    for (const [start, end] of [[0, 9], [4, 100], [-5, undefined], [-40, 3], [10, 2], [3.7, 8.2], [Number.NaN, 4]] as Array<[number, number | undefined]>) {
      const [a, b] = sliceRange(text.length, start, end);
      expect(text.slice(a, Math.max(a, b)), `${start}, ${end}`).toBe(text.slice(start, end));
    }
  });
});

describe('the articles\' text in an index file', () => {
  const articles = [
    ['The ferry to Larn Island left at noon.', 'Its captain, Oda Brenn, waved from the bridge.'],
    ['Ticket prices rose by a third.'],
    ['The new pier’s café served ½ price tea to the first 40 riders.', 'Crowds stayed until dusk.'],
  ];

  it('GIVEN latin1 and UTF-16 paragraphs THEN each sentence is the paragraph\'s own slice, and each paragraph comes back whole', () => {
    const { blob } = blobOf(articles);
    articles.forEach((paragraphs, a) => {
      expect(blob.paragraphs(a)).toEqual(paragraphs);
      paragraphs.forEach((paragraph, p) => {
        for (const [start, end] of [[0, 9], [4, paragraph.length], [12, 200], [7, 3]]) {
          expect(blob.sentenceText(a, p, start as number, end as number)).toBe(paragraph.slice(start, end));
        }
      });
      expect(blob.sentenceText(a, paragraphs.length, 0, 5)).toBe('');
    });
  });

  it('GIVEN fewer bytes kept than the articles read THEN the oldest article is read again from the file and the others stay kept', () => {
    // Each of the first two articles fits; the third, read last, is written over the first.
    const stories = [['Aaaaaaaaaa aaaaaaaaa aaaaaaaaa a.'], ['Bbbbbbbbbb bbbbbbbbb bbbbbbbbb b.'], ['Cccccccccc ccccccccc ccccccccc c.']];
    const { blob, path, offsetOf } = blobOf(stories, 70);
    const opening = (a: number): string => (blob.paragraphs(a)[0] ?? '').slice(0, 10);
    expect(stories.map((_, a) => opening(a))).toEqual(['Aaaaaaaaaa', 'Bbbbbbbbbb', 'Cccccccccc']);
    // The file changes under the blob: what is kept is read from memory, what is not from the file.
    overwrite(path, offsetOf(0), 'Zzzzzzzzzz');
    overwrite(path, offsetOf(1), 'Yyyyyyyyyy');
    expect(opening(1)).toBe('Bbbbbbbbbb');
    expect(opening(2)).toBe('Cccccccccc');
    expect(opening(0)).toBe('Zzzzzzzzzz');
  });

  it('GIVEN an article longer than all the bytes kept THEN its text is still read whole', () => {
    const { blob } = blobOf(articles, 16);
    expect(blob.paragraphs(0)).toEqual(articles[0]);
    expect(blob.sentenceText(2, 0, 8, 20)).toBe((articles[2]?.[0] ?? '').slice(8, 20));
  });

  it('GIVEN many articles read in turn through a small buffer THEN the ones given up are found without walking a Map, and every sentence stays right', () => {
    // (A Map walked from its front passes every entry deleted from it since it was compacted: for
    // each article read, a walk as long as the articles kept.)
    const many = Array.from({ length: 30 }, (_, i) => [`Lamp ${i} of the lighthouse: the ${'keeper '.repeat(i % 5)}slept.`]);
    const { blob } = blobOf(many, 150);
    const proto = Map.prototype as unknown as Record<string | symbol, (this: unknown) => unknown>;
    const names: Array<string | symbol> = [Symbol.iterator, 'entries', 'keys', 'values', 'forEach'];
    const originals = names.map((name) => proto[name] as (this: unknown, ...args: unknown[]) => unknown);
    let walks = 0;
    const read: string[] = [];
    names.forEach((name, i) => {
      proto[name] = function (this: unknown, ...args: unknown[]) {
        walks++;
        return (originals[i] as (this: unknown, ...args: unknown[]) => unknown).apply(this, args);
      };
    });
    try {
      for (let round = 0; round < 3; round++) for (let a = 0; a < many.length; a++) read.push(blob.sentenceText((a * 7 + round) % many.length, 0, 0, 40));
    } finally {
      names.forEach((name, i) => (proto[name] = originals[i] as (this: unknown) => unknown));
    }
    expect(walks).toBe(0);
    expect(read).toEqual(Array.from({ length: 90 }, (_, k) => (many[(((k % 30) * 7 + Math.floor(k / 30)) % 30)]?.[0] ?? '').slice(0, 40)));
  });

  it('GIVEN many articles read in turn through a small buffer THEN every sentence is right on every read', () => {
    const many = Array.from({ length: 40 }, (_, i) => [`Story ${i} of the harbour: the ${'tide '.repeat(i % 7)}turned.`, `Ferry ${i} sailed ${i % 3 === 0 ? 'at dawn — with café crews' : 'late'}.`]);
    const { blob } = blobOf(many, 200);
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < many.length; k++) {
        const a = (k * 7 + round * 3) % many.length;
        const paragraphs = many[a] as string[];
        expect(blob.sentenceText(a, 1, 0, 60)).toBe((paragraphs[1] as string).slice(0, 60));
        expect(blob.paragraphs(a)).toEqual(paragraphs);
      }
    }
  });
});
