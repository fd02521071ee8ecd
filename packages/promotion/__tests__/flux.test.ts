// (16.3) A promotion between environments whose manifests carry Flux setter markers: the tag is
// read from from-file's marked field and written to the marked fields of the target, byte-minimal.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@gitops-actions/kit';
import { createBareRepo, readFileAtBranch } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { RepoClient, createClient } from '@gitops-actions/github';
import type { PromotionRequest } from '@gitops-actions/promotion';
import { promote } from '../src/promote.js';

const TOKEN = 'ghs_promotionFluxToken1234567890ab';
const deployment = (tag: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:${tag} # {"$imagepolicy": "flux-system:api"}\n          args:\n            - |\n              keep\n\n              this\n`;

let root: string;
let gh: GitHubServer;
const repo = 'acme/gitops-flux';

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'promotion-flux-'));
  gh = await startGitHubServer({ root, token: TOKEN });
  await createBareRepo(root, repo, {
    'clusters/dev/api/deployment.yaml': deployment('1.4.0-abc1234'),
    'clusters/prod/api/deployment.yaml': deployment('1.3.0-0000000'),
  });
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

it('(16.3) format flux: promotes the marked tag of from-file to the marked fields of the target', async () => {
  const request: PromotionRequest = {
    repository: repo,
    token: TOKEN,
    base: 'main',
    files: ['clusters/prod/api/deployment.yaml'],
    image: 'ghcr.io/acme/api',
    tag: '',
    fromFile: 'clusters/dev/api/deployment.yaml',
    digest: '',
    key: 'flux-system:api',
    digestKey: '',
    format: 'flux',
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
  };
  const client = new RepoClient(createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger }), repo);
  const result = await promote(request, { client, log: silentLogger, serverUrl: gh.url, runUrl: '' });
  expect(result.tag).toBe('1.4.0-abc1234');
  expect(await readFileAtBranch(root, repo, result.branch, 'clusters/prod/api/deployment.yaml')).toBe(
    deployment('1.4.0-abc1234'),
  );
  expect(gh.violations).toEqual([]);
});
