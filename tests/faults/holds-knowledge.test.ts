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
import { FakeDiscord } from '../e2e/fake-discord.js';
import { E2E_KNOWLEDGE_DIR, FAKE_TOKEN, spawnBotProcess, type BotProcess } from '../e2e/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'factdesk-fault-knowledge-'));
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
let bot: BotProcess;

beforeAll(async () => {
  cpSync(E2E_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  fake = await FakeDiscord.start({ acceptToken: FAKE_TOKEN });
  bot = spawnBotProcess({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: knowledgeDir,
    DATABASE_PATH: join(dir, 'data', 'factdesk.db'),
    LOG_LEVEL: 'info',
  });
  await bot.waitForOutput('ready as factdesk in 1 server, 2 articles loaded', 60_000);
}, 90_000);
afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await bot.exit();
  }
  await fake?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The log records (JSON lines) whose message is `msg`. */
function logged(msg: string): Record<string, unknown>[] {
  return bot
    .output()
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
    await bot.waitForOutput('knowledge file does not validate; skipped', 10_000);
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
    await bot.waitForOutput('knowledge file no longer validates; keeping its last good version', 10_000);
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
    expect(bot.output()).not.toContain(FAKE_TOKEN);
  });
});
