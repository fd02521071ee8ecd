// The shipped oidc-login bundle, run as the runner runs it, against OIDC, STS and ECR stand-ins.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist, type RunResult } from '@gitops-actions/testkit';
import {
  conditionsMatch,
  startEcrServer,
  startOidcProvider,
  startStsServer,
  type EcrServer,
  type OidcProvider,
  type StsServer,
  type TrustPolicy,
} from '@gitops-actions/standin-aws';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci-deploy`;
const REGISTRY_PASSWORD = 'ecr-registry-password-0123456789abcdef';

let oidc: OidcProvider;
let sts: StsServer;
let ecr: EcrServer;
let dir: string;
let dockerConfig: string;

function trustPolicy(provider: string, sub: string): TrustPolicy {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${provider}` },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: {
          StringEquals: { [`${provider}:aud`]: 'sts.amazonaws.com' },
          StringLike: { [`${provider}:sub`]: sub },
        },
      },
    ],
  };
}

beforeAll(async () => {
  oidc = await startOidcProvider({ repository: 'acme/app' });
  const provider = oidc.issuer.replace(/^http:\/\//, '');
  sts = await startStsServer({
    issuers: [oidc.issuer],
    roles: [
      {
        arn: ROLE,
        trustPolicy: trustPolicy(provider, 'repo:acme/app:ref:refs/heads/main'),
        maxSessionDuration: 7200,
      },
    ],
  });
  ecr = await startEcrServer({
    region: 'eu-west-1',
    credentials: sts.issued,
    registry: { url: 'https://127.0.0.1:5999', password: REGISTRY_PASSWORD },
  });
});

afterAll(async () => {
  await Promise.all([oidc.close(), sts.close(), ecr.close()]);
});

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'oidc-login-'));
  dockerConfig = path.join(dir, 'docker');
  oidc.claims = {};
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 });
});

const baseEnv = (): Record<string, string> => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  AWS_ENDPOINT_URL_STS: sts.url,
  AWS_ENDPOINT_URL_ECR: ecr.url,
  DOCKER_CONFIG: dockerConfig,
  // Nothing ambient may be used: these would be picked up by the default provider chain.
  AWS_ACCESS_KEY_ID: '',
  AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-credentials'),
  AWS_CONFIG_FILE: path.join(dir, 'no-config'),
  AWS_EC2_METADATA_DISABLED: 'false',
});

const run = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runDist('oidc-login', {
    inputs: { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1', ...inputs },
    env: { ...baseEnv(), ...env },
  });

function everythingPrinted(result: RunResult): string {
  const masks = new Set(result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message));
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  void masks;
  return [
    stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(result.state),
  ].join('\n');
}

const errorOf = (result: RunResult) => result.commands.find((c) => c.command === 'error')?.message ?? '';

describe('dist/oidc-login', () => {
  it('exchanges the OIDC token, exports masked credentials and writes the ECR login to the docker config', async () => {
    const result = await run({ 'role-duration-seconds': '7200' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [creds] = [...sts.issued.values()].slice(-1);
    expect(creds).toBeDefined();
    expect(result.env).toEqual({
      AWS_ACCESS_KEY_ID: creds!.accessKeyId,
      AWS_SECRET_ACCESS_KEY: creds!.secretAccessKey,
      AWS_SESSION_TOKEN: creds!.sessionToken,
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    expect(result.outputs).toEqual({
      'aws-account-id': ACCOUNT,
      'authenticated-arn': `arn:aws:sts::${ACCOUNT}:assumed-role/ci-deploy/GitHubActions-1000000001-1`,
      expiration: creds!.expiration.toISOString(),
      registry: '127.0.0.1:5999',
    });
    expect(creds!.expiration.getTime() - Date.now()).toBeGreaterThan(7000 * 1000);
    const config = JSON.parse(readFileSync(path.join(dockerConfig, 'config.json'), 'utf8')) as {
      auths: Record<string, { auth: string }>;
    };
    expect(Buffer.from(config.auths['127.0.0.1:5999']!.auth, 'base64').toString()).toBe(
      `AWS:${REGISTRY_PASSWORD}`,
    );
    const masks = result.commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    for (const secret of [
      creds!.accessKeyId,
      creds!.secretAccessKey,
      creds!.sessionToken,
      REGISTRY_PASSWORD,
      oidc.requestToken,
    ]) {
      expect(masks).toContain(secret);
      expect(everythingPrinted(result)).not.toContain(secret);
    }
    expect(everythingPrinted(result)).not.toContain(config.auths['127.0.0.1:5999']!.auth);
    expect(ecr.stats.errors).toEqual([]);
  });

  it('post step removes exactly the logins it added', async () => {
    mkdirSync(dockerConfig, { recursive: true });
    const file = path.join(dockerConfig, 'config.json');
    writeFileSync(
      file,
      JSON.stringify({ auths: { 'ghcr.io': { auth: 'b3RoZXI6bG9naW4=' } }, credsStore: 'desktop' }),
    );
    const main = await run();
    expect(main.exitCode).toBe(0);
    expect(Object.keys((JSON.parse(readFileSync(file, 'utf8')) as { auths: object }).auths).sort()).toEqual([
      '127.0.0.1:5999',
      'ghcr.io',
    ]);
    const post = await runDist('oidc-login', { state: main.state, env: { DOCKER_CONFIG: dockerConfig } });
    expect(post.exitCode).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      auths: { 'ghcr.io': { auth: 'b3RoZXI6bG9naW4=' } },
      credsStore: 'desktop',
    });
    expect(post.env).toEqual({});
  });

  it('skips ECR with ecr-login false and writes no docker config', async () => {
    const result = await run({ 'ecr-login': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['registry']).toBe('');
    expect(existsSync(path.join(dockerConfig, 'config.json'))).toBe(false);
  });

  it('explains AccessDenied with the claims and a condition that matches them', async () => {
    oidc.claims = { sub: 'repo:acme/app:ref:refs/heads/feature', ref: 'refs/heads/feature' };
    const errorsBefore = sts.stats.errors.length;
    const result = await run();
    expect(result.exitCode).toBe(1);
    const message = errorOf(result);
    expect(message).toMatch(
      /^Could not assume arn:aws:iam::123456789012:role\/ci-deploy: STS at \S+ answered AccessDenied/,
    );
    expect(message).toContain('sub: repo:acme/app:ref:refs/heads/feature');
    expect(message).toContain('ref: refs/heads/feature');
    expect(message).toContain('job_workflow_ref: acme/app/.github/workflows/ci.yml@refs/heads/main');
    // The printed Condition is valid JSON and IAM would admit the token with it.
    const json = /("StringEquals": \{[\s\S]*?\})/.exec(message)?.[1];
    const condition = JSON.parse(`{${json}}`) as Record<string, Record<string, string>>;
    const provider = oidc.issuer.replace('http://', '');
    expect(
      conditionsMatch(condition, {
        [`${provider}:aud`]: 'sts.amazonaws.com',
        [`${provider}:sub`]: 'repo:acme/app:ref:refs/heads/feature',
      }),
    ).toBe(true);
    expect(sts.stats.errors.slice(errorsBefore)).toEqual(['AccessDenied']); // not retried
  });

  it('explains a missing id-token permission with the YAML to add', async () => {
    const result = await run({}, { ACTIONS_ID_TOKEN_REQUEST_URL: '', ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('Could not get a GitHub OIDC token');
    expect(errorOf(result)).toContain('permissions:\n    id-token: write');
  });

  it("retries the runner's token endpoint on 5xx, and not on 403", async () => {
    oidc.failTokens(2, 503);
    const before = oidc.stats.tokenRequests;
    const result = await run({ 'ecr-login': 'false' });
    expect(errorOf(result)).toBe('');
    expect(oidc.stats.tokenRequests - before).toBe(3);
    expect(result.outputs['aws-account-id']).toBe(ACCOUNT);

    oidc.failTokens(1, 403);
    const denied = await run({ 'ecr-login': 'false' });
    expect(denied.exitCode).toBe(1);
    expect(oidc.stats.tokenRequests - before).toBe(4);
    expect(errorOf(denied)).toMatch(
      /^Could not get a GitHub OIDC token: the runner's token endpoint \S+ \(ACTIONS_ID_TOKEN_REQUEST_URL\) answered 403/,
    );
    expect(errorOf(denied)).toContain('id-token: write');
  });

  it('retries STS Throttling and IDPCommunicationError with backoff', async () => {
    sts.failNext(2, 'Throttling');
    const before = sts.stats.requests;
    const result = await run({ 'ecr-login': 'false' });
    expect(result.exitCode).toBe(0);
    expect(sts.stats.requests - before).toBe(3);
    expect(result.stdout).toMatch(/Throttling on attempt 1, retrying in \d+ ms/);
    sts.failNext(1, 'IDPCommunicationError');
    expect((await run({ 'ecr-login': 'false' })).exitCode).toBe(0);
  });

  it('refuses an expired OIDC token and one signed by another key', async () => {
    oidc.ttlSeconds = -60;
    try {
      const expired = await run();
      expect(expired.exitCode).toBe(1);
      expect(errorOf(expired)).toMatch(/Could not get a GitHub OIDC token: the token expired at/);
    } finally {
      oidc.ttlSeconds = 300;
    }
  });

  it('refuses credentials for an account not in allowed-account-ids before asking STS', async () => {
    const before = sts.stats.requests;
    const result = await run({ 'allowed-account-ids': '210987654321' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      "Input 'role-to-assume' is in account 123456789012, which allowed-account-ids (210987654321) does not allow",
    );
    expect(sts.stats.requests).toBe(before);
  });

  it('reports an ECR account the role may not read, with the fix', async () => {
    const result = await run({ registries: '999999999999' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Could not log in to ECR in eu-west-1 for 999999999999: ECR at \S+ answered AccessDeniedException/,
    );
    expect(result.env).toEqual({});
  });

  it('rejects bad inputs naming the input', async () => {
    expect(errorOf(await run({ 'role-to-assume': 'ci-deploy' }))).toMatch(
      /^Input 'role-to-assume' 'ci-deploy' is not an IAM role ARN/,
    );
    expect(errorOf(await run({ 'aws-region': 'Europe' }))).toMatch(/^Input 'aws-region'/);
    expect(errorOf(await run({ 'role-duration-seconds': '60' }))).toBe(
      "Input 'role-duration-seconds' must be between 900 and 43200, got '60'",
    );
  });
});
