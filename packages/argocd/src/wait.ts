// Waits for several Argo CD applications at once: follow each app's watch stream, fall back to
// polling when a proxy breaks streaming, and decide after every change with the pure `evaluate`.
import { ActionError, formatDuration, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import { ArgoApiError, type ArgoApi, type Refresh } from './client.js';
import {
  evaluate,
  evaluateGone,
  isOperationRunning,
  revisionMatches,
  shortSha,
  snapshotOf,
  type Disappearance,
  type Evaluation,
  type Expectations,
  type Memory,
  type RevisionRelation,
} from './decision.js';
import { OPERATION, explain, isTlsError } from './errors.js';
import { describeRollout, rolloutProgress, type RolloutProgress } from './rollout.js';
import { appKey, type Application, type AppRef, type ResourceNode, type ResourceResult } from './types.js';

export interface WaitOptions {
  apps: AppRef[];
  expect: Expectations;
  refresh: 'none' | Refresh;
  sync: boolean;
  timeoutMs: number;
  /** For messages only. */
  server: string;
  /** Polling fallback: first interval, doubled while nothing changes, up to max. */
  pollMinMs?: number;
  pollMaxMs?: number;
  /** While streaming, one GET after this long without any event, in case a proxy buffers the stream. */
  safetyPollMs?: number;
  /** Consecutive stream failures before an app switches to polling. */
  maxStreamFailures?: number;
  /** How often grace periods are re-checked without new data. */
  tickMs?: number;
}

export interface WaitPorts {
  api: ArgoApi;
  log: Logger;
  clock?: Pick<Clock, 'now'>;
}

export interface UnhealthyResource {
  kind: string;
  namespace: string;
  name: string;
  status: string;
  message: string;
}

export interface AppReport {
  key: string;
  evaluation: Evaluation;
  rollout?: RolloutProgress;
  /** Failing resources: sync results for a failed sync, resource-tree nodes for Degraded. */
  resources: UnhealthyResource[];
  mode: 'stream' | 'polling';
}

export interface WaitResult {
  outcome: 'done' | 'failed' | 'timeout';
  apps: AppReport[];
  durationMs: number;
  /** Why the wait did not succeed, every app's last state included; empty when done. */
  message: string;
}

interface Tracker {
  ref: AppRef;
  key: string;
  app: Application;
  memory: Memory;
  evaluation?: Evaluation;
  lastLine: string;
  lastSeen: number;
  mode: 'stream' | 'polling';
  rollout?: RolloutProgress;
  rolloutSignature: string;
  resources: UnhealthyResource[];
  /** Set once the app no longer exists; every later evaluation says so. */
  gone?: Disappearance;
  /** Other synced revisions compared with the expected one (undefined while the comparison runs). */
  related: Map<string, RevisionRelation | undefined>;
  /** Argo CD's last comparison and operation when the wait began: until either changes, a state at another
   *  revision may just be stale. */
  startMark: string;
}

type Outcome = WaitResult['outcome'];

export async function waitForApps(opts: WaitOptions, ports: WaitPorts): Promise<WaitResult> {
  const clock = ports.clock ?? systemClock;
  const started = clock.now();
  const trackers = await Promise.all(opts.apps.map((ref) => initialState(ref, opts, ports, clock.now())));
  if (opts.sync) await Promise.all(trackers.map((t) => triggerSync(t, opts, ports)));
  const run = new WaitRun(trackers, opts, ports, clock);
  const outcome = await run.until();
  await Promise.all(trackers.map((t) => enrichFailure(t, ports.api)));
  return {
    outcome,
    apps: trackers.map(report),
    durationMs: clock.now() - started,
    message: outcome === 'done' ? '' : failureMessage(outcome, trackers, opts.timeoutMs),
  };
}

async function initialState(ref: AppRef, opts: WaitOptions, ports: WaitPorts, now: number): Promise<Tracker> {
  const key = appKey(ref);
  try {
    const app = await ports.api.getApp(ref, opts.refresh === 'none' ? undefined : opts.refresh);
    return {
      ref,
      key,
      app,
      memory: {},
      lastLine: '',
      lastSeen: now,
      mode: 'stream',
      rolloutSignature: '',
      resources: [],
      related: new Map(),
      startMark: comparisonMark(app),
    };
  } catch (error) {
    if (error instanceof ArgoApiError && (error.status === 404 || error.status === 403)) {
      throw await unknownApp(key, error, opts, ports.api);
    }
    throw explain(error, opts);
  }
}

/** Names what the token can see, so a typo or a missing `namespace/` prefix is obvious. */
async function unknownApp(
  key: string,
  error: ArgoApiError,
  opts: WaitOptions,
  api: ArgoApi,
): Promise<ActionError> {
  const visible = await api.listApps().then(
    (apps) =>
      apps.map((a) =>
        a.metadata?.namespace && a.metadata.namespace !== 'argocd'
          ? `${a.metadata.namespace}/${a.metadata.name}`
          : (a.metadata?.name ?? ''),
      ),
    () => undefined,
  );
  const seen =
    visible === undefined
      ? ''
      : visible.length > 0
        ? ` The token can see: ${visible.sort().join(', ')}.`
        : ' The token can see no applications at all.';
  const denied = error.status === 403;
  const cause = denied
    ? `application '${key}' is not visible to the token (${error.detail || 'permission denied'})`
    : `application '${key}' was not found`;
  const hint =
    `Check the names in \`applications\` (use \`namespace/name\` for apps outside the control-plane namespace)` +
    `${denied ? ' and grant the token `applications, get` on its project' : ''}.${seen}`;
  return new ActionError(OPERATION, cause, { hint, cause: error });
}

async function triggerSync(t: Tracker, opts: WaitOptions, ports: WaitPorts): Promise<void> {
  try {
    t.app = await ports.api.sync(t.ref);
    ports.log.info(`${t.key}: sync requested`);
  } catch (error) {
    // Auto-sync (or a person) may have started one first: that one is as good as ours.
    if (error instanceof ArgoApiError && /another operation is already in progress/i.test(error.detail)) {
      ports.log.info(`${t.key}: a sync operation is already running; following it`);
      return;
    }
    throw explain(error, opts);
  }
}

class WaitRun {
  private readonly abort = new AbortController();
  private settled = false;
  private resolve: (outcome: Outcome) => void = () => {};
  private reject: (error: unknown) => void = () => {};
  /** Rollout reads and revision comparisons still in flight; the wait settles only after them. */
  private readonly pendingFetches = new Set<Promise<void>>();

  constructor(
    private readonly trackers: Tracker[],
    private readonly opts: WaitOptions,
    private readonly ports: WaitPorts,
    private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async until(): Promise<Outcome> {
    const done = new Promise<Outcome>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    for (const t of this.trackers) this.update(t, t.app);
    if (this.settled) return this.finish(done);
    const timeout = setTimeout(() => this.settle('timeout'), Math.max(0, this.opts.timeoutMs));
    const ticker = setInterval(() => this.tick(), this.opts.tickMs ?? 250);
    const followers = this.trackers.map((t) => this.follow(t).catch((error: unknown) => this.fail(error)));
    try {
      return await this.finish(done);
    } finally {
      clearTimeout(timeout);
      clearInterval(ticker);
      await Promise.allSettled(followers);
    }
  }

  private async finish(done: Promise<Outcome>): Promise<Outcome> {
    try {
      return await done;
    } finally {
      this.abort.abort();
      await Promise.allSettled([...this.pendingFetches]);
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

  /**
   * Applies one observation of an app, logs a line if its state changed, and ends the wait if it can.
   * `fresh` is false when only the clock moved, so a silent stream still earns its safety GET.
   */
  private update(t: Tracker, app: Application, fresh = true): void {
    if (this.settled) return;
    t.app = app;
    if (fresh) t.lastSeen = this.clock.now();
    const related = new Map([...t.related].filter((e): e is [string, RevisionRelation] => !!e[1]));
    const evaluation = t.gone
      ? evaluateGone(app, t.gone)
      : evaluate(app, { ...this.opts.expect, related }, this.clock.now(), t.memory);
    t.evaluation = evaluation;
    t.memory = evaluation.memory;
    this.logTransition(t, evaluation);
    if (!t.gone) this.watchRollout(t);
    if (!t.gone && evaluation.verdict.state === 'waiting') this.relateRevision(t);
    if (this.trackers.some((x) => x.evaluation?.verdict.state === 'failed')) this.settle('failed');
    else if (this.trackers.every((x) => x.evaluation?.verdict.state === 'done')) this.settle('done');
  }

  /**
   * The app settled Synced at a revision that is not the expected one: ask Argo CD, once per revision,
   * whether it renders the expected revision's manifests (then what runs is what we wait for) and, if not,
   * whether it is newer (then the expected one will never run). An older one is simply waited past.
   */
  private relateRevision(t: Tracker): void {
    const expected = this.opts.expect.revision;
    const s = snapshotOf(t.app);
    if (!expected || s.sync !== 'Synced' || isOperationRunning(t.app) || !s.revision) return;
    // Before Argo CD has compared the app again (after the wait's refresh), a state at an older commit is
    // the usual case and costs no requests; only a revision it chose since then is worth asking about.
    if (comparisonMark(t.app) === t.startMark) return;
    if (revisionMatches(s.revision, expected) || t.related.has(s.revision)) return;
    const revision = s.revision;
    t.related.set(revision, undefined);
    const api = this.ports.api;
    const relate = async (): Promise<RevisionRelation> => {
      const [ours, theirs] = await Promise.all([
        api.manifests(t.ref, expected),
        api.manifests(t.ref, revision),
      ]);
      if (sameManifests(ours, theirs)) return { kind: 'same-manifests' };
      const [oursAt, theirsAt] = await Promise.all([
        api.revisionDate(t.ref, expected),
        api.revisionDate(t.ref, revision),
      ]);
      const newer = oursAt && theirsAt && Date.parse(theirsAt) > Date.parse(oursAt);
      return newer ? { kind: 'newer', committedAt: theirsAt } : { kind: 'older' };
    };
    const fetch: Promise<void> = relate().then(
      (relation) => {
        t.related.set(revision, relation);
        this.update(t, t.app, false);
      },
      // Not asked again (every tick would): if Argo CD cannot render the expected commit, the app is at an
      // older revision it fetched before ours, and syncing ours later ends the wait the usual way.
      () => undefined,
    );
    this.pendingFetches.add(fetch);
    void fetch.then(() => this.pendingFetches.delete(fetch));
  }

  /** The app no longer exists (a parent app pruned it, or a person deleted it): no later state can come. */
  private vanish(t: Tracker, how: Disappearance, last: Application = t.app): void {
    if (this.settled || t.gone) return;
    t.gone = how;
    this.update(t, last);
  }

  private logTransition(t: Tracker, e: Evaluation): void {
    const s = e.snapshot;
    const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
    const state = `sync ${s.sync}, health ${s.health}${op}, revision ${shortSha(s.revision) || '-'}`;
    const line = `${t.key}: ${state} — ${e.verdict.state}: ${e.verdict.reason}`;
    if (line === t.lastLine) return;
    t.lastLine = line;
    this.ports.log.info(line);
  }

  /** Re-checks grace periods and, while streaming, asks once when the stream has been silent too long. */
  private tick(): void {
    const now = this.clock.now();
    for (const t of this.trackers) {
      this.update(t, t.app, false);
      const safety = this.opts.safetyPollMs ?? 30_000;
      if (t.mode === 'stream' && now - t.lastSeen >= safety) {
        t.lastSeen = now;
        this.ports.api.getApp(t.ref).then(
          (app) => this.update(t, app),
          (error: unknown) => {
            const gone = disappearance(error);
            if (gone) this.vanish(t, gone);
          },
        );
      }
    }
  }

  private async follow(t: Tracker): Promise<void> {
    const signal = this.abort.signal;
    let failures = 0;
    let pollDelay = this.opts.pollMinMs ?? 1000;
    while (!signal.aborted) {
      if (t.mode === 'stream') {
        try {
          await this.ports.api.watch(
            t.ref,
            (event) => {
              failures = 0;
              if (event.type === 'DELETED') this.vanish(t, 'deleted', event.application);
              else this.update(t, event.application);
            },
            signal,
          );
          failures++; // a clean end is a drop too (server restart, proxy idle timeout)
        } catch (error) {
          if (signal.aborted) return;
          if (isFatal(error)) throw error;
          failures++;
          this.ports.log.debug(`${t.key}: watch stream failed: ${(error as Error).message}`);
        }
        if (failures >= (this.opts.maxStreamFailures ?? 3)) {
          t.mode = 'polling';
          this.ports.log.info(`${t.key}: the watch stream keeps failing; polling instead`);
        } else {
          // The stream starts with the app's current state, so a reconnect loses no transition.
          await sleep(100 * 2 ** (failures - 1), signal);
        }
      } else {
        await sleep(pollDelay, signal);
        if (signal.aborted) return;
        try {
          const before = t.lastLine;
          this.update(t, await this.ports.api.getApp(t.ref));
          pollDelay =
            t.lastLine !== before
              ? (this.opts.pollMinMs ?? 1000)
              : Math.min(pollDelay * 2, this.opts.pollMaxMs ?? 10_000);
        } catch (error) {
          if (signal.aborted) return;
          const gone = disappearance(error);
          if (gone) return this.vanish(t, gone);
          if (isFatal(error)) throw error;
          pollDelay = Math.min(pollDelay * 2, this.opts.pollMaxMs ?? 10_000);
        }
      }
    }
  }

  /** Logs canary progress when the app manages a Rollout whose state changed. */
  private watchRollout(t: Tracker): void {
    const resource = t.app.status?.resources?.find((r) => r.kind === 'Rollout' && r.group === 'argoproj.io');
    if (!resource?.name) return;
    const signature = JSON.stringify([
      resource.health,
      t.app.status?.sync?.revision,
      t.app.status?.health?.status,
    ]);
    if (signature === t.rolloutSignature) return;
    t.rolloutSignature = signature;
    const fetch = this.ports.api
      .liveResource(t.ref, {
        group: resource.group,
        version: resource.version ?? 'v1alpha1',
        kind: 'Rollout',
        namespace: resource.namespace,
        name: resource.name,
      })
      .then(
        (live) => {
          if (live === undefined) return;
          const progress = rolloutProgress(live);
          const line = describeRollout(progress);
          if (t.rollout && describeRollout(t.rollout) === line) return;
          t.rollout = progress;
          this.ports.log.info(`${t.key}: ${line}`);
        },
        (error: unknown) => this.ports.log.debug(`${t.key}: could not read the Rollout: ${String(error)}`),
      )
      .finally(() => this.pendingFetches.delete(fetch));
    this.pendingFetches.add(fetch);
  }
}

function isFatal(error: unknown): boolean {
  return (
    (error instanceof ArgoApiError && (error.status === 401 || error.status === 403)) || isTlsError(error)
  );
}

/** What changes when Argo CD compares the app again or finishes an operation (times have 1 s resolution). */
function comparisonMark(app: Application): string {
  const status = app.status ?? {};
  return `${status.reconciledAt ?? ''}|${status.operationState?.finishedAt ?? ''}`;
}

/** Argo CD renders manifests in a stable order per revision; compare them as sets all the same. */
function sameManifests(a: string[], b: string[]): boolean {
  const norm = (list: string[]) => list.map((m) => JSON.stringify(JSON.parse(m) as unknown)).sort();
  try {
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  } catch {
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  }
}

/**
 * An app the first GET found is gone when a later GET answers 404, or 403: Argo CD hides a missing
 * app behind the same "permission denied" as one the token may not read.
 */
function disappearance(error: unknown): Disappearance | undefined {
  if (!(error instanceof ArgoApiError)) return undefined;
  if (error.status === 404) return 'deleted';
  if (error.status === 403) return 'denied';
  return undefined;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}

const UNHEALTHY = new Set(['Degraded', 'Missing', 'Unknown']);

/** After a failure, names the resources at fault: the sync results, or the resource tree's unhealthy nodes. */
async function enrichFailure(t: Tracker, api: ArgoApi): Promise<void> {
  const verdict = t.evaluation?.verdict;
  if (verdict?.state !== 'failed') return;
  if (verdict.kind === 'sync-failed') {
    t.resources = verdict.resources.map(fromResult);
    return;
  }
  if (verdict.kind !== 'degraded') return;
  const tree = await api.resourceTree(t.ref).catch(() => undefined);
  const nodes = (tree?.nodes ?? []).filter((n) => UNHEALTHY.has(n.health?.status ?? ''));
  const fromStatus = (t.app.status?.resources ?? []).filter((r) => UNHEALTHY.has(r.health?.status ?? ''));
  t.resources = nodes.length > 0 ? nodes.map(fromNode) : fromStatus.map(fromNode);
}

function fromResult(r: ResourceResult): UnhealthyResource {
  return {
    kind: r.kind ?? '',
    namespace: r.namespace ?? '',
    name: r.name ?? '',
    status: r.status || r.hookPhase || '',
    message: r.message ?? '',
  };
}

function fromNode(n: ResourceNode): UnhealthyResource {
  return {
    kind: n.kind ?? '',
    namespace: n.namespace ?? '',
    name: n.name ?? '',
    status: n.health?.status ?? '',
    message: n.health?.message ?? '',
  };
}

function report(t: Tracker): AppReport {
  return {
    key: t.key,
    evaluation: t.evaluation ?? evaluate(t.app, { acceptSuspended: false, degradedGraceMs: 0 }, 0, {}),
    rollout: t.rollout,
    resources: t.resources,
    mode: t.mode,
  };
}

export function describeResource(r: UnhealthyResource): string {
  const where = r.namespace ? `${r.namespace}/${r.name}` : r.name;
  return `${r.kind} ${where}: ${r.status}${r.message ? ` — ${r.message}` : ''}`;
}

function failureMessage(outcome: Outcome, trackers: Tracker[], timeoutMs: number): string {
  if (outcome === 'timeout') {
    const states = trackers.map((t) => `  ${t.key}: ${stateLine(t)}`);
    return [`timed out after ${formatDuration(timeoutMs)}; last state:`, ...states].join('\n');
  }
  const failed = trackers.filter((t) => t.evaluation?.verdict.state === 'failed');
  return failed
    .map((t) => {
      const lines = [`${t.key}: ${t.evaluation?.verdict.reason ?? ''}`];
      for (const r of t.resources) lines.push(`  - ${describeResource(r)}`);
      if (t.rollout) lines.push(`  - ${describeRollout(t.rollout)}`);
      return lines.join('\n');
    })
    .join('\n');
}

function stateLine(t: Tracker): string {
  const e = t.evaluation;
  if (!e) return 'no state received';
  const s = e.snapshot;
  const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
  const rollout = t.rollout ? `; ${describeRollout(t.rollout)}` : '';
  return `sync ${s.sync}, health ${s.health}${op}, revision ${shortSha(s.revision) || '-'} (${e.verdict.reason})${rollout}`;
}
