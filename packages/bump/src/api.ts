// The api transport: no clone. Per attempt it reads the branch tip and each target file through
// the API, edits them in memory with the same semantic edit as the git transport, writes one tree
// (on the tip's tree) and one commit, and moves the branch with `force: false`. A branch that moved
// meanwhile answers 422 "not a fast forward": the next attempt starts again from the new tip.
// Loaded lazily (see bump.ts): this module pulls in Octokit.
import { ActionError, retry, systemClock, type Logger } from '@gitops-actions/kit';
import { RepoClient, createClient, type BranchTip } from '@gitops-actions/github';
import type { BumpResult, Ports } from './bump.js';
import { unifiedDiff } from './diff.js';
import { editText, missingFile, nearbyFiles, summarizeEdits, type EditedText } from './edit-files.js';
import { commitMessage } from './message.js';
import type { BumpRequest } from './request.js';

class BranchMoved extends ActionError {
  constructor(branch: string) {
    super(`update ${branch}`, 'the branch moved before the ref update (not a fast forward)', {
      retryable: true,
    });
  }
}

export async function bumpThroughApi(inputs: BumpRequest, ports: Ports): Promise<BumpResult> {
  const client = ports.github ?? connect(inputs, ports.log);
  let attempts = 0;
  return retry(
    async (attempt) => {
      attempts = attempt;
      return { ...(await attemptOnce(client, inputs, ports.log)), attempts };
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
          `Attempt ${attempt} failed (${(error as Error).message}); re-reading ${inputs.branch} and retrying in ${delayMs} ms`,
        ),
    },
  ).catch((error: unknown) => {
    if (error instanceof BranchMoved) {
      throw new ActionError(
        `update ${inputs.branch}`,
        `still not a fast forward after ${attempts} attempts`,
        {
          hint: 'Other writers keep moving the branch; raise max-attempts or queue deploys with a concurrency group.',
        },
      );
    }
    throw error;
  });
}

function connect(inputs: BumpRequest, log: Logger): RepoClient {
  if (!inputs.repository) {
    throw new ActionError('connect to GitHub', 'the api transport needs an owner/name repository');
  }
  return new RepoClient(
    createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log }),
    inputs.repository,
  );
}

async function attemptOnce(
  client: RepoClient,
  inputs: BumpRequest,
  log: Logger,
): Promise<Omit<BumpResult, 'attempts'>> {
  const tip = await readTip(client, inputs.branch);
  const edited = await editTargets(client, inputs, tip);
  const edits = edited.map((e) => e.edit);
  const { previousTag, changedFiles } = summarizeEdits(edits);
  const base = { previousTag, edits, changedFiles };
  if (changedFiles.length === 0) {
    log.info(
      `Nothing to change: ${inputs.branch} at ${tip.sha.slice(0, 7)} already has the requested values`,
    );
    return { ...base, changed: false, commitSha: tip.sha, diff: '' };
  }
  const changed = edited.filter((e) => e.changed);
  if (inputs.dryRun) {
    const diff = changed.map((e) => unifiedDiff(e.edit.file, e.before, e.after)).join('');
    return { ...base, changed: true, commitSha: tip.sha, diff };
  }
  const sha = await client.commitFiles({
    parent: tip.sha,
    baseTree: tip.tree,
    files: Object.fromEntries(changed.map((e) => [e.edit.file, e.after])),
    message: commitMessage(inputs, changedFiles, previousTag),
    author: inputs.author,
  });
  if (!(await client.moveBranch(inputs.branch, sha, false))) throw new BranchMoved(inputs.branch);
  return { ...base, changed: true, commitSha: sha, diff: '' };
}

/** The tip and its tree in one request; a missing branch is told from a missing repository. */
async function readTip(client: RepoClient, branch: string): Promise<BranchTip> {
  const tip = await client.branch(branch);
  if (tip) return tip;
  if (!(await client.repositoryExists())) {
    throw new ActionError(
      `read ${client.fullName}`,
      'the repository does not exist or the token cannot see it',
      {
        hint: 'Check the repository input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).',
      },
    );
  }
  throw new ActionError(`read branch ${branch}`, `${client.fullName} has no branch '${branch}'`, {
    hint: 'Check the branch input; bump-manifest commits to an existing branch.',
  });
}

/** One read per target, all at the tip's commit, then the edits in input order (first error wins). */
async function editTargets(client: RepoClient, inputs: BumpRequest, tip: BranchTip): Promise<EditedText[]> {
  const files = await Promise.all(inputs.files.map((file) => client.readFile(file, tip.sha)));
  const edited: EditedText[] = [];
  for (const [i, file] of inputs.files.entries()) {
    const read = files[i];
    if (!read) {
      throw missingFile(
        file,
        inputs.branch,
        await nearbyFiles(file, (folder) => client.listFolder(folder, tip.sha)),
      );
    }
    edited.push(editText(inputs, file, read.text));
  }
  return edited;
}
