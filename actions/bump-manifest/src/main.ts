import { defineAction, runnerPorts } from '@gitops-actions/kit';
import { renderSummary } from '@gitops-actions/bump';
import { bumpOrPropose } from '@gitops-actions/promotion';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'bump the manifest',
  inputs: getInputs,
  secrets: (i) => [i.token],
  run: async (inputs, { log }) => {
    const result = await bumpOrPropose(inputs, runnerPorts(log));
    if (inputs.dryRun && result.diff) log.info(result.diff);
    return result;
  },
  outputs: (result) => ({
    changed: String(result.changed),
    'commit-sha': result.commitSha,
    'previous-tag': result.previousTag,
    files: JSON.stringify(result.changedFiles),
    attempts: String(result.attempts),
    'pull-request-url': result.pullRequest?.url ?? '',
    'pull-request-number': result.pullRequest ? String(result.pullRequest.number) : '',
  }),
  summary: (result, inputs) => renderSummary(inputs, result),
});
