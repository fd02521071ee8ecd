// (16.4) The local GitHub merges as GitHub does at an expected head: the REST merge answers a stale
// `sha` with 409 and a bypassed merge queue with 405 (GitHub's words), GraphQL's
// enqueuePullRequest and enablePullRequestAutoMerge refuse a stale expectedHeadOid, and the queue
// merges through a gh-readonly-queue/ commit that the base is then moved to.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bareRepoPath, branchHead, createBareRepo, git } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';

const TOKEN = 'ghs_sandboxMergeQueueToken000';
const REPO = 'acme/gitops';
let root: string;
let gh: GitHubServer;

type Json = Record<string, unknown>;
const api = async (method: string, route: string, body?: unknown) => {
  const res = await fetch(`${gh.apiUrl}/repos/${REPO}${route}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};
const graphql = async (query: string, variables: Json) => {
  const res = await fetch(gh.graphqlUrl, {
    method: 'POST',
    headers: { authorization: `bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Json | null; errors?: Array<{ type?: string; message: string }> };
};
const gitOut = async (...args: string[]) =>
  (await git(['--git-dir', bareRepoPath(root, REPO), ...args])).stdout.trim();

/** A commit of `files` on top of `parent`, through the Git Data API. */
async function commit(parent: string, files: Record<string, string>, message = 'change'): Promise<string> {
  const base = (await api('GET', `/git/commits/${parent}`)).body['tree'] as { sha: string };
  const tree = await api('POST', '/git/trees', {
    base_tree: base.sha,
    tree: Object.entries(files).map(([p, content]) => ({ path: p, mode: '100644', type: 'blob', content })),
  });
  return (await api('POST', '/git/commits', { message, tree: tree.body['sha'], parents: [parent] })).body[
    'sha'
  ] as string;
}

let seq = 0;
/** A branch with one commit on main's head and its open pull request. */
async function openPull(
  draft = false,
): Promise<{ number: number; nodeId: string; branch: string; head: string }> {
  const branch = `promote/prod/api-${++seq}`;
  const main = (await branchHead(root, REPO, 'main'))!;
  const head = await commit(main, { [`envs/prod/app-${seq}.yaml`]: `tag: ${seq}\n` });
  await api('POST', '/git/refs', { ref: `refs/heads/${branch}`, sha: head });
  const pr = await api('POST', '/pulls', { head: branch, base: 'main', title: `Promote ${seq}`, draft });
  return { number: pr.body['number'] as number, nodeId: pr.body['node_id'] as string, branch, head };
}

/** Someone else's push to the pull request's branch. */
async function pushTo(branch: string, parent: string): Promise<string> {
  const sha = await commit(parent, { 'envs/prod/extra.yaml': 'unreviewed: true\n' }, 'unreviewed');
  await api('PATCH', `/git/refs/heads/${branch}`, { sha });
  return sha;
}

const ENQUEUE = `mutation($id: ID!, $head: GitObjectID!) {
  enqueuePullRequest(input: { pullRequestId: $id, expectedHeadOid: $head }) { mergeQueueEntry { position state } }
}`;
const AUTO_MERGE = `mutation($id: ID!, $head: GitObjectID!) {
  enablePullRequestAutoMerge(input: { pullRequestId: $id, mergeMethod: SQUASH, expectedHeadOid: $head }) {
    pullRequest { number autoMergeRequest { mergeMethod } }
  }
}`;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-merge-queue-'));
  await createBareRepo(root, REPO, { 'envs/prod/values.yaml': 'tag: 1\n' });
  // Another repository, so the queue switch is per repository and branch.
  gh = await startGitHubServer({ root, token: TOKEN });
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));

describe('(16.4) local GitHub, merging at the expected head', () => {
  it('(16.4) answers a stale sha with 409 and GitHub’s words, merges nothing, then merges the head seen', async () => {
    const pr = await openPull();
    const moved = await pushTo(pr.branch, pr.head);
    const before = await branchHead(root, REPO, 'main');

    const stale = await api('PUT', `/pulls/${pr.number}/merge`, { sha: pr.head, merge_method: 'merge' });
    expect(stale).toEqual({
      status: 409,
      body: {
        message: 'Head branch was modified. Review and try the merge again.',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      },
    });
    expect(await branchHead(root, REPO, 'main')).toBe(before);
    expect(gh.pulls(REPO).find((p) => p.number === pr.number)).toMatchObject({
      state: 'open',
      merged: false,
    });

    const merged = await api('PUT', `/pulls/${pr.number}/merge`, { sha: moved, merge_method: 'merge' });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    expect(await branchHead(root, REPO, 'main')).toBe(merged.body['sha']);
    expect(await gitOut('rev-parse', `${merged.body['sha'] as string}^@`)).toBe(`${before}\n${moved}`);
  });

  it('(16.4) merges three-way when the base moved, keeping the base’s own change', async () => {
    const pr = await openPull();
    const main = (await branchHead(root, REPO, 'main'))!;
    const other = await commit(main, { 'envs/dev/values.yaml': 'tag: 9\n' });
    await api('PATCH', '/git/refs/heads/main', { sha: other });
    const merged = await api('PUT', `/pulls/${pr.number}/merge`, { sha: pr.head, merge_method: 'squash' });
    expect(merged.status).toBe(200);
    const files = await gitOut('ls-tree', '-r', '--name-only', merged.body['sha'] as string);
    expect(files.split('\n')).toEqual(
      expect.arrayContaining(['envs/dev/values.yaml', `envs/prod/app-${seq}.yaml`]),
    );
    expect(await gitOut('rev-parse', `${merged.body['sha'] as string}^@`)).toBe(other);
  });

  it('(16.4) answers 405 for a draft and for a closed pull request', async () => {
    const draft = await openPull(true);
    expect(await api('PUT', `/pulls/${draft.number}/merge`, { sha: draft.head })).toMatchObject({
      status: 405,
      body: { message: 'Pull Request is still a draft' },
    });
    const pr = await openPull();
    await api('PATCH', `/pulls/${pr.number}`, { state: 'closed' });
    expect(await api('PUT', `/pulls/${pr.number}/merge`, { sha: pr.head })).toMatchObject({
      status: 405,
      body: { message: 'Pull Request is not mergeable' },
    });
  });
});

describe('(16.4) local GitHub, a branch that requires the merge queue', () => {
  beforeAll(() => gh.requireMergeQueue(REPO, 'main'));

  it('(16.4) refuses the REST merge with 405 "Changes must be made through the merge queue"', async () => {
    const pr = await openPull();
    const before = await branchHead(root, REPO, 'main');
    expect(await api('PUT', `/pulls/${pr.number}/merge`, { sha: pr.head, merge_method: 'merge' })).toEqual({
      status: 405,
      body: {
        message: 'Changes must be made through the merge queue',
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#merge-a-pull-request',
      },
    });
    expect(await branchHead(root, REPO, 'main')).toBe(before);
  });

  it('(16.4) enqueues only at the expected head, then merges through gh-readonly-queue/ and moves main', async () => {
    const pr = await openPull();
    const before = (await branchHead(root, REPO, 'main'))!;
    const stale = await graphql(ENQUEUE, { id: pr.nodeId, head: before });
    expect(stale.errors).toEqual([
      expect.objectContaining({
        type: 'UNPROCESSABLE',
        message: 'Head branch was modified. Review and try the merge again.',
        path: ['enqueuePullRequest'],
      }),
    ]);
    expect(gh.mergeQueue(REPO)).toEqual([]);

    const queued = await graphql(ENQUEUE, { id: pr.nodeId, head: pr.head });
    expect(queued).toEqual({
      data: { enqueuePullRequest: { mergeQueueEntry: { position: 1, state: 'QUEUED' } } },
    });
    expect(gh.mergeQueue(REPO)).toMatchObject([{ number: pr.number, head: pr.head, base: 'main' }]);

    const [result] = await gh.runMergeQueue(REPO, 'main');
    expect(result).toMatchObject({
      number: pr.number,
      queueRef: `refs/heads/gh-readonly-queue/main/pr-${pr.number}-${before}`,
    });
    expect(await branchHead(root, REPO, 'main')).toBe(result!.sha);
    expect(await gitOut('rev-parse', `${result!.sha}^@`)).toBe(`${before}\n${pr.head}`);
    expect(await gitOut('for-each-ref', 'refs/heads/gh-readonly-queue')).toBe('');
    expect(gh.pulls(REPO).find((p) => p.number === pr.number)).toMatchObject({
      merged: true,
      state: 'closed',
      mergeCommit: result!.sha,
    });
  });

  it('(16.4) drops an entry whose head moved after it was queued: nothing unseen is merged', async () => {
    const pr = await openPull();
    await graphql(ENQUEUE, { id: pr.nodeId, head: pr.head });
    await pushTo(pr.branch, pr.head);
    const before = await branchHead(root, REPO, 'main');
    const [result] = await gh.runMergeQueue(REPO, 'main');
    expect(result).toMatchObject({ number: pr.number, sha: '' });
    expect(result?.dropped).toMatch(/head moved/);
    expect(await branchHead(root, REPO, 'main')).toBe(before);
  });

  it('(16.4) auto-merge refuses a stale expectedHeadOid; at the head it queues the pull request', async () => {
    const pr = await openPull();
    const stale = await graphql(AUTO_MERGE, { id: pr.nodeId, head: (await branchHead(root, REPO, 'main'))! });
    expect(stale.errors?.[0]).toMatchObject({
      type: 'UNPROCESSABLE',
      message: 'Head branch was modified. Review and try the merge again.',
    });
    expect(gh.pulls(REPO).find((p) => p.number === pr.number)?.autoMerge).toBeNull();
    const enabled = await graphql(AUTO_MERGE, { id: pr.nodeId, head: pr.head });
    expect(enabled.data).toEqual({
      enablePullRequestAutoMerge: {
        pullRequest: { number: pr.number, autoMergeRequest: { mergeMethod: 'SQUASH' } },
      },
    });
    expect(gh.mergeQueue(REPO)).toMatchObject([{ number: pr.number, head: pr.head }]);
    await gh.runMergeQueue(REPO, 'main');
  });
});
