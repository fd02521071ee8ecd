import {
  createContext,
  exec,
  runAction,
  systemClock,
  type ActionContext,
  type Runner,
} from '@gitops-actions/kit';
import { waitOutputs } from '@gitops-actions/argocd';
import type { DeployReport } from './deploy.js';
import { getInputs, type Inputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'deploy the image',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      maskSecrets(inputs, (s) => secrets.add(s));
      // Builders, Trivy, YAML and git load only once the inputs are known to be good.
      const { deploy, newReport } = await import('./deploy.js');
      const { renderReport } = await import('./summary.js');
      const report = newReport(inputs);
      let failed = true;
      try {
        await deploy(
          inputs,
          {
            exec,
            log,
            clock: systemClock,
            env: process.env,
            workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
            tempDir: process.env['RUNNER_TEMP'] || undefined,
          },
          report,
        );
        failed = false;
      } finally {
        setOutputs(runner, report);
        runner.appendSummary(secrets.redact(renderReport(report, inputs, failed)));
      }
    },
    ctx,
  );
}

function maskSecrets(inputs: Inputs, add: (secret: string) => void): void {
  const { username, password } = inputs.image;
  add(password);
  if (password) add(Buffer.from(`${username}:${password}`).toString('base64'));
  add(inputs.gitops.token);
  if (inputs.argocd) add(inputs.argocd.token);
}

function setOutputs(runner: Runner, report: DeployReport): void {
  const digest = report.pushed?.digest ?? '';
  runner.setOutput('tag', report.tag);
  runner.setOutput('digest', digest);
  runner.setOutput('image-ref', digest ? `${report.image}@${digest}` : '');
  runner.setOutput('scan-passed', report.scan ? String(report.scan.passed) : '');
  runner.setOutput('commit-sha', report.bump?.commitSha ?? '');
  const argo = waitOutputs(report.argocd);
  runner.setOutput('sync-status', argo['sync-status']);
  runner.setOutput('health-status', argo['health-status']);
}
