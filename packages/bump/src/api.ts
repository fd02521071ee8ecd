// The api transport: no clone, two requests a bump. One GraphQL query reads the branch head and
// every target file's text at it; the edits are made in memory with the same semantic edit as the
// git transport; one `createCommitOnBranch` commits them only if the branch still points at that
// head (`expectedHeadOid`). A branch that moved meanwhile answers STALE_DATA: the next attempt
// starts again from the new head, re-applying the edit, never a stale patch. GitHub makes the
// commit as the token's identity and signs it (Verified), so the `author` input does not apply.
// Loaded lazily (see bump.ts): this module pulls in Octokit.
import { ActionError } from '@gitops-actions/kit';
import {
  BranchCommits,
  BranchMoved,
  BranchProtected,
  createClient,
  type BranchSnapshot,
} from '@gitops-actions/github';
import { retryOnNewTip, unchangedAt } from './attempts.js';
import { unifiedDiff } from './diff.js';
import { editText, missingFile, nearbyFiles, summarizeEdits, type EditedText } from './edit-files.js';
import { commitMessage } from './message.js';
import { BUMP_MANIFEST_INPUTS, type BumpInputNames, type BumpRequest } from './request.js';
import type { AttemptResult, BumpPorts, BumpResult } from './types.js';

export function bumpThroughApi(inputs: BumpRequest, ports: BumpPorts): Promise<BumpResult> {
  const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const client = connect(inputs, names, ports);
  return retryOnNewTip(inputs, ports, {
    attempt: () => attemptOnce(client, inputs, names, ports),
    retrying: `re-reading ${inputs.branch} and retrying`,
    lostRace: (error) => (error instanceof BranchMoved ? 'the branch still moved first' : undefined),
    refusedByRule: (error) => error instanceof BranchProtected,
  });
}

function connect(inputs: BumpRequest, names: BumpInputNames, ports: BumpPorts): BranchCommits {
  const options = { tokenInput: names.token, clock: ports.clock, random: ports.random, log: ports.log };
  // A caller's REST client (promotion, rollback) brings the Octokit it was made with.
  if (ports.github) return new BranchCommits(ports.github.octokit, ports.github.fullName, options);
  if (!inputs.repository) {
    throw new ActionError('connect to GitHub', 'the api transport needs an owner/name repository');
  }
  return new BranchCommits(
    createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }),
    inputs.repository,
    options,
  );
}

async function attemptOnce(
  client: BranchCommits,
  inputs: BumpRequest,
  names: BumpInputNames,
  ports: BumpPorts,
): Promise<AttemptResult> {
  const snapshot = await client.readBranch(inputs.branch, inputs.files, {
    repositoryInput: names.repository,
    branchInput: names.branch,
    branchNote: 'the bump commits to an existing branch',
  });
  const edited = await editTargets(client, inputs, snapshot);
  const edits = edited.map((e) => e.edit);
  const summary = { edits, ...summarizeEdits(edits) };
  const unchanged = unchangedAt(inputs, ports, snapshot.head, summary);
  if (unchanged) return unchanged;
  const changed = edited.filter((e) => e.changed);
  if (inputs.dryRun) {
    const diff = changed.map((e) => unifiedDiff(e.edit.file, e.before, e.after)).join('');
    return { ...summary, changed: true, commitSha: snapshot.head, diff };
  }
  const sha = await client.commit({
    branch: inputs.branch,
    expectedHead: snapshot.head,
    message: commitMessage(inputs, summary.changedFiles, summary.previousTag),
    files: Object.fromEntries(changed.map((e) => [e.edit.file, e.after])),
  });
  return { ...summary, changed: true, commitSha: sha, diff: '' };
}

/** The edits in input order, on the texts read with the head (first error wins). */
async function editTargets(
  client: BranchCommits,
  inputs: BumpRequest,
  snapshot: BranchSnapshot,
): Promise<EditedText[]> {
  const edited: EditedText[] = [];
  for (const [i, file] of inputs.files.entries()) {
    const read = snapshot.files[i];
    if (!read) {
      throw missingFile(
        file,
        inputs.branch,
        await nearbyFiles(file, (folder) => client.listFolder(folder, snapshot.head)),
        inputs.inputNames?.files ?? 'files',
      );
    }
    edited.push(editText(inputs, file, read.text));
  }
  return edited;
}
