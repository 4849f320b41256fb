/**
 * Lines that arrive while the console runs — log lines (human-readable in console mode) such as
 * "Knowledge reloaded: 2 articles" — printed so that they never land on the `factdesk>` prompt:
 * the prompt line is cleared, the notice printed, and the prompt redrawn with what was typed so far.
 */

/** Where a notice goes once the console has started. */
export type NoticeTarget = (line: string) => void;

/**
 * A log sink for the console. Before the console starts (the first knowledge load), lines wait and
 * are printed after the console's intro; after it stops, or if it never starts, they go to the
 * fallback (stderr).
 *
 * @example
 * const notices = new ConsoleNotices();
 * const logger = createLogger({ format: 'human', write: notices.write });
 * await runConsole({ input, output, knowledge, notices });
 */
export class ConsoleNotices {
  private pending: string[] = [];
  private target: NoticeTarget | undefined;
  private flushOnExit = false;
  private readonly fallback: NoticeTarget;

  constructor(fallback: NoticeTarget = (line) => void process.stderr.write(`${line}\n`)) {
    this.fallback = fallback;
  }

  /** Takes one or more lines (a trailing newline is dropped); usable as a logger's `write`. */
  readonly write = (text: string): void => {
    for (const line of text.replace(/\n$/, '').split('\n')) {
      if (this.target) this.target(line);
      else this.hold(line);
    }
  };

  /** From now on lines go to `target`; the lines that waited go first. */
  attach(target: NoticeTarget): void {
    this.target = target;
    const waiting = this.pending;
    this.pending = [];
    for (const line of waiting) target(line);
  }

  /** The console has stopped: lines go to the fallback again. */
  detach(): void {
    this.target = this.fallback;
  }

  private hold(line: string): void {
    this.pending.push(line);
    if (this.flushOnExit) return;
    this.flushOnExit = true;
    // A start-up that fails before the console runs must not swallow what was logged.
    process.once('exit', () => {
      for (const waiting of this.pending) this.fallback(waiting);
      this.pending = [];
    });
  }
}
