import { ActionError, createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import {
  OPERATION,
  failureHint,
  renderWaitSummary,
  waitForArgoCd,
  waitOutputs,
} from '@gitops-actions/argocd';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    OPERATION,
    async ({ runner, inputs: raw, secrets, log }) => {
      const request = getInputs(raw);
      secrets.add(request.token);
      const result = await waitForArgoCd(request, { log });
      for (const [name, value] of Object.entries(waitOutputs(result))) runner.setOutput(name, value);
      runner.appendSummary(renderWaitSummary(result, request.server));
      if (result.outcome !== 'done')
        throw new ActionError(OPERATION, result.message, { hint: failureHint(result, request) });
    },
    ctx,
  );
}
