import type { BumpInputNames, BumpRequest } from '@gitops-actions/bump';

export type RollbackMode = 'push' | 'pr';

/** The caller's names for the inputs a rollback's errors and hints point to. */
export interface RollbackInputNames extends BumpInputNames {
  toTag: string;
  mode: string;
}

export const ROLLBACK_INPUTS: RollbackInputNames = {
  repository: 'repository',
  branch: 'branch',
  token: 'token',
  files: 'files',
  maxAttempts: 'max-attempts',
  key: 'key',
  digestKey: 'digest-key',
  toTag: 'to-tag',
  mode: 'mode',
};

/**
 * Where to roll back (the fields a bump names the target with) and to what. The tag and digest
 * are not given: they are read from the files' history.
 */
export type RollbackRequest = Pick<
  BumpRequest,
  | 'url'
  | 'repository'
  | 'serverUrl'
  | 'apiUrl'
  | 'transport'
  | 'token'
  | 'branch'
  | 'files'
  | 'image'
  | 'key'
  | 'digestKey'
  | 'format'
  | 'author'
  | 'maxAttempts'
> & {
  /** The tag to return to; empty: the value the target held before the current one. */
  toTag: string;
  /** `push` commits to the branch; `pr` opens a pull request through the promotion path. */
  mode: RollbackMode;
  /** Named in titles and messages; the files when empty. */
  environment: string;
  /** Why, in the commit message and the pull request; optional. */
  reason: string;
  /**
   * `false` writes no `Argocd-reference-commit-*` trailers; otherwise those of the commit that
   * deployed the restored value are carried forward. True when absent.
   */
  referenceCommit?: boolean;
  /** Commits of the files' history read at most; 50 when absent. */
  historyLimit?: number;
  inputNames?: RollbackInputNames;
};
