/**
 * Mistakes a curator can make in a knowledge file's people list that still leave a valid file: a
 * name the story never writes (a typo, or a person pasted from another story), the same person
 * listed twice, a common noun listed as a person. `npm run validate` shows them as warnings.
 */
import { hasOrganisationHead, isOrgTail } from '../facts/extract-entities.js';
import { isHonorific } from '../text/spelling.js';
import { foldAccentsKeepingOffsets } from '../text/tokenize.js';
import type { Article } from '../types.js';
import { sameOne, titlesLeftOut } from '../knowledge-base.js';

export interface CurationWarning {
  /** The person entry's name, as the file writes it. */
  name: string;
  kind: 'duplicate' | 'not-a-name' | 'not-written' | 'no-people';
  message: string;
}

/** Lower case without accents: "José" and "jose" are one spelling to a reader checking names. */
function fold(text: string): string {
  return foldAccentsKeepingOffsets(text.toLowerCase());
}

/** Whether `text` (folded) writes `form` (folded) as whole words. */
function writes(text: string, form: string): boolean {
  if (form === '') return false;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + form.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/** How many times `text` (folded) writes `form` (folded) as whole words. */
function timesWritten(text: string, form: string): number {
  let count = 0;
  if (form === '') return 0;
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + form.length))) count++;
  }
  return count;
}

/**
 * What the longer of two names adds after the shorter one, when the story also writes that on its own
 * ("Malraux" of "Vincent Berger Malraux" beside "Vincent Berger", in a story that writes "Malraux"
 * elsewhere too): then the longer may be the shorter and the next name run together ("For the figure
 * of Vincent Berger Malraux has drawn …"), not the same person written in full. Undefined otherwise.
 */
function runTogether(a: string, b: string, body: string): string | undefined {
  const [shorter, longer] = a.split(/\s+/).length <= b.split(/\s+/).length ? [a, b] : [b, a];
  const ws = shorter.split(/\s+/);
  const wl = longer.split(/\s+/);
  // (A full name already, "Vincent Berger": "Paula" / "Paula Vask" is a given name and its surname.)
  if (ws.length < 2 || ws.length >= wl.length || !ws.every((w, i) => fold(w) === fold(wl[i] ?? ''))) return undefined;
  const rest = wl.slice(ws.length).join(' ');
  return /^\p{Lu}/u.test(rest) && timesWritten(body, fold(rest)) > timesWritten(body, fold(longer)) ? rest : undefined;
}

/** Words that open a clause before a verb of saying and name no one: "He said", "The report said" has none. */
const NO_ONE = /^(?:i|he|she|it|we|they|you|this|that|these|those|the|a|an|and|but|or|so|then|who|which|what|one|someone|everyone|nobody|no|yes|here|there|when|while|as|if)$/i;

/** A capitalised name of up to three words right before a verb of saying: "Eden declared", "Sir Ann Vale said". */
const SPEAKER_BEFORE = /(?<![\p{L}\p{M}'’.-])((?:\p{Lu}(?:\.|[\p{L}\p{M}'’-]+)\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]+)\s+(said|says|declared|declares|observed|observes|added|adds|asked|asks|told|tells|replied|replies|insisted|insists|explained|explains|noted|notes|warned|warns)\b/gu;
/** A verb of saying right before a capitalised name: "said Eden", "says Ann Vale". */
const SPEAKER_AFTER = /\b(said|says|asked|replied|added)\s+(\p{Lu}(?:\.|[\p{L}\p{M}'’-]+)(?:\s+\p{Lu}(?:\.|[\p{L}\p{M}'’-]+)){0,2})/gu;

/** The names a story quotes ("Eden declared", "said Ann Vale"), each with the words that show it, in the story's order. */
function quotedSpeakers(paragraphs: readonly string[]): Array<{ name: string; shown: string }> {
  const found = new Map<string, string>();
  const add = (name: string, shown: string): void => {
    const words = name.split(/\s+/);
    while (words.length > 0 && NO_ONE.test(words[0] ?? '')) words.shift();
    if (words.length > 0 && !found.has(words.join(' '))) found.set(words.join(' '), shown);
  };
  for (const paragraph of paragraphs) {
    for (const m of paragraph.matchAll(SPEAKER_BEFORE)) add(m[1] ?? '', m[0]);
    for (const m of paragraph.matchAll(SPEAKER_AFTER)) add(m[2] ?? '', m[0]);
  }
  return [...found].map(([name, shown]) => ({ name, shown }));
}

/** "X & Co.", "X and company": someone named with the people around them. */
const AND_COMPANY = /^(.+?)\s+(?:&|and)\s+(?:co\.?|company)$/i;

/** A given name this short is often a short form of a longer one ("Joe" of "Joseph", "Ed" of "Edward"). */
const SHORT_FORM_LENGTH = 4;

/**
 * Whether two entries read as one person written two ways: the bare surname of the other
 * ("Vask" / "Joseph Vask"), the first names of the other ("Ann" / "Ann Vask", "Ann Lee" / "Ann Lee
 * Vask"), a word inside the other's name ("Bo" / "Sparky Bo Lindell"), or the same surname with given names that agree — an initial ("J."),
 * a short form sharing its first two letters ("Joe" / "Joseph"), or a middle name or initial more
 * ("Tom R. Ward" / "Tom Ward"); or the same name with its last word in the plural ("District
 * Court" / "District Courts"). Other given names are other people (a family).
 */
function writtenAnotherWay(a: string, b: string): boolean {
  const wa = fold(a).split(/\s+/);
  const wb = fold(b).split(/\s+/);
  // "John Wiley & Sons" / "Wiley & Sons", "Wiley & Sons" / "Wiley & Sons Ltd.": one firm of two
  // names joined by "&", written once with a given name more before it, or a word more after it
  // that is no body's head of its own ("Wiley & Sons Foundation" is another body).
  const joined = (ws: readonly string[]): boolean => ws.slice(1, -1).some((w) => w === '&' || w === 'and');
  if (joined(wa) && joined(wb) && wa.length !== wb.length) {
    const [few, many, manyName] = wa.length < wb.length ? [wa, wb, b] : [wb, wa, a];
    const at = (from: number): boolean => few.every((w, i) => w === many[from + i]);
    const added = manyName.split(/\s+/);
    if (at(many.length - few.length)) return added.slice(0, many.length - few.length).every((w) => /^\p{Lu}/u.test(w)) && !hasOrganisationHead(added.slice(0, many.length - few.length));
    // (A legal form after it, "Ltd.", is the same firm's; a head of its own, "Foundation", another body's.)
    if (at(0)) return added.slice(few.length).every((w) => isOrgTail(w) || isOrgTail(w.replace(/,$/, ''))) || !hasOrganisationHead(added.slice(few.length));
    return false;
  }
  // "Mr. Borden" and "Mrs. Borden" are two people; "Brown & Sharpe" is a firm, not Mr. Sharpe.
  if ([...wa, ...wb].some((w) => isHonorific(w) || w === '&' || w === 'and')) return false;
  const lastA = wa[wa.length - 1] ?? '';
  // "Paula" / "Paula Sandburg", "Miriam Noel" / "Miriam Noel Wright": a person's name written in full
  // once and by its first names elsewhere (not a firm's: "Ford" / "Ford Motor Company").
  const [shorter, longer] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  const firm = hasOrganisationHead(a.split(/\s+/)) || hasOrganisationHead(b.split(/\s+/));
  if (!firm && shorter.length < longer.length && shorter.every((w, i) => w === longer[i]) && (shorter[0] ?? '').replace(/\.$/, '').length > 1) return true;
  // "Royal Academy" / "Royal Academy of Music": a body's name written short, itself a body's name.
  const shortName = (wa.length <= wb.length ? a : b).split(/\s+/);
  // ("Kent County" / "Kent County Memorial Hospital": what the longer adds has a body's word of its
  // own, a body inside the other's name, not the other written in full.)
  const added = (wa.length <= wb.length ? b : a).split(/\s+/).slice(shorter.length);
  if (firm && shorter.length >= 2 && shorter.length < longer.length && hasOrganisationHead(shortName) && !hasOrganisationHead(added) && shorter.every((w, i) => w === longer[i])) return true;
  // "District Court" / "District Courts": one body, written once in the plural.
  const lastB = wb[wb.length - 1] ?? '';
  const plural = lastA !== lastB && (lastA === `${lastB}s` || lastB === `${lastA}s` || lastA === `${lastB}es` || lastB === `${lastA}es`);
  if (plural && wa.length === wb.length && wa.slice(0, -1).every((w, i) => w === wb[i])) return true;
  // "Young Frederick Seward" / "Frederick Seward": a person's full name with a word more before it.
  if (!firm && shorter.length >= 2 && shorter.length < longer.length && shorter.every((w, i) => w === longer[longer.length - shorter.length + i])) return true;
  // "Bo" / "Sparky Bo Lindell", "Anne" / "Mary Anne Vask": a one-word entry that is a word inside
  // another's name (a given name after a nickname, a second given name) is that person again.
  if (!firm && shorter.length === 1 && longer.length >= 3 && (shorter[0] ?? '').length > 1 && longer.slice(1, -1).includes(shorter[0] ?? '')) return true;
  // "Herb" / "Herbert", "Jeff" / "Jefferson": a short form of a given name written alone.
  if (wa.length === 1 && wb.length === 1 && lastA !== lastB) {
    const [short, long] = lastA.length <= lastB.length ? [lastA, lastB] : [lastB, lastA];
    return short.length >= 3 && short.length <= SHORT_FORM_LENGTH && long.startsWith(short);
  }
  if (lastA === '' || lastA !== lastB) return false;
  if (wa.length === 1 || wb.length === 1) return wa.length !== wb.length;
  // The words between: one may write a middle name or initial more ("Tom R. Ward"), but two that
  // differ there are two names ("University of Colorado Medical School" / "… of Washington …").
  const [fewer, more] = wa.length <= wb.length ? [wa.slice(1, -1), wb.slice(1, -1)] : [wb.slice(1, -1), wa.slice(1, -1)];
  const agrees = (w: string): boolean => more.some((m) => m === w || (w.replace(/\.$/, '').length === 1 && m.charAt(0) === w.charAt(0)) || (m.replace(/\.$/, '').length === 1 && m.charAt(0) === w.charAt(0)));
  if (!fewer.every(agrees)) return false;
  const ga = (wa[0] ?? '').replace(/\.$/, '');
  const gb = (wb[0] ?? '').replace(/\.$/, '');
  if (ga === gb) return true;
  if (ga.length === 1 || gb.length === 1) return ga.charAt(0) === gb.charAt(0);
  return ga.slice(0, 2) === gb.slice(0, 2) && Math.min(ga.length, gb.length) <= SHORT_FORM_LENGTH;
}

/**
 * The warnings for one article's people list.
 *
 * @example
 * curationWarnings({ …, people: [{ name: 'Zed Quill' }], paragraphs: ['Ann Lee spoke.'] });
 * // [{ name: 'Zed Quill', kind: 'not-written', message: '"Zed Quill" is not written in the story, nor any alias of it: check the spelling, or remove the entry' }]
 */
export function curationWarnings(article: Pick<Article, 'people' | 'paragraphs'>): CurationWarning[] {
  const body = fold(article.paragraphs.join('\n'));
  const warnings: CurationWarning[] = [];
  const listed = new Map<string, string>();
  for (const person of article.people) {
    const name = person.name.trim();
    const key = fold(name);
    const earlier = listed.get(key);
    if (earlier !== undefined) {
      // The first entry already says what else is wrong with the name.
      warnings.push({ name, kind: 'duplicate', message: `"${name}" is listed twice: keep one entry and merge their roles and aliases` });
      continue;
    } else {
      const aliasOf = article.people.find((other) => other !== person && (other.aliases ?? []).some((alias) => fold(alias) === key));
      // Else an earlier entry that reads as the same person written another way.
      const same = aliasOf ?? article.people.slice(0, article.people.indexOf(person)).find((other) => fold(other.name.trim()) !== key && writtenAnotherWay(name, other.name.trim()));
      // "Vask & Co." beside "Vask": the person and those around them ("and company"), no one of its own.
      const company = AND_COMPANY.exec(name)?.[1];
      const withCompany = company === undefined ? undefined : article.people.find((other) => other !== person && [other.name, ...(other.aliases ?? [])].some((form) => fold(form.trim()) === fold(company)));
      if (aliasOf) warnings.push({ name, kind: 'duplicate', message: `"${name}" is also an alias of "${aliasOf.name}": one person, listed twice?` });
      else if (withCompany) warnings.push({ name, kind: 'duplicate', message: `"${name}" may be "${withCompany.name}" and others with them, no one of its own: remove the entry, unless it is a firm` });
      // (Two entries whose roles differ have been told apart, as the warning asks.)
      else if (same && !(person.role && same.role && fold(person.role.trim()) !== fold(same.role.trim()))) {
        const rest = runTogether(name, same.name.trim(), body);
        const [shorter, longer] = name.split(/\s+/).length <= same.name.trim().split(/\s+/).length ? [name, same.name.trim()] : [same.name.trim(), name];
        warnings.push({
          name,
          kind: 'duplicate',
          message:
            rest === undefined
              ? `"${name}" may be "${same.name}" listed again: make it an alias of that entry, or give each a role that tells them apart`
              : `"${longer}" may be "${shorter}" and "${rest}" run together (the story writes "${rest}" on its own too): if so, remove "${longer}" (and list "${rest}" if it is someone); if it is "${shorter}" written in full, make one an alias of the other`,
        });
      }
    }
    listed.set(key, name);
    if (!/\p{Lu}/u.test(name)) warnings.push({ name, kind: 'not-a-name', message: `"${name}" has no capital letter: a person's or organisation's name usually has one` });
    // The name, an alias or the surname written anywhere in the story is enough.
    const words = name.split(/\s+/);
    const forms = [name, ...(person.aliases ?? []), ...(words.length > 1 ? [words[words.length - 1] ?? ''] : [])];
    if (!forms.some((form) => writes(body, fold(form.trim())))) {
      warnings.push({ name, kind: 'not-written', message: `"${name}" is not written in the story, nor any alias of it: check the spelling, or remove the entry` });
    }
  }
  // A story that quotes people by name ("Eden declared") with no people listed: ingest proposed none
  // (or the curator emptied the list), and the answers will not know who they are.
  if (article.people.length === 0) {
    const speakers = quotedSpeakers(article.paragraphs);
    if (speakers.length > 0) {
      const named = speakers
        .slice(0, 3)
        .map(({ name, shown }) => `${name} ("${shown}")`)
        .join(', ');
      warnings.push({ name: '', kind: 'no-people', message: `no people listed, though the story quotes ${named}${speakers.length > 3 ? ` and ${speakers.length - 3} more` : ''}: add the people it names` });
    }
  }
  return warnings;
}

/** One file's people list, for warnings that compare files. */
export interface ListedPeople {
  file: string;
  people: Article['people'];
}

/**
 * A name of one word listed in two files with roles that share no word ("Warren", "new man on the
 * patrol" in one story and "American traveller in France" in the next part of it): answers and
 * profiles take them for two people (`/who Warren` shows one and names the other under "Not to be
 * confused with"), as two people of one name in two stories often are. Warned of at the later
 * file, naming the earlier one, so that a curator who means one person gives both roles a word in
 * common. A bare title ("Chairman") tells no one apart and is left out, as profiles leave it.
 *
 * @example
 * splitNameWarnings([{ file: 'a.md', people: [{ name: 'Orla', role: 'harbour pilot' }] }, { file: 'b.md', people: [{ name: 'Orla', role: "the miller's sister" }] }]);
 * // [{ file: 'b.md', name: 'Orla', kind: 'split', message: '"Orla" is also listed in a.md as "harbour pilot", …' }]
 */
export function splitNameWarnings(lists: readonly ListedPeople[]): (Omit<CurationWarning, 'kind'> & { kind: 'split'; file: string })[] {
  const seen = new Map<string, { file: string; role: string }[]>();
  const warnings: (Omit<CurationWarning, 'kind'> & { kind: 'split'; file: string })[] = [];
  for (const { file, people } of lists) {
    for (const person of people) {
      const name = person.name.trim();
      const role = person.role?.trim();
      if (/\s/.test(name) || role === undefined || role === '') continue;
      const earlier = seen.get(fold(name)) ?? [];
      const other = earlier.find((e) => e.file !== file && !sameOne(titlesLeftOut([e.role]), titlesLeftOut([role])));
      if (other !== undefined) {
        warnings.push({
          file,
          name,
          kind: 'split',
          message: `"${name}" is also listed in ${other.file} as "${other.role}", a role that shares no word with "${role}": answers take them for two people; if they are one, give both roles a word in common`,
        });
      }
      seen.set(fold(name), [...earlier, { file, role }]);
    }
  }
  return warnings;
}
