import type { Clock, Exec, Logger } from '@gitops-actions/kit';
import type { FileEdit, ReferenceCommit } from '@gitops-actions/bump';
import type { RepoClient } from '@gitops-actions/github';

export interface RollbackPorts {
  log: Logger;
  exec?: Exec;
  clock?: Clock;
  random?: () => number;
  /** Parent folder for the temporary clones (RUNNER_TEMP on a runner). */
  tempDir?: string;
  /** The api transport's client; built from the token and GITHUB_API_URL when absent. */
  github?: RepoClient;
  /** The runner's environment, for the PR mode's GitHub URLs and the run link; process.env when absent. */
  env?: NodeJS.ProcessEnv;
}

/** A value the target held, and the commit that set it (the oldest of a run of equal values). */
export interface Deployed {
  tag: string;
  digest: string;
  sha: string;
  date: string;
  subject: string;
  /** The service commit named by the trailers of the commit that set the value; null when none. */
  reference: ReferenceCommit | null;
}

export interface RollbackResult {
  /** The tag set back. */
  restoredTag: string;
  /** The digest set back with it; empty when none. */
  restoredDigest: string;
  /** The tag that was replaced (as found on the branch when the edit was made). */
  previousTag: string;
  /** The commit on the branch (push) or the head of the pull request's branch (pr). */
  commitSha: string;
  pullRequestUrl: string;
  /** False when the branch (or the open pull request) already held the restored value. */
  changed: boolean;
  /** Where it was found in history: the commit that had deployed it. */
  from: Deployed;
  edits: FileEdit[];
}
