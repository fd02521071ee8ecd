// (16.2) A rollback carries forward the service commit of the value it restores: the trailers of
// the commit that set that value, read from the files' history (git and API), on the rollback's
// commit; `git interpret-trailers --parse` reads the result.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec, silentLogger } from '@gitops-actions/kit';
import { withReferenceTrailers, type ReferenceCommit } from '@gitops-actions/bump';
import {
  bareRepoPath,
  commitFiles,
  createBareRepo,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { rollback, type RollbackPorts, type RollbackRequest } from '@gitops-actions/rollback';

const TOKEN = 'ghs_rollbackUnitToken1234567890';
const FILE = 'envs/prod/api/values.yaml';
const values = (tag: string, replicas = 2) =>
  `image:\n  repository: ghcr.io/acme/api\n  tag: "${tag}"\nreplicas: ${replicas}\n`;
const service = (n: string, subject: string): ReferenceCommit => ({
  sha: n.repeat(40),
  repoUrl: 'https://github.com/acme/api',
  author: 'Jane Doe <jane@example.com>',
  date: '2025-06-09T13:50:18Z',
  subject,
  body: '',
});

let root: string;
let git: GitServer;
let gh: GitHubServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'rollback-ref-'));
  git = await startGitServer({ root, token: TOKEN });
  gh = await startGitHubServer({ root, token: TOKEN });
});

afterAll(async () => {
  await git.close();
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, { [FILE]: values('1.0.0') });
  // 1.1.0 is deployed by service commit 1…, a hand edit follows (no trailers), then 1.2.0 by 2….
  const deploy = (text: string, message: string, ref: ReferenceCommit | null) =>
    commitFiles(root, repo, { [FILE]: text }, { message: withReferenceTrailers(message, ref) });
  await deploy(values('1.1.0'), 'deploy 1.1.0', service('1', 'feat: one'));
  await deploy(values('1.1.0', 3), 'scale to 3', null);
  await deploy(values('1.2.0', 3), 'deploy 1.2.0', service('2', 'feat: two'));
  gh.reset();
});

afterEach(() => expect(gh.violations).toEqual([]));

function request(values: Partial<RollbackRequest> = {}): RollbackRequest {
  return {
    url: git.repoUrl(repo),
    repository: repo,
    serverUrl: gh.url,
    apiUrl: gh.apiUrl,
    transport: 'git',
    token: TOKEN,
    branch: 'main',
    files: [FILE],
    image: '',
    key: 'image.tag',
    digestKey: '',
    format: 'auto',
    author: { name: 'bot', email: 'bot@example.com' },
    maxAttempts: 5,
    toTag: '',
    mode: 'pr',
    environment: 'production',
    reason: '',
    ...values,
  };
}

const ports: RollbackPorts = {
  log: silentLogger,
  random: () => 0,
  clock: { now: () => 0, sleep: () => Promise.resolve() },
  env: {},
};

async function trailersOf(sha: string): Promise<string[]> {
  const message = (
    await exec('git', ['--git-dir', bareRepoPath(root, repo), 'log', '-1', '--format=%B', sha])
  ).stdout;
  const parsed = await exec('git', ['interpret-trailers', '--parse'], { input: message });
  return parsed.stdout.split('\n').filter((line) => line.startsWith('Argocd-reference-commit-'));
}

describe('(16.2) rollback reference-commit trailers', () => {
  it.each(['git', 'api'] as const)(
    'carries the trailers of the commit that deployed the restored value (%s history)',
    async (transport) => {
      const result = await rollback(request({ transport }), ports);
      expect(result.restoredTag).toBe('1.1.0');
      expect(await trailersOf(result.commitSha)).toEqual([
        `Argocd-reference-commit-sha: ${'1'.repeat(40)}`,
        'Argocd-reference-commit-repourl: https://github.com/acme/api',
        'Argocd-reference-commit-author: Jane Doe <jane@example.com>',
        'Argocd-reference-commit-date: 2025-06-09T13:50:18Z',
        'Argocd-reference-commit-subject: feat: one',
      ]);
    },
  );

  it('writes none when opted out', async () => {
    const result = await rollback(request({ referenceCommit: false }), ports);
    expect(await trailersOf(result.commitSha)).toEqual([]);
  });
});
