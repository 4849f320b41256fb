/**
 * Fault suite, SIGKILL during a digest post — a protection that holds today. `npm start` runs as its
 * own process against the fake Discord; its digest is due the moment it is ready. The process is
 * killed with SIGKILL while its POST is in flight, in the two ways that matter:
 *
 * - Discord accepted the message but the answer never came back → after the restart the bot finds
 *   its message in the channel and records it: never doubled.
 * - Discord never got the message → after the restart the bot posts it: never lost.
 */
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/io/database.js';
import type { FakeDiscord, RecordedRequest } from '../e2e/fake-discord.js';
import { botEnvironment, exitWithin, run, useProcessFixture, type Run } from '../e2e/bot-process.js';
import { FAKE_TOKEN } from '../e2e/harness.js';

/** Local day and HH:MM of `at` in `timeZone`. */
function local(at: Date, timeZone: string): { day: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/**
 * A digest that is due now and stays due for a few minutes: set up 5 minutes ago for 2 minutes ago,
 * in a zone where the next minutes are still the same local day (whatever time the suite runs).
 */
function dueSchedule(): { time: string; timeZone: string; since: Date } {
  const now = Date.now();
  for (const timeZone of ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+12']) {
    const at = local(new Date(now - 120_000), timeZone);
    if (
      local(new Date(now - 300_000), timeZone).day === at.day &&
      local(new Date(now + 300_000), timeZone).day === at.day
    ) {
      return { time: at.time, timeZone, since: new Date(now - 300_000) };
    }
  }
  throw new Error('no time zone keeps the next minutes on one day (cannot happen)');
}

/**
 * One scenario: its own fake Discord and database (the digest's nonce is the same for the same
 * server and day, so two scenarios on one Discord would see each other's message).
 */
function scenario(fixture: ReturnType<typeof useProcessFixture>) {
  const fake = fixture.fake();
  const channelId = fake.channel.id;
  const dbPath = fixture.databasePath();
  const schedule = dueSchedule();
  const db = openDatabase(dbPath);
  db.setDigestSettings(
    { guildId: fake.guild.id, channelId, time: schedule.time, timeZone: schedule.timeZone, skipEmpty: false },
    schedule.since,
  );
  db.close();
  const isDigestPost = (r: RecordedRequest) =>
    r.method === 'POST' && r.path === `/channels/${channelId}/messages`;
  const start = () => fixture.track(run('src/main.ts', botEnvironment(fake.apiUrl, dbPath)));
  const digestsInChannel = () =>
    [...fake.messages.values()].filter(
      (m) => m.channel_id === channelId && String(m.content).startsWith('**Daily digest — '),
    );
  const delivery = () => {
    const reopened = openDatabase(dbPath);
    try {
      return reopened.getDelivery(fake.guild.id, local(new Date(), schedule.timeZone).day);
    } finally {
      reopened.close();
    }
  };
  return { fake, isDigestPost, start, digestsInChannel, delivery };
}

async function killDuringPost(p: Run, fake: FakeDiscord, isDigestPost: (r: RecordedRequest) => boolean) {
  await fake.waitForRequest(isDigestPost, { timeoutMs: 60_000 });
  expect(p.stderr).toContain('posting a late digest (catch-up)');
  p.child.kill('SIGKILL');
  expect(await exitWithin(p, 15_000)).toEqual({ code: null, signal: 'SIGKILL' });
}

const output = (...runs: Run[]) => runs.map((r) => r.stdout + r.stderr).join('');

/** Two process starts and a restart's reconciliation, on a shared machine. */
const TEST_TIMEOUT_MS = 120_000;

describe('SIGKILL during a digest post', { timeout: TEST_TIMEOUT_MS }, () => {
  const accepted = useProcessFixture('factdesk-fault-digest-accepted-');
  const lost = useProcessFixture('factdesk-fault-digest-lost-');

  it('Discord accepted it, the answer never came: after the restart it is recorded, never posted twice', async () => {
    const s = scenario(accepted);
    s.fake.injectFault({ match: s.isDigestPost, times: 1, delayMs: 120_000 });
    const first = s.start();
    await killDuringPost(first, s.fake, s.isDigestPost);
    expect(s.digestsInChannel()).toHaveLength(1);
    expect(s.delivery()).toMatchObject({ status: 'sending', messageIds: [] });

    const since = s.fake.mark();
    const second = s.start();
    await second.waitForLog('digest was posted before an interruption; recorded it, no second post', 60_000);
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 15_000)).toEqual({ code: 0, signal: null });

    expect(s.fake.requests.slice(since).filter(s.isDigestPost)).toEqual([]);
    expect(s.digestsInChannel()).toHaveLength(1);
    expect(s.delivery()).toMatchObject({ status: 'sent', messageIds: [s.digestsInChannel()[0]?.id] });
    expect(output(first, second)).not.toContain(FAKE_TOKEN);
  });

  it('Discord never got it: after the restart it is posted, exactly once', async () => {
    const s = scenario(lost);
    s.fake.injectFault({ match: s.isDigestPost, times: 1, hang: true });
    const first = s.start();
    await killDuringPost(first, s.fake, s.isDigestPost);
    expect(s.digestsInChannel()).toEqual([]);

    const second = s.start();
    await second.waitForLog('digest was not posted before the interruption; posting it now', 60_000);
    await second.waitForLog('"msg":"digest sent"', 30_000);
    second.child.kill('SIGTERM');
    expect(await exitWithin(second, 15_000)).toEqual({ code: 0, signal: null });

    expect(s.digestsInChannel()).toHaveLength(1);
    expect(s.delivery()).toMatchObject({ status: 'sent', messageIds: [s.digestsInChannel()[0]?.id] });
    expect(output(first, second)).not.toContain(FAKE_TOKEN);
  });
});
