/**
 * Issue 11, item 4: the knowledge folder deleted and created again while the bot runs. Answers keep
 * coming from the articles already loaded; the watcher says the folder went away and came back,
 * and files added afterwards are picked up again (the old watch stayed on the deleted folder).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import { KnowledgeWatcher } from '../../src/io/knowledge-watcher.js';
import { waitUntil } from './wait.js';

const FIXTURES = 'tests/fixtures/digest';
/** A valid article (fictional) that is not in FIXTURES. */
const ADDED = 'tests/fixtures/knowledge-added/2026-03-13-night-buses-return.md';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const fn of cleanups.splice(0).reverse()) fn();
});

function fillFolder(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(dir, f));
}

async function watchedFolder() {
  const parent = mkdtempSync(join(tmpdir(), 'factdesk-fault-kw-'));
  cleanups.push(() => rmSync(parent, { recursive: true, force: true }));
  const dir = join(parent, 'knowledge');
  fillFolder(dir);
  const logs: string[] = [];
  const log = (_obj: object, msg: string) => void logs.push(msg);
  const watcher = await KnowledgeWatcher.start({
    dir,
    build: (articles) => buildKnowledgeBase(articles),
    debounceMs: 30,
    rearmPollMs: 30,
    logger: { info: log, warn: log, error: log },
  });
  cleanups.push(() => watcher.close());
  expect(watcher.current().articles).toHaveLength(3);
  return { dir, watcher, logs };
}

describe('the knowledge folder deleted and created again', () => {
  it('keeps answering, logs the folder going and coming back, and picks up new files', async () => {
    const { dir, watcher, logs } = await watchedFolder();
    rmSync(dir, { recursive: true, force: true });
    await waitUntil(() => logs.some((m) => m.includes('knowledge folder is gone')), 'the "gone" line', {
      timeoutMs: 5_000,
    });
    expect(watcher.current().articles).toHaveLength(3);

    fillFolder(dir);
    await waitUntil(() => logs.some((m) => m.includes('knowledge folder is back')), 'the "back" line', {
      timeoutMs: 5_000,
    });
    copyFileSync(ADDED, join(dir, 'added.md'));
    await waitUntil(() => watcher.current().articles.length === 4, 'the new file loaded', {
      timeoutMs: 5_000,
    });
  });

  it('also when the folder is replaced at once (deleted and created before the watcher looks)', async () => {
    const { dir, watcher, logs } = await watchedFolder();
    rmSync(dir, { recursive: true, force: true });
    fillFolder(dir);
    await waitUntil(
      () => logs.includes('knowledge folder was replaced; watching the new one'),
      'the "replaced" line',
    );
    expect(watcher.current().articles).toHaveLength(3);
    copyFileSync(ADDED, join(dir, 'added.md'));
    await waitUntil(() => watcher.current().articles.length === 4, 'the new file loaded', {
      timeoutMs: 5_000,
    });
  });
});
