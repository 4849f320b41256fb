import type { SentenceIndex } from '../index/sentence-index.js';
import type { FuzzyMatch } from '../index/fuzzy-vocabulary.js';
import { stem, tokenize, type Token } from '../text/tokenize.js';
import { QUESTION_FILLER, STOPWORDS } from '../text/stopwords.js';
import type { Lexicon } from '../types.js';

/** One way a question word may appear in a sentence: all of `terms`, worth `weight` (0–1). */
export interface Alternative {
  terms: number[];
  weight: number;
  /** How it was found, for debugging and tests: `exact`, `lexicon`, `wordnet`, `fuzzy`. */
  via: 'exact' | 'lexicon' | 'wordnet' | 'fuzzy';
  word: string;
}

/** A content word of the question with every way it may be matched. */
export interface QueryGroup {
  word: string;
  /** How much the word matters: its idf, or the largest idf when no article has it. */
  importance: number;
  /** Written with a capital in the question, or known as part of a name in the knowledge base. */
  isName: boolean;
  alternatives: Alternative[];
}

export interface QueryContext {
  index: SentenceIndex;
  fuzzy: { closest(word: string, limit?: number): FuzzyMatch[] };
  /** Curated news synonyms, keyed by stem (single words) or stems joined by spaces (phrases). */
  newsLexicon: ReadonlyMap<string, ReadonlySet<string>>;
  lexicon: Lexicon | undefined;
  /** Lower-case words that occur inside names of the knowledge base. */
  nameWords: ReadonlySet<string>;
  /** Whether a phrase, in any case, is exactly a name the knowledge base mentions ("rose hill"). */
  isKnownName?: (phrase: string) => boolean;
}

const HOW_ADJECTIVE = /\bhow\s+(?:old|big|large|fast|far|long|tall|high|often|soon|late|early|deep|wide|heavy|much|many)\b/gi;

/** Particles that make a phrasal verb with the word before them: "turned down", "broke off". */
const PARTICLES = new Set(['down', 'up', 'off', 'out', 'over', 'away', 'back', 'in', 'on']);

const WEIGHT = { exact: 1, lexicon: 0.85, wordnet: 0.5, fuzzy: 0.9 } as const;

function phraseTerms(phrase: string, index: SentenceIndex): number[] | undefined {
  const tokens = tokenize(phrase).filter((t) => !STOPWORDS.has(t.word));
  if (tokens.length === 0) return undefined;
  const terms: number[] = [];
  for (const token of tokens) {
    const term = index.termId(token.stem);
    if (term === undefined) return undefined;
    terms.push(term);
  }
  return terms;
}

/**
 * Adds an alternative to a group, or raises the weight of the one with the same terms. `known` is
 * the group's alternatives by their terms (`1,2`), kept beside it: a word with dozens of WordNet
 * synonyms would otherwise join every alternative's terms again for each one added.
 */
function addAlternative(group: QueryGroup, known: Map<string, Alternative>, alternative: Alternative): void {
  const key = alternative.terms.join(',');
  const existing = known.get(key);
  if (existing) existing.weight = Math.max(existing.weight, alternative.weight);
  else {
    known.set(key, alternative);
    group.alternatives.push(alternative);
  }
}

/** The shortest part of a closed compound tried: "black" + "balled", never "bl" + "ackballed". */
const COMPOUND_PART = 3;

/**
 * A word no article writes, as the two English words an article may write it in, hyphenated or
 * apart ("black-balled" for "blackballed", "week-end" for "weekend"): the first split from the left
 * whose parts are both English words the knowledge base has.
 *
 * @example compoundParts('blackballed', index, lexicon); // { terms: [black, ball], word: 'black-balled' }
 */
function compoundParts(word: string, index: SentenceIndex, lexicon: Lexicon | undefined): { terms: number[]; word: string } | undefined {
  if (lexicon?.has === undefined || word.length < 2 * COMPOUND_PART || /[^a-z]/.test(word)) return undefined;
  for (let at = COMPOUND_PART; at <= word.length - COMPOUND_PART; at++) {
    const left = word.slice(0, at);
    const right = word.slice(at);
    if (STOPWORDS.has(left) || STOPWORDS.has(right)) continue;
    // The index first: a map lookup, where WordNet may read its files.
    const first = index.termId(stem(left));
    const second = first === undefined ? undefined : index.termId(stem(right));
    if (first !== undefined && second !== undefined && lexicon.has(left) === true && lexicon.has(right) === true) return { terms: [first, second], word: `${left}-${right}` };
  }
  return undefined;
}

/**
 * Turns a question into groups of index terms: each content word with its exact stem, curated news
 * synonyms and demonyms, WordNet synonyms (also of phrasal verbs such as "turned down"), and, for a
 * word no article contains, its closest spellings in the vocabulary.
 *
 * @example
 * queryGroups('who turned down the offer', context).map((g) => g.word); // ['turned', 'offer']
 */
export function queryGroups(question: string, context: QueryContext): QueryGroup[] {
  const { index } = context;
  // "how old", "how big", "how far": the adjective is part of the question form, not its topic.
  const tokens = tokenize(question.replace(HOW_ADJECTIVE, 'how'));
  const groups: QueryGroup[] = [];
  const seenStems = new Set<string>();
  let skip = -1;
  tokens.forEach((token: Token, position: number) => {
    if (position === skip) return;
    // A two-word phrase the curated lexicon knows ("take place", "step down") is one group.
    const following = tokens[position + 1];
    const phraseKey = following ? `${token.stem} ${following.stem}` : '';
    if (following && context.newsLexicon.has(phraseKey)) {
      skip = position + 1;
      const phraseGroup: QueryGroup = { word: `${token.word} ${following.word}`, importance: 0, isName: false, alternatives: [] };
      const phraseKnown = new Map<string, Alternative>();
      const own = phraseTerms(phraseGroup.word, index);
      if (own) addAlternative(phraseGroup, phraseKnown, { terms: own, weight: WEIGHT.exact, via: 'exact', word: phraseGroup.word });
      for (const synonym of context.newsLexicon.get(phraseKey) ?? []) {
        const terms = phraseTerms(synonym, index);
        if (terms) addAlternative(phraseGroup, phraseKnown, { terms, weight: WEIGHT.lexicon, via: 'lexicon', word: synonym });
      }
      const idfs = phraseGroup.alternatives.flatMap((a) => a.terms.map((t) => index.idf(t)));
      phraseGroup.importance = idfs.length > 0 ? Math.min(...idfs) : index.maxIdf;
      groups.push(phraseGroup);
      return;
    }
    if (STOPWORDS.has(token.word) || QUESTION_FILLER.has(token.word)) return;
    if (token.word.length < 2 && !/\d/.test(token.word)) return;
    if (seenStems.has(token.stem)) return;
    seenStems.add(token.stem);
    const exact = index.termId(token.stem);
    const group: QueryGroup = {
      word: token.word,
      importance: exact === undefined ? index.maxIdf : index.idf(exact),
      // A word seen in names ("Captain Rickards") is still a common word when English has it. A
      // word no article uses that English writes only with a capital is a name the knowledge base
      // lacks, typed in lower case or not ("stalin").
      isName: token.capitalized || (context.nameWords.has(token.word) && context.lexicon?.has?.(token.word) !== true) || (exact === undefined && context.lexicon?.onlyName?.(token.word) === true),
      alternatives: [],
    };
    const known = new Map<string, Alternative>();
    if (exact !== undefined) addAlternative(group, known, { terms: [exact], weight: WEIGHT.exact, via: 'exact', word: token.word });

    const next = tokens[position + 1];
    const phrase = next && PARTICLES.has(next.word) && next.start - token.end <= 1 ? `${token.word} ${next.word}` : undefined;
    const lexiconKeys = [token.stem, ...(phrase ? [`${token.stem} ${stem(next?.word ?? '')}`] : [])];
    for (const key of lexiconKeys) {
      for (const synonym of context.newsLexicon.get(key) ?? []) {
        const terms = phraseTerms(synonym, index);
        if (terms) addAlternative(group, known, { terms, weight: WEIGHT.lexicon, via: 'lexicon', word: synonym });
      }
    }
    if (context.lexicon && !/\d/.test(token.word)) {
      const words = phrase ? [phrase, token.word] : [token.word];
      for (const word of words) {
        for (const synonym of context.lexicon.synonyms(word)) {
          const terms = phraseTerms(synonym, index);
          // A lemma of the word itself ("rejected" → "reject") is as good as the word.
          const weight = stem(synonym) === token.stem ? WEIGHT.exact : phrase && word === phrase ? WEIGHT.lexicon : WEIGHT.wordnet;
          if (terms) addAlternative(group, known, { terms, weight, via: 'wordnet', word: synonym });
          // A curated synonym of a WordNet lemma counts too ("proposed" → "propose" → "offer").
          if (stem(synonym) !== token.stem && !synonym.includes(' ')) continue;
          for (const related of context.newsLexicon.get(stem(synonym)) ?? []) {
            const relatedTerms = phraseTerms(related, index);
            if (relatedTerms) addAlternative(group, known, { terms: relatedTerms, weight: WEIGHT.lexicon, via: 'lexicon', word: related });
          }
        }
      }
    }
    // "blackballed" for an article's "black-balled", "weekend" for "week-end": the two words it
    // writes with a hyphen, as one alternative (both in the sentence).
    const parts = exact === undefined ? compoundParts(token.word, index, context.lexicon) : undefined;
    if (parts) addAlternative(group, known, { terms: parts.terms, weight: WEIGHT.fuzzy, via: 'fuzzy', word: parts.word });
    // Fuzzy matching is for typos: a correctly spelt English word that no article uses ("restore")
    // is evidence that the knowledge base does not cover the question, not a misspelling.
    const knownWord = context.lexicon?.has?.(token.word) === true && !token.capitalized;
    if (exact === undefined && !knownWord && !/\d/.test(token.word)) {
      // A capitalised word is a name: its misspelling is closest to a name ("Houts" → Houtz), not
      // to a common word ("hours").
      const matches = context.fuzzy.closest(token.word, token.capitalized ? 6 : 2);
      const named = token.capitalized ? matches.filter((m) => context.nameWords.has(m.word)) : [];
      for (const match of (named.length > 0 ? named : matches).slice(0, 2)) {
        const term = index.vocabulary.get(match.word);
        if (term === undefined) continue;
        addAlternative(group, known, { terms: [term], weight: WEIGHT.fuzzy - match.score * 0.5, via: 'fuzzy', word: match.word });
        if (context.nameWords.has(match.word)) group.isName = true;
        // A misspelt word is as important as the word it stands for.
        group.importance = Math.max(index.idf(term), group.importance * 0.8);
      }
    }
    if (exact === undefined && group.alternatives.length > 0 && !group.isName) {
      // Known only through a synonym: weigh it like the synonym, not like an unseen word.
      group.importance = Math.min(group.importance, Math.max(...group.alternatives.map((a) => Math.min(...a.terms.map((t) => index.idf(t))))) + 1);
    }
    groups.push(group);
  });
  return groups;
}
