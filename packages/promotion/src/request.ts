import type { BumpInputNames, FormatChoice, ReferenceCommit } from '@gitops-actions/bump';

export type MergeMethod = '' | 'merge' | 'squash' | 'rebase';

/**
 * Whether the tag (and a given digest) are checked in the registry before anything is written:
 * `true` always (failing when it cannot be checked), `false` never, `auto` when the docker config
 * holds a login for the image's registry.
 */
export type VerifyTag = 'auto' | 'true' | 'false';

/** The caller's names for the inputs a promotion's errors point to; open-promotion-pr's by default. */
export interface PromotionInputNames extends Pick<BumpInputNames, 'createMissing' | 'key' | 'digestKey'> {
  repository: string;
  base: string;
  tag: string;
  fromFile: string;
  digest: string;
  image: string;
  verifyTag: string;
  /** Absent: `merge` and `auto-merge`. */
  merge?: string;
  autoMerge?: string;
}

export const PROMOTION_INPUTS: PromotionInputNames = {
  repository: 'repository',
  base: 'base',
  tag: 'tag',
  fromFile: 'from-file',
  digest: 'digest',
  image: 'image',
  verifyTag: 'verify-tag',
  merge: 'merge',
  autoMerge: 'auto-merge',
};

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
  /**
   * Merge the pull request at once, with this method, at the head this run wrote (never a later
   * one); a base that requires its merge queue gets the pull request queued instead. Off when
   * absent or empty.
   */
  merge?: MergeMethod;
  /** Helm: create the key path when it is absent (bump-manifest's create-missing). */
  createMissing?: boolean;
  /** `false` when absent. */
  verifyTag?: VerifyTag;
  /** PROMOTION_INPUTS when absent. */
  inputNames?: Partial<PromotionInputNames>;
  /**
   * The service commit's `Argocd-reference-commit-*` trailers: none with `enabled: false`; `known`
   * when the caller has it (null: unknown); otherwise carried forward from the commit that last
   * changed from-file. The overrides go on top. Carried forward when absent.
   */
  referenceCommit?: {
    enabled: boolean;
    overrides: Partial<ReferenceCommit>;
    known?: ReferenceCommit | null;
  };
}
