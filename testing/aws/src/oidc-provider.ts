import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listenOnLoopback } from '@gitops-actions/testkit';

/** GitHub's OIDC claim set (https://docs.github.com/actions/reference/openid-connect-reference). */
export interface GitHubClaims {
  sub: string;
  aud: string;
  iss: string;
  repository: string;
  repository_owner: string;
  repository_id: string;
  ref: string;
  ref_type: string;
  sha: string;
  environment?: string;
  job_workflow_ref: string;
  workflow_ref: string;
  event_name: string;
  run_id: string;
  run_attempt: string;
  actor: string;
  jti: string;
  nbf: number;
  iat: number;
  exp: number;
  [claim: string]: unknown;
}

export interface OidcProviderOptions {
  /** Bearer token the runner gives the job in ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  requestToken?: string;
  repository?: string;
  ref?: string;
  environment?: string;
  /** Token lifetime; GitHub's are valid for 5 minutes (negative issues expired tokens). */
  ttlSeconds?: number;
}

export interface OidcProvider {
  /** The issuer (`iss`), also the base of the discovery document and JWKS. */
  issuer: string;
  /** What the runner sets as ACTIONS_ID_TOKEN_REQUEST_URL (it already carries a query string). */
  requestUrl: string;
  requestToken: string;
  /** Claims used for the next tokens; tests change them to simulate other refs or environments. */
  claims: Partial<GitHubClaims>;
  ttlSeconds: number;
  /** Issues a token directly (for STS tests that skip the runner endpoint). */
  issue(audience: string): string;
  /** Signs with a key that is not in the JWKS, for signature-failure tests. */
  issueForged(audience: string): string;
  stats: { tokenRequests: number; jwksRequests: number };
  /** The next `n` JWKS requests fail with 503, as an unreachable identity provider does. */
  failJwks(n: number): void;
  /** The next `n` requests to the runner's token endpoint answer `status` (a hiccup of the runner's service). */
  failTokens(n: number, status?: number): void;
  close(): Promise<void>;
}

const base64url = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

function signJwt(payload: object, key: KeyObject, kid: string): string {
  const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256', kid, x5t: kid }));
  const body = base64url(JSON.stringify(payload));
  const signature = sign('sha256', Buffer.from(`${header}.${body}`), key);
  return `${header}.${body}.${base64url(signature)}`;
}

function defaultClaims(
  opts: OidcProviderOptions,
  issuer: string,
): Omit<GitHubClaims, 'aud' | 'iat' | 'nbf' | 'exp' | 'jti'> {
  const repository = opts.repository ?? 'acme/app';
  const ref = opts.ref ?? 'refs/heads/main';
  const environment = opts.environment;
  const owner = repository.split('/')[0] ?? '';
  return {
    iss: issuer,
    sub: environment ? `repo:${repository}:environment:${environment}` : `repo:${repository}:ref:${ref}`,
    repository,
    repository_owner: owner,
    repository_id: '123456789',
    ref,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    sha: '0123456789abcdef0123456789abcdef01234567',
    ...(environment ? { environment } : {}),
    job_workflow_ref: `${repository}/.github/workflows/ci.yml@${ref}`,
    workflow_ref: `${repository}/.github/workflows/ci.yml@${ref}`,
    event_name: 'push',
    run_id: '1000000001',
    run_attempt: '1',
    actor: 'octocat',
  };
}

/**
 * The runner's ID-token endpoint plus the issuer's discovery document and JWKS, issuing RS256
 * tokens with GitHub's claims. The endpoint answers `{ "value": "<jwt>" }` like the real one and
 * refuses requests without the job's bearer token.
 */
export async function startOidcProvider(opts: OidcProviderOptions = {}): Promise<OidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forgeKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = publicKey.export({ format: 'jwk' });
  const kid = createHash('sha256').update(JSON.stringify(jwk)).digest('base64url').slice(0, 27);
  let jwksFailures = 0;
  let tokenFailures = { left: 0, status: 503 };
  const server = createServer();
  const url = await listenOnLoopback(server);
  const provider: OidcProvider = {
    issuer: url,
    requestUrl: `${url}/_apis/distributedtask/hubs/build/plans/p/jobs/j/idtoken?api-version=2.0`,
    requestToken: opts.requestToken ?? `runner-request-${randomBytes(12).toString('hex')}`,
    claims: {},
    ttlSeconds: opts.ttlSeconds ?? 300,
    issue: (audience) => signJwt(payloadFor(audience), privateKey, kid),
    issueForged: (audience) => signJwt(payloadFor(audience), forgeKey, kid),
    stats: { tokenRequests: 0, jwksRequests: 0 },
    failJwks(n) {
      jwksFailures = n;
    },
    failTokens(n, status = 503) {
      tokenFailures = { left: n, status };
    },
    close: () => closeServer(server),
  };
  function payloadFor(audience: string): GitHubClaims {
    const now = Math.floor(Date.now() / 1000);
    return {
      ...defaultClaims(opts, url),
      aud: audience,
      jti: randomBytes(16).toString('hex'),
      nbf: now - 5,
      iat: now - 5,
      exp: now + provider.ttlSeconds,
      ...provider.claims,
    } as GitHubClaims;
  }
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', url);
    if (u.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer: url,
        jwks_uri: `${url}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: [
          'sub',
          'aud',
          'exp',
          'iat',
          'iss',
          'jti',
          'nbf',
          'ref',
          'repository',
          'environment',
        ],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid'],
      });
    }
    if (u.pathname === '/.well-known/jwks') {
      provider.stats.jwksRequests += 1;
      if (jwksFailures > 0) {
        jwksFailures -= 1;
        return json(res, 503, { message: 'Service Unavailable' });
      }
      return json(res, 200, { keys: [{ ...jwk, kid, use: 'sig', alg: 'RS256' }] });
    }
    if (u.pathname.endsWith('/idtoken')) {
      provider.stats.tokenRequests += 1;
      if (tokenFailures.left > 0) {
        tokenFailures.left -= 1;
        return json(res, tokenFailures.status, { message: 'Service Unavailable' });
      }
      if (req.headers.authorization !== `Bearer ${provider.requestToken}`) {
        return json(res, 401, { message: 'Unauthorized' });
      }
      const audience = u.searchParams.get('audience') ?? 'https://github.com/acme';
      return json(res, 200, { count: 1, value: provider.issue(audience) });
    }
    json(res, 404, { message: 'Not Found' });
  });
  return provider;
}
