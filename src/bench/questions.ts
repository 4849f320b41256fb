/**
 * Generates benchmark questions from knowledge-base sentences the way people actually ask: a few
 * words of a sentence, some dropped, reordered, one misspelt, in who/when/what form.
 */
import type { Random } from './stats.js';
import { pick, randomInt, seededRandom } from './stats.js';

export interface SourceSentence {
  articleId: string;
  text: string;
}

export interface BenchQuestion {
  question: string;
  style: 'who' | 'when' | 'what' | 'plain' | 'paraphrase';
  /** The sentence it was made from: a correct engine cites it (or a verbatim copy of it). */
  source: SourceSentence;
}

const MIN_WORDS = 6;
const MAX_WORDS = 40;
/** Question length in content words: people type short questions. */
const MAX_QUESTION_WORDS = 10;
const SMALL_WORDS = new Set(
  'a an the of in on at to for by with from and or but as is was were be been are has had have that this it its he she they his her their said says will would'.split(
    ' ',
  ),
);
const WHEN_WORD =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept|oct|nov|dec|\d{4}s?)$/i;

function clean(word: string): string {
  return word.replace(/^["'(]+|["'),.;:?!]+$/g, '');
}

/** A typo a person makes: two inner letters swapped, or one dropped. */
export function misspell(word: string, random: Random): string {
  if (word.length < 5) return word;
  const i = 1 + randomInt(random, word.length - 3);
  // Swapping two equal letters ("pp") would change nothing: drop one instead.
  if (random() < 0.5 && word[i] !== word[i + 1]) {
    return word.slice(0, i) + (word[i + 1] ?? '') + (word[i] ?? '') + word.slice(i + 2);
  }
  return word.slice(0, i) + word.slice(i + 1);
}

/** Indexes of capitalised words after the first: the names a "who" question would leave out. */
function nameRun(words: readonly string[]): [number, number] | undefined {
  for (let i = 1; i < words.length; i++) {
    if (!/^[A-Z][a-z]/.test(words[i] ?? '')) continue;
    let end = i + 1;
    while (end < words.length && /^[A-Z][a-z.]*$/.test(words[end] ?? '')) end++;
    if (end - i >= 2) return [i, end];
  }
  return undefined;
}

function makeQuestion(source: SourceSentence, random: Random): BenchQuestion | undefined {
  let words = source.text
    .split(/\s+/)
    .map(clean)
    .filter((w) => w !== '');
  if (words.length < MIN_WORDS || words.length > MAX_WORDS) return undefined;

  let style: BenchQuestion['style'] = pick(random, ['who', 'when', 'what', 'plain'] as const);
  const name = nameRun(words);
  const whenIndex = words.findIndex((w) => WHEN_WORD.test(w));
  if (style === 'who' && name !== undefined) words = [...words.slice(0, name[0]), ...words.slice(name[1])];
  else if (style === 'when' && whenIndex >= 0) words = words.filter((_, i) => i !== whenIndex);
  else if (style !== 'plain') style = 'what';

  // Keep a window of the sentence's content words, drop some small words, as questions are terse.
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()) || random() < 0.5);
  const start = randomInt(random, Math.max(1, content.length - MAX_QUESTION_WORDS + 1));
  let kept = content.slice(start, start + MAX_QUESTION_WORDS).filter(() => random() > 0.1);
  if (kept.length < 3) kept = content.slice(0, 3);

  // Reorder: people rarely follow the sentence's word order; move the tail to the front.
  if (kept.length > 4 && random() < 0.3) {
    const cut = 1 + randomInt(random, kept.length - 2);
    kept = [...kept.slice(cut), ...kept.slice(0, cut)];
  }
  const candidates = kept.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (candidates.length > 0 && random() < 0.7) {
    const [word, i] = pick(random, candidates);
    kept[i] = misspell(word, random);
  }
  const body = kept.join(' ');
  const question =
    style === 'who'
      ? `Who ${body}?`
      : style === 'when'
        ? `When did ${body}?`
        : style === 'what'
          ? `What about ${body}?`
          : body.toLowerCase();
  return { question, style, source };
}

/**
 * Makes `count` questions from the sentences (seeded, so every run asks the same), cycling through
 * the sentences in a random order; a small knowledge base yields several variants per sentence.
 *
 * @example
 * generateQuestions([{ articleId: 'a', text: 'Mayor Ada Brill opened the new bridge on Monday.' }], 3, 1);
 * // three questions such as 'Who opened new bridge Mondya?'
 */
export function generateQuestions(
  sentences: readonly SourceSentence[],
  count: number,
  seed = 5,
): BenchQuestion[] {
  const random = seededRandom(seed);
  const questions: BenchQuestion[] = [];
  if (sentences.length === 0) return questions;
  let misses = 0;
  while (questions.length < count && misses < count * 20) {
    const question = makeQuestion(pick(random, sentences), random);
    if (question === undefined) misses++;
    else questions.push(question);
  }
  return questions;
}

/**
 * Paraphrases of questions: up to two of their words (lower case, four letters or more) replaced
 * by a one-word synonym, as people ask with their own words rather than the article's. Questions
 * with no word to replace are passed over; at most `count` are made (seeded).
 *
 * @example
 * paraphraseQuestions([q], (w) => (w === 'rejected' ? ['refused'] : []), 1, 5);
 * // [{ question: 'Who refused the proposal?', style: 'paraphrase', source: q.source }]
 */
export function paraphraseQuestions(
  questions: readonly BenchQuestion[],
  synonyms: (word: string) => readonly string[],
  count: number,
  seed = 5,
): BenchQuestion[] {
  const random = seededRandom(seed);
  const out: BenchQuestion[] = [];
  for (const q of questions) {
    if (out.length >= count) break;
    let replaced = 0;
    const words = q.question.split(' ').map((raw) => {
      const word = raw.replace(/[?.,]+$/, '');
      if (replaced >= 2 || !/^[a-z]{4,}$/.test(word) || SMALL_WORDS.has(word)) return raw;
      const options = synonyms(word).filter((s) => /^[a-z]+$/.test(s) && s !== word && !s.startsWith(word.slice(0, 4)));
      if (options.length === 0) return raw;
      replaced++;
      return raw.replace(word, pick(random, options));
    });
    if (replaced > 0) out.push({ question: words.join(' '), style: 'paraphrase', source: q.source });
  }
  return out;
}
