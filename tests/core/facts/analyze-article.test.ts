import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeArticle,
  analyzeSentence,
  articleEntities,
  curatedType,
  lazyArticle,
  prepareArticle,
} from '../../../src/core/facts/analyze-article.js';
import { readMentions } from '../../../src/core/facts/extract-entities.js';
import type { EntityMention } from '../../../src/core/types.js';
import { SEED_PUBLISHED, seedSentence, seedSentences } from '../../fixtures/facts/seed.js';
import { FIXTURE_ARTICLE, PUBLISHED } from '../../fixtures/facts/sentences.js';

function seedFacts(prefix: string) {
  const sentences = seedSentences();
  const ctx = prepareArticle({ published: SEED_PUBLISHED, people: [], sentences });
  const index = sentences.indexOf(seedSentence(prefix));
  return analyzeSentence(ctx, index);
}

function person(entities: EntityMention[], text: string): EntityMention | undefined {
  return entities.find((e) => e.text === text && e.type === 'person');
}

describe('analyzeSentence on the seed article', () => {
  it('reads the State Department spokesman before his name', () => {
    expect(person(seedFacts('State Department spokesman').entities, 'Sean McCormack')).toEqual({
      text: 'Sean McCormack',
      name: 'Sean McCormack',
      type: 'person',
      role: 'State Department spokesman',
      roleHere: true,
    });
  });

  it("reads Iran's foreign minister across the comma before his name", () => {
    expect(person(seedFacts("Iran's foreign minister").entities, 'Manouchehr Mottaki')?.role).toBe("Iran's foreign minister");
  });

  it('reads the title of the U.S. ambassador', () => {
    expect(person(seedFacts('U.S. Ambassador Ryan Crocker').entities, 'Ryan Crocker')?.role).toBe('U.S. Ambassador');
  });

  it('links a later surname-only mention to the full name with its role', () => {
    expect(person(seedFacts('McCormack said the two sides').entities, 'McCormack')).toEqual({
      text: 'McCormack',
      name: 'Sean McCormack',
      type: 'person',
      role: 'State Department spokesman',
    });
    expect(person(seedFacts('Iran, Iraq, and the U.S.').entities, 'Crocker')?.name).toBe('Ryan Crocker');
  });

  it('links a possessive first-name mention ("Saddam\'s") to the full name', () => {
    expect(person(seedFacts("Saddam's Sunni-led").entities, 'Saddam')?.name).toBe('Saddam Hussein');
  });

  it('reads places and gives them their canonical name', () => {
    const entities = seedFacts('Tuesday, U.S. and Iranian').entities;
    expect(entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['United States', 'Iraq', 'Baghdad']);
    expect(entities.some((e) => e.text === 'Tuesday' || e.text === 'Iranian')).toBe(false);
  });

  it('reads news agencies as organisations', () => {
    const entities = seedFacts('Some information for this report').entities;
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['AFP', 'organization'],
      ['Reuters', 'organization'],
    ]);
  });

  it('resolves the dates of the seed against its publication date', () => {
    expect(seedFacts('Tuesday, U.S.').dates[0]?.start).toBe('2007-07-24');
    expect(seedFacts("Iran's foreign minister").dates[0]?.text).toBe('earlier Wednesday');
    expect(seedFacts('U.S. Ambassador').dates[0]?.label).toBe('May 2007');
    expect(seedFacts('The United States and Iran have had').dates[0]?.duration).toBe('P27Y');
    expect(seedFacts("Saddam's").dates[0]?.grain).toBe('range');
  });

  it('does not count the year of a date as a number', () => {
    const facts = seedFacts('The United States broke diplomatic relations');
    expect(facts.dates[0]?.text).toBe('April, 1980');
    expect(facts.numbers).toEqual([]);
  });

  it('flags the sentences that give a reason', () => {
    expect(seedFacts('Iran, Iraq, and the U.S.').hasReason).toBe(true); // unless
    expect(seedFacts('The United States broke').hasReason).toBe(true); // after + event
    expect(seedFacts('The United States had said').hasReason).toBe(true); // despite, tensions over
    expect(seedFacts('Tuesday, U.S. and Iranian').hasReason).toBe(false);
    expect(seedFacts('U.S. Ambassador').hasReason).toBe(false); // `since` of time
  });

  it('lists the seed people once, with roles and the surnames used alone', () => {
    const { entities } = analyzeArticle({ published: SEED_PUBLISHED, people: [], sentences: seedSentences() });
    const people = entities.filter((e) => e.type === 'person');
    expect(people).toContainEqual({ name: 'Sean McCormack', type: 'person', roles: ['State Department spokesman'], aliases: ['McCormack'] });
    expect(people).toContainEqual({ name: 'Ryan Crocker', type: 'person', roles: ['U.S. Ambassador'], aliases: ['Crocker'] });
    expect(people.map((p) => p.name)).not.toContain('McCormack');
    expect(entities.find((e) => e.name === 'United States')?.aliases).toContain('U.S.');
  });
});

describe('analyzeSentence on written fixtures', () => {
  const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: FIXTURE_ARTICLE });

  it('reads a capitalised title with an organisation as the role', () => {
    expect(person(analyzeSentence(ctx, 0).entities, 'Edith Marlowe')?.role).toBe('Harlan County Commissioner');
  });

  it('reads an appositive role after the name', () => {
    expect(person(analyzeSentence(ctx, 3).entities, 'Trevor Banes')?.role).toBe('director of public works');
  });

  it('GIVEN an era or an hour written with dots ("150 A.D.", "10 P.M.") THEN no organisation is read from it', () => {
    const texts = readMentions('The chapel was built in 350 A.D. and the council met there at 10 P.M. with the U.N. envoy.').map((m) => m.text);
    expect(texts).not.toContain('A.D.');
    expect(texts).not.toContain('P.M.');
    expect(texts).toContain('U.N.');
  });

  it('GIVEN one person\'s given name that is another\'s surname THEN the word alone is the surname\'s, whoever comes first', () => {
    const sentences = ['Moss Quillan wrote a book about the harbor.', 'The poet D. H. Moss praised it.', '"All is not water", declared Moss.'];
    for (const people of [[], [{ name: 'Moss Quillan' }, { name: 'D. H. Moss' }]]) {
      const ctx = prepareArticle({ published: PUBLISHED, people, sentences });
      expect(person(analyzeSentence(ctx, 2).entities, 'Moss')?.name).toBe('D. H. Moss');
    }
  });

  it('GIVEN a surname spelt like a role noun ("Tomas Farmer") that the story also writes alone as someone THEN he is a person and "Farmer" alone is him; "Visiting Fellow", with no "Fellow" alone, is no one', () => {
    const sentences = [
      'Tomas Farmer, the tall Chilean, won the race in the rain.',
      '"It was the wind", Farmer said later.',
      'The crowd cheered both Farmer and Ruiz at the finish.',
      'Ruiz finished a minute behind Farmer, as the farmer next door watched.',
      'Her title, Visiting Fellow, came with a desk.',
    ];
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences });
    expect(person(analyzeSentence(ctx, 0).entities, 'Tomas Farmer')?.type).toBe('person');
    expect(person(analyzeSentence(ctx, 2).entities, 'Farmer')?.name).toBe('Tomas Farmer');
    expect(person(analyzeSentence(ctx, 3).entities, 'Farmer')?.name).toBe('Tomas Farmer');
    expect(articleEntities(ctx).map((e) => e.name)).not.toContain('Visiting Fellow');
    // The lazy reading of one sentence links it the same way.
    expect(lazyArticle({ published: PUBLISHED, people: [], sentences }).entities(3).find((e) => e.text === 'Farmer')?.name).toBe('Tomas Farmer');
  });

  it('GIVEN a name ending in a place word with an office written after it ("Orla Place, director of the Quay Trust,") THEN a person with that role; "Vell Station, the main terminal," stays a place', () => {
    const mentions = readMentions('The talks were given by Orla Place, director of the Quay Trust, on Friday.');
    expect(mentions.find((m) => m.text === 'Orla Place')).toMatchObject({ type: 'person', role: 'director of the Quay Trust' });
    expect(readMentions('They met at Vell Station, the main terminal, at noon.').find((m) => m.text === 'Vell Station')?.type).toBe('place');
    expect(readMentions('We took Quay Drive, a driver reported that it was shut.').find((m) => m.text === 'Quay Drive')?.type).toBe('place');
  });

  it('GIVEN "Tomas Vell, director of Quay Trust, and Ann Reyes, …" THEN his role ends at the comma, without the next name; a list of three ("of Sail, Oar, and Rope") is still one name', () => {
    const mentions = readMentions('Talks were given by Tomas Vell, director of Quay Trust, and Ann Reyes, director of the Harbor League.');
    expect(mentions.find((m) => m.text === 'Tomas Vell')?.role).toBe('director of Quay Trust');
    expect(mentions.find((m) => m.text === 'Ann Reyes')?.role).toBe('director of the Harbor League');
    expect(readMentions('Ida Marr, head of the Society of Sail, Oar, and Rope, spoke.').find((m) => m.text === 'Ida Marr')?.role).toBe('head of the Society of Sail, Oar, and Rope');
  });

  it('GIVEN an office written before a courtesy title ("the chairman of the Quay Energy Board, Dr. Ivo T. Marsh,") THEN it is his role; after a preposition, with the name opening the next clause ("As for the author of the Quay Gazette, Mrs. Vane deplores"), it is not', () => {
    expect(readMentions('More recently, the chairman of the Quay Energy Board, Dr. Ivo T. Marsh, spoke to reporters.').find((m) => m.text === 'Ivo T. Marsh')?.role).toBe('chairman of the Quay Energy Board');
    expect(readMentions('As for the author of the Quay Gazette, Mrs. Vane sharply deplores the plan.').find((m) => m.text === 'Vane')?.role).toBeUndefined();
    expect(readMentions('As for the author of the Quay Gazette, Ada Vane sharply deplores the plan.').find((m) => m.text === 'Ada Vane')?.role).toBeUndefined();
  });

  it('GIVEN an office with its owner and words of its own before a name ("Quayside\'s chief parole officer, Ned Orr,") THEN all of it is his role; no owner, no more than the role noun', () => {
    expect(readMentions("Quayside's chief parole officer, Ned Orr, will speak on Sunday.").find((m) => m.text === 'Ned Orr')?.role).toBe("Quayside's chief parole officer");
    expect(readMentions("The town's new harbor pilot, Ada Vane, steered.").find((m) => m.text === 'Ada Vane')?.role).toBe("town's new harbor pilot");
    expect(readMentions('He met the harbor pilot, Ada Vane, at noon.').find((m) => m.text === 'Ada Vane')?.role).toBeUndefined();
  });

  it('GIVEN an office after a name whose long complement is a name ("headmaster of St. Alder\'s Quayside Day School in Vell Harbor") THEN it is the role, not the title before the name; a long phrase in common words is not', () => {
    const mentions = readMentions("The retirement of the Rev. Ivo Marsh, headmaster of St. Alder's Quayside Day School in Vell Harbor, takes effect in June.");
    expect(mentions.find((m) => m.text === 'Ivo Marsh')?.role).toBe("headmaster of St. Alder's Quayside Day School in Vell Harbor");
    expect(readMentions('Ann Vale, director of the new and much larger harbor fund the town opened last year, spoke.').find((m) => m.text === 'Ann Vale')?.role).toBeUndefined();
  });

  it('GIVEN a phrase after a name with a capitalised role noun after lower-case words ("the Regatta, the duel between Orr and Farmer began") THEN no role: "Farmer" is a name; an office in capitals throughout ("Senior Partner") still is one', () => {
    expect(readMentions('On Sunday, the last day of the Regatta, the duel between Orr and Farmer began.').find((m) => m.text === 'Regatta')?.role).toBeUndefined();
    expect(readMentions('Ada Vane, Senior Partner, signed the deal.').find((m) => m.text === 'Ada Vane')?.role).toBe('Senior Partner');
  });

  it('GIVEN a title of a work in quotes with a comma or small words ("Hail Vessa, Happy Shore", "Storm on the Quay") THEN no name is read from it; speech in quotes ("Come on, Jorge", he said) still names someone', () => {
    expect(readMentions('The band should play a march, switching to "Hail Vessa, Happy Shore"!').map((m) => m.text)).toEqual([]);
    expect(readMentions('The film "Storm on the Quay" and the movie "Harbor Lights" will be shown.').map((m) => m.text)).toEqual([]);
    expect(readMentions('"Come on, Jorge", he said.').map((m) => m.text)).toContain('Jorge');
    expect(readMentions('Then she was yelling "Good night, Ann Vale" at the door.').map((m) => m.text)).toContain('Ann Vale');
  });

  it('GIVEN a firm named "<name> and Company" THEN one organisation, not a person "Marshall Fenn" and a stray "Company"', () => {
    const mentions = readMentions('She kept a charge card at Marshall Fenn and Company, the store on the corner.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Marshall Fenn and Company', 'organization']]);
  });

  it('GIVEN the body an office is of, named with a "for" ("director of Harbor Youth for Peace") THEN one organisation, not a person "Harbor Youth"; a person after "for" elsewhere stays apart', () => {
    const mentions = readMentions('Talks will be given by Ida Marr, director of Harbor Youth for Peace, on Sunday.');
    expect(mentions.find((m) => m.text === 'Harbor Youth for Peace')?.type).toBe('organization');
    expect(mentions.some((m) => m.text === 'Harbor Youth')).toBe(false);
    expect(readMentions('Ada Vane voted for Tom Orr on Sunday.').map((m) => m.text)).toEqual(['Ada Vane', 'Tom Orr']);
  });

  it('GIVEN a lounge, a restaurant or a cafe by name ("Student Vell Lounge", "Quay Restaurant") THEN an organisation, not a person "Lounge" with the role "Student Vell"', () => {
    expect(readMentions('Student Prince Vell Lounge on Harbor Road is planning a festival.').find((m) => m.text.endsWith('Lounge'))).toMatchObject({ text: 'Student Prince Vell Lounge', type: 'organization' });
    expect(readMentions('Ada Vane and her trio have booked into Orla Lounge.').map((m) => [m.text, m.type])).toEqual([['Ada Vane', 'person'], ['Orla Lounge', 'organization']]);
    expect(readMentions('They dined at the Quay Restaurant on Sunday.').find((m) => m.text === 'Quay Restaurant')?.type).toBe('organization');
  });

  it('GIVEN "at the Regatta Vane and Orr did" in a story that writes "the Regatta" alone and names Ada Vane THEN no one called "Regatta Vane": "Vane" is Ada Vane', () => {
    const sentences = ['Ada Vane, the defending champion, lost her title at sea.', 'The Regatta will be remembered for the storm.', 'And last year at the Regatta Vane and Orr did.', 'Vane said she would be back.'];
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences });
    expect(articleEntities(ctx).map((e) => e.name)).not.toContain('Regatta Vane');
    expect(person(analyzeSentence(ctx, 3).entities, 'Vane')?.name).toBe('Ada Vane');
    expect(lazyArticle({ published: PUBLISHED, people: [], sentences }).entities(3).find((e) => e.text === 'Vane')?.name).toBe('Ada Vane');
  });

  it('GIVEN a dash typed as two hyphens between names THEN it parts them, as a dash does', () => {
    for (const dash of [' -- ', '--', ' — ']) {
      const texts = readMentions(`The winner came from Ruritania${dash}Tom Quill took the cup.`).map((m) => m.text);
      expect(texts).toContain('Tom Quill');
      expect(texts.some((t) => t.includes('Ruritania') && t.includes('Quill'))).toBe(false);
    }
    expect(readMentions('The Smith-Jones Company opened.').map((m) => m.text)).toContain('Smith-Jones Company');
  });

  it('GIVEN a month that is also a given name in the middle of a name ("Lia May Dorrit") THEN it is the middle name; a month after a place, or before a day, is still a month', () => {
    expect(readMentions('Miss Lia May Dorrit says her reign will end soon.').map((m) => m.text)).toContain('Lia May Dorrit');
    expect(readMentions('Tom June Hallow spoke first.').map((m) => m.text)).toContain('Tom June Hallow');
    expect(readMentions('The fair opened in Orsdale May 3 with a parade.').map((m) => m.text)).not.toContain('Orsdale May');
    expect(readMentions('They met in Paris May Day morning.').map((m) => m.text)).not.toContain('Paris May Day');
  });

  it('GIVEN a work called by its composer and its number ("the new Quillmann Second") THEN the name is the composer\'s, without the number', () => {
    const texts = readMentions("The orchestra's new Quillmann Second sounds like a real orchestra.").map((m) => m.text);
    expect(texts).toContain('Quillmann');
    expect(texts).not.toContain('Quillmann Second');
    expect(readMentions('They marched up Second Avenue.').map((m) => m.text)).toContain('Second Avenue');
  });

  it('does not read the next member of a list of people as the role of the name before it', () => {
    const role = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;
    expect(role('Ann Lee, her secretary, her driver and two nurses shared the van.', 'Ann Lee')).toBeUndefined();
    expect(role('Tom Ward, the treasurer, the clerk or the mayor must sign it.', 'Tom Ward')).toBeUndefined();
    // An apposition stays one, whatever follows it.
    expect(role('Tom Ward, director of public works, and his deputy inspected the bridge.', 'Tom Ward')).toBe('director of public works');
    expect(role('Tom Ward, a county lawyer, told the council and the mayor that the bridge was safe.', 'Tom Ward')).toBe('county lawyer');
    expect(role('Tom Ward, a county lawyer, said the bridge and the road were safe.', 'Tom Ward')).toBe('county lawyer');
  });

  it('reads a shared or second role ("co-director", "vice-chairman") as its role noun', () => {
    const role = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;
    expect(role('Ann Lee, co-director of the county museum, opened the show.', 'Ann Lee')).toBe('co-director of the county museum');
    expect(role('Harlan Museum co-director Ann Lee opened the show.', 'Ann Lee')).toBe('Harlan Museum co-director');
  });

  it('GIVEN a role with its "of" complement before the comma of a name THEN it is the role; a plural before the comma is no role', () => {
    const role = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;
    expect(role('On Monday the head of the hill province of Marana, Tomas Ferreira, closed the border.', 'Tomas Ferreira')).toBe('head of the hill province of Marana');
    expect(role('They met the mayor of Springfield, Ann Lee, on Friday.', 'Ann Lee')).toBe('mayor of Springfield');
    expect(role('A view of the home of Ann Lee, Tom Ward said, was worth the trip.', 'Tom Ward')).toBeUndefined();
    expect(role('Like most county officials, Tom Ward expects a rise.', 'Tom Ward')).toBeUndefined();
    expect(role('Like most Harlan spokesmen, Tom Ward expects a rise.', 'Tom Ward')).toBeUndefined();
  });

  it('GIVEN a phrase after a preposition before the comma of a name that opens the next clause ("hung on a Tarrow chair, Ivo Ward took out") THEN no role; an apposition closed by a comma still is one', () => {
    const role = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;
    expect(role('His coat hung on a Tarrow chair, Ivo Ward took out his pipe.', 'Ivo Ward')).toBeUndefined();
    expect(role('He wrote to the Belmont chairman, Tom Hale, last week.', 'Tom Hale')).toBe('Belmont chairman');
    expect(role('He spoke to the party chairman, Tom Hale.', 'Tom Hale')).toBe('party chairman');
  });

  it('GIVEN "Harbourtide I\'ll be home", "Vessa I loved", "Tell Sam Orley to wait" THEN no "I\'ll", "I" or "Tell" in a name; "Queen Ada I died" keeps its numeral', () => {
    const names = (sentence: string) => readMentions(sentence).map((m) => m.text);
    expect(names("Harbourtide Vask I'll be home, Sam said.")).toContain('Harbourtide Vask');
    expect(names('Ann Vask I loved, Carla said.')).toContain('Ann Vask');
    expect(names('Tell Sam Orley to wait at the mill.')).toEqual(['Sam Orley']);
    expect(names('Queen Ada I died in the spring.')).toContain('Ada I');
  });

  it('GIVEN "Hadn\'t Mara …", "Wasn\'t Ned Barrow …", "Ned\'ll row", "Mara But the woman …", "Look Ned," and "Listen, Mr. Warden," THEN the names alone, with no auxiliary, verb, conjunction or call in them', () => {
    const names = (sentence: string) => readMentions(sentence).map((m) => m.text);
    expect(names("Hadn't Mara been a good sister to Quint?")).toEqual(['Mara', 'Quint']);
    expect(names("Wasn't Ned Barrow a sailor once?")).toEqual(['Ned Barrow']);
    expect(names("I think Ned'll row harder now.")).toEqual(['Ned']);
    expect(names('I said a name, Mara But the woman was Sue Ormond!')).toEqual(['Mara', 'Sue Ormond']);
    expect(names('Look Ned, this is a plain case.')).toEqual(['Ned']);
    expect(names('Listen, Mr. Warden, my son is good.')).toEqual([]);
  });

  it('GIVEN "the Council for Financial Aid to Education" THEN one body, not cut at "to"; a place after "to" is no part of it', () => {
    const names = (sentence: string) => readMentions(sentence).map((m) => m.text);
    expect(names('The grant came from the Council for Harbour Aid to Education last year.')).toContain('Council for Harbour Aid to Education');
    expect(names('The Council for Harbour Aid to Cuba met.')).toContain('Council for Harbour Aid');
  });

  it('GIVEN a title before a name and the office written out after it THEN the office is the role', () => {
    const role = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;
    expect(role('Thanks go to Rev. Tom Ward, pastor of the Elm Street Church, for the loan.', 'Tom Ward')).toBe('pastor of the Elm Street Church');
    expect(role('Sen. Ann Lee, a Harlan lawyer, spoke first.', 'Ann Lee')).toBe('Harlan lawyer');
    // An appositive that names no office leaves the title.
    expect(role('Rev. Tom Ward, 61, spoke first.', 'Tom Ward')).toBe('Rev.');
  });

  it('reads an appositive role after an age', () => {
    const marlowe = person(analyzeSentence(ctx, 1).entities, 'Marlowe');
    expect(marlowe?.name).toBe('Edith Marlowe');
    const summary = articleEntities(ctx).find((e) => e.name === 'Edith Marlowe');
    expect(summary?.roles).toEqual(['Harlan County Commissioner', 'former Denver accountant']);
  });

  it('tells a place after "in" from a person', () => {
    const entities = analyzeSentence(ctx, 3).entities;
    expect(entities.find((e) => e.text === 'Lexington')?.type).toBe('place');
  });

  it('reads money, percentages and counted nouns', () => {
    expect(analyzeSentence(ctx, 0).numbers).toEqual([
      { text: 'two', value: 2, unit: 'libraries' },
      { text: '$1.2 million', value: 1_200_000, unit: 'USD' },
    ]);
    expect(analyzeSentence(ctx, 3).numbers).toEqual([{ text: '3.5 percent', value: 3.5, unit: 'percent' }]);
    expect(analyzeSentence(ctx, 4).numbers.map((n) => n.text)).toEqual(['$58,918', '$66,000']);
  });

  it('reads a range and a bare year in one sentence', () => {
    expect(analyzeSentence(ctx, 5).dates.map((d) => d.label)).toEqual(['1991–1999', '2003']);
  });

  it('returns empty facts for an index out of range', () => {
    expect(analyzeSentence(ctx, 99)).toEqual({ entities: [], dates: [], numbers: [], hasReason: false });
  });
});

describe('curated people', () => {
  it('win over the roles read from the text and add their aliases', () => {
    const sentences = ['State Department spokesman Sean McCormack said no.', 'The spokesman, known as Mac to reporters, left.', 'Mac said nothing more.'];
    const ctx = prepareArticle({
      published: PUBLISHED,
      people: [{ name: 'Sean McCormack', role: 'U.S. State Department spokesman', aliases: ['Mac'] }],
      sentences,
    });
    expect(person(analyzeSentence(ctx, 0).entities, 'Sean McCormack')?.role).toBe('U.S. State Department spokesman');
    expect(person(analyzeSentence(ctx, 2).entities, 'Mac')).toEqual({
      text: 'Mac',
      name: 'Sean McCormack',
      type: 'person',
      role: 'U.S. State Department spokesman',
      roleCurated: true,
    });
    const summary = articleEntities(ctx).find((e) => e.name === 'Sean McCormack');
    expect(summary?.roles).toEqual(['U.S. State Department spokesman']);
    expect(summary?.aliases).toContain('Mac');
  });

  it('GIVEN a place the gazetteer knows by a name with "of" ("the District of Columbia") THEN one place', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ['The states of Maryland, Virginia and the District of Columbia agreed.'] });
    expect(analyzeSentence(ctx, 0).entities.map((e) => `${e.type}:${e.text}`)).toEqual(['place:Maryland', 'place:Virginia', 'place:District of Columbia']);
  });

  it('GIVEN a country\'s adjective before a place named with "region" ("the remote Norwegian Vestmark region") THEN the place is "Vestmark", not a person "Norwegian Vestmark"', () => {
    expect(readMentions('The balloon came down over the remote Norwegian Vestmark region on Monday.').map((m) => `${m.type}:${m.text}`)).toEqual(['place:Vestmark']);
    expect(readMentions('Herders in the Chinese Tolgai province moved south.').map((m) => `${m.type}:${m.text}`)).toContain('place:Tolgai');
    // A place of its own that opens with such an adjective keeps its name.
    expect(readMentions('She moved to the British Columbia interior.').map((m) => m.text)).toContain('British Columbia');
    expect(readMentions('Pickers came from the British Columbia region.').map((m) => m.text)).toContain('British Columbia');
  });

  it('GIVEN "the State of Vermont" THEN a place, that state, not a person', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ['Pickers struck last year, the State of Vermont said.'] });
    const state = analyzeSentence(ctx, 0).entities.find((e) => e.text === 'State of Vermont');
    expect(state).toMatchObject({ type: 'place', name: 'Vermont' });
  });

  it('GIVEN a curated body with a head the extraction knows ("Vessa Air Command", alias "VAC") THEN an organisation, not a person', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [{ name: 'Vessa Air Command', aliases: ['VAC'] }], sentences: ['The VAC post lies far below the ground.'] });
    expect(analyzeSentence(ctx, 0).entities.find((e) => e.text === 'VAC')?.type).toBe('organization');
  });

  it('GIVEN a curated person whose name is also a city ("Austin", with a role) THEN a person, not the city', () => {
    const sentences = ['The sovereign was not the monarch of Hobbes but the parliament of Austin.'];
    const ctx = prepareArticle({ published: PUBLISHED, people: [{ name: 'Austin', role: 'legal philosopher' }], sentences });
    expect(analyzeSentence(ctx, 0).entities.find((e) => e.text === 'Austin')?.type).toBe('person');
    // Listed without a role, a city is still a city.
    const city = prepareArticle({ published: PUBLISHED, people: [{ name: 'Austin' }], sentences });
    expect(analyzeSentence(city, 0).entities.find((e) => e.text === 'Austin')?.type).toBe('place');
  });
});

describe('curated names written with middle initials', () => {
  it('GIVEN a given name, an initial and a surname that also ends firms\' names ("Osric P. Mills", "Nell J. Church") THEN a person; the firms stay organisations', () => {
    expect(curatedType({ name: 'Osric P. Mills', role: 'Congressman' })).toBe('person');
    expect(curatedType({ name: 'Nell J. Church' })).toBe('person');
    expect(curatedType({ name: 'Amos T. R. Motors, Jr.' })).toBe('person');
    expect(curatedType({ name: 'Valdane Mills' })).toBe('organization');
    expect(curatedType({ name: 'Harbour Tariffs Committee' })).toBe('organization');
  });
});

describe('a surname two curated people share', () => {
  const sentences = ['Ada Crane and her father, Mr. Crane, ran the mill.', 'Crane said the wheel had broken.', 'Ada said nothing.'];

  it('GIVEN "Ada Crane" and "Mr. Crane" curated THEN "Crane" alone names neither: it stays as written', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [{ name: 'Ada Crane', aliases: ['Ada'] }, { name: 'Mr. Crane', role: 'mill owner' }], sentences });
    expect(person(analyzeSentence(ctx, 1).entities, 'Crane')?.name).not.toBe('Ada Crane');
    expect(articleEntities(ctx).find((e) => e.name === 'Ada Crane')?.aliases).toEqual(['Ada']);
  });

  it('GIVEN the curator gives "Crane" to one of them THEN it names that one', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [{ name: 'Ada Crane' }, { name: 'Mr. Crane', aliases: ['Crane'] }], sentences });
    expect(person(analyzeSentence(ctx, 1).entities, 'Crane')?.name).toBe('Mr. Crane');
  });
});

describe('a family in one story', () => {
  it('GIVEN "Mr. Crane" and "Mrs. Crane" beside Ada Crane THEN "Crane" alone is not Ada Crane', () => {
    const sentences = ['Ada Crane was tried for the theft.', 'Mr. Crane had locked the mill that night, and Mrs. Crane kept the key.', 'Crane said nothing more.'];
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences });
    expect(person(analyzeSentence(ctx, 2).entities, 'Crane')?.name).not.toBe('Ada Crane');
    expect(articleEntities(ctx).find((e) => e.name === 'Ada Crane')?.aliases ?? []).not.toContain('Crane');
    // One honorific only: the surname stays hers.
    const alone = prepareArticle({ published: PUBLISHED, people: [], sentences: ['Ada Crane was tried for the theft.', 'Crane said nothing more.'] });
    expect(person(analyzeSentence(alone, 1).entities, 'Crane')?.name).toBe('Ada Crane');
  });

  it('GIVEN "The Honorable Tom Lusk" THEN the name is Tom Lusk', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ['The Honorable Tom Lusk, a justice of the state court, spoke at the dinner.'] });
    expect(articleEntities(ctx).map((e) => e.name)).toContain('Tom Lusk');
  });
});

describe('purity', () => {
  it('does not mutate its input', () => {
    const input = {
      published: PUBLISHED,
      people: [{ name: 'Edith Marlowe', role: 'commissioner', aliases: ['Edie'] }],
      sentences: [...FIXTURE_ARTICLE],
    };
    const copy = structuredClone(input);
    const ctx = prepareArticle(input);
    analyzeArticle(input);
    analyzeSentence(ctx, 1);
    articleEntities(ctx);
    expect(input).toEqual(copy);
  });

  it('gives the same facts whichever sentence is analysed first', () => {
    const a = prepareArticle({ published: PUBLISHED, people: [], sentences: FIXTURE_ARTICLE });
    const b = prepareArticle({ published: PUBLISHED, people: [], sentences: FIXTURE_ARTICLE });
    const late = analyzeSentence(a, 4);
    FIXTURE_ARTICLE.forEach((_, i) => analyzeSentence(b, i));
    expect(analyzeSentence(b, 4)).toEqual(late);
    expect(articleEntities(a)).toEqual(articleEntities(b));
  });
});

describe('properties', () => {
  const newsy = fc.array(
    fc.constantFrom('Tuesday', 'May', 'in', 'April, 1980', 'U.S.', 'Ambassador', 'John', 'Smith', 'said', ',', '$5', '1980-1988', 'the', 'Iran', "'s", 'for', '27', 'years', '.', 'spokesman', 'Aug.', '22', 'earlier'),
    { maxLength: 25 },
  ).map((ws) => ws.join(' '));

  it('never throws, and every date or entity text is a substring of its sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), newsy), { minLength: 1, maxLength: 4 }), (sentences) => {
        const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences });
        sentences.forEach((s, i) => {
          const facts = analyzeSentence(ctx, i);
          for (const d of facts.dates) expect(s).toContain(d.text);
          for (const e of facts.entities) expect(s).toContain(e.text);
          for (const n of facts.numbers) expect(s).toContain(n.text);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('entity reading on harder wire copy', () => {
  function entitiesOf(sentences: string[], index: number): EntityMention[] {
    return analyzeSentence(prepareArticle({ published: PUBLISHED, people: [], sentences }), index).entities;
  }

  it('reads streets, rivers and a town after a state abbreviation as places', () => {
    const entities = entitiesOf(['The car hit a pole on Orchard Avenue near the Dunmore River in Tolland, Conn., police said.'], 0);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Orchard Avenue', 'place'],
      ['Dunmore River', 'place'],
      ['Tolland', 'place'],
      ['Connecticut', 'place'],
    ]);
  });

  it('reads an unknown town before a state abbreviation as a place', () => {
    const entities = entitiesOf(['She came from Cedar Mill, Ore., last year.'], 0);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Cedar Mill', 'place'],
      ['Oregon', 'place'],
    ]);
  });

  it('reads a hometown after ", of" as a place, not a person', () => {
    const entities = entitiesOf(['The board named Carl Ostby, of Pine Hollow, to the post.'], 0);
    expect(entities.map((e) => [e.name, e.type])).toEqual([
      ['Carl Ostby', 'person'],
      ['Pine Hollow', 'place'],
    ]);
  });

  it('does not link a titled surname to a namesake with another title', () => {
    const sentences = ['First Lady Jacqueline Kennedy toured the gallery.', 'President Kennedy spoke later.', 'Mrs. Kennedy smiled.'];
    expect(person(entitiesOf(sentences, 1), 'Kennedy')).toMatchObject({ name: 'Kennedy', role: 'President' });
    expect(person(entitiesOf(sentences, 2), 'Kennedy')?.name).toBe('Jacqueline Kennedy');
  });

  it('does not link a capitalised word opening a sentence to a given name', () => {
    const sentences = ['Bands played at Blue Lake on Sunday, said Blue Hargrove, the organizer.', 'Blue ribbons went to three pupils.'];
    expect(entitiesOf(sentences, 1)).toEqual([]);
  });

  it('reads a qualified country as that country and a bare title as no one', () => {
    const entities = entitiesOf(['The Social Secretary said Communist China had refused.'], 0);
    expect(entities).toEqual([{ text: 'Communist China', name: 'China', type: 'place', role: undefined }]);
  });

  it('keeps an organisation named after a person an organisation', () => {
    const entities = entitiesOf(['She studied at the Joseph P. Kennedy School in Boston.'], 0);
    expect(entities.map((e) => e.type)).toEqual(['organization', 'place']);
  });
});

describe('roles written as capitalised titles', () => {
  it("reads a possessive title before a name: \"Mrs. Kennedy's Social Secretary, Letitia Baldrige\"", () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ["Mrs. Kennedy's Social Secretary, Letitia Baldrige, said so."] });
    expect(person(analyzeSentence(ctx, 0).entities, 'Letitia Baldrige')?.role).toBe("Mrs. Kennedy's Social Secretary");
  });

  it('links "Captain Rickards" to "Capt. Byron D. Rickards"', () => {
    const sentences = ['The gun was held to the head of Capt. Byron D. Rickards.', 'Captain Rickards began taxiing.'];
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences });
    expect(person(analyzeSentence(ctx, 1).entities, 'Rickards')?.name).toBe('Byron D. Rickards');
  });
});

describe('names that are not people', () => {
  function entitiesOf(sentence: string): EntityMention[] {
    return analyzeSentence(prepareArticle({ published: PUBLISHED, people: [], sentences: [sentence] }), 0).entities;
  }

  it('GIVEN a figure or an item cut short before its number ("in Fig. 3", "Fig. 1 is") THEN no place or name is read from it', () => {
    expect(entitiesOf('The pump is shown in Fig. 3 of the report.')).toEqual([]);
    expect(entitiesOf('Fig. 1 is a block diagram of the pump built in Boston.').map((e) => e.name)).toEqual(['Boston']);
    expect(entitiesOf('The plan was drafted by Gov. Ann Lee in 1950.').map((e) => e.name)).toEqual(['Ann Lee']);
  });

  it('drops laws and events, so that their words do not link to people', () => {
    expect(entitiesOf('The Clayton Act and the Wagner Act were cited at the State Fair.')).toEqual([]);
  });

  it('keeps a person and their state apart: "Rep. David Martin of Nebraska"', () => {
    expect(entitiesOf('Rep. David Martin of Nebraska objected.').map((e) => [e.name, e.type, e.role])).toEqual([
      ['David Martin', 'person', 'Rep.'],
      ['Nebraska', 'place', undefined],
    ]);
  });

  it('reads a party label before a name as the role', () => {
    expect(person(entitiesOf('Republican Leverett Hale voted no.'), 'Leverett Hale')?.role).toBe('Republican');
  });

  it('keeps "Commission for Laos" inside the organisation name', () => {
    expect(entitiesOf('The International Control Commission for Laos met.')).toEqual([
      { text: 'International Control Commission for Laos', name: 'International Control Commission for Laos', type: 'organization', role: undefined },
    ]);
  });
});

describe('given names that look like titles', () => {
  function entitiesOf(sentence: string): EntityMention[] {
    return analyzeSentence(prepareArticle({ published: PUBLISHED, people: [], sentences: [sentence] }), 0).entities;
  }

  it('GIVEN a title and its "of" with no name after ("the Bishop of Elmford") THEN one office, not a person called "of Elmford"', () => {
    const names = entitiesOf('The mayor met the Bishop of Elmford on Friday.').map((e) => [e.name, e.role]);
    expect(names).toContainEqual(['Bishop of Elmford', undefined]);
    expect(names.some(([name]) => name?.startsWith('of '))).toBe(false);
  });

  it('GIVEN an office, a comma, then a title and a name ("the Port Authority commander, Capt. Ann Lee,") THEN the office is her role', () => {
    expect(person(entitiesOf('In storms the Port Authority commander, Capt. Ann Lee, moves the boats.'), 'Ann Lee')?.role).toBe('Port Authority commander');
    // With no office before it, the title stays the role.
    expect(person(entitiesOf('The storm passed, Capt. Ann Lee said.'), 'Ann Lee')?.role).toBe('Capt.');
  });

  it('keeps "Dean" as a given name: "Secretary of State Dean Rusk"', () => {
    expect(person(entitiesOf('Secretary of State Dean Rusk flew home.'), 'Dean Rusk')?.role).toBe('Secretary of State');
  });

  it('keeps "Co." in a company name and reads a hyphenated title', () => {
    expect(entitiesOf('Sales rose, said Mark Keel, a vice president of Harrow Implement Co.').map((e) => [e.name, e.type])).toEqual([
      ['Mark Keel', 'person'],
      ['Harrow Implement Co.', 'organization'],
    ]);
    expect(person(entitiesOf('Secretary-General Ban Ki-moon spoke.'), 'Ban Ki-moon')?.role).toBe('Secretary-General');
  });

  it('reads "General Electric" as a company, not a general', () => {
    expect(entitiesOf('Workers at General Electric walked out.')).toEqual([
      { text: 'General Electric', name: 'General Electric', type: 'organization', role: undefined },
    ]);
  });

  it('does not take a clause with its own verb as an appositive role', () => {
    expect(person(entitiesOf('Mr. Fisher, the judge of the county court declared, was wrong.'), 'Fisher')?.role).toBeUndefined();
  });
});

describe('titles of works', () => {
  it('does not read a quoted title as a person', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ['Her films include "Random Harvest" and "Mrs. Miniver", both hits.'] });
    expect(analyzeSentence(ctx, 0).entities).toEqual([]);
  });
});

describe('organisation names with "and", lists and articles inside', () => {
  const mentions = (sentence: string) => readMentions(sentence).map((m) => [m.text, m.type]);
  const roleOf = (sentence: string, name: string) => readMentions(sentence).find((m) => m.text === name)?.role;

  it('GIVEN "X and Y" closing an "of" complement THEN one organisation: "Department of Parks and Harbors"', () => {
    expect(mentions("A spokeswoman for the town's Department of Parks and Harbors said the pier would reopen.")).toEqual([['Department of Parks and Harbors', 'organization']]);
  });

  it('GIVEN a list closing an "of" complement THEN one organisation: "Society of Glass, Clay and Enamel"', () => {
    expect(mentions('The Northern Society of Glass, Clay and Enamel opened a show.')).toEqual([['Northern Society of Glass, Clay and Enamel', 'organization']]);
    expect(mentions('The Union of Masons, Joiners, and Tilers voted.')).toEqual([['Union of Masons, Joiners, and Tilers', 'organization']]);
  });

  it('GIVEN "for a" or "of the" after an organisation word THEN the article stays inside: "Council for a Cleaner Harbor"', () => {
    expect(mentions('Pia Lund, director of the Council for a Cleaner Harbor, said so.')).toContainEqual(['Council for a Cleaner Harbor', 'organization']);
    expect(mentions('The Bureau of the Budget objected.')).toEqual([['Bureau of the Budget', 'organization']]);
  });

  it('GIVEN capitalised words modifying a lower-case noun after "of the" THEN no organisation swallows them', () => {
    expect(mentions('The vote by the Senate of the Brandt amendment failed.').map(([text]) => text)).not.toContain('Senate of the Brandt');
  });

  it('GIVEN names joined by "and" with no institution before them THEN they stay apart', () => {
    expect(mentions('Okafor and Delmonte met in Lisbon.').map(([text]) => text)).toEqual(['Okafor', 'Delmonte', 'Lisbon']);
    expect(mentions('Iran and Iraq signed the pact.').map(([text]) => text)).toEqual(['Iran', 'Iraq']);
    expect(mentions('The Bank of Portugal and Spain agreed.').map(([text]) => text)).not.toContain('Bank of Portugal and Spain');
    expect(mentions('The Ministry of Fisheries and Prime Minister Ola Berg agreed.')).toContainEqual(['Ministry of Fisheries', 'organization']);
  });

  it('GIVEN a title and a name, then "and" and a body THEN a person and the body, never one organisation', () => {
    expect(mentions('Governor Ola Berg and Senate Liberals passed the levy.').map(([text]) => text)).toEqual(['Ola Berg', 'Senate Liberals']);
    expect(mentions('Mayor Tully and Harbor Commission members met.').map(([text]) => text)).toEqual(['Tully', 'Harbor Commission']);
  });

  it('GIVEN a name before a lower-case institution noun THEN that institution: "Royal Tamsford hospital"', () => {
    expect(mentions('She was taken to Royal Tamsford hospital on Friday.')).toEqual([['Royal Tamsford hospital', 'organization']]);
    expect(mentions('She was taken to a Lisbon hospital.')).toEqual([['Lisbon', 'place']]);
  });

  it('GIVEN a role naming such an organisation THEN the role keeps all of it', () => {
    expect(roleOf("Ada Crane, spokeswoman for the town's Department of Parks and Harbors, said so.", 'Ada Crane')).toBe("spokeswoman for the town's Department of Parks and Harbors");
    expect(roleOf("Ada Crane, director of Quillbrook's Art, Design and Media program, said so.", 'Ada Crane')).toBe("director of Quillbrook's Art, Design and Media program");
    // `and` between capitalised words outside an `of`/`for` complement still ends the role.
    expect(roleOf('Ada Crane, a lawyer with Okafor and Delmonte beside her, said so.', 'Ada Crane')).toBe('lawyer with Okafor');
  });
});

describe('given names, particles and demonyms', () => {
  const entities = (sentences: string[]) => articleEntities(prepareArticle({ published: PUBLISHED, people: [], sentences }));

  it('GIVEN a given name that is also a month abbreviation THEN it stays in the name: "Mar Ostrova"', () => {
    const found = entities(['Mar Ostrova, a historian, said the archive was lost.', 'Ostrova said more.']);
    expect(found.find((e) => e.type === 'person')).toMatchObject({ name: 'Mar Ostrova', aliases: ['Ostrova'] });
    expect(readMentions('The hearing is set for Mar 5.').map((m) => m.text)).toEqual([]);
  });

  it('GIVEN a surname with a particle written alone THEN the alias keeps the particle: "de Barrow", never "Barrow"', () => {
    const found = entities(['Mayor Ines de Barrow opened the pier.', 'Later, de Barrow said the pier was safe.', 'De Barrow left.']);
    const barrow = found.find((e) => e.name === 'Ines de Barrow');
    expect(barrow?.aliases).toEqual(['de Barrow']);
    expect(found.map((e) => e.name)).not.toContain('de Barrow');
    const ctx = prepareArticle({ published: PUBLISHED, people: [], sentences: ['Mayor Ines de Barrow opened the pier.', 'Later, de Barrow said the pier was safe.'] });
    expect(person(analyzeSentence(ctx, 1).entities, 'de Barrow')?.name).toBe('Ines de Barrow');
  });

  it('GIVEN the people of a place of several words THEN no person: "New Yorkers", "Rhode Islanders"', () => {
    const found = entities(['New Yorkers and Rhode Islanders paid more.', 'New rules came in.']);
    expect(found.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('a company officer written as capitals before the name', () => {
  it('GIVEN "Acme CEO Jane Roe" THEN Jane Roe, with the role "Acme CEO" written here', () => {
    const mentions = readMentions('Acme CEO Jane Roe opened the plant, and Brix CFO Tom Ward watched.');
    expect(mentions.find((m) => m.text === 'Jane Roe')?.role).toBe('Acme CEO');
    expect(mentions.find((m) => m.text === 'Tom Ward')?.role).toBe('Brix CFO');
    expect(mentions.some((m) => m.text.includes('CEO Jane'))).toBe(false);
  });
});

describe('labels, plural titles and towns read from one sentence', () => {
  it('GIVEN "a point like f in Figure 2" or "under Title 5" THEN no place or person "Figure" or "Title"; "beat Boston 5 to 3" keeps Boston', () => {
    expect(readMentions('A house like k in Figure 2 would be the mayor’s.').map((m) => m.text)).not.toContain('Figure');
    expect(readMentions('The grant was renewed under Title 5 of the act.').map((m) => m.text)).not.toContain('Title');
    expect(readMentions('The Hawks beat Boston 5 to 3.').find((m) => m.text === 'Boston')?.type).toBe('place');
  });

  it('GIVEN "Justices Quarrie and Lindqvist dissented" THEN two people, each a Justice', () => {
    const mentions = readMentions('Justices Quarrie and Lindqvist dissented from the ruling.');
    expect(mentions.map((m) => [m.text, m.type, m.role])).toEqual([
      ['Quarrie', 'person', 'Justice'],
      ['Lindqvist', 'person', 'Justice'],
    ]);
  });

  it('GIVEN a plural title after another word ("the Allied Wardens of Harbors", "the Valley Commissioners") THEN a body, whole, no person; before names it is still each one\'s title', () => {
    const mentions = readMentions('Citing the record of the Allied Wardens of Harbors in the war, Quell said the Valley Commissioners had failed.');
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ['Citing', undefined],
      ['Allied Wardens of Harbors', 'organization'],
      ['Quell', 'person'],
      ['Valley Commissioners', 'organization'],
    ]);
    expect(readMentions('Commissioners Ada Vell and Tam Orr voted no.').map((m) => [m.text, m.type, m.role])).toEqual([
      ['Ada Vell', 'person', 'Commissioner'],
      ['Tam Orr', 'person', 'Commissioner'],
    ]);
  });

  it('GIVEN "born in Gilbert Mills, New York" THEN Gilbert Mills is a town, not a firm; "General Mills in Minneapolis" stays a firm', () => {
    expect(readMentions('She was born in Quarry Mills, New York, in 1901.').find((m) => m.text === 'Quarry Mills')?.type).toBe('place');
    expect(readMentions('He worked for Quarry Mills in Minneapolis.').find((m) => m.text === 'Quarry Mills')?.type).toBe('organization');
  });
});

describe('a curated name whose last word is also a title', () => {
  it('GIVEN "Albert B. Lord" and "Ann Kell King" on the people list THEN each is found where the sentence writes it, with the curated role', () => {
    const sentences = ['Albert B. Lord suggests that the harbor songs were dictated to a scribe.', 'Later, Ann Kell King led the march, and Albert B. Lord\'s book came out.'];
    const ctx = prepareArticle({ published: PUBLISHED, people: [{ name: 'Albert B. Lord', role: 'scholar' }, { name: 'Ann Kell King' }], sentences });
    expect(analyzeSentence(ctx, 0).entities).toEqual([{ text: 'Albert B. Lord', name: 'Albert B. Lord', type: 'person', role: 'scholar', roleCurated: true }]);
    expect(analyzeSentence(ctx, 1).entities.map((e) => e.name)).toEqual(['Ann Kell King', 'Albert B. Lord']);
  });
});

describe('a name after a pronoun run together with its verb', () => {
  it('GIVEN "I\'m Dan Vask" or "You\'re Gavin" THEN the name without the pronoun', () => {
    expect(readMentions("I'm Dan Vask and I run the ferry.").map((m) => m.text)).toEqual(['Dan Vask']);
    expect(readMentions("They said, You're Gavin Quell, the new man.").map((m) => m.text)).toContain('Gavin Quell');
  });
});

describe('a body whose name holds an "and"', () => {
  it('GIVEN "the Federal Ferry and Dock Administration" THEN one organisation; two names, or a place, before "and" are not joined', () => {
    expect(readMentions('The Federal Ferry and Dock Administration ruled on it.').map((m) => [m.text, m.type])).toEqual([['Federal Ferry and Dock Administration', 'organization']]);
    expect(readMentions('The Vessa Coal and Steel Community grew.').map((m) => m.text)).toEqual(['Vessa Coal and Steel Community']);
    expect(readMentions('Smith and Jones met Brown.').map((m) => m.text)).toEqual(['Smith', 'Jones', 'Brown']);
    expect(readMentions('Iran and Vessa Oil Company fought.').map((m) => m.text)).toEqual(['Iran', 'Vessa Oil Company']);
  });
});

describe('a state cut short before a name', () => {
  it('GIVEN "Elmford, Pa. Ray Quell is the director" THEN the name without the state', () => {
    expect(readMentions('The institute is in Elmford, Pa. Ray Quell is the director.').map((m) => m.text)).toContain('Ray Quell');
  });
});

describe('a curated name written in full holds the names read inside it', () => {
  const sentences = [
    'She had shopped in Toledo all her life.',
    'At the risk of losing my account at Hollis Brand and Company, I would like to say a word.',
    'The store closes at six.',
  ];
  const people = [{ name: 'Hollis Brand and Company', role: 'Toledo hardware store' }];

  it('GIVEN "Hollis Brand and Company" on the people list THEN the sentence names the firm with its role, not a person "Hollis Brand"', () => {
    const ctx = prepareArticle({ published: PUBLISHED, people, sentences });
    expect(analyzeSentence(ctx, 1).entities).toEqual([{ text: 'Hollis Brand and Company', name: 'Hollis Brand and Company', type: 'organization', role: 'Toledo hardware store', roleCurated: true }]);
    expect(articleEntities(ctx).map((e) => e.name)).not.toContain('Hollis Brand');
    expect(lazyArticle({ published: PUBLISHED, people, sentences }).facts(1).entities.map((e) => e.name)).toEqual(['Hollis Brand and Company']);
  });

  it('GIVEN a list without it, or a name read around the curated one ("Mayor Ann Lee" for "Ann Lee") THEN what was read stays', () => {
    // (The reader alone now reads the firm whole too: a firm's word after "and" ends its name.)
    const plain = prepareArticle({ published: PUBLISHED, people: [], sentences });
    const other = prepareArticle({ published: PUBLISHED, people: [{ name: 'Ada Vey' }], sentences });
    expect(analyzeSentence(other, 1).entities).toEqual(analyzeSentence(plain, 1).entities);
    const mayor = prepareArticle({ published: PUBLISHED, people: [{ name: 'Ann Lee' }], sentences: ['Mayor Ann Lee opened the bridge.'] });
    expect(analyzeSentence(mayor, 0).entities).toEqual([{ text: 'Ann Lee', name: 'Ann Lee', type: 'person', role: 'Mayor', roleHere: true }]);
  });
});

describe('a curated name after the word that opens a sentence or a quotation', () => {
  const people = [{ name: 'Ada Vell', role: 'singer' }];
  const names = (sentence: string): string[] => analyzeArticle({ published: PUBLISHED, people, sentences: [sentence] }).facts[0]?.entities.map((e) => e.name) ?? [];

  it('GIVEN "“Remember Ada Vell promised …”" read as "Remember Ada Vell" THEN the curated Ada Vell, with her role', () => {
    expect(names('"We sang every night." "Remember Ada Vell promised my mother she would look after me?"')).toEqual(['Ada Vell']);
    expect(names('Remember Ada Vell sang at the fair.')).toEqual(['Ada Vell']);
    expect(analyzeArticle({ published: PUBLISHED, people, sentences: ['Remember Ada Vell sang at the fair.'] }).facts[0]?.entities[0]?.role).toBe('singer');
  });

  it('GIVEN a title before the curated name, or a word inside the sentence THEN the curated name as before', () => {
    expect(names('President Ada Vell opened the fair.')).toEqual(['Ada Vell']);
    expect(names('Yesterday Ada Vell sang.')).toEqual(['Ada Vell']);
  });
});

describe('a surname read as a place only from "in" before it', () => {
  const sentences = [
    'Ivo Marrick finished the novel in 1950.',
    "Nowhere before in Marrick's pages have we met such anger.",
    'The book, as Marrick himself puts it, is a failure.',
    "Much of the novel of Marrick's youth was lost.",
  ];

  it('GIVEN a full name, "in Marrick\'s pages" and the surname written alone as someone again THEN the surname is that person\'s alias, no place', () => {
    const entities = articleEntities(prepareArticle({ published: '1961-01-10', people: [], sentences }));
    expect(entities.find((e) => e.name === 'Ivo Marrick')?.aliases).toContain('Marrick');
    expect(entities.some((e) => e.name === 'Marrick')).toBe(false);
    expect(analyzeSentence(prepareArticle({ published: '1961-01-10', people: [], sentences }), 1).entities).toContainEqual(expect.objectContaining({ text: 'Marrick', name: 'Ivo Marrick', type: 'person' }));
  });

  it('GIVEN a full name and its surname written only as a possessive after "in" ("in Quell\'s view") THEN the surname is that person\'s alias, no place', () => {
    const entities = articleEntities(prepareArticle({ published: '1961-01-10', people: [], sentences: ['A. W. Quell suggests that the verses were chosen for their irony.', "Yet there may be a great deal in Quell's view, after all."] }));
    expect(entities.find((e) => e.name === 'A. W. Quell')?.aliases).toContain('Quell');
    expect(entities.some((e) => e.name === 'Quell')).toBe(false);
  });

  it('GIVEN the word written once, after "in" only THEN it stays a place', () => {
    const entities = articleEntities(prepareArticle({ published: '1961-01-10', people: [], sentences: ['Ivo Marrick was born in Marrick.', 'He left at twenty.'] }));
    expect(entities.find((e) => e.name === 'Marrick')?.type).toBe('place');
  });
});
