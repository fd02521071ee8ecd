import { ActionError, createContext, runAction, type ActionContext, type Runner } from '@gitops-actions/kit';
import { ArgoClient, OPERATION, waitForApps, type WaitResult } from '@gitops-actions/argocd';
import { getInputs, type Inputs } from './inputs.js';
import { renderSummary } from './summary.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    OPERATION,
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      secrets.add(inputs.token);
      const client = new ArgoClient({
        server: inputs.server,
        token: inputs.token,
        ca: inputs.caCert,
        insecure: inputs.insecure,
      });
      try {
        const result = await waitForApps(waitOptions(inputs), { api: client, log });
        setOutputs(runner, result);
        runner.appendSummary(renderSummary(result, inputs.server));
        log.debug(`${client.requests} requests to Argo CD`);
        if (result.outcome !== 'done')
          throw new ActionError(OPERATION, result.message, { hint: hint(result, inputs) });
      } finally {
        client.close();
      }
    },
    ctx,
  );
}

function waitOptions(inputs: Inputs) {
  return {
    apps: inputs.applications,
    expect: {
      revision: inputs.revision,
      acceptSuspended: inputs.acceptSuspended,
      degradedGraceMs: inputs.degradedGraceMs,
    },
    refresh: inputs.refresh,
    sync: inputs.sync,
    timeoutMs: inputs.timeoutMs,
    server: inputs.server,
  };
}

/** Aggregates for several apps: the value all share, else the one that needs attention first. */
function worst(values: string[], order: string[]): string {
  const unique = [...new Set(values)];
  if (unique.length <= 1) return unique[0] ?? '';
  return [...unique].sort((a, b) => rank(a, order) - rank(b, order))[0] ?? '';
}

function rank(value: string, order: string[]): number {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

function setOutputs(runner: Runner, result: WaitResult): void {
  const snaps = result.apps.map((a) => a.evaluation.snapshot);
  runner.setOutput(
    'sync-status',
    worst(
      snaps.map((s) => s.sync),
      ['Unknown', 'OutOfSync', 'Synced'],
    ),
  );
  runner.setOutput(
    'health-status',
    worst(
      snaps.map((s) => s.health),
      ['Missing', 'Degraded', 'Unknown', 'Progressing', 'Suspended', 'Healthy'],
    ),
  );
  runner.setOutput('revision', [...new Set(snaps.map((s) => s.revision))].join(','));
  runner.setOutput('duration-seconds', (result.durationMs / 1000).toFixed(1));
  runner.setOutput(
    'applications',
    JSON.stringify(
      result.apps.map((a) => ({
        name: a.key,
        sync: a.evaluation.snapshot.sync,
        health: a.evaluation.snapshot.health,
        revision: a.evaluation.snapshot.revision,
        operation: a.evaluation.snapshot.operationPhase,
        message: a.evaluation.verdict.reason,
        state: a.evaluation.verdict.state,
      })),
    ),
  );
}

function hint(result: WaitResult, inputs: Inputs): string | undefined {
  if (result.outcome === 'timeout') {
    return inputs.sync
      ? 'Raise `timeout` if the rollout is just slow; the last state of each app is above.'
      : 'Raise `timeout` if the rollout is just slow; for apps without auto-sync set `sync: true`.';
  }
  const kinds = result.apps.map((a) =>
    a.evaluation.verdict.state === 'failed' ? a.evaluation.verdict.kind : '',
  );
  if (kinds.includes('deleted'))
    return (
      'If a parent app (app of apps) or an ApplicationSet pruned it, check that its manifests still ' +
      'declare the app; re-run once the application exists again.'
    );
  if (kinds.includes('degraded'))
    return 'Fix the unhealthy resources above, or raise `degraded-grace` if they recover on their own.';
  if (kinds.includes('superseded'))
    return 'Another commit was deployed after yours; wait for that one instead, or re-run to redeploy.';
  if (kinds.includes('sync-failed'))
    return 'Fix the manifests at the failing resources above and push a new commit.';
  return undefined;
}
