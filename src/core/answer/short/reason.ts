/** Why: the reason clause, from its cue ("because …", "after …") to the end of its statement. */
import { tokenize } from '../../text/tokenize.js';
import { STOPWORDS } from '../../text/stopwords.js';
import { questionWordsIn, type ShortAnswer, type ShortAnswerInput } from './shared.js';

/** Phrases that open the reason of a sentence, longest first. */
const REASON_CUES = /\b(?:because of|because|due to|as a result of|in order to|so that|in protest|in response to|in retaliation for|(?:caused|prompted|triggered|sparked|brought about) by|blamed on|attributed to|stem(?:s|med)? from|result(?:s|ed)? from|after|since|unless|over|to protest|to avoid|to prevent|for fear|amid)\b/gi;
/** Cues that also say when or about what ("after", "over", "since", "amid"): the reason only once the event is told. */
const WEAK_CUE = /^(?:after|since|over|amid)$/i;

/**
 * Where the reason opens: the first cue that comes after the question's last word in the sentence
 * ("The motion over taxes failed after two members walked out" — "why did the motion fail" is
 * answered "after two members walked out", not "over taxes failed …"); a strong cue ("because") wherever
 * it stands; else the first cue.
 */
function reasonStart(sentence: string, questionStems: ReadonlySet<string>): number | undefined {
  // "why were the walls plastered over": the question's own "over" is its verb's particle, no cue.
  const cues = [...sentence.matchAll(REASON_CUES)].filter((c) => !(WEAK_CUE.test(c[0]) && (questionStems.has(c[0].toLowerCase()) || tellsEvent(sentence, c.index, questionStems))));
  if (cues.length === 0) return undefined;
  let lastAsked = -1;
  for (const t of tokenize(sentence)) if (!STOPWORDS.has(t.word) && questionStems.has(t.stem)) lastAsked = t.end;
  const strong = cues.find((c) => !WEAK_CUE.test(c[0]));
  const afterEvent = cues.find((c) => c.index >= lastAsked);
  const chosen = strong ?? afterEvent ?? cues[0];
  // "less because he was a Socialist than because he was neither …", "not because A but because
  // B": the reason given is the second; the first is the one set aside.
  if (chosen && SET_ASIDE.test(sentence.slice(Math.max(0, chosen.index - 20), chosen.index))) {
    const given = cues.find((c) => c.index > chosen.index && /^because/i.test(c[0]) && INSTEAD.test(sentence.slice(chosen.index, c.index)));
    if (given) return given.index;
  }
  return chosen?.index;
}

/**
 * Whether the clause a weak cue opens, up to its comma, holds more of the question's words than the
 * rest of the sentence: it tells the asked event itself, and the cue says when it happened, not
 * why. "Six weeks after the day Ada first came to the shop, Tom married her": "why did ada first
 * come to the shop" has no reason there. ("After the flood, the mill closed" keeps its reason.)
 */
function tellsEvent(sentence: string, cue: number, questionStems: ReadonlySet<string>): boolean {
  const comma = sentence.indexOf(',', cue);
  if (comma < 0) return false;
  const clause = questionWordsIn(sentence.slice(cue, comma), questionStems);
  return clause > 0 && clause > questionWordsIn(`${sentence.slice(0, cue)} ${sentence.slice(comma)}`, questionStems);
}

/** What sets a reason aside, just before its cue: "less because", "not because", "not so much because". */
const SET_ASIDE = /\b(?:less|not|not so much|not merely)\s+$/i;
/** What brings in the reason given instead: "… than because", "… but because", "… as because". */
const INSTEAD = /\b(?:than|but|as)\s+$/i;

/**
 * Where a reason ends: a semicolon, or a comma and "and"/"but"/"so"/"yet" before a subject pronoun,
 * which open a statement of their own ("because the blades were dull, and I did not look back").
 */
const REASON_END = /;|,\s+(?:and|but|so|yet)\s+(?=(?:I|he|she|we|they|you|there)\s)/;

/**
 * @example
 * reasonAnswer({ type: 'why', sentence: 'It closed because of the flood.', facts: { hasReason: true, … }, … });
 * // → { answer: 'because of the flood', fit: 1 }
 */
export function reasonAnswer(input: ShortAnswerInput): ShortAnswer {
  const { sentence, facts } = input;
  const start = facts.hasReason ? reasonStart(sentence, input.questionStems) : undefined;
  if (start !== undefined) {
    const reason = sentence.slice(start);
    const end = REASON_END.exec(reason)?.index ?? reason.length;
    return { answer: reason.slice(0, end).replace(/[.!?"”]+$/, '').trim(), fit: 1 };
  }
  if (facts.hasReason) return { answer: sentence, fit: 0.8 };
  return { answer: sentence, fit: 0.4 };
}
