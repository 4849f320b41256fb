import { describe, expect, it } from 'vitest';
import { askedNounPhrases, nounReplaced } from '../../../src/core/answer/noun-replaced.js';
import { tokenize } from '../../../src/core/text/tokenize.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, inspectAsk, tinyKnowledgeBase } from '../../fixtures/inspect.js';

/** Invented sentences: a common noun of the question with another of its kind in its place. */
const { lexicon, vectors } = defaultBuildOptions();
const stems = (q: string): Set<string> => new Set(tokenize(q).map((t) => t.stem));
const replaced = (question: string, sentence: string): boolean => nounReplaced(askedNounPhrases(question, lexicon), sentence, stems(question), lexicon, vectors);

describe('a common noun of the question replaced by another of its kind', () => {
  const haven = 'Mayor Ida Brant once said that Quillbury was a refuge -- the only one in the county -- for fishermen and small children.';

  it('GIVEN "a refuge … for fishermen and small children" THEN "a refuge for women" is replaced, past the aside between the word and its preposition', () => {
    expect(askedNounPhrases('who said quillbury was a refuge for women', lexicon).map((a) => a.noun)).toEqual(['women']);
    expect(replaced('who said quillbury was a refuge for women', haven)).toBe(true);
  });

  it('GIVEN the asked noun, a kind of it, or what it is a kind of THEN nothing is replaced', () => {
    expect(replaced('who said quillbury was a refuge for fishermen', haven)).toBe(false);
    expect(replaced('who said quillbury was a refuge for children', haven)).toBe(false);
    // ("people" says it of women too; "workers" of fishermen.)
    expect(replaced('who said quillbury was a refuge for women', 'Ida Brant said that Quillbury was a refuge for people of every kind.')).toBe(false);
    expect(replaced('who said quillbury was a refuge for workers', 'Ida Brant said that Quillbury was a refuge for fishermen.')).toBe(false);
  });

  it('GIVEN a synonym, a noun after another preposition, or an infinitive THEN nothing is replaced', () => {
    expect(replaced('when was the first round of negotiations', 'They held a first round of talks on the issue in May.')).toBe(false);
    expect(replaced('what did the towns agree to set up', 'The towns agreed to build a ferry.')).toBe(false);
  });

  it('GIVEN such a sentence as the best candidate, however sure the gate THEN it is no answer; the question it answers still is', () => {
    const kb = tinyKnowledgeBase(
      [article('refuge', ['Ida Brant, a writer, wrote about the harbour towns.', 'Ida Brant, for example, once said that Canada was a refuge -- the only one in the history of the world -- for sailors and small children.', 'The fleet sails in May.'])],
      defaultBuildOptions(),
    );
    expect(inspectAsk(kb, 'who said canada was a refuge for women').result.kind).not.toBe('answer');
    expect(inspectAsk(kb, 'who said canada was a refuge for sailors').result.kind).toBe('answer');
  });
});
