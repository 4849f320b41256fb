/** The kind of thing an answer is, finer than the question type. */
export type AnswerKind = 'person' | 'organisation' | 'place' | 'date' | 'duration' | 'age' | 'count' | 'money' | 'percent' | 'role' | 'reason' | 'other';

export const ANSWER_KINDS: readonly AnswerKind[] = ['person', 'organisation', 'place', 'date', 'duration', 'age', 'count', 'money', 'percent', 'role', 'reason', 'other'];
