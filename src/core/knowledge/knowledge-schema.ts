import { z } from 'zod';

/** `YYYY-MM-DD` that is a real calendar day (no 2007-02-30). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/** The `people` entries curated by hand: who the article names and in what role. */
export const curatedPersonSchema = z.strictObject({
  name: nonEmpty,
  role: nonEmpty.optional(),
  aliases: z.array(nonEmpty).optional(),
});

/**
 * The front matter of a knowledge file. Unknown keys are errors, not warnings: a misspelt key
 * (`tittle`) would otherwise silently drop curated data.
 */
export const frontMatterSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
  title: nonEmpty,
  published: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD'),
  source: nonEmpty,
  url: z
    .string()
    .refine((value) => value === '' || /^https?:\/\/\S+$/.test(value), 'must be an http(s) link or ""')
    .default(''),
  /** The byline, as ingest found it or the curator wrote it. */
  author: nonEmpty.optional(),
  /** The body's language, an ISO 639 code (`en`, `fr`, `pt-BR`). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or pt-BR')
    .optional(),
  /** Where ingest found a value that was not the page's own tag for it ("published from the dateline"). */
  provenance: nonEmpty.optional(),
  people: z.array(curatedPersonSchema).default([]),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
