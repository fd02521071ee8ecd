// (13.5) A bump refused by branch protection, on both transports: recognised at the first refusal
// (one push of the branch, or one createCommitOnBranch (16.5) reached the stand-in), explained with the rule the server named and the
// fix in the caller's input names, and nothing written.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActionError, describeFailure, type Logger } from '@gitops-actions/kit';
import {
  bareRepoPath,
  branchHead,
  createBareRepo,
  git,
  startGitServer,
  type GitServer,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { bump, BUMP_MANIFEST_INPUTS, type BumpRequest } from '@gitops-actions/bump';

const TOKEN = 'ghs_bumpProtectedToken0123456';
const VALUES = 'image:\n  repository: ghcr.io/acme/api\n  tag: "1.0.0"\n';
const REPO = 'acme/gitops';

let root: string;
let head: string;
const lines: string[] = [];
const log: Logger = { info: (m) => lines.push(m), warning: (m) => lines.push(m), debug: () => undefined };
const clock = { now: () => 0, sleep: () => Promise.resolve() };

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'bump-protected-'));
  head = (await createBareRepo(root, REPO, { 'envs/dev/api/values.yaml': VALUES })).head;
  lines.length = 0;
});
afterEach(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

function request(values: Partial<BumpRequest>): BumpRequest {
  return {
    url: '',
    repository: null,
    serverUrl: 'https://github.com',
    token: TOKEN,
    branch: 'main',
    files: ['envs/dev/api/values.yaml'],
    image: '',
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
    inputNames: BUMP_MANIFEST_INPUTS,
    ...values,
  };
}

const queueRefs = async () =>
  (await git(['--git-dir', bareRepoPath(root, REPO), 'for-each-ref', 'refs/gitops-actions/'])).stdout.trim();

async function failure(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ActionError);
  return error as ActionError;
}

describe('(13.5) git transport', () => {
  let server: GitServer;
  beforeEach(async () => {
    server = await startGitServer({ root, token: TOKEN });
  });
  afterEach(() => server.close());

  it('(13.5) a GH006 refusal is final at the first push: explained with the rule and mode: pr', async () => {
    server.protect(REPO, 'main', {
      rule: 'At least 1 approving review is required by reviewers with write access.',
    });
    server.stats.reset();
    const error = await failure(
      bump(request({ url: server.repoUrl(REPO) }), { log, clock, random: () => 0 }),
    );
    // Its queue ticket, the branch once (never retried), then the ticket's deletion: nothing left.
    expect(server.stats.pushes).toBe(3);
    expect(await queueRefs()).toBe('');
    const text = describeFailure(error, 'bump');
    expect(text).toContain("refused the push to 'main': branch protection (GH006)");
    expect(text).toContain("'At least 1 approving review is required by reviewers with write access.'");
    expect(error.hint).toContain('set mode: pr so the bump opens (or updates) a pull request');
    expect(error.hint).toContain('bypass list');
    expect(error.hint).not.toMatch(/token input|max-attempts/);
    expect(lines.filter((l) => /Attempt \d failed/.test(l))).toEqual([]);
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('(13.5) a ruleset refusal (GH013) is final too, naming the ruleset', async () => {
    server.protect(REPO, 'main', { kind: 'ruleset' });
    server.stats.reset();
    const error = await failure(
      bump(request({ url: server.repoUrl(REPO) }), { log, clock, random: () => 0 }),
    );
    expect(server.stats.pushes).toBe(3);
    expect(await queueRefs()).toBe('');
    expect(error.message).toContain(
      "a repository ruleset (GH013): 'Changes must be made through a pull request.'",
    );
  });
});

describe('(13.5) api transport', () => {
  let gh: GitHubServer;
  beforeEach(async () => {
    gh = await startGitHubServer({ root, token: TOKEN });
  });
  afterEach(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
  });

  const overApi = () =>
    request({
      url: gh.repoUrl(REPO),
      repository: REPO,
      serverUrl: gh.url,
      apiUrl: gh.apiUrl,
      transport: 'api',
    });
  // (16.5) The api transport reads with one GraphQL query and commits with one mutation.
  const commits = () => gh.requests.slice(1);

  it('(13.5) a refusal by branch protection is final at the first commit, not read as a lost race', async () => {
    gh.protectBranch(REPO, 'main');
    const error = await failure(bump(overApi(), { log, clock, random: () => 0 }));
    expect(commits()).toHaveLength(1);
    expect(commits()[0]?.path).toBe('/graphql');
    expect(error.message).toBe(
      "GitHub refused to move 'main' of acme/gitops: branch protection: 'Changes must be made through a pull request.'",
    );
    expect(error.hint).toContain('set mode: pr');
    expect(error.hint).not.toMatch(/max-attempts|concurrency group/);
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('(13.5) a ruleset refusal is told apart and keeps its rule', async () => {
    gh.protectBranch(REPO, 'main', { kind: 'ruleset', rule: 'Commits must have verified signatures.' });
    const error = await failure(bump(overApi(), { log, clock, random: () => 0 }));
    expect(commits()).toHaveLength(1);
    expect(error.message).toContain("a repository ruleset: 'Commits must have verified signatures.'");
  });

  it('an unprotected branch still takes the bump through the same commit', async () => {
    const result = await bump(overApi(), { log, clock, random: () => 0 });
    expect(result).toMatchObject({ changed: true, attempts: 1 });
  });
});
