import { createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import { promoteOnGitHub, renderSummary } from '@gitops-actions/promotion';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'open the promotion pull request',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      secrets.add(inputs.token);
      const result = await promoteOnGitHub(inputs, log, process.env);
      runner.setOutput('pull-request-number', result.pull ? String(result.pull.number) : '');
      runner.setOutput('pull-request-url', result.pull?.url ?? '');
      runner.setOutput('operation', result.operation);
      runner.setOutput('head-sha', result.headSha);
      runner.setOutput('previous-tag', result.previousTag);
      runner.appendSummary(renderSummary(inputs, result));
    },
    ctx,
  );
}
