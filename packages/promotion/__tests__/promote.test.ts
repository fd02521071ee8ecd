// The promotion from its package function, against the local GitHub (REST validated against
// GitHub's OpenAPI description, on real bare repositories).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { InputError, silentLogger } from '@gitops-actions/kit';
import { createBareRepo, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { promoteOnGitHub, renderSummary, type PromotionRequest } from '@gitops-actions/promotion';

const TOKEN = 'ghs_promotionUnitToken1234567890';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}" # set by CI\n`;

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promotion-'));
  gh = await startGitHubServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('1.4.0-abc1234'),
    'envs/prod/api/values.yaml': values('1.3.0-0000000'),
  });
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

function request(values: Partial<PromotionRequest> = {}): PromotionRequest {
  return {
    repository: repo,
    token: TOKEN,
    base: 'main',
    files: ['envs/prod/api/values.yaml'],
    image: 'ghcr.io/acme/api',
    tag: '',
    fromFile: 'envs/dev/api/values.yaml',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    environment: 'production',
    branch: 'promote/{environment}/{image-name}',
    title: 'Promote {image-name} {tag} to {environment}',
    body: '',
    labels: [],
    reviewers: [],
    teamReviewers: [],
    assignees: [],
    draft: false,
    autoMerge: '',
    ...values,
  };
}

const promote = (values: Partial<PromotionRequest> = {}) =>
  promoteOnGitHub(request(values), silentLogger, { GITHUB_API_URL: gh.apiUrl, GITHUB_SERVER_URL: gh.url });

describe('promoteOnGitHub', () => {
  it('opens one PR with the tag the source runs, then finds nothing more to do', async () => {
    const first = await promote();
    expect(first).toMatchObject({
      operation: 'created',
      tag: '1.4.0-abc1234',
      previousTag: '1.3.0-0000000',
      branch: 'promote/production/api',
    });
    expect(await readFileAtBranch(root, repo, first.branch, 'envs/prod/api/values.yaml')).toBe(
      values('1.4.0-abc1234'),
    );
    expect(renderSummary(request(), first)).toContain('Opened');
    const again = await promote();
    expect(again).toMatchObject({ operation: 'unchanged', headSha: first.headSha });
    expect(again.pull?.number).toBe(first.pull?.number);
  });

  it('(13.1) moves the digest pinned in from-file with its tag, so the target runs the same image', async () => {
    const dev = `image:\n  repository: ghcr.io/acme/api\n  tag: "1.4.0-abc1234"\n  digest: sha256:${'a'.repeat(64)}\n`;
    const prod = `image:\n  repository: ghcr.io/acme/api\n  tag: "1.3.0-0000000"\n  digest: sha256:${'b'.repeat(64)}\n`;
    repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
    await createBareRepo(root, repo, { 'envs/dev/api/values.yaml': dev, 'envs/prod/api/values.yaml': prod });
    const result = await promote({ digestKey: 'image.digest' });
    expect(result.tag).toBe('1.4.0-abc1234');
    // Every byte but the two values is the target's own; the digest is the source's, not left stale.
    expect(await readFileAtBranch(root, repo, result.branch, 'envs/prod/api/values.yaml')).toBe(
      prod.replace('1.3.0-0000000', '1.4.0-abc1234').replace('b'.repeat(64), 'a'.repeat(64)),
    );
    // A digest the caller pins wins over the source file's.
    const pinned = `sha256:${'c'.repeat(64)}`;
    const again = await promote({ digestKey: 'image.digest', digest: pinned });
    expect(await readFileAtBranch(root, repo, again.branch, 'envs/prod/api/values.yaml')).toContain(pinned);
  });

  it('names the base input for a missing base branch', async () => {
    await expect(promote({ base: 'release' })).rejects.toMatchObject({
      operation: 'read branch release',
      hint: 'Check the base input.',
    });
  });

  it('(12.6) refuses a branch the tag from from-file makes invalid, before writing anything', async () => {
    await createBareRepo(root, `${repo}-odd`, {
      'envs/dev/api/values.yaml': values('1..4'),
      'envs/prod/api/values.yaml': values('1.3.0'),
    });
    const error = await promote({ repository: `${repo}-odd`, branch: 'release/{tag}' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe(
      "Input 'branch' 'release/1..4' is not a valid branch name: it holds '..' (filled in from 'release/{tag}')",
    );
    expect(gh.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('reports a missing key in from-file as a failure to read the tag', async () => {
    await expect(promote({ key: 'image.nope' })).rejects.toMatchObject({
      operation: 'read the tag to promote from envs/dev/api/values.yaml',
    });
  });
});
