/**
 * A process that installs factdesk's crash handlers (as src/main.ts does) and then fails outside
 * any handler in the way CRASH names — `uncaughtException` or `unhandledRejection` — with the token
 * in the error's message, for holds-crash.test.ts.
 */
import { createLogger, installCrashHandlers } from '../../src/logger.js';

const token = process.env.DISCORD_TOKEN ?? '';
installCrashHandlers(createLogger({ secrets: [token] }), [token]);
const error = new Error(`login refused for ${token}`);
if (process.env.CRASH === 'unhandledRejection') void Promise.reject(error);
else
  setTimeout(() => {
    throw error;
  }, 0);
