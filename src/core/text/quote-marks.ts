/**
 * The quotation marks a quoted sentence needs, so that a sentence of dialogue is not quoted twice
 * nor shown with a mark that closes nothing.
 */

/** Double quotation marks, straight and curly. */
const DOUBLE_MARK = /["“”]/g;

/**
 * The marks to write before and after a sentence to quote it:
 * - none for a sentence that opens with its own mark (`"Tomorrow," he said.`);
 * - only an opening one for a sentence whose dialogue opened in the sentence before it
 *   (`Who was the caller"?`: an odd number of marks, none first) — the line as the speaker said it;
 * - both otherwise.
 *
 * @example quoteMarks('The council met.'); // ['"', '"']
 * @example quoteMarks('"Tomorrow," he said.'); // ['', '']
 * @example quoteMarks('Who was the caller"?'); // ['"', '']
 */
export function quoteMarks(sentence: string): readonly [string, string] {
  if (/^\s*["“]/.test(sentence)) return ['', ''];
  const marks = sentence.match(DOUBLE_MARK)?.length ?? 0;
  return marks % 2 === 1 ? ['"', ''] : ['"', '"'];
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
