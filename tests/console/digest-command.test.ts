import { describe, expect, it } from 'vitest';
import { consoleReply } from '../../src/console/console.js';
import { DIGEST_CONSOLE_USAGE, digestConsoleCommand } from '../../src/console/digest-command.js';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import { loadKnowledgeDir } from '../../src/io/knowledge-dir.js';
import { userErrorMessage } from '../../src/render/messages.js';

describe('/digest preview at the console', async () => {
  const kb = buildKnowledgeBase((await loadKnowledgeDir('tests/fixtures/digest')).articles);
  const command = digestConsoleCommand({
    firstSeen: () => new Map(),
    now: () => new Date('2026-03-10T20:00:00Z'),
    timeZone: 'Europe/London',
  });

  it("prints the digest of the last 24 hours in the bot's words", async () => {
    const text = await consoleReply('/digest preview', kb, [command]);
    expect(text?.split('\n').slice(0, 3)).toEqual([
      'Daily digest — Tuesday 10 March 2026',
      '1 new article since Monday 9 March 2026',
      '',
    ]);
    expect(text).toContain('1. Library workers end two-week strike — Valley Herald, 10 March 2026');
  });

  it('takes a day to start from, and explains its usage otherwise', async () => {
    expect(await consoleReply('/digest preview 2026-03-09', kb, [command])).toContain(
      '2 new articles since Monday 9 March 2026',
    );
    expect(await consoleReply('/digest yesterday', kb, [command])).toBe(DIGEST_CONSOLE_USAGE);
  });

  it('GIVEN /digest setup, off or status THEN it says they work in Discord only, not how to preview', async () => {
    expect(await consoleReply('/digest setup #news 09:00 Europe/Paris', kb, [command])).toBe(userErrorMessage('discord-only', { usage: '/digest setup' }));
    expect(await consoleReply('/digest status', kb, [command])).toContain('works in Discord only');
  });
});
