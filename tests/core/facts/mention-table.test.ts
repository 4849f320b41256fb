import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readMentions } from '../../../src/core/facts/extract-entities.js';
import { mentionsAt, tableFits, tabulateMentions, ROW, type MentionTable } from '../../../src/core/facts/mention-table.js';
import { MENTION_READER } from '../../../src/core/index/article-analysis.js';
import { splitSentences } from '../../../src/core/ingest/split-sentences.js';
import { listBrownFiles, readBrownFile } from '../../../src/io/brown-corpus.js';

/** Invented sentences with every field a mention has: roles, canonical places, possessives, an initial word, unknown single words. */
const INVENTED = [
  'State Department spokesman Dara Whitcombe said the talks would go on.',
  "Whitcombe's aide, Tomas Reyne, flew to Communist China on Tuesday.",
  'Justices Marlow and Peake dissented; Senators Abel, Crane and Doyle did not.',
  'Quillon spoke first.',
  'The State of Oregon sued the Harbor-Rail Board.',
  'It rained all day.',
  'The balloon came down over the Danish Velmar region.',
  '',
];

/** Every Brown sentence a test may read (never ca01–ca22), in file order. */
async function brownSentences(): Promise<string[]> {
  const out: string[] = [];
  for (const file of await listBrownFiles()) {
    for (const story of await readBrownFile(file)) for (const paragraph of story.paragraphs) out.push(...splitSentences(paragraph));
  }
  return out;
}

describe('mention tables (the names read at indexing, persisted with the index)', () => {
  it('give back exactly what reading the sentence again gives', () => {
    const table = tabulateMentions(INVENTED);
    INVENTED.forEach((sentence, i) => expect(mentionsAt(table, i, sentence)).toEqual(readMentions(sentence)));
    // The invented sentences do use every field.
    const all = INVENTED.flatMap((sentence, i) => mentionsAt(table, i, sentence));
    expect(all.some((m) => m.role !== undefined)).toBe(true);
    expect(all.some((m) => m.canonical !== undefined)).toBe(true);
    expect(all.some((m) => m.possessive)).toBe(true);
    expect(all.some((m) => m.initial)).toBe(true);
    expect(all.some((m) => m.type === undefined)).toBe(true);
    expect(mentionsAt(table, INVENTED.length, 'no such sentence')).toEqual([]);
  });

  it('keep one copy of a role written twice', () => {
    const table = tabulateMentions(['Mayor Ines Barrow spoke.', 'Mayor Ines Barrow left.']);
    expect(table.strings).toEqual(['Mayor']);
  });

  it('read from a shared list of strings at the article\'s own place', () => {
    const own = tabulateMentions(INVENTED);
    const shared: MentionTable = { ...own, strings: ['someone else\'s', ...own.strings], base: 1 };
    INVENTED.forEach((sentence, i) => expect(mentionsAt(shared, i, sentence)).toEqual(readMentions(sentence)));
  });

  it('are refused when they do not fit the article (a corrupt or foreign index)', () => {
    const table = tabulateMentions(INVENTED);
    expect(tableFits(table, INVENTED.length)).toBe(true);
    expect(tableFits(table, INVENTED.length - 1)).toBe(false);
    const rows = Int32Array.from(table.rows);
    rows[2] = table.count + 1;
    expect(tableFits({ ...table, rows }, INVENTED.length)).toBe(false);
    expect(tableFits({ ...table, rows: table.rows.subarray(0, table.rows.length - ROW) }, INVENTED.length)).toBe(false);
    expect(tableFits({ ...table, base: 1 }, INVENTED.length)).toBe(false);
    const offsets = Int32Array.from(table.offsets);
    offsets[1] = (offsets[2] as number) + 1;
    expect(tableFits({ ...table, offsets }, INVENTED.length)).toBe(false);
  });

  it('match the reader that the index version names (change how names are read: record the new fingerprint)', async () => {
    const sentences = await brownSentences();
    expect(sentences.length).toBeGreaterThan(40_000);
    const hash = createHash('sha256');
    for (const sentence of [...INVENTED, ...sentences]) hash.update(JSON.stringify(readMentions(sentence))).update('\n');
    // A persisted index holds the names as this reader read them: a reader that reads any of these
    // sentences differently must make every persisted index stale, through the version it is part of.
    expect(hash.digest('hex').slice(0, 16), 'the name reader changed: set MENTION_READER in src/core/index/article-analysis.ts to the value received').toBe(MENTION_READER);
  }, 60_000);
});
