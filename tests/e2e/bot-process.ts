/**
 * The real entry points as child processes (`node --import tsx <script>`), with an environment
 * cleaned of the machine's own DISCORD_* and factdesk settings, for end-to-end and fault tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { FakeDiscord } from './fake-discord.js';
import { E2E_KNOWLEDGE_DIR, FAKE_TOKEN } from './harness.js';

/** The repository root, where the entry points run. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Resolves when stderr (the log) contains `text`. */
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
}

/** The environment without any DISCORD_* of the machine running the tests. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(DISCORD_|SHARD|KNOWLEDGE_DIR|DATABASE_PATH|LOG_LEVEL|COOLDOWN)/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs `script`; `as` runs it as another user (file permissions do not bind root). */
export function run(
  script: string,
  env: Record<string, string>,
  args: string[] = [],
  as: { uid?: number; gid?: number } = {},
): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    env: cleanEnv(env),
    stdio: ['pipe', 'pipe', 'pipe'],
    ...as,
  });
  const result: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal }))),
    waitForLog(text, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (result.stderr.includes(text)) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
        };
        const poll = setInterval(check, 20);
        const timer = setTimeout(() => {
          clearInterval(poll);
          reject(new Error(`"${text}" not logged within ${timeoutMs} ms; stderr:\n${result.stderr}`));
        }, timeoutMs);
        check();
      });
    },
  };
  child.stdout?.on('data', (d: Buffer) => (result.stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (result.stderr += d.toString()));
  return result;
}

/** Exit within `ms`, or kill and fail. */
export async function exitWithin(r: Run, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      r.child.kill('SIGKILL');
      reject(new Error(`did not exit within ${ms} ms; stderr:\n${r.stderr}`));
    }, ms);
  });
  try {
    return await Promise.race([r.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** What `npm start` needs to run as the bot against a fake Discord (LOG_LEVEL=debug). */
export function botEnvironment(
  apiUrl: string,
  databasePath: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_API_URL: apiUrl,
    KNOWLEDGE_DIR: E2E_KNOWLEDGE_DIR,
    DATABASE_PATH: databasePath,
    LOG_LEVEL: 'debug',
    ...extra,
  };
}

/**
 * For a test file running the bot as a process: a fake Discord (accepting only the test token) and
 * a temporary data folder for all its tests, and every process started through `track` killed
 * after each test.
 */
export function useProcessFixture(prefix: string): {
  fake: () => FakeDiscord;
  databasePath: (name?: string) => string;
  track: (r: Run) => Run;
} {
  let fake: FakeDiscord | undefined;
  let dataDir = '';
  const running: Run[] = [];
  beforeAll(async () => {
    fake = await FakeDiscord.start({ acceptToken: FAKE_TOKEN });
    dataDir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(() => {
    for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
  });
  afterAll(async () => {
    await fake?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return {
    fake: () => {
      if (!fake) throw new Error('the fake Discord has not started');
      return fake;
    },
    databasePath: (name = 'factdesk.db') => join(dataDir, name),
    track: (r) => {
      running.push(r);
      return r;
    },
  };
}
