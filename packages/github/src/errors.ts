import { ActionError } from '@gitops-actions/kit';

interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function isHttpError(error: unknown, status?: number): error is HttpFailure {
  const e = error as Partial<HttpFailure> | undefined;
  return typeof e?.status === 'number' && (status === undefined || e.status === status);
}

/** The first line of GitHub's `message`, without Octokit's ` - https://docs...` suffix. */
export function githubMessage(error: unknown): string {
  const data = (error as HttpFailure).response?.data as { message?: string; errors?: unknown[] } | undefined;
  const detail = (data?.errors ?? [])
    .map((e) => (typeof e === 'string' ? e : ((e as { message?: string }).message ?? '')))
    .filter(Boolean)
    .join('; ');
  const base = data?.message ?? (error as Error).message;
  return detail ? `${base}: ${detail}` : base;
}

/**
 * Turns an Octokit failure into `Could not <operation>: <cause>` with the fix: a 403 names the
 * permission GitHub says is missing (`X-Accepted-GitHub-Permissions`), a 401 the caller's token
 * input (`tokenInput`).
 */
export function toActionError(error: unknown, operation: string, tokenInput = 'token'): unknown {
  if (error instanceof ActionError || !isHttpError(error)) return error;
  const message = githubMessage(error);
  if (error.status === 401) {
    return new ActionError(operation, `GitHub refused the token (401 ${message})`, {
      hint: `Check the ${tokenInput} input: it is expired, revoked, or for another GitHub server.`,
    });
  }
  if (error.status === 403 && !/rate limit/i.test(message)) {
    const accepted = String(error.response?.headers?.['x-accepted-github-permissions'] ?? '');
    const needed = accepted
      .split(/[;,]/)
      // GitHub names API permissions (pull_requests=write); a workflow's permissions key is pull-requests.
      .map((p) => p.trim().replace('=', ': ').replace(/_/g, '-'))
      .filter(Boolean)
      .join(' or ');
    return new ActionError(operation, `the token is not allowed to do this (403 ${message})`, {
      hint: needed
        ? `The token needs \`${needed}\`: add \`permissions: { ${needed} }\` to the job, or use a token that has it.`
        : 'The token lacks a permission for this repository; grant contents: write and pull-requests: write.',
    });
  }
  const retryable = error.status >= 500 || error.status === 429;
  return new ActionError(operation, `GitHub answered ${error.status}: ${message}`, {
    retryable,
    cause: error,
  });
}
