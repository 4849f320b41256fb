/**
 * Per-user cooldown for channel questions: one question per window; the first extra message in a
 * window gets a short notice, later ones are ignored, so a spammer cannot make the bot spam.
 */
export type CooldownDecision = 'allow' | 'notice' | 'ignore';

export class Cooldown {
  private readonly until = new Map<string, { until: number; noticed: boolean }>();

  constructor(private readonly windowMs: number) {}

  /**
   * @example new Cooldown(5000).check('u1', 0) // 'allow', then 'notice', then 'ignore' until 5000
   */
  check(userId: string, now: number): CooldownDecision {
    const entry = this.until.get(userId);
    if (!entry || now >= entry.until) {
      if (this.until.size > 10_000) this.prune(now);
      this.until.set(userId, { until: now + this.windowMs, noticed: false });
      return 'allow';
    }
    if (entry.noticed) return 'ignore';
    entry.noticed = true;
    return 'notice';
  }

  private prune(now: number): void {
    for (const [user, entry] of this.until) if (now >= entry.until) this.until.delete(user);
  }
}
