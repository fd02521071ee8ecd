import { ActionError, defineAction } from '@gitops-actions/kit';
import {
  OPERATION,
  deploymentOutputs,
  deploymentSummary,
  failureHint,
  renderWaitSummary,
  waitAndReport,
  waitOutputs,
} from '@gitops-actions/argocd';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: OPERATION,
  inputs: (raw) => getInputs(raw),
  secrets: (request) => [request.token, ...(request.deployment ? [request.deployment.token] : [])],
  run: (request, { log }) => waitAndReport(request, log),
  outputs: (result) => ({ ...waitOutputs(result.wait), ...deploymentOutputs(result.deployment) }),
  summary: (result, request) =>
    renderWaitSummary(result.wait, request.server) + deploymentSummary(result.deployment),
  finish: ({ wait }, request) => {
    if (wait.outcome === 'done') return;
    throw new ActionError(OPERATION, wait.message, { hint: failureHint(wait, request) });
  },
});
