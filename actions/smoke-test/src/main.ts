import { ActionError, defineAction, systemClock } from '@gitops-actions/kit';
import {
  OPERATION,
  headerSecrets,
  renderSmokeSummary,
  smokeFailure,
  smokeOutputs,
  smokeTest,
} from '@gitops-actions/smoke';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: OPERATION,
  inputs: getInputs,
  secrets: (request) => headerSecrets(request.headers),
  run: (request, { log }) => smokeTest(request, { log, clock: systemClock }),
  outputs: (result) => smokeOutputs(result),
  summary: (result) => renderSmokeSummary(result),
  finish: (result, request) => {
    const failure = smokeFailure(result, request);
    if (failure) throw new ActionError(OPERATION, failure.message, { hint: failure.hint });
  },
});
