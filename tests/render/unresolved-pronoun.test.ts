import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/core/knowledge-base.js';
import type { Article } from '../../src/core/types.js';
import { defaultBuildOptions } from '../../src/io/load-knowledge-base.js';
import { consoleReply } from '../../src/console/console.js';
import { answerReply } from '../../src/render/embeds.js';
import { unresolvedPronoun } from '../../src/render/unresolved-pronoun.js';
import { answerFor } from '../../src/render/replies.js';
import { MESSAGES, fill } from '../../src/render/messages.js';

const harbour: Article = {
  id: '2020-05-04-harbour',
  title: 'Harbour levy voted down',
  published: '2020-05-04',
  source: 'Invented Times',
  url: '',
  people: [{ name: 'Ilse Varnum', role: 'council leader', aliases: ['Varnum'] }],
  paragraphs: [
    'The Brisk Harbour council voted down the new harbour levy on Monday.',
    'Council leader Ilse Varnum rejected the levy, saying the fishermen could not pay it.',
    'After the vote, the poet Amos Rell rejected the old harbour songs as sentimental.',
  ],
};

describe('a question whose subject is a pronoun nothing names', () => {
  it('GIVEN "it", "they", or a "he" left unread as the subject THEN that pronoun; a noun or name as the subject THEN none', () => {
    expect(unresolvedPronoun('when was it rejected')).toBe('it');
    expect(unresolvedPronoun('how long were they in the harbour town')).toBe('they');
    expect(unresolvedPronoun('Why did he leave?')).toBe('he');
    expect(unresolvedPronoun('was it rejected')).toBe('it');
    expect(unresolvedPronoun('when was the levy rejected')).toBeUndefined();
    expect(unresolvedPronoun('who rejected it')).toBeUndefined();
    expect(unresolvedPronoun('what did the council do with it')).toBeUndefined();
  });

  it('GIVEN a follow-up with "it" the bot does not read THEN the console and Discord say so first, beside whatever came closest', async () => {
    const kb = buildKnowledgeBase([harbour], defaultBuildOptions());
    const conversation = {};
    await consoleReply('who rejected the harbour levy', kb, [], undefined, conversation);
    const hint = fill(MESSAGES.unresolvedPronoun, { pronoun: 'it' });
    const text = (await consoleReply('when was it rejected', kb, [], undefined, conversation)) ?? '';
    expect(text.split('\n')[0]).toBe(hint);
    const outcome = answerFor(kb, 'when was it rejected');
    expect(outcome.kind === 'reply' && outcome.view.kind === 'unknown').toBe(true);
    if (outcome.kind === 'reply') expect(answerReply(outcome.view).embeds[0]?.description).toContain('refers to here');
    // A question that names its subject gets no such line.
    expect((await consoleReply('when was the levy rejected', kb, [], undefined, {})) ?? '').not.toContain(hint);
  });
});
