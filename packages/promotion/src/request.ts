import type { FormatChoice } from '@gitops-actions/bump';

export type MergeMethod = '' | 'merge' | 'squash' | 'rebase';

/** Everything a promotion needs, already validated (open-promotion-pr's inputs.ts builds it). */
export interface PromotionRequest {
  /** `owner/name` of the GitOps repository. */
  repository: string;
  token: string;
  /** The branch the pull request merges into. */
  base: string;
  files: string[];
  image: string;
  /** Empty when it is to be read from fromFile. */
  tag: string;
  fromFile: string;
  digest: string;
  key: string;
  digestKey: string;
  format: FormatChoice;
  environment: string;
  /** Template; rendered once the image name is known. */
  branch: string;
  title: string;
  body: string;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  assignees: string[];
  draft: boolean;
  autoMerge: MergeMethod;
}
