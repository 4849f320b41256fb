/**
 * How far V8 lets the heap grow before its next full collection. The bot keeps about 100 MB live at
 * 10,000 articles, but by default V8 lets the old generation grow to several times what survived
 * the last full collection, and the pages freed later stay resident: the process's RSS follows that
 * peak, not what is live. Growing by at most half after each full collection keeps RSS near the live
 * heap for the same answer CPU (measured for issue 12 at 10,000 articles — cold start from the index,
 * the bench's 400 questions and a digest in one process: peak RSS 347–350 MB against 428 MB; README
 * "Performance"). Set at run time, so that `node scripts/start.mjs` (a container's command) gets it as
 * `npm start` does; a `--heap-growing-percent` given to node by the operator wins.
 */
import { setFlagsFromString } from 'node:v8';

export const HEAP_GROWING_PERCENT = 50;

export function applyHeapPolicy(execArgv: readonly string[] = process.execArgv): void {
  if (execArgv.some((arg) => arg.startsWith('--heap-growing-percent'))) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
