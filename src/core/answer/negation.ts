/**
 * What a negation bears on, so that a question and a sentence can be compared word by word: "what
 * did the council not approve" negates the approval, and "The council approved the budget." asserts
 * it — the sentence does not answer the question, though it shares every word of it.
 */
import { isParticiple } from '../text/irregular-verbs.js';
import { STOPWORDS } from '../text/stopwords.js';
import type { Token } from '../text/tokenize.js';

/** Words after a negation, or either side of a word, within which the negation is taken to bear on it. */
const NEGATION_REACH = 3;
/** Negation words as the tokenizer gives them ("didn't" → "didnt"). */
const NEGATION_WORD = /^(?:not|never|no|none|neither|nor|without|cannot|(?:do|does|did|is|are|was|were|wo|ca|could|should|would|has|have|had|ai|must|need)nt)$/;

/**
 * The stems of the words negations bear on: the first content word within a few words after each
 * ("did not approve the plan" negates the approving, not the plan).
 *
 * @example
 * negatedStems(tokenize('what did the council not approve')); // ['approv']
 * negatedStems(tokenize('what did the council approve')); // []
 */
export function negatedStems(tokens: readonly Token[]): string[] {
  const stems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!NEGATION_WORD.test((tokens[i] as Token).word)) continue;
    for (let j = i + 1; j <= i + NEGATION_REACH && j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (NEGATION_WORD.test(t.word) || STOPWORDS.has(t.word) || t.word.length < 2) continue;
      if (!stems.includes(t.stem)) stems.push(t.stem);
      break;
    }
  }
  return stems;
}

/** Whether a negation stands within reach of the token at `position`, before or after it (or is it). */
function negationAround(tokens: readonly Token[], position: number): boolean {
  for (let k = Math.max(0, position - NEGATION_REACH); k <= position + NEGATION_REACH && k < tokens.length; k++) {
    if (NEGATION_WORD.test((tokens[k] as Token).word)) return true;
  }
  return false;
}

/**
 * Whether a negation stands within a few words of a word the sentence shares with the question:
 * "the council did not approve the budget" negates the approval a question asks about; "not until
 * May" at the far end of a long sentence does not.
 *
 * @example
 * negatedNear(tokenize('The council did not approve the budget.'), [4]); // true
 */
export function negatedNear(tokens: readonly Token[], matched: readonly number[], text?: string): boolean {
  const unreal = text === undefined ? undefined : unrealClause(tokens, text);
  return matched.some((m) => negationAround(tokens, m) || (unreal !== undefined && m >= unreal[0] && m < unreal[1]));
}

/** How many words after "Had" its subject may run before the participle: "Had the old harbour council met …". */
const UNREAL_SUBJECT_REACH = 5;

/**
 * The words (from, to) of a clause that says what did not happen, as a "would" after it shows:
 * "Had the council met in May, the bridge would stand", "If the council had met in May, it would
 * have …" — up to its comma. What the clause says is denied as much as a "not" would deny it.
 *
 * @example
 * const text = 'Had the council met in May, the bridge would stand.';
 * unrealClause(tokenize(text), text); // [0, 6]: "had the council met in may"
 */
export function unrealClause(tokens: readonly Token[], text: string): [number, number] | undefined {
  const would = tokens.findIndex((t) => t.word === 'would' || t.word === 'wouldnt');
  if (would < 2) return undefined;
  // "Had the council met …": "had" opens the sentence, a participle follows its subject.
  // "If the council had met …": "if", then "had", and "would have" after them.
  const opening =
    tokens[0]?.word === 'had' && tokens.slice(2, 2 + UNREAL_SUBJECT_REACH).some((t) => PARTICIPLE.test(t.word))
      ? 0
      : tokens.findIndex((t, i) => t.word === 'if' && i < would && tokens[would + 1]?.word === 'have' && tokens.slice(i + 1, would).some((u) => u.word === 'had'));
  if (opening < 0) return undefined;
  const comma = text.indexOf(',', (tokens[opening] as Token).end);
  const end = comma < 0 ? would : tokens.findIndex((t) => t.start > comma);
  return [opening, end < 0 || end > would ? would : end];
}

/** A past participle: "been", "met", "returned", "known" (the regular ones, and a few of the commonest others). */
const PARTICIPLE = /^(?:been|[a-z]{2,}ed|met|known|won|lost|gone|done|made|taken|given|seen|held|kept|left|led|sent|built|become)$/;

/**
 * The question negates a word that the sentence states without a negation near it: "what does not
 * help the crops" against "Rain helps the crops." A sentence that lacks the word says nothing either
 * way (false), and so does one that negates it too ("Rain does not help the crops.").
 *
 * @example
 * negationDropped(['help'], tokenize('Rain helps the crops.')); // true
 * negationDropped(['help'], tokenize('Rain does not help the crops.')); // false
 */
export function negationDropped(questionNegated: readonly string[], sentence: readonly Token[]): boolean {
  if (questionNegated.length === 0) return false;
  let stated = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!questionNegated.includes((sentence[i] as Token).stem)) continue;
    if (negationAround(sentence, i)) return false;
    stated = true;
  }
  return stated;
}

/** Words that open a clause of their own inside a sentence: what one clause says is not the other's. */
const CLAUSE_OPENER = /^(?:but|although|though|whereas|yet|while)$/;

/** Whether a clause of the sentence ends between tokens `k - 1` and `k`: a semicolon, colon or dash, or a clause opener. */
function clauseBreak(tokens: readonly Token[], text: string, k: number): boolean {
  const before = tokens[k - 1];
  const token = tokens[k];
  if (before === undefined || token === undefined) return true;
  return /[;:—–]/.test(text.slice(before.end, token.start)) || CLAUSE_OPENER.test(token.word);
}

/**
 * The spans of words (from, to) of a sentence that tell of what did not happen: the condition
 * contrary to fact ("Had the council met in May", "If the council had met in May" — see
 * {@link unrealClause}; not "Had the council not met …", which says it met) and the clause that
 * tells what would have followed ("… the bridge would still stand", "the ferry would have sailed
 * on Monday" — from where its clause opens to where it ends).
 *
 * @example
 * const text = 'Had the council met in May, the bridge would still stand; it fell in June.';
 * unrealSpans(tokenize(text), text); // [[0, 6], [6, 11]]: all but "it fell in june"
 */
export function unrealSpans(tokens: readonly Token[], text: string): [number, number][] {
  const spans: [number, number][] = [];
  const condition = unrealClause(tokens, text) ?? ifCondition(tokens, text);
  if (condition !== undefined && !tokens.slice(condition[0], condition[1]).some((t) => NEGATION_WORD.test(t.word))) spans.push(condition);
  for (let i = 0; i < tokens.length; i++) {
    const word = (tokens[i] as Token).word;
    if (word !== 'would' && word !== 'wouldnt') continue;
    // Past the condition, any "would" tells what would have followed; alone, "would have" and a
    // participle does ("the ferry would have sailed"), "would" alone may tell of a later time ("would stand for years").
    const afterCondition = condition !== undefined && i >= condition[1];
    if (!afterCondition && !perfectAfter(tokens, i)) continue;
    let from = i;
    while (from > (afterCondition ? (condition as [number, number])[1] : 0) && !clauseBreak(tokens, text, from)) from--;
    let to = i + 1;
    while (to < tokens.length && !clauseBreak(tokens, text, to)) to++;
    spans.push([from, to]);
    i = to - 1;
  }
  return spans;
}

/** Words that may stand between "would" and "have": "would not have", "would still have", "would surely have". */
const WOULD_ADVERB = /^(?:not|still|never|surely|certainly|probably|also|then|\p{L}+ly)$/u;

/** Whether the "would" at `at` is followed by "have" and a participle (an irregular one too: "stood"), adverbs between: "would (still) have sailed". */
function perfectAfter(tokens: readonly Token[], at: number): boolean {
  let next = at + 1;
  while (next < tokens.length && next <= at + 2 && WOULD_ADVERB.test((tokens[next] as Token).word)) next++;
  const participle = tokens[next + 1]?.word ?? '';
  return tokens[next]?.word === 'have' && (PARTICIPLE.test(participle) || isParticiple(participle));
}

/**
 * "If the council had met in May, the bridge would still have stood": an "if" with "had" after it,
 * before a "would … have" and a participle (adverbs between them, which {@link unrealClause} does
 * not read) — the words from the "if" to its comma.
 */
function ifCondition(tokens: readonly Token[], text: string): [number, number] | undefined {
  const would = tokens.findIndex((t, i) => (t.word === 'would' || t.word === 'wouldnt') && perfectAfter(tokens, i));
  if (would < 2) return undefined;
  const opening = tokens.findIndex((t, i) => t.word === 'if' && i < would && tokens.slice(i + 1, would).some((u) => u.word === 'had'));
  if (opening < 0) return undefined;
  const comma = text.indexOf(',', (tokens[opening] as Token).end);
  const end = comma < 0 ? would : tokens.findIndex((t) => t.start > comma);
  return [opening, end < 0 || end > would ? would : end];
}

/**
 * Whether the words a sentence shares with the question tell only of what did not happen: each
 * matched word that is no name (a capitalised word past the first) stands in a span of
 * {@link unrealSpans}. "Had Churchill been returned to office in 1945, … Britain would have led
 * Europe" does not say when Churchill returned to office; "Churchill returned to office in 1951,
 * though had he …" does. A sentence that matches only names is not judged.
 *
 * @example
 * const text = 'Had Mara Quill been elected mayor in 1990, the harbour would have stayed open.';
 * onlyUnreal(tokenize(text), [1, 2, 4, 5], text); // true: "elected", "mayor" only in the condition
 */
export function onlyUnreal(tokens: readonly Token[], matched: readonly number[], text: string): boolean {
  const content = matched.filter((m) => m === 0 || !(tokens[m] as Token).capitalized);
  if (content.length === 0) return false;
  const spans = unrealSpans(tokens, text);
  return spans.length > 0 && content.every((m) => spans.some(([from, to]) => m >= from && m < to));
}

/** Whether a question asks about what did not happen itself: "what would the council have done", "if the bridge fell, who …". */
export function asksUnreal(questionTokens: readonly Token[]): boolean {
  return questionTokens.some((t) => t.word === 'would' || t.word === 'wouldnt' || t.word === 'if');
}
