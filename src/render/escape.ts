/**
 * The one escaping point for text factdesk did not write — a user's topic or time zone, an
 * article's title, sentence or outlet — before it goes into a Discord message or embed. Mentions
 * are never parsed either (`allowedMentions: { parse: [] }` on every body), so nothing echoed pings.
 */
import { escapeMarkdown } from 'discord.js';

/** Bidirectional embedding, override and isolate controls (U+202A–202E, U+2066–2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes the bidirectional controls that can make echoed text read backwards (U+202E turns
 * `gnp.exe` into `exe.png`). For places Discord shows as plain text (embed footers).
 *
 * @example stripBidi('invoice\u202Egnp.exe') // 'invoicegnp.exe'
 */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/**
 * Text shown exactly as written in a Discord message or embed, and never as markup:
 *
 * - bidi controls removed;
 * - bold, italics, underline, strikethrough, spoilers, code, headings (`# `) and list markers
 *   escaped (discord.js `escapeMarkdown`);
 * - `[` and `]` escaped, so `[text](url)` can never become a masked link;
 * - `://` written `:\/\/`, so a bare address in the text is not turned into a link either;
 * - `<` escaped, so `<@id>`, `<#id>`, `<t:…>` and `<https://…>` show as typed.
 *
 * @example discordText('[Click](https://evil.example)') // '\\[Click\\](https:\\/\\/evil.example)'
 */
export function discordText(text: string): string {
  const escaped = escapeMarkdown(stripBidi(text), {
    heading: true,
    bulletedList: true,
    numberedList: true,
  });
  return escaped.replace(/[[\]<]/g, '\\$&').replaceAll('://', ':\\/\\/');
}

/**
 * An article's address as the target of a link factdesk writes: only http(s), with the characters
 * that would end a Markdown link target percent-encoded. Anything else gives `''` (no link).
 *
 * @example linkTarget('https://example.com/a (b)') // 'https://example.com/a%20%28b%29'
 */
export function linkTarget(url: string): string {
  if (!/^https?:\/\/\S/i.test(url.trim())) return '';
  return stripBidi(url.trim()).replace(
    /[\s()<>]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}
