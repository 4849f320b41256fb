import Fuse from 'fuse.js';
import { foldAccentsKeepingOffsets } from '../text/tokenize.js';
import { isHonorific, typedAsName, withinOneEdit, withoutGeneration } from '../text/spelling.js';

interface Entry {
  name: string;
  lower: string;
  count: number;
}

/** Matches gathered before ranking by frequency: more than any autocomplete shows. */
const GATHER = 200;

function lowerBound(keys: readonly string[], prefix: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lower case without accents: "José Pérez" is found as "jose perez", as people type it. */
/** Initials typed together before a surname: "s.k. ratcliffe", "J.F. Kennedy". */
const JOINED_INITIALS = /(?<![\p{L}.])((?:\p{L}\.){2,3})\s*(\p{L}[\p{L}'’-]*)/gu;

/**
 * The text with initials typed together ("s.k. ratcliffe") written apart ("s. k. ratcliffe") where
 * that spells a name `isName` knows; the rest as typed ("u.s. troops" stays).
 *
 * @example spaceInitials('who is s.k. ratcliffe', (n) => n === 's. k. ratcliffe'); // 'who is s. k. ratcliffe'
 */
export function spaceInitials(text: string, isName: (phrase: string) => boolean): string {
  if (!text.includes('.')) return text;
  return text.replace(JOINED_INITIALS, (whole: string, initials: string, surname: string) => {
    const spaced = `${initials.split('.').filter(Boolean).join('. ')}. ${surname}`;
    return isName(spaced) ? spaced : whole;
  });
}

/** Longest run of typed words tried as one misspelt name. */
const MENDED_NAME_WORDS = 4;

/**
 * The text with a name typed with a slip ("greer garsen") written as the one name the knowledge
 * base knows it for ("greer garson"), so that the question asks about that person as if spelt
 * right: a run of two or more words, one of them at least a word no article writes (`isKnownWord`
 * false) and one a word the knowledge base has, that is within a slip of typing in each word of
 * exactly one name `namesWith` lists for its known words (see `typedAsName`). Two names it could be,
 * or none, leave it as typed; the case it was typed in is kept.
 *
 * @example mendNames('where was greer garsen born', (w) => (w === 'greer' ? ['Greer Garson'] : []), (w) => w !== 'garsen'); // 'where was greer garson born'
 */
export function mendNames(text: string, namesWith: (word: string) => readonly string[], isKnownWord: (word: string) => boolean): string {
  // (Each word judged once, and each known word's names looked up once, however many runs hold it.)
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => {
    const word = (m[0] as string).replace(/[.'’-]+$/, '');
    return { word, start: m.index as number, known: isKnownWord(word.toLowerCase()) };
  });
  if (words.every((w) => w.known)) return text;
  const holding = new Map<string, readonly string[]>();
  const namesOf = (word: string): readonly string[] => {
    let names = holding.get(word);
    if (names === undefined) holding.set(word, (names = namesWith(word)));
    return names;
  };
  // A name is the run typed with slips only if each word of the run no article writes is one of
  // the name's words, or within a slip of one (see `typedAsName`; a courtesy title it may drop):
  // checked first, on the name's words split once, so that the many names a known word such as
  // "on" or "put" opens are not each matched against every run holding it.
  const splitWords = (text: string): string[] => text.trim().toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, ''));
  const nameWords = new Map<string, readonly string[]>();
  const mayBe = (name: string, unknown: readonly string[]): boolean => {
    let own = nameWords.get(name);
    if (own === undefined) nameWords.set(name, (own = [...new Set([...splitWords(name), ...splitWords(withoutGeneration(name))])]));
    const all = own;
    return unknown.every((u) => all.some((w) => w === u || withinOneEdit(u, w)));
  };
  let out = '';
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    for (let size = Math.min(MENDED_NAME_WORDS, words.length - i); size >= 2; size--) {
      const run = words.slice(i, i + size);
      const known = run.filter((w) => w.known);
      if (known.length === 0 || known.length === size) continue;
      const typed = run.map((w) => w.word).join(' ');
      const unknown = run.filter((w) => !w.known && !isHonorific(w.word)).map((w) => w.word.toLowerCase());
      const names = new Set(known.flatMap((w) => namesOf(w.word)).filter((name) => mayBe(name, unknown) && typedAsName(typed, name) && nameKey(name) !== nameKey(typed)));
      if (names.size !== 1) continue;
      const name = [...names][0] as string;
      const last = run[size - 1] as { word: string; start: number };
      out += text.slice(from, (run[0] as { start: number }).start) + (/\p{Lu}/u.test(typed) ? name : name.toLowerCase());
      from = last.start + last.word.length;
      i += size - 1;
      break;
    }
  }
  return out + text.slice(from);
}

export const nameKey = (name: string): string => foldAccentsKeepingOffsets(name.trim().toLowerCase().replace(/\s+/g, ' '));

/**
 * A person's name as people shorten it: without its middle initials ("john a. mccone" → "john
 * mccone"), and a name of three or more capitalised words by its first and last ("Eileen Marie
 * Collins" → "eileen collins"), without "Jr." or "III". Undefined when nothing drops, or for a name with a lower-case word
 * ("Bank of America").
 */
function shortened(name: string): string | undefined {
  // "John A. McCone Jr." is "john mccone" too, and "John A. Notte, Jr." "john notte".
  const words = withoutGeneration(name).split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  const short = nameKey(`${words[0]} ${words[words.length - 1]}`);
  return short === nameKey(name) ? undefined : short;
}

/**
 * The names a knowledge base mentions (people, organisations, places, as written in the articles and
 * as curated), for autocomplete, suggestions and profile lookups. Prefix lookups are binary searches
 * over sorted keys — whole names and each word of a name — so a keystroke costs microseconds at any
 * size; a misspelt prefix falls back to fuse.js.
 *
 * @example
 * const names = buildNameDirectory(new Map([['Ryan Crocker', 3]]));
 * names.complete('cro'); // ['Ryan Crocker']
 */
export function buildNameDirectory(counts: ReadonlyMap<string, number>) {
  const entries: Entry[] = [...counts.entries()]
    .map(([name, count]) => ({ name, lower: nameKey(name), count }))
    .sort((a, b) => (a.lower < b.lower ? -1 : a.lower > b.lower ? 1 : b.count - a.count));
  // One entry per lower-case spelling, keeping the most frequent way it is written.
  const unique: Entry[] = [];
  for (const entry of entries) {
    const last = unique[unique.length - 1];
    if (last && last.lower === entry.lower) last.count += entry.count;
    else unique.push({ ...entry });
  }
  const keys = unique.map((e) => e.lower);
  const words: Array<{ word: string; entry: number }> = [];
  unique.forEach((entry, i) => {
    for (const word of entry.lower.split(/\s+/).slice(1)) words.push({ word, entry: i });
  });
  words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : a.entry - b.entry));
  const wordKeys = words.map((w) => w.word);
  const byFrequency = [...unique].sort((a, b) => b.count - a.count || a.lower.localeCompare(b.lower));
  // "John A. McCone" is also "john mccone" to `exact`, "Eileen Marie Collins" "eileen collins":
  // people leave the middle out. The most frequent name keeps a shortening two names share.
  const withoutMiddle = new Map<string, string>();
  for (const entry of byFrequency) {
    const bare = shortened(entry.name);
    if (bare !== undefined && !withoutMiddle.has(bare)) withoutMiddle.set(bare, entry.name);
  }

  return {
    size: unique.length,
    /** Most frequent names first. */
    top(limit: number): string[] {
      return byFrequency.slice(0, limit).map((e) => e.name);
    },
    /** Names starting with the prefix, or with a word starting with it; most frequent first. */
    complete(prefix: string, limit = 25, fuzzy = true): string[] {
      const wanted = nameKey(prefix);
      if (wanted === '') return byFrequency.slice(0, limit).map((e) => e.name);
      const found = new Set<number>();
      for (let i = lowerBound(keys, wanted); i < keys.length && found.size < GATHER; i++) {
        if (!(keys[i] as string).startsWith(wanted)) break;
        found.add(i);
      }
      for (let i = lowerBound(wordKeys, wanted); i < wordKeys.length && found.size < GATHER; i++) {
        if (!(wordKeys[i] as string).startsWith(wanted)) break;
        found.add((words[i] as { entry: number }).entry);
      }
      if (found.size === 0 && wanted.length >= 3 && fuzzy) {
        // Misspelt names keep their first letter: search only the names (or name words) starting with
        // it, a binary-searched slice, instead of scanning every name.
        const initial = wanted.charAt(0);
        const pool = new Set<number>();
        for (let i = lowerBound(keys, initial); i < keys.length && (keys[i] as string).startsWith(initial); i++) pool.add(i);
        for (let i = lowerBound(wordKeys, initial); i < wordKeys.length && (wordKeys[i] as string).startsWith(initial); i++) pool.add((words[i] as { entry: number }).entry);
        const candidates = [...pool].map((i) => unique[i] as Entry);
        const fuse = new Fuse(candidates, { keys: ['lower'], threshold: 0.35, ignoreLocation: true });
        return fuse.search(wanted, { limit }).map((r) => r.item.name);
      }
      return [...found]
        .map((i) => unique[i] as Entry)
        .sort((a, b) => Number(b.lower.startsWith(wanted)) - Number(a.lower.startsWith(wanted)) || b.count - a.count || a.lower.localeCompare(b.lower))
        .slice(0, limit)
        .map((e) => e.name);
    },
    /** The name written exactly so, in any case and with or without accents, or so without its middle; no completion or spelling correction. */
    exact(name: string): string | undefined {
      const wanted = nameKey(name);
      const entry = wanted === '' ? undefined : unique[lowerBound(keys, wanted)];
      return entry && entry.lower === wanted ? entry.name : withoutMiddle.get(wanted);
    },
    /** The best-known name for a possibly partial or misspelt one. */
    resolve(name: string): string | undefined {
      const wanted = nameKey(name);
      if (wanted === '') return undefined;
      const exact = this.exact(wanted);
      if (exact) return exact;
      const completed = this.complete(wanted, 1)[0];
      if (completed) return completed;
      return undefined;
    },
  };
}

export type NameDirectory = ReturnType<typeof buildNameDirectory>;
