/**
 * Button custom ids. They carry everything needed to answer a click — also after a restart or a
 * knowledge reload — so the bot keeps no per-message state. Discord caps them at 100 characters.
 */

export const CUSTOM_ID_MAX = 100;

export type ButtonAction =
  /** The paragraph around a cited sentence. */
  | { kind: 'context'; articleId: string; paragraph: number; sentenceIndex: number }
  /** Other articles naming someone or something. */
  | { kind: 'others'; name: string }
  /** A page of `/sources`. */
  | { kind: 'sources'; page: number };

/**
 * Encodes an action, or returns `undefined` when it would not fit in 100 characters (the button is
 * then left out rather than broken).
 *
 * @example encodeCustomId({ kind: 'sources', page: 2 }) // 'fd:src:2'
 */
export function encodeCustomId(action: ButtonAction): string | undefined {
  let id: string;
  switch (action.kind) {
    case 'context':
      // The article id goes last: it is the only part that may contain ':'.
      id = `fd:ctx:${action.paragraph}:${action.sentenceIndex}:${action.articleId}`;
      break;
    case 'others':
      id = `fd:more:${action.name}`;
      break;
    case 'sources':
      id = `fd:src:${action.page}`;
      break;
  }
  return id.length <= CUSTOM_ID_MAX ? id : undefined;
}

/** Decodes a custom id; `undefined` for ids that are not factdesk's or are malformed. */
export function decodeCustomId(id: string): ButtonAction | undefined {
  const ctx = /^fd:ctx:(\d+):(\d+):(.+)$/.exec(id);
  if (ctx) {
    return {
      kind: 'context',
      paragraph: Number(ctx[1]),
      sentenceIndex: Number(ctx[2]),
      articleId: ctx[3] ?? '',
    };
  }
  const more = /^fd:more:(.+)$/.exec(id);
  if (more) return { kind: 'others', name: more[1] ?? '' };
  const src = /^fd:src:(\d+)$/.exec(id);
  if (src) return { kind: 'sources', page: Number(src[1]) };
  return undefined;
}
