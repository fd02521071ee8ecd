// Reporting a wait: a log line whenever an app's state changes, canary progress of its Rollout, the
// resources at fault once it failed, and the per-app report and message the caller gets.
import { formatDuration, type Logger } from '@gitops-actions/kit';
import type { ArgoApi } from './client.js';
import { assessApp, shortSha, type AppAssessment, type Snapshot } from './decision.js';
import { describeHydration } from './hydrator.js';
import { WAIT_FOR_ARGOCD_INPUTS, type ArgoInputNames } from './inputs.js';
import { describeAnalysis, readAnalysisRuns } from './analysis.js';
import { describeRollout, rolloutProgress } from './rollout.js';
import { judgeRollout } from './rollout-action.js';
import type { Tracker, WaitContext } from './tracker.js';
import type { ResourceNode, ResourceResult } from './types.js';
import type { AppReport, UnhealthyResource, WaitResult } from './wait-types.js';

/** Logs the app's state and verdict, once per change. */
export function logTransition(log: Logger, t: Tracker, a: AppAssessment): void {
  const line = `${t.key}: ${describeState(a.snapshot)} — ${a.verdict.state}: ${a.verdict.reason}`;
  if (line === t.lastLine) return;
  t.lastLine = line;
  log.info(line);
}

function describeState(s: Snapshot): string {
  const op = s.operationPhase ? `, operation ${s.operationPhase}` : '';
  const revision =
    s.hydratedRevision === undefined
      ? shortSha(s.revision) || '-'
      : describeHydration(s.revision, s.hydratedRevision);
  return `sync ${s.sync}, health ${s.health}${op}, revision ${revision}`;
}

/** Logs canary progress when the app manages a Rollout whose state changed. */
export function watchRollout(ctx: WaitContext, t: Tracker): void {
  const resource = t.app.status?.resources?.find((r) => r.kind === 'Rollout' && r.group === 'argoproj.io');
  if (!resource?.name) return;
  const signature = JSON.stringify([
    resource.health,
    t.app.status?.sync?.revision,
    t.app.status?.health?.status,
  ]);
  if (signature === t.rolloutSignature) return;
  t.rolloutSignature = signature;
  const query = {
    group: resource.group,
    version: resource.version ?? 'v1alpha1',
    kind: 'Rollout',
    namespace: resource.namespace,
    name: resource.name,
  };
  const read = ctx.api.liveResource(t.ref, query, ctx.deadline).then(
    (live) => {
      if (live === undefined) return;
      const progress = rolloutProgress(live);
      const line = describeRollout(progress);
      const changed = !t.rollout || describeRollout(t.rollout) !== line;
      t.rollout = progress;
      if (changed) ctx.log.info(`${t.key}: ${line}`);
      judgeRollout(ctx, t, progress, query);
    },
    (error: unknown) => ctx.log.debug(`${t.key}: could not read the Rollout: ${String(error)}`),
  );
  ctx.inBackground(read);
}

const UNHEALTHY = new Set(['Degraded', 'Missing', 'Unknown']);

/** After a failure, names the resources at fault: the sync results, or the resource tree's unhealthy nodes. */
export async function enrichFailure(t: Tracker, api: ArgoApi, signal: AbortSignal): Promise<void> {
  const verdict = t.assessment?.verdict;
  if (verdict?.state !== 'failed') return;
  if (verdict.kind === 'sync-failed') {
    t.resources = verdict.resources.map(fromResult);
    return;
  }
  if ((verdict.kind === 'degraded' || verdict.kind === 'rollout') && t.rollout && !signal.aborted) {
    t.analysis = await rolloutAnalysis(t, api, signal);
  }
  if (verdict.kind !== 'degraded' || signal.aborted) return;
  const tree = await api.resourceTree(t.ref, signal).catch(() => undefined);
  const nodes = (tree?.nodes ?? []).filter((n) => UNHEALTHY.has(n.health?.status ?? ''));
  const fromStatus = (t.app.status?.resources ?? []).filter((r) => UNHEALTHY.has(r.health?.status ?? ''));
  t.resources = nodes.length > 0 ? nodes.map(fromNode) : fromStatus.map(fromNode);
}

/** The AnalysisRuns of the app's Rollout, from a fresh read of it (the one the wait kept may be older). */
async function rolloutAnalysis(t: Tracker, api: ArgoApi, signal: AbortSignal) {
  const resource = t.app.status?.resources?.find((r) => r.kind === 'Rollout' && r.group === 'argoproj.io');
  const rollout = t.rollout!;
  const query = {
    group: 'argoproj.io',
    version: resource?.version ?? 'v1alpha1',
    kind: 'Rollout',
    namespace: resource?.namespace ?? rollout.namespace,
    name: resource?.name ?? rollout.name,
  };
  const live = await api.liveResource(t.ref, query, signal).catch(() => undefined);
  const fresh = live === undefined ? rollout : rolloutProgress(live);
  const namespace = fresh.namespace ?? query.namespace;
  return readAnalysisRuns(api, t.ref, { ...fresh, namespace }, signal).catch(() => []);
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

/** The report on one app; `inputs` names the caller's knobs should its state still need assessing. */
export function appReport(t: Tracker, inputs?: ArgoInputNames): AppReport {
  // An app is left unassessed when another one ended the wait during the first round.
  const assess = () => assessApp(t.app, { acceptSuspended: false, degradedGraceMs: 0 }, 0, {}, inputs);
  return {
    key: t.key,
    assessment: t.assessment ?? assess(),
    rollout: t.rollout,
    ...(t.window ? { window: t.window } : {}),
    ...(t.analysis?.length ? { analysis: t.analysis } : {}),
    resources: t.resources,
    mode: t.mode,
  };
}

export function describeResource(r: UnhealthyResource): string {
  const where = r.namespace ? `${r.namespace}/${r.name}` : r.name;
  return `${r.kind} ${where}: ${r.status}${r.message ? ` — ${r.message}` : ''}`;
}

/** Why the wait did not succeed: every app's last state on a timeout, else each failed app and its resources. */
export function failureMessage(
  outcome: WaitResult['outcome'],
  trackers: Tracker[],
  opts: { timeoutMs: number; inputs?: ArgoInputNames },
  problems: string[] = [],
): string {
  if (outcome === 'timeout') {
    const states = trackers.map((t) => `  ${t.key}: ${stateLine(t)}`);
    const timeout = (opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).timeout;
    const trouble = problems.length
      ? [`Argo CD when \`${timeout}\` ran out:`, ...problems.map((p) => `  - ${p}`)]
      : [];
    return [`timed out after ${formatDuration(opts.timeoutMs)}; last state:`, ...states, ...trouble].join(
      '\n',
    );
  }
  const failed = trackers.filter((t) => t.assessment?.verdict.state === 'failed');
  return failed
    .map((t) => {
      const lines = [`${t.key}: ${t.assessment?.verdict.reason ?? ''}`];
      for (const r of t.resources) lines.push(`  - ${describeResource(r)}`);
      if (t.rollout) lines.push(`  - ${describeRollout(t.rollout)}`);
      for (const a of t.analysis ?? []) lines.push(...describeAnalysis(a).map((l) => `  - ${l}`));
      return lines.join('\n');
    })
    .join('\n');
}

function stateLine(t: Tracker): string {
  const a = t.assessment;
  if (!a) return 'no state received';
  const rollout = t.rollout ? `; ${describeRollout(t.rollout)}` : '';
  return `${describeState(a.snapshot)} (${a.verdict.reason})${rollout}`;
}
