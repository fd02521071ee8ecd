// Waits for several Argo CD applications at once: read each app once (asking Argo CD to refresh it),
// sync it if asked, follow every app until the wait decides, then report. The pieces: `follow.ts`
// (stream and poll), `relate.ts` (other revisions), `run.ts` (when to stop), `report.ts` (what to say).
// One deadline bounds it all, every request included.
import { ActionError, shown, systemClock } from '@gitops-actions/kit';
import { ArgoApiError, ArgoClient, type ArgoApi } from './client.js';
import { operationMark } from './decision.js';
import { OPERATION, deadlineError, explain } from './errors.js';
import { isWindowRefusal, passWindows, type GateContext } from './gate.js';
import { WAIT_FOR_ARGOCD_INPUTS } from './inputs.js';
import { comparisonMark } from './relate.js';
import { appReport, enrichFailure, failureMessage } from './report.js';
import { WaitRun } from './run.js';
import { Deadline } from './timers.js';
import type { Tracker } from './tracker.js';
import { appKey, type AppRef } from './types.js';
import type { ArgoPorts, WaitOptions, WaitResult } from './wait-types.js';

export async function waitForApps(opts: WaitOptions, ports: ArgoPorts): Promise<WaitResult> {
  const clock = ports.clock ?? systemClock;
  const started = clock.now();
  const deadline = new Deadline(clock, opts.timeoutMs);
  try {
    const trackers = await bounded(deadline, opts, () =>
      Promise.all(opts.apps.map((ref) => initialState(ref, opts, ports, deadline.signal))),
    );
    const gate: GateContext = { opts, ports, clock, deadline };
    const open = await bounded(deadline, opts, () => Promise.all(trackers.map((t) => openAndSync(gate, t))));
    if (open.includes(false)) {
      return {
        outcome: 'failed',
        apps: trackers.map((t) => appReport(t, opts.inputs)),
        durationMs: clock.now() - started,
        message: failureMessage('failed', trackers, opts),
      };
    }
    const run = new WaitRun(trackers, opts, ports, clock, deadline);
    const outcome = await run.until();
    await Promise.all(trackers.map((t) => enrichFailure(t, ports.api, deadline.signal)));
    const problems = run.problems;
    return {
      outcome,
      apps: trackers.map((t) => appReport(t, opts.inputs)),
      durationMs: clock.now() - started,
      message: outcome === 'done' ? '' : failureMessage(outcome, trackers, opts, problems),
      problems,
    };
  } finally {
    deadline.end();
  }
}

/** A step before the run: a failure is explained, or, once the deadline passed, said to have hung. */
async function bounded<T>(deadline: Deadline, opts: WaitOptions, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof ActionError) throw error;
    throw deadline.passed ? deadlineError(error, opts) : explain(error, opts);
  }
}

/** A wait and the Argo CD it talks to. */
export interface ArgoWaitRequest extends WaitOptions {
  token: string;
  /** PEM text of the CA to trust for `server`. */
  ca?: string;
  insecure?: boolean;
}

/** `waitForApps` through a client of its own for `request.server`, closed before this returns. */
export async function waitForArgoCd(
  request: ArgoWaitRequest,
  ports: Omit<ArgoPorts, 'api'>,
): Promise<WaitResult> {
  const { server, token, ca, insecure } = request;
  const clock = ports.clock ?? systemClock;
  const client = new ArgoClient({
    server,
    token,
    ca,
    insecure,
    clock,
    deadline: clock.now() + request.timeoutMs,
    requestTimeoutMs: request.requestTimeoutMs ?? requestLimit(request.timeoutMs),
    streamIdleMs: request.streamIdleMs,
    // The first retry of a request is worth a line; the ones after it only in a debug log.
    onRetry: (message, attempt) => {
      if (attempt === 1) ports.log.info(`Argo CD: ${message}`);
      else ports.log.debug(`Argo CD: ${message}`);
    },
  });
  try {
    const result = await waitForApps(request, { ...ports, clock, api: client });
    ports.log.debug(`${client.requests} requests to Argo CD`);
    return result;
  } finally {
    client.close();
  }
}

/** A third of the wait, between 1 s and 30 s: one hung request leaves time for the retries that may help. */
function requestLimit(timeoutMs: number): number {
  return Math.min(30_000, Math.max(1000, Math.round(timeoutMs / 3)));
}

async function initialState(
  ref: AppRef,
  opts: WaitOptions,
  ports: ArgoPorts,
  signal: AbortSignal,
): Promise<Tracker> {
  const key = appKey(ref);
  try {
    const app = await ports.api.getApp(ref, opts.refresh === 'none' ? undefined : opts.refresh, signal);
    return {
      ref,
      key,
      app,
      memory: {},
      lastLine: '',
      lastSeen: (ports.clock ?? systemClock).now(),
      mode: 'stream',
      rolloutSignature: '',
      resources: [],
      related: new Map(),
      startMark: comparisonMark(app),
    };
  } catch (error) {
    if (
      error instanceof ArgoApiError &&
      error.kind === 'status' &&
      (error.status === 404 || error.status === 403)
    ) {
      throw await unknownApp(key, error, opts, ports.api, signal);
    }
    throw error;
  }
}

/** Names what the token can see, so a typo or a missing `namespace/` prefix is obvious. */
async function unknownApp(
  key: string,
  error: ArgoApiError,
  opts: WaitOptions,
  api: ArgoApi,
  signal: AbortSignal,
): Promise<ActionError> {
  const visible = await api.listApps(signal).then(
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
    ? `application ${shown(key)} is not visible to the token (Argo CD says ${shown(error.detail || 'permission denied')})`
    : `application ${shown(key)} was not found`;
  const applications = (opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).applications;
  const hint =
    `Check the names in \`${applications}\` (use \`namespace/name\` for apps outside the control-plane namespace)` +
    `${denied ? ' and grant the token `applications, get` on its project' : ''}.${seen}`;
  return new ActionError(OPERATION, cause, { hint, cause: error });
}

/**
 * Lets the app through its sync windows, then triggers its sync when asked; false when a window keeps it
 * from syncing (then `t` says which). A sync Argo CD refuses for a window goes back to the windows.
 */
async function openAndSync(gate: GateContext, t: Tracker): Promise<boolean> {
  if (!(await passWindows(gate, t))) return false;
  if (!gate.opts.sync) return true;
  for (let attempt = 0; attempt < 3; attempt++) {
    const refused = await triggerSync(t, gate.ports, gate.deadline.signal);
    if (!refused) return true;
    if (!(await passWindows(gate, t, refused))) return false;
  }
  return true;
}

/** Asks Argo CD to sync; returns its refusal when a sync window blocks it. */
async function triggerSync(
  t: Tracker,
  ports: ArgoPorts,
  signal: AbortSignal,
): Promise<ArgoApiError | undefined> {
  // What the app showed before: any other operation state that follows is ours (or a later one).
  const before = operationMark(t.app);
  try {
    t.app = await ports.api.sync(t.ref, signal);
    t.ownSync = { before, started: false };
    ports.log.info(`${t.key}: sync requested`);
    return undefined;
  } catch (error) {
    // Auto-sync (or a person) may have started one first: that one is as good as ours.
    // It is followed as ours: its failure fails the wait too. (It may even be ours, when a retried
    // POST lost the answer to the first one.)
    if (error instanceof ArgoApiError && /another operation is already in progress/i.test(error.detail)) {
      t.ownSync = { before, started: false };
      ports.log.info(`${t.key}: a sync operation is already running; following it`);
      return undefined;
    }
    if (isWindowRefusal(error)) return error;
    throw error;
  }
}
