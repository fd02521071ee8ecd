import { ActionError, networkFailure, retry, type Clock } from '@gitops-actions/kit';

/** What asking the runner for the job's token touches. */
export interface OidcPorts {
  env: NodeJS.ProcessEnv;
  fetch: typeof fetch;
  clock: Clock;
  random?: () => number;
  secrets: { add(value: string): void };
}

/** The claims worth showing a person when a trust policy refuses them; none of them is secret. */
export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  repository?: string;
  ref?: string;
  environment?: string;
  job_workflow_ref?: string;
  exp?: number;
}

/** The job's identity as a cloud's token exchange receives it. */
export interface GitHubIdentity {
  /** The signed JWT, already masked. */
  token: string;
  claims: TokenClaims;
}

const OPERATION = 'get a GitHub OIDC token';

export const PERMISSION_HINT = [
  'The job has no permission to request an OIDC token. Add this to the job (or the workflow):',
  '  permissions:',
  '    id-token: write',
  '    contents: read',
  'Workflows triggered from a fork never receive an OIDC token.',
].join('\n');

/**
 * The one way every cloud login starts: the runner's token for `audience`, its claims read, and refused
 * here when already expired (a cloud would only answer with a vaguer error).
 */
export async function requestGitHubIdentity(audience: string, ports: OidcPorts): Promise<GitHubIdentity> {
  const token = await requestIdToken(audience, ports);
  const claims = decodeClaims(token);
  if (claims.exp !== undefined && claims.exp * 1000 <= ports.clock.now()) {
    throw new ActionError(OPERATION, `the token expired at ${new Date(claims.exp * 1000).toISOString()}`, {
      hint: "Check the runner's clock; tokens are valid for a few minutes after they are issued.",
    });
  }
  return { token, claims };
}

/** Asks the runner's token endpoint for a JWT with `audience`, retrying 5xx and network failures. */
export async function requestIdToken(audience: string, ports: OidcPorts): Promise<string> {
  const url = ports.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  const requestToken = ports.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  if (!url || !requestToken) {
    throw new ActionError(
      OPERATION,
      'ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set',
      { hint: PERMISSION_HINT },
    );
  }
  ports.secrets.add(requestToken);
  const target = new URL(url);
  target.searchParams.set('audience', audience);
  const value = await retry(() => fetchIdToken(target, requestToken, ports.fetch), {
    attempts: 4,
    baseMs: 300,
    maxMs: 4000,
    clock: ports.clock,
    random: ports.random,
    retryable: (e) => e instanceof ActionError && e.retryable,
  });
  ports.secrets.add(value);
  return value;
}

/** The endpoint as messages name it: its host and the runner variable that chose it. */
const endpoint = (target: URL): string =>
  `the runner's token endpoint ${target.host} (ACTIONS_ID_TOKEN_REQUEST_URL)`;

/** One attempt; whether another can help is carried by the error. */
async function fetchIdToken(target: URL, requestToken: string, fetchFn: typeof fetch): Promise<string> {
  let res: Response;
  try {
    res = await fetchFn(target, {
      headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json; api-version=2.0' },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const failure = networkFailure(error);
    throw new ActionError(OPERATION, `${endpoint(target)} ${failure.reason}`, {
      retryable: failure.transient,
    });
  }
  if (!res.ok) {
    const retryable = res.status >= 500 || res.status === 429;
    throw new ActionError(OPERATION, `${endpoint(target)} answered ${res.status}`, {
      retryable,
      hint: res.status === 401 || res.status === 403 ? PERMISSION_HINT : undefined,
    });
  }
  // Read as text first: a proxy's HTML page is not JSON, and the parser's message would echo it.
  let body: { value?: unknown } = {};
  try {
    body = JSON.parse(await res.text()) as { value?: unknown };
  } catch {
    // Falls through to the refusal below.
  }
  // Three base64url segments and nothing else: the value is masked and sent on, so a line break
  // in it would split the mask and reach the cloud's token exchange.
  if (typeof body?.value !== 'string' || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(body.value)) {
    throw new ActionError(OPERATION, `${endpoint(target)} answered without a JWT`, {
      retryable: res.status >= 500,
    });
  }
  return body.value;
}

/** Reads (does not verify: the cloud does) the claims of a JWT. */
export function decodeClaims(jwt: string): TokenClaims {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    const str = (k: string) => (typeof payload[k] === 'string' ? payload[k] : undefined);
    const aud = payload['aud'];
    return {
      iss: str('iss') ?? '',
      sub: str('sub') ?? '',
      aud: Array.isArray(aud)
        ? aud.join(',')
        : typeof aud === 'string' || typeof aud === 'number'
          ? String(aud)
          : '',
      repository: str('repository'),
      ref: str('ref'),
      environment: str('environment'),
      job_workflow_ref: str('job_workflow_ref'),
      exp: typeof payload['exp'] === 'number' ? payload['exp'] : undefined,
    };
  } catch {
    throw new ActionError(OPERATION, 'the runner answered with a token whose claims cannot be read');
  }
}
