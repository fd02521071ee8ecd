import { ActionError, type Clock } from '@gitops-actions/kit';
import {
  PERMISSION_HINT,
  decodeClaims,
  explainRefusedToken,
  subjectForm,
  providerName,
  requestGitHubIdentity,
  type OidcPorts,
} from '@gitops-actions/oidc';

const NOW = Date.parse('2030-01-01T00:00:00Z');
const clock: Clock = { now: () => NOW, sleep: async () => {} };

const jwt = (claims: Record<string, unknown>): string =>
  ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');

const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/app:ref:refs/heads/main',
  aud: 'sts.amazonaws.com',
  repository: 'acme/app',
  exp: NOW / 1000 + 300,
};

function ports(answers: Array<Response | Error>): OidcPorts & { masked: string[]; urls: string[] } {
  const masked: string[] = [];
  const urls: string[] = [];
  return {
    masked,
    urls,
    env: { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://runner/token?x=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'req' },
    clock,
    random: () => 0,
    secrets: { add: (v) => masked.push(v) },
    fetch: ((url: URL) => {
      urls.push(String(url));
      const next = answers.shift() ?? new Error('no more answers');
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    }) as typeof fetch,
  };
}

const ok = (value: string) => new Response(JSON.stringify({ value }), { status: 200 });

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  if (error instanceof ActionError) return error;
  throw error;
}

describe('requestGitHubIdentity', () => {
  it('asks for the audience, masks both tokens and reads the claims', async () => {
    const token = jwt(CLAIMS);
    const p = ports([ok(token)]);
    const identity = await requestGitHubIdentity('sts.amazonaws.com', p);
    expect(identity.token).toBe(token);
    expect(identity.claims).toMatchObject({
      sub: CLAIMS.sub,
      aud: 'sts.amazonaws.com',
      repository: 'acme/app',
    });
    expect(p.urls).toEqual(['http://runner/token?x=1&audience=sts.amazonaws.com']);
    expect(p.masked).toEqual(['req', token]);
  });

  it('retries 5xx and unreachable endpoints, not 403 (which gets the permission hint)', async () => {
    const reset = new TypeError('fetch failed', {
      cause: Object.assign(new Error('read'), { code: 'ECONNRESET' }),
    });
    const p = ports([new Response('', { status: 502 }), reset, ok(jwt(CLAIMS))]);
    await requestGitHubIdentity('a', p);
    expect(p.urls).toHaveLength(3);

    const denied = ports([new Response('', { status: 403 }), ok(jwt(CLAIMS))]);
    const error = await failure(requestGitHubIdentity('a', denied));
    expect(error.message).toBe(
      "the runner's token endpoint runner (ACTIONS_ID_TOKEN_REQUEST_URL) answered 403",
    );
    expect(error.hint).toBe(PERMISSION_HINT);
    expect(denied.urls).toHaveLength(1);
  });

  it('(12.7) names an unresolvable endpoint and its variable, and does not retry it', async () => {
    const dns = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND runner'), { code: 'ENOTFOUND' }),
    });
    const p = ports([dns, ok(jwt(CLAIMS))]);
    const error = await failure(requestGitHubIdentity('a', p));
    expect(error.message).toBe(
      "the runner's token endpoint runner (ACTIONS_ID_TOKEN_REQUEST_URL) does not resolve (no DNS record for the host name) (ENOTFOUND)",
    );
    expect(p.urls).toHaveLength(1);
  });

  it('(12.11) refuses an HTML page without echoing it or the parser', async () => {
    const page = new Response('<html>::warning::proxy login</html>', { status: 200 });
    const error = await failure(requestGitHubIdentity('a', ports([page])));
    expect(error.message).toBe(
      "the runner's token endpoint runner (ACTIONS_ID_TOKEN_REQUEST_URL) answered without a JWT",
    );
  });

  it('refuses a token with anything after its three segments, so no line reaches the mask (fuzz find)', async () => {
    const forged = `${jwt(CLAIMS)}\n::warning::FORGED`;
    const p = ports([new Response(JSON.stringify({ value: forged }), { status: 200 })]);
    const error = await failure(requestGitHubIdentity('a', p));
    expect(error.message).toContain('answered without a JWT');
    expect(p.masked).toEqual(['req']);
  });

  it('explains a job without id-token: write', async () => {
    const error = await failure(requestGitHubIdentity('a', { ...ports([]), env: {} }));
    expect(error.operation).toBe('get a GitHub OIDC token');
    expect(error.hint).toContain('id-token: write');
  });

  it('refuses a token that has already expired', async () => {
    const error = await failure(requestGitHubIdentity('a', ports([ok(jwt({ ...CLAIMS, exp: NOW / 1000 }))])));
    expect(error.message).toBe('the token expired at 2030-01-01T00:00:00.000Z');
  });
});

describe('claims and explanations', () => {
  it('reads a list audience and tolerates missing claims', () => {
    expect(decodeClaims(jwt({ iss: 'i', sub: 's', aud: ['a', 'b'] }))).toEqual({
      iss: 'i',
      sub: 's',
      aud: 'a,b',
      repository: undefined,
      ref: undefined,
      environment: undefined,
      job_workflow_ref: undefined,
      exp: undefined,
    });
    expect(() => decodeClaims('a.%%%.c')).toThrow(/claims cannot be read/);
  });

  it('lists the claims before what the cloud would need', () => {
    expect(providerName('https://token.actions.githubusercontent.com/')).toBe(
      'token.actions.githubusercontent.com',
    );
    expect(explainRefusedToken('The policy', decodeClaims(jwt(CLAIMS)), ['needs X', ''])).toBe(
      [
        "The policy does not admit this job's token. The token's claims:",
        `  sub: ${CLAIMS.sub}`,
        '  aud: sts.amazonaws.com',
        '  repository: acme/app',
        '  ref: (not set)',
        '  environment: (not set)',
        '  job_workflow_ref: (not set)',
        'This job has no environment, so its sub names the ref (repo:acme/app:ref:<ref>; the event for a pull request); a job with `environment: <name>` presents the environment form repo:acme/app:environment:<name> instead.',
        'needs X',
      ].join('\n'),
    );
  });

  it('(13.2) says a job with an environment presents the environment form of sub, not the ref form', () => {
    const claims = decodeClaims(
      jwt({
        ...CLAIMS,
        sub: 'repo:acme/app:environment:production',
        ref: 'refs/heads/main',
        environment: 'production',
      }),
    );
    const text = explainRefusedToken('The policy', claims, []);
    expect(text).toContain('  sub: repo:acme/app:environment:production');
    expect(text).toContain('  environment: production');
    expect(text).toContain(
      'This job runs in the environment production, so its sub is the environment form repo:acme/app:environment:production, not the ref form (repo:acme/app:ref:refs/heads/main): a policy that names the branch does not admit it.',
    );
    expect(subjectForm({ iss: 'i', sub: 's', aud: 'a', environment: 'dev' })).toContain(
      'repo:<owner>/<repo>:environment:dev, not the ref form (repo:<owner>/<repo>:ref:<ref>)',
    );
  });
});
