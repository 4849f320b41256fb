/**
 * A question whose subject is a pronoun nothing names: factdesk reads neither "it" nor "they", and
 * a "he" or "she" it reads (see `follow-up.ts`) is replaced by the name before the question is
 * asked, so one still there is unread. The reply says so, for the user to name what they mean.
 */

/** Pronouns that stand for someone or something named before ("it", "they", and "he" or "she" that no earlier question named). */
const SUBJECT_PRONOUN = '(it|they|he|she)';
/** A question whose subject is such a pronoun: "when was it rejected", "how long were they in …", "why did she leave" (or, from a command, "was it rejected"). */
const PRONOUN_SUBJECT = new RegExp(
  `^\\s*(?:(?:(?:in|on|at|for|from|by|to|since|until)\\s+)?(?:who|whom|whose|what|when|where|why|how|which)(?:\\s+[\\p{L}'’-]+){0,2}?\\s+)?(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could|should)\\s+${SUBJECT_PRONOUN}\\b`,
  'iu',
);

/**
 * The pronoun a question has for its subject, as written, when nothing says what it stands for:
 * "when was it rejected" (factdesk reads neither "it" nor "they"; a "he" or "she" it reads is
 * replaced by the name before the question is asked, so one still there is unread). Undefined
 * when the subject is a name or a noun ("when was the plan rejected").
 *
 * @example unresolvedPronoun('when was it rejected') // 'it'
 * @example unresolvedPronoun('when was the plan rejected') // undefined
 */
export function unresolvedPronoun(question: string): string | undefined {
  return PRONOUN_SUBJECT.exec(question.normalize('NFKC'))?.[1];
}
