/** Why: the reason clause, from its cue ("because …", "after …") to the end of the sentence. */
import { type ShortAnswer, type ShortAnswerInput } from './shared.js';

/** Phrases that open the reason of a sentence, longest first. */
const REASON_CUES = /\b(?:because of|because|due to|as a result of|in order to|so that|in protest|in response to|in retaliation for|after|since|unless|over|to protest|to avoid|to prevent|for fear|amid)\b/i;

/**
 * @example
 * reasonAnswer({ type: 'why', sentence: 'It closed because of the flood.', facts: { hasReason: true, … }, … });
 * // → { answer: 'because of the flood', fit: 1 }
 */
export function reasonAnswer(input: ShortAnswerInput): ShortAnswer {
  const { sentence, facts } = input;
  const cue = REASON_CUES.exec(sentence);
  if (cue && facts.hasReason) return { answer: sentence.slice(cue.index).replace(/[.!?"”]+$/, '').trim(), fit: 1 };
  if (facts.hasReason) return { answer: sentence, fit: 0.8 };
  return { answer: sentence, fit: 0.4 };
}
