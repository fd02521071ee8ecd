import { backoffDelay, retry, systemClock, type Clock } from '@gitops-actions/kit';

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

describe('retry', () => {
  it('retries until success with jittered exponential delays', async () => {
    const clock = fakeClock();
    let calls = 0;
    const result = await retry(
      (attempt) => {
        calls++;
        if (attempt < 4) return Promise.reject(new Error(`fail ${attempt}`));
        return Promise.resolve('done');
      },
      { attempts: 5, baseMs: 100, maxMs: 250, clock, random: () => 1 },
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
    expect(clock.slept).toEqual([100, 200, 250]);
  });

  it('stops at once on a non-retryable error', async () => {
    const clock = fakeClock();
    let calls = 0;
    await expect(
      retry(
        () => {
          calls++;
          return Promise.reject(new Error('bad token'));
        },
        { attempts: 10, clock, retryable: () => false },
      ),
    ).rejects.toThrow('bad token');
    expect(calls).toBe(1);
    expect(clock.slept).toEqual([]);
  });

  it('rethrows the last error when attempts run out', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    await expect(
      retry((attempt) => Promise.reject(new Error(`attempt ${attempt}`)), {
        attempts: 3,
        clock,
        onRetry: ({ attempt }) => seen.push(attempt),
      }),
    ).rejects.toThrow('attempt 3');
    expect(seen).toEqual([1, 2]);
  });

  it('keeps every delay within [0, ceiling]', () => {
    for (let attempt = 1; attempt < 12; attempt++) {
      const d = backoffDelay(attempt, 100, 2000, Math.random);
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(Math.min(2000, 100 * 2 ** (attempt - 1)));
    }
    expect(backoffDelay(3, 100, 2000, () => 0)).toBe(0);
  });
});

describe('systemClock', () => {
  it('ends a sleep early when its signal aborts, and at once when already aborted', async () => {
    const controller = new AbortController();
    const slept = systemClock.sleep(60_000, controller.signal);
    controller.abort();
    await expect(slept).resolves.toBeUndefined();
    await expect(systemClock.sleep(60_000, controller.signal)).resolves.toBeUndefined();
  });

  it("keeps a sleep past setTimeout's range long instead of firing at once", async () => {
    const controller = new AbortController();
    let woke = false;
    const slept = systemClock.sleep(Infinity, controller.signal).then(() => (woke = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(woke).toBe(false);
    controller.abort();
    await slept;
  });
});
