import { createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'run the scan gate',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      for (const token of inputs.sonar ? [inputs.sonar.token] : []) {
        secrets.add(token);
        // The form the token takes on the wire (Basic, token as the user name).
        secrets.add(Buffer.from(`${token}:`).toString('base64'));
      }
      // The parser, YAML and the installer load only once the inputs are known to be good.
      const { scanGate } = await import('@gitops-actions/trivy');
      const result = await scanGate(inputs, {
        log,
        workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
        tempDir: process.env['RUNNER_TEMP'] || undefined,
      });
      runner.setOutput('passed', String(result.passed));
      runner.setOutput('blocking', String(result.verdict.blocking.length));
      runner.setOutput('counts', JSON.stringify(result.counts));
      for (const [name, value] of Object.entries(result.counts)) runner.setOutput(name, String(value));
      runner.setOutput('report', result.reportPath);
      runner.setOutput('sarif', result.sarifPath);
      for (const a of result.annotations) {
        runner.annotate('error', a.message, { file: a.file, line: a.line, title: a.title });
      }
      runner.appendSummary(secrets.redact(result.summary));
      if (!result.failure) return;
      if (!inputs.fail) runner.annotate('warning', `${result.failure} (fail is false, so the step passes)`);
      else {
        runner.annotate('error', result.failure);
        process.exitCode = 1;
      }
    },
    ctx,
  );
}
