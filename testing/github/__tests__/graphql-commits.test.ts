// (16.5) The local GitHub's commit operations over GraphQL, checked against GitHub's schema: one
// query reads a branch head and files; createCommitOnBranch commits only at the expected head,
// answers a moved head with STALE_DATA, a protected branch with GitHub's refusal, and signs its
// commits as GitHub (web-flow).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  listCommits,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_sandboxGraphqlCommits000';
const READ_ONLY = 'ghs_sandboxGraphqlReadOnly00';
const REPO = 'acme/gitops';
let root: string;
let gh: GitHubServer;

type Answer = { data?: Record<string, unknown> | null; errors?: Array<Record<string, unknown>> };
async function graphql(query: string, variables: Record<string, unknown>, token = TOKEN): Promise<Answer> {
  const res = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Answer;
}

const READ = `query($owner: String!, $name: String!, $ref: String!, $p0: String!, $p1: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        ... on Commit {
          oid
          tree { oid }
          f0: file(path: $p0) { oid object { ... on Blob { text isBinary isTruncated byteSize } } }
          f1: file(path: $p1) { oid object { ... on Blob { text } } }
        }
      }
    }
  }
}`;

const COMMIT = `mutation($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) {
    commit { oid message author { name email } committer { name email } signature { isValid state wasSignedByGitHub } }
  }
}`;

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const input = (expectedHeadOid: string, text: string, branchName = 'main') => ({
  input: {
    branch: { repositoryNameWithOwner: REPO, branchName },
    expectedHeadOid,
    message: { headline: 'chore(deploy): bump api to 1.1.0', body: 'Argocd-reference-commit-sha: abc' },
    fileChanges: { additions: [{ path: 'envs/dev/values.yaml', contents: b64(text) }] },
  },
});

let head: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-graphql-commits-'));
  head = (
    await createBareRepo(root, REPO, {
      'envs/dev/values.yaml': 'tag: 1.0.0\n',
      'envs/prod/values.yaml': 'tag: 0.9.0\n',
    })
  ).head;
  gh = await startGitHubServer({ root, token: TOKEN, tokens: { [READ_ONLY]: { contents: 'read' } } });
});
afterEach(async () => {
  expect(gh.violations).toEqual([]);
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

describe('(16.5) local GitHub: the branch head and files in one query', () => {
  it('answers the head, its tree and each aliased file; a missing file is null', async () => {
    const answer = await graphql(READ, {
      owner: 'acme',
      name: 'gitops',
      ref: 'refs/heads/main',
      p0: 'envs/dev/values.yaml',
      p1: 'envs/qa/values.yaml',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({
      repository: {
        ref: {
          target: {
            oid: head,
            tree: { oid: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown },
            f0: {
              oid: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown,
              object: { text: 'tag: 1.0.0\n', isBinary: false, isTruncated: false, byteSize: 11 },
            },
            f1: null,
          },
        },
      },
    });
    expect(gh.requests).toHaveLength(1);
  });

  it('answers a missing branch with a null ref and a missing repository with NOT_FOUND', async () => {
    const vars = { p0: 'a', p1: 'b', owner: 'acme' };
    const noBranch = await graphql(READ, { ...vars, name: 'gitops', ref: 'refs/heads/release' });
    expect(noBranch).toEqual({ data: { repository: { ref: null } } });
    const noRepo = await graphql(READ, { ...vars, name: 'missing', ref: 'refs/heads/main' });
    expect(noRepo).toMatchObject({
      data: { repository: null },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['repository'],
          message: "Could not resolve to a Repository with the name 'acme/missing'.",
        },
      ],
    });
  });

  it('cuts text at 512,000 bytes with isTruncated, and gives no text for a binary blob', async () => {
    await commitFiles(root, REPO, {
      'big.yaml': `a: "${'x'.repeat(600_000)}"\n`,
      'bin.dat': 'a\0b',
    });
    const query = `query { repository(owner: "acme", name: "gitops") { ref(qualifiedName: "main") { target { ... on Commit {
      big: file(path: "big.yaml") { object { ... on Blob { isTruncated byteSize text } } }
      bin: file(path: "bin.dat") { object { ... on Blob { isBinary text } } } } } } } }`;
    const answer = await graphql(query, {});
    const target = (
      answer.data?.['repository'] as { ref: { target: Record<string, { object: Record<string, unknown> }> } }
    ).ref.target;
    expect(target['big']?.object).toMatchObject({ isTruncated: true, byteSize: 600_006 });
    expect((target['big']?.object['text'] as string).length).toBe(512_000);
    expect(target['bin']?.object).toEqual({ isBinary: true, text: null });
  });

  it('reports a query outside the schema as a violation', async () => {
    const answer = await graphql('query { repository(owner: "acme", name: "gitops") { notAField } }', {});
    expect(answer.errors?.[0]?.['message']).toContain('notAField');
    expect(gh.violations).toHaveLength(1);
    gh.violations.length = 0;
  });
});

describe('(16.5) local GitHub: createCommitOnBranch', () => {
  it('commits at the expected head as the token, committed and signed by GitHub', async () => {
    const answer = await graphql(COMMIT, input(head, 'tag: 1.1.0\n'));
    expect(answer.errors).toBeUndefined();
    const commit = (answer.data?.['createCommitOnBranch'] as { commit: Record<string, unknown> }).commit;
    expect(commit).toEqual({
      oid: await branchHead(root, REPO, 'main'),
      message: 'chore(deploy): bump api to 1.1.0\n\nArgocd-reference-commit-sha: abc',
      author: {
        name: 'github-actions[bot]',
        email: '41898282+github-actions[bot]@users.noreply.github.com',
      },
      committer: { name: 'GitHub', email: 'noreply@github.com' },
      signature: { isValid: true, state: 'VALID', wasSignedByGitHub: true },
    });
    expect(await readFileAtBranch(root, REPO, 'main', 'envs/dev/values.yaml')).toBe('tag: 1.1.0\n');
    expect(await readFileAtBranch(root, REPO, 'main', 'envs/prod/values.yaml')).toBe('tag: 0.9.0\n');
    const [made, parent] = await listCommits(root, REPO, 'main');
    expect(made?.sha).toBe(commit['oid']);
    expect(parent?.sha).toBe(head);
  });

  it("answers a moved head with STALE_DATA in GitHub's words and commits nothing", async () => {
    const moved = await commitFiles(root, REPO, { 'envs/dev/values.yaml': 'tag: 1.0.0\nreplicas: 3\n' });
    const answer = await graphql(COMMIT, input(head, 'tag: 1.1.0\n'));
    expect(answer).toEqual({
      data: { createCommitOnBranch: null },
      errors: [
        {
          type: 'STALE_DATA',
          path: ['createCommitOnBranch'],
          locations: [{ line: 2, column: 3 }],
          message: `Expected branch to point to "${head}" but it did not.  Pull and try again.`,
        },
      ],
    });
    expect(await branchHead(root, REPO, 'main')).toBe(moved);
  });

  it("refuses a protected branch: BRANCH_PROTECTION_RULE_VIOLATION, or a ruleset's violations", async () => {
    gh.protectBranch(REPO, 'main', {
      rule: 'At least 1 approving review is required by reviewers with write access.',
    });
    const classic = await graphql(COMMIT, input(head, 'tag: 1.1.0\n'));
    expect(classic.errors?.[0]).toMatchObject({
      type: 'BRANCH_PROTECTION_RULE_VIOLATION',
      message:
        "protected branch 'main' check failed:\n  At least 1 approving review is required by reviewers with write access.",
    });
    gh.protectBranch(REPO, 'main', { kind: 'ruleset', rule: 'Commits must have verified signatures.' });
    const ruleset = await graphql(COMMIT, input(head, 'tag: 1.1.0\n'));
    expect(ruleset.errors?.[0]).toMatchObject({
      type: 'UNPROCESSABLE',
      message: 'Repository rule violations found\n\nCommits must have verified signatures.\n\n',
    });
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('refuses a read-only token with FORBIDDEN and a missing branch with NOT_FOUND', async () => {
    const readOnly = await graphql(COMMIT, input(head, 'x\n'), READ_ONLY);
    expect(readOnly.errors?.[0]).toMatchObject({
      type: 'FORBIDDEN',
      message: 'Resource not accessible by integration',
    });
    const noBranch = await graphql(COMMIT, input(head, 'x\n', 'release'));
    expect(noBranch.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', message: 'Branch not found' });
    expect(await branchHead(root, REPO, 'main')).toBe(head);
  });

  it('lets only one of two commits at the same head land', async () => {
    const answers = await Promise.all([
      graphql(COMMIT, input(head, 'tag: 2.0.0\n')),
      graphql(COMMIT, input(head, 'tag: 3.0.0\n')),
    ]);
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.['type'] === 'STALE_DATA')).toHaveLength(1);
    expect(await listCommits(root, REPO, 'main')).toHaveLength(2);
  });
});
