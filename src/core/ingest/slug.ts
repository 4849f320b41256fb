/**
 * A file-name-safe slug of a headline: ASCII lower case, words joined by dashes, cut on a word
 * boundary so that ids stay readable in logs and citations.
 *
 * @example
 * slugify('US Rejects Iranian Proposal for Higher-Level Talks on Iraq');
 * // → 'us-rejects-iranian-proposal-for-higher-level-talks-on-iraq'
 */
export function slugify(title: string, maxLength = 60): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  let slug = '';
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`;
    if (next.length > maxLength) {
      if (slug === '') slug = word.slice(0, maxLength);
      break;
    }
    slug = next;
  }
  return slug === '' ? 'article' : slug;
}
