import { spawn } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { consoleReply, runConsole } from '../../src/console/console.js';
import { exampleQuestions } from '../../src/console/small-talk.js';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../src/core/types.js';
import { loadKnowledgeBase } from '../../src/io/load-knowledge-base.js';
import { EXAMPLE_QUESTIONS, MESSAGES, userErrorMessage } from '../../src/render/messages.js';
import { answerText, helpText, smallTalkText } from '../../src/render/text.js';
import { askView } from '../../src/render/views.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const E2E_KNOWLEDGE = fileURLToPath(new URL('../fixtures/knowledge-e2e', import.meta.url));
const SEED_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));

/** A line that is a JSON object: what a structured log line looks like. */
function jsonLines(text: string): string[] {
  return text.split('\n').filter((line) => {
    try {
      const value: unknown = JSON.parse(line);
      return value !== null && typeof value === 'object';
    } catch {
      return false;
    }
  });
}

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await loadKnowledgeBase(E2E_KNOWLEDGE)).kb;
});

async function session(input: string): Promise<string> {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  await runConsole({ input: Readable.from([input]), output, knowledge: () => kb });
  return text;
}

describe('consoleReply', () => {
  it('answers a plain question with the same words as the bot: answer, quoted sentence, title, outlet, date, link', async () => {
    const text = await consoleReply('who rejected the plan to build a bridge', kb);
    expect(text).toBe(answerText(askView(kb.ask('who rejected the plan to build a bridge'))));
    expect(text).toContain('Maria Okafor');
    expect(text).toContain('"HARBOUR, March 14 — Council leader Maria Okafor rejected the plan');
    expect(text).toContain('— Harbour council rejects bridge plan, Harbour Gazette, 14 March 2011');
    expect(text).toContain('https://example.org/news/harbour-bridge');
  });

  it('forces the question type for /when', async () => {
    expect(await consoleReply('/when did the council reject the bridge plan', kb)).toMatch(/^14 March 2011/);
  });

  it('shows a profile for /who with a known name', async () => {
    const text = await consoleReply('/who Maria Okafor', kb);
    expect(text?.split('\n').slice(0, 2)).toEqual(['Maria Okafor', 'Roles: council leader']);
  });

  it('GIVEN "who is X" about a name the articles know but never describe THEN what they say of X, as /who X shows it', async () => {
    const story: Article = {
      id: '2020-02-01-fair',
      title: 'Fair opens',
      published: '2020-02-01',
      source: 'Invented Times',
      url: '',
      people: [{ name: 'Ann Lee', aliases: ['Lee'] }],
      paragraphs: ['Ann Lee sang at the harbour fair on Friday.', 'Lee sang again on Sunday to a larger crowd.'],
    };
    const fair = buildKnowledgeBase([story]);
    const asked = (await consoleReply('who is Ann Lee?', fair)) ?? '';
    expect(asked.split('\n')[0]).toBe('Ann Lee');
    expect(asked).toContain('"Ann Lee sang at the harbour fair on Friday."');
    expect(await consoleReply('/who is Ann Lee', fair)).toBe(asked);
    expect(await consoleReply('who is Zed Quark', fair)).toMatch(/^I don't know/);
  });

  it('GIVEN a command typed in full-width letters THEN it is that command', async () => {
    expect(await consoleReply('/ｗｈｏ Maria Okafor', kb)).toBe(await consoleReply('/who Maria Okafor', kb));
  });

  it('says "I don\'t know" with suggestions', async () => {
    const text = await consoleReply('/ask who won the chess tournament in Reykjavik', kb);
    expect(text?.startsWith(MESSAGES.unknown)).toBe(true);
    expect(text).toContain(MESSAGES.suggestionsLead);
  });

  it('shows the sentence behind a question it is unsure of, with its source, on the seed story', async () => {
    // Whether the model answers or hedges, the user sees the sentence that says when they met.
    const seed = (await loadKnowledgeBase(SEED_KNOWLEDGE)).kb;
    const result = seed.ask('when did the ambassadors meet');
    const text = (await consoleReply('when did the ambassadors meet', seed)) ?? '';
    expect(text).toContain('"Tuesday, U.S. and Iranian ambassadors to Iraq held a second round of talks');
    expect(text).toContain(', VOA, 25 July 2007');
    if (result.kind === 'unknown') {
      expect(text.startsWith(MESSAGES.unsure)).toBe(true);
      expect(text).not.toContain(MESSAGES.unknown);
    }
  });

  it('lists sources, timelines and help', async () => {
    expect(await consoleReply('/sources', kb)).toContain(
      'Ferry company welcomes bridge decision — Coastal Times, 20 March 2011',
    );
    expect(await consoleReply('/timeline bridge', kb)).toMatch(/^Timeline: bridge\n14 March 2011/);
    expect(await consoleReply('/help', kb)).toBe(helpText());
    // Typed without the slash, or as "help me", it is still help, not a question about the news.
    expect(await consoleReply('help', kb)).toBe(helpText());
    expect(await consoleReply('Help me!', kb)).toBe(helpText());
    expect(await consoleReply('who helped build the bridge', kb)).not.toBe(helpText());
  });

  it('says how to see the next page of sources', async () => {
    const stories: Article[] = Array.from({ length: 12 }, (_, i) => ({
      id: `2020-01-${String(i + 1).padStart(2, '0')}-story-${i}`,
      title: `Story number ${i}`,
      published: `2020-01-${String(i + 1).padStart(2, '0')}`,
      source: 'Invented Times',
      url: '',
      people: [],
      paragraphs: [`The ferry ran late on day ${i}.`],
    }));
    const many = buildKnowledgeBase(stories);
    expect(await consoleReply('/sources', many)).toContain(
      'Page 1 of 2 — type /sources 2 for the next page.',
    );
    const last = await consoleReply('/sources 2', many);
    expect(last).toContain('Page 2 of 2');
    expect(last).not.toContain('next page');
    // A page that is none says so rather than showing another.
    for (const none of ['3', '-1', '0', 'everything']) expect(await consoleReply(`/sources ${none}`, many)).toBe(userErrorMessage('page-out-of-range'));
  });

  it('answers a greeting with a friendly line and two example questions from the knowledge base', async () => {
    const examples = exampleQuestions(kb);
    // Only questions it really answers are offered: one or two, depending on the knowledge base.
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(examples.length).toBeLessThanOrEqual(2);
    expect(await consoleReply('hi', kb)).toBe(smallTalkText('greeting', examples));
    expect(await consoleReply('Hello!', kb)).toBe(smallTalkText('greeting', examples));
    expect(await consoleReply('thanks', kb)).toBe(smallTalkText('thanks', examples));
    expect(await consoleReply('/ask hello', kb)).toBe(smallTalkText('greeting', examples));
    // "thanks" alone would otherwise match "Tom Reyes thanked …".
    expect(await consoleReply('thanks', kb)).not.toContain('Tom Reyes thanked');
  });

  it('answers a question in another language with that line, not with "I don\'t know"', async () => {
    const examples = exampleQuestions(kb);
    for (const question of [
      '¿Quién rechazó el plan del puente?',
      'Wer hat den Brückenplan abgelehnt?',
      'Кто отклонил план моста?',
    ]) {
      const text = await consoleReply(question, kb);
      expect(text, question).toBe(smallTalkText('other-language', examples));
      expect(text).not.toContain(MESSAGES.unknown);
    }
    // An English question it cannot answer is still a miss.
    expect(await consoleReply('who won the chess tournament in Reykjavik', kb)).toMatch(/^I don't know/);
    // So is a name it does not know, however foreign it looks (a byline's name).
    expect(await consoleReply('/who Oksana Hrytsenko', kb)).toMatch(/^I don't know/);
    // Keys struck at random are no language: the line says it could not read them, not that they are foreign.
    expect(await consoleReply('asdkjh qwpoeiru zxmcnv', kb)).toMatch(/^Sorry, I could not read that as an English question\./);
  });

  it('explains an unknown command and an empty one', async () => {
    expect(await consoleReply('/weather', kb)).toBe(userErrorMessage('unknown-command'));
    // A Discord-only command is known: it is said to work in Discord only.
    expect(await consoleReply('/factdesk channels add #general', kb)).toBe(userErrorMessage('discord-only', { usage: '/factdesk channels add|remove|list' }));
    await expect(consoleReply('/ask   ', kb)).rejects.toThrow(userErrorMessage('question-empty'));
    // An empty /who is shown a who question, not a when question.
    await expect(consoleReply('/who', kb)).rejects.toThrow(userErrorMessage('question-empty', { example: EXAMPLE_QUESTIONS.who }));
    await expect(consoleReply('/where', kb)).rejects.toThrow(/where did/);
  });

  it('GIVEN "/how many …" or "/which …", question words with no command of their own THEN the line is asked as a question', async () => {
    for (const line of ['/how many people died in the blast', '/which ministers met in baghdad']) {
      const reply = await consoleReply(line, kb);
      expect(reply, line).not.toBe(userErrorMessage('unknown-command'));
      expect(reply, line).toBe(await consoleReply(line.slice(1), kb));
    }
  });

  it('quits on quit and exit', async () => {
    expect(await consoleReply('quit', kb)).toBeUndefined();
    expect(await consoleReply('EXIT', kb)).toBeUndefined();
  });

  it('runs commands added by other parts (e.g. /digest preview)', async () => {
    const digest = {
      name: 'digest',
      usage: '/digest preview',
      description: 'Preview',
      run: (args: string) => `digest ${args}`,
    };
    expect(await consoleReply('/digest preview', kb, [digest])).toBe('digest preview');
  });
});

describe('runConsole', () => {
  it('prints one intro line, answers each piped line in order, and stops at quit', async () => {
    const text = await session('/sources\nwho rejected the plan to build a bridge\nquit\n/help\n');
    const lines = text.split('\n');
    expect(lines[0]).toBe(MESSAGES.consoleIntro);
    expect(text.indexOf('Sources (2 articles)')).toBeLessThan(text.indexOf('Maria Okafor, council leader'));
    expect(text).not.toContain(MESSAGES.helpTitle);
  });

  it('GIVEN piped lines THEN each answer follows the question it answers, written after "> "', async () => {
    const text = await session('/sources\nwho rejected the plan to build a bridge\n');
    const question = text.indexOf('> who rejected the plan to build a bridge');
    expect(text.indexOf('> /sources')).toBeLessThan(text.indexOf('Sources (2 articles)'));
    expect(question).toBeGreaterThan(text.indexOf('Sources (2 articles)'));
    expect(text.indexOf('Maria Okafor, council leader')).toBeGreaterThan(question);
  });

  it('GIVEN a follow-up with "she" THEN it is asked about the person answered before, and says so', async () => {
    const text = await session('who rejected the plan to build a bridge\nwhat would she study instead\n');
    const followUp = text.slice(text.indexOf('> what would she study instead'));
    expect(followUp.split('\n')[1]).toBe('Taking “she” as Maria Okafor.');
    expect(followUp).toContain('ferry timetable');
    // Asked on its own, the same line is no follow-up.
    expect(await session('what would she study instead\n')).not.toContain('Taking “she”');
  });

  it('ends at end of input (Ctrl-D) and reports a refused line without stopping', async () => {
    const text = await session(`/ask ${'x'.repeat(400)}\n/sources`);
    expect(text).toContain(userErrorMessage('question-too-long', { max: 300 }));
    expect(text).toContain('Sources (2 articles)');
  });
});

describe('npm start without a token', () => {
  function start(stdin: string | undefined) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KNOWLEDGE_DIR: E2E_KNOWLEDGE,
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'warn',
    };
    delete env.DISCORD_TOKEN;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    if (stdin !== undefined) child.stdin.end(stdin);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    return { child, exited, stdout: () => stdout };
  }

  it('prints answers and friendly lines, and no JSON log line, for hi, a question and /sources', async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      KNOWLEDGE_DIR: SEED_KNOWLEDGE,
      DATABASE_PATH: ':memory:',
      LOG_LEVEL: 'info',
    };
    delete env.DISCORD_TOKEN;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdin.end('hi\n/who rejected the proposal\n/sources\nquit\n');
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(jsonLines(stdout)).toEqual([]);
    expect(jsonLines(stderr)).toEqual([]);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(MESSAGES.consoleIntro);
    expect(lines[1]).toBe('> hi');
    expect(lines[2]).toMatch(
      /^Hello! factdesk answers English questions about the news articles it has — try ".+\?"( or ".+\?")?\.$/,
    );
    // The answer or the honest "I don't know" — either way a line for people, not a log line.
    expect(stdout).toMatch(/United States|I don't know/);
    expect(stdout).toContain('Sources (1 article)');
    // Log lines are short sentences, kept off the answers.
    expect(stderr.trim()).toBe('Knowledge loaded: 1 article');
  });

  it('answers piped input and exits 0', async () => {
    const run = start('/who rejected the plan to build a bridge\n');
    expect(await run.exited).toBe(0);
    expect(run.stdout().split('\n')[0]).toBe(MESSAGES.consoleIntro);
    expect(run.stdout()).toContain('Maria Okafor');
  });

  it('exits 0 on Ctrl-C (SIGINT) while waiting for input', async () => {
    const run = start(undefined);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (run.stdout().includes(MESSAGES.consoleIntro)) {
          clearInterval(poll);
          resolve();
        }
      }, 20);
    });
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
  });
});
