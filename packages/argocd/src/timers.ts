// The wait's own timers (its deadline, ticker, pauses, and each request's limit) run on the caller's
// Clock, so a test's clock drives them without real waits; yet each is cancellable, so a wait that is
// over neither lingers for a pause nor keeps the process alive with a timer.
import type { Clock } from '@gitops-actions/kit';

/** Resolves after `ms` on `clock`, or at once when `signal` aborts, whether or not the clock heeds it. */
export function pause(clock: Clock, ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      signal.removeEventListener('abort', done);
      resolve();
    };
    signal.addEventListener('abort', done);
    void clock.sleep(Math.max(0, ms), signal).then(done);
  });
}

/** Calls `onExpire` once `ms` passed on `clock` since the last (re)start, unless cancelled first. */
export class Timer {
  private stop = new AbortController();

  constructor(
    private readonly clock: Clock,
    private readonly ms: number,
    private readonly onExpire: () => void,
  ) {
    this.arm();
  }

  restart(): void {
    this.stop.abort();
    this.stop = new AbortController();
    this.arm();
  }

  cancel(): void {
    this.stop.abort();
  }

  private arm(): void {
    const { signal } = this.stop;
    void pause(this.clock, this.ms, signal).then(() => {
      if (!signal.aborted) this.onExpire();
    });
  }
}

/**
 * The end of a whole wait: `signal` aborts when it passes (then `passed` is true) or when `end()` says
 * the wait is over, so every request and pause still running stops either way.
 */
export class Deadline {
  readonly at: number;
  private readonly controller = new AbortController();
  private readonly timer: Timer;
  private expired = false;

  constructor(
    private readonly clock: Clock,
    readonly ms: number,
  ) {
    this.at = clock.now() + ms;
    this.timer = new Timer(clock, ms, () => {
      this.expired = true;
      this.controller.abort();
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get passed(): boolean {
    return this.expired;
  }

  remaining(): number {
    return Math.max(0, this.at - this.clock.now());
  }

  end(): void {
    this.timer.cancel();
    this.controller.abort();
  }
}
