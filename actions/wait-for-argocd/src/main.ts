import { ActionError, defineAction } from '@gitops-actions/kit';
import {
  OPERATION,
  failureHint,
  renderWaitSummary,
  waitForArgoCd,
  waitOutputs,
} from '@gitops-actions/argocd';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: OPERATION,
  inputs: getInputs,
  secrets: (request) => [request.token],
  run: (request, { log }) => waitForArgoCd(request, { log }),
  outputs: (result) => waitOutputs(result),
  summary: (result, request) => renderWaitSummary(result, request.server),
  finish: (result, request) => {
    if (result.outcome === 'done') return;
    throw new ActionError(OPERATION, result.message, { hint: failureHint(result, request) });
  },
});
