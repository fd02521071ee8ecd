// The shipped build-tag-push bundle, run as the runner runs it: real buildah builds pushed to a real
// registry (Debian's docker-registry), plain HTTP with basic auth, plain HTTP behind GHCR's
// bearer-token flow, and TLS with an ECR token obtained through oidc-login against the
// OIDC/STS/ECR stand-ins.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, readdirSync } from 'node:fs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist, type RunResult } from '@gitops-actions/testkit';
import { startEcrServer, startOidcProvider, startStsServer } from '@gitops-actions/standin-aws';
import {
  basicAuth,
  pullImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';

const ACCOUNT = '123456789012';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/ci-push`;
const GHCR_PASSWORD = 'ghp_registryPassword0123456789abcdef';
const SHA = '0123456789abcdef0123456789abcdef01234567';
const BUILD_SECRET = 'npm_buildSecretValue0123456789abcdef';

function missingTools(): string | null {
  const buildah = spawnSync('buildah', ['version'], { stdio: 'ignore' });
  if (buildah.error || buildah.status !== 0) return 'buildah is not installed (apt-get install -y buildah)';
  const busybox = spawnSync('busybox', ['true'], { stdio: 'ignore' });
  if (busybox.error) return 'busybox is not installed (apt-get install -y busybox-static)';
  return registryUnavailableReason();
}

/** The docker CLI talks to `podman system service` here: there is no Docker engine. */
function missingDockerTools(): string | null {
  const docker = spawnSync('docker', ['--version'], { stdio: 'ignore' });
  if (docker.error || docker.status !== 0)
    return 'the docker CLI is not installed (npm run setup (installs docker.io when no docker client is present))';
  const podman = spawnSync('podman', ['--version'], { stdio: 'ignore' });
  if (podman.error || podman.status !== 0) return 'podman is not installed (apt-get install -y podman)';
  return null;
}

const reason = missingTools();
if (reason) console.log(`Skipping dist/build-tag-push tests: ${reason}`);
const describeIfTools = reason ? describe.skip : describe;

let root: string;
let plain: RegistryServer;
let ghcr: RegistryServer;
let tls: RegistryServer;
let storageEnv: Record<string, string>;

function buildah(args: string[]): string {
  const r = spawnSync('buildah', args, { env: { ...process.env, ...storageEnv }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`buildah ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A busybox base image made from Debian's static busybox: nothing can be pulled here. */
function createBaseImage(): void {
  const container = buildah(['from', 'scratch']);
  const busybox = spawnSync('sh', ['-c', 'command -v busybox'], { encoding: 'utf8' }).stdout.trim();
  buildah(['copy', container, busybox, '/bin/busybox']);
  buildah(['run', '--isolation', 'chroot', container, '/bin/busybox', '--install', '-s', '/bin']);
  buildah(['config', '--cmd', '/bin/sh', container]);
  buildah(['commit', '--rm', container, 'localhost/busybox:latest']);
}

function workspace(name: string, dockerfile: string, files: Record<string, string> = {}): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

beforeAll(async () => {
  if (reason) return;
  root = await mkdtemp(path.join(tmpdir(), 'build-tag-push-'));
  const storageConf = path.join(root, 'storage.conf');
  writeFileSync(
    storageConf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${root}/storage"\nrunroot = "${root}/run"\n`,
  );
  storageEnv = { CONTAINERS_STORAGE_CONF: storageConf, BUILDAH_ISOLATION: 'chroot' };
  createBaseImage();
  plain = await startRegistryServer({ auth: { username: 'octocat', password: GHCR_PASSWORD } });
  ghcr = await startRegistryServer({
    auth: { username: 'octocat', password: GHCR_PASSWORD, scheme: 'token' },
  });
  tls = await startRegistryServer({
    tls: true,
    auth: { username: 'AWS', password: 'ecr-token-password-abcdef0123456789' },
  });
}, 60_000);

afterAll(async () => {
  if (reason) return;
  await Promise.all([plain?.close(), ghcr?.close(), tls?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const errorOf = (result: RunResult) => result.commands.find((c) => c.command === 'error')?.message ?? '';

function printed(result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [
    stdout,
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
    JSON.stringify(result.env),
  ].join('\n');
}

const runPlain = (cwd: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runDist('build-tag-push', {
    cwd,
    inputs: {
      image: `${plain.host}/acme/app`,
      builder: 'buildah',
      username: 'octocat',
      password: GHCR_PASSWORD,
      ...inputs,
    },
    env: { ...storageEnv, SOURCE_DATE_EPOCH: '1767225600', GITHUB_SHA: SHA, ...env },
    timeoutMs: 120_000,
  });

const dockerReason = reason ?? missingDockerTools();
if (!reason && dockerReason) console.log(`Skipping the docker-through-podman test: ${dockerReason}`);
const itIfDocker = dockerReason ? it.skip : it;

/** `podman system service` on a socket in the test's directory, over the test's storage; stopped by PID. */
async function startPodmanService(): Promise<{ socket: string; stop: () => Promise<void> }> {
  const socket = path.join(root, 'podman.sock');
  // containers/image only speaks plain HTTP to registries listed as insecure (docker allows 127.0.0.0/8).
  const registriesConf = path.join(root, 'registries.conf');
  writeFileSync(registriesConf, `[[registry]]\nlocation = "${plain.host}"\ninsecure = true\n`);
  const child: ChildProcess = spawn(
    'podman',
    [
      '--cgroup-manager=cgroupfs',
      '--events-backend=file',
      'system',
      'service',
      '--time=0',
      `unix://${socket}`,
    ],
    {
      env: { ...process.env, ...storageEnv, CONTAINERS_REGISTRIES_CONF: registriesConf },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (let i = 0; i < 100 && !existsSync(socket); i++) {
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const ping = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
    env: { ...process.env, DOCKER_HOST: `unix://${socket}` },
    encoding: 'utf8',
  });
  if (ping.status !== 0) {
    await stop();
    throw new Error(`podman system service did not answer: ${ping.stderr}\n${stderr}`);
  }
  return { socket, stop };
}

describeIfTools('dist/build-tag-push', () => {
  it('runs the whole chain: OIDC → STS → ECR token → docker config → build → push over TLS → digest', async () => {
    const oidc = await startOidcProvider({ repository: 'acme/app' });
    const provider = oidc.issuer.replace('http://', '');
    const sts = await startStsServer({
      issuers: [oidc.issuer],
      roles: [
        {
          arn: ROLE,
          trustPolicy: {
            Statement: [
              {
                Effect: 'Allow',
                Principal: { Federated: `arn:aws:iam::${ACCOUNT}:oidc-provider/${provider}` },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: {
                  StringEquals: { [`${provider}:aud`]: 'sts.amazonaws.com' },
                  StringLike: { [`${provider}:sub`]: 'repo:acme/app:*' },
                },
              },
            ],
          },
        },
      ],
    });
    const ecr = await startEcrServer({
      region: 'eu-west-1',
      credentials: sts.issued,
      registry: { url: tls.url, password: 'ecr-token-password-abcdef0123456789' },
    });
    try {
      const home = path.join(root, 'home');
      // containers/image trusts a registry's CA from certs.d; Node from NODE_EXTRA_CA_CERTS.
      const certs = path.join(home, '.config', 'containers', 'certs.d', tls.host);
      mkdirSync(certs, { recursive: true });
      writeFileSync(path.join(certs, 'ca.crt'), readFileSync(tls.caFile!));
      const dockerConfig = path.join(root, 'docker-chain');
      const login = await runDist('oidc-login', {
        inputs: { 'role-to-assume': ROLE, 'aws-region': 'eu-west-1' },
        env: {
          ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
          AWS_ENDPOINT_URL_STS: sts.url,
          AWS_ENDPOINT_URL_ECR: ecr.url,
          DOCKER_CONFIG: dockerConfig,
        },
      });
      expect(errorOf(login)).toBe('');
      expect(login.outputs['registry']).toBe(tls.host);
      const cwd = workspace('chain', 'FROM localhost/busybox:latest\nRUN echo chain > /chain.txt\n', {
        'package.json': '{"name":"app","version":"1.4.2"}',
      });
      const result = await runDist('build-tag-push', {
        cwd,
        inputs: { image: `${tls.host}/acme/app`, builder: 'buildah' },
        env: {
          ...storageEnv,
          ...login.env,
          HOME: home,
          DOCKER_CONFIG: dockerConfig,
          NODE_EXTRA_CA_CERTS: tls.caFile!,
          SOURCE_DATE_EPOCH: '1767225600',
          GITHUB_SHA: SHA,
        },
        timeoutMs: 120_000,
      });
      expect(errorOf(result)).toBe('');
      expect(result.exitCode).toBe(0);
      const digest = await headDigest(tls, 'acme/app', '1.4.2-0123456');
      expect(result.outputs).toEqual({
        tag: '1.4.2-0123456',
        tags: '["1.4.2-0123456"]',
        image: `${tls.host}/acme/app:1.4.2-0123456`,
        digest,
        'image-ref': `${tls.host}/acme/app@${digest}`,
        version: '1.4.2',
        sha: SHA,
      });
      expect(printed(result)).not.toContain('ecr-token-password-abcdef0123456789');
      expect(printed(login)).not.toContain('ecr-token-password-abcdef0123456789');
    } finally {
      await Promise.all([oidc.close(), sts.close(), ecr.close()]);
    }
  });

  itIfDocker(
    'builds and pushes with the docker CLI against podman system service; the digest is what the registry serves',
    async () => {
      const service = await startPodmanService();
      try {
        const cwd = workspace('docker', 'FROM localhost/busybox:latest\nRUN echo docker > /d\n', {
          VERSION: '6.0.0',
        });
        const dockerConfig = path.join(root, 'docker-cli');
        const result = await runPlain(
          cwd,
          { builder: 'docker' },
          { DOCKER_HOST: `unix://${service.socket}`, DOCKER_CONFIG: dockerConfig },
        );
        expect(errorOf(result)).toBe('');
        expect(result.exitCode).toBe(0);
        expect(result.summary).toContain('builder docker');
        const digest = await headDigest(plain, 'acme/app', '6.0.0-0123456');
        expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
        expect(result.outputs['digest']).toBe(digest);
        expect(result.outputs['image-ref']).toBe(`${plain.host}/acme/app@${digest}`);
        // The login went through a private DOCKER_CONFIG for the push, never the user's own one.
        expect(existsSync(path.join(dockerConfig, 'config.json'))).toBe(false);
        expect(printed(result)).not.toContain(GHCR_PASSWORD);
      } finally {
        await service.stop();
      }
    },
  );

  it('pushes to a GHCR-like registry with username/password, extra tags, and never prints the password', async () => {
    const cwd = workspace('ghcr', 'FROM localhost/busybox:latest\nARG NOTE=x\nRUN echo $NOTE > /note\n', {
      VERSION: 'v2.0.1\n',
    });
    const result = await runPlain(cwd, {
      'extra-tags': 'latest, {branch}-{run_number}',
      'build-args': 'NOTE=ghcr',
    });
    expect(errorOf(result)).toBe('');
    expect(result.outputs['tags']).toBe('["2.0.1-0123456","latest","main-1"]');
    expect(result.outputs['version']).toBe('2.0.1');
    const pushes = plain.requests.filter((r) => r.method === 'PUT' && /\/manifests\//.test(r.path));
    expect(pushes.map((r) => r.path.split('/').pop())).toEqual(
      expect.arrayContaining(['2.0.1-0123456', 'latest', 'main-1']),
    );
    expect(result.stdout).toContain(`::add-mask::${GHCR_PASSWORD}`);
    expect(printed(result)).not.toContain(GHCR_PASSWORD);
  });

  it("pushes through GHCR's token flow with username/password: the digest is what the registry serves", async () => {
    const cwd = workspace('ghcr-token', 'FROM localhost/busybox:latest\nRUN echo token > /t\n', {
      VERSION: '8.0.0',
    });
    const result = await runPlain(cwd, { image: `${ghcr.host}/acme/app` });
    const during = [...ghcr.requests];
    expect(errorOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    const digest = await tokenHeadDigest(ghcr, 'acme/app', '8.0.0-0123456');
    expect(digest).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(result.outputs['digest']).toBe(digest);
    expect(result.outputs['image-ref']).toBe(`${ghcr.host}/acme/app@${digest}`);
    // Both the action's own reads (pull) and buildah's push (pull,push) went through /token ...
    const tokens = during.filter((r) => r.path.startsWith('/token'));
    expect(tokens.map((r) => [r.status, r.auth])).toEqual(tokens.map(() => [200, 'basic']));
    const scopes = tokens.map((r) => new URL(r.path, ghcr.url).searchParams.getAll('scope').join(' '));
    expect(scopes).toEqual(
      expect.arrayContaining(['repository:acme/app:pull', 'repository:acme/app:pull,push']),
    );
    // ... and /v2 saw bearer tokens only, never the password.
    expect(during.filter((r) => r.path.startsWith('/v2/') && r.auth === 'basic')).toEqual([]);
    const manifestPuts = during.filter(
      (r) => r.method === 'PUT' && r.path.endsWith('/manifests/8.0.0-0123456'),
    );
    expect(manifestPuts.map((r) => [r.status, r.auth])).toEqual([[201, 'bearer']]);
    expect(result.stdout).toContain(`::add-mask::${GHCR_PASSWORD}`);
    expect(printed(result)).not.toContain(GHCR_PASSWORD);
  });

  it('says plainly that cache: gha is off with buildah, and still builds and pushes', async () => {
    const cwd = workspace('gha', 'FROM localhost/busybox:latest\nRUN echo gha > /g\n', { VERSION: '4.0.0' });
    const result = await runPlain(
      cwd,
      { cache: 'gha', mode: 'build' },
      { ACTIONS_RUNTIME_TOKEN: 'runtime-token-never-printed', ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/' },
    );
    expect(errorOf(result)).toBe('');
    expect(result.outputs['tags']).toBe('["4.0.0-0123456"]');
    const warning = result.commands.find((c) => c.command === 'warning')?.message ?? '';
    expect(warning).toMatch(/^cache: gha is off for this build: .*docker buildx.* the builder is buildah/);
    expect(warning).toContain('cache: registry');
    expect(printed(result)).not.toContain('runtime-token-never-printed');
  });

  it('treats a re-run of the same commit as a no-op and refuses to overwrite a tag with another image', async () => {
    const cwd = workspace('immutable', 'FROM localhost/busybox:latest\nRUN echo one > /v\n', {
      VERSION: '3.0.0',
    });
    const first = await runPlain(cwd);
    expect(errorOf(first)).toBe('');
    const again = await runPlain(cwd);
    expect(errorOf(again)).toBe('');
    expect(again.outputs['digest']).toBe(first.outputs['digest']);
    expect(again.stdout).toContain('Already in the registry with the same image: 3.0.0-0123456');
    writeFileSync(path.join(cwd, 'Dockerfile'), 'FROM localhost/busybox:latest\nRUN echo two > /v\n');
    const manifestPuts = plain.requests.filter((r) => r.method === 'PUT').length;
    const changed = await runPlain(cwd);
    expect(changed.exitCode).toBe(1);
    expect(errorOf(changed)).toMatch(
      new RegExp(
        `^Could not push the image: ${plain.host}/acme/app:3.0.0-0123456 already exists with digest ${first.outputs['digest']}, a different image`,
      ),
    );
    expect(plain.requests.filter((r) => r.method === 'PUT').length).toBe(manifestPuts);
  });

  it('retries a push that meets registry 5xx', async () => {
    const cwd = workspace('retry', 'FROM localhost/busybox:latest\nRUN echo retry > /r\n', {
      VERSION: '4.0.0',
    });
    plain.failNext(2, 503, { method: 'PUT', path: /\/manifests\// });
    const result = await runPlain(cwd);
    expect(errorOf(result)).toBe('');
    expect(result.stdout).toMatch(/failed on attempt 1 .*retrying in \d+ ms/);
    expect(plain.requests.filter((r) => r.status === 503)).toHaveLength(2);
    expect(result.outputs['digest']).toBe(await headDigest(plain, 'acme/app', '4.0.0-0123456'));
  });

  it('says which credentials a registry refused, never their value', async () => {
    const cwd = workspace('denied', 'FROM localhost/busybox:latest\n', { VERSION: '5.0.0' });
    const result = await runPlain(cwd, { password: 'wrong-password-123' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("the username/password inputs (user 'octocat')");
    expect(printed(result)).not.toContain('wrong-password-123');
  });

  it('refuses an ECR image of another region or account than the AWS session, before building', async () => {
    const cwd = workspace('ecr-mismatch', 'FROM localhost/busybox:latest\n', { VERSION: '7.0.0' });
    const ecrImage = `${ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com/acme/app`;
    const run = (env: Record<string, string>) =>
      runDist('build-tag-push', {
        cwd,
        inputs: { image: ecrImage, builder: 'buildah' },
        env: { ...storageEnv, GITHUB_SHA: SHA, ...env },
      });
    const region = await run({ AWS_REGION: 'us-east-1', AWS_DEFAULT_REGION: 'us-east-1' });
    expect(region.exitCode).toBe(1);
    expect(errorOf(region)).toMatch(
      new RegExp(
        `^Could not check the ECR registry: the image ${ecrImage} is in region eu-west-1, but AWS_REGION is us-east-1`,
      ),
    );
    expect(region.stdout + errorOf(region)).toContain('Set aws-region: eu-west-1 in oidc-login');
    const dockerConfig = path.join(root, 'docker-other-account');
    mkdirSync(dockerConfig, { recursive: true });
    const other = '210987654321.dkr.ecr.eu-west-1.amazonaws.com';
    writeFileSync(
      path.join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [other]: { auth: Buffer.from('AWS:token').toString('base64') } } }),
    );
    const account = await run({ AWS_REGION: 'eu-west-1', DOCKER_CONFIG: dockerConfig });
    expect(account.exitCode).toBe(1);
    expect(errorOf(account)).toContain(
      `is in account ${ACCOUNT} (eu-west-1), but the docker config has ECR logins only for ${other} (account 210987654321)`,
    );
    expect(account.stdout + errorOf(account)).toContain(`Add registries: ${ACCOUNT} to oidc-login`);
    // Failed before the builder ran: no local image with the would-be tag.
    expect(() => buildah(['inspect', '--type', 'image', `${ecrImage}:7.0.0-0123456`])).toThrow();
  });

  it('(15.6) refuses an ACR or Artifact Registry image without its login, before building', async () => {
    const cwd = workspace('cloud-mismatch', 'FROM localhost/busybox:latest\n', { VERSION: '8.0.0' });
    // ACR names are 5–50 letters and digits.
    const acrImage = 'acmeprod.azurecr.io/acme/app';
    const garImage = 'europe-west1-docker.pkg.dev/acme-prod/apps/app';
    const config = (name: string, auths: Record<string, { auth: string }>) => {
      const dir = path.join(root, name);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ auths }));
      return dir;
    };
    const noLogins = config('docker-no-logins', {});
    const run = (inputs: Record<string, string>, dockerConfig = noLogins) =>
      runDist('build-tag-push', {
        cwd,
        inputs: { builder: 'buildah', ...inputs },
        env: { ...storageEnv, GITHUB_SHA: SHA, DOCKER_CONFIG: dockerConfig },
      });
    const errors = (result: RunResult) => result.commands.filter((c) => c.command === 'error');

    const acr = await run({ image: acrImage, registry: 'acr' });
    expect(acr.exitCode).toBe(1);
    expect(errors(acr)).toHaveLength(1);
    expect(errorOf(acr)).toMatch(
      /^Could not check the ACR registry: the image acmeprod\.azurecr\.io\/acme\/app is on acmeprod\.azurecr\.io, but the docker config has no login for acmeprod\.azurecr\.io/,
    );
    expect(acr.stdout + errorOf(acr)).toContain(
      'Run oidc-login with provider: azure and acr-registries: acmeprod.azurecr.io',
    );

    const kind = await run({ image: acrImage, registry: 'gar' });
    expect(kind.exitCode).toBe(1);
    expect(errors(kind)).toHaveLength(1);
    expect(errorOf(kind)).toMatch(/^Input 'registry' is gar, which /);

    const other = 'us-docker.pkg.dev';
    const otherLocation = config('docker-other-location', {
      [other]: { auth: Buffer.from('oauth2accesstoken:token').toString('base64') },
    });
    const gar = await run({ image: garImage }, otherLocation);
    expect(gar.exitCode).toBe(1);
    expect(errors(gar)).toHaveLength(1);
    expect(errorOf(gar)).toContain(
      `the image ${garImage} is on europe-west1-docker.pkg.dev, but the docker config has Artifact Registry logins only for ${other}`,
    );
    expect(gar.stdout + errorOf(gar)).toContain(
      'Run oidc-login with provider: gcp and gcp-registries: europe-west1-docker.pkg.dev',
    );
    // Failed before the builder ran: no local image with the would-be tags.
    for (const image of [acrImage, garImage]) {
      expect(() => buildah(['inspect', '--type', 'image', `${image}:8.0.0-0123456`])).toThrow();
    }
  });

  it('(12.14) gives buildah build-secrets as a 0600 file: the build reads it, argv, the image and the log never hold it', async () => {
    // A buildah in front of the real one that records its argv, and the mode of each secret file as
    // the build starts, into a log the test reads afterwards.
    const bin = path.join(root, 'argv-bin');
    const argvLog = path.join(root, 'buildah-argv.log');
    mkdirSync(bin, { recursive: true });
    const real = spawnSync('sh', ['-c', 'command -v buildah'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(
      path.join(bin, 'buildah'),
      [
        '#!/bin/sh',
        `for a in "$@"; do printf 'arg %s\n' "$a" >> '${argvLog}'; done`,
        `for a in "$@"; do case "$a" in id=*,src=*) f="\${a#*,src=}"; printf 'mode %s %s\n' "$(stat -c %a "$f")" "$f" >> '${argvLog}';; esac; done`,
        `exec '${real}' "$@"`,
        '',
      ].join('\n'),
    );
    chmodSync(path.join(bin, 'buildah'), 0o755);
    const runnerTemp = path.join(root, 'runner-temp-secrets');
    mkdirSync(runnerTemp, { recursive: true });
    const cwd = workspace(
      'secrets',
      'FROM localhost/busybox:latest\nRUN --mount=type=secret,id=token cat /run/secrets/token | sha256sum > /digest\n',
      { VERSION: '9.0.0' },
    );
    const result = await runPlain(
      cwd,
      { 'build-secrets': `token=${BUILD_SECRET}`, 'build-args': 'PUBLIC=visible' },
      { PATH: `${bin}:${process.env['PATH'] ?? ''}`, RUNNER_TEMP: runnerTemp },
    );
    expect(errorOf(result)).toBe('');
    expect(result.exitCode).toBe(0);

    // The build saw the secret: the digest of what it read is in the image, the secret itself is not.
    const image = await pullImage(plain, 'acme/app', '9.0.0-0123456', basicAuth('octocat', GHCR_PASSWORD));
    const expected = createHash('sha256').update(BUILD_SECRET).digest('hex');
    expect(image.files.get('digest')?.toString()).toBe(`${expected}  -\n`);
    for (const blob of [...image.layers, image.config, Buffer.from(image.manifest)])
      expect(blob.includes(BUILD_SECRET)).toBe(false);
    expect(
      [...image.files.keys()].filter((f) => f.startsWith('run/secrets/') && f !== 'run/secrets/'),
    ).toEqual([]);

    // Only the file's path was on buildah's command line; the file was 0600 then, and is gone now.
    const argv = readFileSync(argvLog, 'utf8');
    expect(argv).not.toContain(BUILD_SECRET);
    expect(argv).toContain('arg PUBLIC=visible');
    const modes = [...argv.matchAll(/^mode (\d+) (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(modes).toHaveLength(1);
    const [[mode, file] = []] = modes;
    expect(mode).toBe('600');
    expect(file?.startsWith(path.join(runnerTemp, 'build-secrets-'))).toBe(true);
    expect(existsSync(file ?? '')).toBe(false);
    expect(readdirSync(runnerTemp)).toEqual([]);

    // Masked first, and in no printed form.
    expect(result.stdout).toContain(`::add-mask::${BUILD_SECRET}`);
    expect(printed(result)).not.toContain(BUILD_SECRET);
    expect(printed(result)).not.toContain(encodeURIComponent(BUILD_SECRET));
  });

  it('(12.14) removes the secret file after a failed build, and never prints the value', async () => {
    const runnerTemp = path.join(root, 'runner-temp-failed');
    mkdirSync(runnerTemp, { recursive: true });
    const cwd = workspace(
      'secrets-failed',
      'FROM localhost/busybox:latest\nRUN --mount=type=secret,id=token test -s /run/secrets/token && exit 3\n',
      { VERSION: '9.1.0' },
    );
    const result = await runPlain(
      cwd,
      { 'build-secrets': `token=${BUILD_SECRET}` },
      { RUNNER_TEMP: runnerTemp },
    );
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Could not build the image: buildah exited \d+/);
    expect(readdirSync(runnerTemp)).toEqual([]);
    expect(printed(result)).not.toContain(BUILD_SECRET);
  });

  it('(12.2) refuses a VERSION file holding workflow commands before building, and runs none of them', async () => {
    const cwd = workspace('version-injection', 'FROM localhost/busybox:latest\n', {
      VERSION: '1.0\n::warning::injected\n::set-output name=x::y\n',
    });
    const result = await runPlain(cwd);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `Could not read the version: the VERSION file at ${path.join(cwd, 'VERSION')} holds '1.0\\n::warning::injected\\n::set-output name=x::y', which holds 3 lines; a version is one line\n` +
        'Fix the file, or set the version input, which takes precedence over package.json, VERSION and Chart.yaml.',
    );
    expect(result.commands.map((c) => c.command).filter((c) => c !== 'add-mask')).toEqual(['error']);
    expect(result.outputs).toEqual({});
    expect(() =>
      buildah(['inspect', '--type', 'image', `${plain.host}/acme/app:1.0--warning--injected`]),
    ).toThrow();
  });

  it('explains bad inputs', async () => {
    const cwd = workspace('bad', 'FROM localhost/busybox:latest\n');
    expect(errorOf(await runPlain(cwd, { image: 'ghcr.io/Acme/App' }))).toMatch(
      /^Input 'image' 'ghcr.io\/Acme\/App' has an invalid path component 'Acme'/,
    );
    expect(errorOf(await runPlain(cwd, { 'tag-template': '{version}/{sha7}' }))).toMatch(
      /^Input 'tag-template' '\{version\}\/\{sha7\}' yields '0.0.0\/0123456'/,
    );
    expect(errorOf(await runPlain(cwd, { file: 'Containerfile' }))).toMatch(
      /^Could not build the image: 'Containerfile' does not exist/,
    );
    const noBuilder = await runPlain(cwd, { builder: 'docker' }, { PATH: '/nonexistent' });
    expect(errorOf(noBuilder)).toMatch(
      /^Could not find an image builder: docker was not found on PATH \(input builder: 'docker'\); install it or choose another builder/,
    );
    expect(errorOf(noBuilder)).not.toMatch(/spawn|ENOENT/);
    const badSecret = await runPlain(cwd, { 'build-secrets': BUILD_SECRET });
    expect(errorOf(badSecret)).toBe(
      "Input 'build-secrets' line 1 is not id=value (it has no '='; the line is not shown)",
    );
    expect(printed(badSecret)).not.toContain(BUILD_SECRET);
  });
});

/** What the registry serves for a tag, asked with all four manifest types (the test's own client). */
async function headDigest(registry: RegistryServer, repository: string, tag: string): Promise<string> {
  const { RegistryClient } = await import('@gitops-actions/registry');
  if (!registry.caFile) {
    const client = new RegistryClient({
      host: registry.host,
      credentials: { username: 'octocat', password: GHCR_PASSWORD, source: 'test' },
    });
    return (await client.digest(repository, tag)) ?? '';
  }
  return new Promise((resolve, reject) => {
    const req = request(
      `${registry.url}/v2/${repository}/manifests/${tag}`,
      {
        method: 'HEAD',
        ca: readFileSync(registry.caFile!),
        headers: {
          authorization: `Basic ${Buffer.from('AWS:ecr-token-password-abcdef0123456789').toString('base64')}`,
          accept:
            'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json',
        },
      },
      (res) => {
        res.resume();
        resolve(String(res.headers['docker-content-digest'] ?? ''));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** What a token-auth registry serves for a tag, read with plain fetch through its /token endpoint. */
async function tokenHeadDigest(registry: RegistryServer, repository: string, tag: string): Promise<string> {
  const token = await fetch(
    `${registry.url}/token?service=${registry.host}&scope=repository:${repository}:pull`,
    { headers: { authorization: `Basic ${Buffer.from(`octocat:${GHCR_PASSWORD}`).toString('base64')}` } },
  );
  const { token: value } = (await token.json()) as { token: string };
  const res = await fetch(`${registry.url}/v2/${repository}/manifests/${tag}`, {
    method: 'HEAD',
    headers: {
      authorization: `Bearer ${value}`,
      accept:
        'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.index.v1+json',
    },
  });
  return res.headers.get('docker-content-digest') ?? '';
}
