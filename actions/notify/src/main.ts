import { defineAction, systemClock } from '@gitops-actions/kit';
import { headerSecrets, notify, urlSecrets } from '@gitops-actions/notify';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'send the notification',
  inputs: (reader) => getInputs(reader),
  // The Slack URL's path is its credential; header values carry tokens.
  secrets: (i) => [
    ...urlSecrets(i.slack?.url ?? ''),
    ...urlSecrets(i.webhook?.url ?? ''),
    ...headerSecrets(i.webhook?.headers ?? {}),
  ],
  run: (inputs, { log }) => notify(inputs, { log, clock: systemClock }),
  outputs: (result) => ({ slack: result.slack, webhook: result.webhook }),
});
