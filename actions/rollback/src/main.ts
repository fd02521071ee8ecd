import { defineAction, runnerPorts } from '@gitops-actions/kit';
import { renderSummary, rollback } from '@gitops-actions/rollback';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'roll back',
  inputs: getInputs,
  secrets: (i) => [i.token],
  run: (inputs, { log }) => rollback(inputs, runnerPorts(log)),
  outputs: (result) => ({
    'restored-tag': result.restoredTag,
    'restored-digest': result.restoredDigest,
    'previous-tag': result.previousTag,
    'commit-sha': result.commitSha,
    'pull-request-url': result.pullRequestUrl,
    changed: String(result.changed),
  }),
  summary: (result, inputs) => renderSummary(inputs, result),
});
