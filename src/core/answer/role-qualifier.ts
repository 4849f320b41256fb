/**
 * Whether a sentence gives the office a "who is the <qualifier> <office>" question asks for only
 * with another qualifier of the same kind: "who is the catholic archbishop of york" is not answered
 * by "… the Anglican Archbishop of York, Dr. Ramsey": he holds the office the question names, but
 * not as the Catholic the question asks for.
 */
import { ROLE_NOUNS } from '../facts/extract-entities.js';
import { QUESTION_FILLER, STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { WordVectors } from '../text/word-vectors.js';
// Two qualifiers are of one kind at the closeness at which the features read two names as of one
// kind ("catholic" and "anglican" 0.75, "new" and "lutheran" 0.22).
import { SAME_KIND } from './features.js';

/** What a "who is the …" question asks for: the office's stem, the words before it, and those of its body after "of". */
export interface QualifiedOffice {
  office: string;
  /** Stems of the words written before the office ("catholic"). */
  qualifiers: readonly string[];
  /** The qualifiers as written, for their word vectors and how English writes them. */
  qualifierWords: readonly string[];
  /** Stems of the content words after the office ("york"). */
  body: ReadonlySet<string>;
}

/** "who is the …", "who was the …", "who are the …". */
const WHO_IS_THE = /^who\s+(?:is|was|are|were|'s)\s+(?:the|a|an)\s+/i;
/** Words of a qualifier read at most, back from the office. */
const QUALIFIER_WORDS = 3;

const content = (t: Token): boolean => !STOPWORDS.has(t.word) && !QUESTION_FILLER.has(t.word);

/**
 * The office a "who is the <qualifier> <office> [of <body>]" question asks for, with its
 * qualifiers; undefined when the question is no such question, or writes nothing before the office.
 * The office is the last word before "of" (or the question's last word), a role noun or, by the
 * lexicon, a kind of person.
 *
 * @example
 * qualifiedOffice('who is the catholic archbishop of york', isPersonNoun); // { office: 'archbishop', qualifiers: ['cathol'], body: {york} }
 * qualifiedOffice('who is the archbishop of york', isPersonNoun); // undefined
 */
export function qualifiedOffice(question: string, isPersonNoun: (word: string) => boolean): QualifiedOffice | undefined {
  const opening = WHO_IS_THE.exec(question.trim());
  if (!opening) return undefined;
  const tokens = tokenize(question.trim().slice(opening[0].length));
  const of = tokens.findIndex((t) => t.word === 'of');
  const at = (of < 0 ? tokens.length : of) - 1;
  const office = tokens[at];
  if (office === undefined || at === 0 || !(ROLE_NOUNS.has(office.word) || isPersonNoun(office.word))) return undefined;
  const before = tokens.slice(0, at).filter(content);
  if (before.length === 0) return undefined;
  return {
    office: office.stem,
    qualifiers: before.map((t) => t.stem),
    qualifierWords: before.map((t) => t.word),
    body: new Set(of < 0 ? [] : tokens.slice(of + 1).filter(content).map((t) => t.stem)),
  };
}

/**
 * Whether the sentence writes the asked office only with another qualifier of the qualifiers' kind:
 * some mention of the office (of the asked body, when the question names one) has right before it a
 * word written with a capital, one English writes with a capital ("Anglican"), whose word vector is
 * close to an asked qualifier's ("catholic") that the mention lacks; and no mention of the office
 * of that body writes every asked qualifier ("the Roman Catholic Archbishop of York" answers).
 *
 * @example
 * qualifierContradicted(asked, 'They heard the Catholic Archbishop of Liverpool and the Anglican Archbishop of York, Dr. Ramsey.', …); // true
 */
export function qualifierContradicted(asked: QualifiedOffice, sentence: string, vectors: WordVectors | undefined, writtenAsName: (word: string) => boolean): boolean {
  if (vectors === undefined) return false;
  const tokens = tokenize(sentence);
  let contradicted = false;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).stem !== asked.office) continue;
    // The body the mention is "of": up to punctuation.
    const rest = sentence.slice((tokens[i] as Token).end);
    const body = /^\s+of\s+([^,;:()]+)/.exec(rest)?.[1];
    const bodyStems = body === undefined ? [] : tokenize(body).filter(content).map((t) => t.stem);
    // "the Catholic Archbishop of Liverpool" is of another body: neither the asked office nor a contradiction of it.
    if (asked.body.size > 0 && bodyStems.length > 0 && !bodyStems.some((stem) => asked.body.has(stem))) continue;
    const run: Token[] = [];
    for (let j = i - 1; j >= 0 && run.length < QUALIFIER_WORDS; j--) {
      const t = tokens[j] as Token;
      if (sentence.slice(t.end, (tokens[j + 1] as Token).start).trim() !== '' || !content(t)) break;
      run.unshift(t);
    }
    const stems = new Set(run.map((t) => t.stem));
    if (asked.qualifiers.every((q) => stems.has(q))) return false;
    const lacking = asked.qualifierWords.filter((_, k) => !stems.has(asked.qualifiers[k] as string));
    const other = run.filter((t) => t.capitalized && t.start > 0 && !asked.qualifiers.includes(t.stem) && writtenAsName(t.word));
    if (other.some((t) => lacking.some((q) => vectors.similarity(vectors.row(q), vectors.row(t.word)) >= SAME_KIND))) contradicted = true;
  }
  return contradicted;
}
