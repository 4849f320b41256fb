import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { runConsole } from '../../src/console/console.js';
import { ConsoleNotices } from '../../src/console/notices.js';
import type { KnowledgeBase } from '../../src/core/types.js';
import { loadKnowledgeBase } from '../../src/io/load-knowledge-base.js';
import { createLogger, humanLogLine } from '../../src/logger.js';
import { MESSAGES } from '../../src/render/messages.js';

const E2E_KNOWLEDGE = fileURLToPath(new URL('../fixtures/knowledge-e2e', import.meta.url));

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = (await loadKnowledgeBase(E2E_KNOWLEDGE)).kb;
});

/**
 * What a terminal shows after the bytes readline writes: printable text, CR, LF and the few
 * cursor sequences readline uses (column, up, down, right, left, clear to the end of the screen or line).
 */
// eslint-disable-next-line no-control-regex -- a terminal control sequence is what is parsed
const CSI = /^\x1b\[(\d*)([A-Za-z])/;

function screen(bytes: string): string[] {
  const lines: string[][] = [[]];
  let row = 0;
  let col = 0;
  const line = () => (lines[row] ??= []);
  for (let i = 0; i < bytes.length; i++) {
    const ch = bytes[i] as string;
    if (ch === '\x1b' && bytes[i + 1] === '[') {
      const match = CSI.exec(bytes.slice(i));
      if (!match) continue;
      i += match[0].length - 1;
      const n = match[1] === '' ? undefined : Number(match[1]);
      switch (match[2]) {
        case 'G':
          col = (n ?? 1) - 1;
          break;
        case 'A':
          row = Math.max(0, row - (n ?? 1));
          break;
        case 'B':
          row += n ?? 1;
          break;
        case 'C':
          col += n ?? 1;
          break;
        case 'D':
          col = Math.max(0, col - (n ?? 1));
          break;
        case 'J':
          line().length = col;
          lines.length = row + 1;
          break;
        case 'K':
          line().length = col;
          break;
      }
    } else if (ch === '\r') col = 0;
    else if (ch === '\n') {
      row += 1;
      col = 0;
    } else {
      const current = line();
      while (current.length < col) current.push(' ');
      current[col++] = ch;
    }
  }
  return Array.from({ length: lines.length }, (_, i) => (lines[i] ?? []).join('').trimEnd());
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition()).toBe(true);
}

describe('ConsoleNotices', () => {
  it('holds lines until the console attaches, then prints them first; after it stops, to the fallback', () => {
    const fallback: string[] = [];
    const shown: string[] = [];
    const notices = new ConsoleNotices((line) => fallback.push(line));
    notices.write('Knowledge loaded: 2 articles\n');
    expect(shown).toEqual([]);
    notices.attach((line) => shown.push(line));
    notices.write('Warning: one\nWarning: two\n');
    notices.detach();
    notices.write('Shutting down');
    expect(shown).toEqual(['Knowledge loaded: 2 articles', 'Warning: one', 'Warning: two']);
    expect(fallback).toEqual(['Shutting down']);
  });
});

describe('runConsole with notices', () => {
  it('on a terminal, a notice never lands on the prompt: it takes the prompt off and draws it again with what was typed', async () => {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    let bytes = '';
    output.on('data', (d: Buffer) => (bytes += d.toString()));
    const notices = new ConsoleNotices(() => expect.unreachable('no fallback while the console runs'));
    notices.write('Knowledge loaded: 2 articles\n');
    const done = runConsole({ input, output, knowledge: () => kb, notices });
    await until(() => bytes.includes('factdesk> '));
    input.write('who rejected the plan to build a bri');
    await until(() => bytes.endsWith('bri'));
    notices.write('Knowledge reloaded: 3 articles\n');
    input.write('dge\r');
    await until(() => bytes.includes('Maria Okafor'));
    input.write('quit\r');
    await done;

    const shown = screen(bytes);
    expect(shown.slice(0, 4)).toEqual([
      MESSAGES.consoleIntro,
      'Knowledge loaded: 2 articles',
      'Knowledge reloaded: 3 articles',
      'factdesk> who rejected the plan to build a bridge',
    ]);
    expect(shown[4]).toMatch(/^Maria Okafor/);
    expect(shown.filter((l) => l.includes('Knowledge') && l.includes('factdesk>'))).toEqual([]);
    expect(shown.at(-1)).toBe('factdesk> quit');
  });

  it('with piped input, notices go to their own stream (stderr), never into the answers', async () => {
    const output = new PassThrough();
    const noticeOutput = new PassThrough();
    let answers = '';
    let noticeText = '';
    output.on('data', (d: Buffer) => (answers += d.toString()));
    noticeOutput.on('data', (d: Buffer) => (noticeText += d.toString()));
    const notices = new ConsoleNotices();
    notices.write('Knowledge loaded: 2 articles\n');
    await runConsole({
      input: Readable.from(['/sources\n']),
      output,
      noticeOutput,
      knowledge: () => kb,
      notices,
    });
    expect(answers).toContain('Sources (2 articles)');
    expect(answers).not.toContain('Knowledge loaded');
    expect(noticeText).toBe('Knowledge loaded: 2 articles\n');
  });
});

describe('human log lines (console mode)', () => {
  it('say what happened in a sentence, with the details a reader acts on', () => {
    expect(humanLogLine({ level: 30, msg: 'knowledge reloaded', articles: 2, loaded: 1, removed: 0 })).toBe(
      'Knowledge reloaded: 2 articles',
    );
    expect(
      humanLogLine({
        level: 40,
        msg: 'knowledge file does not validate; skipped',
        file: 'knowledge/x.md',
        problems: [
          { file: 'x.md', line: 4, message: '"published": must be a real date' },
          { file: 'x.md', line: 6, message: 'unknown key "autor"' },
        ],
      }),
    ).toBe(
      'Warning: knowledge file does not validate; skipped: knowledge/x.md:4: "published": must be a real date (and 1 more)',
    );
    expect(humanLogLine({ level: 50, msg: 'console command failed', err: { message: 'boom' } })).toBe(
      'Error: console command failed: boom',
    );
  });

  it('replace JSON when the logger is asked for them, and still scrub the token', () => {
    const token = 'TOKEN-abcdefghijklmnopqrstuvwxyz';
    const lines: string[] = [];
    const logger = createLogger({
      level: 'info',
      format: 'human',
      secrets: [token],
      write: (l) => lines.push(l),
    });
    logger.info({ articles: 1 }, 'knowledge loaded');
    logger.error({ err: new Error(`401 for ${token}`) }, 'request failed');
    logger.debug('not at info');
    expect(lines).toEqual(['Knowledge loaded: 1 article\n', 'Error: request failed: 401 for [redacted]\n']);
  });
});
