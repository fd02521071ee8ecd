// What both transports share around their attempts: the one retry loop, where each attempt starts
// from the branch's current tip (a lost race re-applies the semantic edit on the winner's commit,
// never a stale patch), and the outcome when there is nothing to commit.
import { ActionError, displayUrl, retry, systemClock } from '@gitops-actions/kit';
import { protectionHint } from '@gitops-actions/git';
import { BUMP_MANIFEST_INPUTS, type BumpRequest } from './request.js';
import type { AttemptResult, BumpPorts, BumpResult } from './types.js';

/** How a transport plugs into the loop. */
export interface TransportAttempts {
  /** One attempt at the branch's current tip. */
  attempt(attempt: number): Promise<AttemptResult>;
  /** Ends the log line before the next attempt: what it starts from. */
  retrying: string;
  /**
   * For an error that means another writer moved the branch first: how to say it lasted through
   * every attempt (e.g. `still rejected`). Undefined for any other error.
   */
  lostRace(error: unknown): string | undefined;
  /** Whether branch protection or a ruleset refused the write: final, and explained with the fix. */
  refusedByRule(error: unknown): boolean;
}

export async function retryOnNewTip(
  inputs: BumpRequest,
  ports: BumpPorts,
  transport: TransportAttempts,
): Promise<BumpResult> {
  let attempts = 0;
  try {
    return await retry(
      async (attempt) => {
        attempts = attempt;
        return { ...(await transport.attempt(attempt)), attempts };
      },
      {
        attempts: inputs.maxAttempts,
        baseMs: 150,
        maxMs: 3000,
        clock: ports.clock ?? systemClock,
        random: ports.random,
        retryable: (error) => error instanceof ActionError && error.retryable,
        onRetry: ({ attempt, delayMs, error }) =>
          ports.log.info(
            `Attempt ${attempt} failed (${(error as Error).message}); ${transport.retrying} in ${delayMs} ms`,
          ),
      },
    );
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    if (transport.refusedByRule(error)) {
      throw new ActionError(error.operation, error.message, { hint: protectedHint(inputs), cause: error });
    }
    const still = transport.lostRace(error);
    if (still !== undefined) {
      throw new ActionError(error.operation, `${still} after ${attempts} attempts`, {
        hint: keepsMovingHint(inputs),
      });
    }
    // A transient failure (the network, the server) that lasted through every attempt.
    if (error.retryable && attempts > 1) {
      throw new ActionError(error.operation, `${error.message} (${attempts} attempts)`, {
        hint: error.hint,
        cause: error,
      });
    }
    throw error;
  }
}

/** The branch protection fix in the caller's words: its pull-request mode when it has one. */
function protectedHint(inputs: BumpRequest): string {
  const { mode } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const where = inputs.repository ?? displayUrl(inputs.url);
  const instead = mode
    ? `set ${mode}: pr so the bump opens (or updates) a pull request into it instead of pushing`
    : undefined;
  return protectionHint(inputs.branch, where, instead);
}

function keepsMovingHint(inputs: BumpRequest): string {
  const { maxAttempts } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const raise = maxAttempts ? `raise ${maxAttempts} or ` : '';
  return `Other writers keep moving the branch; ${raise}queue deploys with a concurrency group.`;
}

/**
 * The outcome when the edits change nothing at `head`, logged; undefined when there is something
 * to commit. Both transports end this way on a re-run or after losing a race to the same value.
 */
export function unchangedAt(
  inputs: BumpRequest,
  ports: BumpPorts,
  head: string,
  summary: Omit<AttemptResult, 'changed' | 'commitSha' | 'diff'>,
): AttemptResult | undefined {
  if (summary.changedFiles.length > 0) return undefined;
  ports.log.info(
    `Nothing to change: ${inputs.branch} at ${head.slice(0, 7)} already has the requested values`,
  );
  return { ...summary, changed: false, commitSha: head, diff: '' };
}
