// The promotion branch: created, rebuilt on the base, or added to, never losing anyone's commit.
import { BranchMoved, type BranchTip, type RepoClient } from '@gitops-actions/github';
import type { EditedText } from '@gitops-actions/bump';
import type { Logger } from '@gitops-actions/kit';
import { editTargets } from './edits.js';
import type { PromotionRequest } from './request.js';

/** Marks commits this action made, so a re-run can tell them from reviewers' commits. */
export const TRAILER = 'Promoted-by: open-promotion-pr';

export interface BranchOutcome {
  sha: string;
  moved: boolean;
  /** A branch that did not exist cannot have an open PR, which saves the lookup. */
  created?: boolean;
  keptCommits: number;
}

export interface BranchTarget {
  branch: string;
  message: string;
  tag: string;
  base: BranchTip;
  edits: EditedText[];
}

/** Said when a ref update loses a race; the retry starts again from what GitHub holds then. */
const MOVED = 'the branch moved while it was being updated';

/**
 * Creates the branch, or moves it. A branch holding only this action's commits is rebuilt on the
 * current base (the PR then shows one clean commit); one carrying anyone else's commit is never
 * reset: the edit is applied to its tip and committed on top.
 */
export async function updateBranch(
  inputs: PromotionRequest,
  client: RepoClient,
  log: Logger,
  target: BranchTarget,
): Promise<BranchOutcome> {
  const { branch, message, tag, base, edits } = target;
  const head = await client.branch(branch);
  if (!head) {
    const sha = await commitEdits(client, base, edits, message);
    if (!(await client.createBranch(branch, sha))) throw new BranchMoved(branch, MOVED);
    log.info(`Created ${branch} at ${sha.slice(0, 7)}`);
    return { sha, moved: true, created: true, keptCommits: 0 };
  }
  const comparison = await client.compare(base.sha, head.sha);
  const foreign = comparison.commits.filter((c) => !c.message.includes(TRAILER));
  if (foreign.length === 0) {
    if (comparison.behindBy === 0 && comparison.aheadBy > 0 && (await holdsTag(inputs, client, head, tag))) {
      return { sha: head.sha, moved: false, keptCommits: 0 };
    }
    const sha = await commitEdits(client, base, edits, message);
    // Only this action's commits are on the branch, so replacing them loses nobody's work.
    if (!(await client.moveBranch(branch, sha, true))) throw new BranchMoved(branch, MOVED);
    log.info(`Rebuilt ${branch} on ${inputs.base} at ${sha.slice(0, 7)}`);
    return { sha, moved: true, keptCommits: 0 };
  }
  const who = [...new Set(foreign.map((c) => c.author))].join(', ');
  log.info(
    `${branch} has ${foreign.length} commit(s) not made by this action (by ${who}); keeping them and adding the promotion on top instead of resetting the branch`,
  );
  const onHead = await editTargets(inputs, client, head.sha, tag);
  if (onHead.every((e) => !e.changed)) return { sha: head.sha, moved: false, keptCommits: foreign.length };
  const sha = await commitEdits(client, head, onHead, message);
  if (!(await client.moveBranch(branch, sha, false))) throw new BranchMoved(branch, MOVED);
  return { sha, moved: true, keptCommits: foreign.length };
}

async function holdsTag(
  inputs: PromotionRequest,
  client: RepoClient,
  head: BranchTip,
  tag: string,
): Promise<boolean> {
  const edits = await editTargets(inputs, client, head.sha, tag);
  return edits.every((e) => !e.changed);
}

function commitEdits(
  client: RepoClient,
  parent: BranchTip,
  edits: EditedText[],
  message: string,
): Promise<string> {
  const files = Object.fromEntries(edits.filter((e) => e.changed).map((e) => [e.edit.file, e.after]));
  return client.commitFiles({ parent: parent.sha, baseTree: parent.tree, files, message });
}
