// The root action's shipped bundle (dist/deploy), run as the runner runs it, through the whole dev
// deploy: a real buildah build, a stand-in Trivy fed real Trivy reports, a push to a real registry,
// a bump over smart HTTP to a local git server, and a wait against the Argo CD stand-in reconciling
// from that same repository.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, repoRoot, runDist, type RunResult } from '@gitops-actions/testkit';
import {
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import {
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';
import { writeStandinBinary } from '@gitops-actions/standin-trivy';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const REGISTRY_PASSWORD = 'ghp_deployRegistryPassword0123456789';
const GIT_TOKEN = 'ghs_deployGitopsToken0123456789abcdef';
const ARGO_TOKEN = 'argocd-deploy-token-0123456789abcdef';
const SECRETS = [REGISTRY_PASSWORD, GIT_TOKEN, ARGO_TOKEN];
const DEV_VALUES = 'apps/api/dev/values.yaml';
const values = (tag: string) =>
  `# dev environment\nimage:\n  repository: ghcr.io/acme/api\n  tag: ${tag} # bumped by CI\nreplicas: 1\n`;

function missingTools(): string | null {
  const buildah = spawnSync('buildah', ['version'], { stdio: 'ignore' });
  if (buildah.error || buildah.status !== 0) return 'buildah is not installed (apt-get install -y buildah)';
  const busybox = spawnSync('busybox', ['true'], { stdio: 'ignore' });
  if (busybox.error) return 'busybox is not installed (apt-get install -y busybox-static)';
  return registryUnavailableReason();
}

const reason = missingTools();
if (reason) console.log(`Skipping the dist/deploy build tests: ${reason}`);
const describeIfTools = reason ? describe.skip : describe;

let root: string;
let gitRoot: string;
let storageEnv: Record<string, string>;
let registry: RegistryServer;
let git: GitServer;
let gh: GitHubServer;
let argo: ArgoCdServer;
let trivy: string;
let seq = 0;

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

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'deploy-dist-'));
  trivy = await writeStandinBinary(path.join(root, 'bin'));
  if (reason) return;
  gitRoot = path.join(root, 'git');
  mkdirSync(gitRoot);
  const storageConf = path.join(root, 'storage.conf');
  writeFileSync(
    storageConf,
    `[storage]\ndriver = "vfs"\ngraphroot = "${root}/storage"\nrunroot = "${root}/run"\n`,
  );
  storageEnv = { CONTAINERS_STORAGE_CONF: storageConf, BUILDAH_ISOLATION: 'chroot' };
  createBaseImage();
  // Two doors to the same bare repositories: plain git over smart HTTP, and the local GitHub's API.
  [registry, git, gh, argo] = await Promise.all([
    startRegistryServer({ auth: { username: 'octocat', password: REGISTRY_PASSWORD } }),
    startGitServer({ root: gitRoot, token: GIT_TOKEN }),
    startGitHubServer({ root: gitRoot, token: GIT_TOKEN }),
    startArgoCd({ gitRoot, token: ARGO_TOKEN, reconcileMs: 50 }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([registry?.close(), git?.close(), gh?.close(), argo?.close()]);
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const errorOf = (result: RunResult) =>
  result.commands.find((c) => c.command === 'error' && !c.properties['file'])?.message ?? '';

/** Everything the step printed or wrote where a later step or a person could read it. */
function printed(result: RunResult): string {
  const stdout = result.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
}

/** A service checkout and its own GitOps repository and dev app, so tests never share state. */
async function service(dockerfile: string) {
  const name = `api-${++seq}`;
  const cwd = path.join(root, name);
  mkdirSync(cwd, { recursive: true });
  writeFileSync(path.join(cwd, 'Dockerfile'), dockerfile);
  writeFileSync(path.join(cwd, 'VERSION'), '1.2.0\n');
  const repo = `acme/gitops-${name}`;
  await createBareRepo(gitRoot, repo, { [DEV_VALUES]: values('1.1.0') });
  await argo.addApp({
    name: `${name}-dev`,
    repo,
    path: 'apps/api/dev',
    behaviour: { syncMs: 50, progressMs: 50 },
  });
  return { name, cwd, repo, app: `${name}-dev`, image: `${registry.host}/acme/${name}` };
}

function deploy(
  svc: Awaited<ReturnType<typeof service>>,
  report: string,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
) {
  return runDist('deploy', {
    cwd: svc.cwd,
    inputs: {
      image: svc.image,
      builder: 'buildah',
      username: 'octocat',
      password: REGISTRY_PASSWORD,
      'trivy-path': trivy,
      'gitops-repository': git.repoUrl(svc.repo),
      'gitops-token': GIT_TOKEN,
      'gitops-files': DEV_VALUES,
      'argocd-server': argo.url,
      'argocd-token': ARGO_TOKEN,
      'argocd-applications': svc.app,
      'argocd-timeout': '30',
      ...inputs,
    },
    env: {
      ...storageEnv,
      SOURCE_DATE_EPOCH: '1767225600',
      GITHUB_SHA: SHA,
      STANDIN_REPORT: fixturePath('trivy', report),
      STANDIN_ARGS: path.join(svc.cwd, '..', `${svc.name}-trivy-args.txt`),
      ...env,
    },
    timeoutMs: 120_000,
  });
}

const trivyRuns = async (svc: { cwd: string; name: string }) =>
  (await readFile(path.join(svc.cwd, '..', `${svc.name}-trivy-args.txt`), 'utf8').catch(() => ''))
    .trim()
    .split('\n')
    .filter(Boolean);

describeIfTools('dist/deploy through the whole dev deploy', () => {
  afterEach(() => {
    expect(argo.violations).toEqual([]);
  });

  it('builds, scans, pushes, bumps and waits until Argo CD runs the bumped revision', async () => {
    const svc = await service('FROM localhost/busybox:latest\nRUN echo api > /api.txt\n');
    const result = await deploy(svc, 'alpine-310.json');
    expect(errorOf(result)).toBe('');
    expect(result.exitCode).toBe(0);

    const tag = '1.2.0-0123456';
    const { RegistryClient } = await import('@gitops-actions/registry');
    const client = new RegistryClient({
      host: registry.host,
      credentials: { username: 'octocat', password: REGISTRY_PASSWORD, source: 'test' },
    });
    const digest = (await client.digest(`acme/${svc.name}`, tag)) ?? '';
    expect(digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    const [head] = await listCommits(gitRoot, svc.repo, 'main');
    expect(result.outputs).toEqual({
      tag,
      digest,
      'image-ref': `${svc.image}@${digest}`,
      'scan-passed': 'true',
      'commit-sha': head!.sha,
      'sync-status': 'Synced',
      'health-status': 'Healthy',
    });
    // A one-line change: comments and everything else untouched.
    expect(await readFileAtBranch(gitRoot, svc.repo, 'main', DEV_VALUES)).toBe(values(tag));
    expect(head!.subject).toBe(`chore(deploy): bump ${svc.image} to ${tag}`);
    expect(argo.app(svc.app)).toMatchObject({
      status: { sync: { status: 'Synced', revision: head!.sha }, health: { status: 'Healthy' } },
    });

    // Trivy ran once, on the built image, before anything was pushed.
    const runs = await trivyRuns(svc);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatch(new RegExp(`^image --format json .* ${svc.image.replace(/\./g, '\\.')}:${tag}$`));

    expect(result.summary).toContain(`Deployed \`${svc.image}\``);
    expect(result.summary).toContain(`| Image | \`${svc.image}:${tag}\` |`);
    expect(result.summary).toContain(`| Digest | \`${digest}\` |`);
    expect(result.summary).toContain('| Scan | ✅ passed (0 critical, 0 high, 4 medium, 0 low) |');
    expect(result.summary).toContain(head!.sha.slice(0, 12));
    expect(result.summary).toMatch(
      new RegExp(`\\| Argo CD \\| ✅ \`${svc.app}\` Synced/Healthy at \`${head!.sha.slice(0, 7)}\``),
    );
    for (const secret of SECRETS) expect(result.stdout).toContain(`::add-mask::${secret}`);
    for (const secret of SECRETS) expect(printed(result)).not.toContain(secret);
  });

  it('stops on a blocking finding before the push and the bump: registry and GitOps repository untouched', async () => {
    const svc = await service('FROM localhost/busybox:latest\nRUN echo vulnerable > /v.txt\n');
    const requestsBefore = registry.requests.length;
    const result = await deploy(svc, 'alpine-39-high-critical.json');
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      new RegExp(
        `^Could not deploy the image: the scan of ${svc.image.replace(/\./g, '\\.')}:1\\.2\\.0-0123456 blocks it: 2 finding\\(s\\) block the gate \\(2 CRITICAL\\): CVE-2019-14697\\nNothing was pushed and the GitOps repository is unchanged`,
      ),
    );
    expect(result.outputs).toMatchObject({
      tag: '1.2.0-0123456',
      'scan-passed': 'false',
      digest: '',
      'commit-sha': '',
    });
    // Not a single request to the registry, and no commit in the GitOps repository.
    expect(registry.requests.slice(requestsBefore)).toEqual([]);
    expect(await listCommits(gitRoot, svc.repo, 'main')).toHaveLength(1);
    expect(await readFileAtBranch(gitRoot, svc.repo, 'main', DEV_VALUES)).toBe(values('1.1.0'));
    expect(result.summary).toContain(`Deploy of \`${svc.image}\` stopped`);
    expect(result.summary).toContain('| Scan | ❌ 2 blocking finding(s)');
    expect(result.summary).toContain('| Push | ⏭️ not reached |');
    expect(result.summary).toContain('CVE-2019-14697');
    for (const secret of SECRETS) expect(printed(result)).not.toContain(secret);
  });

  it('commits through the GitHub API for an owner/name repository, and Argo CD runs that commit', async () => {
    const svc = await service('FROM localhost/busybox:latest\nRUN echo api-transport > /t.txt\n');
    const gitRequestsBefore = git.stats.requests;
    gh.reset();
    const result = await deploy(
      svc,
      'alpine-310.json',
      { 'gitops-repository': svc.repo },
      { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url },
    );
    expect(errorOf(result)).toBe('');
    const tag = '1.2.0-0123456';
    const [head] = await listCommits(gitRoot, svc.repo, 'main');
    expect(result.outputs['commit-sha']).toBe(head!.sha);
    expect(await readFileAtBranch(gitRoot, svc.repo, 'main', DEV_VALUES)).toBe(values(tag));
    expect(argo.app(svc.app)).toMatchObject({ status: { sync: { status: 'Synced', revision: head!.sha } } });
    // One GraphQL query (the head and the file) and one createCommitOnBranch; no clone, no push.
    const writes = gh.requests.map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual(['POST /graphql', 'POST /graphql']);
    expect(git.stats.requests).toBe(gitRequestsBefore);
    expect(gh.git.stats.requests).toBe(0);
    expect(gh.violations).toEqual([]);
    for (const secret of SECRETS) expect(printed(result)).not.toContain(secret);
  });

  it('skips the wait with wait: false and is a no-op bump on a re-run of the same commit', async () => {
    const svc = await service('FROM localhost/busybox:latest\nRUN echo rerun > /r.txt\n');
    const first = await deploy(svc, 'alpine-310.json', { wait: 'false' });
    expect(errorOf(first)).toBe('');
    expect(first.outputs['sync-status']).toBe('');
    expect(first.summary).toContain('| Argo CD | not waited for |');
    const again = await deploy(svc, 'alpine-310.json', { wait: 'false' });
    expect(errorOf(again)).toBe('');
    expect(again.outputs['digest']).toBe(first.outputs['digest']);
    expect(again.outputs['commit-sha']).toBe(first.outputs['commit-sha']);
    expect(again.summary).toContain('already has this tag');
    expect(await listCommits(gitRoot, svc.repo, 'main')).toHaveLength(2);
  });
});

describe('dist/deploy bad input', () => {
  const base = {
    image: '127.0.0.1:5000/acme/api',
    'gitops-repository': 'acme/gitops',
    'gitops-files': DEV_VALUES,
  };
  const bad = async (inputs: Record<string, string>) => {
    const result = await runDist('deploy', { inputs: { ...base, ...inputs } });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toEqual({});
    return errorOf(result);
  };

  it('names the missing or invalid input before building anything', async () => {
    expect(await bad({ image: '' })).toBe("Input 'image' is required and was not supplied");
    expect(await bad({ 'gitops-files': '' })).toBe("Input 'gitops-files' is required and was not supplied");
    expect(await bad({ image: 'ghcr.io/Acme/Api' })).toMatch(
      /^Input 'image' 'ghcr.io\/Acme\/Api' has an invalid/,
    );
    expect(await bad({ severity: 'HIGH,SEVERE' })).toBe(
      "Input 'severity' has unknown severity 'SEVERE'; use CRITICAL, HIGH, MEDIUM, LOW, UNKNOWN",
    );
    expect(await bad({ 'gitops-files': '../secrets.yaml' })).toMatch(
      /^Input 'gitops-files' '..\/secrets.yaml' leaves/,
    );
    expect(await bad({ 'argocd-server': 'https://argocd.example.com' })).toBe(
      "Input 'argocd-token' is required and was not supplied",
    );
    expect(await bad({ 'trivy-version': 'latest' })).toMatch(
      /^Input 'trivy-version' must be an exact release/,
    );
    expect(
      await bad({
        'gitops-transport': 'api',
        'gitops-repository': 'https://git.example.com/acme/gitops.git',
      }),
    ).toMatch(/^Input 'gitops-transport' api needs the repository as owner\/name/);
    expect(await bad({ password: 'registry-password' })).toBe(
      "Input 'username' is required when the other of username/password is given",
    );
  });

  it('says plainly when there is no builder, and touches nothing', async () => {
    const cwd = await mkdtemp(path.join(root, 'nobuilder-'));
    writeFileSync(path.join(cwd, 'Dockerfile'), 'FROM scratch\n');
    const result = await runDist('deploy', {
      cwd,
      inputs: { ...base, builder: 'docker', 'trivy-path': trivy },
      env: { PATH: '/nonexistent' },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Could not find an image builder: docker was not found on PATH \(input builder: 'docker'\)/,
    );
    expect(result.outputs).toMatchObject({ tag: '', digest: '', 'commit-sha': '' });
    expect(result.summary).toContain('| Image | ❌ failed |');
  });

  it('is listed and described by the CLI as `deploy`, from the root action.yml', async () => {
    const bin = path.join(repoRoot(), 'packages/cli/bin/gitops-actions.js');
    const run = (args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve, reject) => {
        const child = spawn(process.execPath, [bin, ...args], { env: { PATH: process.env['PATH'] ?? '' } });
        let stdout = '';
        child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, stdout }));
      });
    expect((await run(['--help'])).stdout).toMatch(/^ {2}deploy$/m);
    const help = await run(['deploy', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--gitops-files\s+.*\(required\)/);
  });
});
