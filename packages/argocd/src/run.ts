// Deciding when a wait ends: every observation of an app is assessed and logged when it changed, and the
// wait settles as soon as one app failed or every app is done, or when the deadline passes.
import type { Clock, Logger } from '@gitops-actions/kit';
import type { ArgoApi } from './client.js';
import { assessApp, assessGoneApp, ownSyncState, type Disappearance } from './decision.js';
import { explain } from './errors.js';
import { follow, safetyGet } from './follow.js';
import { WAIT_FOR_ARGOCD_INPUTS } from './inputs.js';
import { knownRelations, relateRevision } from './relate.js';
import { logTransition, watchRollout } from './report.js';
import { rolloutOverdue } from './rollout-action.js';
import { pause, type Deadline } from './timers.js';
import type { Tracker, WaitContext } from './tracker.js';
import type { Application } from './types.js';
import type { ArgoPorts, WaitOptions, WaitResult } from './wait-types.js';

type Outcome = WaitResult['outcome'];

export class WaitRun implements WaitContext {
  readonly api: ArgoApi;
  readonly log: Logger;
  readonly signal: AbortSignal;
  private readonly abort = new AbortController();
  private settled = false;
  private resolve: (outcome: Outcome) => void = () => {};
  private reject: (error: unknown) => void = () => {};
  /** Rollout reads and revision comparisons still in flight; the wait settles only after them. */
  private readonly pending = new Set<Promise<void>>();
  /** What was going wrong with Argo CD when the deadline passed. */
  problems: string[] = [];

  constructor(
    private readonly trackers: Tracker[],
    readonly opts: WaitOptions,
    ports: ArgoPorts,
    readonly clock: Clock,
    private readonly limit: Deadline,
  ) {
    this.api = ports.api;
    this.log = ports.log;
    this.signal = this.abort.signal;
  }

  get deadline(): AbortSignal {
    return this.limit.signal;
  }

  async until(): Promise<Outcome> {
    const done = new Promise<Outcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (const t of this.trackers) this.observe(t, t.app);
    if (this.limit.passed) this.timedOut();
    if (this.settled) return this.finish(done);
    this.limit.signal.addEventListener('abort', this.timedOut);
    const loops = [
      this.ticking(),
      ...this.trackers.map((t) => follow(this, t).catch((error: unknown) => this.fail(error))),
    ];
    try {
      return await this.finish(done);
    } finally {
      this.limit.signal.removeEventListener('abort', this.timedOut);
      await Promise.allSettled(loops);
    }
  }

  /** Before anything is stopped, so that a request still hanging is named in the message. */
  private readonly timedOut = (): void => {
    if (this.settled || !this.limit.passed) return;
    this.problems = this.api.problems?.() ?? [];
    this.settle('timeout');
  };

  private async ticking(): Promise<void> {
    const every = this.opts.tickMs ?? 250;
    while (!this.signal.aborted) {
      await pause(this.clock, every, this.signal);
      if (!this.signal.aborted) this.tick();
    }
  }

  observe(t: Tracker, app: Application, fresh = true): void {
    if (this.settled) return;
    t.app = app;
    if (fresh) t.lastSeen = this.clock.now();
    const own = t.ownSync && ownSyncState(app, t.ownSync);
    if (own === 'running') t.ownSync!.started = true;
    const expect = {
      ...this.opts.expect,
      // A Rollout paused at its gate is what `rollout-action` acts on, so it is not done yet.
      acceptSuspended: this.opts.expect.acceptSuspended && !this.opts.rolloutAction,
      related: knownRelations(t),
      ownSync: t.ownSync,
    };
    // Once ours succeeded, a later operation is somebody else's, judged like any other.
    if (own === 'succeeded') t.ownSync = undefined;
    const inputs = this.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
    let assessment = t.gone
      ? assessGoneApp(app, t.gone)
      : assessApp(app, expect, this.clock.now(), t.memory, inputs);
    if (assessment.verdict.state === 'waiting' && !t.gone) {
      t.rolloutFailure ??= rolloutOverdue(this, t);
      const failure = t.rolloutFailure;
      if (failure) {
        assessment = {
          ...assessment,
          verdict: { state: 'failed', kind: 'rollout', resources: [], ...failure },
        };
      }
    }
    t.assessment = assessment;
    t.memory = assessment.memory;
    logTransition(this.log, t, assessment);
    if (!t.gone) watchRollout(this, t);
    if (!t.gone && assessment.verdict.state === 'waiting') relateRevision(this, t);
    if (this.trackers.some((x) => x.assessment?.verdict.state === 'failed')) this.settle('failed');
    else if (this.trackers.every((x) => x.assessment?.verdict.state === 'done')) this.settle('done');
  }

  vanish(t: Tracker, how: Disappearance, last: Application = t.app): void {
    if (this.settled || t.gone) return;
    t.gone = how;
    this.observe(t, last);
  }

  inBackground(work: Promise<void>): void {
    this.pending.add(work);
    const forget = () => this.pending.delete(work);
    void work.then(forget, forget);
  }

  private async finish(done: Promise<Outcome>): Promise<Outcome> {
    try {
      return await done;
    } finally {
      this.abort.abort();
      await Promise.allSettled([...this.pending]);
    }
  }

  private settle(outcome: Outcome): void {
    if (this.settled) return;
    this.settled = true;
    this.resolve(outcome);
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    this.reject(explain(error, this.opts));
  }

  /** Re-checks grace periods and, while streaming, asks once when the stream has been silent too long. */
  private tick(): void {
    const now = this.clock.now();
    for (const t of this.trackers) {
      this.observe(t, t.app, false);
      safetyGet(this, t, now);
    }
  }
}
