/** "Who is X?" / "What is X?": how a sentence describes X, in the ways news writes a description. */
import { opensWithName } from '../../text/spelling.js';
import { foldAccentsKeepingOffsets } from '../../text/tokenize.js';
import { escapeRegExp } from './shared.js';

/** "X is a …", "X was one of …", "X has been the …": a copula that introduces a description. */
const COPULA_AFTER = /^\s+(?:is|was|are|were|has been|had been|became|becomes|remains)\s+(?:(?:also|now|still|once)\s+)?((?:a|an|the|one|his|her|their|its|our)\b[^,;.]*)/i;
/** "X, the Podger cat,", "X, who …", "X, as house manager,": an apposition opened by a determiner, a relative pronoun or "as". */
const APPOSITION_AFTER = /^,\s+((?:a|an|the|his|her|their|its|our|who|which|one|now|then|once|formerly|as(?!\s+\w+ing\b))\b[^,;]*?)\s*(?:[,;]|\.(?:\s|$)|$)/i;
/** ", president of the club,": an apposition opened by a word for a kind of person. */
const ROLE_AFTER = /^,\s+(([a-z][a-z-]*)\b[^,;]*?)\s*(?:[,;]|\.(?:\s|$)|$)/;
/**
 * "German scientist Willy Fiedler", "her pianist, John Wustman", "the good man, John Proctor": a
 * word for a kind of person just before the name (and its first names), with a capitalised word
 * before it ("German", "Vatican").
 */
const ROLE_BEFORE = /((?:[A-Z][\w'’-]*\s+)?([A-Za-z][a-z-]*)),?\s+(?:[A-Z][\w.'’-]*\s+)*$/;
/** "the good man, John Proctor,": an article, up to two words and the noun, set off by a comma. */
const ARTICLE_ROLE_BEFORE = /((?:[Tt]he|[Aa]n?)\s+(?:[a-z][a-z-]*\s+){0,2}([a-z][a-z-]*)),\s+(?:[A-Z][\w.'’-]*\s+)*$/;
/** Capitalised words right after a name: the rest of it. */
const FOLLOWING_CAPITALS = /^(?:\s+\p{Lu}[\p{L}'’.-]*)*/u;
/** Words of a description kept for a short answer. */
const MAX_DESCRIPTION_WORDS = 14;

/**
 * An apposition set off by commas with a name right after it describes that name, in a list of
 * people each introduced by what they are: "a medical man, Dr. Aterman, a biophysicist, Mr.
 * Berkely": "a biophysicist" is Berkely, not Aterman.
 */
const beforeName = (after: string, apposition: string): boolean => apposition.endsWith(',') && opensWithName(after.slice(apposition.length));

const shorten = (text: string): string => text.trim().split(/\s+/).slice(0, MAX_DESCRIPTION_WORDS).join(' ');

/**
 * How a sentence describes the subject of "who is X" / "what is X" (its words, lower case): an
 * apposition ("Ann Lee, the new harbor master, said"), a copula ("Ann Lee is a retired judge"), or
 * a word for a kind of person just before or after the name ("harbor master Ann Lee", "her
 * pianist, Ann Lee", "Ann Lee, president of the club"). Undefined when the sentence only mentions X.
 *
 * @example
 * describedAs('Ann Lee, the new harbor master, cut the ribbon.', ['ann', 'lee']); // 'Ann Lee, the new harbor master'
 * describedAs('The crowd cheered Ann Lee.', ['ann', 'lee']); // undefined
 */
export function describedAs(sentence: string, subject: readonly string[], isPersonNoun?: (word: string) => boolean): string | undefined {
  if (subject.length === 0) return undefined;
  const alternatives = subject.map(escapeRegExp).join('|');
  const span = new RegExp(`\\b(?:${alternatives})(?:\\s+(?:${alternatives}))*\\b`, 'gi');
  // The subject's words come folded ("jose perez"); so is the copy searched, offsets unchanged.
  for (const match of foldAccentsKeepingOffsets(sentence).matchAll(span)) {
    // The name as the sentence writes it, with the capitalised words that follow ("Juan Bosch" for "juan bosh").
    const written = sentence.slice(match.index, match.index + match[0].length);
    const name = written + (FOLLOWING_CAPITALS.exec(sentence.slice(match.index + written.length))?.[0] ?? '');
    const after = sentence.slice(match.index + name.length);
    const apposition = APPOSITION_AFTER.exec(after);
    const described = COPULA_AFTER.exec(after)?.[1] ?? (apposition && !beforeName(after, apposition[0]) ? apposition[1] : undefined);
    if (described) return `${name}, ${shorten(described)}`;
    if (!isPersonNoun) continue;
    const role = ROLE_AFTER.exec(after);
    if (role?.[1] && role[2] && isPersonNoun(role[2]) && !beforeName(after, role[0])) return `${name}, ${shorten(role[1])}`;
    const preceding = sentence.slice(0, match.index);
    const withArticle = ARTICLE_ROLE_BEFORE.exec(preceding);
    const before = withArticle?.[2] && isPersonNoun(withArticle[2]) ? withArticle : ROLE_BEFORE.exec(preceding);
    if (before?.[1] && before[2] && isPersonNoun(before[2].toLowerCase())) return `${name}, ${shorten(before[1])}`;
  }
  return undefined;
}
