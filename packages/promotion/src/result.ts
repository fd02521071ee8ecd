import type { FileEdit } from '@gitops-actions/bump';
import type { PullRequest } from '@gitops-actions/github';

/** What became of the pull request's merge (the merge and auto-merge inputs). */
export interface MergeOutcome {
  /** `merged` by this run; `queued` in the base's merge queue; `auto-merge`: GitHub merges it once it may. */
  state: 'merged' | 'queued' | 'auto-merge';
  /** The head merged, queued or left to auto-merge: the commit this run wrote or read. */
  head: string;
  /** The merge commit, when merged. */
  commit: string;
  /** The position in the merge queue, when queued. */
  position: number;
}

export type Operation = 'created' | 'updated' | 'unchanged';

export interface PromotionResult {
  operation: Operation;
  pull: PullRequest | undefined;
  headSha: string;
  previousTag: string;
  tag: string;
  branch: string;
  edits: FileEdit[];
  /** Commits by others kept on the branch (the new commit went on top of them). */
  keptCommits: number;
  /** Absent when neither merge nor auto-merge was asked (or nothing needed promoting). */
  merge?: MergeOutcome;
}
