import { ActionError, displayUrl, shown } from '@gitops-actions/kit';

interface HttpFailure {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { url?: string };
}

/** The host could not be reached: no answer at all, as Octokit reports it (status 500, no response). */
export interface NetworkFailure {
  /** `ENOTFOUND`, `ECONNRESET`, `UND_ERR_SOCKET`, ...; `unknown` when the cause names none. */
  code: string;
  /** `api.github.com`, or `host:port`. */
  host: string;
  /** Worth another attempt: a reset or a timeout may pass, a name that does not resolve will not. */
  transient: boolean;
}

// Final: the address is wrong (or the DNS/proxy), or the certificate is; trying again changes nothing.
const FINAL_CODES =
  /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|ECONNREFUSED|CERT_|ERR_TLS_CERT|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_INVALID_URL)/;
const DNS_CODES = /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME)$/;

/** The network failure behind an Octokit error, or undefined when GitHub answered. */
export function networkFailure(error: unknown): NetworkFailure | undefined {
  const e = error as Partial<HttpFailure> & { cause?: unknown; name?: string };
  if (!isHttpError(error) || e.response !== undefined || e.status !== 500) return undefined;
  const code = causeCode(error) ?? (e.name === 'AbortError' ? 'ETIMEDOUT' : 'unknown');
  return { code, host: hostOf(e.request?.url), transient: !FINAL_CODES.test(code) };
}

/** The first `code` down the cause chain (RequestError → TypeError "fetch failed" → the socket's error). */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, cause, errors } = current as { code?: unknown; cause?: unknown; errors?: unknown[] };
    if (typeof code === 'string' && code !== '') return code;
    current = cause ?? errors?.[0];
  }
  const text = errorText(error);
  return /\b(E[A-Z_]{3,}|UND_ERR_[A-Z_]+)\b/.exec(text)?.[1];
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function hostOf(url: string | undefined): string {
  if (!url) return 'the GitHub API';
  try {
    return new URL(url).host;
  } catch {
    return displayUrl(url);
  }
}

/** Whether trying the same request again may succeed: a passing network fault, 5xx or 429. */
export function isTransient(error: unknown): boolean {
  const network = networkFailure(error);
  if (network) return network.transient;
  return isHttpError(error) && (error.status >= 500 || error.status === 429);
}

function networkError(operation: string, failure: NetworkFailure, attempts: number): ActionError {
  const what = DNS_CODES.test(failure.code)
    ? 'the name does not resolve'
    : failure.code === 'ECONNREFUSED'
      ? 'nothing listens there'
      : failure.transient
        ? 'the connection failed'
        : 'the connection was refused';
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new ActionError(operation, `could not reach ${failure.host} (${failure.code}: ${what})${tried}`, {
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
  if (error instanceof ActionError || !isHttpError(error)) return error;
  const network = networkFailure(error);
  if (network) return networkError(operation, network, attempts);
  const message = shown(githubMessage(error));
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
  const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
  return new ActionError(operation, `GitHub answered ${error.status}: ${message}${tried}`, {
    hint: isTransient(error)
      ? 'GitHub is failing or limiting requests; run the job again later, or check https://www.githubstatus.com.'
      : undefined,
    cause: error,
  });
}
