import { describe, expect, it } from 'vitest';
import { detectNonArticleFormat, notAnArticleError } from '../../../src/core/ingest/detect-format.js';

const zip = (entry: string): Buffer => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), Buffer.from(`....${entry}`, 'latin1')]);

describe('detectNonArticleFormat', () => {
  it.each([
    ['a PDF, even plain ASCII', Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n'), 'a PDF document'],
    ['a Word document', zip('word/document.xml'), 'a Word document (.docx)'],
    ['an Excel workbook', zip('xl/workbook.xml'), 'an Excel workbook (.xlsx)'],
    ['another zip', zip('notes/readme.txt'), 'a zip archive'],
    ['an old Office file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'an old Office document (.doc/.xls/.ppt)'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a PNG image'],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'a JPEG image'],
    ['a GIF', Buffer.from('GIF89a....'), 'a GIF image'],
    ['an SVG', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'an SVG image'],
    ['an RTF', Buffer.from('{\\rtf1\\ansi Hello}'), 'an RTF document'],
  ])('names %s', (_name, bytes, format) => {
    expect(detectNonArticleFormat(bytes)).toBe(format);
  });

  it.each([
    ['plain text', 'Rain Falls\n\nRain fell on the city.'],
    ['HTML', '<!doctype html><html><body><p>Rain fell.</p></body></html>'],
    ['text that mentions PDF', 'The %PDF- marker starts every PDF file.'],
  ])('leaves %s alone', (_name, text) => {
    expect(detectNonArticleFormat(Buffer.from(text))).toBeUndefined();
  });

  it('makes a one-line error naming the format', () => {
    expect(notAnArticleError('a PDF document')).toMatch(/^binary input: this is a PDF document, not text or HTML;[^\n]*$/);
  });
});
