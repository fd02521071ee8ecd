import { tmpdir } from 'node:os';
import { exec, type Exec } from './exec.js';
import type { InputReader } from './inputs.js';
import type { Logger } from './logger.js';
import { systemClock, type Clock } from './retry.js';
import { createContext, runAction, type ActionContext } from './run-action.js';

/** The side effects every action hands its package function, as the runner provides them. */
export interface RunnerPorts {
  exec: Exec;
  log: Logger;
  clock: Clock;
  env: NodeJS.ProcessEnv;
  /** GITHUB_WORKSPACE, or the current folder outside a runner. */
  workspace: string;
  /** RUNNER_TEMP, or the OS temp folder outside a runner. */
  tempDir: string;
}

export function runnerPorts(log: Logger, env: NodeJS.ProcessEnv = process.env): RunnerPorts {
  // Outside a runner (a plain `node dist/…` run) nothing is required of the environment; say where
  // temporary files go, since no runner will clean them up.
  if (!env['RUNNER_TEMP'])
    log.info(`RUNNER_TEMP is not set (not on a runner): temporary files go under ${tmpdir()}`);
  return {
    exec,
    log,
    clock: systemClock,
    env,
    workspace: env['GITHUB_WORKSPACE'] || process.cwd(),
    tempDir: env['RUNNER_TEMP'] || tmpdir(),
  };
}

/**
 * An action's edge, declared rather than written out: read the inputs, mask the secrets they hold,
 * call the one package function, then write outputs and summary. Every main.ts has this shape, so
 * it lives once here and a main.ts says only what differs.
 */
export interface ActionDefinition<I, R> {
  /** Completes "Could not <operation>" when anything fails. */
  operation: string;
  inputs: (reader: InputReader) => I;
  /** Values to mask before anything else runs (tokens, passwords, their wire forms). */
  secrets?: (inputs: I) => readonly string[];
  run: (inputs: I, ctx: ActionContext) => Promise<R>;
  outputs?: (result: R, inputs: I) => Record<string, string>;
  summary?: (result: R, inputs: I) => string;
  /** After outputs and summary are written: annotations, or the failure the result describes. */
  finish?: (result: R, inputs: I, ctx: ActionContext) => void;
}

export function defineAction<I, R>(def: ActionDefinition<I, R>): (ctx?: ActionContext) => Promise<void> {
  return (ctx = createContext()) =>
    runAction(
      def.operation,
      async (c) => {
        const inputs = def.inputs(c.inputs);
        for (const secret of def.secrets?.(inputs) ?? []) c.secrets.add(secret);
        const result = await def.run(inputs, c);
        for (const [name, value] of Object.entries(def.outputs?.(result, inputs) ?? {})) {
          c.runner.setOutput(name, value);
        }
        if (def.summary) c.runner.appendSummary(c.secrets.redact(def.summary(result, inputs)));
        def.finish?.(result, inputs, c);
      },
      ctx,
    );
}

/** The wire form of HTTP Basic credentials, which a log could show as readily as the password. */
export function basicAuth(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}
