import {
  createContext,
  exec,
  runAction,
  systemClock,
  type ActionContext,
  type Runner,
} from '@gitops-actions/kit';
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

/** Aggregates for several apps: the value all share, else the one that needs attention first. */
function worst(values: string[], order: string[]): string {
  const unique = [...new Set(values)];
  const rank = (v: string) => (order.indexOf(v) < 0 ? order.length : order.indexOf(v));
  return unique.sort((a, b) => rank(a) - rank(b))[0] ?? '';
}

function setOutputs(runner: Runner, report: DeployReport): void {
  const digest = report.pushed?.digest ?? '';
  runner.setOutput('tag', report.tag);
  runner.setOutput('digest', digest);
  runner.setOutput('image-ref', digest ? `${report.image}@${digest}` : '');
  runner.setOutput('scan-passed', report.scan ? String(report.scan.passed) : '');
  runner.setOutput('commit-sha', report.bump?.commitSha ?? '');
  const snaps = report.argocd?.apps.map((a) => a.evaluation.snapshot) ?? [];
  runner.setOutput(
    'sync-status',
    worst(
      snaps.map((s) => s.sync),
      ['Unknown', 'OutOfSync', 'Synced'],
    ),
  );
  runner.setOutput(
    'health-status',
    worst(
      snaps.map((s) => s.health),
      ['Missing', 'Degraded', 'Unknown', 'Progressing', 'Suspended', 'Healthy'],
    ),
  );
}
