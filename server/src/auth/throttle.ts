// Slows down guessing: after `maxFailures` failed sign-ins for one key (a username, an address), every further
// try is refused for a lock-out that doubles with each failure (from `lockMs`, at most 15 minutes), until a sign-in
// succeeds or 15 minutes pass without a failure. In memory: a restart forgets, and each server process counts its own.

const FORGET_AFTER_MS = 15 * 60_000;
const LONGEST_LOCK_MS = 15 * 60_000;

interface Failures {
  count: number;
  lockedUntil: number;
  last: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockMs: number,
    private readonly now: () => number,
  ) {}

  /** Milliseconds until the key may try again; 0 when it is not locked. */
  retryAfter(key: string): number {
    const now = this.now();
    const entry = this.failures.get(key);
    if (!entry) return 0;
    if (now - entry.last > FORGET_AFTER_MS) {
      this.failures.delete(key);
      return 0;
    }
    return Math.max(0, entry.lockedUntil - now);
  }

  /** Counts a failure; returns the lock-out that now applies (0: none yet). */
  fail(key: string): number {
    const now = this.now();
    const entry = this.failures.get(key) ?? { count: 0, lockedUntil: 0, last: now };
    entry.count += 1;
    entry.last = now;
    let lock = 0;
    if (entry.count >= this.maxFailures) {
      lock = Math.min(this.lockMs * 2 ** (entry.count - this.maxFailures), LONGEST_LOCK_MS);
      entry.lockedUntil = now + lock;
    }
    this.failures.set(key, entry);
    if (this.failures.size > 10_000) this.forgetOld(now);
    return lock;
  }

  /** A successful sign-in clears the count (for the username; an address keeps its own). */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  private forgetOld(now: number): void {
    for (const [key, entry] of this.failures) if (now - entry.last > FORGET_AFTER_MS) this.failures.delete(key);
  }
}
