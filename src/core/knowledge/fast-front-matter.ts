/**
 * A fast reader for the one front-matter shape `renderKnowledgeFile` writes: `key: scalar` lines and
 * a `people` list of `name`/`role`/`aliases`. Loading 10,000 files spends most of its time in the
 * general YAML parser; this reads the common case in a fraction of it.
 *
 * It is deliberately conservative: anything it is not sure YAML would read as the same string
 * (numbers, booleans, nulls, flow collections, comments, escapes, odd indentation, duplicate keys)
 * makes it return undefined, and the caller then uses the full YAML parser. A property test checks
 * that whenever it returns a value, the `yaml` package returns the same.
 */

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const PERSON_START = /^ {2}- ([A-Za-z_][A-Za-z0-9_]*): (.+)$/;
const PERSON_KEY = /^ {4}([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/;
const ALIAS_ITEM = /^ {6}- (.+)$/;

/** YAML 1.2 core-schema plain scalars that are not strings. */
const NOT_A_STRING = [
  /^(?:~|null|Null|NULL)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
];

/** The string a scalar as written denotes, or undefined when not certain. */
function scalar(raw: string): string | undefined {
  if (raw === '""' || raw === "''") return '';
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
    const inner = raw.slice(1, -1);
    return /^(?:[^']|'')*$/.test(inner) ? inner.replace(/''/g, "'") : undefined;
  }
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    const inner = raw.slice(1, -1);
    return /^[^"\\]*$/.test(inner) ? inner : undefined;
  }
  // Plain scalars: no indicator first, no ": " or " #" inside, no edge spaces, not another type.
  if (raw === '' || raw !== raw.trim() || /^[-?:,[\]{}#&*!|>'"%@`]/.test(raw)) return undefined;
  if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':') || raw.includes('\t')) return undefined;
  if (NOT_A_STRING.some((pattern) => pattern.test(raw))) return undefined;
  return raw;
}

/**
 * Reads the canonical front matter, or returns undefined for anything else.
 *
 * @example
 * fastFrontMatter(['id: a', 'title: T', 'url: ""']); // → { id: 'a', title: 'T', url: '' }
 * fastFrontMatter(['title: [a, b]']); // → undefined
 */
export function fastFrontMatter(lines: readonly string[]): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let people: Array<Record<string, unknown>> | undefined;
  let person: Record<string, unknown> | undefined;
  let aliases: string[] | undefined;
  for (const line of lines) {
    if (aliases !== undefined) {
      const item = ALIAS_ITEM.exec(line);
      if (item) {
        const value = scalar(item[1] ?? '');
        if (value === undefined) return undefined;
        aliases.push(value);
        continue;
      }
      if (aliases.length === 0) return undefined;
      aliases = undefined;
    }
    if (people !== undefined) {
      const start = PERSON_START.exec(line);
      if (start) {
        const value = scalar(start[2] ?? '');
        if (value === undefined || start[1] === '__proto__') return undefined;
        person = { [start[1] ?? '']: value };
        people.push(person);
        continue;
      }
      const key = PERSON_KEY.exec(line);
      if (key && person !== undefined) {
        const name = key[1] ?? '';
        if (Object.hasOwn(person, name) || name === '__proto__') return undefined;
        if (key[2] === undefined) {
          if (name !== 'aliases') return undefined;
          aliases = [];
          person[name] = aliases;
          continue;
        }
        const value = scalar(key[2]);
        if (value === undefined) return undefined;
        person[name] = value;
        continue;
      }
      if (people.length === 0) return undefined;
      people = undefined;
      person = undefined;
    }
    const top = TOP_KEY.exec(line);
    if (!top) return undefined;
    const key = top[1] ?? '';
    if (Object.hasOwn(data, key) || key === '__proto__') return undefined;
    if (top[2] === undefined) {
      if (key !== 'people') return undefined;
      people = [];
      data[key] = people;
      continue;
    }
    const value = scalar(top[2]);
    if (value === undefined) return undefined;
    data[key] = value;
  }
  if ((people !== undefined && people.length === 0) || (aliases !== undefined && aliases.length === 0)) return undefined;
  return data;
}
