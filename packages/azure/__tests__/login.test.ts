import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, basicAuth, type Clock, type Logger } from '@gitops-actions/kit';
import {
  ACR_REFRESH_TOKEN_USER,
  loginToAzure,
  renderAzureLoginSummary,
  type AzureLoginRequest,
} from '@gitops-actions/azure';
import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import {
  startAcrServer,
  startEntraServer,
  type AcrServer,
  type EntraServer,
} from '@gitops-actions/standin-azure';

const CLIENT = '11111111-2222-3333-4444-555555555555';
const TENANT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SUBSCRIPTION = '99999999-8888-7777-6666-555555555555';
const REGISTRY = 'acmeregistry.azurecr.io';
const MAIN = 'repo:acme/app:ref:refs/heads/main';

let provider: OidcProvider;
let entra: EntraServer;
let acr: AcrServer;
let dir: string;

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
          { issuer: provider.issuer, subject: MAIN, audiences: ['api://AzureADTokenExchange'] },
        ],
      },
    ],
  });
  acr = await startAcrServer({
    registries: [{ host: REGISTRY, tenantId: TENANT, pushers: [CLIENT] }],
    entra,
  });
  dir = await mkdtemp(path.join(tmpdir(), 'azure-login-'));
});

afterEach(async () => {
  await Promise.all([entra.close(), acr.close()]);
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const request = (over: Partial<AzureLoginRequest> = {}): AzureLoginRequest => ({
  clientId: CLIENT,
  tenantId: TENANT,
  registries: [REGISTRY],
  authorityHost: entra.url,
  acrEndpoint: acr.url,
  inputNames: {
    clientId: 'the-client-id',
    tenantId: 'the-tenant-id',
    registries: 'the-registries',
    audience: 'the-audience',
    authorityHost: 'the-authority',
  },
  ...over,
});

interface Harness {
  masked: string[];
  logged: string[];
  sleeps: number[];
}

function ports(h: Harness = { masked: [], logged: [], sleeps: [] }) {
  // Real time for token lifetimes (the OIDC stand-in issues with Date.now()); sleeps return at once.
  const clock: Clock = {
    now: () => Date.now(),
    sleep: (ms) => {
      h.sleeps.push(ms);
      return Promise.resolve();
    },
  };
  const log: Logger = { info: (m) => void h.logged.push(m), warning: () => {}, debug: () => {} };
  return {
    log,
    clock,
    random: () => 0.5,
    secrets: { add: (v: string) => void h.masked.push(v) },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: provider.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: provider.requestToken,
      DOCKER_CONFIG: dir,
    },
    fetch,
  };
}

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => new Error('resolved'),
    (e: unknown) => e,
  );
  if (error instanceof ActionError) return error;
  throw error;
}

const claimsOf = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

describe('loginToAzure against the Entra and ACR stand-ins', () => {
  it('(15.3) presents the GitHub token at Entra, exchanges at ACR and returns the null-GUID login', async () => {
    const h: Harness = { masked: [], logged: [], sleeps: [] };
    const result = await loginToAzure(request({ subscriptionId: SUBSCRIPTION }), ports(h));

    expect(entra.requests).toHaveLength(1);
    const sent = entra.requests[0]!;
    expect(sent.method).toBe('POST');
    expect(sent.path).toBe(`/${TENANT}/oauth2/v2.0/token`);
    expect(sent.contentType).toBe('application/x-www-form-urlencoded');
    expect(sent.form).toMatchObject({
      client_id: CLIENT,
      scope: 'https://management.azure.com/.default',
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    });
    const assertion = sent.form['client_assertion'] ?? '';
    expect(claimsOf(assertion)).toMatchObject({ aud: 'api://AzureADTokenExchange', sub: MAIN });

    expect(acr.requests).toEqual([
      {
        method: 'POST',
        path: '/oauth2/exchange',
        contentType: 'application/x-www-form-urlencoded',
        form: {
          grant_type: 'access_token',
          service: REGISTRY,
          tenant: TENANT,
          access_token: result.accessToken,
        },
      },
    ]);
    expect(entra.issued.get(result.accessToken)?.audience).toBe('https://management.azure.com');
    const refresh = [...acr.issued.keys()][0]!;
    expect(result.registries).toEqual([
      { host: REGISTRY, username: ACR_REFRESH_TOKEN_USER, password: refresh },
    ]);

    expect(ACR_REFRESH_TOKEN_USER).toBe('00000000-0000-0000-0000-000000000000');
    // The caller (cloud-login) writes the docker config, the same way for every cloud.
    expect(existsSync(path.join(dir, 'config.json'))).toBe(false);

    expect(result.environment).toEqual({
      AZURE_CLIENT_ID: CLIENT,
      AZURE_TENANT_ID: TENANT,
      AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
      // The stand-in is not Entra's public authority, so tools must be told where it is.
      AZURE_AUTHORITY_HOST: entra.url,
    });
    expect(result.claims.sub).toBe(MAIN);
    expect(result.expiration.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect(renderAzureLoginSummary(result)).toContain(`\`${REGISTRY}\``);
    expect(renderAzureLoginSummary(result)).toContain(`\`${SUBSCRIPTION}\``);
  });

  it('(15.3) masks every token as it arrives and prints none of them', async () => {
    const h: Harness = { masked: [], logged: [], sleeps: [] };
    entra.failNext(1, 503);
    const result = await loginToAzure(request(), ports(h));
    const refresh = result.registries[0]!.password;
    const assertion = entra.requests.at(-1)!.form['client_assertion']!;
    expect(h.masked).toEqual(
      expect.arrayContaining([
        provider.requestToken,
        assertion,
        result.accessToken,
        refresh,
        basicAuth(ACR_REFRESH_TOKEN_USER, refresh),
      ]),
    );
    // Masked before the docker config holds it: the access token, then the ACR token, in that order.
    expect(h.masked.indexOf(result.accessToken)).toBeLessThan(h.masked.indexOf(refresh));
    for (const secret of [assertion, result.accessToken, refresh]) {
      expect(h.logged.join('\n')).not.toContain(secret);
    }
  });

  it('(15.3) asks no registry when none is given', async () => {
    const result = await loginToAzure(request({ registries: [] }), ports());
    expect(result.registries).toEqual([]);
    expect(acr.requests).toHaveLength(0);
  });

  it('(15.3) retries 5xx, 429 and non-JSON answers with backoff through the Clock', async () => {
    const h: Harness = { masked: [], logged: [], sleeps: [] };
    entra.failNext(2, 503);
    acr.failNext(1, 429);
    await loginToAzure(request(), ports(h));
    expect(entra.requests).toHaveLength(3);
    expect(acr.requests).toHaveLength(2);
    // Full jitter at random() = 0.5: half of 400, 800, then 400 again for the ACR call.
    expect(h.sleeps).toEqual([200, 400, 200]);
    expect(h.logged).toContain('Microsoft Entra token: 503 on attempt 1, retrying in 200 ms');

    entra.failNext(1, 502, 'html');
    await loginToAzure(request({ registries: [] }), ports());
  });

  it('(15.3) gives up after five attempts, naming the host, status and AADSTS code', async () => {
    entra.failNext(5, 500);
    const error = await failure(loginToAzure(request(), ports()));
    expect(entra.requests).toHaveLength(5);
    expect(error.operation).toBe(`sign in as application ${CLIENT}`);
    expect(error.message).toBe(
      `Microsoft Entra at ${new URL(entra.url).host} answered 500 temporarily_unavailable: 'AADSTS50000: There was an error issuing a token or an issue with our sign-in service.'`,
    );
    expect(error.hint).toBe('Microsoft Entra kept failing after retries with backoff; re-run the job.');

    entra.failNext(5, 502, 'html');
    const html = await failure(loginToAzure(request(), ports()));
    expect(html.message).toBe(
      `Microsoft Entra at ${new URL(entra.url).host} answered 502 with something that is not JSON (a proxy's page?)`,
    );
    expect(html.message).not.toContain('<html');
  });

  it('(15.5) explains a subject mismatch with the federated credential that would admit the token', async () => {
    entra.apps[0]!.federatedCredentials[0]!.subject = 'repo:acme/app:environment:production';
    const error = await failure(loginToAzure(request(), ports()));
    expect(entra.requests).toHaveLength(1);
    expect(error.message).toMatch(
      /^Microsoft Entra at 127\.0\.0\.1:\d+ answered 401 invalid_client: 'AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme\/app:ref:refs\/heads\/main'\./,
    );
    expect(error.message).not.toContain('Trace ID');
    const hint = error.hint ?? '';
    expect(hint).toContain(`Application ${CLIENT} does not admit this job's token. The token's claims:`);
    expect(hint).toContain(`  sub: ${MAIN}`);
    expect(hint).toContain(`    "issuer": "${provider.issuer}",`);
    expect(hint).toContain(`    "subject": "${MAIN}",`);
    expect(hint).toContain('    "audiences": [\n      "api://AzureADTokenExchange"\n    ],');
    expect(hint).toContain(
      `az ad app federated-credential create --id ${CLIENT} --parameters @credential.json`,
    );
    expect(hint).toContain('presents the environment form repo:acme/app:environment:<name> instead');

    entra.legacyMismatchCode = true;
    const legacy = await failure(loginToAzure(request(), ports()));
    expect(legacy.message).toContain(
      "answered 401 invalid_client: 'AADSTS70021: No matching federated identity record",
    );
    expect(legacy.hint).toContain(`    "subject": "${MAIN}",`);
  });

  it('(15.5) says when the subject differs only in case', async () => {
    entra.apps[0]!.federatedCredentials[0]!.subject = 'repo:Acme/App:ref:refs/heads/main';
    const error = await failure(loginToAzure(request(), ports()));
    expect(error.message).toContain('AADSTS7002138');
    expect(error.hint).toContain('fix the case of the owner, repository or environment');
  });

  it('(15.5) explains a wrong audience and names the audience input', async () => {
    const error = await failure(loginToAzure(request({ audience: 'api://SomethingElse' }), ports()));
    expect(error.message).toContain(
      "answered 401 invalid_client: 'AADSTS700212: No matching federated identity record found for presented assertion audience 'api://SomethingElse'.",
    );
    expect(error.hint).toContain('  aud: api://SomethingElse');
    expect(error.hint).toContain('    "audiences": [\n      "api://SomethingElse"\n    ],');
    expect(error.hint).toContain('Or set the-audience to the audience the credential lists.');
  });

  it('(15.3) explains a token Entra finds expired (its clock ahead of the runner)', async () => {
    entra.skewClock(3600);
    const error = await failure(loginToAzure(request(), ports()));
    expect(entra.requests).toHaveLength(1);
    expect(error.message).toContain(
      "answered 400 invalid_client: 'AADSTS700024: Client assertion is not within its valid time range.",
    );
    expect(error.hint).toBe(
      "The OIDC token was outside its valid time range when Entra checked it; check the runner's clock and re-run the job.",
    );
  });

  it('(15.3) hints at the client ID and tenant inputs for an unknown app or tenant', async () => {
    const other = '22222222-2222-2222-2222-222222222222';
    const unknownApp = await failure(loginToAzure(request({ clientId: other }), ports()));
    expect(unknownApp.message).toContain(
      `AADSTS700016: Application with identifier '${other}' was not found`,
    );
    expect(unknownApp.hint).toBe(
      `No application with client ID ${other} exists in tenant ${TENANT}: check the-client-id (the app registration's or managed identity's "Application (client) ID", not its object ID) and the-tenant-id.`,
    );

    const unknownTenant = await failure(loginToAzure(request({ tenantId: other }), ports()));
    expect(unknownTenant.message).toContain(
      `answered 400 invalid_request: 'AADSTS90002: Tenant '${other}' not found.`,
    );
    expect(unknownTenant.hint).toContain(`Check the-tenant-id (${other})`);
  });

  it('(15.3) names the unreachable authority and the input that chose it, without retrying', async () => {
    const closed = entra.url;
    await entra.close();
    const h: Harness = { masked: [], logged: [], sleeps: [] };
    const error = await failure(loginToAzure(request({ authorityHost: closed }), ports(h)));
    expect(error.message).toBe(
      `Microsoft Entra at ${new URL(closed).host} refused the connection: nothing listens there (ECONNREFUSED)`,
    );
    expect(error.hint).toBe(
      `Check the-authority (${closed}): it must be Microsoft Entra's authority for the app's cloud.`,
    );
    expect(h.sleeps).toEqual([]);
    entra = await startEntraServer({ apps: [] });
  });

  it('(15.3) explains an ACR exchange refusal with the AcrPush grant', async () => {
    acr.registries[0]!.pushers = [];
    const error = await failure(loginToAzure(request(), ports()));
    expect(error.operation).toBe(`log in to ${REGISTRY}`);
    expect(error.message).toBe(
      `ACR at ${new URL(acr.url).host} answered 401 UNAUTHORIZED: 'authentication required, visit https://aka.ms/acr/authorization for more information.'`,
    );
    expect(error.hint).toContain(`Grant it AcrPush on the registry:`);
    expect(error.hint).toContain(`az role assignment create --assignee ${CLIENT} --role AcrPush`);
    expect(error.hint).toContain('--name acmeregistry');
    expect(error.hint).toContain(`check that the-registries names a registry of tenant ${TENANT}`);
  });
});
