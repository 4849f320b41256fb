import { copyFileSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../src/core/types.js';
import { openDatabase, type FactdeskDatabase } from '../../src/io/database.js';
import { KnowledgeWatcher, type ReloadReport } from '../../src/io/knowledge-watcher.js';

const FIXTURES = 'tests/fixtures/digest';
const NOW = new Date('2026-03-12T10:00:00.000Z');

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function tempKnowledge(files: string[] = readdirSync(FIXTURES)): string {
  const dir = mkdtempSync(join(tmpdir(), 'factdesk-kw-'));
  for (const f of files) copyFileSync(join(FIXTURES, f), join(dir, f));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function memoryDb(): FactdeskDatabase {
  const db = openDatabase(':memory:');
  cleanups.push(() => db.close());
  return db;
}

interface LogLine {
  level: string;
  msg: string;
  obj: object;
}

function recorder() {
  const lines: LogLine[] = [];
  const at = (level: string) => (obj: object, msg: string) => void lines.push({ level, msg, obj });
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } };
}

async function until(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const build = (articles: readonly Article[]): KnowledgeBase => buildKnowledgeBase(articles);

const NEW_ARTICLE = `---
id: 2026-03-12-tram-line-approved
title: Council approves new tram line
published: 2026-03-12
source: Valley Herald
url: https://example.org/news/tram
---

The Port Calder council approved a new tram line to the airport on Thursday by 31 votes to 9.

Transport chief Miriam Castell said construction would start in September.
`;

async function startWatcher(dir: string, extra: Partial<Parameters<typeof KnowledgeWatcher.start>[0]> = {}) {
  const watcher = await KnowledgeWatcher.start({ dir, build, now: () => NOW, debounceMs: 50, ...extra });
  cleanups.push(() => watcher.close());
  return watcher;
}

describe('KnowledgeWatcher', () => {
  it("loads the folder and dates a first start's articles by their publication day", async () => {
    const db = memoryDb();
    const watcher = await startWatcher(tempKnowledge(), { watch: false, firstSeen: db });
    expect(watcher.current().articles).toHaveLength(3);
    expect(db.firstSeen().get('2026-03-09-harbour-bridge-reopens')).toBe('2026-03-09T00:00:00.000Z');
  });

  it('picks up a new file without a restart: answerable at once, first seen now', async () => {
    const db = memoryDb();
    const dir = tempKnowledge();
    const reports: ReloadReport[] = [];
    const watcher = await startWatcher(dir, { firstSeen: db, onReload: (r) => reports.push(r) });
    const before = watcher.current();
    expect(before.ask('who approved the tram line to the airport').kind).toBe('unknown');

    writeFileSync(join(dir, '2026-03-12-tram-line-approved.md'), NEW_ARTICLE);
    await until(() => watcher.current().articles.length === 4, 'the new article');

    const answer = watcher.current().ask('who approved the tram line to the airport');
    expect(answer.kind).toBe('answer');
    expect(answer.kind === 'answer' && answer.citations[0]?.article.id).toBe('2026-03-12-tram-line-approved');
    expect(db.firstSeen().get('2026-03-12-tram-line-approved')).toBe(NOW.toISOString());
    expect(reports.at(-1)?.newArticleIds).toEqual(['2026-03-12-tram-line-approved']);
    // The old knowledge base is untouched: whoever still holds it sees a complete, consistent base.
    expect(before.articles).toHaveLength(3);
  });

  it('keeps the last good version of a file that stops validating, and logs it', async () => {
    const dir = tempKnowledge();
    const { lines, logger } = recorder();
    const watcher = await startWatcher(dir, { logger, watch: false });
    const file = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(
      file,
      '---\nid: 2026-03-10-library-strike-ends\ntitle: Broken\npublished: 2026-13-45\nsource: X\n---\n\nText.\n',
    );

    const report = await watcher.reload();
    expect(report.rejected).toMatchObject([
      { file: '2026-03-10-library-strike-ends.md', keptPrevious: true },
    ]);
    const kept = watcher.current().articles.find((a) => a.id === '2026-03-10-library-strike-ends');
    expect(kept?.title).toBe('Library workers end two-week strike');
    expect(lines.some((l) => l.level === 'warn' && /keeping its last good version/.test(l.msg))).toBe(true);
  });

  it('skips and logs a new file that never validated', async () => {
    const dir = tempKnowledge();
    const { lines, logger } = recorder();
    const watcher = await startWatcher(dir, { logger, watch: false });
    writeFileSync(join(dir, 'zz-broken.md'), 'no front matter here\n');
    const report = await watcher.reload();
    expect(report.rejected).toMatchObject([{ file: 'zz-broken.md', keptPrevious: false }]);
    expect(watcher.current().articles).toHaveLength(3);
    expect(lines.some((l) => l.level === 'warn' && /does not validate/.test(l.msg))).toBe(true);
  });

  it('drops the article of a deleted file', async () => {
    const dir = tempKnowledge();
    const watcher = await startWatcher(dir);
    unlinkSync(join(dir, '2025-11-02-ferry-timetable.md'));
    await until(() => watcher.current().articles.length === 2, 'the deletion');
    expect(watcher.current().articles.map((a) => a.id)).not.toContain('2025-11-02-ferry-timetable');
  });

  it('debounces a burst of writes into one reload', async () => {
    const dir = tempKnowledge([]);
    const reports: ReloadReport[] = [];
    const watcher = await startWatcher(dir, { debounceMs: 150, onReload: (r) => reports.push(r) });
    const initial = reports.length;
    for (let i = 0; i < 5; i++)
      writeFileSync(
        join(dir, '2026-03-12-tram-line-approved.md'),
        NEW_ARTICLE.replace('31 votes', `${31 + i} votes`),
      );
    await until(() => watcher.current().articles.length === 1, 'the burst to settle');
    await watcher.idle();
    expect(reports.length - initial).toBe(1);
  });

  it('swaps atomically: until the new base is complete, readers get the previous one', async () => {
    const dir = tempKnowledge();
    const seenDuringBuild: number[] = [];
    const holder: { watcher?: KnowledgeWatcher } = {};
    const watcher = await startWatcher(dir, {
      watch: false,
      build: (articles) => {
        if (holder.watcher) seenDuringBuild.push(holder.watcher.current().articles.length);
        return buildKnowledgeBase(articles);
      },
    });
    holder.watcher = watcher;
    writeFileSync(join(dir, '2026-03-12-tram-line-approved.md'), NEW_ARTICLE);
    await watcher.reload();
    expect(seenDuringBuild).toEqual([3]);
    expect(watcher.current().articles).toHaveLength(4);
  });

  it('applies the files a watch event names and looks at no other; a scan of the folder finds the rest', async () => {
    const dir = tempKnowledge();
    const watcher = await startWatcher(dir, { watch: false });
    const edited = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('14 branches', '19 branches'));
    writeFileSync(join(dir, '2026-03-12-tram-line-approved.md'), NEW_ARTICLE);
    unlinkSync(join(dir, '2025-11-02-ferry-timetable.md'));

    const named = await watcher.reloadFiles(['2026-03-10-library-strike-ends.md', '2025-11-02-ferry-timetable.md']);
    expect(named).toMatchObject({ loaded: ['2026-03-10-library-strike-ends.md'], removed: ['2025-11-02-ferry-timetable.md'], articleCount: 2 });
    expect(JSON.stringify(watcher.current().ask('how many branches did the strike close?'))).toContain('19 branches');
    expect(watcher.current().articles.map((a) => a.id)).not.toContain('2026-03-12-tram-line-approved');

    const scanned = await watcher.reload();
    expect(scanned).toMatchObject({ loaded: ['2026-03-12-tram-line-approved.md'], removed: [], articleCount: 3 });
  });

  it('finds a change no watch event reported with its periodic scan of the folder', async () => {
    // A file written through a hard link from outside the folder changes without an event for it.
    const outside = mkdtempSync(join(tmpdir(), 'factdesk-kw-outside-'));
    cleanups.push(() => rmSync(outside, { recursive: true, force: true }));
    const dir = tempKnowledge();
    const name = '2026-03-12-tram-line-approved.md';
    writeFileSync(join(outside, name), NEW_ARTICLE);
    linkSync(join(outside, name), join(dir, name));
    const watcher = await startWatcher(dir, { debounceMs: 20, rescanMs: 100 });
    expect(watcher.current().articles).toHaveLength(4);
    writeFileSync(join(outside, name), NEW_ARTICLE.replace('31 votes to 9', '33 votes to 7'));
    await until(() => JSON.stringify(watcher.current().ask('how many votes did the tram line get?')).includes('33 votes'), 'the periodic scan');
  });

  it('treats a named file replaced by a link like a removed one, as the scan of the folder does', async () => {
    const dir = tempKnowledge();
    const watcher = await startWatcher(dir, { watch: false });
    const name = '2025-11-02-ferry-timetable.md';
    unlinkSync(join(dir, name));
    symlinkSync(join(process.cwd(), FIXTURES, name), join(dir, name));
    expect(await watcher.reloadFiles([name])).toMatchObject({ removed: [name], articleCount: 2 });
    // The scan of the folder agrees: a link is not a knowledge file.
    expect(await watcher.reload()).toMatchObject({ loaded: [], removed: [], articleCount: 2 });
  });

  it('keeps the knowledge base when the folder disappears', async () => {
    const dir = tempKnowledge();
    const { lines, logger } = recorder();
    const watcher = await startWatcher(dir, { watch: false, logger });
    rmSync(dir, { recursive: true, force: true });
    await watcher.reload();
    expect(watcher.current().articles).toHaveLength(3);
    expect(lines.some((l) => l.level === 'error')).toBe(true);
  });
});
