/**
 * Whether two words differ by at most one slip of typing: a letter dropped, added or changed, or
 * two neighbours swapped (Damerau's single edit). Equal words are within it.
 *
 * @example
 * withinOneEdit('coursy', 'courcy'); // true
 * withinOneEdit('sharpe', 'shrape'); // true
 * withinOneEdit('lipton', 'lawrence'); // false
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // Changed here, or swapped with the next letter.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One letter more in the longer word, here.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Words shorter than this are too often one letter from another name ("Ann", "Anna"): never a slip. */
const SLIP_MIN_LENGTH = 5;

/**
 * Whether `typed` is the name `name` as someone typed it: the same words, in any case, with at most
 * one slip of typing in each word long enough not to be another name by one letter ("henri de
 * coursy" for "Henri De Courcy"; not "ann lee" for "Anna Lee").
 */
export function typedAsName(typed: string, name: string): boolean {
  if (typedAsWritten(typed, name)) return true;
  // "John A. Notte" is the person listed as "John A. Notte, Jr.".
  const unsuffixed = withoutGeneration(name);
  if (unsuffixed !== name.trim() && typedAsWritten(typed, unsuffixed)) return true;
  // "Mr. Steinberg" is the person listed as "Steinberg".
  const bare = withoutHonorific(typed);
  return bare !== typed.trim() && typedAsWritten(bare, name);
}

function typedAsWritten(typed: string, name: string): boolean {
  // Initials and titles are typed with or without their full stops: "w h frohock" for "W. H.
  // Frohock", "mrs long" for "Mrs. Long".
  const words = (text: string): string[] => text.trim().toLowerCase().split(/\s+/).map((w) => w.replace(/\.$/, ''));
  const t = words(typed);
  const n = words(name);
  if (t.length !== n.length) return false;
  return t.every((word, i) => {
    const want = n[i] ?? '';
    return word === want || (want.length >= SLIP_MIN_LENGTH && withinOneEdit(word, want));
  });
}

/** Courtesy titles written before a surname ("Mr.", "Mrs.", "Dr."; the plurals "Messrs.", "Mmes." and "Mesdames" of a couple's list), in lower case without the dot. */
const HONORIFICS = '(?:mr|mrs|ms|miss|dr|prof|rev|sir|lady|lord|mme|mmes|mesdames|messrs|mlle|herr|frau)';
const HONORIFIC_WORD = new RegExp(`^${HONORIFICS}\\.?$`, 'i');
const HONORIFIC_BEFORE_NAME = new RegExp(`^${HONORIFICS}\\.?\\s+(?=\\S)`, 'i');

/** Whether a word is a courtesy title: "Mr.", "mrs", "Dr". */
export function isHonorific(word: string): boolean {
  return HONORIFIC_WORD.test(word);
}

/**
 * Whether a text opens with a person's name: a courtesy title and a capitalised word ("Mr.
 * Berkely"), two capitalised words ending a phrase ("Tom Ward,"), or one capitalised word before a
 * comma ("Berkely,") — not a title and what it heads ("President of the Bell Telephone Laboratories").
 *
 * @example
 * opensWithName(' Mr. Berkely, and an expert'); // true
 * opensWithName(' President of the Bell Telephone Laboratories, was elected'); // false
 */
export function opensWithName(text: string): boolean {
  return NAME_OPENING.test(text);
}

/** Titles as written before a name, capitalised (a case-blind expression would let `\p{Lu}` match any letter). */
const TITLED = '(?:Mr|Mrs|Ms|Miss|Dr|Prof|Rev|Sir|Lady|Lord|Mme|Mlle|Herr|Frau)';
const NAME_OPENING = new RegExp(`^\\s*(?:${TITLED}\\.?\\s+\\p{Lu}|\\p{Lu}[\\p{L}'’-]+\\s+(?:\\p{Lu}\\.\\s+)?\\p{Lu}[\\p{L}'’-]+\\s*[,;.]|\\p{Lu}[\\p{L}'’-]+\\s*,)`, 'u');

/** A generational suffix closing a name: "Jr.", ", Sr.", "III". */
const GENERATION_SUFFIX = /,?\s+(?:(?:Jr|Sr)\.?|II|III|IV)$/;

/**
 * The name without the generational suffix that closes it, as text and questions often write it:
 * "John A. Notte, Jr." → "John A. Notte".
 */
export function withoutGeneration(name: string): string {
  return name.trim().replace(GENERATION_SUFFIX, '');
}

/**
 * How people shorten a person's name when they type it: the first and last names without what
 * stands between ("Ralph H. Kroening" → "Ralph Kroening"), and the surname alone ("Kroening").
 * None for a one-word name or one with a lower-case word ("Bank of America").
 *
 * @example shortNames('Ralph H. Kroening, Jr.'); // ['Ralph Kroening', 'Kroening']
 */
export function shortNames(name: string): string[] {
  const words = withoutGeneration(name).split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return [];
  const last = words[words.length - 1] as string;
  return words.length > 2 ? [`${words[0]} ${last}`, last] : [last];
}

/** The name without a courtesy title before it: "Mr. Steinberg" → "Steinberg". */
export function withoutHonorific(name: string): string {
  return name.trim().replace(HONORIFIC_BEFORE_NAME, '');
}
