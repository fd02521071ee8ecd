import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import { startGcpStandIn, type GcpStandIn } from '@gitops-actions/standin-gcp';

const PROVIDER = 'projects/42/locations/global/workloadIdentityPools/github/providers/github';
const SA = 'ci@acme-prod.iam.gserviceaccount.com';
const AUD = `https://iam.googleapis.com/${PROVIDER}`;

let oidc: OidcProvider;
let google: GcpStandIn;

beforeAll(async () => {
  oidc = await startOidcProvider({ repository: 'acme/app' });
  google = await startGcpStandIn({
    providers: [{ name: PROVIDER, issuer: oidc.issuer, condition: (a) => a['repository_owner'] === 'acme' }],
    serviceAccounts: [
      {
        email: SA,
        workloadIdentityUsers: [
          `principalSet://iam.googleapis.com/projects/42/locations/global/workloadIdentityPools/github/*`,
        ],
      },
    ],
  });
});
afterAll(async () => {
  await google.close();
  await oidc.close();
});

const exchangeBody = (over: Record<string, string> = {}) => ({
  grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
  audience: `//iam.googleapis.com/${PROVIDER}`,
  scope: 'https://www.googleapis.com/auth/cloud-platform',
  requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
  subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
  subjectToken: oidc.issue(AUD),
  ...over,
});

async function sts(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${google.stsUrl}/v1/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function generate(token: string | undefined, body: unknown, email = SA) {
  const res = await fetch(`${google.iamUrl}/v1/projects/-/serviceAccounts/${email}:generateAccessToken`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('(15.7) the Google STS and IAM Credentials stand-ins', () => {
  it('exchange a signed token for a federated token, and that for a service-account token', async () => {
    const exchanged = await sts(exchangeBody());
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({
      issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
      token_type: 'Bearer',
      expires_in: 3600,
    });
    const generated = await generate(String(exchanged.body['access_token']), {
      scope: ['https://www.googleapis.com/auth/cloud-platform'],
      lifetime: '600s',
    });
    expect(generated.status).toBe(200);
    expect(generated.body['expireTime']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('answer what Google refuses in its OAuth error shape', async () => {
    const cases: Array<[Record<string, string>, string]> = [
      [{ grantType: 'client_credentials' }, 'unsupported_grant_type'],
      [{ subjectTokenType: 'urn:ietf:params:oauth:token-type:saml2' }, 'invalid_request'],
      [{ requestedTokenType: 'urn:ietf:params:oauth:token-type:id_token' }, 'invalid_request'],
      [{ scope: '' }, 'invalid_scope'],
      [{ audience: `https://iam.googleapis.com/${PROVIDER}` }, 'invalid_target'],
      [{ subjectToken: oidc.issueForged(AUD) }, 'invalid_grant'],
      [{ subjectToken: oidc.issue('https://github.com/acme') }, 'invalid_grant'],
      [{ subjectToken: 'not-a-jwt' }, 'invalid_grant'],
    ];
    for (const [over, error] of cases) {
      const answer = await sts(exchangeBody(over));
      expect([over, answer.status, answer.body['error']]).toEqual([over, 400, error]);
      expect(typeof answer.body['error_description']).toBe('string');
    }
    oidc.claims = { repository_owner: 'evil' };
    try {
      expect((await sts(exchangeBody())).body['error']).toBe('unauthorized_client');
    } finally {
      oidc.claims = {};
    }
  });

  it('answer IAM refusals as google.rpc.Status', async () => {
    const token = String((await sts(exchangeBody())).body['access_token']);
    const scope = ['https://www.googleapis.com/auth/cloud-platform'];
    expect(await generate(undefined, { scope })).toMatchObject({
      status: 401,
      body: { error: { code: 401, status: 'UNAUTHENTICATED' } },
    });
    expect(await generate(token, { scope }, 'other@acme-prod.iam.gserviceaccount.com')).toMatchObject({
      status: 403,
      body: { error: { code: 403, status: 'PERMISSION_DENIED' } },
    });
    expect(await generate(token, { scope, lifetime: '7200s' })).toMatchObject({
      status: 400,
      body: { error: { status: 'INVALID_ARGUMENT' } },
    });
    expect(await generate(token, { lifetime: '60s' })).toMatchObject({ status: 400 });
  });

  it('accept the form-encoded exchange and answer unknown paths with an HTML page', async () => {
    const res = await fetch(`${google.stsUrl}/v1/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: `//iam.googleapis.com/${PROVIDER}`,
        scope: 'https://www.googleapis.com/auth/cloud-platform',
        requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
        subject_token: oidc.issue(AUD),
      }),
    });
    expect(res.status).toBe(200);
    const missing = await fetch(`${google.stsUrl}/v1/oauthtoken`, { method: 'POST' });
    expect([missing.status, missing.headers.get('content-type')]).toEqual([404, 'text/html; charset=UTF-8']);
  });
});
