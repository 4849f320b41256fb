/** Command-line options for the scripts that have no other error path: a bad option or `--help` prints the usage. */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The options of `process.argv`, parsed; `--help` (or `-h`) prints `usage` and exits 0, an unknown or
 * malformed option prints the problem and `usage` on stderr and exits 2 — never a stack trace.
 *
 * @example const values = cliOptions({ data: { type: 'string', default: '../shared/data' } }, 'usage: npm run eval -- [--data DIR]');
 */
export function cliOptions<const T extends Options>(options: T, usage: string, args: string[] = process.argv.slice(2)) {
  try {
    const { values } = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h', default: false } }, strict: true, allowPositionals: false });
    if ((values as { help?: boolean }).help) {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    return values as ReturnType<typeof parseArgs<{ options: T; strict: true; allowPositionals: false }>>['values'];
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    process.exit(2);
  }
}
