import type { FileEdit } from '@gitops-actions/bump';
import type { PullRequest } from '@gitops-actions/github';

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
}
