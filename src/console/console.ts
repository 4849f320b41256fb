/**
 * The local console: the bot's commands at a prompt, answered with the same words as in Discord.
 * Works interactively and with piped input (one command or question per line).
 */
import { clearScreenDown, createInterface, cursorTo, moveCursor } from 'node:readline';
import type { KnowledgeBase, Lexicon, QuestionType } from '../core/types.js';
import { defaultLexicon } from '../io/load-knowledge-base.js';
import type { Logger } from '../logger.js';
import { DISCORD_ONLY_HELP, INPUT_LIMITS, MESSAGES, UserFacingError, checkInput, fill, userErrorMessage } from '../render/messages.js';
import { answerInConversation } from '../render/follow-up.js';
import { answerFor, sourcesFor, timelineFor, undatedStoriesFor, whoFor, type AnswerOutcome } from '../render/replies.js';
import {
  answerText,
  asksForHelp,
  helpText,
  profileText,
  smallTalkText,
  sourcesText,
  timelineText,
} from '../render/text.js';
import type { ConsoleNotices } from './notices.js';
import { englishWordTest, exampleQuestions, greetingKind, looksNonEnglish } from './small-talk.js';

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
  /** Log lines and other notices to print between answers, never on the prompt. */
  notices?: ConsoleNotices;
  /** Where notices go when the input is piped (no prompt): stderr, so stdout holds only answers. */
  noticeOutput?: NodeJS.WritableStream;
  /** Tells English words from others (see {@link consoleReply}). */
  lexicon?: Lexicon;
}

const QUIT = new Set(['quit', 'exit', '/quit', '/exit']);
const TYPED: Record<string, QuestionType> = { when: 'when', what: 'what', where: 'where', why: 'why' };

function outcomeText(outcome: AnswerOutcome): string {
  const text = outcome.kind === 'profile' ? profileText(outcome.view) : answerText(outcome.view);
  return outcome.readAs ? `${fill(MESSAGES.readAs, { ...outcome.readAs })}\n${text}` : text;
}

/** Whom the console's conversation is about, for follow-ups ("what state is he from"). */
export interface ConsoleConversation {
  person?: string | undefined;
}

/**
 * A question, unless it is small talk: a greeting ("hi", "thanks") or a question in another
 * language gets a friendly line with two example questions, before anything is looked up — their
 * words can match some sentence by chance ("thanks" → "Reyes thanked …"), which would be no answer.
 */
function questionText(
  kb: KnowledgeBase,
  question: string,
  answer: () => AnswerOutcome,
  lexicon: Lexicon,
): string {
  const greeting = greetingKind(question);
  const hasArticles = kb.articles.length > 0;
  if (greeting) return smallTalkText(greeting, exampleQuestions(kb), hasArticles);
  if (looksNonEnglish(question, englishWordTest(lexicon, kb)))
    return smallTalkText('other-language', exampleQuestions(kb), hasArticles);
  return outcomeText(answer());
}

/**
 * Answers one console line. Returns the text to print, or `undefined` for a line that quits.
 * `lexicon` tells English words from others, for questions in another language (WordNet by default).
 * `conversation` is whom the questions so far were about: a follow-up's "he" is asked about them.
 *
 * @example await consoleReply('/who rejected the proposal', kb) // 'Sean McCormack, …\n  "…"\n  — …'
 */
export async function consoleReply(
  line: string,
  kb: KnowledgeBase,
  commands: readonly ConsoleCommand[] = [],
  lexicon: Lexicon = defaultLexicon(),
  conversation: ConsoleConversation = {},
): Promise<string | undefined> {
  // Full-width letters and other compatibility forms read as what they show ("/ｗｈｏ" is /who).
  const trimmed = line.normalize('NFKC').trim();
  if (QUIT.has(trimmed.toLowerCase())) return undefined;
  if (trimmed === '') return '';
  const ask = (question: string, answer: (q: string) => AnswerOutcome, asksWho?: boolean) =>
    questionText(
      kb,
      question,
      () => {
        const { outcome, person } = answerInConversation(kb, question, conversation.person, answer, { asksWho });
        conversation.person = person;
        return outcome;
      },
      lexicon,
    );
  if (asksForHelp(trimmed)) return helpText(commands);
  if (!trimmed.startsWith('/'))
    return ask(checkInput(trimmed, INPUT_LIMITS.question), (q) => answerFor(kb, q));
  const space = trimmed.indexOf(' ');
  const name = (space < 0 ? trimmed.slice(1) : trimmed.slice(1, space)).toLowerCase();
  const args = space < 0 ? '' : trimmed.slice(space + 1).trim();
  switch (name) {
    case 'ask':
      return ask(checkInput(args, INPUT_LIMITS.question), (q) => answerFor(kb, q));
    case 'who':
      return ask(checkInput(args, INPUT_LIMITS.query, 'who'), (q) => whoFor(kb, q), true);
    case 'when':
    case 'what':
    case 'where':
    case 'why':
      return ask(checkInput(args, INPUT_LIMITS.query, TYPED[name]), (q) => answerFor(kb, q, TYPED[name]));
    // "/how many songs …", "/which ship …": a question word with no command of its own opens a question.
    case 'how':
    case 'which':
    case 'whose':
    case 'whom':
      return ask(checkInput(`${name} ${args}`, INPUT_LIMITS.question), (q) => answerFor(kb, q));
    case 'timeline': {
      const topic = args.slice(0, INPUT_LIMITS.topic);
      const entries = timelineFor(kb, topic);
      return timelineText(topic, entries, entries.length === 0 ? undatedStoriesFor(kb, topic) : []);
    }
    case 'sources': {
      // A page that is no page ("3" of two, "-1", "everything") is said to be none, not replaced by another.
      const page = args === '' ? 1 : /^\d+$/.test(args) ? Number(args) : 0;
      const view = sourcesFor(kb, page - 1);
      if (page < 1 || page > view.pages) return userErrorMessage('page-out-of-range');
      return sourcesText(view);
    }
    case 'help':
      return helpText(commands);
    default: {
      const extra = commands.find((c) => c.name === name);
      if (extra) return extra.run(args, kb);
      const discordOnly = DISCORD_ONLY_HELP.find((c) => c.name === name);
      if (discordOnly) return userErrorMessage('discord-only', { usage: discordOnly.usage });
      return userErrorMessage('unknown-command');
    }
  }
}

/** Written before each piped line, as the prompt would be on a terminal. */
const PIPED_ECHO = '> ';

/**
 * Runs the prompt until `quit`, end of input (Ctrl-D) or Ctrl-C. Resolves when it has stopped.
 */
export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { input, output, logger, notices } = options;
  const interactive = Boolean(input.isTTY);
  const lexicon = options.lexicon ?? defaultLexicon();
  const conversation: ConsoleConversation = {};
  const rl = createInterface({ input, output, terminal: interactive });
  const print = (text: string) => void output.write(text.endsWith('\n') ? text : `${text}\n`);
  /** True while the prompt is on screen, waiting for a line. */
  let prompting = false;
  const prompt = () => {
    // Prompts would clutter piped output, which scripts read.
    if (!interactive) return;
    rl.prompt();
    prompting = true;
  };
  rl.on('SIGINT', () => rl.close());
  print(MESSAGES.consoleIntro);
  if (interactive) rl.setPrompt('factdesk> ');
  notices?.attach((notice) => {
    if (!interactive) {
      const to = options.noticeOutput ?? process.stderr;
      to.write(`${notice}\n`);
    } else if (!prompting) {
      print(notice);
    } else {
      // Take the prompt (and a wrapped input line) off the screen, print, and draw it again below
      // with what was typed so far; the blank rows keep readline's idea of where the prompt starts.
      const rows = rl.getCursorPos().rows;
      moveCursor(output, 0, -rows);
      cursorTo(output, 0);
      clearScreenDown(output);
      output.write(`${notice}\n${'\n'.repeat(rows)}`);
      rl.prompt(true);
    }
  });
  prompt();
  for await (const line of rl) {
    prompting = false;
    // Piped questions are not on the screen: each answer follows its question, as in a session.
    if (!interactive && line.trim() !== '') print(`${PIPED_ECHO}${line.trim()}`);
    let text: string | undefined;
    try {
      text = await consoleReply(line, options.knowledge(), options.commands ?? [], lexicon, conversation);
    } catch (error) {
      if (error instanceof UserFacingError) text = error.message;
      else {
        logger?.error({ err: error, line }, 'console command failed');
        text = MESSAGES.somethingWentWrong;
      }
    }
    if (text === undefined) break;
    if (text !== '') print(text);
    prompt();
  }
  prompting = false;
  notices?.detach();
  rl.close();
}
