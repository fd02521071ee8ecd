// Following one app's state: its watch stream, or polling when a proxy keeps breaking the stream, and a
// safety GET when a stream stays silent. Every state read goes to the wait through `ctx.observe`.
import { backoffDelay } from '@gitops-actions/kit';
import { ArgoApiError } from './client.js';
import type { Disappearance } from './decision.js';
import { isTlsError } from './errors.js';
import { pause } from './timers.js';
import type { Tracker, WaitContext } from './tracker.js';

/** Follows `t` until the wait is over or the app is gone; rejects on a failure no retry can fix. */
export async function follow(ctx: WaitContext, t: Tracker): Promise<void> {
  const stream = { failures: 0 };
  let pollDelay = ctx.opts.pollMinMs ?? 1000;
  while (!ctx.signal.aborted && !t.gone) {
    if (t.mode === 'stream') await streamOnce(ctx, t, stream);
    else pollDelay = await pollOnce(ctx, t, pollDelay);
  }
}

/** One connection of the watch stream, then the pause before the next one or the switch to polling. */
async function streamOnce(ctx: WaitContext, t: Tracker, stream: { failures: number }): Promise<void> {
  try {
    await ctx.api.watch(
      t.ref,
      (event) => {
        stream.failures = 0;
        if (event.type === 'DELETED') ctx.vanish(t, 'deleted', event.application);
        else ctx.observe(t, event.application);
      },
      ctx.signal,
    );
    stream.failures++; // a clean end is a drop too (server restart, proxy idle timeout)
  } catch (error) {
    if (ctx.signal.aborted) return;
    if (isFatal(error)) throw error;
    stream.failures++;
    ctx.log.debug(`${t.key}: watch stream failed: ${(error as Error).message}`);
  }
  if (stream.failures >= (ctx.opts.maxStreamFailures ?? 3)) {
    t.mode = 'polling';
    ctx.log.info(`${t.key}: the watch stream keeps failing; polling instead`);
  } else {
    // The stream starts with the app's current state, so a reconnect loses no transition.
    await pause(ctx.clock, 100 + backoffDelay(stream.failures, 200, 2000, Math.random), ctx.signal);
  }
}

/** Pauses, asks once, and returns the next pause: the shortest after a change, doubled while nothing changes. */
async function pollOnce(ctx: WaitContext, t: Tracker, delay: number): Promise<number> {
  const { pollMinMs = 1000, pollMaxMs = 10_000 } = ctx.opts;
  await pause(ctx.clock, delay, ctx.signal);
  if (ctx.signal.aborted) return delay;
  try {
    const before = t.lastLine;
    ctx.observe(t, await ctx.api.getApp(t.ref, undefined, ctx.signal));
    return t.lastLine !== before ? pollMinMs : Math.min(delay * 2, pollMaxMs);
  } catch (error) {
    if (ctx.signal.aborted) return delay;
    const gone = disappearance(error);
    if (gone) ctx.vanish(t, gone);
    else if (isFatal(error)) throw error;
    return Math.min(delay * 2, pollMaxMs);
  }
}

/** While streaming, asks once when the stream has been silent too long, in case a proxy buffers it. */
export function safetyGet(ctx: WaitContext, t: Tracker, now: number): void {
  if (t.mode !== 'stream' || now - t.lastSeen < (ctx.opts.safetyPollMs ?? 30_000)) return;
  t.lastSeen = now;
  void ctx.api.getApp(t.ref, undefined, ctx.signal).then(
    (app) => ctx.observe(t, app),
    (error: unknown) => {
      const gone = disappearance(error);
      if (gone) ctx.vanish(t, gone);
    },
  );
}

function isFatal(error: unknown): boolean {
  return (
    (error instanceof ArgoApiError && (error.status === 401 || error.status === 403)) || isTlsError(error)
  );
}

/**
 * An app the first GET found is gone when a later GET answers 404, or 403: Argo CD hides a missing
 * app behind the same "permission denied" as one the token may not read.
 */
function disappearance(error: unknown): Disappearance | undefined {
  // A proxy's 404 page says nothing about the app.
  if (!(error instanceof ArgoApiError) || error.kind !== 'status') return undefined;
  if (error.status === 404) return 'deleted';
  if (error.status === 403) return 'denied';
  return undefined;
}
