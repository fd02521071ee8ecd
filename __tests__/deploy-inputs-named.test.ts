// The root action's failures that come out of the packages it composes (trivy, bump, argocd) name
// the root action's own inputs (`ignore-file`, `gitops-branch`, `argocd-token`, …), never those of
// scan-gate, bump-manifest or wait-for-argocd. Each test runs deploy() with the request the root
// action's inputs.ts builds, in process, against the stand-ins (the git transport to the bare
// repositories directly). Only the image build is faked: the
// builder answers as if it had built the image that is already in the registry, so no test builds.
import { writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputReader, describeFailure, exec, silentLogger, type Exec } from '@gitops-actions/kit';
import { deploy, renderDeploySummary, type DeployReport } from '@gitops-actions/deploy';
import { fixturePath } from '@gitops-actions/testkit';
import { bareRepoPath, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import {
  OCI_MANIFEST,
  fetchToken,
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';
import { writeStandinBinary } from '@gitops-actions/standin-trivy';
// An action is an entry point, not a library: its inputs.ts is tested from here, by path.
// eslint-disable-next-line import-x/no-relative-packages -- an action's own inputs.ts, not a package API
import { getInputs } from '../actions/deploy/src/inputs.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const TAG = '1.2.0-0123456';
const LOGIN = { username: 'octocat', password: 'ghp_deployNamesRegistryPassword0123' };
const GIT_TOKEN = 'ghs_deployNamesGitopsToken0123456789ab';
const ARGO_TOKEN = 'argocd-deploy-names-token-0123456789';
const VALUES = 'apps/api/dev/values.yaml';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: ${tag}\n`;

const unavailable = registryUnavailableReason();
if (unavailable) console.log(`Skipping the deploy failures past the push: ${unavailable}`);
const describeWithRegistry = unavailable ? describe.skip : describe;

let root: string;
let workspace: string;
let trivy: string;
let registry: RegistryServer | undefined;
let gh: GitHubServer;
let argo: ArgoCdServer;
/** The config digest of the image in the registry: what the fake builder says it built. */
let builtId = '0'.repeat(64);
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'deploy-names-'));
  workspace = path.join(root, 'service');
  await mkdir(workspace);
  await writeFile(path.join(workspace, 'Dockerfile'), 'FROM scratch\n');
  trivy = await writeStandinBinary(path.join(root, 'bin'));
  const gitRoot = path.join(root, 'git');
  await mkdir(gitRoot);
  [gh, argo] = await Promise.all([
    startGitHubServer({ root: gitRoot, token: GIT_TOKEN }),
    startArgoCd({ gitRoot, token: ARGO_TOKEN, reconcileMs: 50 }),
  ]);
  if (unavailable) return;
  registry = await startRegistryServer({ auth: { ...LOGIN, scheme: 'token' } });
  await pushTestImage(registry, 'acme/api', TAG, LOGIN);
  builtId = await configDigest(registry);
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), gh?.close(), argo?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

async function configDigest(server: RegistryServer): Promise<string> {
  const token = await fetchToken(server, 'repository:acme/api:pull', LOGIN);
  const res = await fetch(`${server.url}/v2/acme/api/manifests/${TAG}`, {
    headers: { authorization: `Bearer ${token}`, accept: OCI_MANIFEST },
  });
  const manifest = (await res.json()) as { config: { digest: string } };
  return manifest.config.digest.replace(/^sha256:/, '');
}

/** The git transport straight to the bare repository the Argo CD stand-in reconciles from. */
const fileUrl = (repo: string) => pathToFileURL(bareRepoPath(path.join(root, 'git'), repo)).href;

/** buildah as the deploy drives it, without building; everything else (git, Trivy) runs for real. */
const builder: Exec = async (command, args, opts) => {
  if (command !== 'buildah') return exec(command, args, opts);
  const archive = args[0] === 'push' ? /^docker-archive:([^:]+):/.exec(args[2] ?? '') : null;
  if (archive) writeFileSync(archive[1]!, '');
  const stdout = args[0] === 'inspect' ? `${builtId}\n` : '';
  return { code: 0, stdout, stderr: '' };
};

/** A GitOps repository and a dev app of its own, so tests never share state. */
async function gitops(behaviour: { autoSync?: boolean } = {}, tag = '1.1.0') {
  const repo = `acme/gitops-${++seq}`;
  await createBareRepo(path.join(root, 'git'), repo, { [VALUES]: values(tag) });
  const app = `api-${seq}-dev`;
  await argo.addApp({
    name: app,
    repo,
    path: 'apps/api/dev',
    behaviour: { syncMs: 50, progressMs: 50, ...behaviour },
  });
  return { repo, app };
}

/** The root action's inputs as a step would give them, then the deploy they describe. */
async function run(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<{ report: DeployReport; error: string }> {
  const given: Record<string, string> = {
    image: `${registry?.host ?? '127.0.0.1:9'}/acme/api`,
    version: '1.2.0',
    builder: 'buildah',
    ...LOGIN,
    'trivy-path': trivy,
    'gitops-token': GIT_TOKEN,
    'gitops-files': VALUES,
    'argocd-token': ARGO_TOKEN,
    'argocd-server': argo.url,
    'argocd-applications': 'api-dev',
    'argocd-timeout': '10',
    ...inputs,
  };
  const request = getInputs(new InputReader((name) => given[name] ?? ''), env);
  const report = await deploy(request, {
    exec: builder,
    log: silentLogger,
    env: { ...process.env, ...env, GITHUB_SHA: SHA, STANDIN_REPORT: fixturePath('trivy', 'alpine-310.json') },
    workspace,
    tempDir: root,
  });
  // What the step's ::error:: line would say, and the summary must show where the deploy stopped.
  expect(report.error).toBeDefined();
  expect(renderDeploySummary(report, request)).toContain('❌');
  return { report, error: describeFailure(report.error, 'deploy the image') };
}

describe('the root action into a failure before the push', () => {
  it('names ignore-file for an ignore file that is not there', async () => {
    const { repo } = await gitops();
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'ignore-file': 'exceptions.yaml',
    });
    expect(report.stage).toBe('scan');
    expect(error).toContain("Could not read the ignore file: 'exceptions.yaml' (ignore-file) does not exist");
    expect(error).toContain('Fix ignore-file, or leave it at its default .trivyignore.yaml.');
  });
});

describeWithRegistry('the root action into a failure after the push', () => {
  it('names gitops-branch for a branch that does not exist (git transport)', async () => {
    const { repo } = await gitops();
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'gitops-branch': 'release',
    });
    expect(report.stage).toBe('bump');
    expect(report.pushed?.unchanged).toEqual([TAG]);
    expect(error).toContain('Check the gitops-branch input');
    expect(error).not.toMatch(/\bthe branch input/);
  });

  it('names gitops-branch for a branch that does not exist (api transport)', async () => {
    const { repo } = await gitops();
    const { report, error } = await run(
      { 'gitops-repository': repo, 'gitops-branch': 'release' },
      { GITHUB_SERVER_URL: gh.url, GITHUB_API_URL: gh.apiUrl },
    );
    expect(report.stage).toBe('bump');
    expect(error).toContain('Check the gitops-branch input');
    expect(error).not.toMatch(/\bthe branch input/);
  });

  it('offers no create-missing (a bump-manifest input) for a gitops-key the values file lacks', async () => {
    const { repo } = await gitops();
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'gitops-key': 'api.image.tag',
    });
    expect(report.stage).toBe('bump');
    expect(error).toContain('key api.image.tag not found');
    expect(error).toContain('add it to the file first');
    expect(error).not.toContain('create-missing');
  });

  it('names gitops-token for a token GitHub refuses', async () => {
    const { repo } = await gitops();
    const { report, error } = await run(
      { 'gitops-repository': repo, 'gitops-token': 'ghs_notTheRightToken' },
      { GITHUB_SERVER_URL: gh.url, GITHUB_API_URL: gh.apiUrl },
    );
    expect(report.stage).toBe('bump');
    expect(error).toContain('Check the gitops-token input');
    expect(error).not.toMatch(/\bthe token input/);
  });

  // The GitOps file already has the tag: the bump commits nothing, and the wait still runs.
  it('names argocd-token for a token Argo CD refuses', async () => {
    const { repo, app } = await gitops({}, TAG);
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'argocd-applications': app,
      'argocd-token': 'not-the-argocd-token',
    });
    expect(report.stage).toBe('wait');
    expect(report.bump?.changed).toBe(false);
    expect(error).toContain('`argocd-token`');
    expect(error).not.toContain('`token`');
  });

  it('names argocd-server for a server the runner cannot reach', async () => {
    const { repo, app } = await gitops({}, TAG);
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'argocd-applications': app,
      'argocd-server': 'http://127.0.0.1:9',
      'argocd-timeout': '3',
    });
    expect(report.stage).toBe('wait');
    expect(error).toContain('`argocd-server`');
    expect(error).not.toContain('`server`');
  });

  it('names argocd-timeout and argocd-sync when an app without auto-sync never syncs', async () => {
    const { repo, app } = await gitops({ autoSync: false });
    const { report, error } = await run({
      'gitops-repository': fileUrl(repo),
      'argocd-applications': app,
      'argocd-timeout': '1',
    });
    expect(report.stage).toBe('wait');
    expect(report.argocd?.outcome).toBe('timeout');
    expect(error).toContain(
      'The image is pushed and the GitOps commit is in place. Raise `argocd-timeout` if the rollout is just slow; for apps without auto-sync set `argocd-sync: true`.',
    );
    expect(error).not.toMatch(/`timeout`|`sync: true`/);
  });
});
