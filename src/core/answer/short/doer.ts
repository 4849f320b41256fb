/**
 * "What drove the Jews into Rome": the subject of the question's verb in the sentence ("the Spanish
 * Inquisition of 1492 drove many Jews into Rome"), or the agent of a passive ("was caused by a fault").
 */
import { STOPWORDS } from '../../text/stopwords.js';
import { tokenize, type Token } from '../../text/tokenize.js';
import { withoutLeadingWords } from './copula.js';
import type { ShortAnswer, ShortAnswerInput } from './shared.js';

/**
 * Words that end the subject before a verb, looking back: a clause opens after them. "What" and
 * "whoever" are the subject of their own clause ("Think of what happened to the mill"): the
 * sentence names no doer there, and "Think of what" is none.
 */
const CLAUSE_OPENER = /^(?:that|which|who|what|whatever|whoever|until|till|when|whenever|because|after|before|while|and|but|or|since|if|although|though|as|where|so)$/;
/** Forms of "be" right before the verb: a passive, whose doer follows "by". */
const BE = /^(?:was|were|is|are|be|been|being)$/;
/** Words between a subject and its verb: "had", "also", "quickly". */
const BETWEEN = /^(?:had|has|have|would|could|will|did|does|also|then|soon|quickly|\p{L}+ly)$/u;
/** Pronouns say nothing of what did it. */
const PRONOUN = /^(?:it|he|she|they|we|i|you|this|that|these|those|there|which|who)$/;
/** Words of a subject shown at most: a longer one tells the reader no more than the sentence. */
const MAX_WORDS = 8;

/**
 * The subject of the question's verb, as the sentence writes it, back to where its clause opens;
 * for a passive, what follows "by". `undefined` when the question has no verb of its own after
 * "what", the sentence does not write it, or the subject is a pronoun, long, or only the question's words.
 *
 * @example
 * doerAnswer({ type: 'what', verbStems: stems('drove'), sentence: 'The colony grew until the great flood of 1890 drove the farmers into town.', … }, 0.8);
 * // { answer: 'the great flood of 1890', fit: 0.8 }
 */
export function doerAnswer(input: ShortAnswerInput, fit: number): ShortAnswer | undefined {
  const { sentence, questionStems, verbStems } = input;
  if (!verbStems?.size) return undefined;
  const tokens = tokenize(sentence);
  const verb = tokens.findIndex((t, i) => i > 0 && !t.capitalized && verbStems.has(t.stem));
  if (verb <= 0) return undefined;
  const gap = (a: Token, b: Token): string => sentence.slice(a.end, b.start);
  let k = verb - 1;
  let passive = false;
  while (k >= 0 && (BE.test((tokens[k] as Token).word) || BETWEEN.test((tokens[k] as Token).word)) && /^\s+$/.test(gap(tokens[k] as Token, tokens[k + 1] as Token))) {
    passive ||= BE.test((tokens[k] as Token).word);
    k--;
  }
  let span: Token[];
  if (passive) {
    const by = tokens.findIndex((t, i) => i > verb && i <= verb + 3 && t.word === 'by');
    if (by < 0) return undefined;
    span = [];
    for (let i = by + 1; i < tokens.length && span.length < MAX_WORDS + 1; i++) {
      const token = tokens[i] as Token;
      if (span.length > 0 && (/[^\s]/.test(gap(tokens[i - 1] as Token, token)) || CLAUSE_OPENER.test(token.word))) break;
      span.push(token);
    }
  } else {
    span = [];
    for (let i = k; i >= 0 && span.length < MAX_WORDS + 1; i--) {
      const token = tokens[i] as Token;
      if (CLAUSE_OPENER.test(token.word) && !token.capitalized) break;
      span.unshift(token);
      const before = tokens[i - 1];
      if (before !== undefined && /[^\s'’-]/.test(gap(before, token))) break;
    }
  }
  const asked = upToAskedNoun(span, input);
  if (asked === undefined) return undefined;
  span = asked;
  const first = span[0];
  const last = span[span.length - 1];
  if (first === undefined || last === undefined || span.length > MAX_WORDS) return undefined;
  if (span.length === 1 && PRONOUN.test(first.word)) return undefined;
  if (span.every((t) => STOPWORDS.has(t.word) || questionStems.has(t.stem))) return undefined;
  return { answer: withoutLeadingWords(sentence.slice(first.start, last.end)), fit };
}

/**
 * A subject cut after the noun a "which <noun>" question asks for, with the question's words
 * written right after it: "which rocket broke up" → "a Proton rocket" of "a Proton rocket carrying
 * a satellite broke up" (what it carried describes it, and is no answer); "which cargo ship sank"
 * → "the old cargo ship". The subject whole when it does not write the noun but another word of the
 * question; none when it writes no word of the question at all — "which famous theologian backed
 * the march" of "Dr. Ann Roe, famous theologian and missionary, has endorsed the march" reads only
 * the apposition's tail before the verb ("missionary"), which is no answer.
 */
function upToAskedNoun(span: readonly Token[], input: ShortAnswerInput): Token[] | undefined {
  const asked = input.head === undefined ? undefined : tokenize(input.head)[0]?.stem;
  let end = span.findIndex((t) => t.stem === asked);
  if (end < 0) return asked === undefined || span.some((t) => !STOPWORDS.has(t.word) && input.questionStems.has(t.stem)) ? [...span] : undefined;
  while (end + 1 < span.length && input.questionStems.has((span[end + 1] as Token).stem) && !STOPWORDS.has((span[end + 1] as Token).word)) end++;
  return span.slice(0, end + 1);
}
