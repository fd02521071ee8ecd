// The git transport: clones the branch sparsely, applies the semantic edit in the work tree, commits
// and pushes. A lost push race fetches the new tip and the next attempt edits there.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, retry, systemClock } from '@gitops-actions/kit';
import { Git, GitError } from '@gitops-actions/git';
import { retryOnNewTip, unchangedAt } from './attempts.js';
import { editFiles, summarizeEdits } from './edit-files.js';
import { commitMessage } from './message.js';
import { BUMP_MANIFEST_INPUTS, type BumpRequest } from './request.js';
import type { AttemptResult, BumpPorts, BumpResult } from './types.js';

class PushRejected extends ActionError {
  constructor(branch: string, reason: string) {
    super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
  }
}

export async function bumpWithGit(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  const work = await mkdtemp(path.join(ports.tempDir ?? tmpdir(), 'bump-manifest-'));
  try {
    const git = await cloneTarget(inputs, ports, path.join(work, 'repo'));
    return await retryOnNewTip(inputs, ports, {
      attempt: async (attempt) => {
        const head = attempt === 1 ? await git.head() : await git.syncTo(inputs.branch);
        return attemptOnce(git, head, inputs, ports);
      },
      retrying: 'retrying on the new tip',
      lostRace: (error) => (error instanceof PushRejected ? 'still rejected' : undefined),
      refusedByRule: (error) => error instanceof GitError && error.failure === 'protected',
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function cloneTarget(inputs: BumpRequest, ports: BumpPorts, dir: string): Promise<Git> {
  const folders = [...new Set(inputs.files.map((f) => path.posix.dirname(f)))];
  const { repository, branch, token } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  return retry(
    () =>
      Git.clone({
        url: inputs.url,
        dir,
        branch: inputs.branch,
        folders,
        token: inputs.token,
        exec: ports.exec,
        log: ports.log,
        inputs: { repository, branch, token },
      }),
    {
      // A clone is one of the bump's attempts too: a network failure is retried within the budget.
      attempts: Math.min(3, inputs.maxAttempts),
      clock: ports.clock ?? systemClock,
      random: ports.random,
      retryable: (error) => error instanceof GitError && error.failure === 'network',
    },
  ).catch((error: unknown) => {
    throw missingBranch(error, inputs);
  });
}

/** git's own hint for a missing branch names no input; this one names the caller's. */
function missingBranch(error: unknown, inputs: BumpRequest): unknown {
  if (!(error instanceof GitError) || error.failure !== 'branch-not-found') return error;
  const { branch } = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  return new GitError(
    error.operation,
    error.failure,
    error.message,
    `Check the ${branch} input; the branch must exist before bumping it.`,
  );
}

async function attemptOnce(
  git: Git,
  head: string,
  inputs: BumpRequest,
  ports: BumpPorts,
): Promise<AttemptResult> {
  const edits = await editFiles(git, inputs);
  const summary = { edits, ...summarizeEdits(edits) };
  const unchanged = unchangedAt(inputs, ports, head, summary);
  if (unchanged) return unchanged;
  if (inputs.dryRun) return { ...summary, changed: true, commitSha: head, diff: await git.diff() };
  const { changedFiles, previousTag } = summary;
  const sha = await git.commit(changedFiles, commitMessage(inputs, changedFiles, previousTag), inputs.author);
  const result = await git.push(inputs.branch);
  if (!result.pushed) throw new PushRejected(inputs.branch, result.reason);
  return { ...summary, changed: true, commitSha: sha, diff: '' };
}
