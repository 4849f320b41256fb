import type { EntityType } from '../types.js';
import { readMentions, type RawMention } from './extract-entities.js';

/**
 * Every sentence's raw mentions of one article ({@link readMentions}) as numbers, worked out when
 * the article is indexed and persisted with the index: an answer's first look at a story then reads
 * its names from here instead of reading its sentences again, which was most of the answers' p99.
 *
 * Sentence i's mentions are rows `offsets[i] .. offsets[i + 1]` of `rows`, {@link ROW} numbers each:
 * the mention's start in the sentence, its length and kind (`length << 6 | type << 3 | flags`), and
 * its role and canonical name as 1 + a position among the article's strings (0: none). The article's
 * strings are `strings[base .. base + count)` — its own list, or its part of a restored index's.
 */
export interface MentionTable {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
  readonly strings: readonly string[];
  readonly base: number;
  readonly count: number;
}

/** Numbers per mention. */
export const ROW = 4;

const TYPES: readonly (EntityType | undefined)[] = [undefined, 'person', 'organization', 'place'];
const CUED = 1;
const POSSESSIVE = 2;
const INITIAL = 4;

/**
 * The mentions of every sentence, as a table.
 *
 * @example
 * const table = tabulateMentions(['Mayor Ines Barrow spoke.', 'It rained.']);
 * mentionsAt(table, 0, 'Mayor Ines Barrow spoke.')[0]; // → { text: 'Ines Barrow', type: 'person', role: 'Mayor', … }
 */
export function tabulateMentions(sentences: readonly string[]): MentionTable {
  const offsets = new Int32Array(sentences.length + 1);
  const rows: number[] = [];
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (text: string | undefined): number => {
    if (text === undefined) return 0;
    let id = ids.get(text);
    if (id === undefined) {
      id = strings.push(text);
      ids.set(text, id);
    }
    return id;
  };
  sentences.forEach((sentence, i) => {
    for (const m of readMentions(sentence)) {
      const flags = (m.cued ? CUED : 0) | (m.possessive ? POSSESSIVE : 0) | (m.initial ? INITIAL : 0);
      rows.push(m.start, (m.text.length << 6) | (TYPES.indexOf(m.type) << 3) | flags, idOf(m.role), idOf(m.canonical));
    }
    offsets[i + 1] = rows.length / ROW;
  });
  return { offsets, rows: Int32Array.from(rows), strings, base: 0, count: strings.length };
}

/**
 * Sentence `index`'s mentions, the same as `readMentions(sentence)` gave when the table was made
 * (`sentence` is that sentence's text). Out of range: none.
 */
export function mentionsAt(table: MentionTable, index: number, sentence: string): RawMention[] {
  const from = table.offsets[index];
  const to = table.offsets[index + 1];
  if (from === undefined || to === undefined) return [];
  const out: RawMention[] = [];
  for (let row = from * ROW; row < to * ROW; row += ROW) {
    const start = table.rows[row] as number;
    const kind = table.rows[row + 1] as number;
    const role = table.rows[row + 2] as number;
    const canonical = table.rows[row + 3] as number;
    const mention: RawMention = {
      text: sentence.slice(start, start + (kind >>> 6)),
      start,
      type: TYPES[(kind >>> 3) & 7],
      role: role === 0 ? undefined : table.strings[table.base + role - 1],
      cued: (kind & CUED) !== 0,
      possessive: (kind & POSSESSIVE) !== 0,
      initial: (kind & INITIAL) !== 0,
    };
    if (canonical !== 0) mention.canonical = table.strings[table.base + canonical - 1];
    out.push(mention);
  }
  return out;
}

/** The article's own strings (a copy when they are part of a shared list). */
export function tableStrings(table: MentionTable): readonly string[] {
  return table.base === 0 && table.count === table.strings.length ? table.strings : table.strings.slice(table.base, table.base + table.count);
}

/**
 * Whether a persisted table fits an article of `sentences` sentences: offsets that rise from 0 to
 * the rows' end, known kinds, and every string position inside the article's part.
 */
export function tableFits(table: MentionTable, sentences: number): boolean {
  const { offsets, rows, count } = table;
  if (offsets.length !== sentences + 1 || offsets[0] !== 0 || (offsets[sentences] as number) * ROW !== rows.length) return false;
  if (table.base < 0 || table.base + count > table.strings.length) return false;
  for (let i = 0; i < sentences; i++) if ((offsets[i + 1] as number) < (offsets[i] as number)) return false;
  for (let row = 0; row < rows.length; row += ROW) {
    const kind = rows[row + 1] as number;
    const role = rows[row + 2] as number;
    const canonical = rows[row + 3] as number;
    if ((rows[row] as number) < 0 || kind < 0 || ((kind >>> 3) & 7) >= TYPES.length) return false;
    if (role < 0 || role > count || canonical < 0 || canonical > count) return false;
  }
  return true;
}
