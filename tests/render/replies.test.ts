import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article, AskResult } from '../../src/core/types.js';
import { defaultBuildOptions } from '../../src/io/load-knowledge-base.js';
import { answerFor, ledByQuestion, profileInstead, timelineFor, undatedStoriesFor, whoFor } from '../../src/render/replies.js';
import { timelineText } from '../../src/render/text.js';
import { timelineReply } from '../../src/render/embeds.js';

const story: Article = {
  id: '2020-03-01-ferry',
  title: 'Ferry fares rise',
  published: '2020-03-01',
  source: 'Invented Times',
  url: '',
  people: [{ name: 'Marta Quillon', role: 'ferry director', aliases: ['Quillon'] }],
  paragraphs: ['Marta Quillon said the ferry fares would rise in April.', 'Quillon spoke at the harbour office.'],
};

describe('answerFor "who is X"', () => {
  const kb = buildKnowledgeBase([story], defaultBuildOptions());

  it('GIVEN a known name typed with one letter wrong THEN that person\'s profile, as for the name spelt right', () => {
    const right = answerFor(kb, 'who is marta quillon');
    const slipped = answerFor(kb, 'who is marta quilon');
    expect(right.kind).toBe('profile');
    expect(slipped).toEqual(right);
  });

  it('GIVEN a courtesy title before a surname a curator lists ("who is Mr. Quillon") THEN that person\'s profile', () => {
    const profile = answerFor(kb, 'who is Mrs. Quillon');
    expect(profile.kind).toBe('profile');
    expect(profile).toEqual(answerFor(kb, 'who is marta quillon'));
    // Two people of one surname: the title alone does not say which.
    const family: Article = { ...story, id: '2020-03-02-ferry', people: [{ name: 'Marta Quillon', aliases: ['Quillon'] }, { name: 'Tom Quillon', aliases: ['Quillon'] }], paragraphs: ['Marta Quillon and Tom Quillon ran the ferry.', 'Mr. Quillon sold tickets.'] };
    const two = buildKnowledgeBase([family], defaultBuildOptions());
    const asked = answerFor(two, 'who is Mrs. Quillon');
    if (asked.kind === 'profile') expect(asked.view.name).not.toBe('Tom Quillon');
  });

  it('GIVEN a curated "Ivo B. Tarrant, Jr." the text writes "Ivo B. Tarrant, Jr., governor" THEN "who is" the name in full, without "Jr." or in lower case without stops is his profile, and no second Ivo B. Tarrant without a role is made of the text', () => {
    const proclamation: Article = {
      ...story,
      id: '2020-03-04-proclamation',
      people: [{ name: 'Ivo B. Tarrant, Jr.', role: 'governor of the Marl Islands', aliases: ['Tarrant'] }],
      paragraphs: ['Harbour Week proclamation by Ivo B. Tarrant, Jr., governor', 'Now, therefore, I, Ivo B. Tarrant, Jr., governor, proclaim the first week of May as Harbour Week.'],
    };
    const islands = buildKnowledgeBase([proclamation], defaultBuildOptions());
    for (const question of ['who is Ivo B. Tarrant, Jr.', 'who is Ivo B. Tarrant', 'who is ivo b tarrant', 'who is tarrant']) {
      const asked = answerFor(islands, question);
      expect(asked.kind, question).toBe('profile');
      if (asked.kind === 'profile') {
        expect(asked.view.name).toBe('Ivo B. Tarrant, Jr.');
        expect(asked.view.roles).toEqual(['governor of the Marl Islands']);
        expect(asked.view.others ?? []).toEqual([]);
      }
    }
  });

  it('GIVEN a curated alias with a title ("Mrs. Quillon") typed in lower case without its stop THEN that person\'s profile', () => {
    const titled: Article = { ...story, id: '2020-03-05-ferry', people: [{ name: 'Marta Quillon', role: 'ferry director', aliases: ['Mrs. Quillon'] }, { name: 'Lia Quillon', role: 'her daughter' }] };
    const asked = answerFor(buildKnowledgeBase([titled], defaultBuildOptions()), 'who is mrs quillon');
    expect(asked.kind).toBe('profile');
    if (asked.kind === 'profile') expect(asked.view.name).toBe('Marta Quillon');
  });

  it('GIVEN "who is the Board" for a body the curator lists as "Board" THEN its profile', () => {
    const board: Article = { ...story, id: '2020-03-03-board', people: [{ name: 'Board', role: 'the Harbour Licensing Board' }], paragraphs: ['The Board refused the ferry a licence on Monday.', 'The Board meets once a month.'] };
    const asked = answerFor(buildKnowledgeBase([board], defaultBuildOptions()), 'who is the Board');
    expect(asked.kind).toBe('profile');
    if (asked.kind === 'profile') expect(asked.view.roles).toEqual(['the Harbour Licensing Board']);
  });

  it('GIVEN a curated alias typed with a slip, one the story never writes as a name THEN that person\'s profile', () => {
    const carver: Article = { ...story, id: '2020-03-05-carver', people: [{ name: 'Orla', role: 'sculptor', aliases: ['Orla Pennick'] }], paragraphs: ['Orla carved the stone lion.', 'Orla said the lion took a year.'] };
    const asked = answerFor(buildKnowledgeBase([carver], defaultBuildOptions()), 'who is orla penick');
    expect(asked.kind).toBe('profile');
    if (asked.kind === 'profile') expect(asked.view.name).toBe('Orla');
  });

  it('GIVEN a name that is not one slip from a known one THEN no profile is shown for it', () => {
    expect(answerFor(kb, 'who is marta quinn').kind).toBe('reply');
  });

  it('GIVEN "who is the <role>" that only the curated people list writes THEN the profile of its one holder', () => {
    const pier: Article = {
      ...story,
      id: '2020-03-04-pier',
      people: [
        { name: 'Ada Vint', role: 'sheriff of Port Kell', aliases: ['Vint'] },
        { name: 'Tom Hale', role: 'sheriff of Dunmore', aliases: ['Hale'] },
      ],
      paragraphs: ['Ada Vint walked down to the pier with a lamp.', 'Vint said the boats would stay in.', 'Tom Hale sent word from the north.'],
    };
    const kbPier = buildKnowledgeBase([pier], defaultBuildOptions());
    const asked = answerFor(kbPier, 'who is the sheriff of port kell');
    expect(asked.kind).toBe('profile');
    if (asked.kind === 'profile') expect(asked.view.name).toBe('Ada Vint');
    // Two people hold the office the question leaves unqualified: no one is picked.
    expect(answerFor(kbPier, 'who is the sheriff').kind).toBe('reply');
  });

  it('GIVEN "who <verb>s …" with the verb the curated role is named after ("who chairs …") THEN the profile of its one holder, as for "who is the chairman of …"', () => {
    const quarry: Article = {
      ...story,
      id: '2020-03-06-quarry',
      people: [
        { name: 'Ivo Marsh', role: 'chairman of the Quarry Board', aliases: ['Marsh'] },
        { name: 'Tova Reed', role: 'chairman of the Ferry Board', aliases: ['Reed'] },
      ],
      paragraphs: ['Ivo Marsh walked the rim of the old pit on Monday.', 'Marsh said the pumps would run all winter.', 'Tova Reed sent word from the ferry.'],
    };
    const kbQuarry = buildKnowledgeBase([quarry], defaultBuildOptions());
    for (const asked of [answerFor(kbQuarry, 'who chairs the quarry board'), answerFor(kbQuarry, 'chairs the quarry board', 'who'), answerFor(kbQuarry, 'who is the chairman of the quarry board')]) {
      expect(asked.kind).toBe('profile');
      if (asked.kind === 'profile') expect(asked.view.name).toBe('Ivo Marsh');
    }
    expect(answerFor(kbQuarry, 'who chairs the board').kind).toBe('reply');
  });
});

describe('whoFor a word of an organisation\'s name', () => {
  const buoy: Article = {
    id: '2020-04-02-buoy',
    title: 'New buoy off Skarholm',
    published: '2020-04-02',
    source: 'Invented Times',
    url: '',
    people: [
      { name: 'Pellworth Sea Research Trust', role: 'marine charity' },
      { name: 'Nils Orvik', role: 'skipper', aliases: ['Orvik'] },
    ],
    paragraphs: ['The Pellworth Sea Research Trust paid for the new buoy.', 'Nils Orvik said the buoy was working.'],
  };

  it('GIVEN a word only one organisation\'s name has ("/who Pellworth") THEN that organisation\'s profile', () => {
    const kb = buildKnowledgeBase([buoy], defaultBuildOptions());
    for (const asked of [whoFor(kb, 'Pellworth'), whoFor(kb, 'pellworth sea'), answerFor(kb, 'who is pellworth')]) {
      expect(asked.kind).toBe('profile');
      if (asked.kind === 'profile') expect(asked.view.name).toBe('Pellworth Sea Research Trust');
    }
  });

  it('GIVEN the word is a person\'s name too THEN no organisation is picked for it', () => {
    const keeper: Article = { ...buoy, id: '2020-04-03-keeper', people: [{ name: 'Hedda Pellworth', role: 'lighthouse keeper' }], paragraphs: ['Hedda Pellworth kept the light for forty years.'] };
    const kb = buildKnowledgeBase([buoy, keeper], defaultBuildOptions());
    const asked = whoFor(kb, 'Pellworth');
    if (asked.kind === 'profile') expect(asked.view.name).not.toBe('Pellworth Sea Research Trust');
  });
});

describe('whoFor the first words of a curated firm\'s name', () => {
  it('GIVEN "Hollis Brand and Company" on the people list and written only in full THEN /who Hollis Brand is the firm, with its role', () => {
    const store: Article = {
      ...story,
      id: '2020-05-01-store',
      people: [{ name: 'Hollis Brand and Company', role: 'Toledo hardware store' }],
      paragraphs: ['She had shopped in Toledo all her life.', 'At the risk of losing my account at Hollis Brand and Company, I would like to say a word.'],
    };
    const kbStore = buildKnowledgeBase([store], defaultBuildOptions());
    for (const query of ['Hollis Brand and Company', 'Hollis Brand']) {
      const shown = whoFor(kbStore, query);
      expect(shown.kind).toBe('profile');
      if (shown.kind === 'profile') expect([shown.view.name, shown.view.roles]).toEqual(['Hollis Brand and Company', ['Toledo hardware store']]);
    }
  });
});

describe('profileInstead for a question typed as "who" with a name alone (`ask --type who "Name"`)', () => {
  it('GIVEN a known name without "is" THEN its profile, as `/who Name` shows', () => {
    const kb = buildKnowledgeBase([story], defaultBuildOptions());
    const result = kb.ask('Marta Quillon', { type: 'who' });
    expect(result.kind).toBe('unknown');
    expect(profileInstead(kb, 'Marta Quillon', result, 'who')?.view.name).toBe('Marta Quillon');
    expect(profileInstead(kb, 'Marta Quillon', result, 'who')?.view).toEqual(whoFor(kb, 'Marta Quillon').view);
    // (Not typed as "who", the name alone is no question about her.)
    expect(profileInstead(kb, 'Marta Quillon', kb.ask('Marta Quillon'))).toBeUndefined();
  });
});

describe('timelineFor with a year in the topic', () => {
  const bridge: Article = {
    id: '2011-03-14-bridge',
    title: 'Council rejects bridge plan',
    published: '2011-03-14',
    source: 'Invented Times',
    url: '',
    people: [],
    paragraphs: ['The town first planned a bridge in March 1998.', 'The council rejected the bridge plan on Saturday.', 'The ferry began running in 2004.'],
  };
  const kb = buildKnowledgeBase([bridge], defaultBuildOptions());

  it('GIVEN "/timeline 1998" THEN only the events of 1998', () => {
    expect(timelineFor(kb, '1998').map((e) => e.label)).toEqual(['March 1998']);
    expect(timelineFor(kb, '').length).toBeGreaterThan(1);
  });

  it('GIVEN a topic and a year THEN the topic\'s events of that year', () => {
    expect(timelineFor(kb, 'ferry 2004').map((e) => e.phrase)).toEqual(['2004']);
    expect(timelineFor(kb, 'ferry 1998')).toEqual([]);
  });
});

describe('a timeline topic the stories write of but never date', () => {
  const essay = (id: string, title: string, paragraphs: string[]): Article => ({ id, title, published: '2011-03-14', source: 'Invented Review', url: '', people: [], paragraphs });
  const kb = buildKnowledgeBase(
    [
      essay('2011-03-14-kelp', 'Kelp as winter fodder', ['Farmers on the coast feed kelp to their sheep.', 'Dried kelp keeps for many months in a dry barn.']),
      essay('2011-03-14-mill', 'The old mill', ['The mill was built in 1887 beside the weir.']),
    ],
    defaultBuildOptions(),
  );

  it('GIVEN "/timeline kelp" over a story that dates nothing THEN the reply names that story rather than only "no dated events found"; an unknown topic, or one with dated events, names none', () => {
    expect(timelineFor(kb, 'kelp')).toEqual([]);
    const undated = undatedStoriesFor(kb, 'kelp');
    expect(undated.map((s) => s.title)).toEqual(['Kelp as winter fodder']);
    const text = timelineText('kelp', [], undated);
    expect(text).toContain('No dated events found for "kelp"');
    expect(text).toContain('the one article about it gives no date');
    expect(text).toContain('Kelp as winter fodder — Invented Review');
    expect(timelineReply('kelp', [], undated).embeds[0]?.description).toContain('Kelp as winter fodder');
    expect(undatedStoriesFor(kb, 'kelp 2011').map((s) => s.title)).toEqual(['Kelp as winter fodder']);
    expect(undatedStoriesFor(kb, 'zebra')).toEqual([]);
    expect(undatedStoriesFor(kb, 'mill')).toEqual([]);
    expect(timelineText('zebra', [], [])).toBe('No dated events found for "zebra".');
  });

  it('GIVEN "/timeline" with no topic over stories that date nothing THEN the reply says so without an empty topic in quotes', () => {
    expect(timelineText('', [], [])).toBe('No dated events found in the knowledge base.');
    expect(timelineReply('', [], []).embeds[0]?.description).toBe('No dated events found in the knowledge base.');
  });
});

describe('a profile that answers a who-question', () => {
  const listed = (id: string, published: string, role: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published, source: 'Invented Review', url: '', people: [{ name: 'Tolver', role }], paragraphs });
  const kb = buildKnowledgeBase(
    [
      listed('2011-03-21-tolls', '2011-03-21', 'ferryman of the harbour and keeper of the toll house', ['The ferryman of the harbour, Tolver, was also its toll keeper.', 'The toll house stood by the pier.']),
      listed('2011-03-14-board', '2011-03-14', 'chairman of the Pier Board and harbour ferryman', ['The Pier Board, chaired by a quiet man named Tolver, had run the harbour for years.', 'Nobody questioned its accounts.']),
    ],
    defaultBuildOptions(),
  );

  it('GIVEN "who chaired the pier board", answered by Tolver\'s profile THEN the profile leads with the sentence that tells it, not the first one of the profile', () => {
    const profile = kb.profile('Tolver');
    expect(profile?.sentences[0]?.sentence).toBe('The ferryman of the harbour, Tolver, was also its toll keeper.');
    const led = ledByQuestion(profile as NonNullable<typeof profile>, 'who chaired the pier board');
    expect(led.sentences.map((c) => c.sentence)).toEqual(['The Pier Board, chaired by a quiet man named Tolver, had run the harbour for years.', 'The ferryman of the harbour, Tolver, was also its toll keeper.']);
    // A question that shares no word with any sentence leaves the order as it was.
    expect(ledByQuestion(profile as NonNullable<typeof profile>, 'who sang the anthem').sentences).toEqual(profile?.sentences);
    // As the console and `ask --json` show it when no sentence answers with enough confidence.
    const unknown: AskResult = { kind: 'unknown', question: 'who chaired the pier board', type: 'who', reason: 'low-confidence', suggestions: [] };
    const shown = profileInstead(kb, 'who chaired the pier board', unknown);
    expect(shown?.view.name).toBe('Tolver');
    expect(shown?.view.sentences[0]?.sentence).toBe('The Pier Board, chaired by a quiet man named Tolver, had run the harbour for years.');
  });
});
