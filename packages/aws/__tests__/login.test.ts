import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, silentLogger, type Clock } from '@gitops-actions/kit';
import {
  AwsCallError,
  explainAccessDenied,
  loginToAws,
  renderAwsLoginSummary,
  type AwsLoginRequest,
  type AwsPorts,
} from '@gitops-actions/aws';

const NOW = Date.parse('2030-01-01T00:00:00Z');
const clock: Clock = { now: () => NOW, sleep: async () => {} };
const ROLE = 'arn:aws:iam::123456789012:role/ci';
const HOST = '123456789012.dkr.ecr.eu-west-1.amazonaws.com';
const claims = {
  iss: 'https://token.actions.githubusercontent.com',
  sub: 'repo:acme/app:ref:refs/heads/main',
  aud: 'sts.amazonaws.com',
  repository: 'acme/app',
};
const TOKEN = ['e30', Buffer.from(JSON.stringify(claims)).toString('base64url'), 'sig'].join('.');

const request = (over: Partial<AwsLoginRequest> = {}): AwsLoginRequest => ({
  roleArn: ROLE,
  roleAccount: '123456789012',
  region: 'eu-west-1',
  audience: 'sts.amazonaws.com',
  sessionName: 'GitHubActions-1-1',
  durationSeconds: 3600,
  ecrLogin: true,
  registries: [],
  allowedAccountIds: [],
  maskAccountId: false,
  inputNames: {
    region: 'the-region',
    registries: 'the-registries',
    allowedAccountIds: 'the-allowed',
    durationSeconds: 'the-duration',
    sessionName: 'the-session',
  },
  ...over,
});

const fakeAws = (over: Partial<AwsPorts> = {}): AwsPorts & { calls: string[] } => {
  const calls: string[] = [];
  return {
    calls,
    assumeRoleWithWebIdentity: (p) => {
      calls.push(`sts ${p.roleArn} ${p.roleSessionName}`);
      return Promise.resolve({
        credentials: { accessKeyId: 'AKIA', secretAccessKey: 'secret', sessionToken: 'session' },
        expiration: new Date(NOW + 3600_000),
        assumedRoleArn: 'arn:aws:sts::123456789012:assumed-role/ci/GitHubActions-1-1',
      });
    },
    getEcrAuthorizationTokens: (_c, region, ids) => {
      calls.push(`ecr ${region} ${ids.join(',')}`);
      return Promise.resolve([
        { host: HOST, username: 'AWS', password: 'ecr-password', expiresAt: undefined },
      ]);
    },
    ...over,
  };
};

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'aws-login-'));
});
afterEach(() => rm(dir, { recursive: true, force: true, maxRetries: 5 }));

function ports(aws: AwsPorts, masked: string[] = []) {
  return {
    aws,
    log: silentLogger,
    clock,
    random: () => 0,
    secrets: { add: (v: string) => void masked.push(v) },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://runner/t',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'r',
      DOCKER_CONFIG: dir,
    },
    fetch: (() => Promise.resolve(new Response(JSON.stringify({ value: TOKEN })))) as unknown as typeof fetch,
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

describe('loginToAws', () => {
  it('assumes the role, masks the credentials and the ECR login, and returns what to export', async () => {
    const aws = fakeAws();
    const masked: string[] = [];
    const result = await loginToAws(request({ maskAccountId: true }), ports(aws, masked));
    expect(aws.calls).toEqual([
      'sts arn:aws:iam::123456789012:role/ci GitHubActions-1-1',
      `ecr eu-west-1 123456789012`,
    ]);
    expect(masked).toEqual(
      expect.arrayContaining(['secret', 'session', 'AKIA', 'ecr-password', '123456789012']),
    );
    expect(result.environment).toEqual({
      AWS_ACCESS_KEY_ID: 'AKIA',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_SESSION_TOKEN: 'session',
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-west-1',
    });
    expect(result.registries).toEqual([
      { host: HOST, username: 'AWS', password: 'ecr-password', expiresAt: undefined },
    ]);
    expect(renderAwsLoginSummary(result)).toContain(`\`${HOST}\``);
  });

  it('retries STS throttling and explains AccessDenied with a statement matching the claims', async () => {
    let tries = 0;
    const throttled = fakeAws({
      assumeRoleWithWebIdentity: async (p) => {
        if (++tries < 3) throw new AwsCallError('Throttling', 'Rate exceeded', 400, true);
        return fakeAws().assumeRoleWithWebIdentity(p);
      },
    });
    await loginToAws(request({ ecrLogin: false }), ports(throttled));
    expect(tries).toBe(3);

    const denied = fakeAws({
      assumeRoleWithWebIdentity: () =>
        Promise.reject(new AwsCallError('AccessDenied', 'Not authorized', 403, false)),
    });
    const error = await failure(loginToAws(request(), ports(denied)));
    expect(error.operation).toBe(`assume ${ROLE}`);
    expect(error.message).toBe('STS at sts.eu-west-1.amazonaws.com answered AccessDenied: Not authorized');
    expect(error.hint).toContain(`The trust policy of ${ROLE} does not admit this job's token.`);
    expect(error.hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:acme/app:ref:refs/heads/main"',
    );
    expect(error.hint).toContain('"token.actions.githubusercontent.com:sub": "repo:acme/app:*"');
    expect(error.hint).toContain(
      'a job with `environment: <name>` presents the environment form repo:acme/app:environment:<name> instead.',
    );
    expect(error.hint).toContain(
      '(for a deploy job with `environment: production`, the statement needs "token.actions.githubusercontent.com:sub": "repo:acme/app:environment:production" instead',
    );
  });

  it('(13.2) explains AccessDenied for a job with an environment: the sub is the environment form', () => {
    const hint = explainAccessDenied(ROLE, {
      ...claims,
      sub: 'repo:acme/app:environment:production',
      ref: 'refs/heads/main',
      environment: 'production',
    });
    expect(hint).toContain('  sub: repo:acme/app:environment:production');
    expect(hint).toContain(
      'so its sub is the environment form repo:acme/app:environment:production, not the ref form (repo:acme/app:ref:refs/heads/main)',
    );
    // The statement printed admits exactly this token: the environment form, not the branch.
    expect(hint).toContain(
      '"token.actions.githubusercontent.com:sub": "repo:acme/app:environment:production"',
    );
    expect(hint).not.toContain(':ref:refs/heads/main"');
    expect(hint).toContain("admits the production environment's jobs from any branch");
  });

  it("names the caller's inputs in its errors and hints", async () => {
    const other = fakeAws({
      assumeRoleWithWebIdentity: async (p) => ({
        ...(await fakeAws().assumeRoleWithWebIdentity(p)),
        assumedRoleArn: 'arn:aws:sts::999999999999:assumed-role/ci/x',
      }),
    });
    const refused = await failure(loginToAws(request({ allowedAccountIds: ['123456789012'] }), ports(other)));
    expect(refused.message).toBe(
      'the credentials are for account 999999999999, which the-allowed does not allow',
    );

    const invalid = fakeAws({
      assumeRoleWithWebIdentity: () =>
        Promise.reject(new AwsCallError('ValidationError', 'too long', 400, false)),
    });
    expect((await failure(loginToAws(request(), ports(invalid)))).hint).toBe(
      "Check the-duration against the role's maximum session duration and the-session.",
    );

    const ecrDenied = fakeAws({
      getEcrAuthorizationTokens: () =>
        Promise.reject(new AwsCallError('AccessDeniedException', 'no', 400, false)),
    });
    const error = await failure(loginToAws(request({ registries: ['210987654321'] }), ports(ecrDenied)));
    expect(error.operation).toBe('log in to ECR in eu-west-1 for 210987654321');
    expect(error.hint).toBe(
      'Allow ecr:GetAuthorizationToken for the role, and check that the-registries (210987654321) and the-region (eu-west-1) are those of the repositories.',
    );
  });
});
