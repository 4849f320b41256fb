/**
 * The local console: the bot's commands at a prompt, answered with the same words as in Discord.
 * Works interactively and with piped input (one command or question per line).
 */
import { createInterface } from 'node:readline';
import type { KnowledgeBase, QuestionType } from '../core/types.js';
import type { Logger } from '../logger.js';
import { INPUT_LIMITS, MESSAGES, UserFacingError, checkInput, userErrorMessage } from '../render/messages.js';
import { answerFor, sourcesFor, timelineFor, whoFor, type AnswerOutcome } from '../render/replies.js';
import { answerText, helpText, profileText, sourcesText, timelineText } from '../render/text.js';

/** A command added by another part of factdesk (e.g. `/digest preview`), same shape as built-ins. */
export interface ConsoleCommand {
  /** Without the slash, e.g. `digest`. */
  name: string;
  usage: string;
  description: string;
  run(args: string, kb: KnowledgeBase): string | Promise<string>;
}

export interface ConsoleOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream;
  /** A getter, not a value: hot reload swaps the knowledge base while the console runs. */
  knowledge: () => KnowledgeBase;
  commands?: readonly ConsoleCommand[];
  logger?: Logger;
}

const QUIT = new Set(['quit', 'exit', '/quit', '/exit']);
const TYPED: Record<string, QuestionType> = { when: 'when', what: 'what', where: 'where', why: 'why' };

function outcomeText(outcome: AnswerOutcome): string {
  return outcome.kind === 'profile' ? profileText(outcome.view) : answerText(outcome.view);
}

/**
 * Answers one console line. Returns the text to print, or `undefined` for a line that quits.
 *
 * @example await consoleReply('/who rejected the proposal', kb) // 'Sean McCormack, …\n  "…"\n  — …'
 */
export async function consoleReply(
  line: string,
  kb: KnowledgeBase,
  commands: readonly ConsoleCommand[] = [],
): Promise<string | undefined> {
  const trimmed = line.trim();
  if (QUIT.has(trimmed.toLowerCase())) return undefined;
  if (trimmed === '') return '';
  if (!trimmed.startsWith('/')) return outcomeText(answerFor(kb, checkInput(trimmed, INPUT_LIMITS.question)));
  const space = trimmed.indexOf(' ');
  const name = (space < 0 ? trimmed.slice(1) : trimmed.slice(1, space)).toLowerCase();
  const args = space < 0 ? '' : trimmed.slice(space + 1).trim();
  switch (name) {
    case 'ask':
      return outcomeText(answerFor(kb, checkInput(args, INPUT_LIMITS.question)));
    case 'who':
      return outcomeText(whoFor(kb, checkInput(args, INPUT_LIMITS.query)));
    case 'when':
    case 'what':
    case 'where':
    case 'why':
      return outcomeText(answerFor(kb, checkInput(args, INPUT_LIMITS.query), TYPED[name]));
    case 'timeline': {
      const topic = args.slice(0, INPUT_LIMITS.topic);
      return timelineText(topic, timelineFor(kb, topic));
    }
    case 'sources': {
      const page = Number.parseInt(args, 10);
      return sourcesText(sourcesFor(kb, Number.isNaN(page) ? 0 : page - 1));
    }
    case 'help':
      return helpText(commands);
    default: {
      const extra = commands.find((c) => c.name === name);
      if (extra) return extra.run(args, kb);
      return userErrorMessage('unknown-command');
    }
  }
}

/**
 * Runs the prompt until `quit`, end of input (Ctrl-D) or Ctrl-C. Resolves when it has stopped.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, logger } = options;
  const interactive = Boolean(input.isTTY);
  const rl = createInterface({ input, output, terminal: interactive });
  const print = (text: string) => void output.write(text.endsWith('\n') ? text : `${text}\n`);
  rl.on('SIGINT', () => rl.close());
  print(MESSAGES.consoleIntro);
  // Prompts would clutter piped output, which scripts read.
  if (interactive) rl.setPrompt('factdesk> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    let text: string | undefined;
    try {
      text = await consoleReply(line, options.knowledge(), options.commands ?? []);
    } catch (error) {
      if (error instanceof UserFacingError) text = error.message;
      else {
        logger?.error({ err: error, line }, 'console command failed');
        text = MESSAGES.somethingWentWrong;
      }
    }
    if (text === undefined) break;
    if (text !== '') print(text);
    if (interactive) rl.prompt();
  }
  rl.close();
}
