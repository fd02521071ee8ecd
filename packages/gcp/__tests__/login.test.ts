import {
  ActionError,
  basicAuth,
  describeFailure,
  silentLogger,
  type Clock,
  type Logger,
} from '@gitops-actions/kit';
import {
  ATTRIBUTE_MAPPING,
  loginToGcp,
  renderGcpLoginSummary,
  type GcpLoginRequest,
  type GcpLoginResult,
} from '@gitops-actions/gcp';
import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import {
  startGcpStandIn,
  type GcpStandIn,
  type WorkloadIdentityProviderConfig,
} from '@gitops-actions/standin-gcp';

const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';
const POOL = 'iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github';
const SA = 'ci-pusher@acme-prod.iam.gserviceaccount.com';
const HOST = 'europe-west1-docker.pkg.dev';

let oidc: OidcProvider;
let google: GcpStandIn;

beforeAll(async () => {
  oidc = await startOidcProvider({ repository: 'acme/app', ref: 'refs/heads/main' });
});
afterAll(() => oidc.close());
afterEach(() => google?.close());

async function standIn(
  provider: Partial<WorkloadIdentityProviderConfig> = {},
  more: Partial<Parameters<typeof startGcpStandIn>[0]> = {},
): Promise<GcpStandIn> {
  google = await startGcpStandIn({
    providers: [{ name: PROVIDER, issuer: oidc.issuer, ...provider }],
    serviceAccounts: [
      { email: SA, workloadIdentityUsers: [`principalSet://${POOL}/attribute.repository/acme/app`] },
    ],
    ...more,
  });
  return google;
}

function request(over: Partial<GcpLoginRequest> = {}): GcpLoginRequest {
  return {
    workloadIdentityProvider: PROVIDER,
    registries: [HOST],
    stsEndpoint: google.stsUrl,
    iamEndpoint: google.iamUrl,
    inputNames: {
      workloadIdentityProvider: 'the-provider',
      serviceAccount: 'the-service-account',
      registries: 'the-registries',
      tokenLifetime: 'the-lifetime',
      audience: 'the-audience',
      stsEndpoint: 'the-sts-endpoint',
      iamEndpoint: 'the-iam-endpoint',
    },
    ...over,
  };
}

function ports() {
  const masked: string[] = [];
  const logged: string[] = [];
  const sleeps: number[] = [];
  const clock: Clock = {
    now: () => Date.now(),
    sleep: (ms) => {
      sleeps.push(ms);
      return Promise.resolve();
    },
  };
  const log: Logger = { ...silentLogger, info: (text: string) => void logged.push(text) };
  return {
    masked,
    logged,
    sleeps,
    ports: {
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
      },
      fetch: globalThis.fetch,
      clock,
      random: () => 0.5,
      secrets: { add: (v: string) => void masked.push(v) },
      log,
    },
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

const stsHost = () => new URL(google.stsUrl).host;
const iamHost = () => new URL(google.iamUrl).host;

describe('loginToGcp', () => {
  it('(15.2) exchanges the GitHub token at STS and uses the federated token without a service account', async () => {
    await standIn();
    const { ports: p, masked } = ports();
    const result = await loginToGcp(request(), p);

    expect(google.received.sts).toHaveLength(1);
    const sent = google.received.sts[0]!;
    expect(sent).toMatchObject({ method: 'POST', path: '/v1/token', authorization: undefined });
    expect(sent.contentType).toMatch(/^application\/json/);
    expect(sent.body).toEqual({
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
      subjectToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) as unknown,
    });
    expect(google.received.iam).toHaveLength(0);
    expect(google.federated.get(result.accessToken)).toMatchObject({
      subject: 'repo:acme/app:ref:refs/heads/main',
      attributes: { repository: 'acme/app' },
    });
    expect(result.claims.aud).toBe(`https://iam.googleapis.com/${PROVIDER}`);
    expect(result.serviceAccount).toBeUndefined();
    expect(result.expiration.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    expect(result.registries).toEqual([
      { host: HOST, username: 'oauth2accesstoken', password: result.accessToken },
    ]);
    expect(masked).toEqual(
      expect.arrayContaining([
        oidc.requestToken,
        sent.body!['subjectToken'],
        result.accessToken,
        basicAuth('oauth2accesstoken', result.accessToken),
      ]),
    );
    expect(renderGcpLoginSummary(result)).toContain(`\`${HOST}\``);
  });

  it('(15.2) impersonates the service account with the federated token and the lifetime asked for', async () => {
    await standIn();
    const { ports: p, masked } = ports();
    const result = await loginToGcp(request({ serviceAccount: SA, tokenLifetimeSeconds: 1800 }), p);

    expect(google.received.iam).toHaveLength(1);
    const sent = google.received.iam[0]!;
    const federated = [...google.federated.keys()][0]!;
    expect(sent).toMatchObject({
      method: 'POST',
      path: `/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
      authorization: `Bearer ${federated}`,
      body: { scope: ['https://www.googleapis.com/auth/cloud-platform'], lifetime: '1800s' },
    });
    const issued = google.issued.get(result.accessToken);
    expect(issued?.email).toBe(SA);
    expect(result.expiration.toISOString().replace('.000Z', 'Z')).toBe(issued?.expireTime);
    expect(result.serviceAccount).toBe(SA);
    expect(result.registries[0]?.password).toBe(result.accessToken);
    expect(masked).toEqual(expect.arrayContaining([federated, result.accessToken]));
  });

  it('(15.5) a wrong audience names STS, its error and the audience input', async () => {
    await standIn();
    const error = await failure(loginToGcp(request({ audience: 'https://github.com/acme' }), ports().ports));
    expect(error.message).toMatch(
      new RegExp(
        `^Google STS at ${stsHost()} \\(the-sts-endpoint\\) answered 400 invalid_grant: 'The audience in ID Token`,
      ),
    );
    expect(error.hint).toContain("The token's aud is https://github.com/acme");
    expect(error.hint).toContain('Set the-audience to one of them');
  });

  it('(15.5) an attribute condition refusing the job is explained with the condition, mapping and bindings', async () => {
    await standIn({ condition: (a) => a['repository'] === 'acme/other' });
    const error = await failure(loginToGcp(request(), ports().ports));
    expect(error.message).toContain('answered 400 unauthorized_client:');
    const text = describeFailure(error, 'log in');
    expect(text).toContain(`Could not exchange the GitHub token at ${PROVIDER}`);
    expect(text).toContain('sub: repo:acme/app:ref:refs/heads/main');
    expect(text).toContain(ATTRIBUTE_MAPPING);
    expect(text).toContain("assertion.repository == 'acme/app' && assertion.ref == 'refs/heads/main'");
    expect(text).toContain(`principal://${POOL}/subject/repo:acme/app:ref:refs/heads/main`);
    expect(text).toContain('roles/artifactregistry.writer');
    expect(text).toContain(`principalSet://${POOL}/attribute.repository/acme/app`);

    const withSa = await failure(loginToGcp(request({ serviceAccount: SA }), ports().ports));
    expect(withSa.hint).toContain(
      `roles/iam.workloadIdentityUser (iam.serviceAccounts.getAccessToken) on ${SA}`,
    );
  });

  it('(15.5) a service account the job may not impersonate is explained with the binding to add', async () => {
    await standIn(
      {},
      {
        serviceAccounts: [
          { email: SA, workloadIdentityUsers: [`principalSet://${POOL}/attribute.repository/acme/other`] },
        ],
      },
    );
    const error = await failure(loginToGcp(request({ serviceAccount: SA }), ports().ports));
    expect(error.operation).toBe(`impersonate ${SA}`);
    expect(error.message).toBe(
      `IAM Credentials at ${iamHost()} (the-iam-endpoint) answered 403 PERMISSION_DENIED: 'Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).'`,
    );
    expect(error.hint).toContain(`Service account ${SA} does not admit this job's token`);
    expect(error.hint).toContain(
      `--role=roles/iam.workloadIdentityUser --member='principalSet://${POOL}/attribute.repository/acme/app'`,
    );
  });

  it('(15.7) an expired GitHub token is refused by STS and explained', async () => {
    // The services' clock is an hour ahead of the runner's: the token is expired when STS sees it.
    await standIn({}, { now: () => Date.now() + 3600_000 });
    const error = await failure(loginToGcp(request(), ports().ports));
    expect(error.message).toMatch(/answered 400 invalid_grant: 'ID Token expired at \d+\.'/);
    expect(error.hint).toContain('expired before Google STS saw it');
  });

  it('(15.7) retries 5xx and 429 from STS and IAM Credentials with backoff on the injected clock', async () => {
    await standIn();
    google.failNext(2, 503, 'sts');
    const { ports: p, logged, sleeps } = ports();
    const first = loginToGcp(request({ serviceAccount: SA }), p);
    const result = await first;
    expect(google.received.sts).toHaveLength(3);
    expect(sleeps).toEqual([200, 400]);
    expect(logged.filter((l) => l.startsWith('Google STS token exchange: 503 on attempt'))).toHaveLength(2);
    expect(google.issued.has(result.accessToken)).toBe(true);

    google.failNext(1, 429, 'iam');
    await loginToGcp(request({ serviceAccount: SA }), p);
    expect(google.received.iam).toHaveLength(3);

    google.failNext(5, 500, 'sts');
    const error = await failure(loginToGcp(request(), p));
    expect(error.message).toBe(
      `Google STS at ${stsHost()} (the-sts-endpoint) answered 500 server_error: 'The service is currently unavailable.'`,
    );
    expect(error.hint).toContain('kept failing after retries');
  });

  it('(15.2) refuses an answer that is not JSON, naming the host and the endpoint input', async () => {
    await standIn();
    google.failNext(1, 502, 'sts', 'html');
    await loginToGcp(request(), ports().ports);
    expect(google.received.sts).toHaveLength(2);

    // IAM Credentials' host has no /v1/token: Google's front end answers with its HTML 404 page.
    const error = await failure(loginToGcp(request({ stsEndpoint: google.iamUrl }), ports().ports));
    expect(error.message).toMatch(
      new RegExp(
        `^Google STS at ${iamHost()} \\(the-sts-endpoint\\) answered 404 with something that is not JSON \\('text/html`,
      ),
    );
    expect(error.hint).toContain('Check the-sts-endpoint');
  });

  it('(15.2) a lifetime above the service account limit points at the input and the org policy', async () => {
    await standIn();
    const error = await failure(
      loginToGcp(request({ serviceAccount: SA, tokenLifetimeSeconds: 7200 }), ports().ports),
    );
    expect(error.message).toContain('answered 400 INVALID_ARGUMENT:');
    expect(error.hint).toContain('Lower the-lifetime to 3600');
    expect(error.hint).toContain('iam.allowServiceAccountCredentialLifetimeExtension');
  });

  it('(15.2) masks every token before it can be printed: no log line holds one', async () => {
    await standIn();
    google.failNext(1, 503, 'iam');
    const { ports: p, masked, logged } = ports();
    const result = await loginToGcp(request({ serviceAccount: SA, credentialsDir: '/runner/temp' }), p);
    const tokens = [...google.federated.keys(), ...google.issued.keys(), result.files[0]!.content];
    for (const token of tokens) {
      expect(masked).toContain(token);
      expect(logged.join('\n')).not.toContain(token);
    }
  });
});

describe('the external_account credentials file', () => {
  function fileOf(result: GcpLoginResult, suffix: string) {
    const file = result.files.find((f) => f.path.endsWith(suffix));
    if (!file) throw new Error(`no ${suffix} file`);
    return file;
  }

  it('(15.2) is the documented identity-pool format with a file source and no request token', async () => {
    await standIn();
    const result = await loginToGcp(request({ credentialsDir: '/runner/temp' }), ports().ports);
    const token = fileOf(result, '.jwt');
    const json = fileOf(result, '.json');
    expect(token.path).toMatch(/^\/runner\/temp\/gcp-subject-token-[0-9a-f]{12}\.jwt$/);
    expect(token.content).toBe(google.received.sts[0]!.body!['subjectToken']);
    expect(result.credentialsFile).toEqual({ path: json.path, json: json.content });
    expect(JSON.parse(json.content)).toEqual({
      type: 'external_account',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${google.stsUrl}/v1/token`,
      credential_source: { file: token.path, format: { type: 'text' } },
    });
    for (const file of result.files) expect(file.content).not.toContain(oidc.requestToken);
    expect(result.environment).toEqual({
      GOOGLE_APPLICATION_CREDENTIALS: json.path,
      CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: json.path,
      GOOGLE_GHA_CREDS_PATH: json.path,
    });
  });

  it('(15.2) names the impersonation URL and the project of the service account', async () => {
    await standIn();
    const result = await loginToGcp(
      request({ serviceAccount: SA, tokenLifetimeSeconds: 1200, credentialsDir: '/runner/temp' }),
      ports().ports,
    );
    const json = JSON.parse(fileOf(result, '.json').content) as Record<string, unknown>;
    expect(json['service_account_impersonation_url']).toBe(
      `${google.iamUrl}/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
    );
    expect(json['service_account_impersonation']).toEqual({ token_lifetime_seconds: 1200 });
    expect(result.environment).toMatchObject({
      CLOUDSDK_CORE_PROJECT: 'acme-prod',
      GOOGLE_CLOUD_PROJECT: 'acme-prod',
    });
  });

  it('(15.2) works as written: the file source exchanges at the STS stand-in like google-auth-library would', async () => {
    await standIn();
    const result = await loginToGcp(request({ credentialsDir: '/runner/temp' }), ports().ports);
    const creds = JSON.parse(fileOf(result, '.json').content) as {
      audience: string;
      token_url: string;
      subject_token_type: string;
    };
    // What IdentityPoolClient sends: RFC 8693's form-encoded names, the token read from the file.
    const res = await fetch(creds.token_url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'urn:ietf:params:oauth:grant-type:token-exchange',
        audience: creds.audience,
        scope: 'https://www.googleapis.com/auth/cloud-platform',
        requested_token_type: 'urn:ietf:params:oauth:token-type:access_token',
        subject_token_type: creds.subject_token_type,
        subject_token: fileOf(result, '.jwt').content,
      }),
    });
    expect(res.status).toBe(200);
  });
});
