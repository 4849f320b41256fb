/**
 * The quotation marks a quoted sentence needs, so that every citation shows where it starts and
 * ends and its own marks, kept as written, are never taken for ours.
 */

/** Double quotation marks, straight and curly. */
const DOUBLE_MARK = /["“”]/g;

/**
 * The marks to write before and after a sentence to quote it: straight double marks, so that every
 * citation shows where it starts and ends, and the sentence itself stays word for word. A sentence
 * whose own double marks stand at its start or end (`"Skip" Hovarter is back.`, `"Tomorrow," he
 * said.`, `He called it "a disgrace."`), or whose dialogue opened in the sentence before (an odd
 * number of marks: `Who was the caller"?`), is set in marks of the other kind, so that its own marks
 * are not read as ours: curly ones around straight marks, straight ones around curly marks.
 *
 * @example quoteMarks('The council met.'); // ['"', '"']
 * @example quoteMarks('"Tomorrow," he said.'); // ['“', '”']
 * @example quoteMarks('“Tomorrow,” he said.'); // ['"', '"']
 * @example quoteMarks('Who was the caller"?'); // ['“', '”']
 */
export function quoteMarks(sentence: string): readonly [string, string] {
  const marks = sentence.match(DOUBLE_MARK)?.length ?? 0;
  if (marks === 0) return ['"', '"'];
  const atEdge = /^\s*["“”]/.test(sentence) || /["“”]\s*$/.test(sentence) || marks % 2 === 1;
  return atEdge && sentence.includes('"') ? ['“', '”'] : ['"', '"'];
}

/**
 * A sentence in quotation marks as {@link quoteMarks} says, `shorten` applied to the sentence
 * within them (so that marks are never cut off).
 *
 * @example quoted('The council met.'); // '"The council met."'
 */
export function quoted(sentence: string, shorten: (text: string, room: number) => string = (text) => text, max = Number.POSITIVE_INFINITY): string {
  const [open, close] = quoteMarks(sentence);
  return `${open}${shorten(sentence, Math.max(1, max - open.length - close.length))}${close}`;
}
