import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import {
  startAcrServer,
  startEntraServer,
  type AcrServer,
  type EntraServer,
} from '@gitops-actions/standin-azure';

const CLIENT = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const AUDIENCE = 'api://AzureADTokenExchange';
const REGISTRY = 'acmeregistry.azurecr.io';

let provider: OidcProvider;
let entra: EntraServer;
let acr: AcrServer;

// RSA key generation is the slow part of a stand-in: one provider for the file, its claims reset per test.
beforeAll(async () => {
  provider = await startOidcProvider({ repository: 'acme/app' });
});
afterAll(() => provider.close());

beforeEach(async () => {
  provider.claims = {};
  entra = await startEntraServer({
    apps: [
      {
        clientId: CLIENT,
        tenantId: TENANT,
        federatedCredentials: [
          { issuer: provider.issuer, subject: 'repo:acme/app:ref:refs/heads/main', audiences: [AUDIENCE] },
        ],
      },
    ],
  });
  acr = await startAcrServer({
    registries: [{ host: REGISTRY, tenantId: TENANT, pushers: [CLIENT] }],
    entra,
  });
});

afterEach(() => Promise.all([entra.close(), acr.close()]));

const tokenForm = (over: Record<string, string> = {}): Record<string, string> => ({
  client_id: CLIENT,
  scope: 'https://management.azure.com/.default',
  grant_type: 'client_credentials',
  client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
  client_assertion: provider.issue(AUDIENCE),
  ...over,
});

async function post(
  url: string,
  form: Record<string, string>,
  contentType = 'application/x-www-form-urlencoded',
) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const token = (form: Record<string, string>, tenant = TENANT, contentType?: string) =>
  post(`${entra.url}/${tenant}/oauth2/v2.0/token`, form, contentType);

describe('the Entra token endpoint stand-in', () => {
  it('issues an access token for a signed assertion its federated credential admits', async () => {
    const { status, body } = await token(tokenForm());
    expect(status).toBe(200);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599 });
    const issued = entra.issued.get(body['access_token'] as string);
    expect(issued).toMatchObject({
      clientId: CLIENT,
      tenantId: TENANT,
      audience: 'https://management.azure.com',
    });
  });

  it("answers errors in Entra's documented body, with the AADSTS code first in the description", async () => {
    const { status, body } = await token(tokenForm({ client_id: '22222222-2222-2222-2222-222222222222' }));
    expect(status).toBe(400);
    expect(Object.keys(body).sort()).toEqual(
      [
        'correlation_id',
        'error',
        'error_codes',
        'error_description',
        'error_uri',
        'timestamp',
        'trace_id',
      ].sort(),
    );
    expect(body['error']).toBe('unauthorized_client');
    expect(body['error_codes']).toEqual([700016]);
    expect(body['error_description']).toMatch(
      /^AADSTS700016: Application with identifier .*\r\nTrace ID: [0-9a-f-]{36}\r\n/,
    );
    expect(body['timestamp']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
  });

  it.each([
    ['a JSON body', {}, 'application/json', 900144],
    ['no grant_type', { grant_type: '' }, undefined, 900144],
    ['another grant', { grant_type: 'password' }, undefined, 70003],
    ['another assertion type', { client_assertion_type: 'jwt' }, undefined, 90014],
    ['a scope without /.default', { scope: 'https://management.azure.com' }, undefined, 1002012],
    ['a client secret as well', { client_secret: 'secret' }, undefined, 90023],
    ['a malformed assertion', { client_assertion: 'not-a-jwt' }, undefined, 50027],
  ])('refuses %s as Entra does', async (_what, over: Record<string, string>, contentType, code) => {
    const { body } = await token(tokenForm(over), TENANT, contentType);
    expect(body['error_codes']).toEqual([code]);
  });

  it('refuses an unknown tenant, a forged signature and an unreachable JWKS', async () => {
    expect((await token(tokenForm(), '33333333-3333-3333-3333-333333333333')).body['error_codes']).toEqual([
      90002,
    ]);
    const forged = await token(tokenForm({ client_assertion: provider.issueForged(AUDIENCE) }));
    expect([forged.status, forged.body['error_codes']]).toEqual([401, [700027]]);
    provider.failJwks(1);
    expect((await token(tokenForm())).body['error_codes']).toEqual([50166]);
  });

  it('checks issuer, audience and subject exactly, then the lifetime with its own clock', async () => {
    expect(
      (await token(tokenForm({ client_assertion: provider.issue('api://Other') }))).body['error_codes'],
    ).toEqual([700212]);
    provider.claims = { sub: 'repo:acme/app:ref:refs/heads/dev' };
    expect(
      (await token(tokenForm({ client_assertion: provider.issue(AUDIENCE) }))).body['error_codes'],
    ).toEqual([700213]);
    entra.legacyMismatchCode = true;
    expect(
      (await token(tokenForm({ client_assertion: provider.issue(AUDIENCE) }))).body['error_codes'],
    ).toEqual([70021]);
    provider.claims = { sub: 'repo:ACME/app:ref:refs/heads/main' };
    entra.legacyMismatchCode = false;
    expect(
      (await token(tokenForm({ client_assertion: provider.issue(AUDIENCE) }))).body['error_codes'],
    ).toEqual([7002138]);
    provider.claims = { iss: 'https://elsewhere.example' };
    expect(
      (await token(tokenForm({ client_assertion: provider.issue(AUDIENCE) }))).body['error_codes'],
    ).toEqual([700211]);
    provider.claims = {};
    entra.skewClock(600);
    expect((await token(tokenForm())).body['error_codes']).toEqual([700024]);
  });

  it('fails the next requests on demand, as JSON or as a proxy page', async () => {
    entra.failNext(1, 503);
    expect(await token(tokenForm())).toMatchObject({
      status: 503,
      body: { error: 'temporarily_unavailable' },
    });
    entra.failNext(1, 502, 'html');
    const res = await fetch(`${entra.url}/${TENANT}/oauth2/v2.0/token`, { method: 'POST' });
    expect([res.status, await res.text()]).toEqual([502, '<html><body>Service Unavailable</body></html>']);
    expect((await token(tokenForm())).status).toBe(200);
  });
});

describe("ACR's /oauth2/exchange stand-in", () => {
  const accessToken = async () => (await token(tokenForm())).body['access_token'] as string;
  const exchange = (form: Record<string, string>, contentType?: string) =>
    post(`${acr.url}/oauth2/exchange`, form, contentType);

  it('exchanges an Entra access token for a refresh token of the registry', async () => {
    const { status, body } = await exchange({
      grant_type: 'access_token',
      service: REGISTRY,
      tenant: TENANT,
      access_token: await accessToken(),
    });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['refresh_token']);
    expect(acr.issued.get(body['refresh_token'] as string)).toMatchObject({
      host: REGISTRY,
      clientId: CLIENT,
    });
  });

  it("answers errors in ACR's documented body", async () => {
    const good = {
      grant_type: 'access_token',
      service: REGISTRY,
      tenant: TENANT,
      access_token: await accessToken(),
    };
    const cases: Array<[Record<string, string>, number, string, string?]> = [
      [{ ...good, grant_type: 'refresh_token' }, 400, 'UNSUPPORTED'],
      [{ ...good, service: 'other.azurecr.io' }, 400, 'BAD_REQUEST'],
      [{ ...good, tenant: '' }, 400, 'BAD_REQUEST'],
      [{ ...good, access_token: 'never-issued' }, 401, 'UNAUTHORIZED'],
      [{ ...good, tenant: '33333333-3333-3333-3333-333333333333' }, 401, 'UNAUTHORIZED'],
      [good, 400, 'BAD_REQUEST', 'application/json'],
    ];
    for (const [form, status, code, contentType] of cases) {
      const res = await exchange(form, contentType);
      expect([res.status, (res.body['errors'] as Array<{ code: string }>)[0]?.code]).toEqual([status, code]);
    }
    acr.registries[0]!.pushers = [];
    const denied = await exchange(good);
    expect(denied).toEqual({
      status: 401,
      body: {
        errors: [
          {
            code: 'UNAUTHORIZED',
            message: 'authentication required, visit https://aka.ms/acr/authorization for more information.',
          },
        ],
      },
    });
    acr.failNext(1, 503);
    expect((await exchange(good)).status).toBe(503);
  });
});
