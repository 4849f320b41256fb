/**
 * Whether a sentence writes, in the place of a common noun the question asks about, another noun of
 * its kind: "who said america was a paradise for women" is not answered by "… America was a
 * paradise … for workingmen and small children" — the sentence tells of the workingmen, and says
 * nothing of women. The common-noun analogue of the name check (`nameReplaced`): the place is the
 * question's own phrase, a word it writes, a preposition and the noun ("paradise for women"), which
 * the sentence writes with another noun after the same word and preposition.
 */
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { Lexicon } from '../types.js';
import type { WordVectors } from '../text/word-vectors.js';
import { SAME_KIND } from './features.js';

/** A noun of the question after a preposition and the word that preposition follows: "paradise for women". */
export interface AskedNounPhrase {
  /** Stem of the word before the preposition ("paradise"). */
  anchor: string;
  /** The preposition, as written ("for"). */
  preposition: string;
  /** The noun as written ("women") and its stem. */
  noun: string;
  stem: string;
}

/** Prepositions whose noun is what a phrase is of or for (a closed class). */
const PREPOSITION = /^(?:for|of|to|with|against|among|between|from|about|toward|towards)$/;
/** Words that may stand between the preposition and its noun: "for the women", "for small children". */
const BEFORE_NOUN = 2;
/** Words that may stand between the anchor and the preposition in the sentence: "a paradise -- the only one in the history of the world -- for". */
const ANCHOR_REACH = 12;
/** An aside between a word and its preposition: " -- the only one in the history of the world -- ", ", as ever, ". */
const ASIDE = /^\s*(?:--|[—–,])[^.;:!?()"“”]*(?:--|[—–,])\s*$/;
/** Words of the sentence's noun phrase read after the preposition: "for workingmen and small children". */
const PHRASE_WORDS = 5;

/** Small words inside a noun phrase of several nouns: "for the workingmen and small children" (a closed class). */
const IN_PHRASE = /^(?:the|a|an|and|or|nor|both|either|their|his|her|its|our|my|your|all|some|many|most)$/;

/** A word after "to" that is a verb first ("to go", "to set up"): an infinitive, no noun. */
const notNoun = (word: string, lexicon: Lexicon): boolean => (lexicon.verbShare?.(word) ?? 0) > 0.5;

const content = (t: Token | undefined): t is Token => t !== undefined && !STOPWORDS.has(t.word) && !/\d/.test(t.word);

/**
 * The question's common nouns written after a preposition and a word of its own ("paradise for
 * women"): lower-case, nouns by the lexicon (`isA(word, 'entity')`), with a kind or a word vector
 * to compare another noun with.
 *
 * @example
 * askedNounPhrases('who said america was a paradise for women', lexicon); // [{ anchor: 'paradis', preposition: 'for', noun: 'women', stem: 'women' }]
 */
export function askedNounPhrases(question: string, lexicon: Lexicon | undefined): AskedNounPhrase[] {
  if (lexicon?.isA === undefined) return [];
  const tokens = tokenize(question);
  const found: AskedNounPhrase[] = [];
  tokens.forEach((t, i) => {
    if (!PREPOSITION.test(t.word) || i < 1) return;
    const anchor = tokens[i - 1];
    if (!content(anchor)) return;
    // The preposition's noun: past at most two words before it, the last word of the phrase.
    for (let k = i + 1; k <= i + 1 + BEFORE_NOUN && k < tokens.length; k++) {
      const noun = tokens[k] as Token;
      const next = tokens[k + 1];
      // (A noun ends its phrase: another content word after it, "for women workers", makes it a modifier.)
      if (content(next) && k < i + 1 + BEFORE_NOUN) continue;
      if (content(noun) && !noun.capitalized && lexicon.isA?.(noun.word, 'entity') === true && !notNoun(noun.word, lexicon)) found.push({ anchor: anchor.stem, preposition: t.word, noun: noun.word, stem: noun.stem });
      return;
    }
  });
  return found;
}

/**
 * Whether the sentence lacks an asked phrase's noun and writes, after the phrase's word and its
 * preposition, another noun of the same kind in its stead: one the question does not write, no
 * synonym of the asked noun, neither a kind of the other ("people" for "women" says it of women
 * too), and of one kind with it — the same kind by the lexicon (two people, two places, two times),
 * or, for a noun the lexicon gives no kind, word vectors as close as two names of a kind ({@link SAME_KIND}).
 *
 * @example
 * nounReplaced(askedNounPhrases('who said america was a paradise for women', lexicon), 'America was a paradise for workingmen and small children.', stems, lexicon, vectors); // true
 * nounReplaced(…, 'America was a paradise for women and small children.', …); // false
 */
export function nounReplaced(asked: readonly AskedNounPhrase[], sentence: string, questionStems: ReadonlySet<string>, lexicon: Lexicon | undefined, vectors: WordVectors | undefined): boolean {
  if (asked.length === 0 || lexicon === undefined) return false;
  const tokens = tokenize(sentence);
  const stems = new Set(tokens.map((t) => t.stem));
  return asked.some((a) => {
    if (stems.has(a.stem)) return false;
    const synonyms = new Set(lexicon.synonyms(a.noun).map((w) => w.toLowerCase()));
    return tokens.some((t, i) => {
      if (t.stem !== a.anchor) return false;
      // The preposition right after the word, or after an aside set off by dashes or commas ("a
      // paradise -- the only one in the history of the world -- for").
      const at = tokens.findIndex((u, k) => k > i && k <= i + ANCHOR_REACH && u.word === a.preposition);
      const between = at < 0 ? '' : sentence.slice(t.end, (tokens[at] as Token).start);
      if (at < 0 || !(/^\s+$/.test(between) || ASIDE.test(between))) return false;
      for (let k = at + 1; k <= at + PHRASE_WORDS && k < tokens.length; k++) {
        const other = tokens[k] as Token;
        if (/[,;:.!?()"“”]/.test(sentence.slice((tokens[k - 1] as Token).end, other.start))) break;
        // (The phrase ends at another preposition: "a round of talks on the issue" is of talks.)
        if (STOPWORDS.has(other.word) && !IN_PHRASE.test(other.word)) break;
        if (!content(other) || other.capitalized || questionStems.has(other.stem) || synonyms.has(other.word) || notNoun(other.word, lexicon)) continue;
        if (sameKind(a.noun, other.word, lexicon, vectors)) return true;
      }
      return false;
    });
  });
}

/** Two common nouns of one kind, neither a kind of the other: "women" and "workingmen", not "women" and "people". */
function sameKind(asked: string, other: string, lexicon: Lexicon, vectors: WordVectors | undefined): boolean {
  if (lexicon.isA?.(other, 'entity') !== true) return false;
  if (lexicon.isA?.(other, asked) === true || lexicon.isA?.(asked, other) === true) return false;
  // (A noun the lexicon gives a kind is compared by kinds alone: "people", a group, is close to
  // "women" by word vectors, and says it of women too.)
  const kind = lexicon.nounKind?.(asked);
  if (kind !== undefined) return lexicon.nounKind?.(other) === kind;
  if (vectors === undefined) return false;
  const row = vectors.row(asked);
  return row >= 0 && vectors.similarity(row, vectors.row(other)) >= SAME_KIND;
}
