import { describe, expect, it } from 'vitest';
import { parsePage, prepareForReaderMode } from '../../../src/core/ingest/page-dom.js';

describe('parsePage', () => {
  it('puts a fragment in a body, keeping every top-level element', () => {
    const page = parsePage('<p>One.</p><p>Two.</p>');
    expect(page.documentElement.tagName).toBe('HTML');
    expect(page.body.textContent).toBe('One.Two.');
  });

  it('keeps the head and the <html> attributes of a page saved without <body>', () => {
    const page = parsePage('<html lang="en"><head><title>Rain</title></head><p>Rain fell.</p></html>');
    expect(page.documentElement.getAttribute('lang')).toBe('en');
    expect(page.querySelector('title')?.textContent).toBe('Rain');
    expect(page.body.textContent).toBe('Rain fell.');
  });

  it('returns a well-formed page as parsed', () => {
    const html = '<!DOCTYPE html><html><head><title>Rain</title></head><body><p>Rain fell.</p></body></html>';
    expect(parsePage(html).toString()).toBe(html);
  });
});

describe('prepareForReaderMode', () => {
  it('removes comments and turns inline elements unknown to reader mode into spans', () => {
    const page = parsePage('<div>Jane Doe<!-- --> and <u>John</u> <x-name>Roe</x-name> <del>wrote</del> this.</div>');
    prepareForReaderMode(page);
    expect(page.body.innerHTML).toBe('<div>Jane Doe and <span>John</span> <span>Roe</span> <span>wrote</span> this.</div>');
  });

  it('leaves a custom element or <ins> that holds blocks alone', () => {
    const html = '<x-story><p>Rain fell.</p></x-story><ins><div>Added.</div></ins>';
    const page = parsePage(html);
    prepareForReaderMode(page);
    expect(page.body.innerHTML).toBe(html);
  });
});
