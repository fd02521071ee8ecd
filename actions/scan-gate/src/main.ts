import { basicAuth, defineAction, runnerPorts } from '@gitops-actions/kit';
import type { ScanGateResult } from '@gitops-actions/trivy';
import { getInputs } from './inputs.js';

export const run = defineAction({
  operation: 'run the scan gate',
  inputs: getInputs,
  // The token, and the form it takes on the wire (Basic, token as the user name).
  secrets: (i) => (i.sonar ? [i.sonar.token, basicAuth(i.sonar.token, '')] : []),
  run: async (inputs, { log }) => {
    // The parser, YAML and the installer load only once the inputs are known to be good.
    const { scanGate } = await import('@gitops-actions/trivy');
    return scanGate(inputs, runnerPorts(log));
  },
  outputs: (result: ScanGateResult) => ({
    passed: String(result.passed),
    blocking: String(result.verdict.blocking.length),
    counts: JSON.stringify(result.counts),
    ...Object.fromEntries(Object.entries(result.counts).map(([name, n]) => [name, String(n)])),
    report: result.reportPath,
    sarif: result.sarifPath,
  }),
  summary: (result) => result.summary,
  finish: (result, inputs, { runner }) => {
    for (const a of result.annotations)
      runner.annotate('error', a.message, { file: a.file, line: a.line, title: a.title });
    if (!result.failure) return;
    if (!inputs.fail) runner.annotate('warning', `${result.failure} (fail is false, so the step passes)`);
    else {
      runner.annotate('error', result.failure);
      process.exitCode = 1;
    }
  },
});
