// The shipped rollback bundle, run as the runner runs it: over smart HTTP against a git server that
// requires a token (push), and through the local GitHub (api transport and the pull request).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseWorkflowCommands } from '@gitops-actions/kit';
import { runDist } from '@gitops-actions/testkit';
import {
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_rollbackDistToken1234567890';
const FILE = 'envs/prod/api/values.yaml';
const values = (tag: string, replicas = 2) =>
  `# api in prod\nimage:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\nreplicas: ${replicas}\n`;

let root: string;
let server: GitServer;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rollback-dist-'));
  server = await startGitServer({ root, token: TOKEN });
  gh = await startGitHubServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, { [FILE]: values('1.0.0'), 'README.md': '# gitops\n' });
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await server.close();
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const deploy = (text: string, message: string) => commitFiles(root, repo, { [FILE]: text }, { message });
const read = (branch = 'main') => readFileAtBranch(root, repo, branch, FILE);
const errorOf = (result: { commands: Array<{ command: string; message: string }> }) =>
  result.commands.find((c) => c.command === 'error')?.message;

const run = (inputs: Record<string, string>) =>
  runDist('rollback', {
    inputs: {
      repository: server.repoUrl(repo),
      token: TOKEN,
      files: FILE,
      environment: 'production',
      ...inputs,
    },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url },
    timeoutMs: 60_000,
  });

describe('dist/rollback', () => {
  it('(13.3) deploy A, deploy B, roll back over git: A is back, every other byte is today’s', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    await deploy(values('1.1.0', 4), 'scale api to 4');
    const result = await run({ reason: 'errors after 1.1.0' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const [head] = await listCommits(root, repo, 'main');
    expect(result.outputs).toEqual({
      'restored-tag': '1.0.0',
      'restored-digest': '',
      'previous-tag': '1.1.0',
      'commit-sha': head!.sha,
      'pull-request-url': '',
      changed: 'true',
    });
    expect(head!.subject).toBe(`Rollback image.tag in ${FILE}: 1.1.0 → 1.0.0`);
    expect(await read()).toBe(values('1.0.0', 4));
    expect(result.summary).toContain('`envs/prod/api/values.yaml` | `image.tag` | `1.1.0` → `1.0.0`');
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('(13.3) opens the rollback pull request through the api transport', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    await deploy(values('1.2.0'), 'deploy 1.2.0');
    const result = await run({ repository: repo, mode: 'pr', 'to-tag': '1.0.0' });
    expect(errorOf(result)).toBeUndefined();
    expect(result.exitCode).toBe(0);
    const [pull] = gh.pulls(repo);
    expect(pull?.title).toBe('Rollback production: 1.2.0 → 1.0.0');
    expect(result.outputs['pull-request-url']).toMatch(/\/pull\/1$/);
    expect(result.outputs).toMatchObject({
      'restored-tag': '1.0.0',
      'previous-tag': '1.2.0',
      changed: 'true',
    });
    expect(await read(pull!.head)).toBe(values('1.0.0'));
    expect(await read()).toBe(values('1.2.0'));
  });

  it('(13.3) refuses when there is nothing to go back to, and pushes nothing', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Could not roll back key 'image\.tag' in .*: nothing to go back to/);
    expect(await listCommits(root, repo, 'main')).toHaveLength(1);
  });

  it('(13.3) refuses a to-tag never deployed there and lists what was', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0');
    const result = await run({ 'to-tag': '0.9.0' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Could not roll back to '0\.9\.0': it was never deployed [\s\S]*Deployed there, newest first: '1\.1\.0' \([0-9a-f]{7}\), '1\.0\.0' \([0-9a-f]{7}\)/,
    );
    expect(await read()).toBe(values('1.1.0'));
  });

  it('(13.3) refuses pr mode for a plain git URL, naming the input, before any request', async () => {
    server.stats.reset();
    const result = await run({ mode: 'pr' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Input 'mode' pr opens the pull request through GitHub's API/);
    expect(server.stats.requests).toBe(0);
  });

  it('prints a hostile reason only as data, never as a workflow command', async () => {
    await deploy(values('1.1.0'), 'deploy 1.1.0\n::error::injected');
    const result = await run({ reason: '::warning::not a command' });
    expect(result.exitCode).toBe(0);
    const injected = parseWorkflowCommands(result.stdout).filter(
      (c) => c.message.includes('injected') || c.message.includes('not a command'),
    );
    expect(injected).toEqual([]);
  });
});
