/**
 * The role a "who is the …" question asks for, and whether a person's own role is that role.
 *
 * A role belongs to the person it is written beside: in "Ann Lee, president of the Oak Club; Rev. Tom
 * Ward, pastor of the Elm Church", Ann Lee is no answer to "who is the pastor of the Oak Club", for
 * all that the sentence writes both "pastor" and "Oak Club", and neither is Tom Ward.
 */
import { ROLE_NOUNS } from '../facts/extract-entities.js';
import { QUESTION_FILLER, STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** What "who is the pastor of Temple Beth El" asks for: the role's nouns (`pastor`) and what qualifies it (`temple beth el`). */
export interface AskedRole {
  /** Stems of the role nouns the question writes. */
  nouns: ReadonlySet<string>;
  /** Stems of its other content words: the organisation, place or field of the role. */
  qualifiers: ReadonlySet<string>;
}

/** How a person's role stands to the role asked for. */
export type RoleStanding =
  /** The role is the one asked for. */
  | 'held'
  /** The role is another: another office ("president" for "pastor"), or the same office of another body. */
  | 'other'
  /** The same office, qualified by words the question does not use ("music director" for "director of the gallery"). */
  | 'unsure'
  /** No role, or none that names an office. */
  | 'none';

let roleStems: ReadonlySet<string> | undefined;

/** The stem of every one-word role noun: `ambassadors` and `ambassador` meet. */
function allRoleStems(): ReadonlySet<string> {
  roleStems ??= new Set(
    [...ROLE_NOUNS].flatMap((word) => {
      const tokens = tokenize(word);
      return tokens.length === 1 ? [(tokens[0] as Token).stem] : [];
    }),
  );
  return roleStems;
}

function isRoleStem(stem: string): boolean {
  return allRoleStems().has(stem);
}

/** What turns a word into the one who does it: "chair" → chairman, "direct" → director, "lead" → leader (Porter stems). */
const AGENT_SUFFIX = /^(?:man|woman|person|er|r|or|ist|ant)$/;

/**
 * Whether two role stems name one office: the same stem, or the one who does what the other names
 * ("chair" and "chairman", "direct" and "director"): "who is the chair of the board" asks for its
 * chairman.
 *
 * @example sameOffice('chair', 'chairman'); // true
 * @example sameOffice('chair', 'chief'); // false
 */
export function sameOffice(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(short) && AGENT_SUFFIX.test(long.slice(short.length));
}

/** Whether a role stem is one of the asked nouns, or the same office (see `sameOffice`). */
const asksOffice = (asked: AskedRole, stem: string): boolean => asked.nouns.has(stem) || [...asked.nouns].some((noun) => sameOffice(noun, stem));

const content = (token: Token): boolean => !STOPWORDS.has(token.word) && !QUESTION_FILLER.has(token.word) && token.word !== 'who';

/**
 * The role a question asks for, or `undefined` when it names no role noun.
 *
 * @example
 * askedRole('who is the pastor of temple beth el'); // { nouns: {pastor}, qualifiers: {templ, beth, el} }
 * askedRole('who is singing tonight'); // undefined
 */
export function askedRole(question: string): AskedRole | undefined {
  const tokens = tokenize(question).filter(content);
  const nouns = new Set(tokens.filter((t) => isRoleStem(t.stem)).map((t) => t.stem));
  if (nouns.size === 0) return undefined;
  return { nouns, qualifiers: new Set(tokens.filter((t) => !nouns.has(t.stem)).map((t) => t.stem)) };
}

/**
 * Whether `role` (as written beside a person) is the role asked for.
 *
 * - `held`: it names an office the question names, and no other body than the question's.
 * - `other`: it names only other offices, or the asked office "of" a body the question does not name.
 * - `unsure`: the asked office with words before it the question does not use.
 * - `none`: no role, or no office in it.
 *
 * @example
 * roleStanding('president of the Temple Beth El', askedRole('who is the pastor of temple beth el')); // 'other'
 * roleStanding('Gallery Director', askedRole('who is the director of the national gallery')); // 'held'
 */
export function roleStanding(role: string | undefined, asked: AskedRole): RoleStanding {
  if (!role) return 'none';
  const tokens = tokenize(role);
  const offices = tokens.filter((t) => isRoleStem(t.stem));
  if (offices.length === 0) return 'none';
  if (!offices.some((t) => asksOffice(asked, t.stem))) return 'other';
  if (asked.qualifiers.size === 0) return 'held';
  // "pastor of the Mathewson Street Church" against "pastor of Temple Beth El": whose office it is.
  const of = tokens.findIndex((t) => t.word === 'of');
  const qualifying = (from: number, to: number): Token[] => tokens.slice(from, to).filter((t) => content(t) && !isRoleStem(t.stem));
  const body = of < 0 ? [] : qualifying(of + 1, tokens.length);
  const before = qualifying(0, of < 0 ? tokens.length : of);
  const shared = (ts: readonly Token[]): boolean => ts.some((t) => asked.qualifiers.has(t.stem));
  if (body.length > 0 && !shared(body) && !shared(before)) return 'other';
  if (before.length > 0 && !shared(before) && !shared(body)) return 'unsure';
  return 'held';
}

/**
 * The role a "who <verb> …" question asks for by the verb an office is named after: "who chairs the
 * harbour board" asks for the board's chairman (or chair), "who directs the choir" for its
 * director, "who manages the mill" for its manager — the office nouns whose stem is the verb's, or
 * the verb's with the ending of one who does it. Undefined when no office is made of the verb.
 *
 * @example
 * roleOfDoer('who chairs the harbour board'); // { nouns: {chair, chairman, chairwoman, …}, qualifiers: {harbour, board} }
 * roleOfDoer('who fired the shot'); // undefined
 */
export function roleOfDoer(question: string): AskedRole | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex((t) => t.word === 'who');
  const verb = tokens[at + 1];
  if (at < 0 || verb === undefined || STOPWORDS.has(verb.word) || verb.capitalized) return undefined;
  const nouns = new Set([...allRoleStems()].filter((stem) => sameOffice(stem, verb.stem) && stem.length >= verb.stem.length));
  if (nouns.size === 0) return undefined;
  const rest = tokens.slice(at + 2).filter(content);
  return { nouns, qualifiers: new Set(rest.filter((t) => !isRoleStem(t.stem)).map((t) => t.stem)) };
}

/**
 * The people a "who is the …" question asks for by their role: those whose role holds the office
 * asked for and writes every word that qualifies it, each name once. A curator's role ("harbour
 * master of Port Kell") is often written in no sentence of the story, so no sentence answers the
 * question; the person's profile does.
 *
 * @example
 * roleHolders('who is the harbour master of port kell', [
 *   { name: 'Ada Vint', role: 'harbour master of Port Kell' }, { name: 'Tom Hale', role: 'harbour master of Dunmore' }]); // ['Ada Vint']
 */
export function roleHolders(question: string | AskedRole, people: readonly { name: string; role?: string | undefined }[]): string[] {
  const asked = typeof question === 'string' ? askedRole(question) : question;
  if (!asked) return [];
  const names = new Set<string>();
  // A role that writes no asked office even in part is passed over before it is tokenised: a
  // knowledge base of 10,000 stories lists tens of thousands of people.
  const offices = [...asked.nouns].map((noun) => noun.slice(0, Math.max(3, noun.length - 1)));
  for (const person of people) {
    if (person.role === undefined) continue;
    const lowered = person.role.toLowerCase();
    if (!offices.some((office) => lowered.includes(office)) || roleStanding(person.role, asked) !== 'held') continue;
    const written = new Set(tokenize(person.role).map((t) => t.stem));
    if ([...asked.qualifiers].every((q) => written.has(q))) names.add(person.name);
  }
  return [...names];
}
