import type { Clock, Exec, Logger } from '@gitops-actions/kit';
import type { RepoClient } from '@gitops-actions/github';
import type { FileEdit } from './edit-files.js';

export interface BumpPorts {
  log: Logger;
  exec?: Exec;
  clock?: Clock;
  random?: () => number;
  /** Parent folder for the temporary clone (RUNNER_TEMP on a runner). */
  tempDir?: string;
  /** The api transport's client; built from the token and GITHUB_API_URL when absent. */
  github?: RepoClient;
}

export interface BumpResult {
  changed: boolean;
  commitSha: string;
  previousTag: string;
  changedFiles: string[];
  attempts: number;
  edits: FileEdit[];
  /** In a dry run, the diff that would be committed; empty otherwise. */
  diff: string;
  /** In `pr` mode, the pull request that carries the change (absent when nothing needed changing). */
  pullRequest?: {
    number: number;
    url: string;
    operation: 'created' | 'updated' | 'unchanged';
    branch: string;
  };
}

/** What one attempt of a transport yields; the retry loop adds the attempt count. */
export type AttemptResult = Omit<BumpResult, 'attempts'>;
