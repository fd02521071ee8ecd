/** Time as a port, so retry and timeout logic is testable without waiting. */
export interface Clock {
  now(): number;
  /**
   * Resolves after `ms`, or early once `signal` aborts, so a wait that is over neither lingers for a
   * pause nor keeps the process alive. A test's clock may ignore the signal: callers race it anyway.
   */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      // setTimeout fires at once for anything past 2^31-1 ms (Infinity included): a long wait stays long.
      const timer = setTimeout(done, Math.min(Math.max(0, ms), 2_147_483_647));
      signal?.addEventListener('abort', done);
    }),
};

export interface RetryOptions {
  attempts: number;
  baseMs?: number;
  maxMs?: number;
  clock?: Clock;
  random?: () => number;
  /** Whether a failure is worth another attempt; non-retryable errors are rethrown at once. */
  retryable?: (error: unknown) => boolean;
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
}

/** Full-jitter exponential backoff: delay is uniform in [0, min(max, base * 2^(attempt-1))]. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** Runs `fn(attempt)` until it resolves, a failure is not retryable, or attempts run out. */
export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { attempts, baseMs = 200, maxMs = 5000, clock = systemClock, random = Math.random } = opts;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      const retryable = opts.retryable?.(error) ?? true;
      if (!retryable || attempt >= attempts) throw error;
      const delayMs = backoffDelay(attempt, baseMs, maxMs, random);
      opts.onRetry?.({ attempt, delayMs, error });
      await clock.sleep(delayMs);
    }
  }
}
