/**
 * Every sentence factdesk says to a user, in one place, so the console and Discord use the same
 * words and tests can assert on them.
 */
import type { QuestionType } from '../core/types.js';

/** Expected problems with what a user asked: each has an identifier (for logs and tests) and words. */
export const USER_ERRORS = {
  'question-empty': 'Please ask a question about the news in the knowledge base — for example `{example}`',
  'question-too-long': 'That question is too long (at most {max} characters). Please shorten it.',
  'article-gone': 'That article is no longer in the knowledge base.',
  'not-in-server': 'This command only works in a server.',
  'missing-permission': 'You need the Manage Server permission to change where I answer.',
  'not-a-text-channel': 'I can only answer questions in text channels.',
  'unknown-command': 'I do not know that command. Try `/help`, or type your question without a slash.',
  'discord-only': '`{usage}` works in Discord only (it changes what the bot does in a server). Try `/help` for what works here.',
  'page-out-of-range': 'There is no such page.',
  'button-not-on-message': 'That button does not belong to this message, so nothing was changed.',
  'no-user': 'I could not tell who sent this, so I did not act on it.',
} as const;

export type UserErrorId = keyof typeof USER_ERRORS;

/** The message for an identifier, with `{placeholders}` filled in. */
export function userErrorMessage(id: UserErrorId, values: Record<string, string | number> = {}): string {
  return fill(USER_ERRORS[id], { example: EXAMPLE_QUESTIONS.when, ...values });
}

/** A question of each kind, for the empty-question message of its command (`/who` shows a who question). */
export const EXAMPLE_QUESTIONS: Readonly<Record<QuestionType, string>> = {
  who: 'who is the harbour master?',
  when: 'when did the council vote?',
  where: 'where did the ferry run aground?',
  what: 'what did the council decide?',
  why: 'why did the council vote no?',
  how: 'how did the council vote?',
  'how-many': 'how many ferries run in winter?',
};

export const MESSAGES = {
  unknown: "I don't know — nothing in the knowledge base answers that.",
  unsure: "I'm not sure this answers it. The closest the knowledge base comes:",
  /** A follow-up's pronoun, and whom it was taken for ("he" → Sam Rayburn). */
  readAs: 'Taking “{pronoun}” as {name}.',
  /** A question whose subject is a pronoun nothing before it names ("when was it rejected"). */
  unresolvedPronoun: "I can't tell what “{pronoun}” refers to here — name it in your question.",
  suggestionsLead: 'You could ask about:',
  disagreement: 'The sources disagree; both sides are cited.',
  supportingLabel: 'Also reported',
  showContext: 'Show context',
  otherSources: 'Other sources',
  contextTitle: 'Context',
  otherSourcesTitle: 'Other sources on {name}',
  timelineTitle: 'Timeline: {topic}',
  timelineAllTitle: 'Timeline',
  timelineNarrow: ' — name a topic to narrow it: /timeline <topic>',
  timelineEmpty: 'No dated events found for "{topic}".',
  /** `/timeline` with no topic over a knowledge base that dates nothing. */
  timelineAllEmpty: 'No dated events found in the knowledge base.',
  /** A topic the stories write of, none of which dates anything about it: said before their titles. */
  timelineUndatedOne: 'No dated events found for "{topic}" — the one article about it gives no date for what it tells:',
  timelineUndatedMany: 'No dated events found for "{topic}" — the {count} articles about it give no date for what they tell:',
  sourcesTitle: 'Sources ({count} {articles})',
  sourcesEmpty: 'The knowledge base is empty: no articles are loaded.',
  pageLabel: 'Page {page} of {pages}',
  sourcesNextPage: 'Page {page} of {pages} — type /sources {next} for the next page.',
  previousPage: 'Previous',
  nextPage: 'Next',
  profileRoles: 'Roles',
  profileArticles: 'Articles',
  profileOthers: 'Not to be confused with',
  /** A profile of a name no people list holds ("Satis House", struck by the curators): said before its sentences. */
  profileUnlisted: 'Not one of the people the articles list — only the sentences that write the name:',
  moreOmitted: '… and {count} more',
  somethingWentWrong: 'Something went wrong while answering. It has been logged; please try again.',
  cooldown: 'Easy — one question every {seconds} seconds, please.',
  channelEnabled: 'I will now answer questions in <#{channel}> without being mentioned.',
  channelAlreadyEnabled: 'I already answer questions in <#{channel}>.',
  channelDisabled: 'I will no longer answer questions in <#{channel}> unless mentioned.',
  channelNotEnabled: '<#{channel}> was not enabled.',
  channelListEmpty: 'No channels are enabled: I answer only when mentioned or asked with a command.',
  channelListLead: 'I answer questions without a mention in:',
  consoleIntro:
    'factdesk runs locally without Discord (no DISCORD_TOKEN set). Type a question or /help; quit with "quit" or Ctrl-D.',
  greeting: 'Hello!',
  thanks: "You're welcome!",
  otherLanguage: 'Sorry, I could not read that as an English question.',
  examplesOffer: 'factdesk answers English questions about the news articles it has — try {examples}.',
  examplesNone: 'factdesk answers English questions about the news articles it has, but none are loaded yet.',
  examplesPlain: 'factdesk answers English questions about the news articles it has: ask who, what, when, where or why.',
  helpTitle: 'factdesk — answers about the news, with the source sentence',
  helpMention: 'Mention me with a question, or reply to one of my answers, to ask in a channel.',
  helpConsole: 'A plain question is the same as /ask. Type "quit" to leave.',
  helpFooter:
    'Every answer quotes the sentence it comes from, with the article title, outlet, date and link.',
} as const;

/** `1 article`, `2 articles`: the word for a count. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

/**
 * Fills `{placeholders}`; unknown ones stay visible so a missing value is noticed, not hidden. A
 * value that ends with its own full stop ("Thomas B. Carvey Jr.", "Acme Inc.") closes a sentence
 * the template ends with a stop right after it, as in print: one stop, not two.
 *
 * @example fill('Taking “{pronoun}” as {name}.', { pronoun: 'he', name: 'Tom Ames Jr.' }) // 'Taking “he” as Tom Ames Jr.'
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}(\.(?!\.))?/g, (whole, key: string, stop: string | undefined) => {
    if (!(key in values)) return whole;
    const value = String(values[key]);
    return stop !== undefined && !value.endsWith('.') ? `${value}${stop}` : value;
  });
}

/** Commands and what they do: the help text, the slash-command descriptions and the console share it. */
export const COMMAND_HELP = [
  { name: 'ask', usage: '/ask <question>', description: 'Ask anything about the news in the knowledge base' },
  { name: 'who', usage: '/who <query>', description: 'Who did something, or who someone is' },
  { name: 'when', usage: '/when <query>', description: 'When something happened' },
  { name: 'what', usage: '/what <query>', description: 'What happened' },
  { name: 'where', usage: '/where <query>', description: 'Where something happened' },
  { name: 'why', usage: '/why <query>', description: 'Why something happened' },
  { name: 'timeline', usage: '/timeline <topic>', description: 'Dated events about a topic, in order' },
  { name: 'sources', usage: '/sources', description: 'The articles factdesk knows' },
  { name: 'help', usage: '/help', description: 'How to use factdesk' },
] as const;

/** Discord-only commands, listed in its help. */
export const DISCORD_ONLY_HELP = [
  {
    name: 'factdesk',
    usage: '/factdesk channels add|remove|list',
    description: 'Choose channels where factdesk answers questions without a mention (Manage Server)',
  },
] as const;

/** Longest inputs accepted; the slash commands declare the same numbers as `max_length`. */
export const INPUT_LIMITS = { question: 300, query: 200, topic: 100 } as const;

/**
 * An expected problem with a user's input or action (Sapphire's `UserError`): shown to the user with
 * its message, never logged as a failure.
 */
export class UserFacingError extends Error {
  readonly id: UserErrorId;
  constructor(id: UserErrorId, values: Record<string, string | number> = {}) {
    super(userErrorMessage(id, values));
    this.name = 'UserFacingError';
    this.id = id;
  }
}

/**
 * Trims a question and checks it is neither empty nor longer than `max`.
 *
 * Empty, it says so with an example of the kind of question asked (`type`, when a command gives it).
 *
 * @example checkInput('  who won?  ', 300) // 'who won?'
 */
export function checkInput(text: string | null | undefined, max: number, type?: QuestionType): string {
  const trimmed = (text ?? '').trim();
  if (trimmed === '') throw new UserFacingError('question-empty', type === undefined ? {} : { example: EXAMPLE_QUESTIONS[type] });
  if (trimmed.length > max) throw new UserFacingError('question-too-long', { max });
  return trimmed;
}
