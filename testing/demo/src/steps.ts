// One step of the flow as a job would run it: the shipped bundle through the runner protocol
// (testkit's runDist), or a call the workflow makes itself (the merge, the changed-apps mapping).
import { runDist, type RunResult } from '@gitops-actions/testkit';

export interface StepRecord {
  id: string;
  /** What the step is, as a workflow reader would name it. */
  title: string;
  /** `dist/<action>` for a shipped bundle, else what performed the step. */
  uses: string;
  ok: boolean;
  exitCode: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
  /** The `::error::` message of a failed step. */
  error: string;
  ms: number;
  /** Why the step did not run (no builder here). */
  skipped?: string;
}

export interface DistStep {
  id: string;
  title: string;
  action: string;
  inputs: Record<string, string>;
  env: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
}

const errorOf = (r: RunResult) =>
  r.commands
    .filter((c) => c.command === 'error')
    .map((c) => c.message)
    .join('\n');

export async function runDistStep(step: DistStep): Promise<StepRecord> {
  const started = Date.now();
  const r = await runDist(step.action, {
    inputs: step.inputs,
    env: step.env,
    cwd: step.cwd,
    timeoutMs: step.timeoutMs ?? 60_000,
  });
  return {
    id: step.id,
    title: step.title,
    uses: `dist/${step.action}`,
    ok: r.exitCode === 0,
    exitCode: r.exitCode,
    outputs: r.outputs,
    summary: r.summary,
    stdout: r.stdout,
    stderr: r.stderr,
    error: errorOf(r) || (r.timedOut ? `timed out after ${step.timeoutMs ?? 60_000} ms` : ''),
    ms: Date.now() - started,
  };
}

/** A step performed by the workflow itself (or, for the merge, by the reviewer). */
export async function runLocalStep(
  id: string,
  title: string,
  uses: string,
  fn: () => Promise<{ outputs: Record<string, string>; summary: string }>,
): Promise<StepRecord> {
  const started = Date.now();
  const base = { id, title, uses, stdout: '', stderr: '', exitCode: 0 };
  try {
    const { outputs, summary } = await fn();
    return { ...base, ok: true, outputs, summary, error: '', ms: Date.now() - started };
  } catch (error) {
    const message = (error as Error).message;
    return {
      ...base,
      ok: false,
      exitCode: 1,
      outputs: {},
      summary: '',
      error: message,
      ms: Date.now() - started,
    };
  }
}

export function skippedStep(id: string, title: string, uses: string, reason: string): StepRecord {
  return {
    id,
    title,
    uses,
    ok: true,
    exitCode: null,
    outputs: {},
    summary: '',
    stdout: '',
    stderr: '',
    error: '',
    ms: 0,
    skipped: reason,
  };
}
