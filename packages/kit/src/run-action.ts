import { describeFailure } from './errors.js';
import { InputReader } from './inputs.js';
import { runnerLogger, type Logger } from './logger.js';
import { Runner } from './runner.js';
import { Secrets } from './secrets.js';

/** Everything an action's `main.ts` needs, built once per run. */
export interface ActionContext {
  runner: Runner;
  inputs: InputReader;
  secrets: Secrets;
  log: Logger;
}

export function createContext(runner: Runner = new Runner()): ActionContext {
  const secrets = new Secrets(runner);
  return {
    runner,
    inputs: new InputReader((name) => runner.input(name)),
    secrets,
    log: runnerLogger(runner),
  };
}

/**
 * Runs an action body and turns every failure into one `Could not <operation>: <cause>` error
 * annotation with exit code 1. Known secrets are redacted from the message; the stack is only
 * shown with debug logging on.
 */
export async function runAction(
  operation: string,
  body: (ctx: ActionContext) => Promise<void>,
  ctx: ActionContext = createContext(),
): Promise<void> {
  try {
    await body(ctx);
  } catch (error) {
    ctx.runner.annotate('error', ctx.secrets.redact(describeFailure(error, operation)));
    if (ctx.runner.isDebug && error instanceof Error && error.stack) {
      ctx.runner.debug(ctx.secrets.redact(error.stack));
    }
    process.exitCode = 1;
  }
}
