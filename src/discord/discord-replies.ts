/** Discord bodies for the outcomes every edge shares (answers, profiles), with their buttons. */
import { answerReply, profileReply, type DiscordReply } from '../render/embeds.js';
import type { AnswerOutcome } from '../render/replies.js';

export function outcomeReply(outcome: AnswerOutcome): DiscordReply {
  return outcome.kind === 'profile'
    ? profileReply(outcome.view, { otherSourcesFor: outcome.otherSourcesFor })
    : answerReply(outcome.view, { otherSourcesFor: outcome.otherSourcesFor });
}
