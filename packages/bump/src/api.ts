// The api transport: no clone. Per attempt it reads the branch tip and each target file through
// the API, edits them in memory with the same semantic edit as the git transport, writes one tree
// (on the tip's tree) and one commit, and moves the branch with `force: false`. A branch that moved
// meanwhile answers 422 "not a fast forward": the next attempt starts again from the new tip.
// Loaded lazily (see bump.ts): this module pulls in Octokit.
import { ActionError } from '@gitops-actions/kit';
import {
  BranchMoved,
  BranchProtected,
  RepoClient,
  createClient,
  readBranchTip,
  type BranchTip,
} from '@gitops-actions/github';
import { retryOnNewTip, unchangedAt } from './attempts.js';
import { unifiedDiff } from './diff.js';
import { editText, missingFile, nearbyFiles, summarizeEdits, type EditedText } from './edit-files.js';
import { commitMessage } from './message.js';
import { BUMP_MANIFEST_INPUTS, type BumpInputNames, type BumpRequest } from './request.js';
import type { AttemptResult, BumpPorts, BumpResult } from './types.js';

export function bumpThroughApi(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const client = ports.github ?? connect(inputs, names, ports);
  return retryOnNewTip(inputs, ports, {
    attempt: () => attemptOnce(client, inputs, names, ports),
    retrying: `re-reading ${inputs.branch} and retrying`,
    lostRace: (error) => (error instanceof BranchMoved ? 'still not a fast forward' : undefined),
    refusedByRule: (error) => error instanceof BranchProtected,
  });
}

function connect(inputs: BumpRequest, names: BumpInputNames, ports: BumpPorts): RepoClient {
  if (!inputs.repository) {
    throw new ActionError('connect to GitHub', 'the api transport needs an owner/name repository');
  }
  return new RepoClient(
    createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }),
    inputs.repository,
    { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log },
  );
}

async function attemptOnce(
  client: RepoClient,
  inputs: BumpRequest,
  names: BumpInputNames,
  ports: BumpPorts,
): Promise<AttemptResult> {
  const tip = await readBranchTip(client, inputs.branch, {
    repositoryInput: names.repository,
    branchInput: names.branch,
    branchNote: 'the bump commits to an existing branch',
  });
  const edited = await editTargets(client, inputs, tip);
  const edits = edited.map((e) => e.edit);
  const summary = { edits, ...summarizeEdits(edits) };
  const unchanged = unchangedAt(inputs, ports, tip.sha, summary);
  if (unchanged) return unchanged;
  const changed = edited.filter((e) => e.changed);
  if (inputs.dryRun) {
    const diff = changed.map((e) => unifiedDiff(e.edit.file, e.before, e.after)).join('');
    return { ...summary, changed: true, commitSha: tip.sha, diff };
  }
  const sha = await client.commitFiles({
    parent: tip.sha,
    baseTree: tip.tree,
    files: Object.fromEntries(changed.map((e) => [e.edit.file, e.after])),
    message: commitMessage(inputs, summary.changedFiles, summary.previousTag),
    author: inputs.author,
  });
  if (!(await client.moveBranch(inputs.branch, sha, false))) throw new BranchMoved(inputs.branch);
  return { ...summary, changed: true, commitSha: sha, diff: '' };
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
        inputs.inputNames?.files ?? 'files',
      );
    }
    edited.push(editText(inputs, file, read.text));
  }
  return edited;
}
