/**
 * `node --import tsx scripts/export-stories.ts [--out DIR] [--data ../shared/data]` — writes every story
 * the question bank may use, one plain-text file per story, sentence per line, into a scratch folder
 * outside the repository (default `/tmp/factdesk-stories`). Question writers read these files; they
 * never see the engine. Brown stories come through the real ingest exactly as the evaluation loads
 * them; news pages come through the real ingest of their saved HTML.
 *
 * Nothing it writes is committed: the Brown text and the shared pages stay out of the repository.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { splitSentences } from '../src/core/ingest/split-sentences.js';
import { loadBankArticles } from '../src/eval/bank-corpus.js';

const { values } = parseArgs({
  options: { out: { type: 'string', default: '/tmp/factdesk-stories' }, data: { type: 'string', default: '../shared/data' } },
});
const out = values.out;
await mkdir(out, { recursive: true });
const { stories } = await loadBankArticles({ dataDir: values.data });
const index: string[] = [];
for (const { story, article } of stories) {
  const lines = [`story: ${story}`, `title: ${article.title}`, `source: ${article.source}`, `published: ${article.published}`, ''];
  for (const p of article.paragraphs) {
    for (const s of splitSentences(p)) lines.push(s);
    lines.push('');
  }
  const words = article.paragraphs.join(' ').split(/\s+/).length;
  await writeFile(path.join(out, `${story.replace(/[^a-z0-9-]/gi, '_')}.txt`), lines.join('\n'));
  index.push(`${story}\t${words}\t${article.title}`);
}
await writeFile(path.join(out, 'INDEX.tsv'), `${index.join('\n')}\n`);
process.stdout.write(`${stories.length} stories written to ${out}\n`);
