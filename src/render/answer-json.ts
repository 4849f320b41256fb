/**
 * The stable JSON shape of one answer, as `npm run ask -- --json` prints it (the CLI contract of the
 * README; scripts and the evaluation depend on it).
 */
import type { ArticleRef, AskResult, UnknownResult } from '../core/types.js';
import type { ProfileView } from './views.js';

/** Why a question went unanswered, in the JSON's `reason`. */
const REASONS: Partial<Record<UnknownResult['reason'], string>> = {
  empty: 'empty question',
  'no-match': 'no sentence matches the question',
  'low-confidence': 'no sentence answers it with enough confidence',
};

function articleJson(a: ArticleRef): Record<string, string> {
  return { id: a.id, title: a.title, source: a.source, published: a.published, url: a.url };
}

/**
 * The stable JSON shape of one answer; `profile`, for "who is X" unanswered, is what the console
 * shows instead, and then `closest` is null.
 */
export function toJson(result: AskResult, profile?: ProfileView): string {
  const answered = result.kind === 'answer';
  return JSON.stringify({
    question: result.question,
    type: result.type,
    answered,
    answer: answered ? result.answer : null,
    confidence: answered ? result.confidence : 0,
    citations: answered
      ? result.citations.map((c) => ({
          sentence: c.sentence,
          article: articleJson(c.article),
        }))
      : [],
    suggestions: answered ? [] : result.suggestions,
    // A profile answers instead (the console shows it, and no "I'm not sure" sentence): the
    // sentences a script should read are the profile's, not a closest the reader never sees.
    closest:
      answered || !result.closest || profile !== undefined
        ? null
        : {
            sentence: result.closest.citation.sentence,
            article: articleJson(result.closest.citation.article),
            probability: result.closest.probability,
          },
    ...(answered ? {} : { reason: REASONS[result.reason] ?? result.reason }),
    profile:
      answered || profile === undefined
        ? null
        : {
            name: profile.name,
            roles: profile.roles,
            aliases: profile.aliases,
            sentences: profile.sentences.map((q) => ({ sentence: q.sentence, article: articleJson(q.citation.article) })),
          },
  });
}
