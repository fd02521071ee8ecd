// What the wait does about a Rollout besides logging it: run `rollout-action` on a Rollout paused at a
// manual gate (Argo CD's resource action, so the token's RBAC decides), fail at once on an aborted
// canary, and fail one that has not finished its steps within `rollout-timeout`.
import { formatDuration } from '@gitops-actions/kit';
import { ArgoApiError, type ResourceQuery } from './client.js';
import { isOperationRunning, revisionMatches, snapshotOf, syncedRevisions } from './decision.js';
import { WAIT_FOR_ARGOCD_INPUTS } from './inputs.js';
import { describeRollout, type RolloutProgress } from './rollout.js';
import type { Tracker, WaitContext } from './tracker.js';

/**
 * Argo CD's Lua actions for a Rollout: `promote` is `resume` (clears the pause, as `kubectl argo
 * rollouts promote` does: the next steps, their pauses and analysis still run), not `promote-full`,
 * which skips every remaining step and analysis.
 */
export const ARGO_ACTION = { promote: 'resume', abort: 'abort' } as const;

/** The app is synced at the expected revision with no operation running: its Rollout is ours to judge. */
export function rolloutIsOurs(ctx: WaitContext, t: Tracker): boolean {
  const expected = ctx.opts.expect.revision;
  if (isOperationRunning(t.app) || snapshotOf(t.app).sync !== 'Synced') return false;
  return !expected || syncedRevisions(t.app).some((r) => revisionMatches(r, expected));
}

function finished(p: RolloutProgress): boolean {
  return p.steps > 0 ? p.stepIndex >= p.steps && !p.paused : p.phase === 'Healthy';
}

/** Called with each new read of the app's Rollout. */
export function judgeRollout(ctx: WaitContext, t: Tracker, p: RolloutProgress, query: ResourceQuery): void {
  if (!rolloutIsOurs(ctx, t)) return;
  if (!finished(p) && t.rolloutSince === undefined) t.rolloutSince = ctx.clock.now();
  if (p.aborted && !t.rolloutFailure) {
    t.rolloutFailure = {
      reason: `${describeRollout(p)}: the canary was aborted`,
    };
    ctx.observe(t, t.app, false);
    return;
  }
  const action = ctx.opts.rolloutAction;
  if (action && p.gate && !p.aborted) act(ctx, t, p, query, action);
}

function act(
  ctx: WaitContext,
  t: Tracker,
  p: RolloutProgress,
  query: ResourceQuery,
  action: 'promote' | 'abort',
): void {
  const api = ctx.api;
  if (!api.runResourceAction) return;
  t.rolloutActed ??= new Set();
  const key = action === 'abort' ? -1 : p.stepIndex;
  if (t.rolloutActed.has(key)) return;
  t.rolloutActed.add(key);
  const name = ARGO_ACTION[action];
  const input = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).rolloutAction ?? 'the rollout action';
  ctx.log.info(`${t.key}: ${describeRollout(p)}; running Argo CD's \`${name}\` action (${input}: ${action})`);
  const run = api.runResourceAction(t.ref, query, name, ctx.deadline).then(
    () => {
      ctx.log.info(`${t.key}: Argo CD ran \`${name}\` on Rollout ${p.name}`);
      if (action === 'abort') {
        t.rolloutFailure = { reason: `${describeRollout(p)}: aborted as \`${input}: abort\` asked` };
        ctx.observe(t, t.app, false);
      }
    },
    (error: unknown) => {
      t.rolloutFailure = refused(t, p, name, error);
      ctx.observe(t, t.app, false);
    },
  );
  ctx.inBackground(run);
}

function refused(
  t: Tracker,
  p: RolloutProgress,
  action: string,
  error: unknown,
): { reason: string; hint?: string } {
  const reason = `could not run \`${action}\` on Rollout ${p.name}: ${(error as Error).message}`;
  if (!(error instanceof ArgoApiError) || error.status !== 403 || error.kind !== 'status') return { reason };
  const project = t.app.spec?.project ?? 'default';
  const object = t.ref.namespace ? `${project}/${t.ref.namespace}/${t.ref.name}` : `${project}/${t.ref.name}`;
  return {
    reason,
    hint:
      `The token may not run that action: add to argocd-rbac-cm, for the token's role, ` +
      `\`p, <role>, applications, action/argoproj.io/Rollout/${action}, ${object}, allow\`.`,
  };
}

/** The Rollout has not finished its steps within `rollout-timeout`: its failure, else undefined. */
export function rolloutOverdue(ctx: WaitContext, t: Tracker): { reason: string } | undefined {
  const limit = ctx.opts.rolloutTimeoutMs;
  if (limit === undefined || t.rolloutSince === undefined || !t.rollout || finished(t.rollout))
    return undefined;
  const spent = ctx.clock.now() - t.rolloutSince;
  if (spent < limit) return undefined;
  const input = (ctx.opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS).rolloutTimeout ?? 'the rollout timeout';
  return {
    reason: `${describeRollout(t.rollout)}: not finished after ${formatDuration(spent)}, longer than ${input} (${formatDuration(limit)})`,
  };
}
