import { createContext, exec, runAction, type ActionContext } from '@gitops-actions/kit';
import { changedApps } from '@gitops-actions/changes';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'list the apps the push touches',
    async ({ runner, inputs: raw, log }) => {
      const inputs = getInputs(raw);
      const result = await changedApps(inputs, { exec, log });
      runner.setOutput('apps', result.apps.join('\n'));
      runner.setOutput('files', JSON.stringify(result.files));
    },
    ctx,
  );
}
