// Waits for several Argo CD applications at once: read each app once (asking Argo CD to refresh it),
// sync it if asked, follow every app until the wait decides, then report. The pieces: `follow.ts`
// (stream and poll), `relate.ts` (other revisions), `run.ts` (when to stop), `report.ts` (what to say).
import { ActionError, systemClock } from '@gitops-actions/kit';
import { ArgoApiError, ArgoClient, type ArgoApi } from './client.js';
import { OPERATION, explain } from './errors.js';
import { WAIT_FOR_ARGOCD_INPUTS } from './inputs.js';
import { comparisonMark } from './relate.js';
import { appReport, enrichFailure, failureMessage } from './report.js';
import { WaitRun } from './run.js';
import type { Tracker } from './tracker.js';
import { appKey, type AppRef } from './types.js';
import type { ArgoPorts, WaitOptions, WaitResult } from './wait-types.js';

export async function waitForApps(opts: WaitOptions, ports: ArgoPorts): Promise<WaitResult> {
  const clock = ports.clock ?? systemClock;
  const started = clock.now();
  const trackers = await Promise.all(opts.apps.map((ref) => initialState(ref, opts, ports, clock.now())));
  if (opts.sync) await Promise.all(trackers.map((t) => triggerSync(t, opts, ports)));
  const outcome = await new WaitRun(trackers, opts, ports, clock).until();
  await Promise.all(trackers.map((t) => enrichFailure(t, ports.api)));
  return {
    outcome,
    apps: trackers.map((t) => appReport(t, opts.inputs)),
    durationMs: clock.now() - started,
    message: outcome === 'done' ? '' : failureMessage(outcome, trackers, opts.timeoutMs),
  };
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
  const client = new ArgoClient({ server, token, ca, insecure });
  try {
    const result = await waitForApps(request, { ...ports, api: client });
    ports.log.debug(`${client.requests} requests to Argo CD`);
    return result;
  } finally {
    client.close();
  }
}

async function initialState(ref: AppRef, opts: WaitOptions, ports: ArgoPorts, now: number): Promise<Tracker> {
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
  const applications = (opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).applications;
  const hint =
    `Check the names in \`${applications}\` (use \`namespace/name\` for apps outside the control-plane namespace)` +
    `${denied ? ' and grant the token `applications, get` on its project' : ''}.${seen}`;
  return new ActionError(OPERATION, cause, { hint, cause: error });
}

async function triggerSync(t: Tracker, opts: WaitOptions, ports: ArgoPorts): Promise<void> {
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
