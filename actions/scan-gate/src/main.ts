import { createContext, runAction, type ActionContext } from '@gitops-actions/kit';
import { getInputs } from './inputs.js';

export function run(ctx: ActionContext = createContext()): Promise<void> {
  return runAction(
    'run the scan gate',
    async ({ runner, inputs: raw, secrets, log }) => {
      const inputs = getInputs(raw);
      if (inputs.sonar) {
        secrets.add(inputs.sonar.token);
        // The form the token takes on the wire (Basic, token as the user name).
        secrets.add(Buffer.from(`${inputs.sonar.token}:`).toString('base64'));
      }
      // The parser, YAML and the installer load only once the inputs are known to be good.
      const { scanGate, gateFailure } = await import('./scan.js');
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
      if (!result.passed) {
        const message = gateFailure(result);
        if (inputs.fail) {
          runner.annotate('error', message);
          process.exitCode = 1;
        } else {
          runner.annotate('warning', `${message} (fail is false, so the step passes)`);
        }
      }
    },
    ctx,
  );
}
