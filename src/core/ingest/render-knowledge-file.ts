import { stringify } from 'yaml';
import type { Article } from '../types.js';

/**
 * Renders an article as a knowledge file: YAML front matter, then one paragraph per block. Each
 * paragraph is kept on one line so that every sentence of it is a verbatim substring of the file.
 *
 * @example
 * renderKnowledgeFile({ id: '2007-07-25-talks', title: 'Talks', published: '2007-07-25',
 *   source: 'VOA', url: '', people: [], paragraphs: ['It rained.'] });
 * // → '---\nid: 2007-07-25-talks\ntitle: Talks\npublished: 2007-07-25\nsource: VOA\nurl: ""\n---\n\nIt rained.\n'
 */
export function renderKnowledgeFile(article: Article): string {
  const front: Record<string, unknown> = {
    id: article.id,
    title: article.title,
    published: article.published,
    source: article.source,
    url: article.url,
  };
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
