// What a writer through the Git Data API needs around a branch: its tip, read so that a missing
// branch is told from a missing repository, and the error for a ref update that lost a race.
import { ActionError, shown } from '@gitops-actions/kit';
import type { BranchTip, RepoClient } from './repo.js';

/** The caller's names for what a missing repository or branch points the user to. */
export interface BranchTipHints {
  /** The input naming the repository, e.g. `repository` or `gitops-repository`. */
  repositoryInput: string;
  /** The input naming the branch, e.g. `base` or `gitops-branch`. */
  branchInput: string;
  /** Why the branch must exist, said after the input name; nothing more when absent. */
  branchNote?: string;
}

/** The tip and its tree in one request; a missing branch is told from a missing repository. */
export async function readBranchTip(
  client: RepoClient,
  branch: string,
  hints: BranchTipHints,
): Promise<BranchTip> {
  const tip = await client.branch(branch);
  if (tip) return tip;
  if (!(await client.repositoryExists())) {
    throw new ActionError(
      `read ${client.fullName}`,
      'the repository does not exist or the token cannot see it',
      {
        hint: `Check the ${hints.repositoryInput} input, and that the token has contents: read on it (a GITHUB_TOKEN only sees its own repository).`,
      },
    );
  }
  const note = hints.branchNote ? `; ${hints.branchNote}.` : '.';
  throw new ActionError(`read branch ${branch}`, `${client.fullName} has no branch ${shown(branch)}`, {
    hint: `Check the ${hints.branchInput} input${note}`,
  });
}

/** A ref update refused because another writer moved the branch first; worth another attempt. */
export class BranchMoved extends ActionError {
  constructor(branch: string, reason = 'the branch moved before the ref update (not a fast forward)') {
    super(`update ${branch}`, reason, { retryable: true });
  }
}
