/**
 * Issue 11, item 3: a failed REST call is logged with its route template
 * (`/interactions/:id/:token/callback`), never with the bot token, an interaction token (valid 15
 * minutes to post as the bot) or the request body (message text). Every byte the process prints is
 * searched.
 */
import { describe, expect, it } from 'vitest';
import { botEnvironment, exitWithin, run, useProcessFixture } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';
import { waitUntil } from './wait.js';

const fixture = useProcessFixture('factdesk-fault-redaction-');

describe('REST errors in the log', () => {
  it('name the route template, never a token or the message body', async () => {
    const fake = fixture.fake();
    const r = fixture.track(run('src/main.ts', botEnvironment(fake.apiUrl, fixture.databasePath())));
    await r.waitForLog('ready as factdesk');

    // A DiscordAPIError (4xx) on an interaction callback. (Faults are armed in the same tick as
    // the dispatch, before the bot can answer.)
    const help = fake.slashCommand('help');
    fake.injectFault({
      match: (q) => q.method === 'POST' && q.path.includes(help.token),
      status: 404,
      body: { message: 'Unknown interaction', code: 10062 },
    });
    // An HTTPError (5xx, after discord.js's three retries) on editing the deferred answer, whose
    // body holds the topic the user typed.
    const topic = 'redaction-marker-quokka';
    const timeline = fake.slashCommand('timeline', [{ name: 'topic', type: 3, value: topic }]);
    fake.injectFault({
      match: (q) => q.method === 'PATCH' && q.path.includes(timeline.token),
      status: 503,
      times: 4,
    });

    await waitUntil(
      () => r.stderr.includes('/help failed') && r.stderr.includes('/timeline failed'),
      'both failures logged',
      { timeoutMs: 20_000 },
    );
    r.child.kill('SIGTERM');
    await exitWithin(r, 10_000);

    const output = r.stdout + r.stderr;
    expect(output).toContain('/interactions/:id/:token/callback');
    expect(output).toContain('/webhooks/:id/:token/messages/@original');
    for (const secret of [FAKE_TOKEN, help.token, timeline.token]) expect(output).not.toContain(secret);
    expect(output).not.toContain(topic);
    // The help embed's text would be in a logged request body.
    expect(output).not.toContain('answers about the news');
  });
});
