import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_MODEL } from '../../../src/core/answer/model-weights.js';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { Article, KnowledgeBase } from '../../../src/core/types.js';
import { loadKnowledgeDir } from '../../../src/io/knowledge-dir.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { whoFor } from '../../../src/render/replies.js';
import { profileText } from '../../../src/render/text.js';
import { profileView } from '../../../src/render/views.js';
import { article, inspectAsk } from '../../fixtures/inspect.js';

let kb: KnowledgeBase;
let articles: Article[];
let files: string[];

beforeAll(async () => {
  const loaded = await loadKnowledgeDir('knowledge');
  articles = loaded.articles;
  files = loaded.articles.map(() => '');
  const { readdirSync } = await import('node:fs');
  files = readdirSync('knowledge')
    .filter((f) => f.endsWith('.md'))
    .map((f) => readFileSync(`knowledge/${f}`, 'utf8'));
  kb = buildKnowledgeBase(articles, defaultBuildOptions());
});

/**
 * What factdesk ranks first for a question: the sentence it would cite and the short answer it
 * would give, whether or not the gate is confident enough to answer (that is tested apart).
 */
function answer(question: string, options: Parameters<KnowledgeBase['ask']>[1] = {}) {
  const { scored } = inspectAsk(kb, question, options);
  const top = scored[0];
  if (!top) throw new Error(`no candidate for "${question}"`);
  return { answer: top.answer.answer, date: top.answer.date, citations: [{ sentence: top.text }] };
}

describe('answering: what the trained gate lets through', () => {
  it.each(['who is Manouchehr Mottaki?', 'when did the US break off relations with Iran?'])('GIVEN "%s", plainly answered by the story, THEN answers with the right sentence', (question) => {
    const result = kb.ask(question);
    expect(result.kind).toBe('answer');
  });

  it('GIVEN "who is Mottaki" THEN gives his role from his own sentence', () => {
    const result = kb.ask('who is Manouchehr Mottaki?');
    expect(result.kind === 'answer' && result.answer).toBe("Manouchehr Mottaki, Iran's foreign minister");
  });
});

describe('ranking and short answers on the seed story (what is cited first)', () => {
  it('GIVEN a paraphrase ("turned down", "offer") THEN cites the rejection and names who rejected', () => {
    const result = answer('who turned down the offer?');
    expect(result.citations[0]?.sentence).toContain('has rejected an Iranian suggestion');
    expect(result.answer).toContain('United States');
  });

  it('GIVEN /who rejected the proposal THEN answers from the lead sentence', () => {
    const result = answer('rejected the proposal', { type: 'who' });
    expect(result.citations[0]?.sentence).toContain('rejected an Iranian suggestion');
  });

  it('GIVEN "when did the ambassadors meet" THEN resolves "Tuesday" to 24 July 2007', () => {
    const result = answer('when did the ambassadors meet?');
    expect(result.answer).toBe('24 July 2007 ("Tuesday")');
    expect(result.date?.start).toBe('2007-07-24');
    expect(result.citations[0]?.sentence).toMatch(/^Tuesday, U\.S\. and Iranian ambassadors/);
  });

  it('GIVEN a misspelt surname ("Croker") THEN cites the sentence naming the person, with the role', () => {
    const result = answer('who is Croker?');
    expect(result.answer).toContain('Ryan Crocker');
    expect(result.citations[0]?.sentence).toContain('Crocker');
  });

  it('GIVEN misspellings ("McCormak", "Iranain") THEN still finds the sentences', () => {
    // The misspelt name's sentence is retrieved and judged the likelier answer by the gate; the
    // ranker of the committed model puts Mottaki's sentence, one after it, first (README, the latest
    // round), so the first two candidates are asserted.
    const misspelt = inspectAsk(kb, 'what did McCormak say about talks');
    expect(misspelt.scored.slice(0, 2).map((s) => s.text).join(' ')).toContain('McCormack said he does not see talks');
    const [first, second] = misspelt.scored;
    expect(Math.max(first?.score ?? 0, second?.score ?? 0)).toBe(misspelt.scored.find((s) => s.text.includes('McCormack said he does not see talks'))?.score);
    expect(answer('what did the Iranain foreign minister propose?').citations[0]?.sentence).toContain('Mottaki');
  });

  it('GIVEN a full name typed with a slip in its surname ("odile marchetty") THEN the same answer as the name spelt right, and the question as typed', () => {
    const singer: Article = {
      ...article('singer', ['Odile Marchetti, the soprano, will sing at the harbour festival on Friday.', 'Of Breton descent, Odile Marchetti was born in Quimper, France.', 'She trained in Lyon.']),
      people: [{ name: 'Odile Marchetti', role: 'soprano', aliases: ['Marchetti'] }],
    };
    const one = buildKnowledgeBase([singer], defaultBuildOptions());
    const right = inspectAsk(one, 'where was odile marchetti born');
    const slipped = inspectAsk(one, 'where was odile marchetty born');
    // Scored as the name spelt right, not as a near spelling worth less.
    expect(slipped.scored.map((s) => [s.text, s.score])).toEqual(right.scored.map((s) => [s.text, s.score]));
    expect(slipped.result).toEqual({ ...right.result, question: 'where was odile marchetty born' });
    expect(right.result.kind === 'answer' ? right.result.citations[0]?.sentence : right.result.kind).toContain('Quimper');
  });

  it('GIVEN "who proposed" THEN answers the person with their role', () => {
    expect(answer('who proposed the higher-level talks?').answer).toBe("Manouchehr Mottaki, Iran's foreign minister");
  });

  it('GIVEN a why question THEN answers with the reason clause', () => {
    const result = answer('why did the US break relations with Iran?');
    expect(result.answer).toMatch(/^after Iranian activists seized the U\.S\. Embassy/);
  });

  it('GIVEN a how-long question THEN answers the duration', () => {
    expect(answer('how many years of little contact between the US and Iran?').answer).toContain('27 years');
  });

  it('GIVEN lower case and "Tehran" for Iran THEN still answers', () => {
    const result = answer('when were the negotiations with tehran first held');
    expect(result.citations[0]?.sentence).toContain('first round of talks');
    expect(result.answer).toContain('May 2007');
  });
});

describe('abstaining', () => {
  it.each([
    'who won the world series?',
    'how do I join the mailing list?',
    'who wrote One Billion Americans?',
    'what is the capital of australia?',
    'when did the US restore diplomatic relations with Iran?',
    'how many hostages were taken at the US embassy?',
  ])('GIVEN "%s", which no article answers, THEN says it does not know, with suggestions', (question) => {
    const result = kb.ask(question);
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.suggestions.length).toBeGreaterThan(0);
  });

  it('GIVEN a three-letter word of a question ("per gallon") THEN no name merely beginning with it is suggested; a name begun with more letters still is', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase([
      story('2020-03-01-lamps', 'Lamp oil', [{ name: 'Percival Omond', role: 'lamp maker' }], ['Percival Omond sold lamp oil in the market.']),
      story('2020-03-02-harbour', 'Harbour fuel', [{ name: 'Ruth Hale', role: 'harbour master' }], ['Ruth Hale sells diesel at the harbour.']),
    ]);
    const short = kb.ask('what is the cost per gallon of diesel');
    expect(short.kind).toBe('unknown');
    // The story that shares "diesel" first, not a name that merely begins with "per".
    if (short.kind === 'unknown') expect(short.suggestions[0]).toBe('Ruth Hale');
    // (Asked of a gate that doubts: on these two one-sentence stories the lamp sentence scores about
    // 0.83, near the trained threshold, and this test is about the suggestions of an abstention.)
    const longer = kb.ask('how tall is perciv', { model: { ...ANSWER_MODEL, threshold: 0.9 } } as Parameters<KnowledgeBase['ask']>[1]);
    expect(longer.kind).toBe('unknown');
    if (longer.kind === 'unknown') expect(longer.suggestions[0]).toBe('Percival Omond');
  });

  it('GIVEN a curator\'s alias the story writes ("Jeff Lorrimer" of Jefferson Lorrimer) THEN the suggestions offer the person once, by the listed name', () => {
    const story: Article = { id: '2020-03-01-mill', title: 'Mill', published: '2020-03-01', source: 'Invented Times', url: '', people: [{ name: 'Jefferson Lorrimer', role: 'miller', aliases: ['Jeff Lorrimer', 'Lorrimer'] }, { name: 'Tom Vask', role: 'baker' }], paragraphs: ['The mayor and Jeff Lorrimer are old friends.', 'Jefferson Lorrimer ground the corn.', 'Lorrimer sold the flour to Tom Vask.'] };
    const other: Article = { id: '2020-03-02-bay', title: 'Bay', published: '2020-03-02', source: 'Invented Times', url: '', people: [{ name: 'Ann Hale', role: 'pilot' }], paragraphs: ['Ann Hale brought the ship in.'] };
    const result = buildKnowledgeBase([story, other], defaultBuildOptions()).ask("what did lorrimer's father do for a living");
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') {
      expect(result.suggestions).toContain('Jefferson Lorrimer');
      expect(result.suggestions).not.toContain('Jeff Lorrimer');
    }
  });

  it('GIVEN a question that shares rarer words with one story THEN the suggestions name that story\'s people first', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const many = buildKnowledgeBase([
      story('2020-03-01-ferry', 'Ferry fares rise', [{ name: 'Ann Lee', role: 'ferry director' }], ['Ann Lee said the ferry fares would rise.', 'Ann Lee and Ann Lee again.']),
      story('2020-03-02-orchard', 'Orchard harvest', [{ name: 'Tom Ward', role: 'orchard keeper' }], ['The orchard harvest came in early this year, Tom Ward said.']),
    ]);
    const result = many.ask('who planted the orchard');
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.suggestions[0]).toBe('Tom Ward');
    // Only that story's: the ferry's director has nothing to do with the orchard.
    if (result.kind === 'unknown') expect(result.suggestions).not.toContain('Ann Lee');
    // A question related to no story still gets the people the knowledge base is most about.
    const unrelated = many.ask('who won the regatta');
    if (unrelated.kind === 'unknown') expect(unrelated.suggestions).toContain('Ann Lee');
  });

  it('GIVEN a story whose people list opens with bodies the question is not about THEN its people the question is about come first: the one a sentence writes with the question\'s words, then people before bodies', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-07-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story(
          '2020-07-01-canal',
          'How the valley towns built a canal',
          [{ name: 'Tarn Valley Water Board' }, { name: 'Vessa Chamber of Commerce' }, { name: 'Orla Pennick', role: 'engineer' }, { name: 'Ivo Marsh', role: 'mayor of Vessa' }],
          [
            'The Tarn Valley Water Board first proposed a canal in 1950.',
            'The Vessa Chamber of Commerce raised money for the canal survey.',
            'Ivo Marsh spoke for the canal at every town meeting.',
            'The canal lock gates were drawn by Orla Pennick, who also planned the towpath.',
          ],
        ),
        story('2020-07-02-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the ferry fares would rise in April.']),
      ],
      defaultBuildOptions(),
    );
    const gates = kb.ask('what wood were the canal lock gates made of');
    expect(gates.kind).toBe('unknown');
    if (gates.kind === 'unknown') expect(gates.suggestions[0]).toBe('Orla Pennick');
    // Only the canal, which every sentence writes: its people before its bodies, in the curator's order.
    const cost = kb.ask('how much did the canal cost');
    expect(cost.kind).toBe('unknown');
    if (cost.kind === 'unknown') expect(cost.suggestions.slice(0, 2)).toEqual(['Orla Pennick', 'Ivo Marsh']);
  });

  it('GIVEN a name typed with a slip ("tarviks") whose closest spelling is a whole name ("Tarvik") THEN the suggestions offer it, not also a name that only begins with it ("Tarvikgrad", a town)', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-05-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        // (No people list: nothing is struck, the names are as the text writes them.)
        story('2020-05-01-visit', 'A cold welcome', [], ['A remark about Tarvik\'s old barge brought the answer that it was a tale.', 'Ada Vint and I sailed on to Tarvikgrad the next week.', 'The painters of Tarvikgrad met us at the pier.', 'We were guests of the artists of Tarvikgrad.']),
        story('2020-05-02-roses', 'Roses in bloom', [{ name: 'Orla Pennick', role: 'gardener' }], ['Orla Pennick said the roses liked the rain.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('tarviks barge compared to what');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions).toContain('Tarvik');
    expect(result.suggestions).not.toContain('Tarvikgrad');
  });

  it('GIVEN a word the dictionary knows ("paris"), which no story writes, a letter away from a listed name ("Parin") THEN no "did you mean" of that name; a slip no dictionary knows ("parrin") still gets it', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-05-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-05-01-boats', 'Boats of Kell', [{ name: 'Tova Parin', role: 'boat builder' }], ['Tova Parin built three boats at Kell.']),
        story('2020-05-02-roses', 'Roses in bloom', [{ name: 'Orla Pennick', role: 'gardener' }], ['Orla Pennick said the roses liked the rain.']),
      ],
      defaultBuildOptions(),
    );
    // (A question of the roses story: its people are offered, and no one else is.)
    const city = kb.ask('when did the paris show of roses open');
    expect(city.kind).toBe('unknown');
    if (city.kind === 'unknown') expect(city.suggestions).toEqual(['Orla Pennick']);
    const slip = kb.ask('when did parrin open the fair');
    expect(slip.kind).toBe('unknown');
    if (slip.kind === 'unknown') expect(slip.suggestions).toContain('Tova Parin');
  });

  it('GIVEN a question related to no story THEN the people offered are those most stories are about, before a figure one essay names on every line', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-05-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-05-01-sermon', 'The old sermon', [{ name: 'Zorbo' }, { name: 'Edda Lune', role: 'preacher' }], ['Edda Lune spoke of Zorbo.', ...['sea', 'hills', 'rivers', 'woods', 'fields', 'stars', 'moon', 'winds', 'rain', 'snow', 'birds', 'fish'].map((thing) => `They said Zorbo made the ${thing}, and Zorbo kept the ${thing}.`)]),
        story('2020-05-02-poet', 'The poet reads', [{ name: 'Ivo Marsh', role: 'poet' }], ['Ivo Marsh read his poems at the pier.']),
        story('2020-05-03-poet', 'The poet sings', [{ name: 'Ivo Marsh', role: 'poet' }], ['Ivo Marsh sang with a band.']),
        story('2020-05-04-poet', 'The poet writes', [{ name: 'Ivo Marsh', role: 'poet' }], ['Ivo Marsh wrote a book of songs.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('how much does a tram ticket cost in oslo');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions[0]).toBe('Ivo Marsh');
  });

  it('GIVEN a closest sentence shown from one story, and a common word shared with another THEN the suggestions name the shown story\'s people first', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-05-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-05-01-ferry', 'Ferry sails again', [{ name: 'Ada Vint', role: 'skipper' }], ['The ferry to Vessa sailed again on Monday with a crew of six sailors.', 'Ada Vint said the engine had been mended.']),
        story('2020-05-02-roses', 'Roses in bloom', [{ name: 'Orla Pennick', role: 'gardener' }], ['Many gardeners in Tarn planted roses this spring.', 'Orla Pennick said the roses liked the rain.']),
      ],
      defaultBuildOptions(),
    );
    // "saylers" is no word of any story; "many" is a word of the roses story only.
    const result = kb.ask('how many saylers are there');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.closest?.citation.article.id).toBe('2020-05-01-ferry');
    expect(result.suggestions[0]).toBe('Ada Vint');
  });

  it('GIVEN a closest sentence from one story and one everyday word ("buy") shared with another THEN only the shown story lends its people', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-06-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-06-01-auction', 'Mr. Tarn and the farm sale', [{ name: 'Mr. Tarn', role: 'farmer' }, { name: 'Nell Tarn', role: 'his daughter' }], ['Mr. Tarn always went to the farm sale at Marl Hill in June.', 'This year Mr. Tarn drove there early, and came back at noon with a prize in the cart.', 'Nell Tarn laughed when she saw it.', 'Mr. Tarn said the auction had been a fine one.']),
        story('2020-06-02-shed', 'Build your own boat shed', [{ name: 'Lena Sorrel', role: 'designer of the shed' }], ['The shed was designed by Lena Sorrel for the weekend builder.', 'You can buy the timber cut to size at most yards.', 'The roof goes on last.']),
        story('2020-06-03-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the ferry fares would rise in April.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('what did mr tarn buy at the auction');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.closest?.citation.article.id).toBe('2020-06-01-auction');
    expect(result.suggestions).toEqual(['Nell Tarn']);
  });

  it('GIVEN the one name a related story lists is the name the question writes THEN that story\'s headline is suggested, not the names of unrelated stories', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-06-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-06-01-guild', 'Harbor Guild classes begin at schools', [{ name: 'Harbor Guild' }], ['A series of school classes to acquaint older students with the Harbor Guild program begins at Elm School Monday.', 'Later classes will be held at Pine School and at Oak School.']),
        story('2020-06-02-shed', 'Build your own boat shed', [{ name: 'Lena Sorrel', role: 'designer of the shed' }], ['The shed was designed by Lena Sorrel for the weekend builder.']),
        story('2020-06-03-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the ferry fares would rise in April.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('who founded the harbor guild');
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.suggestions).toEqual(['Harbor Guild classes begin at schools']);
  });

  it('GIVEN a two-word name the question writes and no story does ("new york") THEN no other name its first word begins ("New Tarland Rowing Club") is suggested', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-06-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-06-01-rowing', 'Rowing cup', [{ name: 'Ivo Marsh', role: 'coach' }, { name: 'New Tarland Rowing Club' }], ['The New Tarland Rowing Club won the cup on the river.', 'Ivo Marsh said the crew had trained all winter.']),
        story('2020-06-02-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the new ferry fares would rise in April.']),
      ],
      defaultBuildOptions(),
    );
    // (Related to nothing, it gets what a question about any other city gets: the names the knowledge base is most about.)
    const result = kb.ask('how tall are the towers of new york');
    const other = kb.ask('how tall are the towers of paris');
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown' && other.kind === 'unknown') expect(result.suggestions).toEqual(other.suggestions);
    // Written with its own next word, it is that name.
    const named = kb.ask('who rowed for new tarland');
    if (named.kind === 'unknown') expect(named.suggestions).toContain('New Tarland Rowing Club');
  });

  it('GIVEN a common English word typed in lower case ("price", "new") THEN no name that merely holds it ("Price Tolland", "New Tarvik Ferry Line") is suggested; typed as a name, it still is', () => {
    const story = (id: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const three = buildKnowledgeBase(
      [
        story('2020-03-01-rodeo', [{ name: 'Price Tolland', role: 'rodeo judge' }], ['Price Tolland judged the rodeo at Dunmore on Saturday.']),
        story('2020-03-02-ferry', [{ name: 'New Tarvik Ferry Line' }], ['The New Tarvik Ferry Line added a boat.']),
        story('2020-03-03-market', [{ name: 'Ada Quint', role: 'grain trader' }], ['The price of oats rose at the Dunmore market, said Ada Quint.', 'Quint sold new quilting frames too.']),
        story('2020-03-04-club', [{ name: 'Ola Finch', role: 'club president' }], ['In May the Wanderers travel to Spain, said Ola Finch.']),
        story('2020-03-05-hikers', [{ name: 'Wanderers Hiking Club' }, { name: 'Bo Lund', role: 'guide' }], ['The Wanderers Hiking Club met Bo Lund in Spain.']),
      ],
      defaultBuildOptions(),
    );
    const suggested = (question: string): string[] => {
      const result = three.ask(question);
      return result.kind === 'unknown' ? result.suggestions : [];
    };
    expect(suggested('price of barley in 1950')).toEqual(['Ada Quint']);
    expect(suggested('who made the new quilting frames')).not.toContain('New Tarvik Ferry Line');
    expect(suggested('what did Price say about barley')).toContain('Price Tolland');
    // A story that writes the word as a name of its own ("the Wanderers") still shares it; one that
    // writes it only inside a longer name ("Wanderers Hiking Club") does not.
    expect(suggested('do wanderers like cheese in asia')).toEqual(['Ola Finch']);
  });

  it('GIVEN a question whose words one story shares most, a story naming no one THEN its headline is suggested, not the people of a story sharing one common word', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-cider', 'Keeping cider', [], ['Cider keeps best in a cool cellar, lying on its side, away from light.']),
        story('2020-03-02-gang', 'The West Side gang', [{ name: 'Vito Brann', role: 'gang leader' }], ['Vito Brann ran the West Side for a decade.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('why keep cider on its side');
    if (result.kind !== 'unknown') return;
    // First the story the question is about; a name made of a common word of the question ("West
    // Side" for "side") is no better a guess than any other name the knowledge base holds.
    expect(result.suggestions[0]).toBe('Keeping cider');
    expect(result.suggestions.indexOf('West Side')).not.toBe(1);
  });

  it('GIVEN a name typed with one letter wrong THEN the person meant is suggested, by full name only', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-ferry', 'Ferry fares rise', [{ name: 'Olwen Prydderch', role: 'ferry director', aliases: ['Prydderch'] }], ['Olwen Prydderch said the ferry fares would rise.', 'Prydderch said so twice.']),
        story('2020-03-02-orchard', 'Orchard harvest', [{ name: 'Tom Ward', role: 'orchard keeper' }], ['The orchard harvest came in early this year, Tom Ward said.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('who is prydderck');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions[0]).toBe('Olwen Prydderch');
    expect(result.suggestions).not.toContain('Prydderch');
    // Nor "Mr. Prydderch" (as the text writes him) beside his full name.
    const titled = buildKnowledgeBase([story('2020-03-04-ferry', 'Ferry fares rise', [{ name: 'Olwen Prydderch', role: 'ferry director', aliases: ['Prydderch'] }], ['Olwen Prydderch said the ferry fares would rise.', 'Mr. Prydderch said so twice, and Mr. Prydderch left.'])], defaultBuildOptions());
    const again2 = titled.ask('when did prydderch lose the ferry job');
    expect(again2.kind).toBe('unknown');
    if (again2.kind === 'unknown') expect(again2.suggestions).not.toContain('Mr. Prydderch');
    // A name the question writes in full went unanswered: suggesting it back helps no one.
    const court = buildKnowledgeBase([story('2020-03-03-court', 'The court letters', [], ['The Elector wrote to Queen Maud twice.', 'The Elector kept the letters, and Queen Maud burned hers.'])], defaultBuildOptions());
    const again = court.ask('who is Elector');
    expect(again.kind).toBe('unknown');
    if (again.kind === 'unknown') expect(again.suggestions).not.toContain('Elector');
  });


  it('GIVEN a question that writes a name in full THEN longer names that merely start with it are not suggested', () => {
    const story = (id: string, paragraphs: string[], people: Article['people'] = []): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-port', ['The port of Vessa was closed by Norland on Monday, said Ann Lee.', 'The Norlandic fleet stayed in Vessa.', 'In 1990 Norland had signed the Norland-Sweden treaty.'], [{ name: 'Ann Lee', role: 'harbour master' }]),
        story('2020-03-02-orchard', ['The orchard harvest came in early this year, Tom Ward said.'], [{ name: 'Tom Ward', role: 'orchard keeper' }]),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('why did norland go to war');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    // A name written in full: none of the others sharing its first name.
    const named = buildKnowledgeBase(
      [
        story('2020-03-03-board', ['Ann Lee and Tom Vask sat on the harbour board at Vessa.'], [{ name: 'Ann Lee', role: 'harbour master' }, { name: 'Tom Vask', role: 'board member' }]),
        story('2020-03-04-pilot', ['Ann Quillbrook piloted the ferry on Monday.'], [{ name: 'Ann Quillbrook', role: 'pilot' }]),
      ],
      defaultBuildOptions(),
    );
    const full = named.ask('why did ann lee resign from the harbour board');
    if (full.kind === 'unknown') expect(full.suggestions[0]).toBe('Tom Vask');
    // "norland" is a whole word the user typed, meaning Norland: not the adjective, nor a treaty's name.
    // (They may still come last, among the names the knowledge base mentions most.)
    expect(result.suggestions[0]).toBe('Ann Lee');
    expect(result.suggestions.slice(0, 3)).not.toContain('Norlandic');
    expect(result.suggestions.slice(0, 3)).not.toContain('Norland-Sweden');
    // A name begun but not finished is still completed.
    const begun = stories.ask('who is norlandi');
    if (begun.kind === 'unknown') expect(begun.suggestions).toContain('Norlandic');
  });
  it('GIVEN a name the curator left off a story\'s people list THEN "born" does not complete to it; a name of an uncurated story, or one begun, still is', () => {
    const story = (id: string, paragraphs: string[], people: Article['people'] = []): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const kb = buildKnowledgeBase(
      [
        story('2020-03-05-book', ['Tom Ward wrote Bornley Tales about the river towns.', 'Bornley Tales sold well in Vessa.'], [{ name: 'Tom Ward', role: 'writer' }]),
        story('2020-03-06-mill', ['The Bornwick Mill Company closed its doors.']),
      ],
      defaultBuildOptions(),
    );
    const result = kb.ask('where was the writer born');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions).not.toContain('Bornley Tales');
    expect(result.suggestions).toContain('Bornwick Mill Company');
    const begun = kb.ask('what is bornle');
    if (begun.kind === 'unknown') expect(begun.suggestions).toContain('Bornley Tales');
  });

  it('GIVEN a question whose words one long story writes only scattered over its sentences THEN not its people but those of a story that writes them together', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-choir', 'The choir of Vessa', [{ name: 'Hilda Marrow', role: 'choir leader' }], ['Hilda Marrow has led the choir of Vessa since the flood.', 'The choir won praise from the bishop.', 'Its harvest cup is the oldest in the diocese.', 'A series of organ recitals fills the winter.', 'In 1950 the organ was rebuilt.']),
        story('2020-03-02-rowing', 'Rowing on the Tarn', [{ name: 'Ivo Marsh', role: 'rowing coach' }], ['Ivo Marsh coaches the Tarn crews every spring.', 'Their boats are kept in a shed by the weir.', 'The crews won the cup series of the river again.']),
        story('2020-03-03-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the ferry fares would rise in April.', 'Ada Vint also runs the ferry café.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('who won the cup series in 1950');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions).toContain('Ivo Marsh');
    // The choir story shares more words, each in another sentence: unless its sentence is the one
    // shown, it is not what the question is about.
    if (result.closest?.citation.article.id !== '2020-03-01-choir') expect(result.suggestions).not.toContain('Hilda Marrow');
  });

  it('GIVEN a name the curator lists only with a title ("Mrs. Tom Vask") typed without it THEN that listed name is suggested', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-dance', 'Dancers remember', [{ name: 'Ola Finch', role: 'stage manager' }, { name: 'Bo Lund', role: 'pianist' }, { name: 'Lyric Theatre' }, { name: 'Mrs. Tom Vask', role: 'former dancer' }], ['Ola Finch kept the stage door of the Lyric Theatre, and Bo Lund played.', 'Watching Mrs. Tom Vask, Berta Lunde Hall and Mrs. Ivo Marsh order tea, I saw the dancers of 1950 were still glamorous.']),
        story('2020-03-02-ferry', 'Ferry fares rise', [{ name: 'Ada Vint', role: 'ferry director' }], ['Ada Vint said the ferry fares would rise in April.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('what did Tom Vask sell');
    expect(result.kind).toBe('unknown');
    // (The story's first people come after: the one the question names, as listed, first.)
    if (result.kind === 'unknown') expect(result.suggestions[0]).toBe('Mrs. Tom Vask');
  });

  it('GIVEN a name typed in full in lower case ("the harrow gazette") THEN the story that writes the name shares its words, not one that writes a word of it on its own', () => {
    const story = (id: string, title: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-paper', 'An old paper', [{ name: 'Harrow Gazette' }, { name: 'Mabel Quist', role: 'printer' }], ['The Harrow Gazette was printed by Mabel Quist in a cellar.', 'Its ink came from Lisbon.']),
        story('2020-03-02-fair', 'The fair', [{ name: 'Rolf Tamsin', role: 'fair warden' }], ['The fair started on Monday, and its gazette of events sold out, said Rolf Tamsin.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('who started the harrow gazette');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions).toContain('Mabel Quist');
    expect(result.suggestions).not.toContain('Rolf Tamsin');
  });

  it('GIVEN a question sharing nothing with any story THEN the people curators listed are suggested, not words the text capitalises in passing', () => {
    const story = (id: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const stories = buildKnowledgeBase(
      [
        story('2020-03-01-a', [{ name: 'Ann Lee', role: 'ferry director' }], ['Ann Lee thanked Providence, and the South, and Providence again, for the ferry.', 'Providence was kind to the South, Ann Lee said.']),
        story('2020-03-02-b', [{ name: 'Tom Ward', role: 'orchard keeper' }], ['Tom Ward said the South had the best orchards, by Providence.']),
      ],
      defaultBuildOptions(),
    );
    const result = stories.ask('who won the chess tournament');
    expect(result.kind).toBe('unknown');
    if (result.kind !== 'unknown') return;
    expect(result.suggestions.slice(0, 2).sort()).toEqual(['Ann Lee', 'Tom Ward']);
    expect(result.suggestions).not.toContain('Providence');
    expect(result.suggestions).not.toContain('South');
  });

  it('GIVEN stories that name days and months THEN no day or month is suggested as a subject', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people: [], paragraphs });
    const dated = buildKnowledgeBase([
      story('2020-03-01-a', ['The ferry ran late on Saturday, and again in March, said Ann Lee.', 'By Saturday the March storms had passed, Ann Lee said.']),
      story('2020-03-02-b', ['On Saturday the fair opened, and in March it closed, Tom Ward said.']),
    ]);
    const result = dated.ask('who won the chess tournament');
    expect(result.kind).toBe('unknown');
    if (result.kind === 'unknown') expect(result.suggestions.filter((n) => /^(?:Saturday|March)\b/.test(n))).toEqual([]);
  });

  it('GIVEN an empty question THEN reports it as empty', () => {
    const result = kb.ask('   ?! ');
    expect(result).toMatchObject({ kind: 'unknown', reason: 'empty' });
  });

  it('GIVEN an empty knowledge base THEN never answers', () => {
    const empty = buildKnowledgeBase([]);
    expect(empty.ask('who rejected the proposal?').kind).toBe('unknown');
    expect(empty.timeline('Iran')).toEqual([]);
  });
});

describe('timeline, profile, autocomplete, context, key sentences', () => {
  /** An invented story of one paragraph with its curated people list. */
  const listedStory = (id: string, people: Article['people'], text: string): Article => ({ id, title: `Story ${id}`, source: 'Test Gazette', published: '1961-03-01', url: '', people, paragraphs: [text] });

  it('GIVEN the topic "Iran" THEN lists the dated events in date order, each cited', () => {
    const events = kb.timeline('Iran');
    const starts = events.map((e) => e.date.start ?? '');
    expect([...starts].sort()).toEqual(starts);
    expect(starts).toEqual(expect.arrayContaining(['1980-04-01', '2007-05-01', '2007-07-24', '2007-07-25']));
    expect(events.find((e) => e.date.grain === 'range')?.date.label).toMatch(/1980.1988/);
    // The undated lead (the rejection) is dated by the report itself.
    expect(events.find((e) => e.citation.sentenceIndex === 0)?.date.start).toBe('2007-07-25');
  });

  it('GIVEN a topic one story is about and another names once THEN the first gives all its dated events, the second only the one naming it', () => {
    const story = (id: string, title: string, paragraphs: string[]): Article => ({ id, title, published: '2020-03-01', source: 'Invented Times', url: '', people: [], paragraphs });
    const two = buildKnowledgeBase([
      story('2020-03-01-vessa', 'Vessa closes its port', ['Vessa closed its port on Monday.', 'The harbour board had met on February 3, 2020.']),
      story('2020-03-01-paper', 'The paper gets a new editor', ['The paper named Ann Lee editor on February 10, 2020.', 'She wrote from Vessa in June 2019.', 'The old editor had retired in 2018.']),
    ]);
    const cited = two.timeline('Vessa').map((e) => e.citation.sentence);
    expect(cited).toContain('The harbour board had met on February 3, 2020.');
    expect(cited).toContain('She wrote from Vessa in June 2019.');
    expect(cited).not.toContain('The paper named Ann Lee editor on February 10, 2020.');
    expect(cited).not.toContain('The old editor had retired in 2018.');
  });

  it('GIVEN a sentence of what would have happened had something else ("Had Ada Rusk been elected in 1950, …would…") THEN its date is no event on the timeline; what did happen still is', () => {
    const story = article('rusk', ['Ada Rusk ran for mayor of Orsdale in 1950 and lost.', 'Had Ada Rusk been elected in 1950, the harbour bridge would have been built a decade sooner.', 'If the council had met in May 1951, it would have approved the bridge.', 'Ada Rusk was elected mayor in 1954.']);
    const dated = buildKnowledgeBase([story], defaultBuildOptions()).timeline('Ada Rusk').map((e) => e.citation.sentence);
    expect(dated).toEqual(['Ada Rusk ran for mayor of Orsdale in 1950 and lost.', 'Ada Rusk was elected mayor in 1954.']);
  });

  it('GIVEN a date in a condition\'s world ("if it rains the regatta would be on Monday", "unless …, the mill could close in 2003") THEN no event on the timeline; a date with a verb of its own, or an "if" that asks whether, still is', () => {
    const story = article('regatta', [
      'The Orsdale regatta drew forty boats on Saturday.',
      'If it rains the Orsdale regatta would be on Monday.',
      'Unless the bank lends more, the Orsdale boatyard could close in 2003.',
      'The Orsdale council met on Sunday to decide if the regatta could move.',
      'In 1998 the Orsdale harbour master said that if the river rose the regatta would stop.',
      'If a flood in 1990 could wreck the Orsdale quay, a storm surge surely can.',
    ]);
    const dated = buildKnowledgeBase([story], defaultBuildOptions()).timeline('Orsdale').map((e) => e.citation.sentence);
    expect(dated).toEqual([
      'If a flood in 1990 could wreck the Orsdale quay, a storm surge surely can.',
      'In 1998 the Orsdale harbour master said that if the river rose the regatta would stop.',
      'The Orsdale regatta drew forty boats on Saturday.',
      'The Orsdale council met on Sunday to decide if the regatta could move.',
    ]);
  });

  it('GIVEN a heading "Tuesday" or a line of talk ""Tomorrow."" THEN no event: a date with nothing that happens on it', () => {
    const story = article('vint', ['Ada Vint opened her bakery in Orsdale on Monday.', 'Tuesday', '"Tomorrow."', 'On Tuesday Ada Vint sold four hundred loaves.']);
    const dated = buildKnowledgeBase([story], defaultBuildOptions()).timeline('').map((e) => e.citation.sentence);
    expect(dated).toEqual(['Ada Vint opened her bakery in Orsdale on Monday.', 'On Tuesday Ada Vint sold four hundred loaves.']);
  });

  it('GIVEN a range THEN keeps only events within it', () => {
    const events = kb.timeline('', { from: '2007-07-01', to: '2007-07-31' });
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e.date.start! >= '2007-07-01' || (e.date.end ?? '') >= '2007-07-01').toBe(true);
  });

  it('GIVEN a sentence of two years ("a daughter in 1931 and a son in 1935") and a range of the second THEN the sentence is on it, dated by that year', () => {
    const story = article('orr', ['Ada Orr married Tobin Vask in Orsdale in 1929.', 'Their children came soon after -- a daughter in 1931 and a son in 1935 -- and Tobin built a larger house.']);
    const events = buildKnowledgeBase([story], defaultBuildOptions()).timeline('Vask', { from: '1935-01-01', to: '1935-12-31' });
    expect(events.map((e) => [e.date.text, e.citation.sentenceIndex])).toEqual([['1935', 1]]);
  });

  it('GIVEN a sentence of two dates of two events ("laid down in 1931 and launched in 1935") THEN a timeline lists it under each; a date within another of the sentence ("May" of "May 1935") is listed once', () => {
    const story = article('yard', ['The Vessa ferry was laid down at Kell in 1931 and launched there in 1935.', 'She sailed in May 1935, in the spring of 1935.']);
    const events = buildKnowledgeBase([story], defaultBuildOptions()).timeline('ferry');
    expect(events.map((e) => [e.date.text, e.citation.sentenceIndex])).toEqual([
      ['1931', 0],
      ['1935', 0],
      ['May 1935', 1],
    ]);
  });

  it('GIVEN a person a story names once, then tells of as "she" over two sentences, the second saying what she is THEN her profile quotes both, the one that says what she is first', () => {
    const cabin: Article = {
      ...article('cabin', [
        'Rolf Amby sat by the stove of the ferry cabin. His friend Edda was with him. She was fond enough of boats to forgive a man who smelt of tar. She was the widow of a harbour pilot who had drowned off the point, and Rolf had found her a post at the tide office.',
        'Edda nodded and poured the tea.',
      ]),
      people: [
        { name: 'Edda', role: 'widow of a harbour pilot' },
        { name: 'Rolf Amby', role: 'ferryman' },
      ],
    };
    const quoted = buildKnowledgeBase([cabin], defaultBuildOptions())
      .profile('Edda')
      ?.sentences.map((c) => c.sentence);
    expect(quoted).toEqual([
      'She was the widow of a harbour pilot who had drowned off the point, and Rolf had found her a post at the tide office.',
      'His friend Edda was with him.',
      'She was fond enough of boats to forgive a man who smelt of tar.',
      'Edda nodded and poured the tea.',
    ]);
  });

  it('GIVEN a surname THEN profiles the person with role and sentences', () => {
    const profile = kb.profile('McCormack');
    expect(profile?.name).toBe('Sean McCormack');
    expect(profile?.roles.join(' ')).toContain('spokesman');
    expect(profile?.sentences.length).toBeGreaterThanOrEqual(2);
  });

  it('GIVEN "Mrs. Vale" and "Dorran Vale" (alias "Vale") on one people list THEN Dorran Vale\'s profile quotes no sentence that names only Mrs. Vale', () => {
    const mill: Article = {
      id: 'vale',
      title: 'The mill on the river',
      source: 'Test Gazette',
      published: '1961-03-01',
      url: '',
      people: [{ name: 'Dorran Vale', role: 'mill owner', aliases: ['Vale'] }, { name: 'Mrs. Vale' }],
      paragraphs: ['Dorran Vale bought the mill in the spring.', 'Mrs. Vale screamed.', 'Vale ground corn for three counties.'],
    };
    const cited = buildKnowledgeBase([mill], defaultBuildOptions()).profile('Vale')?.sentences.map((c) => c.sentence);
    expect(cited).toEqual(['Dorran Vale bought the mill in the spring.', 'Vale ground corn for three counties.']);
  });

  it('GIVEN "He is the caretaker of the church." right after the sentence that names him THEN his profile quotes it; not a "she", nor a "he" after another name', () => {
    const church: Article = {
      id: 'church',
      title: 'Churches mark Harvest Week',
      source: 'Test Gazette',
      published: '1961-03-01',
      url: '',
      people: [{ name: 'Hollis Wren', role: 'caretaker of Elm Street Church', aliases: ['Wren'] }, { name: 'Elm Street Church' }, { name: 'Tova Quill', role: 'organist' }],
      paragraphs: [
        'Mr. and Mrs. Hollis Wren will be honored at a Harvest Week supper and program at 6 p.m. Sunday at Elm Street Church. He is the caretaker of the church. She will sing.',
        'Tova Quill will play the organ. He will then lead a prayer.',
        'The supper is free.',
        'Mr. and Mrs. Hollis Wren thanked the choir. She wept.',
      ],
    };
    const cited = buildKnowledgeBase([church], defaultBuildOptions()).profile('Wren')?.sentences.map((c) => c.sentence);
    // (The sentence that says what he is first.)
    expect(cited).toEqual(['He is the caretaker of the church.', 'Mr. and Mrs. Hollis Wren will be honored at a Harvest Week supper and program at 6 p.m. Sunday at Elm Street Church.', 'Mr. and Mrs. Hollis Wren thanked the choir.']);
  });

  it('GIVEN "She …" after a sentence that names Irma Lusk but has a "her" of someone else THEN Irma Lusk\'s profile does not quote it', () => {
    const gala: Article = {
      ...article('gala', [
        'The award goes to the actress Della Varn, who will wear six gowns at the gala.',
        'Lusk coats rate high because they are cut for her tall figure. She also likes the hats of Odo Brill.',
        'Irma Lusk said the coats were sewn in Lyon. She will attend the gala.',
      ]),
      people: [{ name: 'Della Varn', role: 'actress' }, { name: 'Irma Lusk', role: 'designer of coats', aliases: ['Lusk'] }, { name: 'Odo Brill', role: 'hatter' }],
    };
    const cited = buildKnowledgeBase([gala], defaultBuildOptions()).profile('Lusk')?.sentences.map((c) => c.sentence);
    // (The sentence that writes her full name leads, its "She" with it.)
    expect(cited).toEqual(['Irma Lusk said the coats were sewn in Lyon.', 'She will attend the gala.', 'Lusk coats rate high because they are cut for her tall figure.']);
  });

  it('GIVEN "Mmes Pell", read from a couple\'s list the curator struck for "Roy Pell" (alias "Pell") THEN /who Mmes Pell shows Roy Pell, not a profile of the struck name', () => {
    const club: Article = {
      ...article('club', ['Serving on the club board are Mmes Ada Lowe, president, and Mmes Pell, publicity.', 'Mr. and Mrs. Roy Pell will host the picnic.']),
      people: [{ name: 'Ada Lowe', role: 'club president' }, { name: 'Roy Pell', role: 'picnic host', aliases: ['Pell'] }],
    };
    const one = buildKnowledgeBase([club], defaultBuildOptions());
    expect(one.profile('Mmes Pell')?.name).toBe('Roy Pell');
    const outcome = whoFor(one, 'Mmes Pell');
    expect(outcome.kind === 'profile' ? outcome.view.name : outcome.kind).toBe('Roy Pell');
  });

  it('GIVEN "Mrs. Quarrel" of a story that lists only her husband ("Quarrel", alias of Odo Quarrel) THEN /who Mrs. Quarrel shows her own sentences and names him apart; a woman listed under her surname is still herself', () => {
    const drill: Article = {
      ...article('drill', [
        'The band is led by Odo Quarrel of Dunmore, who founded it last year.',
        'Quarrel says the group will train every month.',
        'Mrs. Quarrel, a nurse and an active member of her husband\'s group, joined every march.',
      ]),
      people: [{ name: 'Odo Quarrel', role: 'leader of the band', aliases: ['Quarrel'] }],
    };
    const one = buildKnowledgeBase([drill], defaultBuildOptions());
    const wife = one.profile('Mrs. Quarrel');
    expect(wife?.name).toBe('Mrs. Quarrel');
    expect(wife?.roles).toEqual([]);
    expect(wife?.sentences.map((c) => c.sentence)).toEqual(['Mrs. Quarrel, a nurse and an active member of her husband\'s group, joined every march.']);
    expect(wife?.others?.map((o) => o.name)).toEqual(['Odo Quarrel']);
    expect(one.profile('Quarrel')?.name).toBe('Odo Quarrel');
    const mayor: Article = {
      ...article('mayor', ['Ilka Brenn was elected mayor of Dunmore.', 'Mrs. Brenn said she would mend the ferry.', 'She thanked her voters.']),
      people: [{ name: 'Ilka Brenn', role: 'mayor of Dunmore', aliases: ['Brenn'] }],
    };
    expect(buildKnowledgeBase([mayor], defaultBuildOptions()).profile('Mrs. Brenn')?.name).toBe('Ilka Brenn');
  });

  it('GIVEN "Recall Nell Quint", read from the text where the curated list has "Nell Quint" THEN /who Recall Nell Quint shows Nell Quint, not a profile of the struck name', () => {
    const club: Article = {
      ...article('club', ['"We sang every night" "Recall Nell Quint promised my aunt she would look after me?"', 'Nell Quint later ran the Harwick music hall.']),
      people: [{ name: 'Nell Quint', role: 'singer' }],
    };
    const one = buildKnowledgeBase([club], defaultBuildOptions());
    expect(one.profile('Recall Nell Quint')?.name).toBe('Nell Quint');
    const outcome = whoFor(one, 'Recall Nell Quint');
    expect(outcome.kind === 'profile' ? outcome.view.name : outcome.kind).toBe('Nell Quint');
  });

  it('GIVEN a letter\'s heading line "Councilwoman Brask" (a paragraph of its own, no stop) THEN Ilka Brask\'s profile quotes the letter, not the heading', () => {
    const letters: Article = {
      ...article('letters', ['Councilwoman Brask', 'Dunmore, May 3 -- When you write to Councilwoman Brask, your letter is answered fully.', 'Ferry fares', 'Brask said she would answer every letter.']),
      people: [{ name: 'Ilka Brask', role: 'Councilwoman', aliases: ['Brask', 'Councilwoman Brask'] }],
    };
    const cited = buildKnowledgeBase([letters], defaultBuildOptions()).profile('Brask')?.sentences.map((c) => c.sentence);
    expect(cited).toEqual(['Dunmore, May 3 -- When you write to Councilwoman Brask, your letter is answered fully.', 'Brask said she would answer every letter.']);
  });

  it('GIVEN "Orla" in two stories with roles that share no word THEN two people: one profiled, the other under "not to be confused with"; a shared word keeps them one', () => {
    const story = (id: string, role: string, text: string): Article => ({ id, title: `Story ${id}`, source: 'Test Gazette', published: '1961-03-01', url: '', people: [{ name: 'Orla', role }], paragraphs: [text] });
    const two = buildKnowledgeBase([story('a', "the miller's sister", 'Orla kept the accounts of the mill.'), story('b', 'harbour pilot', 'Orla brought the ship in at dawn.')], defaultBuildOptions());
    const profile = two.profile('Orla');
    expect(profile?.roles).toHaveLength(1);
    expect(profile?.articles).toHaveLength(1);
    expect(profile?.others?.map((o) => o.role)).toHaveLength(1);
    const one = buildKnowledgeBase([story('a', 'harbour pilot', 'Orla kept the harbour log.'), story('b', 'pilot of the harbour boat', 'Orla brought the ship in at dawn.')], defaultBuildOptions());
    expect(one.profile('Orla')?.articles).toHaveLength(2);
  });

  it('GIVEN "Orla" in two stories, a bare title ("Chairman") for a role in one and a description in the other THEN one person: the title tells no one apart', () => {
    const story = (id: string, role: string, text: string): Article => ({ id, title: `Story ${id}`, source: 'Test Gazette', published: '1961-03-01', url: '', people: [{ name: 'Orla', role }], paragraphs: [text] });
    const kb = buildKnowledgeBase([story('a', 'Chairman', 'Chairman Orla spoke to the harbour union.'), story('b', 'leader of the harbour union', 'Orla brought the union to terms at dawn.')], defaultBuildOptions());
    const profile = kb.profile('Orla');
    expect(profile?.articles).toHaveLength(2);
    expect(profile?.others).toBeUndefined();
  });

  it('GIVEN "Jack" listed in one story and given as Mr. Jack\'s alias in another THEN /who Jack shows one and names the other under "not to be confused with"', () => {
    const kb = buildKnowledgeBase([listedStory('a', [{ name: 'Jack', role: 'envoy to the Vessans' }], 'Jack flew to Vessa at dawn.'), listedStory('b', [{ name: 'Mr. Jack', role: 'the miller', aliases: ['Jack'] }], 'Mr. Jack ground the corn, and Jack sold it.')], defaultBuildOptions());
    const profile = kb.profile('Jack');
    expect([profile?.name, ...(profile?.others ?? []).map((o) => o.name)].sort()).toEqual(['Jack', 'Mr. Jack']);
  });


  it('GIVEN "Tam Orrin" listed in one story and an alias of "Tamsin Orrin" in another, roles alike THEN one person, whichever form is asked, not one confused with herself', () => {
    const stories = [
      listedStory('a', [{ name: 'Tam Orrin', role: 'Harbourmaster', aliases: ['Orrin'] }], 'Tam Orrin closed the harbour at noon.'),
      listedStory('b', [{ name: 'Tamsin Orrin', role: 'the harbourmaster of Kell', aliases: ['Orrin', 'Tam Orrin'] }], 'Tamsin Orrin rowed out to the wreck.'),
      listedStory('c', [{ name: 'Vell', role: 'author of a tide table' }], 'Vell wrote the tide table.'),
      listedStory('d', [{ name: 'Ada Vell', role: 'author of a tide table', aliases: ['Vell'] }], 'Ada Vell printed the tide table in Kell.'),
    ];
    const kb = buildKnowledgeBase(stories, defaultBuildOptions());
    for (const asked of ['Orrin', 'Tam Orrin', 'Tamsin Orrin']) {
      const profile = kb.profile(asked);
      expect(profile?.name, asked).toBe('Tamsin Orrin');
      expect(profile?.articles.map((a) => a.id).sort(), asked).toEqual(['a', 'b']);
      expect(profile?.others, asked).toBeUndefined();
    }
    const vell = kb.profile('Vell');
    expect(vell?.name).toBe('Ada Vell');
    expect(vell?.roles).toEqual(['author of a tide table']);
    expect(vell?.sentences.map((c) => c.sentence)).toEqual(['Ada Vell printed the tide table in Kell.', 'Vell wrote the tide table.']);
    expect(vell?.others).toBeUndefined();
  });
  it('GIVEN "Anne" read from "Queen Anne chairs" in a story whose people list has no Anne, and an Anne listed in another THEN /who Anne names only the listed one', () => {
    const kb = buildKnowledgeBase([listedStory('a', [{ name: 'Anne', role: 'the harbour clerk' }], 'Anne kept the harbour books.'), listedStory('b', [{ name: 'Ada Vint', role: 'collector' }], 'Ada Vint sold two Queen Anne chairs to the museum.')], defaultBuildOptions());
    const profile = kb.profile('Anne');
    expect(profile?.roles).toEqual(['the harbour clerk']);
    expect(profile?.others ?? []).toEqual([]);
  });

  it('GIVEN a curated alias, or a curated name the text never writes whole THEN profiles that person', () => {
    const mill: Article = {
      id: 'mill',
      title: 'The mill on the river',
      source: 'Test Gazette',
      published: '1961-03-01',
      url: '',
      people: [{ name: 'Dorran Vale', role: 'mill owner', aliases: ['Vale', 'the Miller'] }],
      paragraphs: ['Vale bought the mill in the spring. The Miller, as the town called him, ground corn for three counties.'],
    };
    const small = buildKnowledgeBase([mill], defaultBuildOptions());
    for (const asked of ['Dorran Vale', 'the miller', 'The Miller']) {
      expect(small.profile(asked)?.name, asked).toBe('Dorran Vale');
      expect(small.profile(asked)?.roles, asked).toEqual(['mill owner']);
    }
  });

  it('GIVEN two people who share a word of their names THEN one\'s profile quotes no sentence about the other', () => {
    const essay: Article = {
      id: 'essay',
      title: 'The new bohemians',
      source: 'Test Gazette',
      published: '1961-03-01',
      url: '',
      people: [
        { name: 'D. H. Lorrance', role: 'novelist', aliases: ['Lorrance'] },
        { name: 'Lorrance Vipton', role: 'critic', aliases: ['Vipton'] },
      ],
      paragraphs: [
        'D. H. Lorrance wrote of the dark gods.',
        'Lorrance Vipton, in his book on the new bohemians, praises the poets of the coast.',
        '"All is not sex," declared Lorrance.',
        'The Lorrancean view of the gods had few friends.',
      ],
    };
    const profile = buildKnowledgeBase([essay], defaultBuildOptions()).profile('D. H. Lorrance');
    expect(profile?.name).toBe('D. H. Lorrance');
    const quoted = profile?.sentences.map((c) => c.sentence) ?? [];
    expect(quoted).toContain('D. H. Lorrance wrote of the dark gods.');
    expect(quoted).toContain('"All is not sex," declared Lorrance.');
    expect(quoted.filter((q) => q.includes('Vipton') || q.includes('Lorrancean'))).toEqual([]);
  });

  it('GIVEN a curated "Mr. Hobart, butcher" THEN "/who Hobart" is his profile, and he is not someone to confuse with himself', () => {
    const shop: Article = {
      ...article('shop', ['Mr. Hobart kept the butcher shop on Main Street.', 'Hobart sold the shop in the spring.', 'Lilly Hobart, his daughter, moved away.']),
      people: [
        { name: 'Mr. Hobart', role: 'butcher' },
        { name: 'Lilly Hobart', role: 'daughter of the butcher' },
      ],
    };
    const profile = buildKnowledgeBase([shop], defaultBuildOptions()).profile('Hobart');
    expect(profile?.name).toBe('Mr. Hobart');
    expect(profile?.roles).toEqual(['butcher']);
    expect((profile?.others ?? []).map((o) => o.name)).not.toContain('Mr. Hobart');
  });

  it('GIVEN "/who Boston", a town\'s name and the surname of the one person listed under it THEN that person, not the town', () => {
    const pier: Article = {
      ...article('pier', ['The pier in Boston reopened on Friday.', 'Mary Boston, the harbor pilot, said the pier was safe again.']),
      people: [{ name: 'Mary Boston', role: 'harbor pilot' }],
    };
    expect(buildKnowledgeBase([pier], defaultBuildOptions()).profile('Boston')?.name).toBe('Mary Boston');
  });

  it('GIVEN "/who Temple", the surname of a listed nurse and the last word of a congregation\'s name THEN her profile, and the congregation is no one to confuse her with', () => {
    const clinic: Article = {
      ...article('clinic', ['Rosa Temple, the school nurse, said the fever had passed.', 'Temple kept the clinic open all winter.']),
      people: [{ name: 'Rosa Temple', role: 'school nurse', aliases: ['Temple'] }],
    };
    const supper: Article = {
      ...article('supper', ['The Beth Shalom Temple held its harvest supper on Sunday.', 'The Beth Shalom Temple raised money for a new roof.']),
      people: [{ name: 'Beth Shalom Temple' }],
    };
    const profile = buildKnowledgeBase([clinic, supper], defaultBuildOptions()).profile('Temple');
    expect(profile?.name).toBe('Rosa Temple');
    expect(profile?.others).toBeUndefined();
    // A man of that surname is still someone to tell apart.
    const fair: Article = { ...article('fair', ['Hugo Temple, the county judge, opened the fair.', 'Hugo Temple later judged the pies.']), people: [{ name: 'Hugo Temple', role: 'county judge' }] };
    expect(buildKnowledgeBase([clinic, supper, fair], defaultBuildOptions()).profile('Temple')?.others?.map((o) => o.name)).toEqual(['Hugo Temple']);
  });

  it('GIVEN "Varga" the curators\' alias of two people and only the surname of a third THEN /who Varga shows one so aliased, the one written of most, and the others after', () => {
    const story = (id: string, people: Article['people'], paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '2020-03-01', source: 'Invented Times', url: '', people, paragraphs });
    const three = buildKnowledgeBase(
      [
        story('2020-03-01-choir', [{ name: 'Ilse Varga', role: 'alto in the harbour choir' }], ['The harbour choir sang on Sunday, with Ilse Varga as the alto.']),
        story('2020-03-02-ferry', [{ name: 'Petra Varga', role: 'ferry pilot', aliases: ['Varga'] }], ['Ferry pilot Petra Varga brought the boat in late.']),
        story('2020-03-03-council', [{ name: 'Tomas Varga', role: 'council leader', aliases: ['Varga'] }], ['Council leader Tomas Varga opened the budget debate.', 'Varga said the harbour needed a new pier.', 'Varga later left early.']),
      ],
      defaultBuildOptions(),
    );
    const profile = three.profile('Varga');
    expect(profile?.name).toBe('Tomas Varga');
    expect(profile?.others?.map((o) => o.name)).toEqual(['Petra Varga', 'Ilse Varga']);
  });

  it('GIVEN a surname two stories give two different people THEN the profile is of one, and names the other apart, their roles unmixed', () => {
    const fair: Article = { ...article('fair', ['Mayor Ortega opened the county fair on Friday.', 'Ortega said the fair would run for a week.']), people: [{ name: 'Ortega', role: 'mayor' }] };
    const gallery = article('gallery', ['The painter Luis Ortega showed twelve canvases at the gallery.', 'Luis Ortega, a painter from Cadiz, sold four of them.']);
    const both = buildKnowledgeBase([fair, gallery], defaultBuildOptions());
    const profile = both.profile('Ortega');
    expect(profile?.name).toBe('Ortega');
    expect(profile?.roles).toEqual(['mayor']);
    expect(profile?.articles.map((a) => a.id)).toEqual(['fair']);
    expect(profile?.sentences.every((c) => c.article.id === 'fair')).toBe(true);
    expect(profile?.others?.map((o) => o.name)).toEqual(['Luis Ortega']);
    expect(profileText(profileView(profile!))).toContain('Not to be confused with: Luis Ortega');
    // Two of one story bearing the surname: one profile, the other named apart.
    const family = article('family', ['Luis Ortega, a painter, opened the show.', 'Carmen Ortega, a singer, sang at the opening.']);
    const one = buildKnowledgeBase([family], defaultBuildOptions()).profile('Ortega');
    expect([one?.name, ...(one?.others ?? []).map((o) => o.name)].sort()).toEqual(['Carmen Ortega', 'Luis Ortega']);
    // Whichever is shown, the other's role is not among its roles.
    expect(one?.roles.some((r) => r.includes(one.name === 'Luis Ortega' ? 'singer' : 'painter'))).toBe(false);
    // One person written alike in two stories is one profile.
    const twice = buildKnowledgeBase([gallery, { ...gallery, id: 'gallery-2' }], defaultBuildOptions()).profile('Ortega');
    expect(twice?.articles).toHaveLength(2);
    expect(twice?.others).toBeUndefined();
  });

  it('GIVEN a name the curator struck from the people list ("Rabbi Rourke", "Dunn & Rourke") THEN "/who Rourke" shows a listed Rourke, and not the struck name', () => {
    const school: Article = {
      ...article('school', [
        'Rabbi Rourke led the prayers at the new school.',
        'Joseph Rourke, his younger son, taught psychology there for ten years.',
        'The machine shop of Dunn & Rourke built the school its first lathe.',
        'Dunn & Rourke later moved the shop to Providence.',
      ]),
      people: [{ name: 'Joseph Rourke', role: 'psychologist' }],
    };
    const profile = buildKnowledgeBase([school], defaultBuildOptions()).profile('Rourke');
    expect(profile?.name).toBe('Joseph Rourke');
    expect((profile?.others ?? []).map((o) => o.name)).not.toContain('Dunn & Rourke');
  });

  it('GIVEN a person two stories list with roles one of which holds the other ("harbour pilot" and "harbour pilot, author of a tide table") THEN the profile shows the longer one only', () => {
    const one: Article = { ...article('pilot-1', ['Ivo Marr guided the ferry into Vessa.']), people: [{ name: 'Ivo Marr', role: 'harbour pilot', aliases: ['Marr'] }] };
    const two: Article = { ...article('pilot-2', ['Ivo Marr printed his tide table in May.']), people: [{ name: 'Ivo Marr', role: 'Harbour pilot, author of a tide table', aliases: ['Marr'] }] };
    expect(buildKnowledgeBase([one, two], defaultBuildOptions()).profile('Marr')?.roles).toEqual(['Harbour pilot, author of a tide table']);
    // Roles that share words but neither holds the other both stay.
    const three: Article = { ...article('pilot-3', ['Ivo Marr rowed for the harbour club.']), people: [{ name: 'Ivo Marr', role: 'harbour club rower', aliases: ['Marr'] }] };
    expect(buildKnowledgeBase([one, three], defaultBuildOptions()).profile('Marr')?.roles).toEqual(['harbour pilot', 'harbour club rower']);
  });

  it('GIVEN a profile whose first sentence writes the name glued after another name ("For the figure of Ada Brill Vosk has drawn …", a comma left out) THEN it leads with a sentence that writes the full name', () => {
    const review: Article = {
      ...article('review', [
        'For the figure of Ada Brill Vosk has plainly drawn on his own years at sea, and like Vosk himself she is a sailor.',
        'The harbour of Vessa is the scene of the novel.',
        'Pavel Vosk wrote the novel in prison.',
        'He finished it in 1950.',
      ]),
      people: [{ name: 'Pavel Vosk', role: 'novelist', aliases: ['Vosk'] }, { name: 'Ada Brill', role: 'heroine' }],
    };
    const cited = buildKnowledgeBase([review], defaultBuildOptions()).profile('Vosk')?.sentences.map((c) => c.sentence);
    expect(cited?.[0]).toBe('Pavel Vosk wrote the novel in prison.');
    expect(cited).toEqual(['Pavel Vosk wrote the novel in prison.', 'He finished it in 1950.', 'For the figure of Ada Brill Vosk has plainly drawn on his own years at sea, and like Vosk himself she is a sailor.']);
  });

  it('GIVEN a profile sentence that writes the full name after a title and an alias holds the title ("Sir Ned Pym", alias "Sir Ned") THEN it still leads, as the full name', () => {
    const story: Article = { ...article('pym', ['In the debate Pym declared that the harbour must close.', 'The plan of Sir Ned Pym was read to the board.']), people: [{ name: 'Ned Pym', role: 'former harbour master', aliases: ['Pym', 'Sir Ned'] }] };
    expect(buildKnowledgeBase([story], defaultBuildOptions()).profile('Pym')?.sentences.map((c) => c.sentence)).toEqual(['The plan of Sir Ned Pym was read to the board.', 'In the debate Pym declared that the harbour must close.']);
  });

  it('GIVEN a weekday written as a name in one story ("has become Saturday on the radio") and as a day in another ("on a Saturday", "Holy Saturday") THEN /who Saturday shows only the first', () => {
    const serial: Article = { ...article('serial', ['Ned Pym wrote the radio serial for ten years.', 'Since 1950 the old sleuth has become Saturday on the radio, a voice of the city police.']), people: [{ name: 'Ned Pym', role: 'writer' }] };
    const choir: Article = { ...article('choir', ['Ola Vint led the choir of Vessa.', 'The choir sang on a Saturday, as it had sung on Holy Saturday.']), people: [{ name: 'Ola Vint', role: 'choir leader' }] };
    const profile = buildKnowledgeBase([serial, choir], defaultBuildOptions()).profile('Saturday');
    expect(profile?.sentences.map((c) => c.sentence)).toEqual(['Since 1950 the old sleuth has become Saturday on the radio, a voice of the city police.']);
    expect(profile?.articles.map((a) => a.id)).toEqual(['serial']);
    // Written only as a day, it is no one.
    expect(buildKnowledgeBase([choir], defaultBuildOptions()).profile('Saturday')).toBeUndefined();
  });

  it('GIVEN a name the curator left off the list, and no listed one bears it THEN its profile shows its sentences, without roles read from the text', () => {
    const speech: Article = {
      ...article('speech', ['So, Mr. Speaker, Zorbus bless you and keep you for many years.', 'Representative Ann Hale thanked the House.']),
      people: [{ name: 'Ann Hale', role: 'Representative' }],
    };
    const profile = buildKnowledgeBase([speech], defaultBuildOptions()).profile('Zorbus');
    expect(profile?.sentences.map((c) => c.sentence)).toEqual(['So, Mr. Speaker, Zorbus bless you and keep you for many years.']);
    expect(profile?.roles).toEqual([]);
  });

  it('GIVEN a house the curators struck from both stories that write it ("Marrow Hall") THEN /who Marrow Hall says plainly it is no one listed, before the sentences that write it; a listed person\'s profile does not', () => {
    const story = (id: string, text: string): Article => ({ ...article(id, [text]), people: [{ name: 'Edda Vole', role: 'the heiress' }] });
    const kb = buildKnowledgeBase([story('a', 'Edda Vole grew old in Marrow Hall, its clocks stopped.'), story('b', 'The cold rooms of Marrow Hall stand for the pride that Edda Vole could not give up.')], defaultBuildOptions());
    const hall = kb.profile('Marrow Hall');
    expect(hall?.unlisted).toBe(true);
    const text = profileText(profileView(hall!));
    expect(text.split('\n').slice(0, 2)).toEqual(['Marrow Hall', 'Not one of the people the articles list — only the sentences that write the name:']);
    expect(whoFor(kb, 'Marrow Hall').kind).toBe('profile');
    const edda = kb.profile('Edda Vole');
    expect(edda?.unlisted).toBeUndefined();
    expect(profileText(profileView(edda!))).not.toContain('Not one of the people');
  });

  it('GIVEN a name the curator left off the list that the text only writes with no cue ("My Zorbus, no!") THEN its profile still shows its sentences, without roles', () => {
    const cry: Article = {
      ...article('cry', ['My Zorbus, what a storm that was.', 'Ann Hale ran down to the boats.', 'Oh Zorbus, help them, she cried.']),
      people: [{ name: 'Ann Hale', role: 'fisherwoman' }],
    };
    const profile = buildKnowledgeBase([cry], defaultBuildOptions()).profile('Zorbus');
    expect(profile?.sentences.map((c) => c.sentence)).toEqual(['My Zorbus, what a storm that was.', 'Oh Zorbus, help them, she cried.']);
    expect(profile?.roles).toEqual([]);
  });

  it('GIVEN two stories each with a "Nils", one listing him with the alias "Bo" THEN the profile of "Bo" is that story\'s Nils, not the other', () => {
    const ferry: Article = { ...article('ferry', ['Nils, a ferryman, rowed the boat across.', 'Nils said the river was high.']), people: [{ name: 'Nils', role: 'ferryman' }] };
    const heist: Article = {
      ...article('heist', ['I told the guard my friend was called Bo.', 'Nils, a thief, kept watch at the door.', 'Nils said nothing all night.']),
      people: [{ name: 'Nils', role: 'thief, who called himself Bo', aliases: ['Bo'] }],
    };
    const profile = buildKnowledgeBase([ferry, heist], defaultBuildOptions()).profile('Bo');
    expect(profile?.name).toBe('Nils');
    expect(profile?.aliases).toContain('Bo');
    expect(profile?.articles.map((a) => a.id)).toEqual(['heist']);
  });

  it('GIVEN a prefix THEN autocompletes names, at most 25', () => {
    expect(kb.complete('name', 'cro')).toContain('Ryan Crocker');
    expect(kb.complete('name', 'mot')).toContain('Manouchehr Mottaki');
    expect(kb.complete('topic', '').length).toBeLessThanOrEqual(25);
  });

  it('GIVEN a citation THEN gives the paragraph around it', () => {
    const result = kb.ask('who is Manouchehr Mottaki?');
    if (result.kind !== 'answer') throw new Error('expected an answer');
    const citation = result.citations[0]!;
    expect(kb.context(citation)).toContain(citation.sentence);
  });

  it('GIVEN an article with a speaker\'s label among its sentences THEN the label is not among its key sentences', () => {
    const hearing: Article = {
      id: 'hearing',
      title: 'The harbour hearing',
      source: 'Test Gazette',
      published: '1961-03-01',
      url: '',
      people: [],
      paragraphs: ['The harbour board heard the ferry owners on Tuesday.', 'Mr. Quillbrook.', 'The ferry owners asked for a new pier at Vessa by 1963.', 'The board said it would answer within a month.'],
    };
    const key = buildKnowledgeBase([hearing], defaultBuildOptions()).keySentences('hearing', 3).map((c) => c.sentence);
    expect(key).toHaveLength(3);
    expect(key).not.toContain('Mr. Quillbrook.');
  });

  it('GIVEN an article that opens with a heading THEN its lead is the first sentence after it, in the digest and on the timeline', () => {
    const speech: Article = {
      id: 'speech',
      title: 'The House honours its Speaker',
      source: 'Test Gazette',
      published: '1961-06-12',
      url: '',
      people: [],
      paragraphs: ['Remarks of Hon. Orrin Vask of Elmford', 'The Speaker has served the House for the past fifty years with honour.', 'He came to the House in 1913.', 'The House honoured him on Friday.'],
    };
    const one = buildKnowledgeBase([speech], defaultBuildOptions());
    expect(one.keySentences('speech', 1).map((c) => c.sentence)).toEqual(['The Speaker has served the House for the past fifty years with honour.']);
    const events = one.timeline('House').map((e) => [e.citation.sentence, e.date.text]);
    // The lead is dated by the report ("the past fifty years" is no event of 1911); the heading is no event.
    expect(events).toContainEqual(['The Speaker has served the House for the past fifty years with honour.', 'date of the report']);
    expect(events).toContainEqual(['He came to the House in 1913.', '1913']);
    expect(events.map(([sentence]) => sentence)).not.toContain('Remarks of Hon. Orrin Vask of Elmford');
    // A lead that reports nothing (a guide's or an essay's opening) is no event of the report's day.
    const guide = buildKnowledgeBase([{ ...speech, id: 'guide', paragraphs: ['You can build this harbour skiff yourself in a House garage.', 'The first skiff was launched in 1958.'] }], defaultBuildOptions());
    expect(guide.timeline('').map((e) => e.date.text)).toEqual(['1958']);
    const march = buildKnowledgeBase([{ ...speech, id: 'march', paragraphs: ['Thousands of dock workers marched through Vessa to the House.', 'The police counted them on Friday.'] }], defaultBuildOptions());
    expect(march.timeline('').map((e) => e.date.text)).toEqual(['on Friday', 'date of the report']);
    // A span from the report forward is no event either.
    const plan = buildKnowledgeBase([{ ...speech, id: 'plan', paragraphs: ['The House will vote on the harbour bill in 1962.', 'The Speaker expects a long debate over the next few months.'] }], defaultBuildOptions());
    expect(plan.timeline('').map((e) => e.date.text)).not.toContain('over the next few months');
    // A lead whose only verb of the past is in a relative clause ("one of the minority that rested on …") describes; it reports nothing.
    const bench = buildKnowledgeBase([{ ...speech, id: 'bench', paragraphs: ['Justice Vask was one of the minority that rested on the first article of the charter.'] }], defaultBuildOptions());
    expect(bench.timeline('')).toEqual([]);
    const clerk = buildKnowledgeBase([{ ...speech, id: 'clerk', paragraphs: ['The clerk who signed the order resigned from the House.', 'The police counted them on Friday.'] }], defaultBuildOptions());
    expect(clerk.timeline('').map((e) => e.date.text)).toEqual(['on Friday', 'date of the report']);
    // "I feel obliged to …" describes the writer; it reports nothing.
    const essay = buildKnowledgeBase([{ ...speech, id: 'essay', paragraphs: ['I feel obliged to describe this harbour office.'] }], defaultBuildOptions());
    expect(essay.timeline('')).toEqual([]);
  });

  it('GIVEN an undated lead telling the writer\'s and the reader\'s experience ("Many of us have noticed …") THEN no event of the report\'s day; a lead reporting one still is', () => {
    const story = (id: string, lead: string): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs: [lead, 'The gulls of Vessa were counted in 1958.'] });
    for (const lead of ['Many of us have noticed that the gulls gather on the pier before a storm.', 'You have probably wondered why the gulls gather before a storm.', 'We have all watched the gulls circle the harbour.']) {
      expect(buildKnowledgeBase([story('essay', lead)], defaultBuildOptions()).timeline('').map((e) => e.date.text), lead).toEqual(['1958']);
    }
    const news = buildKnowledgeBase([{ ...story('news', 'The harbour board has closed the pier to the gull counters.'), paragraphs: ['The harbour board has closed the pier to the gull counters.', 'The gulls of Vessa were counted in 1958.', 'The board voted on Friday.'] }], defaultBuildOptions());
    expect(news.timeline('').map((e) => e.date.text)).toEqual(['1958', 'on Friday', 'date of the report']);
  });

  it('GIVEN an undated lead of a story that dates no day of its report\'s week (an essay, a review, a memoir) THEN no event of the report\'s day', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const leads = [
      'The harbour board has closed the pier to the gull counters.',
      'From the start of her career, Ola Brenning has adopted a plain approach to the harbour songs.',
      'The recent concerts of the new harbour-song movement seen by some as a revival have been as popular as they are loud.',
      'It cannot be said that our first day in Vessa turned out to be a quiet one.',
    ];
    for (const lead of leads) {
      expect(buildKnowledgeBase([story('essay', [lead, 'Her first songs were printed in 1948.'])], defaultBuildOptions()).timeline('').map((e) => e.date.text), lead).toEqual(['1948']);
    }
    // A story that dates a day of the week before its report is news of its days: its lead is dated by the report.
    expect(buildKnowledgeBase([story('news', [leads[0] as string, 'The board had voted on Thursday.'])], defaultBuildOptions()).timeline('').map((e) => e.date.text)).toEqual(['on Thursday', 'date of the report']);
  });

  it('GIVEN a topic with a phrasal-verb synonym ("progress": "get on", "go on") THEN the timeline has no event that only gets or goes somewhere', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const kb = buildKnowledgeBase(
      [story('ferry', ['The ferry crew got on the night boat to Vessa in March 1958.', 'The crew went to the pier in 1959.']), story('dam', ['Work on the Tarn dam made slow progress in 1960.'])],
      defaultBuildOptions(),
    );
    expect(kb.timeline('progress').map((e) => e.date.text)).toEqual(['1960']);
  });

  it('GIVEN "today" in an essay\'s present ("the problems we face today", "still in use today") THEN no event of the report\'s day; "met … today", "will vote today" still are', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const essay = buildKnowledgeBase([story('essay', ['The harbour had many troubles in the old days.', 'The old cranes are still in use today.', 'He knew nothing of the problems we face today.'])], defaultBuildOptions());
    expect(essay.timeline('')).toEqual([]);
    const news = buildKnowledgeBase(
      [story('news', ['The harbour board met in Vessa today to weigh the dock strike.', 'The council will vote on the harbour bill today.', 'Dock workers said today the strike would go on.'])],
      defaultBuildOptions(),
    );
    expect(news.timeline('').map((e) => e.date.label)).toEqual(['12 June 1961', '12 June 1961', '12 June 1961']);
    // "this day" likewise: a proclamation's "let us remember on this day" is no event; "met … this day" is.
    const proclamation = buildKnowledgeBase([story('proclamation', ['Let us remember on this day the first harvest of the harbour.', 'The harbour board met in Vessa this day to weigh the strike.'])], defaultBuildOptions());
    expect(proclamation.timeline('').map((e) => e.citation.sentence)).toEqual(['The harbour board met in Vessa this day to weigh the strike.']);
    // A "will" of another clause ("… our trust that the harbour will prosper") puts nothing on the day; one of the same clause does.
    const hope = buildKnowledgeBase(
      [story('hope', ['Let us give thanks on this day for the harvest, and trust in the board that the harbour will prosper.', 'Today the council of the northern province will vote on the harbour bill.'])],
      defaultBuildOptions(),
    );
    expect(hope.timeline('').map((e) => e.citation.sentence)).toEqual(['Today the council of the northern province will vote on the harbour bill.']);
    // "this night", "tonight" likewise: "The crossing is planned for this night" reports no event of the report's day.
    const night = buildKnowledgeBase([story('night', ['The ferry was old and slow.', 'The crossing is planned for this night, when the moon is down.', 'The harbour board met in Vessa tonight to weigh the strike.'])], defaultBuildOptions());
    expect(night.timeline('').map((e) => e.citation.sentence)).toEqual(['The harbour board met in Vessa tonight to weigh the strike.']);
  });

  it('GIVEN a possessive "today\'s" (nowadays: "today\'s ferrymen ask the same") in a clause of its own THEN no event of the report\'s day, whatever another clause tells; "today\'s vote was delayed" still is', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const essay = buildKnowledgeBase(
      [story('essay', ['The old harbour guild was pledged to a fair toll for every boat;; and today\'s ferrymen ask pretty much the same.', 'The old pier was torn down, and today\'s children swim where it stood.'])],
      defaultBuildOptions(),
    );
    expect(essay.timeline('')).toEqual([]);
    const news = buildKnowledgeBase([story('news', ["Today's vote on the harbour bill was delayed by a storm.", "The council will hold today's meeting in the old library."])], defaultBuildOptions());
    expect(news.timeline('').map((e) => e.date.label)).toEqual(['12 June 1961', '12 June 1961']);
  });

  it('GIVEN "today\'s" before people or peoples ("of today\'s wealthy nations", "among today\'s farmers") in a sentence that reports something THEN no event of the report\'s day; "today\'s race", "today\'s meeting" still are', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const essay = buildKnowledgeBase(
      [story('essay', ["In the calm of today's wealthy nations, harbour towns have turned to tourism.", "Among today's farmers, the old ploughs have given way to tractors."])],
      defaultBuildOptions(),
    );
    expect(essay.timeline('')).toEqual([]);
    const news = buildKnowledgeBase([story('news', ["At today's meeting of the harbour board, the members voted to close the pier.", "Today's race was won by a Vessa crew."])], defaultBuildOptions());
    expect(news.timeline('').map((e) => e.date.label)).toEqual(['12 June 1961', '12 June 1961']);
  });

  it('GIVEN "tomorrow" or "tonight" told with "would", "could" or "might" and no one saying so ("tomorrow night she herself would row out", "it could come tomorrow night, or it might come in months") THEN no event of the calendar; "said", "will" still date', () => {
    const story = (id: string, paragraphs: string[]): Article => ({ id, title: `Story ${id}`, published: '1961-06-12', source: 'Invented Times', url: '', people: [], paragraphs });
    const tale = buildKnowledgeBase(
      [story('tale', ['Orla had watched the grey bay all week.', 'Tomorrow night she herself would row out past the reef and wait.', 'The storm could come tomorrow night, or it might hold off for months.'])],
      defaultBuildOptions(),
    );
    expect(tale.timeline('')).toEqual([]);
    const news = buildKnowledgeBase(
      [story('news', ['The harbour vote could come tomorrow, officials said.', 'The ferry will sail tomorrow night.'])],
      defaultBuildOptions(),
    );
    expect(news.timeline('').map((e) => e.date.start)).toEqual(['1961-06-13', '1961-06-13']);
  });

  it('GIVEN a year asked of a timeline and a sentence dated by a decade that holds it ("since the early 1930s") THEN only the events of that year; the decade is still on a timeline of no year', () => {
    const ferry: Article = { ...article('ferry', ['Since the early 1930s, the Vessa ferry has crossed twice a day.', 'A new ferry was launched at Kell in 1934.']), people: [] };
    const kb = buildKnowledgeBase([ferry], defaultBuildOptions());
    expect(kb.timeline('', { from: '1934-01-01', to: '1934-12-31' }).map((e) => e.citation.sentence)).toEqual(['A new ferry was launched at Kell in 1934.']);
    expect(kb.timeline('ferry').map((e) => e.citation.sentence)).toEqual(['Since the early 1930s, the Vessa ferry has crossed twice a day.', 'A new ferry was launched at Kell in 1934.']);
  });

  it('GIVEN an article THEN its key sentences start with the lead, verbatim', () => {
    const id = kb.sources()[0]!.id;
    const key = kb.keySentences(id, 3);
    expect(key).toHaveLength(3);
    expect(key[0]?.sentenceIndex).toBe(0);
  });
});

describe('properties', () => {
  it('ask never throws, and every citation is a verbatim sentence of a knowledge file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('who', 'when did', 'Iran', 'talks', 'constructor', '__proto__', 'toString')), fc.string(), (a, b) => {
        const result = kb.ask(`${a} ${b}`);
        if (result.kind === 'answer') {
          for (const c of result.citations) expect(files.some((f) => f.includes(c.sentence))).toBe(true);
          expect(result.confidence).toBeGreaterThanOrEqual(0);
          expect(result.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers are reproducible and building does not mutate the articles', () => {
    const before = JSON.stringify(articles);
    const again = buildKnowledgeBase(articles, defaultBuildOptions());
    expect(JSON.stringify(articles)).toBe(before);
    expect(again.ask("who turned down Iran's offer?")).toEqual(kb.ask("who turned down Iran's offer?"));
  });
});

describe('a word the story writes as a hyphenated compound', () => {
  it('GIVEN "blackballed" asked where the story writes "black-balled" THEN that sentence is found first', () => {
    const club = buildKnowledgeBase(
      [article('club', ['The chess club met on Friday.', 'Orla Finch had black-balled the new member at the club.', 'The members voted twice on the new rules.'])],
      defaultBuildOptions(),
    );
    expect(inspectAsk(club, 'who blackballed the new member').scored[0]?.text).toContain('black-balled');
    // Only parts that are both English words the articles have: no split of a name-like word.
    expect(inspectAsk(club, 'who blackballed the new member').analysis.groups.find((g) => g.word === 'blackballed')?.alternatives.map((a) => a.word)).toEqual(['black-balled']);
  });
});
