import { describe, expect, it } from 'vitest';
import { curationWarnings, splitNameWarnings } from '../../../src/core/knowledge/curation-warnings.js';

const paragraphs = ['Harbor master Ann Lee said the pier opens in May.', 'Lee said José Pérez, the engineer, agreed.'];

describe('curationWarnings', () => {
  it('GIVEN people the story writes (in full, by surname, by an alias, without accents) THEN no warning', () => {
    const people = [{ name: 'Ann Lee', role: 'harbor master' }, { name: 'Jose Perez', aliases: ['Pérez'] }];
    expect(curationWarnings({ people, paragraphs })).toEqual([]);
  });

  it('GIVEN a name the story never writes THEN a warning naming it', () => {
    const warnings = curationWarnings({ people: [{ name: 'Zed Quill' }], paragraphs });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ name: 'Zed Quill' });
    expect(warnings[0]?.message).toMatch(/not written in the story/);
  });

  it('GIVEN one person listed twice, or listed again under an alias THEN a warning', () => {
    expect(curationWarnings({ people: [{ name: 'Ann Lee' }, { name: 'ann lee' }], paragraphs })[0]?.message).toMatch(/listed twice/);
    expect(curationWarnings({ people: [{ name: 'Ann Lee', aliases: ['Lee'] }, { name: 'Lee' }], paragraphs })[0]?.message).toMatch(/also an alias of "Ann Lee"/);
  });

  it('GIVEN one person listed again another way (the bare surname, an initial, a short given name, a middle initial) THEN a warning naming both', () => {
    const story = ['Joseph Vask and J. Vask, Joe Vask and Ann Marie Vask spoke; Vask left first.', 'Tom Ward and Tom R. Ward came too, and Nell Ward with them.'];
    const warned = (people: Array<{ name: string; role?: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Joseph Vask' }, { name: 'Vask' }])).toEqual([expect.stringMatching(/"Vask" may be "Joseph Vask" listed again/)]);
    expect(warned([{ name: 'Joseph Vask' }, { name: 'J. Vask' }])).toEqual([expect.stringMatching(/"J\. Vask" may be "Joseph Vask"/)]);
    expect(warned([{ name: 'Joseph Vask' }, { name: 'Joe Vask' }])).toEqual([expect.stringMatching(/"Joe Vask" may be "Joseph Vask"/)]);
    expect(warned([{ name: 'Tom Ward' }, { name: 'Tom R. Ward' }])).toEqual([expect.stringMatching(/"Tom R\. Ward" may be "Tom Ward"/)]);
    // Told apart by their roles, as the warning asks: no warning; the same role is no telling apart.
    expect(warned([{ name: 'Joseph Vask', role: 'mayor' }, { name: 'Vask', role: 'mayor\'s father' }])).toEqual([]);
    expect(warned([{ name: 'Joseph Vask', role: 'mayor' }, { name: 'Vask', role: 'Mayor' }])).toHaveLength(1);
    // A family, a couple, a firm: other given names or titles are other people.
    expect(warned([{ name: 'Tom Ward' }, { name: 'Nell Ward' }, { name: 'Ann Marie Vask' }, { name: 'Joseph Vask' }])).toEqual([]);
    expect(warned([{ name: 'Mr. Ward' }, { name: 'Mrs. Ward' }, { name: 'Ward & Vask' }, { name: 'Vask' }])).toEqual([]);
  });

  it('GIVEN "X & Co." listed beside X ("Vask & Co." and "Vask") THEN a warning naming both; a firm of two names beside one of them still none', () => {
    const story = ['Joseph Vask and Vask & Co. ran the mill; Vask and company left in May.', 'Ward & Vask sold flour.'];
    const warned = (people: Array<{ name: string; aliases?: string[] }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Vask & Co.' }, { name: 'Joseph Vask', aliases: ['Vask'] }])).toEqual([expect.stringMatching(/"Vask & Co\." may be "Joseph Vask" and others/)]);
    expect(warned([{ name: 'Joseph Vask', aliases: ['Vask'] }, { name: 'Vask and company' }])).toEqual([expect.stringMatching(/"Vask and company" may be "Joseph Vask"/)]);
    expect(warned([{ name: 'Ward & Vask' }, { name: 'Joseph Vask', aliases: ['Vask'] }])).toEqual([]);
  });

  it('GIVEN one firm of "&" listed twice, once with a given name more ("Tobias Quell & Sons" / "Quell & Sons") or a word after ("Quell & Sons Ltd.") THEN a warning; two firms that share a name ("Ward & Quell", "Quell & Sons Foundation") none', () => {
    const story = ['Money came from the printers, Tobias Quell & Sons, Ltd.', 'Quell & Sons Ltd. have printed it since 1844, and Quell & Sons Foundation paid for a volume.', 'Ward & Quell sold it.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Tobias Quell & Sons' }, { name: 'Quell & Sons' }])).toEqual([expect.stringMatching(/"Quell & Sons" may be "Tobias Quell & Sons" listed again/)]);
    expect(warned([{ name: 'Quell & Sons' }, { name: 'Quell & Sons Ltd.' }])).toHaveLength(1);
    expect(warned([{ name: 'Quell & Sons' }, { name: 'Quell & Sons Foundation' }, { name: 'Ward & Quell' }])).toEqual([]);
  });

  it('GIVEN a person listed again by the first names alone ("Paula" / "Paula Vask", "Miriam Noel" / "Miriam Noel Ward") THEN a warning; a firm that opens with a surname is not, a body\'s name written short ("Harbor Academy") is', () => {
    const story = ['Paula Vask met Miriam Noel Ward at the mill; Paula and Miriam Noel talked.', 'Ford Motor Company bought the mill, and Ford said so.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Paula Vask' }, { name: 'Paula' }])).toEqual([expect.stringMatching(/"Paula" may be "Paula Vask" listed again/)]);
    expect(warned([{ name: 'Miriam Noel Ward' }, { name: 'Miriam Noel' }])).toEqual([expect.stringMatching(/"Miriam Noel" may be "Miriam Noel Ward"/)]);
    expect(warned([{ name: 'Ford Motor Company' }, { name: 'Ford' }])).toEqual([]);
    // A body's name written short, itself a body's name, is that body.
    expect(curationWarnings({ people: [{ name: 'Harbor Academy of Music' }, { name: 'Harbor Academy' }], paragraphs: ['The Harbor Academy of Music, or the Harbor Academy, opened.'] }).map((w) => w.message)).toEqual([expect.stringMatching(/"Harbor Academy" may be "Harbor Academy of Music" listed again/)]);
  });

  it('GIVEN a full name with a word more before it ("Young Tom Ward" / "Tom Ward"), or a short given name alone ("Herb" / "Herbert") THEN a warning; other names are not', () => {
    const story = ['Young Tom Ward came with Tom Ward; Herb and Herbert spoke, and Herbert Vask too.', 'Nell Ward and Ward met Ann Lee and Ann Leeds.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Tom Ward' }, { name: 'Young Tom Ward' }])).toEqual([expect.stringMatching(/"Young Tom Ward" may be "Tom Ward" listed again/)]);
    expect(warned([{ name: 'Herbert' }, { name: 'Herb' }])).toEqual([expect.stringMatching(/"Herb" may be "Herbert" listed again/)]);
    expect(warned([{ name: 'Nell Ward' }, { name: 'Tom Ward' }, { name: 'Ann Lee' }, { name: 'Ann Leeds' }, { name: 'Herbert Vask' }])).toEqual([]);
  });

  it('GIVEN a one-word entry that is a word inside another\'s name ("Bo" beside "Sparky Bo Lindell", listed before or after it) THEN a warning naming both; a word inside a body\'s name is not', () => {
    const story = ['Sparky Bo Lindell fixed the boat, and Bo thanked Hans Tarnby.', 'The Port of Elmford Authority paid, and Elmford cheered.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Sparky Bo Lindell' }, { name: 'Bo' }])).toEqual([expect.stringMatching(/"Bo" may be "Sparky Bo Lindell" listed again/)]);
    expect(warned([{ name: 'Bo' }, { name: 'Sparky Bo Lindell' }])).toEqual([expect.stringMatching(/"Sparky Bo Lindell" may be "Bo" listed again/)]);
    expect(warned([{ name: 'Port of Elmford Authority' }, { name: 'Elmford' }, { name: 'Hans Tarnby' }, { name: 'Bo' }])).toEqual([]);
  });

  it('GIVEN a body listed again in the plural ("Harbor Court" / "Harbor Courts") THEN a warning; two names that differ otherwise are not', () => {
    const story = ['The Harbor Court sat twice; the Harbor Courts of the county then closed.', 'Ann Lee and Ann Leeds spoke.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Harbor Court' }, { name: 'Harbor Courts' }])).toEqual([expect.stringMatching(/"Harbor Courts" may be "Harbor Court" listed again/)]);
    expect(warned([{ name: 'Ann Lee' }, { name: 'Ann Leeds' }])).toEqual([]);
  });

  it('GIVEN two names alike but for a word inside ("University of Elmford Medical School" / "… of Tarnby …", "Tom R. Ward" / "Tom J. Ward") THEN no warning', () => {
    const story = ['The University of Elmford Medical School and the University of Tarnby Medical School shared the grant.', 'Tom R. Ward and Tom J. Ward are cousins.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'University of Elmford Medical School' }, { name: 'University of Tarnby Medical School' }])).toEqual([]);
    expect(warned([{ name: 'Tom R. Ward' }, { name: 'Tom J. Ward' }])).toEqual([]);
  });

  it('GIVEN a body whose name opens with another listed body ("Dunmore County" / "Dunmore County Memorial Hospital") THEN no warning; a body written short ("Harwick Academy" / "Harwick Academy of Music") still warns', () => {
    const story = ['Dunmore County paid for a wing of the Dunmore County Memorial Hospital.', 'The Harwick Academy of Music, or the Harwick Academy, played.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Dunmore County' }, { name: 'Dunmore County Memorial Hospital' }])).toEqual([]);
    expect(warned([{ name: 'Harwick Academy of Music' }, { name: 'Harwick Academy' }])).toEqual([expect.stringMatching(/"Harwick Academy" may be "Harwick Academy of Music"/)]);
  });

  it('GIVEN a full name listed again with a name more that the story also writes alone ("Tobias Quell Marsh" beside "Tobias Quell", "Marsh" written on its own) THEN the warning says they may be two names run together, not only "make it an alias"', () => {
    const story = ['For the figure of Tobias Quell Marsh has drawn on his own youth.', 'Marsh wrote it in exile; Tobias Quell is his hero.'];
    const warned = (people: Array<{ name: string }>) => curationWarnings({ people, paragraphs: story }).map((w) => w.message);
    expect(warned([{ name: 'Tobias Quell' }, { name: 'Tobias Quell Marsh' }])).toEqual([expect.stringMatching(/"Tobias Quell Marsh" may be "Tobias Quell" and "Marsh" run together .*remove "Tobias Quell Marsh"/)]);
    // (A given name and its surname, or a full name the story writes in full, stay "listed again".)
    const family = ['Paula Vask and Tom Ward met; Vask left.', 'Tom Ward Jr. and Tom Ward stayed.'];
    expect(curationWarnings({ people: [{ name: 'Paula Vask' }, { name: 'Paula' }], paragraphs: family }).map((w) => w.message)).toEqual([expect.stringMatching(/"Paula" may be "Paula Vask" listed again/)]);
  });

  it('GIVEN a story that quotes people by name ("Quarrie declared", "said Ida Vell") and lists no one THEN one warning naming them; none when no one is quoted by name, nor when people are listed', () => {
    const story = ['In a gloomy talk on the tides, Quarrie declared: "We must dredge the channel".', '"Not this year," said Ida Vell. He said nothing more.'];
    expect(curationWarnings({ people: [], paragraphs: story }).map((w) => w.message)).toEqual([expect.stringMatching(/no people listed, though the story quotes Quarrie \("Quarrie declared"\), Ida Vell \("said Ida Vell"\)/)]);
    expect(curationWarnings({ people: [], paragraphs: ['The tide rose at noon. He said nothing, and The report said less.'] })).toEqual([]);
    expect(curationWarnings({ people: [{ name: 'Quarrie' }], paragraphs: story })).toEqual([]);
  });

  it('GIVEN a common noun listed as a person THEN a warning', () => {
    const warnings = curationWarnings({ people: [{ name: 'pier' }], paragraphs });
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/no capital letter/)]);
  });

  it('GIVEN a name written only inside a longer word THEN it is not written in the story', () => {
    expect(curationWarnings({ people: [{ name: 'Ma' }], paragraphs: ['The harbor master spoke in May.'] })).toHaveLength(1);
  });
});

describe('one name of one word in two files', () => {
  it('GIVEN "Orla" listed in two files with roles that share no word THEN a warning at the later file names the earlier one; roles with a word in common, a bare title, or a name of two words give none', () => {
    const warned = splitNameWarnings([
      { file: 'a.md', people: [{ name: 'Orla', role: 'harbour pilot' }, { name: 'Tam Vell', role: 'miller' }] },
      { file: 'b.md', people: [{ name: 'Orla', role: 'keeper of the lighthouse' }, { name: 'Tam Vell', role: 'ferryman' }] },
    ]);
    expect(warned.map((w) => [w.file, w.name])).toEqual([['b.md', 'Orla']]);
    expect(warned[0]?.message).toContain('also listed in a.md as "harbour pilot"');
    expect(warned[0]?.message).toContain('give both roles a word in common');
    expect(splitNameWarnings([{ file: 'a.md', people: [{ name: 'Orla', role: 'harbour pilot' }] }, { file: 'b.md', people: [{ name: 'Orla', role: 'pilot of the ferry' }] }])).toEqual([]);
    expect(splitNameWarnings([{ file: 'a.md', people: [{ name: 'Orla', role: 'Chairman' }] }, { file: 'b.md', people: [{ name: 'Orla', role: 'leader of the union' }] }])).toEqual([]);
  });
});
