import { ActionError, hostOf, networkFailure, shown, type NetworkFailure } from '@gitops-actions/kit';

interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { url?: string };
}

/** The host could not be reached: no answer at all, as Octokit reports it (status 500, no response). */
interface Unreachable extends NetworkFailure {
  /** `api.github.com`, or `host:port`. */
  host: string;
}

/** The network failure behind an Octokit error, or undefined when GitHub answered. */
function unreachable(error: unknown): Unreachable | undefined {
  const e = error as Partial<HttpFailure>;
  if (!isHttpError(error) || e.response !== undefined || e.status !== 500) return undefined;
  return { ...networkFailure(error), host: e.request?.url ? hostOf(e.request.url) : 'the GitHub API' };
}

/**
 * An answer that is not GitHub's JSON API: a proxy's HTML page, or text from something else at
 * GITHUB_API_URL. Octokit hands such a body over as a string, and reading fields of it failed as
 * "Cannot read properties of undefined"; it is refused here, by the host, before anything reads it.
 */
export class NotGitHubJson extends Error {
  constructor(
    readonly host: string,
    readonly status: number,
    readonly html: boolean,
  ) {
    super(`${host} answered ${status} with ${html ? 'an HTML page' : 'something other than JSON'}`);
    this.name = 'NotGitHubJson';
  }
}

export function refuseNonJson(
  status: number,
  headers: Record<string, string | number | undefined>,
  data: unknown,
  url: string,
): void {
  if (status === 204 || (typeof data === 'object' && data !== null)) return;
  const type = String(headers['content-type'] ?? '');
  const html = /html/i.test(type) || (typeof data === 'string' && /^\s*</.test(data));
  throw new NotGitHubJson(hostOf(url), status, html);
}

/** Whether trying the same request again may succeed: a passing network fault, 5xx or 429. */
export function isTransient(error: unknown): boolean {
  const network = unreachable(error);
  if (network) return network.transient;
  // A proxy's page may pass (a gateway restarting); text from something else will not.
  if (error instanceof NotGitHubJson) return error.html;
  return isHttpError(error) && (error.status >= 500 || error.status === 429);
}

function networkError(operation: string, failure: Unreachable, attempts: number): ActionError {
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new ActionError(operation, `could not reach ${failure.host}: it ${failure.reason}${tried}`, {
    hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${failure.host}; a GitHub Enterprise Server's API is <server>/api/v3), and the runner's DNS, proxy and firewall settings.`,
  });
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
export function toActionError(
  error: unknown,
  operation: string,
  tokenInput = 'token',
  attempts = 1,
): unknown {
  if (error instanceof NotGitHubJson) {
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    return new ActionError(operation, `${error.message} instead of GitHub's JSON API${tried}`, {
      hint: `Check GITHUB_API_URL / GITHUB_SERVER_URL (they choose ${error.host}; a GitHub Enterprise Server's API is <server>/api/v3), and any proxy in between.`,
    });
  }
  if (error instanceof ActionError || !isHttpError(error)) return error;
  const network = unreachable(error);
  if (network) return networkError(operation, network, attempts);
  const message = shown(githubMessage(error));
  const github = error.request?.url ? `GitHub at ${hostOf(error.request.url)}` : 'GitHub';
  if (error.status === 401) {
    return new ActionError(operation, `${github} refused the token (401 ${message})`, {
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
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new ActionError(operation, `${github} answered ${error.status}: ${message}${tried}`, {
    hint: isTransient(error)
      ? 'GitHub is failing or limiting requests; run the job again later, or check https://www.githubstatus.com.'
      : undefined,
    cause: error,
  });
}

/** A failure in a retry's log line: the status, or the network code. */
export function attemptFailure(error: unknown): string {
  const e = error as { status?: number; message?: string };
  return typeof e.status === 'number' ? `${e.status} ${e.message ?? ''}`.trim() : String(e.message ?? error);
}

/** One entry of a GraphQL answer's `errors`: GitHub adds `type` beside the message. */
export interface GraphqlError {
  type?: string;
  message: string;
  path?: Array<string | number>;
}

/** The `errors` of a GraphQL answer Octokit threw as a GraphqlResponseError; undefined for any other failure. */
export function graphqlErrors(error: unknown): GraphqlError[] | undefined {
  const errors = (error as { errors?: unknown }).errors;
  if ((error as { name?: string }).name !== 'GraphqlResponseError' || !Array.isArray(errors))
    return undefined;
  return errors as GraphqlError[];
}
