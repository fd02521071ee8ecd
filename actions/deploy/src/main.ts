import { defineAction, runnerPorts } from '@gitops-actions/kit';
import { deploy, deployOutputs, deploySecrets, renderDeploySummary } from '@gitops-actions/deploy';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'deploy the image',
  inputs: getInputs,
  secrets: deploySecrets,
  run: (request, { log }) => deploy(request, runnerPorts(log)),
  // Written for a failed deploy too: they tell how far it got.
  outputs: (report) => deployOutputs(report),
  summary: (report, request) => renderDeploySummary(report, request),
  finish: (report) => {
    if (report.error !== undefined) throw report.error;
  },
});
