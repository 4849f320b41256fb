import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article } from '../../src/core/types.js';
import { defaultBuildOptions } from '../../src/io/load-knowledge-base.js';
import { answerInConversation, bindsToAsked, Conversations, withPerson } from '../../src/render/follow-up.js';
import { answerFor, whoFor } from '../../src/render/replies.js';
import { article } from '../fixtures/inspect.js';
import { consoleReply } from '../../src/console/console.js';
import { outcomeReply } from '../../src/discord/discord-replies.js';
import { MESSAGES, fill } from '../../src/render/messages.js';

const ferry: Article = {
  id: '2020-03-01-ferry',
  title: 'Ferry fares rise',
  published: '2020-03-01',
  source: 'Invented Times',
  url: '',
  people: [
    { name: 'Marta Quillon', role: 'ferry director', aliases: ['Quillon'] },
    { name: 'Oskar Brandvold', role: 'harbour master', aliases: ['Brandvold'] },
    { name: 'Dana Spring', role: 'ticket clerk', aliases: ['Spring'] },
  ],
  paragraphs: [
    'Marta Quillon, the ferry director, said the ferry fares would rise in April.',
    'Quillon was born in Tromsø in 1961 and joined the ferry company in 1990.',
    'Harbour master Oskar Brandvold closed the north pier on Tuesday.',
    'Brandvold was born in Bergen and trained as a ship pilot. He said his father had been one too.',
  ],
};

describe('follow-up questions', () => {
  const kb = buildKnowledgeBase([ferry], defaultBuildOptions());
  const ask = (question: string) => answerFor(kb, question);

  it('GIVEN a pronoun THEN the person stands in its place, with "his" and a "her" before a noun as possessives', () => {
    expect(withPerson('when was he born', 'Marta Quillon')).toEqual({ question: 'when was Marta Quillon born', pronoun: 'he' });
    expect(withPerson('what is his job', 'Oskar Brandvold')?.question).toBe("what is Oskar Brandvold's job");
    expect(withPerson('what did her company do', 'Marta Quillon')?.question).toBe("what did Marta Quillon's company do");
    expect(withPerson('who hired her', 'Marta Quillon')?.question).toBe('who hired Marta Quillon');
    // "the", "there", "sheep" hold the letters of a pronoun but are not one.
    expect(withPerson('where are the sheep kept there', 'Marta Quillon')).toBeUndefined();
  });

  it('GIVEN "who is X" and then "where was she born" THEN the follow-up is asked about X and says so', () => {
    const first = answerInConversation(kb, 'who is quillon', undefined, ask);
    expect(first.person).toBe('Marta Quillon');
    const next = answerInConversation(kb, 'where was she born', first.person, ask);
    expect(next.outcome.readAs).toEqual({ pronoun: 'she', name: 'Marta Quillon' });
    // Her birthplace's sentence, as the answer or, when the gate is not sure enough, as the closest one.
    expect(next.outcome.kind).toBe('reply');
    if (next.outcome.kind !== 'reply') return;
    const view = next.outcome.view;
    const shown = view.kind === 'answer' ? view.main.sentence : view.kind === 'unknown' ? view.closest?.sentence : undefined;
    expect(shown).toContain('Tromsø');
    // The same question with no conversation behind it is not about Quillon.
    expect(answerInConversation(kb, 'where was she born', undefined, ask).outcome.readAs).toBeUndefined();
  });

  it('GIVEN an answer that names a person THEN the next "he" is that person, not the one asked about before', () => {
    const first = answerInConversation(kb, 'who closed the north pier', 'Marta Quillon', ask);
    expect(first.person).toBe('Oskar Brandvold');
    const next = answerInConversation(kb, 'where was he born', first.person, ask);
    expect(next.outcome.readAs?.name).toBe('Oskar Brandvold');
    if (next.outcome.kind === 'reply' && next.outcome.view.kind === 'answer') expect(next.outcome.view.main.sentence).toContain('Bergen');
  });

  it('GIVEN a question that names someone itself THEN its pronouns are left alone and the conversation moves to that person', () => {
    const asked = answerInConversation(kb, 'did brandvold say he closed the pier', 'Marta Quillon', ask);
    expect(asked.outcome.readAs).toBeUndefined();
    expect(asked.person).toBe('Oskar Brandvold');
  });

  it('GIVEN a follow-up that names an organisation a curator lists ("the Harbour Council") THEN "she" is still the person the conversation is about', () => {
    const withCouncil: Article = {
      ...ferry,
      id: '2020-03-02-council',
      people: [...ferry.people, { name: 'Harbour Council', role: 'the town council' }],
      paragraphs: [...ferry.paragraphs, 'Quillon asked the Harbour Council to lower the pier fees.'],
    };
    const council = buildKnowledgeBase([withCouncil], defaultBuildOptions());
    const asked = answerInConversation(council, 'what did she ask the harbour council to do', 'Marta Quillon', (q) => answerFor(council, q));
    expect(asked.outcome.readAs).toEqual({ pronoun: 'she', name: 'Marta Quillon' });
    expect(council.personNamed('the Harbour Council met')).toBeUndefined();
  });

  it('GIVEN a who-question that finds no one THEN a following "she" is not guessed', () => {
    const first = answerInConversation(kb, 'who painted the lighthouse', 'Marta Quillon', ask);
    expect(first.person).toBeUndefined();
    // …and `/who` asks for a person whatever its first word.
    expect(answerInConversation(kb, 'painted the lighthouse', 'Marta Quillon', (q) => whoFor(kb, q), { asksWho: true }).person).toBeUndefined();
    // A question about something else keeps the person.
    expect(answerInConversation(kb, 'when will the fares rise', 'Marta Quillon', ask).person).toBe('Marta Quillon');
  });

  it('GIVEN "she" for a man whose paragraphs tell of a woman once or twice (his mother) THEN it is still not taken for him', () => {
    const conductor: Article = {
      ...article('conductor', [
        'Conductor Egon Valtari led the city orchestra for ten years. He was born in Turku, where his mother taught him the piano; she was a singer. He played the violin at eight, and he joined the opera orchestra at fifteen. He says he learned how not to conduct.',
      ]),
      people: [{ name: 'Egon Valtari', role: 'conductor', aliases: ['Valtari'] }],
    };
    const both = buildKnowledgeBase([conductor], defaultBuildOptions());
    const askBoth = (question: string) => answerFor(both, question);
    expect(answerInConversation(both, 'why did she leave turku', 'Egon Valtari', askBoth).outcome.readAs).toBeUndefined();
    expect(answerInConversation(both, 'why did he leave turku', 'Egon Valtari', askBoth).outcome.readAs?.name).toBe('Egon Valtari');
  });

  it('GIVEN `/who` with a name as people shorten it (no middle initial, the surname alone) THEN the profile of the person so listed', () => {
    const owner: Article = {
      ...article('owner', ['The filly is owned by Ralph H. Kroening, of Milwaukee, who bought her in May.']),
      people: [{ name: 'Ralph H. Kroening', role: 'owner of the filly' }],
    };
    const one = buildKnowledgeBase([owner], defaultBuildOptions());
    for (const typed of ['Ralph Kroening', 'Kroening', 'ralph h. kroening']) {
      const outcome = whoFor(one, typed);
      expect(outcome.kind === 'profile' ? outcome.view.name : outcome.kind).toBe('Ralph H. Kroening');
    }
  });

  it('GIVEN a name with a middle initial whose surname also ends firms\' names ("Osric P. Mills") THEN `/who` and "who is" without the initial show that person\'s profile', () => {
    const tariffs: Article = {
      ...article('tariffs', ['Congressman Osric P. Mills, chairman of the Harbour Tariffs Committee, asked the ministry for its views.', 'The ministry replied by letter.']),
      people: [{ name: 'Osric P. Mills', role: 'Congressman, chairman of the Harbour Tariffs Committee', aliases: ['Mills'] }],
    };
    const one = buildKnowledgeBase([tariffs], defaultBuildOptions());
    for (const outcome of [whoFor(one, 'Osric Mills'), whoFor(one, 'osric mills'), answerFor(one, 'who is osric mills')]) {
      expect(outcome.kind === 'profile' ? outcome.view.name : outcome.kind).toBe('Osric P. Mills');
    }
  });

  it('GIVEN a question that names someone by a surname typed in lower case THEN it is no follow-up, even when the surname is a noun WordNet knows as a person', () => {
    const maestro: Article = {
      ...article('maestro', ['Conductor William Steinberg left Frankfurt in 1936 because the new laws barred him.']),
      people: [{ name: 'William Steinberg', role: 'conductor', aliases: ['Steinberg'] }],
    };
    const one = buildKnowledgeBase([maestro, ferry], defaultBuildOptions());
    expect(answerInConversation(one, 'why did steinberg leave his frankfurt post', 'Oskar Brandvold', (q) => answerFor(one, q)).outcome.readAs).toBeUndefined();
  });

  it('GIVEN "she" for a man the articles only call "he" THEN it is not taken for him', () => {
    const first = answerInConversation(kb, 'who is brandvold', undefined, ask);
    expect(first.person).toBe('Oskar Brandvold');
    expect(answerInConversation(kb, 'where was she born', first.person, ask).outcome.readAs).toBeUndefined();
    expect(answerInConversation(kb, 'where was he born', first.person, ask).outcome.readAs?.name).toBe('Oskar Brandvold');
    // Of whom the articles say neither, either will do.
    expect(answerInConversation(kb, 'what does she sell', 'Dana Spring', ask).outcome.readAs?.name).toBe('Dana Spring');
  });

  it('GIVEN "what did quillons son buy him", a possessive typed without its apostrophe, THEN it names Quillon and is no follow-up about the last person', () => {
    expect(kb.personNamed('what did quillons son buy him')).toBe('Marta Quillon');
    expect(answerInConversation(kb, 'what did quillons son buy him for his birthday', 'Oskar Brandvold', ask).outcome.readAs).toBeUndefined();
    // ("springs" is still the word, not Dana Spring.)
    expect(kb.personNamed('when do the springs flood')).toBeUndefined();
  });

  it('GIVEN a lone common word that is also a curated alias ("spring") THEN it names no one unless written with a capital', () => {
    expect(kb.personNamed('what happens to fares in spring')).toBeUndefined();
    // A word with a capitalised sense in the dictionary too ("book", the Bible) is still a word.
    const withBook = buildKnowledgeBase([{ ...ferry, id: '2020-03-02-ferry', people: [...ferry.people, { name: 'Fredrik Book', aliases: ['Book'] }] }], defaultBuildOptions());
    expect(withBook.personNamed('what book did she write')).toBeUndefined();
    expect(withBook.personNamed('what did Book write')).toBe('Fredrik Book');
    expect(kb.personNamed('what does Spring sell')).toBe('Dana Spring');
    expect(kb.personNamed('is mr. brandvold a pilot')).toBe('Oskar Brandvold');
    expect(kb.personNamed('marta quillon and brandvold')).toBe('Marta Quillon');
  });
});

describe('Conversations', () => {
  it('GIVEN a quiet spell longer than the limit THEN the person is forgotten; a new question starts it again', () => {
    const c = new Conversations({ ttlMs: 1000, limit: 10 });
    c.remember('chan:ann', 'Marta Quillon', 0);
    expect(c.personFor('chan:ann', 1000)).toBe('Marta Quillon');
    expect(c.personFor('chan:bob', 1000)).toBeUndefined();
    expect(c.personFor('chan:ann', 2001)).toBeUndefined();
    c.remember('chan:ann', 'Oskar Brandvold', 3000);
    c.remember('chan:ann', undefined, 3500);
    expect(c.personFor('chan:ann', 3600)).toBeUndefined();
  });

  it('GIVEN more conversations than the limit THEN the least recently used is forgotten first', () => {
    const c = new Conversations({ ttlMs: 1000, limit: 2 });
    c.remember('a', 'Marta Quillon', 0);
    c.remember('b', 'Oskar Brandvold', 1);
    c.remember('a', 'Marta Quillon', 2);
    c.remember('c', 'Dana Spring', 3);
    expect([c.personFor('a', 4), c.personFor('b', 4), c.personFor('c', 4)]).toEqual(['Marta Quillon', undefined, 'Dana Spring']);
  });
});

describe('a pronoun of the one asked for', () => {
  it('reads "who lost his job" as about whoever is asked for, "who was his brother" and "who did his mother marry" as follow-ups', () => {
    expect(bindsToAsked('who would banish all poets from his ideal state')).toBe(true);
    expect(bindsToAsked('who sold her boat to the museum')).toBe(true);
    expect(bindsToAsked('who was his youngest brother')).toBe(false);
    expect(bindsToAsked('who did his mother marry')).toBe(false);
    expect(bindsToAsked('who met him in paris')).toBe(false);
    expect(bindsToAsked('where was he born')).toBe(false);
  });

  it('GIVEN a conversation about someone else and "who sold her boat to the museum" THEN the question is answered as written', () => {
    const boats: Article = {
      ...article('boats', ['Marta Quillon opened the boat museum on Friday.', 'Dana Spring sold her old rowing boat to the boat museum in 1998.'], '2020-04-01'),
      people: [{ name: 'Marta Quillon' }, { name: 'Dana Spring', role: 'ticket clerk' }],
    };
    const kb = buildKnowledgeBase([boats], defaultBuildOptions());
    const next = answerInConversation(kb, 'who sold her old rowing boat to the boat museum', 'Marta Quillon', (q) => answerFor(kb, q));
    expect(next.outcome.readAs).toBeUndefined();
    expect(next.outcome.kind === 'reply' && next.outcome.view.kind === 'answer' ? next.outcome.view.answer : '').toMatch(/Dana Spring/);
  });
});

describe('the line that says whom a pronoun was taken for', () => {
  const mill: Article = {
    id: '2020-04-02-mill',
    title: 'Mill reopens',
    published: '2020-04-02',
    source: 'Invented Times',
    url: '',
    people: [{ name: 'Pablo R. Ostrand Jr.', role: 'mill owner', aliases: ['Ostrand'] }],
    paragraphs: [
      'Pablo R. Ostrand Jr., the mill owner, reopened the paper mill on Monday.',
      'Ostrand was born in Lisbon and bought the mill in 2004.',
    ],
  };
  const kb = buildKnowledgeBase([mill], defaultBuildOptions());

  it('GIVEN a name that ends with its own full stop ("Jr.") THEN the console and Discord close the line with one stop, not two', async () => {
    const conversation = {};
    await consoleReply('/who Pablo R. Ostrand Jr.', kb, [], undefined, conversation);
    const text = (await consoleReply('where was he born', kb, [], undefined, conversation)) ?? '';
    expect(text.split('\n')[0]).toBe('Taking “he” as Pablo R. Ostrand Jr.');
    const { outcome } = answerInConversation(kb, 'where was he born', 'Pablo R. Ostrand Jr.', (q) => answerFor(kb, q));
    expect(outcomeReply(outcome).content).toBe('Taking “he” as Pablo R. Ostrand Jr.');
    // A name without one still gets its stop.
    expect(fill(MESSAGES.readAs, { pronoun: 'she', name: 'Ana Lee' })).toBe('Taking “she” as Ana Lee.');
  });
});

describe('a question that refers to someone only by a pronoun, with no one before it', () => {
  const atlas: Article = {
    id: '2020-04-01-atlas',
    title: 'The fern atlas',
    published: '2020-04-01',
    source: 'Invented Times',
    url: '',
    people: [
      { name: 'Ilse Kovach', role: 'editor of the Gazette', aliases: ['Kovach'] },
      { name: 'Ned Fairlie', role: 'botanist', aliases: ['Fairlie'] },
    ],
    paragraphs: [
      'In 1902 Ilse Kovach asked Ned Fairlie to revise the fern atlas.',
      'Fairlie kept drawing the ferns of the coast until his death in 1931.',
      'Kovach and Fairlie quarrelled in 1925 before he sailed to Lisbon.',
    ],
  };
  const kb = buildKnowledgeBase([atlas], defaultBuildOptions());

  it('GIVEN "when did he die" answered from a sentence about one person THEN the reply says whom it took "he" for', async () => {
    const { outcome, person } = answerInConversation(kb, 'when did he die', undefined, (q) => answerFor(kb, q));
    expect(outcome.kind === 'reply' && outcome.view.kind).toBe('answer');
    expect(outcome.readAs).toEqual({ pronoun: 'he', name: 'Ned Fairlie' });
    expect(outcomeReply(outcome).content).toBe('Taking “he” as Ned Fairlie.');
    expect((await consoleReply('when did he die', kb)) ?? '').toMatch(/^Taking “he” as Ned Fairlie\.\n/);
    // The conversation is about him now.
    expect(person).toBe('Ned Fairlie');
  });

  it('GIVEN a sentence naming two people THEN it is no answer to "he": at most the closest sentence', () => {
    const outcome = answerFor(kb, 'when did he sail to lisbon');
    expect(outcome.kind === 'reply' && outcome.view.kind).not.toBe('answer');
    expect(outcome.readAs).toBeUndefined();
  });
});

