import { createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import { bump, renderSummary } from '@gitops-actions/bump';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'bump the manifest',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      secrets.add(inputs.token);
      const result = await bump(inputs, { log, tempDir: process.env['RUNNER_TEMP'] || undefined });
      if (inputs.dryRun && result.diff) log.info(result.diff);
      runner.setOutput('changed', String(result.changed));
      runner.setOutput('commit-sha', result.commitSha);
      runner.setOutput('previous-tag', result.previousTag);
      runner.setOutput('files', JSON.stringify(result.changedFiles));
      runner.setOutput('attempts', String(result.attempts));
      runner.appendSummary(renderSummary(inputs, result));
    },
    ctx,
  );
}
