/**
 * Slash commands, autocomplete and buttons, end to end: the real discord.js client against the fake
 * Discord, asserting the exact bodies the fake receives.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { outcomeReply } from '../../src/discord/discord-replies.js';
import { answerFor, whoFor } from '../../src/render/replies.js';
import { MESSAGES, userErrorMessage } from '../../src/render/messages.js';
import type { RecordedRequest } from './fake-discord.js';
import { startBotUnderTest, watchUnhandledRejections, type BotUnderTest } from './harness.js';

const HARBOUR_ID = '2011-03-14-harbour-council-rejects-bridge-plan';
const rejections = watchUnhandledRejections();
let t: BotUnderTest;

beforeAll(async () => {
  t = await startBotUnderTest();
});
afterEach(() => rejections.check());
afterAll(async () => {
  await t?.stop();
  rejections.dispose();
});

interface CallbackBody {
  type: number;
  data?: {
    content?: string;
    embeds?: APIEmbed[];
    components?: { components: { custom_id?: string; label?: string }[] }[];
    flags?: number;
    allowed_mentions?: unknown;
    choices?: { name: string; value: string }[];
  };
}
interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: { components: { custom_id?: string; label?: string }[] }[];
  flags?: number;
  allowed_mentions?: unknown;
}

const option = (name: string, value: string | number, type = 3) => ({ name, type, value });

/** Dispatches a question command and returns [callback, edit of the deferred reply]. */
async function askCommand(
  name: string,
  optionName: string,
  text: string,
): Promise<[RecordedRequest, RecordedRequest]> {
  const i = t.fake.slashCommand(name, [option(optionName, text)]);
  const [callback, edit] = await t.fake.interactionCalls(i.token, 2);
  return [callback as RecordedRequest, edit as RecordedRequest];
}

describe('question commands', () => {
  it('/ask defers, then edits in the answer embed with the quoted sentence, title, outlet, date and link', async () => {
    const [callback, edit] = await askCommand('ask', 'question', 'who rejected the plan to build a bridge');
    expect(callback.method).toBe('POST');
    expect(callback.path).toMatch(/^\/interactions\/\d+\/[^/]+\/callback$/);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(edit.method).toBe('PATCH');
    expect(edit.path).toBe(`/webhooks/${t.fake.applicationId}/${edit.path.split('/')[3]}/messages/@original`);
    const body = edit.body as MessageBody;
    const expected = outcomeReply(answerFor(t.kb, 'who rejected the plan to build a bridge'));
    expect(body.embeds).toEqual(expected.embeds);
    expect(body.components).toEqual(expected.components);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const embed = body.embeds?.[0];
    expect(embed?.title).toBe('Harbour council rejects bridge plan');
    expect(embed?.url).toBe('https://example.org/news/harbour-bridge');
    expect(embed?.footer?.text).toBe('Harbour Gazette · 14 March 2011');
    expect(embed?.description).toMatch(/^\*\*Maria Okafor, council leader\*\*\n\n> "HARBOUR, March 14 — /);
    expect(body.components?.[0]?.components).toEqual([
      {
        type: 2,
        style: 2,
        label: MESSAGES.showContext,
        custom_id: `fd:ctx:0:0:${HARBOUR_ID}`,
        disabled: false,
      },
      // The ferry article also names her.
      { type: 2, style: 2, label: MESSAGES.otherSources, custom_id: 'fd:more:Maria Okafor', disabled: false },
    ]);
  });

  it.each([
    ['who', 'rejected the plan to build a bridge'],
    ['when', 'did the council reject the bridge plan'],
    ['what', 'did the council reject'],
    ['where', 'did the council want a bridge'],
    ['why', 'did the council reject the bridge'],
  ])('/%s %s answers through the core with the question type forced', async (name, query) => {
    const [callback, edit] = await askCommand(name, 'query', query);
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const expected = outcomeReply(
      name === 'who'
        ? whoFor(t.kb, query)
        : answerFor(t.kb, query, name as 'when' | 'what' | 'where' | 'why'),
    );
    expect((edit.body as MessageBody).embeds).toEqual(expected.embeds);
    expect((edit.body as MessageBody).allowed_mentions).toEqual({ parse: [] });
  });

  it('/when shows the resolved day as a Discord timestamp', async () => {
    const [, edit] = await askCommand('when', 'query', 'did the council reject the bridge plan');
    expect((edit.body as MessageBody).embeds?.[0]?.description).toContain('<t:1300104000:D>');
  });

  it('/who with a known name shows the profile with an "Other sources" button', async () => {
    const [, edit] = await askCommand('who', 'query', 'Maria Okafor');
    const body = edit.body as MessageBody;
    expect(body.embeds?.[0]?.title).toBe('Maria Okafor');
    expect(body.embeds?.[0]?.description).toContain('**Roles:** council leader');
    expect(body.components?.[0]?.components).toEqual([
      { type: 2, style: 2, label: MESSAGES.otherSources, custom_id: 'fd:more:Maria Okafor', disabled: false },
    ]);
  });

  it('GIVEN /who Maria Okafor and then /what with "she" THEN the follow-up is about her and says so above the answer', async () => {
    await askCommand('who', 'query', 'Maria Okafor');
    const [, edit] = await askCommand('what', 'query', 'would she study instead');
    const body = edit.body as MessageBody;
    expect(body.content).toBe('Taking “she” as Maria Okafor.');
    expect(body.embeds).toEqual(outcomeReply(answerFor(t.kb, 'would Maria Okafor study instead', 'what')).embeds);
  });

  it('"I don\'t know" says so plainly and offers suggestions', async () => {
    const [, edit] = await askCommand('ask', 'question', 'who won the chess tournament in Reykjavik');
    const embed = (edit.body as MessageBody).embeds?.[0];
    expect(embed?.description?.startsWith(MESSAGES.unknown)).toBe(true);
    expect(embed?.description).toContain(MESSAGES.suggestionsLead);
    expect((edit.body as MessageBody).components).toEqual([]);
  });

  it('"not sure" shows the closest sentence with its article and a Show context button', async () => {
    // The story gives no amount, only "far more than the town could afford": a question this model
    // hedges on (below its answer threshold, above the one for showing the closest sentence); if a
    // retrained model answers it, pick another question it hedges on.
    const question = 'how much would the bridge cost';
    const result = t.kb.ask(question);
    expect(result.kind === 'unknown' && result.closest !== undefined).toBe(true);
    const [, edit] = await askCommand('ask', 'question', question);
    const body = edit.body as MessageBody;
    const embed = body.embeds?.[0];
    expect(embed?.description?.startsWith(MESSAGES.unsure)).toBe(true);
    expect(embed?.description).toContain(
      'She said the bridge would cost far more than the town could afford',
    );
    expect(embed?.title).toBe('Harbour council rejects bridge plan');
    expect(embed?.url).toBe('https://example.org/news/harbour-bridge');
    expect(body.components?.[0]?.components[0]).toMatchObject({ label: MESSAGES.showContext });
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses an over-long option with an ephemeral explanation, without deferring', async () => {
    const i = t.fake.slashCommand('ask', [option('question', 'why '.repeat(80))]);
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    expect(callback?.body).toEqual({
      type: 4,
      data: {
        content: userErrorMessage('question-too-long', { max: 300 }),
        embeds: [],
        components: [],
        allowed_mentions: { parse: [] },
        flags: 64,
        tts: false,
        enforce_nonce: false,
      },
    });
  });

  it('refuses an empty question with an ephemeral explanation', async () => {
    const i = t.fake.slashCommand('what', [option('query', '   ')]);
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    expect((callback?.body as CallbackBody).data).toMatchObject({
      content: userErrorMessage('question-empty'),
      flags: 64,
      allowed_mentions: { parse: [] },
    });
  });

  it('/timeline lists dated events; an unknown topic is echoed without pinging @everyone', async () => {
    const [, edit] = await askCommand('timeline', 'topic', 'bridge');
    expect((edit.body as MessageBody).embeds?.[0]?.title).toBe('Timeline: bridge');
    expect((edit.body as MessageBody).embeds?.[0]?.description).toContain('**14 March 2011**');

    const [, echo] = await askCommand('timeline', 'topic', '@everyone @here <@&123456789012345678>');
    const body = echo.body as MessageBody;
    expect(body.embeds?.[0]?.description).toContain('@everyone');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('/help replies at once, ephemerally, listing every command', async () => {
    const i = t.fake.slashCommand('help');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    for (const usage of [
      '/ask <question>',
      '/who <query>',
      '/timeline <topic>',
      '/sources',
      '/factdesk channels',
    ]) {
      expect(body.data?.embeds?.[0]?.description).toContain(usage);
    }
  });

  it('/sources lists the articles with outlet, date and link', async () => {
    const i = t.fake.slashCommand('sources');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const embed = (callback?.body as CallbackBody).data?.embeds?.[0];
    expect(embed?.title).toBe('Sources (2 articles)');
    expect(embed?.description).toBe(
      [
        'Ferry company welcomes bridge decision — Coastal Times, 20 March 2011',
        '[Harbour council rejects bridge plan](https://example.org/news/harbour-bridge) — Harbour Gazette, 14 March 2011',
      ].join('\n'),
    );
  });
});

describe('autocomplete', () => {
  it('/who offers matching names from the knowledge base', async () => {
    const i = t.fake.autocomplete('who', 'query', 'Oka');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    expect(callback?.body).toEqual({
      type: 8,
      data: { choices: [{ name: 'Maria Okafor', value: 'Maria Okafor' }] },
    });
  });

  it('/timeline offers at most 25 topics', async () => {
    const i = t.fake.autocomplete('timeline', 'topic', '');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.type).toBe(8);
    expect(body.data?.choices?.length).toBeGreaterThan(0);
    expect(body.data?.choices?.length).toBeLessThanOrEqual(25);
  });
});

describe('buttons', () => {
  async function answeredMessage(question: string): Promise<Record<string, unknown>> {
    const [, edit] = await askCommand('ask', 'question', question);
    return {
      ...(edit.body as object),
      id: '1100000000000000001',
      channel_id: t.fake.channel.id,
      author: t.fake.userPayload(t.fake.bot),
      type: 0,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      attachments: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      tts: false,
      mention_everyone: false,
    };
  }

  it('"Show context" answers ephemerally with the paragraph, the cited sentence in bold', async () => {
    const message = await answeredMessage('who rejected the plan to build a bridge');
    const customId = (message.components as MessageBody['components'])?.[0]?.components[0]?.custom_id ?? '';
    const i = t.fake.clickButton(message, customId);
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.type).toBe(4);
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.description).toContain(
      '**HARBOUR, March 14 — Council leader Maria Okafor rejected the plan',
    );
    expect(body.data?.embeds?.[0]?.description).toContain('She said the bridge would cost');
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('"Show context" works under a "not sure" reply too, showing the closest sentence in its paragraph', async () => {
    const message = await answeredMessage('how much would the bridge cost');
    expect((message.embeds as APIEmbed[] | undefined)?.[0]?.description?.startsWith(MESSAGES.unsure)).toBe(
      true,
    );
    const customId = (message.components as MessageBody['components'])?.[0]?.components[0]?.custom_id ?? '';
    const i = t.fake.clickButton(message, customId);
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.description).toContain('**She said the bridge would cost far more');
  });

  it('"Show context" still works from ids alone (as after a restart) and explains a removed article', async () => {
    const i = t.fake.clickButton({}, 'fd:ctx:0:0:2001-01-01-an-article-since-removed');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    expect((callback?.body as CallbackBody).data).toMatchObject({
      content: userErrorMessage('article-gone'),
      flags: 64,
    });
  });

  it('"Other sources" lists the other articles naming the subject, ephemerally', async () => {
    const i = t.fake.clickButton({}, 'fd:more:Maria Okafor');
    const [callback] = await t.fake.interactionCalls(i.token, 1);
    const body = callback?.body as CallbackBody;
    expect(body.data?.flags).toBe(64);
    expect(body.data?.embeds?.[0]?.title).toBe('Other sources on Maria Okafor');
    expect(body.data?.embeds?.[0]?.description).toContain('Coastal Times');
    expect(body.data?.embeds?.[0]?.description).toContain('Harbour Gazette');
  });
});

describe('/sources paging', () => {
  let many: BotUnderTest;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'factdesk-sources-'));
    for (let n = 1; n <= 12; n++) {
      const day = String(n).padStart(2, '0');
      await writeFile(
        join(dir, `2012-05-${day}-notice-${n}.md`),
        `---\nid: 2012-05-${day}-notice-${n}\ntitle: Library notice ${n}\npublished: 2012-05-${day}\nsource: Town Bulletin\nurl: ""\n---\n\nThe town library extended its opening hours for week ${n}.\n`,
      );
    }
    many = await startBotUnderTest({ knowledgeDir: dir });
  });
  afterAll(async () => {
    await many?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows ten articles with Previous/Next, and Next edits the message in place to page 2', async () => {
    const i = many.fake.slashCommand('sources');
    const [callback] = await many.fake.interactionCalls(i.token, 1);
    const first = callback?.body as CallbackBody;
    expect(first.data?.embeds?.[0]?.footer?.text).toBe('Page 1 of 2');
    expect(first.data?.embeds?.[0]?.description?.split('\n')).toHaveLength(10);
    expect(first.data?.components?.[0]?.components.map((b) => b.custom_id)).toEqual(['fd:src:0', 'fd:src:1']);

    const click = many.fake.clickButton(
      {
        ...first.data,
        id: '1100000000000000002',
        channel_id: many.fake.channel.id,
        author: many.fake.userPayload(many.fake.bot),
        type: 0,
        timestamp: new Date().toISOString(),
        edited_timestamp: null,
        attachments: [],
        mentions: [],
        mention_roles: [],
        pinned: false,
        tts: false,
        mention_everyone: false,
        content: '',
      },
      'fd:src:1',
    );
    const [update] = await many.fake.interactionCalls(click.token, 1);
    const body = update?.body as CallbackBody;
    expect(body.type).toBe(7);
    expect(body.data?.embeds?.[0]?.footer?.text).toBe('Page 2 of 2');
    expect(body.data?.embeds?.[0]?.description).toBe(
      ['Library notice 2 — Town Bulletin, 2 May 2012', 'Library notice 1 — Town Bulletin, 1 May 2012'].join(
        '\n',
      ),
    );
  });
});
