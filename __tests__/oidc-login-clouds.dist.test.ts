// The shipped oidc-login bundle with `provider: gcp` and `provider: azure` (issue 15.7), run as the runner
// runs it against the GitHub OIDC stand-in, Google STS + IAM Credentials and Microsoft Entra.
//
// ACR's `/oauth2/exchange` is not exercised here: the login asks `https://<name>.azurecr.io`, a host a
// bundle run from a test cannot reach (no input points it elsewhere, and none should: the registry is
// where the refresh token goes). That exchange, the null-GUID login and its refusals are covered at
// package level against the ACR stand-in (packages/azure and packages/cloud-login tests).
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist, type RunResult } from '@gitops-actions/testkit';
import { startOidcProvider, type OidcProvider } from '@gitops-actions/standin-aws';
import { startGcpStandIn, type GcpStandIn } from '@gitops-actions/standin-gcp';
import { startEntraServer, type EntraServer } from '@gitops-actions/standin-azure';

const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';
const POOL = 'iam.googleapis.com/projects/123456789012/locations/global/workloadIdentityPools/github';
const SA = 'ci-pusher@acme-prod.iam.gserviceaccount.com';
const AR_HOST = 'europe-west1-docker.pkg.dev';
const CLIENT_ID = '11111111-2222-3333-4444-555555555555';
const TENANT_ID = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee';
const SUBSCRIPTION_ID = '99999999-8888-7777-6666-555555555555';
const MAIN_SUBJECT = 'repo:acme/app:ref:refs/heads/main';
const OTHER_LOGIN = { auth: Buffer.from('someone:else-password').toString('base64') };

let oidc: OidcProvider;
let google: GcpStandIn;
let entra: EntraServer;
/** How far Google's clock runs ahead of the runner's, in ms. */
let googleSkewMs = 0;
let dir: string;
let dockerConfig: string;
let runnerTemp: string;

beforeAll(async () => {
  oidc = await startOidcProvider({ repository: 'acme/app', ref: 'refs/heads/main' });
  google = await startGcpStandIn({
    providers: [
      {
        name: PROVIDER,
        issuer: oidc.issuer,
        // attribute.repository from the default mapping; the condition admits main only.
        condition: (a) => a['repository_owner'] === 'acme' && a['ref'] === 'refs/heads/main',
      },
    ],
    serviceAccounts: [
      { email: SA, workloadIdentityUsers: [`principalSet://${POOL}/attribute.repository/acme/app`] },
    ],
    now: () => Date.now() + googleSkewMs,
  });
  entra = await startEntraServer({ apps: [] });
});

afterAll(async () => {
  await Promise.all([oidc.close(), google.close(), entra.close()]);
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oidc-login-clouds-'));
  dockerConfig = path.join(dir, 'docker');
  runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  oidc.claims = {};
  googleSkewMs = 0;
  entra.skewClock(0);
  entra.apps.splice(0, entra.apps.length, {
    clientId: CLIENT_ID,
    tenantId: TENANT_ID,
    federatedCredentials: [
      { issuer: oidc.issuer, subject: MAIN_SUBJECT, audiences: ['api://AzureADTokenExchange'] },
    ],
  });
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const baseEnv = (): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  DOCKER_CONFIG: dockerConfig,
  // runDist removes its own RUNNER_TEMP when the step ends; the files written there are checked after.
  RUNNER_TEMP: runnerTemp,
  // Nothing ambient may be used.
  GOOGLE_APPLICATION_CREDENTIALS: '',
  AZURE_CLIENT_ID: '',
});

const runGcp = (inputs: Record<string, string> = {}) =>
  runDist('oidc-login', {
    inputs: {
      provider: 'gcp',
      'workload-identity-provider': PROVIDER,
      'gcp-registries': AR_HOST,
      'gcp-sts-endpoint': google.stsUrl,
      'gcp-iam-endpoint': google.iamUrl,
      ...inputs,
    },
    env: baseEnv(),
  });

const runAzure = (inputs: Record<string, string> = {}) =>
  runDist('oidc-login', {
    inputs: {
      provider: 'azure',
      'azure-client-id': CLIENT_ID,
      'azure-tenant-id': TENANT_ID,
      'azure-authority-host': entra.url,
      ...inputs,
    },
    env: baseEnv(),
  });

const errors = (result: RunResult) => result.commands.filter((c) => c.command === 'error');
const errorOf = (result: RunResult) => errors(result)[0]?.message ?? '';
const masks = (result: RunResult) =>
  result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);

/** Everything the step showed, besides the mask commands themselves and the outputs it exists to set. */
function shownByStep(result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.env),
    JSON.stringify(result.state),
  ].join('\n');
}

/** The step masks `secret` before it prints anything else, and shows it nowhere. */
function expectMaskedFirst(result: RunResult, secret: string): void {
  const lines = result.stdout.split('\n');
  const mask = lines.indexOf(`::add-mask::${secret}`);
  expect(mask).toBeGreaterThanOrEqual(0);
  // Every line after "Logging in …" up to the mask is another mask: nothing ran that could print it first.
  const firstOther = lines.findIndex((l, i) => i > 0 && l !== '' && !l.startsWith('::add-mask::'));
  expect(firstOther === -1 || firstOther > mask).toBe(true);
  expect(shownByStep(result)).not.toContain(secret);
}

/** Every file under RUNNER_TEMP, by name. */
function tempFiles(): Record<string, { mode: number; text: string }> {
  return Object.fromEntries(
    readdirSync(runnerTemp).map((name) => {
      const file = path.join(runnerTemp, name);
      return [name, { mode: statSync(file).mode & 0o777, text: readFileSync(file, 'utf8') }];
    }),
  );
}

function dockerAuths(): Record<string, { auth: string }> {
  const file = path.join(dockerConfig, 'config.json');
  if (!existsSync(file)) return {};
  return (JSON.parse(readFileSync(file, 'utf8')) as { auths?: Record<string, { auth: string }> }).auths ?? {};
}

const basic = (user: string, password: string) => Buffer.from(`${user}:${password}`).toString('base64');

describe('dist/oidc-login provider gcp', () => {
  it('(15.7) exchanges at STS, logs in to Artifact Registry and writes the external_account file', async () => {
    const before = google.received.sts.length;
    const result = await runGcp();
    expect(result.stderr).toBe('');
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);

    // What STS received: RFC 8693 as Google documents it, the provider's full name as audience.
    const sent = google.received.sts.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ method: 'POST', path: '/v1/token', authorization: undefined });
    expect(sent[0]!.body).toMatchObject({
      grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      scope: 'https://www.googleapis.com/auth/cloud-platform',
      requestedTokenType: 'urn:ietf:params:oauth:token-type:access_token',
      subjectTokenType: 'urn:ietf:params:oauth:token-type:jwt',
    });
    const githubToken = String(sent[0]!.body!['subjectToken']);
    const claims = JSON.parse(Buffer.from(githubToken.split('.')[1]!, 'base64url').toString()) as {
      aud: string;
    };
    expect(claims.aud).toBe(`https://iam.googleapis.com/${PROVIDER}`);

    // Without a service account the federated token is the credential.
    const token = result.outputs['gcp-access-token']!;
    expect(google.federated.has(token)).toBe(true);
    expect(result.outputs['registry']).toBe(AR_HOST);
    const expiration = Date.parse(result.outputs['expiration'] ?? '');
    expect(expiration - Date.now()).toBeGreaterThan(3500_000);
    expect(expiration - Date.now()).toBeLessThanOrEqual(3600_000);

    expectMaskedFirst(result, token);
    expect(masks(result)).toContain(basic('oauth2accesstoken', token));
    expect(masks(result)).toContain(oidc.requestToken);
    expect(masks(result)).toContain(githubToken);
    for (const secret of [githubToken, oidc.requestToken, basic('oauth2accesstoken', token)]) {
      expect(shownByStep(result)).not.toContain(secret);
      expect(JSON.stringify(result.outputs)).not.toContain(secret);
    }

    // The credentials: a 0600 external_account file in RUNNER_TEMP, reading a 0600 subject-token file.
    const credentialsPath = result.env['GOOGLE_APPLICATION_CREDENTIALS']!;
    expect(path.dirname(credentialsPath)).toBe(runnerTemp);
    expect(result.env).toEqual({
      GOOGLE_APPLICATION_CREDENTIALS: credentialsPath,
      CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE: credentialsPath,
      GOOGLE_GHA_CREDS_PATH: credentialsPath,
    });
    const files = tempFiles();
    expect(Object.keys(files)).toHaveLength(2);
    const credentials = JSON.parse(files[path.basename(credentialsPath)]!.text) as Record<string, unknown>;
    const tokenFile = (credentials['credential_source'] as { file: string }).file;
    expect(credentials).toEqual({
      type: 'external_account',
      audience: `//iam.googleapis.com/${PROVIDER}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${google.stsUrl}/v1/token`,
      credential_source: { file: tokenFile, format: { type: 'text' } },
    });
    expect(path.dirname(tokenFile)).toBe(runnerTemp);
    for (const file of Object.values(files)) expect(file.mode).toBe(0o600);
    // The GitHub JWT is in its own file only; no access token and no request token in either.
    expect(files[path.basename(tokenFile)]!.text).toBe(githubToken);
    expect(files[path.basename(credentialsPath)]!.text).not.toContain(githubToken);
    for (const file of Object.values(files)) {
      expect(file.text).not.toContain(token);
      expect(file.text).not.toContain(oidc.requestToken);
    }

    // The docker login: oauth2accesstoken and the access token, for the registry host only.
    expect(dockerAuths()).toEqual({ [AR_HOST]: { auth: basic('oauth2accesstoken', token) } });
  });

  it('(15.7) impersonates the service account, exports its project and honours token-lifetime', async () => {
    const before = { sts: google.received.sts.length, iam: google.received.iam.length };
    const result = await runGcp({ 'service-account': SA, 'token-lifetime': '30m' });
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);

    const iam = google.received.iam.slice(before.iam);
    expect(iam).toHaveLength(1);
    expect(iam[0]).toMatchObject({
      method: 'POST',
      path: `/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
      body: { scope: ['https://www.googleapis.com/auth/cloud-platform'], lifetime: '1800s' },
    });
    const federated = /^Bearer (\S+)$/.exec(iam[0]!.authorization ?? '')?.[1] ?? '';
    expect(google.federated.has(federated)).toBe(true);

    const token = result.outputs['gcp-access-token']!;
    const issued = google.issued.get(token);
    expect(issued?.email).toBe(SA);
    expect(result.outputs['expiration']).toBe(new Date(issued!.expireTime).toISOString());
    expectMaskedFirst(result, token);
    expect(masks(result)).toContain(federated);
    expect(shownByStep(result)).not.toContain(federated);

    expect(result.env['GOOGLE_CLOUD_PROJECT']).toBe('acme-prod');
    expect(result.env['CLOUDSDK_CORE_PROJECT']).toBe('acme-prod');
    const credentials = JSON.parse(readFileSync(result.env['GOOGLE_APPLICATION_CREDENTIALS']!, 'utf8')) as {
      service_account_impersonation_url: string;
      service_account_impersonation: unknown;
    };
    expect(credentials.service_account_impersonation_url).toBe(
      `${google.iamUrl}/v1/projects/-/serviceAccounts/${SA}:generateAccessToken`,
    );
    expect(credentials.service_account_impersonation).toEqual({ token_lifetime_seconds: 1800 });
    for (const file of Object.values(tempFiles())) {
      expect(file.text).not.toContain(token);
      expect(file.text).not.toContain(federated);
    }
    expect(dockerAuths()).toEqual({ [AR_HOST]: { auth: basic('oauth2accesstoken', token) } });
  });

  it('(15.7) the post step removes the credential files and its login, and leaves other logins', async () => {
    mkdirSync(dockerConfig, { recursive: true });
    const file = path.join(dockerConfig, 'config.json');
    writeFileSync(file, JSON.stringify({ auths: { 'ghcr.io': OTHER_LOGIN }, credsStore: 'desktop' }));
    const main = await runGcp({ 'gcp-registries': `${AR_HOST}\nus-docker.pkg.dev` });
    expect(main.exitCode).toBe(0);
    expect(main.outputs['registry']).toBe(`${AR_HOST}\nus-docker.pkg.dev`);
    expect(Object.keys(dockerAuths()).sort()).toEqual([AR_HOST, 'ghcr.io', 'us-docker.pkg.dev']);
    expect(Object.keys(tempFiles())).toHaveLength(2);

    const post = await runDist('oidc-login', {
      state: main.state,
      env: { DOCKER_CONFIG: dockerConfig, RUNNER_TEMP: runnerTemp },
    });
    expect(errors(post)).toEqual([]);
    expect(post.exitCode).toBe(0);
    expect(tempFiles()).toEqual({});
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      auths: { 'ghcr.io': OTHER_LOGIN },
      credsStore: 'desktop',
    });
    expect(post.env).toEqual({});
    expect(post.stdout).toContain(`Removed the logins for ${AR_HOST}, us-docker.pkg.dev`);
  });

  it('(15.7) explains a wrong audience, naming the audience input', async () => {
    const before = google.received.sts.length;
    const result = await runGcp({ audience: 'https://example.com/not-the-provider' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    const message = errorOf(result);
    expect(message).toMatch(
      /^Could not exchange the GitHub token at projects\/123456789012\/.*invalid_grant/,
    );
    expect(message).toContain(`(gcp-sts-endpoint)`);
    expect(message).toContain("The token's aud is https://example.com/not-the-provider");
    expect(message).toContain('Set audience to one of them');
    expect(google.received.sts.length - before).toBe(1); // a refusal is not retried
    expect(tempFiles()).toEqual({});
    expect(dockerAuths()).toEqual({});
  });

  it('(15.7) explains a provider refusal with the claims and the attribute condition that admits them', async () => {
    oidc.claims = { sub: 'repo:acme/app:ref:refs/heads/feature', ref: 'refs/heads/feature' };
    const result = await runGcp({ 'service-account': SA });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    const message = errorOf(result);
    expect(message).toContain('answered 400 unauthorized_client');
    expect(message).toContain(`Workload identity provider ${PROVIDER} does not admit this job's token`);
    expect(message).toContain('  sub: repo:acme/app:ref:refs/heads/feature');
    expect(message).toContain('  ref: refs/heads/feature');
    expect(message).toContain(
      'attribute mapping google.subject=assertion.sub,attribute.repository=assertion.repository',
    );
    expect(message).toContain(
      "  assertion.repository == 'acme/app' && assertion.ref == 'refs/heads/feature'",
    );
    expect(message).toContain(`principalSet://${POOL}/attribute.repository/acme/app`);
    expect(tempFiles()).toEqual({});
  });

  it('(15.7) explains a refused impersonation with the principalSet binding, which then admits the job', async () => {
    oidc.claims = { repository: 'acme/other' };
    const member = `principalSet://${POOL}/attribute.repository/acme/other`;
    const result = await runGcp({ 'service-account': SA });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    const message = errorOf(result);
    expect(message).toMatch(
      new RegExp(
        `^Could not impersonate ${SA}: IAM Credentials at \\S+ \\(gcp-iam-endpoint\\) answered 403 PERMISSION_DENIED`,
      ),
    );
    expect(message).toContain(`Service account ${SA} does not admit this job's token`);
    expect(message).toContain('  repository: acme/other');
    expect(message).toContain(`--role=roles/iam.workloadIdentityUser --member='${member}'`);
    expect(dockerAuths()).toEqual({});

    // The binding the message prints is the one IAM needed.
    const other = await startGcpStandIn({
      providers: [{ name: PROVIDER, issuer: oidc.issuer }],
      serviceAccounts: [{ email: SA, workloadIdentityUsers: [member] }],
    });
    try {
      const admitted = await runGcp({
        'service-account': SA,
        'gcp-sts-endpoint': other.stsUrl,
        'gcp-iam-endpoint': other.iamUrl,
      });
      expect(errors(admitted)).toEqual([]);
      expect(other.issued.has(admitted.outputs['gcp-access-token'] ?? '')).toBe(true);
    } finally {
      await other.close();
    }
  });

  it('(15.7) explains a token that expired before STS saw it', async () => {
    googleSkewMs = 600_000; // the token lives 300 s
    const result = await runGcp();
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errorOf(result)).toMatch(/answered 400 invalid_grant: 'ID Token expired at \d+\.'/);
    expect(errorOf(result)).toContain(
      "The GitHub token expired before Google STS saw it; check the runner's clock",
    );
  });

  it('(15.7) retries STS and IAM Credentials on 5xx with backoff', async () => {
    const before = { sts: google.received.sts.length, iam: google.received.iam.length };
    google.failNext(2, 503, 'sts');
    const sts = await runGcp();
    expect(errors(sts)).toEqual([]);
    expect(google.received.sts.length - before.sts).toBe(3);
    expect(sts.stdout).toMatch(/Google STS token exchange: 503 on attempt 1, retrying in \d+ ms/);
    expect(sts.stdout).toMatch(/Google STS token exchange: 503 on attempt 2, retrying in \d+ ms/);

    google.failNext(1, 502, 'iam', 'html');
    const iam = await runGcp({ 'service-account': SA });
    expect(errors(iam)).toEqual([]);
    expect(google.received.iam.length - before.iam).toBe(2);
    expect(iam.stdout).toMatch(/IAM Credentials generateAccessToken: 502 on attempt 1, retrying in \d+ ms/);
    expect(google.issued.has(iam.outputs['gcp-access-token'] ?? '')).toBe(true);
  });

  it('(15.7) refuses bad inputs with one error naming the input, before any request', async () => {
    const before = google.received.sts.length + google.received.iam.length;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ 'workload-identity-provider': '' }, /^Input 'workload-identity-provider' is required/],
      [
        {
          'workload-identity-provider':
            'projects/acme-prod/locations/global/workloadIdentityPools/github/providers/github',
        },
        /^Input 'workload-identity-provider' names project 'acme-prod', but takes the project NUMBER/,
      ],
      [
        { 'gcp-sts-endpoint': 'http://example.com' },
        /^Input 'gcp-sts-endpoint' must use https:\/\/ \(the job's token is sent there\), got 'http:\/\/example\.com'/,
      ],
      [{ 'gcp-iam-endpoint': 'http://example.com' }, /^Input 'gcp-iam-endpoint' must use https:\/\//],
      [
        { 'gcp-registries': 'europe-west1.pkg.dev' },
        /^Input 'gcp-registries' 'europe-west1\.pkg\.dev' is not/,
      ],
      [{ 'service-account': 'CI@acme-prod.iam.gserviceaccount.com' }, /^Input 'service-account' .*lowercase/],
      [{ 'token-lifetime': '13h' }, /^Input 'token-lifetime' '13h' is 46800 s/],
      [{ provider: 'aws-gcp' }, /^Input 'provider'/],
    ];
    for (const [inputs, expected] of cases) {
      const result = await runGcp(inputs);
      expect(result.exitCode).toBe(1);
      expect(errors(result)).toHaveLength(1);
      expect(errorOf(result)).toMatch(expected);
      expect(result.env).toEqual({});
    }
    expect(google.received.sts.length + google.received.iam.length).toBe(before);
    expect(tempFiles()).toEqual({});
    expect(dockerAuths()).toEqual({});
  });
});

describe('dist/oidc-login provider azure', () => {
  it('(15.7) signs in at Entra with the federated assertion and exports the app, without a registry', async () => {
    const before = entra.requests.length;
    const result = await runAzure({ 'azure-subscription-id': SUBSCRIPTION_ID });
    expect(result.stderr).toBe('');
    expect(errors(result)).toEqual([]);
    expect(result.exitCode).toBe(0);

    const sent = entra.requests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: `/${TENANT_ID}/oauth2/v2.0/token`,
      form: {
        grant_type: 'client_credentials',
        client_id: CLIENT_ID,
        scope: 'https://management.azure.com/.default',
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      },
    });
    expect(sent[0]!.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    const assertion = sent[0]!.form['client_assertion']!;
    const claims = JSON.parse(Buffer.from(assertion.split('.')[1]!, 'base64url').toString()) as {
      aud: string;
      sub: string;
    };
    expect(claims).toMatchObject({ aud: 'api://AzureADTokenExchange', sub: MAIN_SUBJECT });

    const token = result.outputs['azure-access-token']!;
    expect(entra.issued.get(token)).toMatchObject({ clientId: CLIENT_ID, tenantId: TENANT_ID });
    expect(result.outputs['registry']).toBe('');
    expect(Date.parse(result.outputs['expiration'] ?? '') - Date.now()).toBeGreaterThan(3500_000);
    expectMaskedFirst(result, token);
    expect(masks(result)).toContain(assertion);
    expect(shownByStep(result)).not.toContain(assertion);
    expect(shownByStep(result)).not.toContain(oidc.requestToken);

    // The app's identity for az and the SDKs; never a token.
    expect(result.env).toEqual({
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_TENANT_ID: TENANT_ID,
      AZURE_SUBSCRIPTION_ID: SUBSCRIPTION_ID,
      AZURE_AUTHORITY_HOST: entra.url,
    });
    expect(tempFiles()).toEqual({});
    expect(existsSync(path.join(dockerConfig, 'config.json'))).toBe(false);

    const post = await runDist('oidc-login', {
      state: result.state,
      env: { DOCKER_CONFIG: dockerConfig, RUNNER_TEMP: runnerTemp },
    });
    expect(errors(post)).toEqual([]);
    expect(post.exitCode).toBe(0);
  });

  it('(15.7) explains a subject mismatch with the federated credential that admits the job', async () => {
    oidc.claims = { sub: 'repo:acme/app:environment:prod', environment: 'prod' };
    const result = await runAzure();
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    const message = errorOf(result);
    expect(message).toMatch(new RegExp(`^Could not sign in as application ${CLIENT_ID}: .*AADSTS700213`));
    expect(message).toContain(`Application ${CLIENT_ID} does not admit this job's token`);
    expect(message).toContain('  sub: repo:acme/app:environment:prod');
    expect(message).toContain('  environment: prod');
    expect(message).toContain(
      `az ad app federated-credential create --id ${CLIENT_ID} --parameters @credential.json`,
    );

    // The printed credential is valid JSON, and adding it to the app admits the job.
    const json = /\n {2}(\{\n[\s\S]*?\n {2}\})\n/.exec(message)?.[1] ?? '';
    const credential = JSON.parse(json) as { issuer: string; subject: string; audiences: string[] };
    expect(credential).toMatchObject({
      issuer: oidc.issuer,
      subject: 'repo:acme/app:environment:prod',
      audiences: ['api://AzureADTokenExchange'],
    });
    entra.apps[0]!.federatedCredentials.push(credential);
    const admitted = await runAzure();
    expect(errors(admitted)).toEqual([]);
    expect(entra.issued.has(admitted.outputs['azure-access-token'] ?? '')).toBe(true);
  });

  it('(15.7) explains a wrong audience, naming the audience input', async () => {
    const before = entra.requests.length;
    const result = await runAzure({ audience: 'api://SomethingElse' });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    const message = errorOf(result);
    expect(message).toContain('AADSTS700212');
    expect(message).toContain('  aud: api://SomethingElse');
    expect(message).toContain('Or set audience to the audience the credential lists.');
    expect(entra.requests.length - before).toBe(1); // a refusal is not retried
  });

  it('(15.7) explains an assertion outside its valid time range', async () => {
    entra.skewClock(600);
    const result = await runAzure();
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toHaveLength(1);
    expect(errorOf(result)).toContain('AADSTS700024');
    expect(errorOf(result)).toContain(
      "The OIDC token was outside its valid time range when Entra checked it; check the runner's clock",
    );
  });

  it('(15.7) retries Entra on 5xx with backoff', async () => {
    const before = entra.requests.length;
    entra.failNext(2, 503);
    const result = await runAzure();
    expect(errors(result)).toEqual([]);
    expect(entra.requests.length - before).toBe(3);
    expect(result.stdout).toMatch(/Microsoft Entra token: 503 on attempt 1, retrying in \d+ ms/);
    expect(entra.issued.has(result.outputs['azure-access-token'] ?? '')).toBe(true);
  });

  it('(15.7) refuses bad inputs with one error naming the input, before any request', async () => {
    const before = entra.requests.length;
    const cases: Array<[Record<string, string>, RegExp]> = [
      [{ 'azure-client-id': '' }, /^Input 'azure-client-id' is required/],
      [{ 'azure-tenant-id': 'contoso.com' }, /^Input 'azure-tenant-id' 'contoso\.com' is not a GUID/],
      [{ 'azure-subscription-id': 'prod' }, /^Input 'azure-subscription-id' 'prod' is not a GUID/],
      [
        { 'acr-registries': 'acme.example.com' },
        /^Input 'acr-registries' 'acme\.example\.com' is not an Azure Container Registry/,
      ],
      [
        { 'azure-authority-host': 'http://login.example.com' },
        /^Input 'azure-authority-host' must use https:\/\//,
      ],
    ];
    for (const [inputs, expected] of cases) {
      const result = await runAzure(inputs);
      expect(result.exitCode).toBe(1);
      expect(errors(result)).toHaveLength(1);
      expect(errorOf(result)).toMatch(expected);
      expect(result.env).toEqual({});
    }
    expect(entra.requests.length).toBe(before);
  });
});
