/**
 * Prints, for every page of `../shared/data/news-pages/`, what ingest finds with no flags: title,
 * date, outlet, URL, byline and language, the share of the expected body's sentences kept verbatim,
 * and the furniture left. Run: `npx tsx tests/core/ingest/news-pages-report.ts`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { checkNewsPage, isForeign, NEWS_PAGES, UNKNOWN_SOURCE } from './news-pages-check.js';

if (!existsSync(NEWS_PAGES)) {
  process.stderr.write(`${NEWS_PAGES} is absent: nothing to report\n`);
  process.exit(1);
}
const names = readdirSync(NEWS_PAGES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const cell = (text: string | undefined, width = 40): string => {
  const value = (text ?? '').replace(/\|/g, '\\|');
  return value.length > width ? `${value.slice(0, width - 1)}…` : value;
};
process.stdout.write('| page | lang | title | date | outlet | url | author | from weaker places | body % | furniture left |\n|---|---|---|---|---|---|---|---|---|---|\n');
for (const name of names) {
  const check = checkNewsPage(name);
  const lang = check.expected.lang ?? '';
  if (!check.result.ok) {
    process.stdout.write(`| ${name} | ${lang} | refused: ${cell(check.result.error, 90)} | | | | | | | |\n`);
    continue;
  }
  const { article, found } = check.result;
  const coverage = check.sentences.length === 0 ? 'n/a' : `${((100 * (check.sentences.length - check.missing.length)) / check.sentences.length).toFixed(1)} (${check.sentences.length - check.missing.length}/${check.sentences.length})`;
  const outlet = article.source === UNKNOWN_SOURCE ? '**unknown**' : cell(article.source, 24);
  process.stdout.write(
    `| ${name}${isForeign(name) ? ' (not English)' : ''} | ${found?.language ?? ''} | ${cell(article.title)} | ${article.published} | ${outlet} | ${article.url === '' ? '**none**' : cell(article.url, 50)} | ${cell(found?.author, 30)} | ${Object.entries(found?.from ?? {}).map(([field, where]) => `${field}: ${where}`).join('; ')} | ${coverage} | ${check.furniture.length} |\n`,
  );
}
