// (16.2) A promotion carries the service commit forward: the trailers of the bump that last set the
// source environment's file, on the promotion's commit, against the local GitHub on real bare
// repositories; `git interpret-trailers --parse` reads the result.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, silentLogger } from '@gitops-actions/kit';
import { withReferenceTrailers, type BumpRequest, type ReferenceCommit } from '@gitops-actions/bump';
import { bareRepoPath, commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { bumpOrPropose, promoteOnGitHub, type PromotionRequest } from '@gitops-actions/promotion';

const TOKEN = 'ghs_promotionUnitToken1234567890';
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}"\n`;
const SERVICE: ReferenceCommit = {
  sha: '1'.repeat(40),
  repoUrl: 'https://github.com/acme/api',
  author: 'Jane Doe <jane@example.com>',
  date: '2025-06-09T13:50:18-04:00',
  subject: 'feat: faster checkout',
  body: '',
};

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promotion-ref-'));
  gh = await startGitHubServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, {
    'envs/dev/api/values.yaml': values('1.3.0'),
    'envs/prod/api/values.yaml': values('1.3.0'),
  });
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

/** The dev bump as bump-manifest writes it. */
const devBump = (reference: ReferenceCommit | null) =>
  commitFiles(
    root,
    repo,
    { 'envs/dev/api/values.yaml': values('1.4.0') },
    { message: withReferenceTrailers('chore(deploy): bump api to 1.4.0', reference) },
  );

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

async function trailersOf(sha: string): Promise<string[]> {
  const gitDir = bareRepoPath(root, repo);
  const message = (await exec('git', ['--git-dir', gitDir, 'log', '-1', '--format=%B', sha])).stdout;
  const parsed = await exec('git', ['interpret-trailers', '--parse'], { input: message });
  return parsed.stdout.split('\n').filter(Boolean);
}

describe('(16.2) promotion reference-commit trailers', () => {
  it('carries forward the trailers of the bump that set from-file', async () => {
    await devBump(SERVICE);
    const result = await promote();
    expect(await trailersOf(result.headSha)).toEqual([
      'Promoted-by: open-promotion-pr',
      `Argocd-reference-commit-sha: ${SERVICE.sha}`,
      'Argocd-reference-commit-repourl: https://github.com/acme/api',
      'Argocd-reference-commit-author: Jane Doe <jane@example.com>',
      'Argocd-reference-commit-date: 2025-06-09T13:50:18-04:00',
      'Argocd-reference-commit-subject: feat: faster checkout',
    ]);
  });

  it('writes none when the source commit has none (never the GitOps commit itself)', async () => {
    await devBump(null);
    const result = await promote();
    expect(await trailersOf(result.headSha)).toEqual(['Promoted-by: open-promotion-pr']);
  });

  it('puts the overrides on top, and writes nothing when opted out', async () => {
    await devBump(SERVICE);
    const overridden = await promote({
      referenceCommit: { enabled: true, overrides: { subject: 'hotfix' } },
    });
    expect(await trailersOf(overridden.headSha)).toContain('Argocd-reference-commit-subject: hotfix');
    const other = await promote({
      branch: 'promote/other/{image-name}',
      referenceCommit: { enabled: false, overrides: {} },
    });
    expect(await trailersOf(other.headSha)).toEqual(['Promoted-by: open-promotion-pr']);
  });
});

describe('(16.2) bump-manifest reads the service commit through the API when the event has none', () => {
  const lookupRequest = (sha: string, referenceRepository: string): BumpRequest => ({
    url: gh.repoUrl(repo),
    repository: repo,
    serverUrl: gh.url,
    apiUrl: gh.apiUrl,
    transport: 'api',
    token: TOKEN,
    branch: 'main',
    files: ['envs/dev/api/values.yaml'],
    image: '',
    tag: '1.5.0',
    digest: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    createMissing: false,
    commitMessage: 'chore(deploy): bump {image} to {tag}',
    author: { name: 'bot', email: 'bot@example.com' },
    maxAttempts: 3,
    dryRun: false,
    referenceCommit: { sha, repoUrl: `${gh.url}/${repo}`, author: '', date: '', subject: '', body: '' },
    referenceRepository,
  });

  it('fills in author, date and subject from the Git Data API', async () => {
    const service = await devBump(null);
    const result = await bumpOrPropose(
      lookupRequest(service, repo),
      { log: silentLogger, random: () => 0 },
      {},
    );
    const trailers = await trailersOf(result.commitSha);
    expect(trailers).toContain(`Argocd-reference-commit-sha: ${service}`);
    expect(trailers).toContain('Argocd-reference-commit-subject: chore(deploy): bump api to 1.4.0');
    expect(trailers.some((t) => t.startsWith('Argocd-reference-commit-author: '))).toBe(true);
    expect(trailers.some((t) => t.startsWith('Argocd-reference-commit-date: '))).toBe(true);
  });

  it('a failed read never fails the bump: the known trailers only, said once', async () => {
    const lines: string[] = [];
    const log = {
      info: (m: string) => lines.push(m),
      warning: (m: string) => lines.push(m),
      debug: () => {},
    };
    const sha = 'f'.repeat(40);
    const result = await bumpOrPropose(lookupRequest(sha, repo), { log, random: () => 0 }, {});
    expect(result.changed).toBe(true);
    expect(await trailersOf(result.commitSha)).toEqual([
      `Argocd-reference-commit-sha: ${sha}`,
      `Argocd-reference-commit-repourl: ${gh.url}/${repo}`,
    ]);
    expect(lines.filter((l) => l.includes('Could not read the service commit'))).toHaveLength(1);
  });
});
