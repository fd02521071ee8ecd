// (13.5) The local GitHub's protected branches through the API: a ref update is refused with the
// 422 GitHub answers (the rule's words, or "Repository rule violations found" for a ruleset),
// force or not, in the documented error shape; nothing moves; merging a pull request still works.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { branchHead, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { OpenApiValidator } from '../src/github-openapi.js';

const TOKEN = 'ghs_sandboxProtectApiToken00';
let root: string;
let gh: GitHubServer;
let main: string;

type Json = Record<string, unknown>;
const api = async (method: string, route: string, body?: unknown) => {
  const res = await fetch(`${gh.apiUrl}${route}`, {
    method,
    headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Json };
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-protect-'));
  main = (await createBareRepo(root, 'acme/gitops', { 'a/values.yaml': 'tag: 1\n' })).head;
  gh = await startGitHubServer({ root, token: TOKEN });
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(() => gh.reset());
afterEach(() => expect(gh.violations).toEqual([]));

async function commitOnMain(content: string): Promise<string> {
  const tree = await api('POST', '/repos/acme/gitops/git/trees', {
    base_tree: ((await api('GET', `/repos/acme/gitops/git/commits/${main}`)).body['tree'] as { sha: string })
      .sha,
    tree: [{ path: 'a/values.yaml', mode: '100644', type: 'blob', content }],
  });
  const commit = await api('POST', '/repos/acme/gitops/git/commits', {
    message: 'bump',
    tree: tree.body['sha'],
    parents: [main],
  });
  return commit.body['sha'] as string;
}

describe('(13.5) local GitHub, protected branches', () => {
  const validator = new OpenApiValidator();

  it('(13.5) refuses a ref update of a protected branch with 422 and the rule, force or not', async () => {
    gh.protectBranch('acme/gitops', 'main', {
      rule: 'At least 1 approving review is required by reviewers with write access.',
    });
    const sha = await commitOnMain('tag: 2\n');
    for (const force of [false, true]) {
      const res = await api('PATCH', '/repos/acme/gitops/git/refs/heads%2Fmain', { sha, force });
      expect(res).toMatchObject({
        status: 422,
        body: { message: 'At least 1 approving review is required by reviewers with write access.' },
      });
      expect(
        validator.validateResponse('PATCH', '/repos/{owner}/{repo}/git/refs/{ref}', 422, res.body),
      ).toEqual([]);
    }
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(main);
    const branch = await api('GET', '/repos/acme/gitops/branches/main');
    expect(branch.body).toMatchObject({ protected: true, protection: { enabled: true } });
  });

  it('(13.5) refuses for a ruleset with "Repository rule violations found" and the rule', async () => {
    gh.protectBranch('acme/gitops', 'main', { kind: 'ruleset' });
    const sha = await commitOnMain('tag: 3\n');
    const res = await api('PATCH', '/repos/acme/gitops/git/refs/heads/main', { sha, force: false });
    expect(res).toMatchObject({
      status: 422,
      body: {
        message: 'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
        documentation_url: 'https://docs.github.com/rest/git/refs#update-a-reference',
      },
    });
    expect(await branchHead(root, 'acme/gitops', 'main')).toBe(main);
  });

  it('(13.5) still lets other branches move', async () => {
    gh.protectBranch('acme/gitops', 'main');
    const sha = await commitOnMain('tag: 4\n');
    const created = await api('POST', '/repos/acme/gitops/git/refs', { ref: 'refs/heads/bump/x', sha });
    expect(created.status).toBe(201);
    expect(await branchHead(root, 'acme/gitops', 'bump/x')).toBe(sha);
  });
});
