import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/core/knowledge-base.js';
import { IRREGULAR_VERBS, irregularForms, isParticiple } from '../../../src/core/text/irregular-verbs.js';
import { stem } from '../../../src/core/text/tokenize.js';
import type { KnowledgeBase } from '../../../src/core/types.js';
import { defaultBuildOptions } from '../../../src/io/load-knowledge-base.js';
import { article, featuresOf, firstCandidate, inspectAsk } from '../../fixtures/inspect.js';

/** Invented stories: a verb the question writes in its base form, the sentence in an irregular form of its past. */
let kb: KnowledgeBase;

beforeAll(() => {
  kb = buildKnowledgeBase(
    [
      article('barge', ['The barge Morwen unloaded oats at Corran Head in October.', 'The barge Morwen sank at Tessel Point in November.']),
      article('kitchen', ['The cafe at Pellow fitted a new steel sink in its kitchen.']),
      article('picnic', ['The parish picnic ended early.', 'Ada Vey was stung by wasps near the orchard gate.']),
      article('ketch', ['The ketch Ormond, built by Ivo Marsh in 1890, was sunk by Dan Keller during the blockade.']),
    ],
    defaultBuildOptions(),
  );
});

describe('irregular verbs from english-verbs-irregular', () => {
  it('GIVEN "sank", "swung", "wept", "fled", "dealt" … THEN each stems with its base, so a question in the base form meets the past', () => {
    for (const [past, base] of [['sank', 'sink'], ['sunk', 'sink'], ['swung', 'swing'], ['wept', 'weep'], ['fled', 'flee'], ['dealt', 'deal'], ['forbade', 'forbid'], ['strove', 'strive'], ['tore', 'tear'], ['shook', 'shake']]) {
      expect(stem(past as string), past).toBe(stem(base as string));
    }
  });

  it('keeps the present forms of "be", "have" and "do" beside the list\'s pasts', () => {
    expect(['is', 'are', 'was', 'were', 'been', 'has', 'had', 'does', 'did', 'done'].map((w) => IRREGULAR_VERBS.get(w))).toEqual(['be', 'be', 'be', 'be', 'be', 'have', 'have', 'do', 'do', 'do']);
  });

  it('GIVEN "where did the barge morwen sink" THEN "The barge Morwen sank at Tessel Point" holds every word of the question as written', () => {
    const inspected = inspectAsk(kb, 'where did the barge morwen sink');
    expect(inspected.scored[0]?.text).toContain('Morwen sank');
    expect(featuresOf(inspected, 'Morwen sank').covExact).toBe(1);
  });

  it('GIVEN "The ketch Ormond, built by Ivo Marsh …, was sunk by Dan Keller" THEN "sunk" is the participle of the question\'s verb: "who sank the ketch" is Dan Keller, not the builder', () => {
    expect(isParticiple('sunk')).toBe(true);
    expect(firstCandidate(kb, 'who sank the ketch ormond').answer).toBe('Dan Keller');
  });

  it('GIVEN "Ada Vey was stung by wasps" THEN she is whom it was done to: "who stung the girl" is not Ada Vey', () => {
    const result = firstCandidate(kb, 'who stung the girl near the orchard gate');
    expect(result.sentence).toContain('was stung by');
    expect(result.answer).not.toBe('Ada Vey');
  });
});

describe('which forms of the list are read as a verb of the past', () => {
  const forms = irregularForms({
    come: [['came', 'come']],
    cut: [['cut', 'cut']],
    boycot: [['boycotted', 'boycotted']],
    hear: [['heard', 'heard']],
    move: [['moved', 'moved']],
    'spoon-feed': [['spoon-fed', 'spoon-fed']],
    wind: [['wound', 'wound']],
  });

  it('GIVEN a list entry in the regular spelling of the past ("boycotted" under "boycot", "moved") THEN it is left to the suffix rules; "heard" (no "-ed") is kept', () => {
    expect(forms.has('boycotted')).toBe(false);
    expect(forms.has('moved')).toBe(false);
    expect(forms.get('heard')).toBe('hear');
  });

  it('GIVEN a base that is only its own participle ("come") THEN it is no form of the past; one that is its own simple past ("cut") is; a form of two words is none', () => {
    expect([...forms.keys()].sort()).toEqual(['came', 'cut', 'heard', 'wound']);
    expect(forms.get('cut')).toBe('cut');
  });

  it('GIVEN the nouns "run" and "come" of the real list ("a run on the bank") THEN neither is read as a participle or a past', () => {
    expect(isParticiple('run')).toBe(false);
    expect(IRREGULAR_VERBS.has('run')).toBe(false);
    expect(IRREGULAR_VERBS.has('come')).toBe(false);
    expect(IRREGULAR_VERBS.get('ran')).toBe('run');
  });
});
