/**
 * Recognises files that are not articles (text or HTML) by their first bytes, so that ingest can
 * refuse them with a line naming the format instead of storing raw PDF syntax or zip entries.
 */

function startsWith(bytes: Uint8Array, ...signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

/** A zip archive's entry names (read loosely from the local headers in the first 64 KB). */
function zipKind(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 65536)).toString('latin1');
  if (head.includes('word/')) return 'a Word document (.docx)';
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx)';
  if (head.includes('ppt/')) return 'a PowerPoint presentation (.pptx)';
  if (head.includes('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  if (head.includes('application/epub+zip')) return 'an EPUB e-book';
  return 'a zip archive';
}

/**
 * The name of a non-article format ("a PDF document", "a PNG image", …), or undefined for what may
 * be text or HTML.
 *
 * @example detectNonArticleFormat(Buffer.from('%PDF-1.4\n…')) // → 'a PDF document'
 */
export function detectNonArticleFormat(input: Uint8Array): string | undefined {
  // A UTF-8 byte order mark or leading whitespace does not hide a signature.
  let start = 0;
  if (startsWith(input, 0xef, 0xbb, 0xbf)) start = 3;
  while (start < input.length && start < 1024 && (input[start] === 0x20 || input[start] === 0x0a || input[start] === 0x0d || input[start] === 0x09)) start++;
  const bytes = input.subarray(start);
  if (ascii(bytes, 0, 5) === '%PDF-') return 'a PDF document';
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return zipKind(bytes);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'an old Office document (.doc/.xls/.ppt)';
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'an RTF document';
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'a GIF image';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'a WebP image';
  if (ascii(bytes, 4, 4) === 'ftyp') return /^(?:heic|heix|mif1|avif)/.test(ascii(bytes, 8, 4)) ? 'a HEIC/AVIF image' : 'an MP4 video';
  if (startsWith(bytes, 0x49, 0x49, 0x2a, 0x00) || startsWith(bytes, 0x4d, 0x4d, 0x00, 0x2a)) return 'a TIFF image';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length > 26 && bytes[6] === 0 && bytes[7] === 0) return 'a BMP image';
  if (/^<\?xml[^>]*>\s*<svg\b|^<svg\b/i.test(ascii(bytes, 0, 300))) return 'an SVG image';
  if (startsWith(bytes, 0x1f, 0x8b)) return 'a gzip archive';
  if (ascii(bytes, 0, 3) === 'ID3' || startsWith(bytes, 0xff, 0xfb)) return 'an MP3 audio file';
  if (ascii(bytes, 0, 4) === 'OggS') return 'an Ogg audio file';
  if (startsWith(bytes, 0x7f, 0x45, 0x4c, 0x46)) return 'an executable (ELF)';
  if (ascii(bytes, 0, 2) === 'MZ') return 'an executable (.exe)';
  if (ascii(bytes, 0, 6) === '7z\xbc\xaf\x27\x1c') return 'a 7-Zip archive';
  if (ascii(bytes, 0, 4) === 'Rar!') return 'a RAR archive';
  return undefined;
}

/** The one-line refusal for a non-article format. */
export function notAnArticleError(format: string): string {
  return `binary input: this is ${format}, not text or HTML; save the story as HTML or plain text first`;
}
