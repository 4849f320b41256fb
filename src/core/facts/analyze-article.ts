import type {
  CuratedPerson,
  EntityMention,
  EntitySummary,
  EntityType,
  IsoDate,
  ResolvedDate,
  SentenceFacts,
} from '../types.js';
import { hasOrganisationHead, isNameTitle, readMentions, ROLE_NOUNS } from './extract-entities.js';
import type { RawMention } from './extract-entities.js';
import { extractNumbers, numbersOutside } from './extract-numbers.js';
import { knownPlaceNames, lookupPlace } from './gazetteer.js';
import { hasReason } from './has-reason.js';
import { mayHoldDate, narrativeTimes, resolveDates, type NarrativeTime } from './resolve-dates.js';
import { LETTER_OR_DIGIT, STARTS_UPPER } from '../text/unicode-patterns.js';
import { withoutGeneration } from '../text/spelling.js';

export { mayHoldDate, resolveDates, writesYearBeforeCommonEra } from './resolve-dates.js';
export { extractNumbers } from './extract-numbers.js';
export { hasReason } from './has-reason.js';
export { countryOfDemonym, lookupPlace } from './gazetteer.js';
export { hasOrganisationHead, isLowerOrgNoun } from './extract-entities.js';

export interface ArticleFactsInput {
  published: IsoDate;
  people: CuratedPerson[];
  sentences: string[];
  /** Sentence j's raw mentions, when they were read before (the same as `readMentions` gives). */
  mentionsOf?: ((sentence: number) => readonly RawMention[]) | undefined;
}

/** Sentence j's raw mentions (read before, or read now), with the curator's names of several words it writes in full (see {@link withCuratedNames}). */
function mentionReader(input: ArticleFactsInput): (sentence: number) => readonly RawMention[] {
  const read = input.mentionsOf ?? ((j: number) => readMentions(input.sentences[j] ?? ''));
  const curated = input.people.filter((p) => p.name.includes(' ')).map((p) => ({ name: p.name, type: curatedType(p) }));
  if (curated.length === 0) return read;
  return (j) => withCuratedNames(curated, input.sentences[j] ?? '', read(j));
}

interface Known {
  name: string;
  type: EntityType;
  roles: string[];
  aliases: Set<string>;
  curated: boolean;
}

/** What the cheap article-level pass learnt: who is who, so that sentences can be read lazily. */
export interface ArticleContext {
  readonly published: IsoDate;
  readonly sentences: readonly string[];
  /** Canonical name (lower case) → what is known about it. */
  readonly known: ReadonlyMap<string, Known>;
  /** Any alias, surname or given name written alone (lower case) → canonical name. */
  readonly shortNames: ReadonlyMap<string, string>;
  /** Single words written alone somewhere in the article (lower case), to list real aliases only. */
  readonly seenAlone: ReadonlySet<string>;
}

const ORG_HINT = /\b(?:Department|Ministry|Agency|Council|Commission|Committee|Senate|Congress|Court|Party|Union|University|Company|Corp\.?|Inc\.?|Association|Bank|Board|Bureau|Office|Institute|County|Government|Reuters|AFP|Press|News|Times)\b/;

// Module-level: tsx (esbuild) turns a `\p{…}` literal into a `new RegExp` at its every evaluation.
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
/** A given name, one or more middle initials and a surname ("Wilbur D. Mills", "Ann M. J. Orr, Jr."). */
const PERSON_WITH_INITIALS = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)+\s+\p{Lu}[\p{L}'’-]*\p{Ll}(?:,?\s+(?:Jr|Sr)\.|,?\s+I{2,3})?$/u;

function lower(s: string): string {
  return s.toLowerCase();
}

/**
 * What a curated entry is, from its name: a place the gazetteer knows (unless the curator gave it a
 * role: "Austin", the jurist, is no city), an organisation by its head word ("Council", "Bank") or
 * an acronym, else a person.
 */
export function curatedType(p: Pick<CuratedPerson, 'name'> & Partial<Pick<CuratedPerson, 'role'>>): EntityType {
  if (lookupPlace(p.name) && !p.role) return 'place';
  // "Wilbur D. Mills", "Ada K. Church": a given name, middle initials and a surname is how a person
  // is written, whatever the surname's word ends a firm's name with elsewhere ("General Mills").
  if (PERSON_WITH_INITIALS.test(p.name.trim())) return 'person';
  // (The extraction's own heads count too: "Strategic Air Command", "U.S. Embassy".)
  return ORG_HINT.test(p.name) || hasOrganisationHead(p.name.split(/\s+/)) || /^[A-Z]{2,6}$/.test(p.name) ? 'organization' : 'person';
}

function addRole(k: Known, role: string | undefined): void {
  if (!role) return;
  const clean = role.trim();
  if (clean && !k.roles.some((r) => lower(r) === lower(clean))) k.roles.push(clean);
}

/** Lower-case particles that belong to the surname after them: `Bill de Blasio` is `de Blasio`. */
const SURNAME_PARTICLE = /^(?:de|van|von|der|den|du|da|di|del|della|dos|das|bin|ibn)$/;

/**
 * Surnames and given names that may stand alone for a person; titles and initials may not. A
 * surname keeps its particles (`de Blasio`), and the bare word after them is kept too for linking
 * (`Beethoven` for `Ludwig van Beethoven`); only what the article writes alone becomes an alias.
 */
function nameParts(name: string): string[] {
  const words = name.split(/\s+/);
  const parts = words.filter((p) => CAPITALISED.test(p) && !/^(?:Jr|Sr|Mr|Mrs|Ms|Dr)\.?$/.test(p));
  // "Mr. Borden" is "Borden" written alone too, as "D. H. Lawrence" is "Lawrence".
  if (parts.length === 1 && words.length > 1 && (/^(?:Mr|Mrs|Ms|Dr)\.?$/.test(words[0] ?? '') || words.slice(0, -1).every((w) => /^\p{Lu}\.$/u.test(w)))) return parts;
  if (parts.length < 2) return [];
  const last = parts[parts.length - 1] as string;
  const first = parts[0] as string;
  let from = words.lastIndexOf(last);
  while (from > 1 && SURNAME_PARTICLE.test(words[from - 1] ?? '')) from--;
  const surname = words.slice(from, words.lastIndexOf(last) + 1).join(' ');
  return surname === last ? [last, first] : [surname, last, first];
}

/** {@link nameParts} told apart: the surnames, and the given name (the last part) if there is one. */
function surnamesAndGiven(name: string): { surnames: string[]; given: string[] } {
  const parts = nameParts(name);
  return parts.length > 1 ? { surnames: parts.slice(0, -1), given: parts.slice(-1) } : { surnames: parts, given: [] };
}

/** "Mr. Borden" / "Mrs. Borden": a surname written after a man's and a woman's honorific. */
const HONORIFIC_SURNAME = /\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;

/** The surnames (lower case) a story writes after both a man's and a woman's honorific. */
function familySurnames(sentences: readonly string[]): string[] {
  // Most stories write no woman's honorific, or no "Mr": a plain search settles them first.
  if (!sentences.some((sentence) => sentence.includes('Mr')) || !sentences.some((sentence) => sentence.includes('Mrs') || sentence.includes('Ms') || sentence.includes('Miss'))) return [];
  const men = new Set<string>();
  const women = new Set<string>();
  for (const sentence of sentences) {
    if (!sentence.includes('M')) continue;
    for (const m of sentence.matchAll(HONORIFIC_SURNAME)) (m[1] === 'Mr' ? men : women).add(lower(m[2] ?? ''));
  }
  return [...men].filter((surname) => women.has(surname));
}

/** One name part written alone: `McCormack`, or a surname with its particles, `de Blasio`. */
function writtenAlone(text: string): boolean {
  const words = text.split(' ');
  return words.length === 1 || words.slice(0, -1).every((w) => SURNAME_PARTICLE.test(w.toLowerCase()));
}

/**
 * The cheap article-level pass (regex and tokens, no date parsing): reads every name, role and
 * alias of the article so that `McCormack said` can later be linked to `Sean McCormack`.
 * Curated people from the front matter always win over what is read.
 *
 * @example
 * const ctx = prepareArticle({ published: '2007-07-25', people: [], sentences: [
 *   'State Department spokesman Sean McCormack said no.', 'McCormack said the talks go on.'] });
 * analyzeSentence(ctx, 1).entities[0]; // → { text: 'McCormack', name: 'Sean McCormack', type: 'person', role: 'State Department spokesman' }
 */
export function prepareArticle(input: ArticleFactsInput): ArticleContext {
  return contextOver(input, mentionReader(input), () => true);
}

/**
 * The article pass over the sentences `included` allows, in article order, with each sentence's
 * mentions from `mentionsOf`: {@link prepareArticle} over all of them, {@link lazyArticle} over the
 * few that can bear on one sentence's names.
 */
function contextOver(input: ArticleFactsInput, mentionsOf: (sentence: number) => readonly RawMention[], included: (sentence: number) => boolean): ArticleContext {
  const known = new Map<string, Known>();
  const shortNames = new Map<string, string>();
  const curatedAliases = new Set<string>();
  const ambiguous = new Set<string>();
  for (const p of input.people) {
    const k: Known = { name: p.name, type: curatedType(p), roles: [], aliases: new Set(), curated: true };
    addRole(k, p.role);
    for (const a of p.aliases ?? []) {
      k.aliases.add(a);
      shortNames.set(lower(a), p.name);
      curatedAliases.add(lower(a));
    }
    known.set(lower(p.name), k);
    // "John A. Notte, Jr." is written "John A. Notte, Jr., governor", which reads as "John A. Notte"
    // and the suffix: the name without it is the curated person's.
    const base = withoutGeneration(p.name);
    if (base !== p.name && !shortNames.has(lower(base))) {
      shortNames.set(lower(base), p.name);
      curatedAliases.add(lower(base));
    }
  }
  const seenAlone = new Set<string>();
  const loners: RawMention[] = [];
  // Names ending in a role noun (`Gary Player`), with how many entries were known before each, and
  // how often each word is written alone inside a sentence (`both Player and Palmer`) or speaks.
  const roleNounNames: { m: RawMention; at: number }[] = [];
  const aloneUses = new Map<string, number>();
  const speakers = new Set<string>();
  // Names of several words by their last word, and those that may be a thing's name run together with a name.
  const fullNames = new Map<string, string[]>();
  const runTogether = new Set<string>();
  // Names of several words read as places only from a preposition before them ("in Dorian Quell's score").
  const guessedPlaces: Known[] = [];
  // And single words read as places only from such a preposition ("in Marrick's pages").
  const guessedWords: Known[] = [];
  // (The words read as places at least once not as a possessive: "in Marrick", not "in Marrick's pages".)
  const plainPlaceWords = new Set<string>();
  for (let j = 0; j < input.sentences.length; j++) {
    if (!included(j)) continue;
    for (const m of mentionsOf(j)) {
      const key = lower(m.text);
      const alone = writtenAlone(m.text);
      // ("Her mother was a Greer": a name after "a"/"an" is one of a family, not the person of that given name.)
      if (alone && !/(?:^|[^\p{L}])[Aa]n?\s+$/u.test((input.sentences[j] ?? '').slice(Math.max(0, m.start - 4), m.start))) seenAlone.add(key);
      if (alone && !m.initial && m.type !== 'place' && m.type !== 'organization') {
        aloneUses.set(m.text, (aloneUses.get(m.text) ?? 0) + 1);
        if (m.type === 'person' && m.cued) speakers.add(m.text);
      }
      if (m.type === 'place' && !m.possessive) plainPlaceWords.add(key);
      if (!m.type) {
        if (!alone && ROLE_NOUNS.has(lower(m.text.slice(m.text.lastIndexOf(' ') + 1)))) roleNounNames.push({ m, at: known.size });
        continue;
      }
      const alias = shortNames.get(key);
      const existing = known.get(key) ?? (alias ? known.get(lower(alias)) : undefined);
      if (existing) {
        if (!existing.curated) addRole(existing, m.role);
        continue;
      }
      if (m.type === 'person' && !alone) {
        const last = lower(m.text.slice(m.text.lastIndexOf(' ') + 1));
        fullNames.set(last, [...(fullNames.get(last) ?? []), m.text]);
        if (!m.cued && thingRunTogether(m, input.sentences[j] ?? '', input.sentences, included)) runTogether.add(key);
      }
      // A person's single word (`McCormack said`) is linked once every full name is known.
      if (m.type === 'person' && alone) {
        // `Van Gogh` is a surname and already a name, as a cued single word is.
        if (m.cued || m.text.includes(' ')) loners.push(m);
        continue;
      }
      const name = m.type === 'place' ? (m.canonical ?? lookupPlace(m.text)?.name ?? m.text) : m.text;
      const placeKey = lower(name);
      const same = known.get(placeKey);
      if (same) {
        if (name !== m.text) same.aliases.add(m.text);
        continue;
      }
      const k: Known = { name, type: m.type, roles: [], aliases: new Set(), curated: false };
      if (name !== m.text) k.aliases.add(m.text);
      addRole(k, m.role);
      known.set(placeKey, k);
      if (m.type === 'place' && !m.cued && lookupPlace(m.text) === undefined) (m.text.includes(' ') ? guessedPlaces : guessedWords).push(k);
      if (placeKey !== key) shortNames.set(key, name);
    }
  }
  // "in Dorian Quell's score" … "Mr. Quell said": a name read as a place only from the preposition
  // before it, whose last word the story writes alone as someone (after a title, or speaking), is
  // that person, and the surname is theirs.
  for (const k of guessedPlaces) {
    const last = k.name.slice(k.name.lastIndexOf(' ') + 1);
    if (speakers.has(last)) {
      k.type = 'person';
      fullNames.set(lower(last), [...(fullNames.get(lower(last)) ?? []), k.name]);
    }
  }
  // "Ivo Marrick" … "in Marrick's pages" … "Marrick himself puts it": a single word read as a place
  // only from the preposition before it, that is the surname of someone the story names in full and
  // that the story writes alone as no place again, or only ever as a possessive after the preposition
  // ("W. F. Bryan" … "in Bryan's view"), is that person's surname, not a place.
  for (const k of guessedWords) {
    const surnameUse = (aloneUses.get(k.name) ?? 0) >= GUESSED_SURNAME_USES || !plainPlaceWords.has(lower(k.name));
    if (fullNames.has(lower(k.name)) && surnameUse && known.get(lower(k.name)) === k) known.delete(lower(k.name));
  }
  // "at the Masters Palmer and Player did": a thing's name the story writes after "the" ("the
  // Masters"), run together with the surname of someone the story names in full ("Arnold Palmer"),
  // is nobody, and leaves the surname to that person.
  for (const key of runTogether) {
    const k = known.get(key);
    const last = key.slice(key.lastIndexOf(' ') + 1);
    if (k && !k.curated && k.type === 'person' && (fullNames.get(last) ?? []).some((other) => lower(other) !== key)) known.delete(key);
  }
  // `Gary Player`: a name ending in a role noun is someone when the story also writes that word
  // alone as someone, twice inside a sentence or once as a speaker (`both Player and Palmer`,
  // `"…", Player said`); `Research Fellow` in a story with no `Fellow` alone is no one.
  const promoted = roleNounNames.filter(({ m }) => {
    const surname = m.text.slice(m.text.lastIndexOf(' ') + 1);
    return !known.has(lower(m.text)) && !shortNames.has(lower(m.text)) && (speakers.has(surname) || (aloneUses.get(surname) ?? 0) >= ROLE_NOUN_SURNAME_USES);
  });
  if (promoted.length > 0) {
    // In the story's order among the names known before them.
    const entries = [...known];
    let added = 0;
    for (const { m, at } of promoted) {
      if (known.has(lower(m.text))) continue;
      const k: Known = { name: m.text, type: 'person', roles: [], aliases: new Set(), curated: false };
      known.set(lower(m.text), k);
      entries.splice(at + added, 0, [lower(m.text), k]);
      added++;
    }
    known.clear();
    for (const [key, k] of entries) known.set(key, k);
  }
  // Curated aliases first, then surnames, then given names: the first claim wins, a clash is dropped.
  // Every person's surname is claimed before anyone's given name: "Lawrence" alone is D. H.
  // Lawrence, not Lawrence Lipton, whoever the story names first.
  const people = [...known.values()].filter((k) => k.type === 'person').map((k) => ({ k, ...surnamesAndGiven(k.name) }));
  const byRank = [...people.map((p) => [p.k, p.surnames, true] as const), ...people.map((p) => [p.k, p.given, false] as const)];
  const surnames = new Set<string>();
  for (const [k, parts, isSurname] of byRank) {
    for (const part of parts) {
      const key = lower(part);
      if (known.has(key) && known.get(key) !== k) continue;
      const owner = shortNames.get(key);
      // A given name never unsettles someone's surname.
      if (!isSurname && owner && surnames.has(key)) continue;
      if (isSurname) surnames.add(key);
      if (owner && owner !== k.name) {
        // A curated alias is the curator's word; a surname two curated people share ("Borden" of
        // Lizzie Borden and Mr. Borden) names neither. Only a curated person's claim outranks a
        // name the curator did not list.
        if (!curatedAliases.has(key) && !(known.get(lower(owner))?.curated && !k.curated)) ambiguous.add(key);
        continue;
      }
      shortNames.set(key, k.name);
    }
  }
  // "Mr. Borden" and "Mrs. Borden" in one story: a family, so "Borden" alone names no one of it.
  for (const surname of familySurnames(input.sentences)) if (!curatedAliases.has(surname)) ambiguous.add(surname);
  for (const key of ambiguous) shortNames.delete(key);
  // A speaker known only by one word (`Smythe said`) is still a person of the article.
  for (const m of loners) {
    const key = lower(m.text);
    const owner = shortNames.has(key) ? known.get(lower(shortNames.get(key) ?? '')) : undefined;
    if (owner && !rolesClash(owner, m.role)) {
      if (!owner.curated) addRole(owner, m.role);
      continue;
    }
    if (!known.has(key)) known.set(key, { name: m.text, type: 'person', roles: [], aliases: new Set(), curated: false });
    addRole(known.get(key) as Known, m.role);
  }
  return { published: input.published, sentences: [...input.sentences], known, shortNames, seenAlone };
}

/**
 * Whether a name read after "the" (`at the Masters Palmer and Player did`) opens with a word that
 * the story (its `included` sentences) also writes after "the" alone, with no capitalised word after
 * it (`the Masters will be remembered`): maybe the name of a thing run together with the next name.
 */
function thingRunTogether(m: RawMention, sentence: string, sentences: readonly string[], included: (sentence: number) => boolean): boolean {
  if (!/(?:^|\s)the\s+$/.test(sentence.slice(Math.max(0, m.start - 5), m.start))) return false;
  const first = m.text.slice(0, m.text.indexOf(' '));
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  const alone = new RegExp(`(?:^|\\s)[Tt]he\\s+${first}(?![\\p{L}\\p{M}'’-])(?!\\s+\\p{Lu})`, 'u');
  return sentences.some((other, j) => included(j) && other.includes(`he ${first}`) && alone.test(other));
}

/** How often a story writes a surname alone inside a sentence, as no place, before a place read from "in" with it is that person (`in Marrick's pages`). */
const GUESSED_SURNAME_USES = 2;

/** How often a story writes a role noun alone inside a sentence before a name ending in it is someone's (`Gary Player`). */
const ROLE_NOUN_SURNAME_USES = 2;

/** `Capt. Rickards` and `Captain Rickards` hold the same title. */
const TITLE_ABBREVIATIONS: Record<string, string> = {
  capt: 'captain',
  gen: 'general',
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  adm: 'admiral',
  maj: 'major',
  cmdr: 'commander',
  supt: 'superintendent',
  atty: 'attorney',
  prof: 'professor',
  dr: 'doctor',
  rev: 'reverend',
  pres: 'president',
};

/**
 * A surname written with its own title links to a full name only if the roles agree:
 * `President Kennedy` is not `First Lady Jacqueline Kennedy`.
 */
function rolesClash(k: Known, role: string | undefined): boolean {
  // Only a capitalised title is evidence; an appositive (`a former accountant`) adds a role instead.
  if (!role || !STARTS_UPPER.test(role) || k.roles.length === 0 || k.curated) return false;
  const ws = (r: string): string[] =>
    lower(r)
      .split(/[^a-z]+/)
      .map((w) => TITLE_ABBREVIATIONS[w] ?? w)
      .filter((w) => w.length > 2);
  const mine = new Set(ws(role));
  return !k.roles.some((r) => ws(r).some((w) => mine.has(w)));
}

/** The entity a single-word mention stands for, if the article names one unambiguously. */
function linked(ctx: ArticleContext, m: RawMention): Known | undefined {
  const key = lower(m.text);
  const aliasOf = ctx.shortNames.get(key);
  const k = aliasOf ? ctx.known.get(lower(aliasOf)) : undefined;
  if (!k || rolesClash(k, m.role)) return undefined;
  // A given name alone (`Saddam`) links only when it is plainly a name, not a capitalised word
  // opening the sentence (`Blue ribbons…` is not `Blue Lake`).
  const parts = k.name.split(/\s+/);
  const isGiven = parts.length > 1 && lower(parts[0] ?? '') === key && lower(parts[parts.length - 1] ?? '') !== key;
  if (isGiven && !k.aliases.has(m.text) && m.initial && !m.possessive && !m.cued) return undefined;
  return k;
}

function resolveMention(ctx: ArticleContext, m: RawMention): EntityMention | undefined {
  const key = lower(m.text);
  // An alias (surname, curated alias, `U.S.`) is looked up first so that it reaches the full name.
  const k = linked(ctx, m) ?? ctx.known.get(key);
  if (k) {
    // Curated roles win; otherwise the role read here, else the first role read in the article.
    const role = k.curated ? (k.roles[0] ?? m.role) : (m.role ?? k.roles[0]);
    return { text: m.text, name: k.name, type: k.type, role, ...(m.role ? { roleHere: true } : {}), ...(k.curated && k.roles[0] !== undefined ? { roleCurated: true } : {}) };
  }
  if (!m.type) return undefined;
  const name = m.type === 'place' ? (m.canonical ?? lookupPlace(m.text)?.name ?? m.text) : m.text;
  return { text: m.text, name, type: m.type, role: m.role, ...(m.role ? { roleHere: true } : {}) };
}

function spansOf(sentence: string, dates: readonly ResolvedDate[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const d of dates) {
    const at = sentence.indexOf(d.text, from);
    if (at < 0) continue;
    spans.push({ start: at, end: at + d.text.length });
    from = at;
  }
  return spans;
}

/**
 * Everything derived from one sentence of a prepared article: entities (linked to the article's
 * names), resolved dates, numbers and whether it gives a reason. Pure; callers cache the result.
 * An index out of range gives empty facts.
 *
 * @example
 * const ctx = prepareArticle({ published: '2007-07-25', people: [], sentences: ['Tuesday, the ambassadors met in Baghdad.'] });
 * analyzeSentence(ctx, 0).dates[0]?.label; // → '24 July 2007'
 */
export function analyzeSentence(ctx: ArticleContext, index: number): SentenceFacts {
  const sentence = ctx.sentences[index];
  if (sentence === undefined) return { entities: [], dates: [], numbers: [], hasReason: false };
  const curated = [...ctx.known.values()].filter((k) => k.curated && k.name.includes(' '));
  return sentenceFacts(ctx, sentence, curated.length === 0 ? readMentions(sentence) : withCuratedNames(curated, sentence, readMentions(sentence)), narrativeTimeOf(ctx, index));
}

const narratives = new WeakMap<ArticleContext, (NarrativeTime | undefined)[]>();

/** The time of the past the story tells of at sentence `index` (see {@link narrativeTimes}). */
function narrativeTimeOf(ctx: ArticleContext, index: number): NarrativeTime | undefined {
  let times = narratives.get(ctx);
  if (!times) narratives.set(ctx, (times = narrativeTimes(ctx.sentences, ctx.published)));
  return times[index];
}

function sentenceFacts(ctx: ArticleContext, sentence: string, mentions: readonly RawMention[], narrative?: NarrativeTime): SentenceFacts {
  const dates = resolveDates(sentence, ctx.published, narrative);
  return {
    entities: entitiesIn(ctx, mentions),
    dates,
    numbers: extractNumbers(sentence, spansOf(sentence, dates)),
    hasReason: hasReason(sentence),
  };
}

/**
 * The mentions of a sentence, with every name of several words the curator listed that the
 * sentence writes as listed and no mention covers: "Albert B. Lord suggests …", "Martin Luther
 * King led …" (names whose last word is also a title, which the reading of capitals passes over).
 * Mentions that are only parts of such a name are the name: "Marshall Field" read from "Marshall
 * Field and Company", or "Greater Miami Youth" from "Greater Miami Youth for Christ", is the firm
 * or the body the curator listed, no one of its own. A mention the name lies inside ("Mayor Ann
 * Lee" for "Ann Lee") or that is the name itself keeps what was read.
 */
function withCuratedNames(curated: ReadonlyArray<{ name: string; type: EntityType }>, sentence: string, mentions: readonly RawMention[]): readonly RawMention[] {
  let out: RawMention[] | undefined;
  for (const k of curated) {
    for (let at = sentence.indexOf(k.name); at >= 0; at = sentence.indexOf(k.name, at + 1)) {
      const end = at + k.name.length;
      if (/[\p{L}\p{M}]/u.test(sentence.charAt(at - 1)) || /[\p{L}\p{M}]/u.test(sentence.charAt(end))) continue;
      const all = out ?? mentions;
      const overlapping = all.filter((m) => m.start < end && at < m.start + m.text.length);
      if (overlapping.some((m) => (m.start < at && !openingWordBefore(sentence, m.start, at)) || m.start + m.text.length > end || m.text.length === k.name.length)) continue;
      out = all.filter((m) => !overlapping.includes(m));
      out.push({ text: k.name, start: at, type: k.type, cued: true, possessive: /^['’]s\b/.test(sentence.slice(end)), initial: at === 0 });
    }
  }
  return out === undefined ? mentions : out.sort((x, y) => x.start - y.start);
}

/**
 * Whether the text from `from` to `to` is one word, no title, that opens the sentence or a
 * quotation, where a capital proves nothing: the reader's "Remember Fanny Brice" (of "“Remember
 * Fanny Brice promised …”") is the curated "Fanny Brice" after the imperative "Remember"; "Mrs.
 * Cyril Ring" stays as read.
 */
function openingWordBefore(sentence: string, from: number, to: number): boolean {
  const word = /^(\p{Lu}\p{Ll}+)\s+$/u.exec(sentence.slice(from, to))?.[1];
  return word !== undefined && !isNameTitle(word) && /(?:^|["“‘(]\s*)$/u.test(sentence.slice(0, from));
}

/** A sentence's mentions resolved against an article's names, each (text, name) once. */
function entitiesIn(ctx: ArticleContext, mentions: readonly RawMention[]): EntityMention[] {
  const entities: EntityMention[] = [];
  for (const m of mentions) {
    const e = resolveMention(ctx, m);
    if (e && !entities.some((x) => x.text === e.text && x.name === e.name)) entities.push(e);
  }
  return entities;
}

/**
 * The same facts as {@link analyzeSentence}, each part worked out when first read: a who question
 * reads a candidate's entities and never needs its dates (chrono, the dearest part), a when
 * question its dates and never the story's names. `entities` gives the sentence's entities (for
 * example {@link LazyArticle.entities}); it is dropped once called.
 *
 * @example
 * const facts = lazyFacts('Tuesday, talks were held.', '2007-07-25', () => []);
 * facts.dates[0]?.start; // → '2007-07-24' (resolved now, then kept)
 */
export function lazyFacts(sentence: string, published: IsoDate, entities: () => EntityMention[], narrative?: () => NarrativeTime | undefined): SentenceFacts {
  let entitiesOf: (() => EntityMention[]) | undefined = entities;
  let found: EntityMention[] | undefined;
  let dates: ResolvedDate[] | undefined;
  let numbers: SentenceFacts['numbers'] | undefined;
  let reason: boolean | undefined;
  // The story's time is worked out only for a sentence that may hold a date.
  const datesOf = (): ResolvedDate[] => (dates ??= mayHoldDate(sentence) ? resolveDates(sentence, published, narrative?.()) : []);
  return {
    get entities(): EntityMention[] {
      if (found === undefined) {
        found = (entitiesOf as () => EntityMention[])();
        entitiesOf = undefined;
      }
      return found;
    },
    get dates(): ResolvedDate[] {
      return datesOf();
    },
    get numbers(): SentenceFacts['numbers'] {
      // A sentence without a number needs no dates for them (chrono, the dearest part).
      return (numbers ??= numbersOutside(sentence, () => spansOf(sentence, datesOf())));
    },
    get hasReason(): boolean {
      return (reason ??= hasReason(sentence));
    },
  };
}

/**
 * The distinct people, organisations and places of a prepared article, with their roles and the
 * aliases seen (surnames written alone are listed once sentences were analysed or from curation).
 *
 * @example
 * articleEntities(prepareArticle({ published: '2007-07-25', people: [], sentences: ['U.S. Ambassador Ryan Crocker spoke.'] }));
 * // → [{ name: 'Ryan Crocker', type: 'person', roles: ['U.S. Ambassador'], aliases: [] }]
 */
export function articleEntities(ctx: ArticleContext): EntitySummary[] {
  const aliases = new Map<string, Set<string>>();
  for (const [short, name] of ctx.shortNames) {
    const k = ctx.known.get(lower(name));
    if (!k || !ctx.seenAlone.has(short)) continue;
    const set = aliases.get(k.name) ?? new Set<string>();
    const original = [...k.aliases].find((a) => lower(a) === short) ?? nameParts(k.name).find((p) => lower(p) === short);
    if (original) set.add(original);
    aliases.set(k.name, set);
  }
  return [...ctx.known.values()].map((k) => ({
    name: k.name,
    type: k.type,
    roles: [...k.roles],
    aliases: [...new Set([...k.aliases, ...(aliases.get(k.name) ?? [])])],
  }));
}

/**
 * Both passes at once over a whole article: facts for every sentence and its distinct entities.
 *
 * @example
 * const { facts, entities } = analyzeArticle({ published: '2007-07-25', people: [], sentences: ['Iran said no Tuesday.'] });
 * facts[0]?.dates[0]?.start; // → '2007-07-24'
 * entities[0]?.name; // → 'Iran'
 */
export function analyzeArticle(input: ArticleFactsInput): { facts: SentenceFacts[]; entities: EntitySummary[] } {
  const ctx = prepareArticle(input);
  const facts = ctx.sentences.map((_, i) => analyzeSentence(ctx, i));
  return { facts, entities: articleEntities(ctx) };
}

/** Sentences of one story asked for lazily before its whole context is worked out for the rest. */
const WHOLE_STORY_AFTER = 3;

/** One sentence's facts on demand, reading only the sentences of its article that bear on them. */
export interface LazyArticle {
  facts(index: number): SentenceFacts;
  /** The `entities` of {@link LazyArticle.facts}, without the rest. */
  entities(index: number): EntityMention[];
  /** The time of the past the story tells of at a sentence, for its dates (see {@link narrativeTimes}). */
  narrativeTime(index: number): NarrativeTime | undefined;
}

/**
 * Lower-case strings standing for the same place, indexed by each of their words: a mention of
 * `U.S.` and one of `United States` fill the same entry of an article's names.
 */
let placeGroups: Map<string, string[]> | undefined;

function placeGroupsByWord(): Map<string, string[]> {
  if (placeGroups) return placeGroups;
  const byName = new Map<string, Set<string>>();
  for (const key of knownPlaceNames()) {
    const name = lower(lookupPlace(key)?.name ?? key);
    const group = byName.get(name) ?? new Set([name]);
    group.add(key);
    byName.set(name, group);
  }
  placeGroups = new Map();
  for (const group of byName.values()) {
    const members = [...group];
    for (const member of members) {
      for (const word of member.split(/\s+/)) {
        const list = placeGroups.get(word) ?? [];
        for (const m of members) if (!list.includes(m)) list.push(m);
        placeGroups.set(word, list);
      }
    }
  }
  return placeGroups;
}

/** Whether the UTF-16 unit at `at` of `text` is a letter or a digit (false past either end). */
function wordCharAt(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  // ASCII, the common case, by its code; anything else as the expression reads the unit alone.
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(text[at] as string);
}

/** Whether `text` (lower case) holds `wanted` not glued to a letter or digit on either side. */
function holdsWord(text: string, wanted: string): boolean {
  for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
    if (!wordCharAt(text, at - 1) && !wordCharAt(text, at + wanted.length)) return true;
  }
  return false;
}

/** Whether `text` (lower case) holds one of `words` (see {@link holdsWord}). */
function holdsAnyWord(text: string, words: readonly string[]): boolean {
  for (const word of words) if (holdsWord(text, word)) return true;
  return false;
}

/**
 * The facts of one sentence as {@link analyzeSentence} over {@link prepareArticle} of the whole
 * article gives them, reading far fewer sentences: a sentence's entities depend on the article's
 * names only through the entries of the names it mentions, and every mention that can fill such an
 * entry writes one of that name's words (or another name of the same place, from the gazetteer).
 * So only the sentences holding one of those words are read — again with the words of the names
 * they link to, until nothing new is reached. Each sentence's mentions are read once.
 *
 * @example
 * const article = lazyArticle({ published: '2007-07-25', people: [], sentences: [
 *   'State Department spokesman Sean McCormack said no.', 'Talks went on.', 'McCormack said the talks go on.'] });
 * article.facts(2).entities[0]; // → { text: 'McCormack', name: 'Sean McCormack', type: 'person', role: 'State Department spokesman' }
 */
export function lazyArticle(input: ArticleFactsInput): LazyArticle {
  const sentences = [...input.sentences];
  const read: (readonly RawMention[] | undefined)[] = [];
  const lowered: (string | undefined)[] = [];
  const reader = mentionReader(input);
  const mentionsOf = (j: number): readonly RawMention[] => (read[j] ??= reader(j));
  const lowerOf = (j: number): string => (lowered[j] ??= lower(sentences[j] ?? ''));
  const groups = placeGroupsByWord();
  // Once several sentences of the story were asked for, or one needed most of it, the whole
  // story's context (the same as prepareArticle's, from the mentions already read) serves the rest.
  let whole: ArticleContext | undefined;
  let asked = 0;
  /** A context that resolves the sentence's names as the whole story's does (the whole story's, or the few sentences that bear on them). */
  const contextFor = (index: number): ArticleContext => {
    const own = mentionsOf(index);
    if (whole || ++asked > WHOLE_STORY_AFTER) {
      whole ??= contextOver(input, mentionsOf, () => true);
      return whole;
    }
    const wanted = new Set<string>();
    const want = (name: string): void => {
      const written = name.split(/\s+/).filter((w) => w !== '');
      // A lower-case word beside a capitalised one (`of` in `Department of State`) is no name of
      // its own, and every mention of the name writes the capitalised word too: wanting `of`
      // would read nearly every sentence.
      const capitalised = written.some((w) => w !== lower(w));
      for (const w of written) {
        const word = lower(w);
        if ((capitalised && w === word) || wanted.has(word)) continue;
        wanted.add(word);
        for (const member of groups.get(word) ?? []) wanted.add(member);
      }
    };
    for (const m of own) want(m.text);
    // A sentence holding a wanted word stays relevant as more words are wanted: each round tests
    // only the words added since the last one, on the sentences not yet found.
    const relevant = sentences.map((_, j) => j === index);
    let tested = 0;
    let found = 1;
    for (;;) {
      const words = [...wanted].slice(tested);
      tested += words.length;
      for (let j = 0; j < sentences.length; j++) {
        if (!relevant[j] && holdsAnyWord(lowerOf(j), words)) {
          relevant[j] = true;
          found++;
        }
      }
      if (2 * found > sentences.length) {
        whole = contextOver(input, mentionsOf, () => true);
        return whole;
      }
      const ctx = contextOver(input, mentionsOf, (j) => relevant[j] ?? false);
      const before = wanted.size;
      for (const m of own) {
        const key = lower(m.text);
        const alias = ctx.shortNames.get(key);
        if (alias !== undefined) want(alias);
        for (const k of [ctx.known.get(key), alias === undefined ? undefined : ctx.known.get(lower(alias))]) {
          if (!k) continue;
          want(k.name);
          for (const a of k.aliases) want(a);
        }
      }
      if (wanted.size === before) return ctx;
    }
  };
  let narrative: (NarrativeTime | undefined)[] | undefined;
  const narrativeTime = (index: number): NarrativeTime | undefined => (narrative ??= narrativeTimes(sentences, input.published))[index];
  return {
    facts(index: number): SentenceFacts {
      const sentence = sentences[index];
      if (sentence === undefined) return { entities: [], dates: [], numbers: [], hasReason: false };
      return sentenceFacts(contextFor(index), sentence, mentionsOf(index), narrativeTime(index));
    },
    narrativeTime,
    entities(index: number): EntityMention[] {
      const sentence = sentences[index];
      if (sentence === undefined) return [];
      const ctx = contextFor(index);
      return entitiesIn(ctx, mentionsOf(index));
    },
  };
}
