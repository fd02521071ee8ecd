// (16.4) dist/open-promotion-pr merges what it wrote, as the runner runs it against the local
// GitHub: `merge` merges at the head it pushed, a base requiring the merge queue gets the pull
// request queued at that head (and the queue merges it), and auto-merge carries the head too.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { branchHead, createBareRepo, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_promotionMergeDistToken1234';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}"\n`;
const PROD = 'envs/prod/api/values.yaml';

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promote-merge-dist-'));
  gh = await startGitHubServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
    [PROD]: values('1.3.0-0000000'),
  });
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const promote = (inputs: Record<string, string>) =>
  runDist('open-promotion-pr', {
    inputs: {
      repository: repo,
      token: TOKEN,
      files: PROD,
      'from-file': 'envs/dev/api/values.yaml',
      image: 'ghcr.io/acme/api',
      ...inputs,
    },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl },
    timeoutMs: 60_000,
  });

const errorOf = (r: { commands: Array<{ command: string; message: string }> }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';

describe('(16.4) dist/open-promotion-pr merge', () => {
  it('(16.4) merge: true merges the pull request at the head it pushed', async () => {
    const result = await promote({ merge: 'true' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const main = await branchHead(root, repo, 'main');
    expect(result.outputs).toMatchObject({
      'merge-state': 'merged',
      merged: 'true',
      'merge-commit-sha': main,
    });
    expect(await readFileAtBranch(root, repo, 'main', PROD)).toBe(values('1.4.0-abc1234'));
    expect(gh.pulls(repo)[0]).toMatchObject({ merged: true, mergeCommit: main });
    expect(result.summary).toContain(`Merged #1 at \`${result.outputs['head-sha']!.slice(0, 12)}\``);
    expect(gh.requests.filter((r) => r.operationId === 'pulls/merge').map((r) => r.status)).toEqual([200]);
  });

  it('(16.4) a base that requires the merge queue: queued at the pushed head, then merged by the queue', async () => {
    gh.requireMergeQueue(repo, 'main');
    const result = await promote({ merge: 'squash' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      'merge-state': 'queued',
      merged: 'false',
      'merge-commit-sha': '',
    });
    expect(gh.mergeQueue(repo)).toMatchObject([{ number: 1, head: result.outputs['head-sha'] }]);
    expect(gh.requests.find((r) => r.operationId === 'pulls/merge')?.status).toBe(405);
    const [merged] = await gh.runMergeQueue(repo, 'main');
    expect(await branchHead(root, repo, 'main')).toBe(merged!.sha);
    expect(await readFileAtBranch(root, repo, 'main', PROD)).toBe(values('1.4.0-abc1234'));
  });

  it('(16.4) auto-merge on a merge-queue base queues the head it pushed', async () => {
    gh.requireMergeQueue(repo, 'main');
    const result = await promote({ 'auto-merge': 'squash' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ 'merge-state': 'auto-merge', merged: 'false' });
    expect(gh.pulls(repo)[0]).toMatchObject({ autoMerge: 'squash', merged: false });
    expect(gh.mergeQueue(repo)).toMatchObject([{ number: 1, head: result.outputs['head-sha'] }]);
  });

  it.each([
    [{ merge: 'fast-forward' }, "Input 'merge' must be one of false, true, merge, squash, rebase"],
    [{ merge: 'true', draft: 'true' }, "Input 'merge' cannot merge a draft pull request"],
  ])('(16.4) refuses %j before any request', async (inputs, message) => {
    const result = await promote(inputs);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(gh.requests).toEqual([]);
  });
});
