import { stringify } from 'yaml';
import type { Article } from '../types.js';

/** What ingest found beside the article: written to the front matter when present. */
export interface KnowledgeFileExtras {
  /** The byline. */
  author?: string | undefined;
  /** ISO 639-1 code of the body's language. */
  language?: string | undefined;
  /** Where a value came from, only when not obvious: `{ published: 'the dateline' }`. */
  from?: Partial<Record<string, string>> | undefined;
}

/** `{ published: 'the dateline', source: 'the copyright line' }` → one readable line. */
function provenance(from: KnowledgeFileExtras['from']): string | undefined {
  const parts = Object.entries(from ?? {})
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
    .map(([field, where]) => `${field} from ${where}`);
  return parts.length === 0 ? undefined : parts.join('; ');
}

/**
 * Renders an article as a knowledge file: YAML front matter, then one paragraph per block. Each
 * paragraph is kept on one line so that every sentence of it is a verbatim substring of the file.
 * The byline, the language and, when not obvious, where a value came from are written when given.
 *
 * @example
 * renderKnowledgeFile({ id: '2007-07-25-talks', title: 'Talks', published: '2007-07-25',
 *   source: 'VOA', url: '', people: [], paragraphs: ['It rained.'] });
 * // → '---\nid: 2007-07-25-talks\ntitle: Talks\npublished: 2007-07-25\nsource: VOA\nurl: ""\n---\n\nIt rained.\n'
 */
export function renderKnowledgeFile(article: Article, extras: KnowledgeFileExtras = {}): string {
  const front: Record<string, unknown> = {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
  };
  if (extras.author !== undefined && extras.author.trim() !== '') front['author'] = extras.author.replace(/\s+/g, ' ').trim();
  if (extras.language !== undefined && extras.language !== '') front['language'] = extras.language;
  const from = provenance(extras.from);
  if (from !== undefined) front['provenance'] = from;
  if (article.people.length > 0) {
    front['people'] = article.people.map((person) => ({
      name: person.name,
      ...(person.role === undefined ? {} : { role: person.role }),
      ...(person.aliases === undefined || person.aliases.length === 0 ? {} : { aliases: person.aliases }),
    }));
  }
  const yaml = stringify(front, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  const body = article.paragraphs.map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
  return `---\n${yaml}---\n\n${body.join('\n\n')}\n`;
}
