import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, firstCandidate } from '../../fixtures/inspect.js';

/** Invented stories: two people in one sentence, only one of them doing what is asked. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('critics', ['Ann Hale and Tom Quillon wrote about the theatre for many years.', 'While Hale censors plays only for the young, Quillon would banish all actors from his ideal city.']),
      article('camp', ['The winter camp was cold.', 'Morgan joined the force of Paul Lafitte, who now had command of some 2,000 men at Barren Hill.']),
      article('march', ['The army marched at dawn.', 'On the morning of November 17th, Cornwallis and 2,000 men had left Philadelphia for the river.']),
      article('critic', ['The lecture was on old plays.', 'We see at once what Ivo Brandt means when he calls Hamlet a northern scion of the house of Atreus.']),
      article('letters', ['Adams kept writing in his old age.', 'He wrote eloquently to William Quist that impartial history was not only impossible but undesirable.']),
      article('mayor', ['The council met on Monday.', 'Dora Pike was appointed harbour master by the council.']),
      article('trip', ['The tour ended in June.', 'Before he left, he telephoned Earl Vance in Kansas City and asked him to come to Europe with him.']),
      article('synod', ['The synod met in Boston for a week.', 'Ezra Gannett, an honorable member of the old synod, addressed himself frankly to the dispute in 1845, insisting that Tom Quillon should not be persecuted.']),
      article('court', ['The court was divided.', 'Countess Maria Ebner had made the request, but the Duke himself rejected the proposal and recalled his envoy Karl Schutz to the capital.']),
      article('college', ['The college has a new president this year.', 'Deans can form an important bridge between the president and the staff.']),
      article('mill', ['The mill stood empty for years.', 'Before Tom Vask loomed the old mill, the Varga home, where Ann Drury had once been robbed.']),
      article('saloon', ['The saloon closed early.', 'Pete Vance shot Carl Ruiz in the saloon on Friday night.']),
      article('studio', ['The studio was small.', 'Karl Oster hurried to the workshop with his sketches, asked the carpenter to build a frame for the altar.']),
      article('bridge', ['The town was pleased.', 'The mayor, Dora Vint, asked Sam Orley to design a new footbridge for the park.']),
      article('wagons', ['The family made camp by the river.', 'Rosalind had unhitched the oxen from both Amos Pell\'s and her uncle\'s carts.', 'Somebody had watered the horses.', 'Drovers had greased the axles.', 'Ada Pell could have poisoned the colt -- if she had a reason to harm it.']),
      article('orchard', ['The orchard was quiet that spring.', "The old pear tree was cut down by Mr. Lomax's son.", "Ada Vey's appointment as warden pleased the growers."]),
      article('ferry', ['The ferry was late that night.', 'Police found the captain of the ferry Quist said he had taken, but the man did not remember Quist on board.']),
      article('border', ['The old quarrel flared again.', "Orvald's Tarn-backed junta fought Peru in the 1911-1914 salt war."]),
      article('levy', ['The harbour board met in May.', 'The Vell-led harbour board fought the new levy on fishing boats for a year.']),
      article('atlas', ['The Morrow Atlas of Ferns is a standard work.', 'In 1902 Ilse Morrow, editor of the Gazette, asked Ned Fairlie of Lanark College to prepare a second edition of the Morrow Atlas.']),
      article('almanac', ['The almanac sold well for years.', 'In 1930 the council asked Ned Fairlie of Lanark College to revise the almanac.']),
    ],
    defaultBuildOptions(),
  );
});

const top = (question: string): { answer: string; sentence: string } => firstCandidate(kb, question);

describe('the doer is the name right before the verb', () => {
  it('GIVEN "While Hale censors …, Quillon would banish …" THEN "who would banish" is Quillon, not the name the sentence opens with', () => {
    const result = top('who would banish all actors from his ideal city');
    expect(result.sentence).toContain('Quillon would banish');
    expect(result.answer).toMatch(/Quillon/);
    expect(result.answer).not.toMatch(/Hale/);
  });

  it('GIVEN "Paul Lafitte, who now had command of …" THEN "who had command" is Lafitte', () => {
    expect(top('who had command of 2000 men at barren hill').answer).toMatch(/^Paul Lafitte/);
  });

  it('GIVEN a curated "leader of the riflemen" beside the doer THEN the "of" the role shares with the question does not make him the answer', () => {
    const camp = buildKnowledgeBase(
      [{ ...article('camp2', ['The winter camp was cold.', 'Dan Mogg joined the force of Paul Lafitte, who now had command of some 2,000 men at Barren Hill.']), people: [{ name: 'Dan Mogg', role: 'leader of the riflemen' }, { name: 'Paul Lafitte', role: 'general' }] }],
      defaultBuildOptions(),
    );
    expect(firstCandidate(camp, 'who had command of 2000 men at barren hill').answer).toMatch(/Paul Lafitte/);
  });

  it('GIVEN "Morgan joined the force of Paul Lafitte" and no person called Morgan THEN "who joined the force" is not Lafitte', () => {
    const result = top('who joined the force');
    expect(result.sentence).toContain('Morgan joined');
    expect(result.answer).not.toMatch(/^Paul Lafitte/);
  });
});

describe('a name no people list knows, opening the sentence', () => {
  it('GIVEN "Rosalind had unhitched the oxen from both Amos Pell\'s … carts" THEN "who unhitched the oxen" is Rosalind, not the whole sentence', () => {
    const result = top('who unhitched the oxen');
    expect(result.sentence).toContain('Rosalind had unhitched');
    expect(result.answer).toBe('Rosalind');
  });

  it('GIVEN "Somebody had watered the horses" THEN "who watered the horses" is not "Somebody"', () => {
    expect(top('who watered the horses').answer).not.toBe('Somebody');
  });

  it('GIVEN "Ada Pell could have poisoned the colt -- if she had a reason" THEN "who poisoned the colt" is not Ada Pell: what she could have done she did not, as far as it says', () => {
    expect(top('who poisoned the colt').answer).not.toBe('Ada Pell');
  });

  it('GIVEN "Drovers had greased the axles" THEN "who greased the axles" is not "Drovers": a common noun is no name', () => {
    expect(top('who greased the axles').answer).not.toBe('Drovers');
  });
});

describe('a name written as the owner of a person', () => {
  it('GIVEN "cut down by Mr. Lomax\'s son" THEN "who cut down the pear tree" is Mr. Lomax\'s son, not Lomax', () => {
    const result = top('who cut down the old pear tree');
    expect(result.sentence).toContain('Lomax');
    expect(result.answer).toBe("Mr. Lomax's son");
  });

  it('GIVEN "Ada Vey\'s appointment as warden" THEN "who was appointed warden" is Ada Vey: an appointment is no person', () => {
    const result = top('who was appointed warden');
    expect(result.sentence).toContain('Ada Vey');
    expect(result.answer).toMatch(/^Ada Vey(?!['’])/);
  });
});

describe('a count is not an ordinal', () => {
  it('GIVEN "November 17th, Cornwallis and 2,000 men had left" THEN "how many men left … with cornwallis" is 2,000 men', () => {
    expect(top('how many men left philadelphia with cornwallis').answer).toBe('2,000 men');
  });
});

describe('a "who did X …" question asks for the object', () => {
  it('GIVEN "he calls Hamlet a northern scion" THEN "who does ivo brandt call a northern scion" is Hamlet, not the caller', () => {
    const result = top('who does ivo brandt call a northern scion of the house of atreus');
    expect(result.sentence).toContain('calls Hamlet');
    expect(result.answer).toMatch(/^Hamlet/);
  });

  it('GIVEN "he wrote eloquently to William Quist" THEN "who did adams write to" is William Quist', () => {
    expect(top('who did adams write to that impartial history was impossible').answer).toMatch(/^William Quist/);
  });

  it('GIVEN "asked him to come to Europe" THEN "who did he phone … to come to europe" is not Europe', () => {
    const result = top('who did he phone in kansas city to come to europe');
    expect(result.sentence).toContain('Earl Vance');
    expect(result.answer).not.toBe('Europe');
  });

  it('GIVEN the question\'s own name after one of its words ("the ferry Quist said") THEN that name is not whom it asks about', () => {
    const result = top('who did quist say was on the ferry with him');
    expect(result.sentence).toContain('ferry Quist said');
    expect(result.answer).not.toMatch(/^Quist/);
  });

  it('GIVEN a passive sentence ("Dora Pike was appointed … by the council") THEN "who did the council appoint" is Dora Pike', () => {
    expect(top('who did the council appoint harbour master').answer).toMatch(/^Dora Pike/);
  });
});

describe('"who did X <verb>": the object of the verb, a country among them', () => {
  it('GIVEN "Orvald\'s Tarn-backed junta fought Peru …" THEN "who did orvald\'s junta fight" is Peru, not the possessive and its hyphenated modifier', () => {
    const result = top("who did orvald's junta fight");
    expect(result.sentence).toContain('fought Peru');
    expect(result.answer).toBe('Peru');
  });

  it('GIVEN an object that names no one ("fought the new levy") THEN "who did the harbour board fight" is not the subject before the verb', () => {
    const result = top('who did the harbour board fight');
    expect(result.sentence).toContain('fought the new levy');
    expect(result.answer).not.toMatch(/^Vell/);
  });

  it('GIVEN "The Vell-led harbour board fought …" THEN "who fought the new levy" is the subject as written, not "Vell led …", which reads as a name', () => {
    expect(top('who fought the new levy on fishing boats').answer).toBe('Vell-led harbour board');
  });
});

describe('a description between the doer and the verb', () => {
  it('GIVEN "Ezra Gannett, an honorable member of the old synod, addressed …" THEN "who addressed the dispute" is Gannett, not the other person the sentence names', () => {
    const result = top('who addressed the dispute frankly in 1845');
    expect(result.sentence).toContain('Ezra Gannett');
    expect(result.answer).toMatch(/^Ezra Gannett/);
  });
});

describe('a person called by a role after the verb', () => {
  it('GIVEN "recalled his envoy Karl Schutz" THEN "who did the duke recall" is Schutz', () => {
    const result = top('who did the duke recall');
    expect(result.sentence).toContain('recalled his envoy');
    expect(result.answer).toMatch(/^Karl Schutz/);
  });
});

describe('no name before the verb: the subject is a noun, not an adjective', () => {
  it('GIVEN "Deans can form an important bridge between …" THEN "who can be a bridge between …" is not "important"', () => {
    const result = top('who can be a bridge between the president and the staff');
    expect(result.sentence).toContain('Deans can form');
    expect(result.answer).not.toBe('important');
  });
});


describe('a passive: whom it was done to, not who did it', () => {
  it('GIVEN "where Ann Drury had once been robbed" THEN "who had been robbed at the mill" is Ann Drury, not the name the sentence opens with', () => {
    expect(top('who had been robbed at the old mill').answer).toMatch(/^Ann Drury/);
  });

  it('GIVEN "where Ann Drury had once been robbed" THEN "who robbed ann drury" names no one: the sentence does not say', () => {
    const result = top('who robbed ann drury');
    expect(result.answer).not.toMatch(/^Tom Vask/);
  });

  it('GIVEN "Pete Vance shot Carl Ruiz" THEN "who was shot" is Carl Ruiz and "who shot carl ruiz" is Pete Vance', () => {
    expect(top('who was shot in the saloon').answer).toMatch(/^Carl Ruiz/);
    expect(top('who shot carl ruiz').answer).toMatch(/^Pete Vance/);
  });
});

describe('one asked or told to do it', () => {
  it('GIVEN "Karl Oster … asked the carpenter to build a frame" THEN "who built the frame" is not Karl Oster', () => {
    expect(top('who built the frame for the altar').answer).not.toMatch(/^Karl Oster(?:,|$)/);
  });

  it('GIVEN "Dora Vint asked Sam Orley to design a footbridge" THEN "who designed the footbridge" is Sam Orley; "who asked for a footbridge" Dora Vint', () => {
    expect(top('who designed the footbridge in the park').answer).toMatch(/^Sam Orley/);
    expect(top('who asked for a new footbridge').answer).toMatch(/^Dora Vint/);
  });
});

describe('the one who asked, named before the verb', () => {
  it('GIVEN "Ilse Morrow, editor of the Gazette, asked Ned Fairlie of Lanark College to prepare …" THEN "who asked fairlie to do the second edition of morrow" is Ilse Morrow, though the question names her atlas, not the college', () => {
    expect(top('who asked fairlie to do the second edition of the morrow atlas').answer).toMatch(/^Ilse Morrow/);
  });

  it('GIVEN the same sentence THEN "who asked morrow to prepare the atlas" is neither Fairlie nor Morrow: the sentence says she asked, not who asked her', () => {
    expect(top('who asked morrow to prepare the atlas').answer).not.toMatch(/^(?:Ned Fairlie|Ilse Morrow|Lanark College)/);
  });

  it('GIVEN "the council asked Ned Fairlie of Lanark College to revise the almanac" THEN "who asked fairlie to revise the almanac" is not the college he is of', () => {
    expect(top('who asked fairlie to revise the almanac').answer).not.toMatch(/Lanark College/);
  });
});
