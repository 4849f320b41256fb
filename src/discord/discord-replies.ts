/** Discord bodies for the outcomes every edge shares (answers, profiles), with their buttons. */
import { answerReply, profileReply, type DiscordReply } from '../render/embeds.js';
import { discordText } from '../render/escape.js';
import { MESSAGES, fill } from '../render/messages.js';
import type { AnswerOutcome } from '../render/replies.js';

export function outcomeReply(outcome: AnswerOutcome): DiscordReply {
  const body =
    outcome.kind === 'profile'
      ? profileReply(outcome.view, { otherSourcesFor: outcome.otherSourcesFor })
      : answerReply(outcome.view, { otherSourcesFor: outcome.otherSourcesFor });
  // A follow-up says above its answer whom it took "he" for; the name is escaped like any text.
  if (!outcome.readAs) return body;
  const { pronoun, name } = outcome.readAs;
  return { ...body, content: fill(MESSAGES.readAs, { pronoun: discordText(pronoun), name: discordText(name) }) };
}
