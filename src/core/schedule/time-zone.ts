/**
 * True for an IANA time zone name the runtime knows (`Europe/London`, `UTC`), false for anything
 * else (`Mars/Olympus`, `+02:00`, `''`). Offsets are refused on purpose: they do not follow
 * daylight saving, which is the whole point of asking for a zone.
 *
 * @example
 * isValidTimeZone('America/New_York'); // true
 * isValidTimeZone('Mars/Olympus'); // false
 */
export function isValidTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Time zones matching what the user typed so far, for autocomplete: names starting with the query
 * first, then names containing it anywhere (so `york` finds `America/New_York`), at most `limit`.
 *
 * @example
 * matchTimeZones('lond', ['Europe/London', 'Europe/Paris']); // ['Europe/London']
 */
export function matchTimeZones(query: string, zones: readonly string[], limit = 25): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '_');
  if (q === '') return zones.slice(0, limit);
  const starts: string[] = [];
  const partStarts: string[] = [];
  const contains: string[] = [];
  for (const zone of zones) {
    const z = zone.toLowerCase();
    if (z.startsWith(q)) starts.push(zone);
    else if (z.split('/').some((part) => part.startsWith(q))) partStarts.push(zone);
    else if (z.includes(q)) contains.push(zone);
  }
  return [...starts, ...partStarts, ...contains].slice(0, limit);
}
