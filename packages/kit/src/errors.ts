/** An input that is missing or malformed; the message always names the input. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    detail: string,
  ) {
    super(`Input '${input}' ${detail}`);
    this.name = 'InputError';
  }
}

/**
 * A failure the user can act on: rendered as `Could not <operation>: <cause>` plus the fix when known.
 * `retryable` tells retry loops whether trying again can help (a wrong token cannot).
 */
export class ActionError extends Error {
  readonly operation: string;
  readonly hint: string | undefined;
  readonly retryable: boolean;

  constructor(
    operation: string,
    cause: string,
    opts: { hint?: string; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(cause, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'ActionError';
    this.operation = operation;
    this.hint = opts.hint;
    this.retryable = opts.retryable ?? false;
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `Could not <operation>: <cause>` for any thrown value, with `fallbackOperation` for foreign errors. */
export function describeFailure(error: unknown, fallbackOperation: string): string {
  if (error instanceof InputError) return error.message;
  if (error instanceof ActionError) {
    const line = `Could not ${error.operation}: ${error.message}`;
    return error.hint ? `${line}\n${error.hint}` : line;
  }
  return `Could not ${fallbackOperation}: ${errorMessage(error)}`;
}
