/**
 * Runs one of the CLIs (`src/cli/<name>.ts`) as `npm run <name>` does, in any working directory:
 * the tsx loader is given by absolute URL, so a temporary folder with its own `.env` can be the cwd.
 * The child gets the test's environment without factdesk's variables (so a developer's shell does
 * not leak in), plus `env`; the test's own process.env is never changed.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(import.meta.dirname, '../..');
export const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
/** Read by loadConfig (and dotenv's own defaults): never inherited by a CLI under test. */
const CONFIG_VARIABLES =
  /^(KNOWLEDGE_DIR|DATABASE_PATH|LOG_LEVEL|DISCORD_\w+|SHARD_COUNT|COOLDOWN_SECONDS|DOTENV_\w+)$/;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  name: 'ask' | 'validate' | 'digest' | 'eval' | 'train',
  args: string[],
  options: { cwd?: string; input?: string; env?: Record<string, string> } = {},
): CliRun {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !CONFIG_VARIABLES.test(key)));
  const result = spawnSync(process.execPath, ['--import', TSX, join(ROOT, `src/cli/${name}.ts`), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...env, ...options.env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
