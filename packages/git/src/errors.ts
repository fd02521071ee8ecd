import { ActionError } from '@gitops-actions/kit';

export type GitFailure = 'auth' | 'not-found' | 'branch-not-found' | 'rejected' | 'network' | 'other';

/** Sorts git's stderr into the few cases callers react to differently. */
export function classify(stderr: string): GitFailure {
  if (
    /Authentication failed|could not read (Username|Password)|terminal prompts disabled|HTTP 401\b|HTTP 403\b|returned error: 40[13]/i.test(
      stderr,
    )
  ) {
    return 'auth';
  }
  if (/Remote branch .* not found|couldn't find remote ref|invalid refspec/i.test(stderr))
    return 'branch-not-found';
  if (
    /repository '.*' not found|does not appear to be a git repository|returned error: 404|HTTP 404\b/i.test(
      stderr,
    )
  ) {
    return 'not-found';
  }
  if (isRejectedPush(stderr)) return 'rejected';
  if (
    /Could not resolve host|Connection refused|Connection reset|timed out|early EOF|RPC failed|returned error: 5\d\d|HTTP 5\d\d/i.test(
      stderr,
    )
  ) {
    return 'network';
  }
  return 'other';
}

/** The three forms a lost push race takes; all mean "fetch the new tip and try again". */
export function isRejectedPush(text: string): boolean {
  return /\[rejected\].*\((fetch first|non-fast-forward)\)|\[remote rejected\].*(cannot lock ref|failed to update ref|incorrect old value)/i.test(
    text,
  );
}

export class GitError extends ActionError {
  constructor(
    operation: string,
    readonly failure: GitFailure,
    stderr: string,
    hint?: string,
  ) {
    super(operation, lastLines(stderr) || `git failed (${failure})`, {
      hint,
      retryable: failure === 'network' || failure === 'rejected',
    });
    this.name = 'GitError';
  }
}

function lastLines(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l &&
        !l.startsWith('hint:') &&
        !/^(Cloning into|remote: (Counting|Compressing|Enumerating|Total))/.test(l),
    );
  return lines.slice(-3).join('; ');
}
