import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article } from '../../src/core/types.js';
import { defaultBuildOptions } from '../../src/io/load-knowledge-base.js';
import { toJson } from '../../src/render/answer-json.js';
import { profileInstead } from '../../src/render/replies.js';
import { article } from '../fixtures/inspect.js';

const festival: Article = {
  ...article('festival', [
    'The harbour festival opened on Friday with three new plays and a brass band.',
    'The attractive Lena Dorsch, who loves the sea as much as she loves the stage, will open the second night.',
    'Lena Dorsch will read from her new play at the Quay Theatre on Saturday.',
    'Tickets for the festival sold out within a week.',
  ]),
  people: [{ name: 'Lena Dorsch', role: 'playwright', aliases: ['Dorsch'] }],
};

describe('the JSON of one answer (npm run ask -- --json)', () => {
  const kb = buildKnowledgeBase([festival], defaultBuildOptions());

  it('GIVEN "who is X" answered by X\'s profile THEN `closest` is null: the sentences to read are the profile\'s, as the console shows them', () => {
    const question = 'who is lena dorsch';
    const result = kb.ask(question);
    const profile = profileInstead(kb, question, result)?.view;
    expect(profile?.name).toBe('Lena Dorsch');
    // (The model's closest sentence exists: the console does not show it beside the profile.)
    expect(result.kind === 'unknown' ? result.closest?.citation.sentence : result.kind).toBeDefined();
    const json = JSON.parse(toJson(result, profile)) as { answered: boolean; closest: unknown; profile: { name: string; sentences: unknown[] } | null };
    expect(json).toMatchObject({ answered: false, closest: null, profile: { name: 'Lena Dorsch' } });
    expect(json.profile?.sentences.length).toBeGreaterThan(0);
    // Without a profile, the closest sentence is still given.
    expect((JSON.parse(toJson(result)) as { closest: unknown }).closest).not.toBeNull();
  });
});
