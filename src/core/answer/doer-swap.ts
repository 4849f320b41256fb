/**
 * Whether a sentence gives the question's verb to another doer than the one the question names:
 * "when did the united states resume nuclear testing" is not answered by "Until Moscow resumed
 * nuclear testing last September 1, …" — Moscow resumed it, the sentence says nothing of when the
 * United States did.
 */
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { QueryGroup } from './query-terms.js';

/** Auxiliaries of an active question whose subject comes next: "when did X resume …", "has X signed …". */
const ACTIVE_AUXILIARY = /^(?:did|does|do|will|would|could|can|should|might|has|have|had)$/;
/** Words that may open a question before its auxiliary: "when", "how many passengers", "in what year". */
const QUESTION_OPENING = 4;
/** An article opens the noun phrase it belongs to. */
const ARTICLE = /^(?:the|a|an)$/;
/** Forms of "be" right before a verb: a passive, whose subject is not its doer. */
const BE = /^(?:was|were|is|are|be|been|being)$/;
/** Words between a subject and its verb: "had", "also", "quickly". */
const BETWEEN = /^(?:had|has|have|would|could|will|did|does|also|then|soon|quickly|\p{L}+ly)$/u;
/** Words of a subject read at most, back from its verb. */
const SUBJECT_WORDS = 8;

/** The doer a question names and the verb it gives it: "when did the united states resume …" → ([united, states], resume). */
export interface AskedDoer {
  /** Stems of the doer's words and of the words they matched ("america" → america, …). */
  doer: ReadonlySet<string>;
  /** Stems of the verb and of the words it matched. */
  verb: ReadonlySet<string>;
}

/**
 * The stems of a question word and of the words its group matched as closely as the word itself:
 * its lemma, a curated synonym, a spelling. WordNet's looser synonyms ("get" → "have", "become")
 * would find the verb where the sentence does something else.
 */
function stemsOf(word: string, stem: string, groups: readonly QueryGroup[]): Set<string> {
  const stems = new Set([stem]);
  for (const group of groups) {
    if (group.word !== word) continue;
    for (const alternative of group.alternatives) if (alternative.via !== 'wordnet' || alternative.weight >= 1) for (const t of tokenize(alternative.word)) stems.add(t.stem);
  }
  return stems;
}

/**
 * The named doer of an active question and its verb: after the auxiliary ("did", "has", …) a run
 * of names (`isNameWord`, with "the", "and" between them), then the verb. Undefined when the
 * question has no such auxiliary near its start, names no one there ("when did the price rise"),
 * asks for the doer itself ("who resumed testing"), or, with `isVerb`, the word after the names is
 * no verb ("why did the albany hospital bar …": the subject goes on past the name).
 *
 * @example
 * askedDoer('when did the united states resume nuclear testing', groups, isNameWord); // { doer: {unit, state}, verb: {resum, …} }
 */
export function askedDoer(question: string, groups: readonly QueryGroup[], isNameWord: (word: string) => boolean, isVerb?: (word: string) => boolean): AskedDoer | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex((t, i) => i > 0 && i <= QUESTION_OPENING && ACTIVE_AUXILIARY.test(t.word));
  if (at < 0) return undefined;
  const doer: Token[] = [];
  let i = at + 1;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (STOPWORDS.has(t.word)) continue;
    if (!isNameWord(t.word)) break;
    doer.push(t);
  }
  const verb = tokens[i];
  // ("why did the albany hospital bar …": a noun after the names is still the subject, not its verb.)
  if (doer.length === 0 || verb === undefined || isVerb?.(verb.word) === false) return undefined;
  const doerStems = new Set<string>();
  for (const t of doer) for (const s of stemsOf(t.word, t.stem, groups)) doerStems.add(s);
  return { doer: doerStems, verb: stemsOf(verb.word, verb.stem, groups) };
}

/**
 * The subject of each active use of one of `verb` in a sentence, back to where its clause opens:
 * "Until Moscow resumed nuclear testing" → [Moscow]. A passive ("was resumed") has none.
 */
function subjects(tokens: readonly Token[], sentence: string, verb: ReadonlySet<string>): Token[][] {
  const gap = (a: Token, b: Token): string => sentence.slice(a.end, b.start);
  const found: Token[][] = [];
  tokens.forEach((t, at) => {
    if (at === 0 || t.capitalized || !verb.has(t.stem)) return;
    let k = at - 1;
    while (k >= 0 && BETWEEN.test((tokens[k] as Token).word) && /^\s+$/.test(gap(tokens[k] as Token, tokens[k + 1] as Token))) k--;
    // The subject's head stands right before its verb, a name written with a capital: "Until Moscow
    // resumed", "the Soviet Union resumed" — not a date ("on May 10 toured"), a common noun, or a
    // name set off by a comma ("Rayburn, after talks with Kennedy, decided").
    const head = tokens[k];
    if (head === undefined || BE.test(head.word) || !head.capitalized || !/^\s+$/.test(gap(head, tokens[k + 1] as Token))) return;
    // The noun phrase right before the verb: its words back to an article, a word of another kind
    // ("to", "of", "until": the phrase is no subject past them) or punctuation.
    const span: Token[] = [];
    for (let i = k; i >= 0 && span.length < SUBJECT_WORDS; i--) {
      const token = tokens[i] as Token;
      const article = ARTICLE.test(token.word);
      if (STOPWORDS.has(token.word) && !article) break;
      span.unshift(token);
      const before = tokens[i - 1];
      if (article || (before !== undefined && /[^\s'’-]/.test(gap(before, token)))) break;
    }
    if (span.length > 0) found.push(span);
  });
  return found;
}

/**
 * Whether the sentence gives the question's verb to another named doer: some active use of the
 * verb has for subject a name (a capitalised word past the sentence's first, or a first word
 * `isNameWord` knows as a name) right before it that is none of the question's words, and no use
 * of it has the question's doer for subject. A sentence whose verb has a pronoun or a common noun
 * for subject ("he resumed", "officials resumed"), or no subject it can read, is not judged.
 *
 * @example
 * doerSwapped(asked, 'Until Moscow resumed nuclear testing last September 1, talks went on.', stems, isNameWord); // true
 * doerSwapped(asked, 'The United States resumed nuclear testing in April.', stems, isNameWord); // false
 */
export function doerSwapped(asked: AskedDoer, sentence: string, questionStems: ReadonlySet<string>, isNameWord: (word: string) => boolean): boolean {
  const tokens = tokenize(sentence);
  const spans = subjects(tokens, sentence, asked.verb);
  if (spans.length === 0) return false;
  if (spans.some((span) => span.some((t) => asked.doer.has(t.stem)))) return false;
  const first = tokens[0];
  const foreignName = (t: Token): boolean =>
    // ("We've sold …": a pronoun's contraction is no name.)
    t.capitalized && !STOPWORDS.has(t.word) && !/['’](?:ve|ll|re|d|m)$/i.test(sentence.slice(t.start, t.end)) && (t !== first || isNameWord(t.word)) && !questionStems.has(t.stem);
  return spans.some((span) => span.some(foreignName));
}
