/**
 * Fault suite, gateway side — protections that hold today: the connection dropped without a close
 * frame (1006), Discord's session timeout (4009), op 7 Reconnect and op 9 Invalid Session. After
 * each, the real discord.js client resumes or identifies again, and the bot answers commands. A
 * close with 4000 is covered by tests/e2e/channel-questions.test.ts ("resumes after the gateway
 * connection drops and still answers"); close 4014 (intent revoked while running) is one of the
 * faults being fixed, tested elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../e2e/harness.js';

const t = useBotUnderTest({ cooldownMs: 0 });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits (bounded) until the client has come back by RESUME or by a fresh IDENTIFY. */
async function reconnected(before: { identifies: number; resumes: number }, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const identified = t().fake.identifies.length > before.identifies;
    const resumed = t().fake.resumes.length > before.resumes;
    if ((identified || resumed) && t().fake.connected) return { identified, resumed };
    await sleep(20);
  }
  throw new Error(`no reconnection within ${timeoutMs} ms`);
}

/** The bot answers /help and a /ask question after the fault. */
async function stillAnswers(): Promise<void> {
  const help = t().fake.slashCommand('help');
  const [callback] = await t().fake.interactionCalls(help.token, 1, 10_000);
  expect((callback?.body as { type: number }).type).toBe(4);
  const ask = t().fake.slashCommand('ask', [
    { name: 'question', type: 3, value: 'who rejected the bridge plan' },
  ]);
  const [, edit] = await t().fake.interactionCalls(ask.token, 2, 10_000);
  expect(JSON.stringify(edit?.body)).toContain('Maria Okafor');
}

const counts = () => ({ identifies: t().fake.identifies.length, resumes: t().fake.resumes.length });

describe('gateway faults: the bot comes back and answers', { timeout: 60_000 }, () => {
  it('1006 (TCP connection dropped, no close frame) → resumes the session', async () => {
    const before = counts();
    t().fake.terminateConnections();
    expect(await reconnected(before)).toEqual({ identified: false, resumed: true });
    await stillAnswers();
  });

  it('4009 (session timed out; Discord forgot it) → the resume is refused with op 9, so it identifies anew', async () => {
    const before = counts();
    t().fake.invalidateSessions();
    t().fake.dropConnections(4009);
    const how = await reconnected(before);
    expect(how.identified).toBe(true);
    await stillAnswers();
  });

  it('op 7 Reconnect → reconnects and resumes', async () => {
    const before = counts();
    t().fake.sendOp(7);
    expect(await reconnected(before)).toEqual({ identified: false, resumed: true });
    await stillAnswers();
  });

  it('op 9 Invalid Session, resumable (d: true) → resumes', async () => {
    const before = counts();
    t().fake.sendOp(9, true);
    expect(await reconnected(before)).toEqual({ identified: false, resumed: true });
    await stillAnswers();
  });

  it('op 9 Invalid Session, not resumable (d: false) → identifies anew', async () => {
    const before = counts();
    t().fake.invalidateSessions();
    t().fake.sendOp(9, false);
    expect(await reconnected(before)).toEqual({ identified: true, resumed: false });
    await stillAnswers();
  });

  it('logged each reconnection, no error, and stayed one bot through all of it', () => {
    const records = t().logs.map((l) => JSON.parse(l) as { level: number; msg: string });
    expect(records.filter((r) => r.level >= 50)).toEqual([]);
    // One per closed connection: 1006, 4009, op 7 and op 9 (d: false); op 9 (d: true) resumes in place.
    expect(records.filter((r) => r.msg === 'gateway reconnecting').length).toBeGreaterThanOrEqual(4);
    expect(t().bot.client.isReady()).toBe(true);
  });
});
