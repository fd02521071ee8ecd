// (16.2) The shipped bump-manifest bundle writes the Argocd-reference-commit-* trailers of the
// service commit (GITHUB_SHA, GITHUB_REPOSITORY, the push event at GITHUB_EVENT_PATH) on the commit
// it pushes; real git reads them back (`git interpret-trailers --parse`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { exec } from '@gitops-actions/kit';
import { runDist } from '@gitops-actions/testkit';
import {
  bareRepoPath,
  createBareRepo,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'ghs_sandboxToken1234567890';
const SHA = 'c0ffee'.padEnd(40, '1');
const EVENT = {
  ref: 'refs/heads/main',
  after: SHA,
  head_commit: {
    id: SHA,
    message: `feat: faster checkout\nArgocd-reference-commit-sha: ${'e'.repeat(40)}\n\nWhy it is faster.`,
    timestamp: '2025-06-09T13:50:18-04:00',
    author: { name: 'Jane Doe', email: 'jane@example.com', username: 'jane' },
  },
};

let root: string;
let server: GitServer;
let repo: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'ref-trailers-dist-'));
  server = await startGitServer({ root, token: TOKEN });
});

beforeEach(async () => {
  repo = `acme/gitops-${Math.random().toString(36).slice(2, 8)}`;
  await createBareRepo(root, repo, { 'apps/api/values.yaml': 'image:\n  tag: 1.0.0\n' });
});

afterAll(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

const run = (inputs: Record<string, string> = {}) =>
  runDist('bump-manifest', {
    inputs: {
      repository: server.repoUrl(repo),
      token: TOKEN,
      files: 'apps/api/values.yaml',
      tag: '1.1.0',
      ...inputs,
    },
    env: { GITHUB_SHA: SHA, GITHUB_REPOSITORY: 'acme/api', GITHUB_SERVER_URL: 'https://github.com' },
    event: EVENT,
    timeoutMs: 60_000,
  });

async function pushed(): Promise<{ message: string; trailers: string[] }> {
  const log = await exec('git', ['--git-dir', bareRepoPath(root, repo), 'log', '-1', '--format=%B', 'main']);
  const parsed = await exec('git', ['interpret-trailers', '--parse'], { input: log.stdout });
  return { message: log.stdout, trailers: parsed.stdout.split('\n').filter(Boolean) };
}

describe('(16.2) dist/bump-manifest reference-commit trailers', () => {
  it('writes the service commit from the runner environment and the push event', async () => {
    const result = await run();
    expect(result.exitCode).toBe(0);
    const { message, trailers } = await pushed();
    expect(message.startsWith('chore(deploy): bump apps/api/values.yaml to 1.1.0\n\n')).toBe(true);
    expect(trailers).toEqual([
      `Argocd-reference-commit-sha: ${SHA}`,
      'Argocd-reference-commit-repourl: https://github.com/acme/api',
      'Argocd-reference-commit-author: Jane Doe <jane@example.com>',
      'Argocd-reference-commit-date: 2025-06-09T13:50:18-04:00',
      // The first paragraph, as git's %s unfolds it: the injected line stays inside the value.
      `Argocd-reference-commit-subject: feat: faster checkout Argocd-reference-commit-sha: ${'e'.repeat(40)}`,
      'Argocd-reference-commit-body: "Why it is faster."',
    ]);
  });

  it('takes an override, and writes none with reference-commit: false', async () => {
    expect((await run({ 'reference-commit-subject': 'release 1.1' })).exitCode).toBe(0);
    expect((await pushed()).trailers).toContain('Argocd-reference-commit-subject: release 1.1');
    expect((await run({ tag: '1.2.0', 'reference-commit': 'false' })).exitCode).toBe(0);
    expect((await pushed()).message.trim()).toBe('chore(deploy): bump apps/api/values.yaml to 1.2.0');
  });

  it('refuses a bad override with one error naming the input, and pushes nothing', async () => {
    const result = await run({ 'reference-commit-date': 'yesterday' });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout).toContain('reference-commit-date');
    expect((await pushed()).message.trim()).toBe('Initial commit');
  });
});
