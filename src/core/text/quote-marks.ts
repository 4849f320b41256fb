/**
 * The quotation marks a quoted sentence needs, so that every citation shows where it starts and
 * ends and its own marks, kept as written, are never taken for ours.
 */

/**
 * The marks to write before and after a sentence to quote it: straight double marks, so that every
 * citation shows where it starts and ends, and the sentence itself stays word for word. A sentence
 * with straight double marks of its own — wherever they stand: `"Skip" Hovarter is back.`, `He
 * called it "a disgrace" at once.`, or a dialogue opened in the sentence before, `Who was the
 * caller"?` — is set in curly marks, so that its own marks are never read as ours and every quote
 * within a quote looks the same in the console, in Discord and in the digest; a sentence with only
 * curly marks of its own keeps the straight ones.
 *
 * @example quoteMarks('The council met.'); // ['"', '"']
 * @example quoteMarks('"Tomorrow," he said.'); // ['“', '”']
 * @example quoteMarks('She asked "why" twice.'); // ['“', '”']
 * @example quoteMarks('“Tomorrow,” he said.'); // ['"', '"']
 */
export function quoteMarks(sentence: string): readonly [string, string] {
  return sentence.includes('"') ? ['“', '”'] : ['"', '"'];
}

/**
 * One pair of marks for sentences shown together (a profile's, a timeline's, an answer's with its
 * supporting sentences, a digest's), so that their marks do not change from line to line: curly
 * ones around every one when any of them holds straight double marks of its own and none holds
 * curly ones, straight ones when none holds straight marks; undefined (each sentence its own, as
 * {@link quoteMarks} says) when some hold straight marks and others curly ones.
 *
 * @example marksForAll(['The council met.', 'She called it "a disgrace".']); // ['“', '”']
 * @example marksForAll(['The council met.', 'The ferry sailed.']); // ['"', '"']
 */
export function marksForAll(sentences: readonly string[]): readonly [string, string] | undefined {
  const straight = sentences.some((sentence) => sentence.includes('"'));
  if (!straight) return ['"', '"'];
  return sentences.some((sentence) => /[“”]/.test(sentence)) ? undefined : ['“', '”'];
}

/**
 * A sentence in quotation marks as {@link quoteMarks} says (or in `marks`, those of the sentences
 * shown with it: {@link marksForAll}), `shorten` applied to the sentence within them (so that
 * marks are never cut off).
 *
 * @example quoted('The council met.'); // '"The council met."'
 */
export function quoted(sentence: string, shorten: (text: string, room: number) => string = (text) => text, max = Number.POSITIVE_INFINITY, marks?: readonly [string, string]): string {
  const [open, close] = marks ?? quoteMarks(sentence);
  return `${open}${shorten(sentence, Math.max(1, max - open.length - close.length))}${close}`;
}
