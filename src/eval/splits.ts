/**
 * Splits by story: every question of a story lands in the same split, so nothing learnt from a
 * story's train questions can leak into its dev or test questions. The split of a story depends on
 * its id alone (sha256), so adding stories never moves an existing one.
 */
import { createHash } from 'node:crypto';

export type Split = 'train' | 'dev' | 'test';

/** 60 % train, 20 % dev, 20 % test, by the first byte of the id's sha256. */
export function splitOfStory(story: string): Split {
  const byte = createHash('sha256').update(story).digest()[0] as number;
  const bucket = byte % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}
