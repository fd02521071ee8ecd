import { defineAction } from '@gitops-actions/kit';
import { promoteOnGitHub, renderSummary } from '@gitops-actions/promotion';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'open the promotion pull request',
  inputs: getInputs,
  secrets: (i) => [i.token],
  run: (inputs, { log }) => promoteOnGitHub(inputs, log, process.env),
  outputs: (result) => ({
    'pull-request-number': result.pull ? String(result.pull.number) : '',
    'pull-request-url': result.pull?.url ?? '',
    operation: result.operation,
    'head-sha': result.headSha,
    'previous-tag': result.previousTag,
    'merge-state': result.merge?.state ?? '',
    merged: String(result.merge?.state === 'merged'),
    'merge-commit-sha': result.merge?.commit ?? '',
  }),
  summary: (result, inputs) => renderSummary(inputs, result),
});
