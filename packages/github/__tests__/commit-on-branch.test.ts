// (16.5) What the GraphQL commit client makes of a message and of GitHub's typed errors; the
// requests themselves are tested against the local GitHub in bump's api-graphql.test.ts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { silentLogger } from '@gitops-actions/kit';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import {
  BranchCommits,
  BranchMoved,
  BranchProtected,
  createClient,
  graphqlProtectionRefusal,
  headlineAndBody,
} from '@gitops-actions/github';

describe('(16.5) headlineAndBody', () => {
  it.each([
    ['chore: bump', { headline: 'chore: bump' }],
    ['chore: bump\n', { headline: 'chore: bump' }],
    ['chore: bump\n\nwhy\n\nTrailer: x', { headline: 'chore: bump', body: 'why\n\nTrailer: x' }],
    ['chore: bump\nTrailer: x', { headline: 'chore: bump', body: 'Trailer: x' }],
  ])('splits %j as GitHub joins it back (headline, blank line, body)', (message, split) => {
    expect(headlineAndBody(message)).toEqual(split);
  });
});

describe('(16.5) graphqlProtectionRefusal', () => {
  it('reads a classic rule from BRANCH_PROTECTION_RULE_VIOLATION without its heading', () => {
    expect(
      graphqlProtectionRefusal({
        type: 'BRANCH_PROTECTION_RULE_VIOLATION',
        message: "protected branch 'main' check failed:\n  Changes must be made through a pull request.",
      }),
    ).toEqual({ ruleset: false, rule: 'Changes must be made through a pull request.' });
  });

  it('reads a ruleset by its words, whatever the type', () => {
    expect(
      graphqlProtectionRefusal({
        type: 'UNPROCESSABLE',
        message: 'Repository rule violations found\n\n- Commits must have verified signatures.\n\n',
      }),
    ).toEqual({ ruleset: true, rule: 'Commits must have verified signatures.' });
  });

  it('leaves other errors alone', () => {
    expect(graphqlProtectionRefusal({ type: 'STALE_DATA', message: 'Expected branch to point to "a"' })).toBe(
      undefined,
    );
  });
});

describe('(16.5) BranchCommits against the local GitHub', () => {
  const TOKEN = 'ghs_githubBranchCommits0001';
  let root: string;
  let gh: GitHubServer;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'github-branch-commits-'));
    await createBareRepo(root, 'acme/gitops', { 'a.yaml': 'a: 1\n' });
    gh = await startGitHubServer({ root, token: TOKEN });
  });
  afterAll(async () => {
    expect(gh.violations).toEqual([]);
    await gh.close();
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  });
  const client = () =>
    new BranchCommits(createClient({ token: TOKEN, baseUrl: gh.apiUrl, log: silentLogger }), 'acme/gitops');
  const hints = { repositoryInput: 'repository', branchInput: 'branch' };

  it('reads, commits at the head, and answers a stale head with BranchMoved', async () => {
    const c = client();
    const snapshot = await c.readBranch('main', ['a.yaml', 'b.yaml'], hints);
    expect(snapshot.files.map((f) => f?.text)).toEqual(['a: 1\n', undefined]);
    const oid = await c.commit({
      branch: 'main',
      expectedHead: snapshot.head,
      message: 'm',
      files: { 'a.yaml': 'a: 2\n' },
    });
    expect(oid).toMatch(/^[0-9a-f]{40}$/);
    await expect(
      c.commit({ branch: 'main', expectedHead: snapshot.head, message: 'm', files: { 'a.yaml': 'a: 3\n' } }),
    ).rejects.toBeInstanceOf(BranchMoved);
    gh.protectBranch('acme/gitops', 'main');
    await expect(
      c.commit({ branch: 'main', expectedHead: oid, message: 'm', files: { 'a.yaml': 'a: 3\n' } }),
    ).rejects.toBeInstanceOf(BranchProtected);
  });
});
