import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  englishWordTest,
  exampleQuestions,
  greetingKind,
  looksNonEnglish,
  type WordTest,
} from '../../src/console/small-talk.js';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../src/core/types.js';
import { loadEvalArticles } from '../../src/eval/eval-corpus.js';
import { defaultBuildOptions, defaultLexicon, loadKnowledgeBase } from '../../src/io/load-knowledge-base.js';
import { answerFor } from '../../src/render/replies.js';
import { smallTalkText } from '../../src/render/text.js';

const E2E_KNOWLEDGE = fileURLToPath(new URL('../fixtures/knowledge-e2e', import.meta.url));
const SEED_KNOWLEDGE = fileURLToPath(new URL('../../knowledge', import.meta.url));
const QUESTION_SETS = ['questions.json', 'questions-fresh.json'].map((name) =>
  fileURLToPath(new URL(`../fixtures/eval/${name}`, import.meta.url)),
);

/** An invented dictionary: the English words of the invented questions below, and nothing else. */
const TOY_ENGLISH = new Set(
  'who what when where why did the was were has have for about said say mayor lighthouse keeper vote votes rejected reject plan plans island ferry harbour council budget storm closed'.split(
    ' ',
  ),
);
const toyEnglish: WordTest = (word) => TOY_ENGLISH.has(word);

describe('greetingKind', () => {
  it('knows a greeting or thanks on its own, with courtesy words around it', () => {
    for (const text of ['hi', 'Hello!', 'hey there', 'Good morning, factdesk', 'HELLO']) {
      expect(greetingKind(text), text).toBe('greeting');
    }
    for (const text of ['thanks', 'Thank you!', 'thanks a lot', 'cheers']) {
      expect(greetingKind(text), text).toBe('thanks');
    }
  });

  it('leaves questions alone, even with a greeting in front', () => {
    for (const text of ['hi, who closed the ferry?', 'who thanked the mayor', 'good', 'you', '?', '']) {
      expect(greetingKind(text), text).toBeUndefined();
    }
  });
});

describe('looksNonEnglish on invented text', () => {
  it('tells other languages by their words', () => {
    for (const text of [
      '¿Quién cerró el faro de la isla?',
      'Qui a fermé le phare de l’île ?',
      'Wer hat den Leuchtturm geschlossen?',
      'Chi ha chiuso il faro dell’isola?',
      'Quem fechou o farol da ilha?',
      'wie heeft de vuurtoren gesloten',
    ]) {
      expect(looksNonEnglish(text, toyEnglish), text).toBe(true);
    }
  });

  it('tells other scripts by their letters, with no dictionary at all', () => {
    for (const text of [
      'Кто закрыл маяк на острове?',
      '誰が灯台を閉めたのですか',
      'من أغلق المنارة؟',
      'Ποιος έκλεισε τον φάρο;',
    ]) {
      expect(looksNonEnglish(text, undefined), text).toBe(true);
      expect(looksNonEnglish(text, toyEnglish), text).toBe(true);
    }
  });

  it('keeps English questions English: typos, names it does not know, a single odd word', () => {
    for (const text of [
      'who closed the lighthouse?',
      'who rejectd the ferry plan',
      // A question word typed with a slip, and more: a short name and a verb misspelt.
      'wher was jon closd',
      'What did Olwen Prydderch say about the harbour budget?',
      'why was the Tregarth ferry closed',
      'Pryderch',
      'ferry',
      '2024?',
      // Accented names and full-width letters are English questions too.
      'who is José Martí ???',
      'what did the mayor say about Zoë Brontë',
      'ＷＨＯ ＣＬＯＳＥＤ ＴＨＥ ＬＩＧＨＴＨＯＵＳＥ',
    ]) {
      expect(looksNonEnglish(text, toyEnglish), text).toBe(false);
    }
  });

  it('GIVEN a line of names the dictionary lacks, written as names are THEN it is not another language', () => {
    // What `/who` passes on: a byline's name, first word and all.
    for (const text of ['Oksana Hrytsenko', 'Dragomira Vukašinović', 'Oksana Hrytsenko or Bohdan Kyrylenko?']) {
      expect(looksNonEnglish(text, toyEnglish), text).toBe(false);
    }
    // A question in another language keeps small-letter words of its own, or its Spanish marks.
    for (const text of ['Wer hat Oksana Hrytsenko geschlossen?', 'WER HAT DEN LEUCHTTURM GESCHLOSSEN', '¿Quién Cerró?']) {
      expect(looksNonEnglish(text, toyEnglish), text).toBe(true);
    }
  });

  it('without a dictionary, judges only the script', () => {
    expect(looksNonEnglish('¿Quién cerró el faro?', undefined)).toBe(false);
  });
});

describe('the friendly line', () => {
  it('GIVEN articles but no example it answers for sure THEN it does not say none are loaded', () => {
    expect(smallTalkText('other-language', [], true)).not.toContain('none are loaded');
    expect(smallTalkText('other-language', [])).toContain('none are loaded');
  });
});

describe('with WordNet and a knowledge base', () => {
  let kb: KnowledgeBase;
  let english: WordTest | undefined;
  beforeAll(async () => {
    kb = (await loadKnowledgeBase(E2E_KNOWLEDGE)).kb;
    english = englishWordTest(defaultLexicon(), kb);
  });

  it('counts English words in any inflection, adverbs, and the names the knowledge base uses', () => {
    const test = english as WordTest;
    for (const word of ['rejected', 'islanders', 'recently', 'happily', 'okafor', 'reyes', 'whats']) {
      expect(test(word), word).toBe(true);
    }
    for (const word of ['cerró', 'puente', 'geschlossen', 'okafr']) expect(test(word), word).toBe(false);
  });

  it('classifies invented lines', () => {
    expect(looksNonEnglish('¿Quién cerró el puente de la bahía?', english)).toBe(true);
    expect(looksNonEnglish('Warum hat der Rat die Brücke abgelehnt?', english)).toBe(true);
    expect(looksNonEnglish('why did okafor reject the bridge', english)).toBe(false);
    expect(looksNonEnglish('who is Zanele Mokoena', english)).toBe(false);
  });

  it('GIVEN an English question with several long words misspelt THEN it is still English', () => {
    expect(looksNonEnglish('howw many nationl forrests r there', english)).toBe(false);
    expect(looksNonEnglish('wich councill members rejectted the bridgge', english)).toBe(false);
    expect(looksNonEnglish('¿Quién cerró el puente de la bahía?', english)).toBe(true);
    expect(looksNonEnglish('Warum hat der Rat die Brücke abgelehnt?', english)).toBe(true);
  });

  it('offers one or two example questions built from the knowledge base, each one it answers', () => {
    const examples = exampleQuestions(kb);
    expect(examples.length).toBeGreaterThanOrEqual(1);
    expect(examples.length).toBeLessThanOrEqual(2);
    const names = kb.articles.flatMap((a) => a.people.map((p) => p.name));
    for (const question of examples) {
      // Answered as the console answers it: with a sentence, or a "Who is" with the profile.
      const outcome = answerFor(kb, question);
      expect(outcome.kind === 'profile' || outcome.view.kind === 'answer', question).toBe(true);
      expect(
        names.some((name) => question.includes(name)),
        question,
      ).toBe(true);
    }
    expect(exampleQuestions(kb)).toBe(examples);
  });

  it('GIVEN a person no sentence describes, and a "say" no sentence of theirs answers THEN the example is "Who is" them, as the console shows their profile', () => {
    const story: Article = {
      id: '2021-05-02-kiln',
      title: 'Kiln reopens',
      published: '2021-05-02',
      source: 'Invented Gazette',
      url: '',
      people: [{ name: 'Ilse Varkonyi', role: 'potter', aliases: ['Varkonyi'] }],
      paragraphs: ['The old kiln on Tamber Street reopened on Friday.', 'It turned out that Varkonyi was right about the chimney.'],
    };
    const small = buildKnowledgeBase([story], defaultBuildOptions());
    expect(exampleQuestions(small)[0]).toBe('Who is Ilse Varkonyi?');
  });

  it('offers none for an empty knowledge base, and says so', () => {
    const empty = buildKnowledgeBase([]);
    expect(exampleQuestions(empty)).toEqual([]);
    expect(smallTalkText('greeting', [])).toMatch(/none are loaded yet/);
  });
});

describe('on the evaluation knowledge base', () => {
  it('takes none of the English questions of the evaluation sets for another language', async () => {
    const kb = buildKnowledgeBase((await loadEvalArticles(SEED_KNOWLEDGE)).articles, {
      lexicon: defaultLexicon(),
    });
    const english = englishWordTest(defaultLexicon(), kb);
    const questions = QUESTION_SETS.flatMap((file) =>
      (JSON.parse(readFileSync(file, 'utf8')) as Array<{ question: string }>).map((q) => q.question),
    );
    expect(questions.length).toBeGreaterThan(300);
    expect(questions.filter((q) => looksNonEnglish(q, english))).toEqual([]);
  });
});

describe('smallTalkText', () => {
  it('says what factdesk answers, with the examples quoted', () => {
    const text = smallTalkText('other-language', ['Who is A?', 'What happened in B?']);
    expect(text).toContain('English questions about the news articles it has');
    expect(text).toContain('"Who is A?" or "What happened in B?"');
    expect(text.split('\n')).toHaveLength(1);
    expect(smallTalkText('greeting', ['Q?'])).toMatch(/^Hello! /);
    expect(smallTalkText('thanks', ['Q?'])).toMatch(/^You're welcome! /);
  });
});
