/** Invisible characters that split words without showing: soft hyphen, zero-width space and joiners, word joiner, BOM. */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;

/** Spaces that do not break: no-break, narrow no-break, figure space. */
const NO_BREAK_SPACE = /[\u00a0\u202f\u2007]/g;

/**
 * Normalises text without changing its words: invisible characters removed, non-breaking spaces made
 * plain spaces. Quotes, dashes and accents are kept as written.
 *
 * @example
 * normalizeText('Vladi\u00admir said\u00a0“no”'); // → 'Vladimir said “no”'
 */
export function normalizeText(text: string): string {
  return text.replace(INVISIBLE, '').replace(NO_BREAK_SPACE, ' ');
}
