// The shipped bundle, run as the runner runs it, against the local GitHub (REST validated against
// GitHub's OpenAPI description, on real bare repositories).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import {
  pushTestImage,
  registryUnavailableReason,
  startRegistryServer,
  type RegistryServer,
} from '@gitops-actions/standin-registry';

const TOKEN = 'ghs_promotionToken1234567890';
const READ_ONLY = 'ghs_readOnlyToken1234567890';
const CONTENTS_ONLY = 'ghs_contentsOnlyToken1234567890';
const values = (tag: string) =>
  `# api\nimage:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\nreplicas: 3\n`;
const BRANCH = 'promote/production/api';

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promote-dist-'));
  gh = await startGitHubServer({
    root,
    token: TOKEN,
    tokens: {
      [READ_ONLY]: { contents: 'read', pull_requests: 'read' },
      [CONTENTS_ONLY]: { contents: 'write', pull_requests: 'read' },
    },
    collaborators: ['alice', 'bob'],
  });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
    'envs/prod/api/values.yaml': values('1.3.0-0000000'),
    'envs/prod/web/kustomization.yaml': 'images:\n  - name: ghcr.io/acme/web\n    newTag: "0.9"\n',
  });
  gh.reset();
});

afterEach(() => {
  // Any request GitHub's OpenAPI description would reject fails the test that made it.
  expect(gh.violations).toEqual([]);
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const promote = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  runDist('open-promotion-pr', {
    inputs: {
      repository: repo,
      token: TOKEN,
      files: 'envs/prod/api/values.yaml',
      'from-file': 'envs/dev/api/values.yaml',
      image: 'ghcr.io/acme/api',
      ...inputs,
    },
    env: { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url, GITHUB_GRAPHQL_URL: gh.graphqlUrl, ...env },
    timeoutMs: 60_000,
  });

const errorOf = (r: { commands: Array<{ command: string; message: string }> }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';

describe('dist/open-promotion-pr against the local GitHub', () => {
  it('opens one PR with the tag read from from-file, then re-runs as unchanged and updated', async () => {
    const first = await promote({ labels: 'promotion, production', reviewers: 'alice', assignees: 'bob' });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    const head = await branchHead(root, repo, BRANCH);
    expect(first.outputs).toEqual({
      'pull-request-number': '1',
      'pull-request-url': `${gh.url}/${repo}/pull/1`,
      operation: 'created',
      'head-sha': head,
      'previous-tag': '1.3.0-0000000',
      'merge-state': '',
      merged: 'false',
      'merge-commit-sha': '',
    });
    // The edit is byte-minimal: only the tag scalar changed, comments and quoting kept.
    expect(await readFileAtBranch(root, repo, BRANCH, 'envs/prod/api/values.yaml')).toBe(
      values('1.4.0-abc1234'),
    );
    expect(await readFileAtBranch(root, repo, 'main', 'envs/prod/api/values.yaml')).toBe(
      values('1.3.0-0000000'),
    );
    const [pr] = gh.pulls(repo);
    expect(pr).toMatchObject({
      title: 'Promote api 1.4.0-abc1234 to production',
      head: BRANCH,
      base: 'main',
      labels: ['promotion', 'production'],
      reviewers: ['alice'],
      assignees: ['bob'],
    });
    expect(pr!.body).toContain(
      '| `envs/prod/api/values.yaml` | `image.tag` | `1.3.0-0000000` | `1.4.0-abc1234` |',
    );
    expect(pr!.body).toContain(`${gh.url}/${repo}/compare/main...${BRANCH}`);
    expect(pr!.body).toContain(`${gh.url}/owner/repo/actions/runs/1000000001`);
    expect(pr!.body).toContain('- [ ]');
    expect(first.summary).toContain('Opened [#1]');
    expect(first.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);

    gh.reset();
    const again = await promote({ labels: 'promotion, production', reviewers: 'alice', assignees: 'bob' });
    expect(again.exitCode).toBe(0);
    expect(again.outputs).toMatchObject({
      operation: 'unchanged',
      'pull-request-number': '1',
      'head-sha': head,
    });
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(await branchHead(root, repo, BRANCH)).toBe(head);

    await commitFiles(
      root,
      repo,
      { 'envs/dev/api/values.yaml': values('1.5.0-def5678') },
      { message: 'dev 1.5.0' },
    );
    const updated = await promote({ labels: 'promotion, production', reviewers: 'alice', assignees: 'bob' });
    expect(updated.exitCode).toBe(0);
    expect(updated.outputs).toMatchObject({ operation: 'updated', 'pull-request-number': '1' });
    expect(gh.pulls(repo)).toHaveLength(1);
    expect(gh.pulls(repo)[0]!.title).toBe('Promote api 1.5.0-def5678 to production');
    expect(await readFileAtBranch(root, repo, BRANCH, 'envs/prod/api/values.yaml')).toBe(
      values('1.5.0-def5678'),
    );
    // The branch holds only this action's commits, so it is rebuilt on the new base: one commit ahead.
    const commits = await listCommits(root, repo, BRANCH);
    expect(commits[1]!.subject).toBe('dev 1.5.0');
  });

  it('creates with at most 9 requests and re-runs with nothing to promote in at most 4', async () => {
    const created = await promote();
    expect(created.outputs['operation']).toBe('created');
    // One of them (16.2) reads from-file's last commit for the reference-commit trailers.
    expect(gh.requests.filter((r) => r.operationId === 'repos/list-commits')).toHaveLength(1);
    expect(gh.requests.length).toBeLessThanOrEqual(9);
    await commitFiles(root, repo, { 'envs/prod/api/values.yaml': values('1.4.0-abc1234') });
    gh.reset();
    const unchanged = await promote();
    expect(unchanged.outputs).toMatchObject({ operation: 'unchanged', 'pull-request-number': '' });
    // The stale PR was closed with a comment saying why.
    expect(gh.pulls(repo)[0]).toMatchObject({ state: 'closed' });
    expect(gh.pulls(repo)[0]!.comments[0]).toContain('already runs `1.4.0-abc1234`');
    gh.reset();
    const quiet = await promote();
    expect(quiet.outputs['operation']).toBe('unchanged');
    expect(gh.requests.length).toBeLessThanOrEqual(4);
    expect(await listCommits(root, repo, 'main')).toHaveLength(2);
  });

  it('adds on top of a reviewer commit instead of resetting the PR branch', async () => {
    await promote();
    const human = await commitFiles(
      root,
      repo,
      { 'envs/prod/api/values.yaml': values('1.4.0-abc1234').replace('replicas: 3', 'replicas: 5') },
      {
        branch: BRANCH,
        message: 'prod needs 5 replicas',
        author: { name: 'Alice', email: 'alice@example.com' },
      },
    );
    await commitFiles(root, repo, { 'envs/dev/api/values.yaml': values('1.6.0-aaa0001') });
    const result = await promote();
    expect(result.exitCode).toBe(0);
    expect(result.outputs['operation']).toBe('updated');
    expect(result.stdout).toMatch(/keeping them and adding the promotion on top/);
    const commits = await listCommits(root, repo, BRANCH);
    expect(commits[1]!.sha).toBe(human);
    expect(await readFileAtBranch(root, repo, BRANCH, 'envs/prod/api/values.yaml')).toBe(
      values('1.6.0-aaa0001').replace('replicas: 3', 'replicas: 5'),
    );
  });

  it('ends with exactly one PR and one commit under 5xx, 429 and secondary rate limits', async () => {
    gh.inject({ fault: { kind: 'status', status: 502 }, method: 'POST', path: /\/git\/trees$/ });
    gh.inject({ fault: { kind: 'secondary-rate-limit', retryAfter: 1 }, method: 'POST', path: /\/pulls$/ });
    gh.inject({ fault: { kind: 'too-many-requests', retryAfter: 1 }, method: 'GET', path: /\/contents\// });
    gh.inject({ fault: { kind: 'status', status: 500 }, method: 'POST', path: /\/labels$/ });
    const result = await promote({ labels: 'promotion' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['operation']).toBe('created');
    expect(gh.requests.filter((r) => [403, 429, 500, 502].includes(r.status)).length).toBe(4);
    expect(gh.pulls(repo)).toHaveLength(1);
    expect(gh.pulls(repo)[0]!.labels).toEqual(['promotion']);
    expect(await listCommits(root, repo, BRANCH)).toHaveLength(2);
  }, 30_000);

  it('warns about a reviewer who is not a collaborator and keeps the PR', async () => {
    const result = await promote({ reviewers: 'mallory' });
    expect(result.exitCode).toBe(0);
    const warning = result.commands.find((c) => c.command === 'warning')?.message ?? '';
    expect(warning).toContain('mallory');
    expect(warning).toContain('not a collaborator');
    expect(gh.pulls(repo)).toHaveLength(1);
  });

  it('edits a Kustomize overlay with an explicit tag and digest, enabling auto-merge', async () => {
    const digest = `sha256:${'a'.repeat(64)}`;
    const result = await promote({
      files: 'envs/prod/web/kustomization.yaml',
      image: 'ghcr.io/acme/web',
      'from-file': '',
      tag: '1.0.0',
      digest,
      'auto-merge': 'squash',
      draft: 'true',
    });
    expect(result.exitCode).toBe(0);
    expect(
      await readFileAtBranch(root, repo, 'promote/production/web', 'envs/prod/web/kustomization.yaml'),
    ).toBe(`images:\n  - name: ghcr.io/acme/web\n    newTag: "1.0.0"\n    digest: ${digest}\n`);
    expect(gh.pulls(repo)[0]).toMatchObject({ draft: true, autoMerge: 'squash' });
    expect(gh.pulls(repo)[0]!.body).toContain(digest);
  });

  it.each([
    [{ tag: 'v1 beta', 'from-file': '' }, "Input 'tag' 'v1 beta' is not a valid OCI tag"],
    [{ files: '../x.yaml' }, "Input 'files' '../x.yaml' leaves the repository"],
    [{ 'auto-merge': 'fast-forward' }, "Input 'auto-merge' must be one of"],
    [{ repository: 'not a repo' }, "Input 'repository' must be owner/name"],
  ])('rejects bad input %j before any request', async (inputs, message) => {
    const result = await promote(inputs);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(gh.requests).toEqual([]);
  });

  it.each([
    [{ repository: 'acme/missing' }, 'Could not read acme/missing: the repository does not exist'],
    [{ base: 'release' }, "has no branch 'release'"],
    [
      { 'from-file': 'envs/dev/api/nothing.yaml' },
      'Could not read envs/dev/api/nothing.yaml: no such file on main',
    ],
    [{ key: 'api.image.tag' }, 'Could not read the tag to promote from envs/dev/api/values.yaml'],
  ])('fails clearly and creates nothing for %j', async (inputs, message) => {
    const result = await promote(inputs);
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('names the missing permission of a read-only token and leaves nothing half-done', async () => {
    const result = await promote({ token: READ_ONLY });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('contents: write');
    expect(errorOf(result)).not.toContain(READ_ONLY);
    expect(await branchHead(root, repo, BRANCH)).toBeUndefined();
    expect(gh.pulls(repo)).toEqual([]);
  });

  it('names pull-requests: write as a workflow key, and removes the branch it pushed for the PR it could not open', async () => {
    const result = await promote({ token: CONTENTS_ONLY });
    expect(result.exitCode).toBe(1);
    // GitHub says pull_requests=write; the fix a person pastes into the job is pull-requests.
    expect(errorOf(result)).toContain('permissions: { pull-requests: write }');
    expect(errorOf(result)).not.toContain(CONTENTS_ONLY);
    expect(await branchHead(root, repo, BRANCH)).toBeUndefined();
    expect(gh.pulls(repo)).toEqual([]);
  });

  it('fails fast on a missing required input', async () => {
    const result = await runDist('open-promotion-pr', { inputs: { tag: '1.0.0' } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'files' is required and was not supplied");
  });
});

// (13.1) A dispatched promotion of an explicit tag, checked in a real registry (docker-registry,
// GHCR-like token auth) with the login the docker config holds, before anything is written.
const registryReason = registryUnavailableReason();
(registryReason ? describe.skip : describe)('(13.1) dist/open-promotion-pr verify-tag', () => {
  const USER = { username: 'octocat', password: 'ghp_distVerifyPassword012345' };
  let registry: RegistryServer;
  let dockerConfig: string;
  let digest: string;

  beforeAll(async () => {
    registry = await startRegistryServer({ auth: { ...USER, scheme: 'token' } });
    digest = await pushTestImage(registry, 'acme/api', '1.4.0', USER);
    dockerConfig = await mkdtemp(path.join(tmpdir(), 'promote-docker-'));
    const auth = Buffer.from(`${USER.username}:${USER.password}`).toString('base64');
    await writeFile(
      path.join(dockerConfig, 'config.json'),
      JSON.stringify({ auths: { [registry.host]: { auth } } }),
    );
  });
  afterAll(async () => {
    await registry?.close();
    if (dockerConfig) await rm(dockerConfig, { recursive: true, force: true });
  });

  const checked = (inputs: Record<string, string>) =>
    promote(
      { image: `${registry.host}/acme/api`, 'from-file': '', 'verify-tag': 'true', ...inputs },
      { DOCKER_CONFIG: dockerConfig },
    );

  it('(13.1) refuses a tag the registry does not have, naming the input; no branch, commit or PR', async () => {
    const result = await checked({ tag: '1.4.1' });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe(
      `Input 'tag' '1.4.1' does not exist in ${registry.host}/acme/api: the registry ${registry.host} has no such tag; nothing was written`,
    );
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(gh.pulls(repo)).toEqual([]);
    expect(result.stdout).not.toContain(USER.password);
  });

  it('(13.1) refuses a digest the tag does not point at, naming the digest input', async () => {
    const result = await checked({
      tag: '1.4.0',
      digest: `sha256:${'1'.repeat(64)}`,
      'digest-key': 'image.digest',
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(`Input 'digest' 'sha256:${'1'.repeat(64)}' is not`);
    expect(errorOf(result)).toContain(`serves ${digest} for that tag`);
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });
});
