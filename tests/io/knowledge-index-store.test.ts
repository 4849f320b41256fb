import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/core/types.js';
import { KnowledgeIndexStore } from '../../src/io/knowledge-index-store.js';
import { useKnownFiles } from '../../src/io/knowledge-dir.js';
import { KnowledgeWatcher } from '../../src/io/knowledge-watcher.js';
import { loadKnowledgeBase, persistentBuilder } from '../../src/io/load-knowledge-base.js';

const SOURCES = ['knowledge', 'tests/fixtures/digest', 'tests/fixtures/knowledge-e2e'];
const QUESTIONS = [
  'who rejected the Iranian proposal?',
  'when did library workers return to work?',
  'how many branches did the strike close?',
  'what did the harbour council reject?',
  'who leads the union?',
  'what pay rise did the members accept?',
];

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function tempFolder(): { dir: string; indexPath: string } {
  const root = mkdtempSync(join(tmpdir(), 'factdesk-index-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const dir = join(root, 'knowledge');
  mkdirSync(dir);
  for (const source of SOURCES) for (const f of readdirSync(source).filter((n) => n.endsWith('.md'))) copyFileSync(join(source, f), join(dir, f));
  return { dir, indexPath: join(root, 'data', 'index', 'knowledge.index') };
}

/** Loads through a freshly opened store, as a new process would. */
async function loadWithIndex(dir: string, indexPath: string) {
  const store = KnowledgeIndexStore.open(indexPath);
  try {
    return await loadKnowledgeBase(dir, {}, { store });
  } finally {
    store.close();
  }
}

function answers(kb: KnowledgeBase): string[] {
  return [...QUESTIONS.map((q) => JSON.stringify(kb.ask(q))), JSON.stringify(kb.timeline('')), JSON.stringify(kb.complete('name', 'o'))];
}

describe('persisted knowledge index', () => {
  it('GIVEN unchanged files THEN a second start reads every analysis back and answers exactly as a fresh load', async () => {
    const { dir, indexPath } = tempFolder();
    const fresh = await loadKnowledgeBase(dir, {});
    const first = await loadWithIndex(dir, indexPath);
    expect(first.index).toMatchObject({ reused: 0, analysed: fresh.kb.articles.length, rebuilt: undefined });
    const second = await loadWithIndex(dir, indexPath);
    expect(second.index).toMatchObject({ reused: fresh.kb.articles.length, analysed: 0, rebuilt: undefined });
    expect(answers(second.kb)).toEqual(answers(fresh.kb));
    expect(answers(first.kb)).toEqual(answers(fresh.kb));
  });

  it('GIVEN files untouched for a while THEN a start finds them unchanged by size and mtime alone, and still sees an edit', async () => {
    const { dir, indexPath } = tempFolder();
    const names = readdirSync(dir);
    // Files written a minute ago: their size and mtime can be trusted (a fresh write is "racy").
    const past = new Date(Date.now() - 60_000);
    for (const name of names) utimesSync(join(dir, name), past, past);
    const fresh = await loadKnowledgeBase(dir, {});
    const first = await loadWithIndex(dir, indexPath);
    expect(first.index).toMatchObject({ unread: 0, analysed: names.length });
    const second = await loadWithIndex(dir, indexPath);
    expect(second.index).toMatchObject({ unread: names.length, reused: names.length, analysed: 0 });
    expect(answers(second.kb)).toEqual(answers(fresh.kb));

    // An edit of the same size moves the mtime: that file alone is read and analysed again.
    const file = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 branches', '19 branches'));
    const edited = await loadWithIndex(dir, indexPath);
    expect(edited.index).toMatchObject({ unread: names.length - 1, analysed: 1 });
    expect(JSON.stringify(edited.kb.ask('how many branches did the strike close?'))).toContain('19 branches');
  });

  it('GIVEN a file edited within the clock\'s granularity of its last read THEN its content hash is checked, not its mtime', async () => {
    const { dir, indexPath } = tempFolder();
    // Fresh copies: modified just now, so the index must not trust their size and mtime.
    await loadWithIndex(dir, indexPath);
    const file = join(dir, '2026-03-10-library-strike-ends.md');
    const { mtime } = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 branches', '19 branches'));
    // Same size and, as a coarse clock would leave it, the same mtime.
    utimesSync(file, mtime, mtime);
    const edited = await loadWithIndex(dir, indexPath);
    expect(edited.index).toMatchObject({ unread: 0, analysed: 1 });
    expect(JSON.stringify(edited.kb.ask('how many branches did the strike close?'))).toContain('19 branches');
  });

  it('GIVEN only file signatures to learn THEN a start (or a short command) does not pay for writing the index', async () => {
    const { dir, indexPath } = tempFolder();
    // Fresh copies are "racy": the index written now holds no signature for them.
    await loadWithIndex(dir, indexPath);
    const written = readFileSync(indexPath);
    const past = new Date(Date.now() - 60_000);
    for (const name of readdirSync(dir)) utimesSync(join(dir, name), past, past);
    const next = await loadWithIndex(dir, indexPath);
    expect(next.index).toMatchObject({ reused: readdirSync(dir).length, analysed: 0, unread: 0 });
    expect(readFileSync(indexPath).equals(written)).toBe(true);
  });

  it('GIVEN a truncated index file THEN it is detected, rebuilt from the files, and answers are unchanged', async () => {
    const { dir, indexPath } = tempFolder();
    const fresh = await loadKnowledgeBase(dir, {});
    await loadWithIndex(dir, indexPath);
    truncateSync(indexPath, Math.floor(statSync(indexPath).size / 2));
    const damaged = await loadWithIndex(dir, indexPath);
    expect(damaged.index?.rebuilt).toMatch(/truncated/);
    expect(damaged.index).toMatchObject({ reused: 0, analysed: fresh.kb.articles.length });
    expect(answers(damaged.kb)).toEqual(answers(fresh.kb));
    // The rebuilt index was saved: the next start trusts it again.
    const repaired = await loadWithIndex(dir, indexPath);
    expect(repaired.index).toMatchObject({ reused: fresh.kb.articles.length, analysed: 0, rebuilt: undefined });
  });

  it('GIVEN bytes changed inside the index THEN the checksum refuses it and answers are unchanged', async () => {
    const { dir, indexPath } = tempFolder();
    const fresh = await loadKnowledgeBase(dir, {});
    await loadWithIndex(dir, indexPath);
    const data = readFileSync(indexPath);
    data.fill(0x5a, Math.floor(data.length / 2), Math.floor(data.length / 2) + 16);
    writeFileSync(indexPath, data);
    const damaged = await loadWithIndex(dir, indexPath);
    expect(damaged.index?.rebuilt).toMatch(/checksum/);
    expect(damaged.index?.analysed).toBe(fresh.kb.articles.length);
    expect(answers(damaged.kb)).toEqual(answers(fresh.kb));
  });

  it('GIVEN garbage instead of an index THEN it is rebuilt', async () => {
    const { dir, indexPath } = tempFolder();
    await loadWithIndex(dir, indexPath);
    writeFileSync(indexPath, Buffer.alloc(4096, 0x7f));
    const damaged = await loadWithIndex(dir, indexPath);
    expect(damaged.index?.rebuilt).toMatch(/unreadable index/);
    expect(damaged.index?.reused).toBe(0);
  });

  it('GIVEN an index written by another engine version THEN it is not trusted', async () => {
    const { dir, indexPath } = tempFolder();
    await loadWithIndex(dir, indexPath);
    const data = readFileSync(indexPath);
    writeFileSync(indexPath, Buffer.from(data.toString('latin1').replace('"engine":"factdesk-index/', '"engine":"factdesk-index/0-'), 'latin1'));
    const loaded = await loadWithIndex(dir, indexPath);
    expect(loaded.index?.rebuilt).toMatch(/factdesk-index\/0-/);
    expect(loaded.index?.reused).toBe(0);
  });

  it('GIVEN one edited and one removed file THEN only the edited one is analysed and the answer follows the edit', async () => {
    const { dir, indexPath } = tempFolder();
    const before = await loadWithIndex(dir, indexPath);
    const file = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 branches', '19 branches'));
    rmSync(join(dir, '2025-11-02-ferry-timetable.md'));
    const after = await loadWithIndex(dir, indexPath);
    expect(after.index).toMatchObject({ analysed: 1, reused: before.kb.articles.length - 2 });
    expect(JSON.stringify(after.kb.ask('how many branches did the strike close?'))).toContain('19 branches');
    expect(answers(after.kb)).toEqual(answers((await loadKnowledgeBase(dir, {})).kb));
  });

  it('GIVEN the bot\'s path (the watcher) over a saved index THEN nothing is parsed or analysed again, and an edit re-analyses that file alone', async () => {
    const { dir, indexPath } = tempFolder();
    const fresh = await loadKnowledgeBase(dir, {});
    await loadWithIndex(dir, indexPath);
    const store = KnowledgeIndexStore.open(indexPath);
    const builder = persistentBuilder({}, store);
    useKnownFiles(store.fileHooks);
    cleanups.push(() => useKnownFiles({}));
    const watcher = await KnowledgeWatcher.start({ dir, build: (articles) => builder.build(articles), watch: false });
    cleanups.push(() => {
      watcher.close();
      store.close();
    });
    expect(store.report).toMatchObject({ reused: fresh.kb.articles.length, analysed: 0, rebuilt: undefined });
    expect(answers(watcher.current())).toEqual(answers(fresh.kb));

    const file = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 branches', '19 branches'));
    await watcher.reload();
    expect(store.report).toMatchObject({ reused: fresh.kb.articles.length - 1, analysed: 1 });
    expect(JSON.stringify(watcher.current().ask('how many branches did the strike close?'))).toContain('19 branches');
    // Saved at close: the next start knows the edited file too.
    expect(store.close()).toBeUndefined();
    const next = await loadWithIndex(dir, indexPath);
    expect(next.index).toMatchObject({ reused: fresh.kb.articles.length, analysed: 0 });
  });

  it('GIVEN articles whose text is not all latin1 THEN a start from the index gives back every article, paragraph, person and answer exactly', async () => {
    const { dir, indexPath } = tempFolder();
    writeFileSync(
      join(dir, '2026-04-01-pier-reopens.md'),
      [
        '---',
        'id: 2026-04-01-pier-reopens',
        'title: “Pier” reopens — Zoë’s café too',
        'published: 2026-04-01',
        'source: Harbour Gazette',
        'url: ""',
        'people:',
        '  - name: Zoë Łukasiewicz',
        '    role: harbour master',
        '---',
        '',
        'The pier reopened on Tuesday, said Zoë Łukasiewicz, the harbour master. “It’s safe now,” she said 🙂.',
        '',
        'Tickets cost €4 (£3.50) from Monday. The café reopens in May.',
        '',
      ].join('\n'),
    );
    const fresh = await loadKnowledgeBase(dir, {});
    await loadWithIndex(dir, indexPath);
    const restored = await loadWithIndex(dir, indexPath);
    expect(restored.index).toMatchObject({ reused: fresh.kb.articles.length, analysed: 0 });
    expect(JSON.parse(JSON.stringify(restored.kb.articles))).toEqual(JSON.parse(JSON.stringify(fresh.kb.articles)));
    expect(restored.kb.articles.map((a) => a.paragraphs)).toEqual(fresh.kb.articles.map((a) => a.paragraphs));
    const pier = restored.kb.ask('who said the pier is safe now?');
    expect(JSON.stringify(pier)).toEqual(JSON.stringify(fresh.kb.ask('who said the pier is safe now?')));
    expect(JSON.stringify(pier)).toContain('“It’s safe now,” she said 🙂.');
    expect(answers(restored.kb)).toEqual(answers(fresh.kb));
    expect(JSON.stringify(restored.kb.keySentences('2026-04-01-pier-reopens', 3))).toEqual(JSON.stringify(fresh.kb.keySentences('2026-04-01-pier-reopens', 3)));

    // Another file edited: the save copies the other articles' text from the file it read them from
    // (which a save replaces, not overwrites); the start after it still gives back every article exactly.
    const file = join(dir, '2026-03-10-library-strike-ends.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('14 branches', '19 branches'));
    const edited = await loadWithIndex(dir, indexPath);
    expect(edited.index).toMatchObject({ analysed: 1 });
    const again = await loadWithIndex(dir, indexPath);
    const reference = await loadKnowledgeBase(dir, {});
    expect(again.index).toMatchObject({ reused: reference.kb.articles.length, analysed: 0 });
    expect(JSON.parse(JSON.stringify(again.kb.articles))).toEqual(JSON.parse(JSON.stringify(reference.kb.articles)));
    expect(answers(again.kb)).toEqual(answers(reference.kb));
    // The index file removed after a start, before any text was read: it is read from the file the start opened.
    const running = await loadWithIndex(dir, indexPath);
    rmSync(indexPath);
    expect(answers(running.kb)).toEqual(answers(reference.kb));
    expect(running.kb.articles.map((a) => a.paragraphs)).toEqual(reference.kb.articles.map((a) => a.paragraphs));
  });

  it('GIVEN a header whose section table points outside the file THEN the index is refused and rebuilt', async () => {
    const { dir, indexPath } = tempFolder();
    const fresh = await loadKnowledgeBase(dir, {});
    await loadWithIndex(dir, indexPath);
    const data = readFileSync(indexPath);
    const newline = data.indexOf(10);
    const header = JSON.parse(data.subarray(0, newline).toString('utf8')) as { sections: Array<[string, string, number, number]> };
    const text = header.sections.find(([name]) => name === 'text.starts');
    if (text === undefined) throw new Error('no text section in the index');
    text[2] = data.length * 2;
    writeFileSync(indexPath, Buffer.concat([Buffer.from(JSON.stringify(header)), data.subarray(newline)]));
    const damaged = await loadWithIndex(dir, indexPath);
    expect(damaged.index?.rebuilt).toMatch(/unreadable index \(section text.starts out of range\)/);
    expect(answers(damaged.kb)).toEqual(answers(fresh.kb));
  });
});
