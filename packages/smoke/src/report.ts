// What a smoke test tells the user: outputs for later steps, the table of every attempt, and the one
// failure naming the URLs that never passed.
import { code, escapeCell, formatDuration, heading, table } from '@gitops-actions/kit';
import type { SmokeRequest, SmokeResult } from './smoke.js';

export const OPERATION = 'smoke-test the deployed service';

export interface SmokeOutputs extends Record<string, string> {
  result: 'passed' | 'failed';
  attempts: string;
  report: string;
}

export function smokeOutputs(result: SmokeResult): SmokeOutputs {
  return {
    result: result.passed ? 'passed' : 'failed',
    attempts: String(result.attempts.length),
    report: JSON.stringify(
      result.attempts.map((a) => ({
        method: a.method,
        url: a.url,
        attempt: a.attempt,
        status: a.status,
        ms: Math.round(a.elapsedMs),
        passed: a.passed,
        problem: a.problem,
      })),
    ),
  };
}

/** Every attempt of every URL; the problems hold outside text already quoted, escaped here as cells. */
export function renderSmokeSummary(result: SmokeResult): string {
  const passed = result.targets.filter((t) => t.passed).length;
  const rows = result.attempts.map((a) => [
    code(`${a.method} ${a.url}`),
    String(a.attempt),
    a.status === null ? '—' : String(a.status),
    formatDuration(a.elapsedMs),
    a.passed ? '✅ passed' : `❌ ${escapeCell(a.problem)}`,
  ]);
  return (
    heading(`Smoke test ${result.passed ? 'passed' : 'failed'}: ${passed} of ${result.targets.length} URLs`) +
    '\n' +
    table(['URL', 'attempt', 'status', 'time', 'result'], rows)
  );
}

/** undefined when every URL passed; else the message and its hint, for one `::error`. */
export function smokeFailure(
  result: SmokeResult,
  request: SmokeRequest,
): { message: string; hint: string } | undefined {
  const failed = result.targets.filter((t) => !t.passed);
  if (failed.length === 0) return undefined;
  const names = request.inputs;
  const each = failed.map((t) => {
    const last = t.attempts.at(-1);
    const tries = t.attempts.length === 1 ? '1 attempt' : `${t.attempts.length} attempts`;
    return `${t.method} ${t.url} (${tries}; last: ${last?.problem || 'not tried'})`;
  });
  return {
    message: `${failed.length} of ${result.targets.length} URLs did not answer as expected: ${each.join('; ')}`,
    hint:
      `The job summary lists every attempt. If the service needs longer to become ready, raise ` +
      `'${names.attempts}' or '${names.delay}'; if the answer is right but unexpected, adjust ` +
      `'${names.expectStatus}'${request.expectBody ? `, '${names.expectBody}'` : ''}${request.expectJson.length ? `, '${names.expectJson}'` : ''}.`,
  };
}
