// What both transports share around their attempts: the one retry loop, where each attempt starts
// from the branch's current tip (a lost race re-applies the semantic edit on the winner's commit,
// never a stale patch), and the outcome when there is nothing to commit.
import { ActionError, backoffDelay, displayUrl, systemClock } from '@gitops-actions/kit';
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
  /**
   * After a lost race: waits for this writer's turn (instead of the jittered backoff) and returns
   * how, ending the attempt's log line. The wait is no attempt: only pushes count.
   */
  waitTurn?(): Promise<string>;
}

export async function retryOnNewTip(
  inputs: BumpRequest,
  ports: BumpPorts,
  transport: TransportAttempts,
): Promise<BumpResult> {
  // Counted outside the loop: the final error names how many attempts were made.
  const made = { attempts: 0 };
  try {
    for (let attempt = 1; ; attempt++) {
      made.attempts = attempt;
      try {
        return { ...(await transport.attempt(attempt)), attempts: attempt };
      } catch (error) {
        const retryable = error instanceof ActionError && error.retryable;
        if (!retryable || attempt >= inputs.maxAttempts) throw error;
        await pause(ports, transport, { attempt, error });
      }
    }
  } catch (error) {
    if (!(error instanceof ActionError)) throw error;
    if (transport.refusedByRule(error)) {
      throw new ActionError(error.operation, error.message, { hint: protectedHint(inputs), cause: error });
    }
    const still = transport.lostRace(error);
    if (still !== undefined) {
      throw new ActionError(error.operation, `${still} after ${made.attempts} attempts`, {
        hint: keepsMovingHint(inputs),
      });
    }
    // A transient failure (the network, the server) that lasted through every attempt.
    if (error.retryable && made.attempts > 1) {
      throw new ActionError(error.operation, `${error.message} (${made.attempts} attempts)`, {
        hint: error.hint,
        cause: error,
      });
    }
    throw error;
  }
}

/** Between two attempts: the transport's turn in its queue after a lost race, else jittered backoff. */
async function pause(
  ports: BumpPorts,
  transport: TransportAttempts,
  { attempt, error }: { attempt: number; error: unknown },
): Promise<void> {
  const failed = `Attempt ${attempt} failed (${(error as Error).message})`;
  if (transport.waitTurn && transport.lostRace(error) !== undefined) {
    ports.log.info(`${failed}; ${await transport.waitTurn()}`);
    return;
  }
  const delayMs = backoffDelay(attempt, 150, 3000, ports.random ?? Math.random);
  ports.log.info(`${failed}; ${transport.retrying} in ${delayMs} ms`);
  await (ports.clock ?? systemClock).sleep(delayMs);
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
