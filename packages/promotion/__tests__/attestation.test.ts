// (17.5) The promotion pull request says whether the promoted digest carries an attestation, read
// from the local GitHub (REST validated against GitHub's OpenAPI description); a failed check is a
// line in the body, never a failed promotion.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@gitops-actions/kit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { promoteOnGitHub, type PromotionRequest } from '@gitops-actions/promotion';

const TOKEN = 'ghs_attestationUnitToken1234567890';
/** A GitOps token that may write the GitOps repository but not read attestations. */
const NARROW = 'ghs_narrowGitopsToken1234567890ab';
const SOURCE = 'acme/api';
const DIGEST = `sha256:${'e'.repeat(64)}`;
const values = (tag: string) => `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}"\n  digest: ""\n`;

let root: string;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promotion-attest-'));
  gh = await startGitHubServer({
    root,
    token: TOKEN,
    tokens: { [NARROW]: { contents: 'write', pull_requests: 'write' } },
  });
  await createBareRepo(root, SOURCE, { Dockerfile: 'FROM scratch\n' });
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

function request(over: Partial<PromotionRequest> = {}): PromotionRequest {
  return {
    repository: repo,
    token: TOKEN,
    base: 'main',
    files: ['envs/prod/api/values.yaml'],
    image: 'ghcr.io/acme/api',
    tag: '',
    fromFile: 'envs/dev/api/values.yaml',
    digest: DIGEST,
    key: 'image.tag',
    digestKey: 'image.digest',
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
    ...over,
  };
}

/** Promotes, and returns the line of the PR body that states the provenance. */
async function provenanceLine(
  over: Partial<PromotionRequest> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<string> {
  const result = await promoteOnGitHub(request(over), silentLogger, {
    GITHUB_API_URL: gh.apiUrl,
    GITHUB_SERVER_URL: gh.url,
    GITHUB_REPOSITORY: SOURCE,
    ...env,
  });
  expect(result.operation).toBe('created');
  const body = gh.pulls(repo)[0]?.body ?? '';
  return body.split('\n').find((l) => l.startsWith('- Provenance: ')) ?? `(no provenance line in)\n${body}`;
}

describe('provenance in the promotion PR body (17.5)', () => {
  it('(17.5) says attested, with the count, when the building repository holds attestations of the digest', async () => {
    gh.attest(SOURCE, DIGEST, 2);
    expect(await provenanceLine()).toBe('- Provenance: attested (2 attestations)');
    expect(gh.requests.filter((r) => r.operationId === 'repos/list-attestations')).toEqual([
      expect.objectContaining({
        path: `/repos/${SOURCE}/attestations/${encodeURIComponent(DIGEST)}`,
        status: 200,
      }),
    ]);
  });

  it('(17.5) says no attestation found on a 404', async () => {
    expect(await provenanceLine({ digest: `sha256:${'f'.repeat(64)}` })).toBe(
      '- Provenance: no attestation found',
    );
  });

  it('(17.5) a token that may not read attestations is a line in the body, and the promotion goes on', async () => {
    gh.attest(SOURCE, DIGEST, 1);
    expect(await provenanceLine({ token: NARROW })).toBe(
      `- Provenance: could not check: GitHub answered 403 ('Resource not accessible by integration') for the attestations of ${SOURCE}; the token needs attestations: read on ${SOURCE}`,
    );
  });

  it('(17.5) a server failure is a line in the body too', async () => {
    gh.inject({ fault: { kind: 'status', status: 502 }, path: /\/attestations\//, times: 5 });
    expect(await provenanceLine()).toMatch(/^- Provenance: could not check: GitHub answered 502 /);
  });

  it('(17.5) says why it could not check without a digest or a building repository', async () => {
    expect(await provenanceLine({ digest: '', digestKey: '' })).toBe(
      '- Provenance: could not check: the promotion names no digest',
    );
    expect(gh.requests.some((r) => r.operationId === 'repos/list-attestations')).toBe(false);
  });

  it('(16.2) run from the GitOps repository, asks the service repository its dev bump names', async () => {
    gh.attest(SOURCE, DIGEST, 1);
    const sha = 'c'.repeat(40);
    await commitFiles(
      root,
      repo,
      { 'envs/dev/api/values.yaml': values('1.4.1-ccccccc') },
      {
        message:
          `deploy: ghcr.io/acme/api 1.4.1-ccccccc\n\n` +
          `Argocd-reference-commit-sha: ${sha}\nArgocd-reference-commit-repourl: ${gh.url}/${SOURCE}\n`,
      },
    );
    // SOURCE's attestations of DIGEST accumulate over the tests: the count is theirs.
    expect(await provenanceLine({}, { GITHUB_REPOSITORY: repo })).toMatch(
      /^- Provenance: attested \(\d+ attestations?\)$/,
    );
    expect(gh.requests.filter((r) => r.operationId === 'repos/list-attestations')).toEqual([
      expect.objectContaining({ path: `/repos/${SOURCE}/attestations/${encodeURIComponent(DIGEST)}` }),
    ]);
  });

  it('(16.2) run from the GitOps repository without trailers, does not ask the GitOps repository', async () => {
    gh.attest(repo, DIGEST, 1);
    expect(await provenanceLine({}, { GITHUB_REPOSITORY: repo })).toBe(
      '- Provenance: could not check: the repository that built the image is not known',
    );
    expect(gh.requests.some((r) => r.operationId === 'repos/list-attestations')).toBe(false);
  });

  it('(16.2) a repourl on another server is not looked up here', async () => {
    await commitFiles(
      root,
      repo,
      { 'envs/dev/api/values.yaml': values('1.4.2-ddddddd') },
      {
        message: `deploy\n\nArgocd-reference-commit-sha: ${'d'.repeat(40)}\nArgocd-reference-commit-repourl: https://gitlab.example.com/acme/api\n`,
      },
    );
    expect(await provenanceLine({}, { GITHUB_REPOSITORY: repo })).toMatch(/not known/);
  });
});
