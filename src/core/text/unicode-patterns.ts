/**
 * Unicode letter tests shared by the text, facts and answer code. They are module constants, not
 * literals written where they are used: tsx (esbuild), which the bench and `npm run` scripts run
 * under, turns a `\p{…}` literal into a `new RegExp` at its every evaluation. None has the `g` flag,
 * so sharing one across callers keeps no state between them.
 */

/** Opens with an upper-case letter: `Iran`, `Émile`. */
export const STARTS_UPPER = /^\p{Lu}/u;
/** Opens with a lower-case letter. */
export const STARTS_LOWER = /^\p{Ll}/u;
/** Holds a lower-case letter somewhere. */
export const HAS_LOWER = /\p{Ll}/u;
/** A letter or digit of any script. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
