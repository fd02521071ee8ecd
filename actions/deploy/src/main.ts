import { createContext, exec, runAction, systemClock, type ActionContext } from '@gitops-actions/kit';
import { deploy, deployOutputs, deploySecrets, renderDeploySummary } from '@gitops-actions/deploy';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'deploy the image',
    async ({ runner, inputs: raw, secrets, log }) => {
      const request = getInputs(raw);
      for (const secret of deploySecrets(request)) secrets.add(secret);
      const report = await deploy(request, {
        exec,
        log,
        clock: systemClock,
        env: process.env,
        workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: process.env['RUNNER_TEMP'] || undefined,
      });
      for (const [name, value] of Object.entries(deployOutputs(report))) runner.setOutput(name, value);
      runner.appendSummary(secrets.redact(renderDeploySummary(report, request)));
      if (report.error !== undefined) throw report.error;
    },
    ctx,
  );
}
