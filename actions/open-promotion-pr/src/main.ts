import { createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'open the promotion pull request',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      secrets.add(inputs.token);
      // Octokit is loaded only now, so a run that fails on its inputs starts fast.
      const { promoteWithGitHub } = await import('./github.js');
      const result = await promoteWithGitHub(inputs, log, process.env);
      runner.setOutput('pull-request-number', result.pull ? String(result.pull.number) : '');
      runner.setOutput('pull-request-url', result.pull?.url ?? '');
      runner.setOutput('operation', result.operation);
      runner.setOutput('head-sha', result.headSha);
      runner.setOutput('previous-tag', result.previousTag);
      const { renderSummary } = await import('./summary.js');
      runner.appendSummary(renderSummary(inputs, result));
    },
    ctx,
  );
}
