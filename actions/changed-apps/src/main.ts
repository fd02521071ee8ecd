import { defineAction, runnerPorts } from '@gitops-actions/kit';
import { appsJson, changedApps } from '@gitops-actions/changes';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'list the apps the push touches',
  inputs: getInputs,
  run: (inputs, { log }) => changedApps(inputs, runnerPorts(log)),
  outputs: (result) => ({
    apps: result.apps.join('\n'),
    'apps-json': appsJson(result.apps),
    files: JSON.stringify(result.files),
  }),
});
