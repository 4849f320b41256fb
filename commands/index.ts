/**
 * Every slash command, listed statically so the compiler checks each one against `SlashCommand`
 * and the bot and the deploy script register exactly the same set.
 */
import type { SlashCommand } from '../src/discord/slash-command.js';
import * as ask from './ask.js';
import * as digest from './digest.js';
import * as factdesk from './factdesk.js';
import * as help from './help.js';
import * as sources from './sources.js';
import * as timeline from './timeline.js';
import * as what from './what.js';
import * as when from './when.js';
import * as where from './where.js';
import * as who from './who.js';
import * as why from './why.js';

export const commands: readonly SlashCommand[] = [
  ask,
  who,
  when,
  what,
  where,
  why,
  timeline,
  sources,
  help,
  factdesk,
  digest,
];
