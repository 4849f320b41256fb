/**
 * Warming the answer's rarer paths up after start. Most questions are "what" questions, which read
 * no facts; the code that reads a story's names (who, where), resolves and formats dates (when) or
 * reads numbers (how many) then runs for the first time — unoptimised, several times slower — in
 * whichever questions of those types come first, and they were the slowest answers of a freshly
 * started process. Asking the knowledge base a few invented questions of each type first moves
 * that cost to a moment where no one waits.
 */
import type { AskResult } from '../types.js';

/** Invented questions, one or more of each type, in words most news stories share. */
const WARM_UP_QUESTIONS = [
  'who said the talks would go on?',
  'who is the president of the company?',
  'who won the election in the county?',
  'when did the talks start?',
  'when was the law passed?',
  'where did the meeting take place?',
  'where was the governor born?',
  'how many people were killed?',
  'how much did the bridge cost?',
  'why did the council reject the plan?',
];

/**
 * Asks the invented warm-up questions once each, results discarded. Answers stay as they would be
 * (what they leave behind are the knowledge base's bounded caches of pure results). Call it where a
 * wait does not matter — after start, before the first question; with `next`, each question waits
 * for `next` to run it, so that a real question is never queued behind all of them.
 *
 * @example
 * warmUpAnswers((question) => kb.ask(question)); // → 10 (questions asked)
 * warmUpAnswers((question) => kb.ask(question), setImmediate); // asked one per turn of the event loop
 */
export function warmUpAnswers(ask: (question: string) => AskResult, next?: (run: () => void) => void): number {
  if (!next) {
    for (const question of WARM_UP_QUESTIONS) ask(question);
    return WARM_UP_QUESTIONS.length;
  }
  const askFrom = (i: number): void => {
    ask(WARM_UP_QUESTIONS[i] as string);
    if (i + 1 < WARM_UP_QUESTIONS.length) next(() => askFrom(i + 1));
  };
  next(() => askFrom(0));
  return WARM_UP_QUESTIONS.length;
}
