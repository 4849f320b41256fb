/** "Who is X?" / "What is X?": how a sentence describes X, in the ways news writes a description. */
import { opensWithName } from '../../text/spelling.js';
import { foldAccentsKeepingOffsets } from '../../text/tokenize.js';
import { escapeRegExp, namesAnother } from './shared.js';

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
    // "Ted Slack, a real estate agent" describes Ted Slack, not the Ted Place asked about.
    if (namesAnother(name, subject)) continue;
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

/** Quotation marks around a word: 'A "cattaloe" was …', '"Window," the tinsel paper …'. */
const QUOTES_AFTER = /^["”’']*(,?)["”’']*/;
const QUOTES_BEFORE = /["“‘']+$/;
/** "kwashiorkor -- a protein deficiency --": a description set off by a dash. */
const DASH_AFTER = /^\s*(?:--|—|–)\s*((?:a|an|the|one)\b[^—–;.]*?)\s*(?:--|—|–|[;.]|$)/i;
/** "malocclusion, or a bad fit,": an apposition giving a plainer word. */
const OR_AFTER = /^,\s+or\s+((?:a|an|the)\b[^,;]*?)\s*(?:[,;]|\.(?:\s|$)|$)/i;
/** "the oud, grandfather of the lute,": a noun and its "of", set off by commas. */
const NOUN_OF_AFTER = /^,\s+(([a-z][a-z-]*)\s+of\b[^,;]*?)\s*(?:[,;]|\.(?:\s|$)|$)/;
/** "a new skin patch called Viaskin": the thing a name is given to, written before it. */
const CALLED_BEFORE = /((?:[Aa]n?|[Tt]he)\s+[^,;:.()"“”]*?)\s+(?:called|named|known as|dubbed|termed)\s+(?:the\s+)?$/;
/** ", the millers said": who said the sentence, set off like an apposition. */
const SPEAKER_TAG = /\s(?:said|says|say|added|adds|reported|reports|told|wrote|writes|noted|notes|explained|argued|insisted|stated)$/;
/** "a childhood menace is X", "Y was the first X", "Y was a X": the thing after a copula, what the sentence's subject is. */
const COPULA_BEFORE = /\b(?:is|was|are|were|became|remains)\s+(?:(?:also|now|still|once)\s+)?(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,3})?$/i;
/**
 * "her main point, that the harbour must stay open": a clause set off by a comma and opened by
 * "that" says what the noun before it holds (a content clause; a relative "that" takes no comma).
 */
const CONTENT_CLAUSE_AFTER = /^,\s+that\s+\S/i;
/** "X is …", "X was designed …": a statement of what X is or was, not denied ("X is not …"). */
const THING_COPULA_AFTER = /^\s+(?:is|was|are|were|has been|had been|became|becomes|remains)\s+(?!not\b|never\b)(\S[^,;.]*)/i;
/** "petrology (the study of rocks)": a description in brackets right after X. */
const BRACKET_AFTER = /^\s*\(([^()]*[a-z][^()]*)\)/;
/** "The Computer Science Network (CSNET) was …": X in brackets after its full name; what follows them is said of X. */
const IN_BRACKETS = { before: /\(\s*$/, after: /^\s*\)/ };
/** "(real name: Fabian Forte)", "Signs: reddish hair": a label and its value. */
const LABEL_BEFORE = /(?:^|[(,;])\s*$/;
const COLON_AFTER = /^\s*:\s*([^\s;:()][^;:()]*?)\s*(?:[;()]|\.(?:\s|$)|$)/;

/**
 * How a sentence describes the thing a definitional "what is X" asks about (its words, lower case;
 * the last its head noun), in the ways news writes a description: a copula ("X is a …", "X was
 * designed …"), an apposition ("X, a growth-stunting disease,", "X, or a bad fit,", "X, grandfather
 * of the lute,", "X — a …", "X, which …", "X (the study of rocks)"), a label's value ("X: …"), a
 * name given ("a new skin patch called X"), X as what the sentence's subject is ("a childhood
 * menace is X", "Y was the first X"), or a clause that says what X holds ("her main point, that …").
 * `{ description }` when the sentence describes X, with the description where the sentence writes
 * one; undefined when the sentence only mentions X ("tensions over X and …"), or describes only
 * another thing the question names ("Iran is …" for "Iran's program").
 *
 * @example
 * describesThing('The oud, grandfather of the lute, is heard there.', ['oud'], isNoun); // { description: 'oud, grandfather of the lute' }
 * describesThing('Talks stalled over the oud and the lute.', ['oud'], isNoun); // undefined
 */
export function describesThing(sentence: string, thing: readonly string[], isNoun?: (word: string) => boolean | undefined): { description?: string } | undefined {
  const head = thing[thing.length - 1];
  if (head === undefined) return undefined;
  const alternatives = thing.map(escapeRegExp).join('|');
  const span = new RegExp(`\\b(?:${alternatives})(?:\\s+(?:${alternatives}))*\\b`, 'gi');
  for (const match of foldAccentsKeepingOffsets(sentence).matchAll(span)) {
    // The thing itself: the span ends in its head noun ("nuclear program", not "Iran" of "Iran's").
    if (match[0].toLowerCase().split(/\s+/).at(-1) !== head) continue;
    const written = sentence.slice(match.index, match.index + match[0].length);
    let after = sentence.slice(match.index + written.length).replace(QUOTES_AFTER, '$1');
    let before = sentence.slice(0, match.index).replace(QUOTES_BEFORE, '');
    if (IN_BRACKETS.before.test(before) && IN_BRACKETS.after.test(after)) {
      after = after.replace(IN_BRACKETS.after, '');
      before = before.replace(/\s*\(\s*$/, '');
    }
    const apposition = APPOSITION_AFTER.exec(after);
    const nounOf = NOUN_OF_AFTER.exec(after);
    const described =
      THING_COPULA_AFTER.exec(after)?.[1] ??
      BRACKET_AFTER.exec(after)?.[1] ??
      (apposition?.[1] && !beforeName(after, apposition[0]) && !SPEAKER_TAG.test(apposition[1]) ? apposition[1] : undefined) ??
      OR_AFTER.exec(after)?.[1] ??
      DASH_AFTER.exec(after)?.[1] ??
      (nounOf?.[2] && isNoun?.(nounOf[2]) === true ? nounOf[1] : undefined);
    if (described) return { description: `${written}, ${shorten(described)}` };
    // (A label opens its own bracket or phrase: "(real name: …", not "a picture window: you see …".)
    const value = LABEL_BEFORE.test(before) ? COLON_AFTER.exec(after)?.[1] : undefined;
    if (value) return { description: `${written}: ${shorten(value)}` };
    const called = CALLED_BEFORE.exec(before)?.[1];
    if (called) return { description: `${written}, ${shorten(called.replace(/^(?:An?|The)\b/, (article) => article.toLowerCase()))}` };
    if (COPULA_BEFORE.test(before)) return {};
    // (The clause is often long: the sentence itself shows it, rather than a description cut short.)
    if (CONTENT_CLAUSE_AFTER.test(after)) return {};
  }
  return undefined;
}
