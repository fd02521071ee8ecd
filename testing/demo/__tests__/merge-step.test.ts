// (16.4) The demo reviewer's merge names the head they reviewed: a push to the pull request's branch
// after the review is GitHub's 409 and nothing merges; the reviewed head merges.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { branchHead, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { GITOPS_REPO, mergePull } from '@gitops-actions/demo';

const TOKEN = 'ghs_demoMergeStepToken00000000';
let root: string;
let gh: GitHubServer;

const api = async (method: string, route: string, body: unknown) => {
  const res = await fetch(`${gh.apiUrl}/repos/${GITOPS_REPO}${route}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
};

/** A commit of one file on `parent`, through the Git Data API. */
async function commit(parent: string, file: string, content: string): Promise<string> {
  const { tree } = (await fetch(`${gh.apiUrl}/repos/${GITOPS_REPO}/git/commits/${parent}`, {
    headers: { authorization: `token ${TOKEN}` },
  }).then((r) => r.json())) as { tree: { sha: string } };
  const made = await api('POST', '/git/trees', {
    base_tree: tree.sha,
    tree: [{ path: file, mode: '100644', type: 'blob', content }],
  });
  return (await api('POST', '/git/commits', { message: file, tree: made['sha'], parents: [parent] }))[
    'sha'
  ] as string;
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'demo-merge-'));
  await createBareRepo(root, GITOPS_REPO, { 'envs/prod/api/values.yaml': 'tag: 1\n' });
  gh = await startGitHubServer({ root, token: TOKEN });
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(() => expect(gh.violations).toEqual([]));

it('(16.4) the reviewer’s merge passes the reviewed head: a later push is refused (409), the head merges', async () => {
  const main = (await branchHead(root, GITOPS_REPO, 'main'))!;
  const reviewed = await commit(main, 'envs/prod/api/values.yaml', 'tag: 2\n');
  await api('POST', '/git/refs', { ref: 'refs/heads/promote/prod/api', sha: reviewed });
  const pr = await api('POST', '/pulls', { head: 'promote/prod/api', base: 'main', title: 'Promote' });
  const github = { apiUrl: gh.apiUrl, token: TOKEN };

  const unreviewed = await commit(reviewed, 'envs/prod/api/extra.yaml', 'late: true\n');
  await api('PATCH', '/git/refs/heads/promote/prod/api', { sha: unreviewed });
  await expect(mergePull(github, String(pr['number']), reviewed)).rejects.toThrow(
    'answered 409: Head branch was modified. Review and try the merge again.',
  );
  expect(await branchHead(root, GITOPS_REPO, 'main')).toBe(main);

  const merged = await mergePull(github, String(pr['number']), unreviewed);
  expect(await branchHead(root, GITOPS_REPO, 'main')).toBe(merged);
});
