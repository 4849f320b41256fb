/**
 * Fault suite, a broken knowledge file while the bot runs — a protection that holds today. `npm
 * start` runs as its own process (the real watcher, wired as in production) over a copy of the e2e
 * knowledge folder. A new file that does not validate and a good file broken in place are each
 * logged with the file, the line and the problem; every other file keeps answering (the broken one
 * from its last good version); fixing the file is picked up without a restart.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeDiscord } from '../e2e/fake-discord.js';
import { botEnvironment, exitWithin, run, useProcessFixture, type Run } from '../e2e/bot-process.js';
import { E2E_KNOWLEDGE_DIR, FAKE_TOKEN } from '../e2e/harness.js';

const fixture = useProcessFixture('factdesk-fault-knowledge-');
const dir = mkdtempSync(join(tmpdir(), 'factdesk-fault-knowledge-folder-'));
const knowledgeDir = join(dir, 'knowledge');
const HARBOUR = '2011-03-14-harbour-council-rejects-bridge-plan.md';
const NEW = '2011-03-25-lighthouse-keeper-retires.md';

/** A new article (fictional); `extra` goes into the front matter as its line 7. */
const newArticle = (extra: string) =>
  [
    '---',
    'id: 2011-03-25-lighthouse-keeper-retires',
    'title: Lighthouse keeper retires',
    'published: 2011-03-25',
    'source: Coastal Times',
    'url: ""',
    ...(extra ? [extra] : []),
    '---',
    '',
    'The lighthouse keeper Ada Lind retired on Friday after thirty years at the point.',
    '',
  ].join('\n');

let fake: FakeDiscord;
let bot: Run;

// One bot for every test of the file (not `fixture.track`ed: that kills it after the first test).
beforeAll(async () => {
  cpSync(E2E_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  fake = fixture.fake();
  bot = run(
    'src/main.ts',
    botEnvironment(fake.apiUrl, fixture.databasePath(), { KNOWLEDGE_DIR: knowledgeDir, LOG_LEVEL: 'info' }),
  );
  await bot.waitForLog('ready as factdesk in 1 server, 2 articles loaded', 60_000);
}, 90_000);
afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await exitWithin(bot, 15_000);
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The log records (JSON lines) whose message is `msg`. */
function logged(msg: string): Record<string, unknown>[] {
  return bot.stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((r) => r.msg === msg);
}

/** The embed of the answer to `/ask question`, as JSON text. */
async function ask(question: string): Promise<string> {
  const i = fake.slashCommand('ask', [{ name: 'question', type: 3, value: question }]);
  const [, edit] = await fake.interactionCalls(i.token, 2, 10_000);
  return JSON.stringify(edit?.body);
}

describe('a broken knowledge file while running', { timeout: 60_000 }, () => {
  it('a new file that does not validate: logged with file, line and problem; the others still answer', async () => {
    writeFileSync(join(knowledgeDir, NEW), newArticle('colour: blue'));
    await bot.waitForLog('knowledge file does not validate; skipped', 10_000);
    const [record] = logged('knowledge file does not validate; skipped');
    expect(record?.level).toBe(40);
    expect(record?.file).toBe(join(knowledgeDir, NEW));
    expect(record?.problems).toEqual([
      { file: join(knowledgeDir, NEW), line: 7, message: 'unknown key "colour"' },
    ]);

    expect(await ask('who thanked the council leader for listening')).toContain(
      'Ferry company welcomes bridge decision',
    );
    expect(await ask('who retired after thirty years')).not.toContain('Lighthouse keeper retires');
  });

  it('a good file broken in place: logged, and answered from its last good version', async () => {
    const good = readFileSync(join(knowledgeDir, HARBOUR), 'utf8');
    writeFileSync(join(knowledgeDir, HARBOUR), good.replace(/^title: .*$/m, 'title: [unclosed'));
    await bot.waitForLog('knowledge file no longer validates; keeping its last good version', 10_000);
    const [record] = logged('knowledge file no longer validates; keeping its last good version');
    expect(record?.file).toBe(join(knowledgeDir, HARBOUR));
    const problems = record?.problems as { file: string; line: number; message: string }[];
    expect(problems[0]?.file).toBe(join(knowledgeDir, HARBOUR));
    // The broken title is line 3; the YAML parser notices the unclosed bracket there or on the next line.
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
    expect(problems[0]?.line).toBeLessThanOrEqual(4);
    expect(problems[0]?.message).toMatch(/^invalid YAML: /);

    expect(await ask('who rejected the bridge plan')).toContain('Harbour council rejects bridge plan');
    writeFileSync(join(knowledgeDir, HARBOUR), good);
  });

  it('fixing the file is picked up without a restart', async () => {
    writeFileSync(join(knowledgeDir, NEW), newArticle(''));
    const deadline = Date.now() + 10_000;
    while (!logged('knowledge reloaded').some((r) => r.articles === 3) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(logged('knowledge reloaded').some((r) => r.articles === 3)).toBe(true);
    expect(await ask('who retired after thirty years')).toContain('Lighthouse keeper retires');
    expect(bot.child.exitCode).toBeNull();
    expect(bot.stdout + bot.stderr).not.toContain(FAKE_TOKEN);
  });
});
