import { type InputReader } from '@gitops-actions/kit';
import {
  DEGRADED_GRACE_BOUNDS,
  REFRESH_MODES,
  ROLLOUT_ACTIONS,
  SYNC_WINDOW_MODES,
  TIMEOUT_BOUNDS,
  WAIT_FOR_ARGOCD_INPUTS as NAMES,
  appRefInput,
  caCertInput,
  deploymentInputs,
  revisionInput,
  serverInput,
  type WaitInputs,
} from '@gitops-actions/argocd';

/** Parses and validates every input once, in action.yml's order; each error names the input at fault. */
export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): WaitInputs {
  const server = serverInput(NAMES, raw.string('server', { required: true }));
  const token = raw.secret('token', { required: true });
  const apps = raw
    .multiline('applications', { required: true })
    .map((line) => appRefInput('applications', line));
  const revision = revisionInput('revision', raw.string('revision'));
  const refresh = raw.enum('refresh', REFRESH_MODES, 'normal');
  const sync = raw.boolean('sync', false);
  const timeoutMs = raw.duration('timeout', TIMEOUT_BOUNDS);
  const degradedGraceMs = raw.duration('degraded-grace', DEGRADED_GRACE_BOUNDS);
  const acceptSuspended = raw.boolean('accept-suspended', false);
  const insecure = raw.boolean('insecure', false);
  const ca = caCertInput('ca-cert', raw.string('ca-cert'));
  const syncWindow = raw.enum('sync-window', SYNC_WINDOW_MODES, 'fail');
  const rolloutTimeoutMs =
    raw.string('rollout-timeout') === '' ? undefined : raw.duration('rollout-timeout', TIMEOUT_BOUNDS);
  const rolloutAction = raw.enum('rollout-action', ['', ...ROLLOUT_ACTIONS], '') || undefined;
  const expect = { revision, acceptSuspended, degradedGraceMs };
  const deployment = deploymentInputs(raw, env, { server, apps, revision });
  return {
    server,
    token,
    apps,
    expect,
    refresh,
    sync,
    timeoutMs,
    insecure,
    ca,
    syncWindow,
    rolloutTimeoutMs,
    rolloutAction,
    inputs: NAMES,
    deployment,
  };
}
