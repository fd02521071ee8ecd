import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, retry, systemClock, type Clock, type Exec, type Logger } from '@gitops-actions/kit';
import { Git, GitError } from '@gitops-actions/git';
import type { RepoClient } from '@gitops-actions/github';
import { editFiles, summarizeEdits, type FileEdit } from './edit-files.js';
import { commitMessage } from './message.js';
import type { BumpRequest } from './request.js';

export { commitMessage } from './message.js';

export interface Ports {
  log: Logger;
  exec?: Exec;
  clock?: Clock;
  random?: () => number;
  /** Parent folder for the temporary clone (RUNNER_TEMP on a runner). */
  tempDir?: string;
  /** The api transport's client; built from the token and GITHUB_API_URL when absent. */
  github?: RepoClient;
}

export interface BumpResult {
  changed: boolean;
  commitSha: string;
  previousTag: string;
  changedFiles: string[];
  attempts: number;
  edits: FileEdit[];
  /** In a dry run, the diff that would be committed; empty otherwise. */
  diff: string;
}

class PushRejected extends ActionError {
  constructor(branch: string, reason: string) {
    super(`push to ${branch}`, `the push was rejected (${reason})`, { retryable: true });
  }
}

/** Bumps through the transport the request names; both give the same outputs and errors. */
export async function bump(inputs: BumpRequest, ports: Ports): Promise<BumpResult> {
  if (inputs.transport === 'api') {
    // Octokit is loaded only here (a separate chunk), so a run that fails on its inputs, or that
    // uses git, does not pay for it at start.
    const { bumpThroughApi } = await import('./api.js');
    return bumpThroughApi(inputs, ports);
  }
  return bumpWithGit(inputs, ports);
}

/**
 * Clones the branch sparsely, applies the semantic edit and pushes it. A lost push race fetches the
 * new tip and re-applies the edit there (never a stale patch) until it lands or attempts run out.
 */
async function bumpWithGit(inputs: BumpRequest, ports: Ports): Promise<BumpResult> {
  const work = await mkdtemp(path.join(ports.tempDir ?? tmpdir(), 'bump-manifest-'));
  try {
    const git = await cloneTarget(inputs, ports, path.join(work, 'repo'));
    let attempts = 0;
    return await retry(
      async (attempt) => {
        attempts = attempt;
        const head = attempt === 1 ? await git.head() : await git.syncTo(inputs.branch);
        return { ...(await attemptOnce(git, head, inputs, ports)), attempts };
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
            `Attempt ${attempt} failed (${(error as Error).message}); retrying on the new tip in ${delayMs} ms`,
          ),
      },
    ).catch((error: unknown) => {
      if (error instanceof PushRejected) {
        throw new ActionError(`push to ${inputs.branch}`, `still rejected after ${attempts} attempts`, {
          hint: 'Other writers keep moving the branch; raise max-attempts or queue deploys with a concurrency group.',
        });
      }
      throw error;
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function cloneTarget(inputs: BumpRequest, ports: Ports, dir: string): Promise<Git> {
  const folders = [...new Set(inputs.files.map((f) => path.posix.dirname(f)))];
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
      }),
    {
      attempts: 3,
      clock: ports.clock ?? systemClock,
      random: ports.random,
      retryable: (error) => error instanceof GitError && error.failure === 'network',
    },
  );
}

async function attemptOnce(
  git: Git,
  head: string,
  inputs: BumpRequest,
  ports: Ports,
): Promise<Omit<BumpResult, 'attempts'>> {
  const edits = await editFiles(git, inputs);
  const { previousTag, changedFiles } = summarizeEdits(edits);
  const base = { previousTag, edits, changedFiles };
  if (changedFiles.length === 0) {
    ports.log.info(
      `Nothing to change: ${inputs.branch} at ${head.slice(0, 7)} already has the requested values`,
    );
    return { ...base, changed: false, commitSha: head, diff: '' };
  }
  if (inputs.dryRun) return { ...base, changed: true, commitSha: head, diff: await git.diff() };
  const sha = await git.commit(changedFiles, commitMessage(inputs, changedFiles, previousTag), inputs.author);
  const result = await git.push(inputs.branch);
  if (!result.pushed) throw new PushRejected(inputs.branch, result.reason);
  return { ...base, changed: true, commitSha: sha, diff: '' };
}
