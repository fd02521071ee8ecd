// (13.5) bump-manifest's pr mode: against the local GitHub with main protected, the bump opens one
// pull request through the promotion path (branch bump/<hash>/<tag>, the from → to table), pushes
// nothing to main, and a second run with the same tag keeps that pull request.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@gitops-actions/kit';
import { branchHead, createBareRepo, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { BUMP_MANIFEST_INPUTS, renderSummary, type BumpRequest } from '@gitops-actions/bump';
import { bumpOrPropose } from '@gitops-actions/promotion';

const TOKEN = 'ghs_bumpPrModeToken0123456789';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\n`;

let root: string;
let gh: GitHubServer;
let repo: string;
let main: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-pr-'));
  gh = await startGitHubServer({ root, token: TOKEN });
});
beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  main = (await createBareRepo(root, repo, { 'envs/prod/api/values.yaml': values('1.0.0') })).head;
  gh.protectBranch(repo, 'main');
  gh.reset();
});
afterEach(() => expect(gh.violations).toEqual([]));
afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function request(values: Partial<BumpRequest> = {}): BumpRequest {
  return {
    url: gh.repoUrl(repo),
    repository: repo,
    serverUrl: gh.url,
    apiUrl: gh.apiUrl,
    transport: 'api',
    token: TOKEN,
    branch: 'main',
    files: ['envs/prod/api/values.yaml'],
    image: 'ghcr.io/acme/api',
    tag: '1.1.0',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}',
    author: { name: 'bot', email: 'bot@example.com' },
    maxAttempts: 10,
    dryRun: false,
    mode: 'pr',
    inputNames: BUMP_MANIFEST_INPUTS,
    ...values,
  };
}
const run = (values: Partial<BumpRequest> = {}) =>
  bumpOrPropose(
    request(values),
    { log: silentLogger, random: () => 0 },
    { GITHUB_REPOSITORY: 'acme/api', GITHUB_RUN_ID: '42' },
  );

describe('(13.5) bumpOrPropose, mode pr', () => {
  it('(13.5) opens one pull request into the protected branch, with the from → to table', async () => {
    const result = await run();
    const pull = gh.pulls(repo)[0];
    expect(gh.pulls(repo)).toHaveLength(1);
    expect(result.pullRequest).toMatchObject({
      number: pull?.number,
      url: `${gh.url}/${repo}/pull/${pull?.number}`,
      operation: 'created',
      branch: expect.stringMatching(/^bump\/[0-9a-f]{10}\/1\.1\.0$/) as unknown,
    });
    expect(result).toMatchObject({
      changed: true,
      previousTag: '1.0.0',
      changedFiles: ['envs/prod/api/values.yaml'],
    });
    expect(pull).toMatchObject({
      state: 'open',
      base: 'main',
      head: result.pullRequest?.branch,
      title: 'Bump image.tag to 1.1.0 in envs/prod/api/values.yaml',
    });
    expect(pull?.body).toContain(
      'Bumps `api` from `1.0.0` to `1.1.0` in `main`, as a pull request (`mode: pr`)',
    );
    expect(pull?.body).toContain('| File | Key | From | To |');
    expect(pull?.body).toContain('| `envs/prod/api/values.yaml` | `image.tag` | `1.0.0` | `1.1.0` |');
    expect(pull?.body).toContain(`- Workflow run: ${gh.url}/acme/api/actions/runs/42`);
    // The PR head is commit-sha, holding the edit; main did not move.
    expect(await branchHead(root, repo, result.pullRequest?.branch ?? '')).toBe(result.commitSha);
    expect(
      await readFileAtBranch(root, repo, result.pullRequest?.branch ?? '', 'envs/prod/api/values.yaml'),
    ).toBe(values('1.1.0'));
    expect(await branchHead(root, repo, 'main')).toBe(main);
    expect(
      gh.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/git/refs/heads%2Fmain')),
    ).toEqual([]);
    expect(renderSummary(request(), result)).toContain(`Opened [#${pull?.number}]`);
  });

  it('(13.5) is idempotent: the same tag again keeps the same pull request and commit', async () => {
    const first = await run();
    gh.reset();
    const again = await run();
    expect(again).toMatchObject({ changed: false, commitSha: first.commitSha });
    expect(again.pullRequest).toMatchObject({ number: first.pullRequest?.number, operation: 'unchanged' });
    expect(gh.pulls(repo)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('(13.5) a digest-only bump gets a branch named by the digest', async () => {
    const digest = `sha256:${'ab'.repeat(32)}`;
    const result = await run({ tag: '', digest, digestKey: 'image.digest', createMissing: true });
    expect(result.pullRequest?.branch).toMatch(/^bump\/[0-9a-f]{10}\/sha256-abababababab$/);
    expect(
      await readFileAtBranch(root, repo, result.pullRequest?.branch ?? '', 'envs/prod/api/values.yaml'),
    ).toContain(`digest: ${digest}`);
  });

  it('names the branch input when the branch to propose into does not exist', async () => {
    await expect(run({ branch: 'release' })).rejects.toMatchObject({ hint: 'Check the branch input.' });
  });
});
