/**
 * Fault suite, load — a protection that holds today: 200 interactions in 10 s (slash commands,
 * autocomplete and buttons, mixed) are every one acknowledged, every question answered, and no
 * message body can ping anyone. Latency from dispatch to the acknowledgement is printed (p50, p95,
 * p99, max; after one warm-up interaction of each kind), not asserted: wall-clock figures belong to benchmarks, not to a shared test machine.
 */
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../e2e/harness.js';

const INTERACTIONS = 200;
const SPREAD_MS = 10_000;

const t = useBotUnderTest({ cooldownMs: 0 });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Sent {
  kind: string;
  id: string;
  token: string;
  /** Requests that answer it completely: 1 for an immediate reply, 2 for defer + edit. */
  calls: number;
}

/** The i-th interaction of the mix. */
function send(i: number): Sent {
  const question = (name: string, option: string, value: string) => ({
    kind: `/${name}`,
    calls: 2,
    ...t().fake.slashCommand(name, [{ name: option, type: 3, value }]),
  });
  switch (i % 8) {
    case 0:
      return question('ask', 'question', 'who rejected the bridge plan');
    case 1:
      return question('when', 'query', 'did the council reject the bridge plan');
    case 2:
      return question('who', 'query', 'Maria Okafor');
    case 3:
      return question('timeline', 'topic', 'bridge');
    case 4:
      return { kind: '/help', calls: 1, ...t().fake.slashCommand('help') };
    case 5:
      return { kind: '/sources', calls: 1, ...t().fake.slashCommand('sources') };
    case 6:
      return { kind: 'autocomplete', calls: 1, ...t().fake.autocomplete('who', 'query', 'Oka') };
    default:
      return { kind: 'button', calls: 1, ...t().fake.clickButton({}, 'fd:more:Maria Okafor') };
  }
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe(`${INTERACTIONS} interactions in ${SPREAD_MS / 1000} s`, { timeout: 90_000 }, () => {
  it('acknowledges every one, answers every question once, and pings no one', async () => {
    // One of each kind first, as a bot that has been up a while has run them: the first run of each
    // code path (module loading, JIT) is not what this measures.
    const warmUp = Array.from({ length: 8 }, (_, i) => send(i));
    for (const s of warmUp) await t().fake.interactionCalls(s.token, s.calls, 10_000);

    const sent: Sent[] = [];
    const start = Date.now();
    for (let i = 0; i < INTERACTIONS; i++) {
      const due = start + (i * SPREAD_MS) / INTERACTIONS;
      if (due > Date.now()) await sleep(due - Date.now());
      sent.push(send(i));
    }

    // Bounded wait for the last answers.
    const callsFor = (s: Sent) => t().fake.requests.filter((r) => r.path.includes(s.token));
    const deadline = Date.now() + 20_000;
    while (sent.some((s) => callsFor(s).length < s.calls) && Date.now() < deadline) await sleep(50);
    await sleep(300);

    const missing = sent.filter((s) => callsFor(s).length < s.calls).map((s) => `${s.kind} ${s.id}`);
    expect(missing).toEqual([]);
    const extra = sent.filter((s) => callsFor(s).length > s.calls).map((s) => `${s.kind} ${s.id}`);
    expect(extra).toEqual([]);
    for (const s of sent) {
      const [ack, edit] = callsFor(s);
      expect(ack?.path).toBe(`/interactions/${s.id}/${s.token}/callback`);
      if (s.calls === 2) {
        expect(ack?.body).toEqual({ type: 5, data: { flags: 0 } });
        expect(edit?.method).toBe('PATCH');
        expect((edit?.body as { embeds?: unknown[] }).embeds?.length).toBeGreaterThan(0);
      }
    }

    // No ping from any body the bot sent (autocomplete results carry no message).
    const bodies = sent.flatMap(callsFor).map((r) => r.body as { type?: number; data?: object } & object);
    const messages = bodies.map((b) => ('type' in b ? b.data : b)).filter((d) => d && !('choices' in d));
    expect(messages.length).toBeGreaterThan(INTERACTIONS / 2);
    for (const m of messages) {
      if (m && ('content' in m || 'embeds' in m))
        expect(m).toMatchObject({ allowed_mentions: { parse: [] } });
    }

    expect(t().logs.filter((l) => (JSON.parse(l) as { level: number }).level >= 50)).toEqual([]);

    const latencies = sent
      .map((s) => {
        const ack = callsFor(s)[0];
        return (
          (ack ? (t().fake.receivedAt.get(ack) ?? 0) : 0) - (t().fake.interactionDispatchedAt.get(s.id) ?? 0)
        );
      })
      .sort((a, b) => a - b);
    console.log(
      `${INTERACTIONS} interactions over ${Date.now() - start} ms, dispatch → acknowledgement: ` +
        `p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, ` +
        `p99 ${percentile(latencies, 99)} ms, max ${latencies.at(-1)} ms`,
    );
  });
});
