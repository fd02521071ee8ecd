import type { Format } from '@gitops-actions/manifest';
import type { ReferenceCommit } from './reference-commit.js';

export type FormatChoice = 'auto' | Format;

/** `git` clones sparsely and pushes; `api` commits through GitHub's Git Data API (no clone). */
export type Transport = 'git' | 'api';
/** The action's input: `auto` is `api` for an `owner/name` repository, `git` for an explicit URL. */
export type TransportChoice = 'auto' | Transport;

/** `push` commits to the branch; `pr` proposes the same edit as a pull request into it. */
export type BumpMode = 'push' | 'pr';

/**
 * The caller's names for the inputs a bump's hints point to, so the root action's users read its
 * own input names. Without `maxAttempts` (a caller with no such input) the hint only suggests queueing.
 */
export interface BumpInputNames {
  repository: string;
  branch: string;
  token: string;
  /** The input listing the files to edit; `files` when absent. */
  files?: string;
  maxAttempts?: string;
  /** Offered when a Helm key is missing; without it the hint says to add the key. */
  createMissing?: string;
  /** The input holding the Helm key path; `key` when absent. */
  key?: string;
  /** The input holding the Helm digest key path; `digest-key` when absent. */
  digestKey?: string;
  /** The input choosing push or pull request; without it a protected branch's hint names none. */
  mode?: string;
}

/** bump-manifest's input names: the hints' names when a request gives none. */
export const BUMP_MANIFEST_INPUTS: BumpInputNames = {
  repository: 'repository',
  branch: 'branch',
  token: 'token',
  files: 'files',
  maxAttempts: 'max-attempts',
  createMissing: 'create-missing',
  key: 'key',
  digestKey: 'digest-key',
  mode: 'mode',
};

/** Everything a bump needs, already validated (the action's inputs.ts builds it). */
export interface BumpRequest {
  /** Clone URL of the GitOps repository. */
  url: string;
  /** `owner/name` when the repository is on GITHUB_SERVER_URL, for links; null for other URLs. */
  repository: string | null;
  serverUrl: string;
  /** GITHUB_API_URL for the api transport; GITHUB_API_URL from the environment when absent. */
  apiUrl?: string;
  /**
   * Already resolved from `auto` by the caller (only it knows how the repository was written);
   * `git` when absent.
   */
  transport?: Transport;
  token: string;
  branch: string;
  files: string[];
  image: string;
  tag: string;
  digest: string;
  key: string;
  digestKey: string;
  format: FormatChoice;
  createMissing: boolean;
  commitMessage: string;
  author: { name: string; email: string };
  maxAttempts: number;
  dryRun: boolean;
  /**
   * `push` (the default) commits to `branch`; `pr` is published by promotion's bumpOrPropose, which
   * opens or updates a pull request into `branch` instead.
   */
  mode?: BumpMode;
  /** Named in hints; BUMP_MANIFEST_INPUTS when absent. */
  inputNames?: BumpInputNames;
  /**
   * The service commit this deploy comes from, written as `Argocd-reference-commit-*` trailers;
   * none when absent or null (opted out, or unknown).
   */
  referenceCommit?: ReferenceCommit | null;
  /**
   * `owner/name` of the service repository on the same GitHub as `repository`, where the token may
   * read `referenceCommit`'s missing author, date and subject; no lookup when absent.
   */
  referenceRepository?: string;
}
