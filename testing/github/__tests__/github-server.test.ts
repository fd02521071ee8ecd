// The local GitHub on its own: OpenAPI validation catches bad requests, API commits are real
// commits a clone sees, and refs refuse non-fast-forward updates like GitHub does.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { OpenApiValidator } from '../src/github-openapi.js';

const TOKEN = 'ghs_sandboxApiToken0000000';
const run = promisify(execFile);
let root: string;
let gh: GitHubServer;
let main: string;

type Json = Record<string, unknown>;

const api = async (method: string, route: string, body?: unknown, token = TOKEN) => {
  const res = await fetch(`${gh.apiUrl}${route}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
};

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'github-server-'));
  main = (await createBareRepo(root, 'acme/gitops', { 'a/values.yaml': 'tag: 1\n' })).head;
  gh = await startGitHubServer({ root, token: TOKEN, tokens: { ro: { contents: 'read' } } });
});

afterAll(async () => {
  await gh.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

beforeEach(() => gh.reset());

describe('local GitHub', () => {
  it('records a violation for a body field GitHub does not know and a bad enum', async () => {
    const bad = await api('POST', '/repos/acme/gitops/git/refs', {
      ref: 'refs/heads/x',
      sha: main,
      force: true,
    });
    expect(bad.status).toBe(422);
    const list = await api('GET', '/repos/acme/gitops/pulls?state=merged');
    expect(list.status).toBe(422);
    expect(gh.violations).toEqual([
      expect.stringContaining("git/create-ref): body must NOT have additional properties 'force'"),
      expect.stringContaining('pulls/list): /query/state must be equal to one of the allowed values'),
    ]);
  });

  it('commits through the Git Data API, visible to a clone over git smart HTTP on the same port', async () => {
    const tree = await api('POST', '/repos/acme/gitops/git/trees', {
      base_tree: (
        (await api('GET', `/repos/acme/gitops/git/commits/${main}`)).body['tree'] as { sha: string }
      ).sha,
      tree: [{ path: 'a/values.yaml', mode: '100644', type: 'blob', content: 'tag: 2\n' }],
    });
    const commit = await api('POST', '/repos/acme/gitops/git/commits', {
      message: 'bump',
      tree: tree.body['sha'],
      parents: [main],
    });
    expect(commit.status).toBe(201);
    const moved = await api('PATCH', '/repos/acme/gitops/git/refs/heads%2Fmain', {
      sha: commit.body['sha'],
      force: false,
    });
    expect(moved.status).toBe(200);
    // Going back to the old commit is not a fast-forward.
    const back = await api('PATCH', '/repos/acme/gitops/git/refs/heads/main', { sha: main, force: false });
    expect(back).toMatchObject({ status: 422, body: { message: 'Update is not a fast forward' } });

    const dir = await mkdtemp(path.join(tmpdir(), 'clone-'));
    try {
      const url = gh.repoUrl('acme/gitops').replace('http://', `http://x-access-token:${TOKEN}@`);
      await run('git', ['clone', '--quiet', url, dir]);
      expect(await readFile(path.join(dir, 'a/values.yaml'), 'utf8')).toBe('tag: 2\n');
    } finally {
      await rm(dir, { recursive: true, force: true, maxRetries: 5 });
    }
    expect(gh.violations).toEqual([]);
  });

  it('answers 403 naming the permission a read-only token lacks', async () => {
    const res = await api('POST', '/repos/acme/gitops/git/blobs', { content: 'x' }, 'ro');
    expect(res.status).toBe(403);
    expect(res.headers.get('x-accepted-github-permissions')).toBe('contents=write');
  });

  it('injects a secondary rate limit with retry-after', async () => {
    gh.inject({ fault: { kind: 'secondary-rate-limit', retryAfter: 7 } });
    const res = await api('GET', '/repos/acme/gitops');
    expect(res.status).toBe(403);
    expect(res.headers.get('retry-after')).toBe('7');
    expect((await api('GET', '/repos/acme/gitops')).body['full_name']).toBe('acme/gitops');
  });

  it('(17.5) lists the attestations of a digest, 404 when there are none, in the shape of the description', async () => {
    const digest = `sha256:${'c'.repeat(64)}`;
    gh.attest('acme/gitops', digest, 2);
    const found = await api(
      'GET',
      `/repos/acme/gitops/attestations/${encodeURIComponent(digest)}?per_page=100`,
    );
    expect(found.status).toBe(200);
    const list = found.body['attestations'] as Array<{
      bundle: { mediaType: string };
      repository_id: number;
    }>;
    expect(list).toHaveLength(2);
    expect(list[0]?.bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    const none = await api('GET', `/repos/acme/gitops/attestations/sha256:${'d'.repeat(64)}`);
    expect(none).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    const denied = await api('GET', `/repos/acme/gitops/attestations/${digest}`, undefined, 'ro');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('attestations=read');
    expect(gh.violations).toEqual([]);
    await api('GET', `/repos/acme/gitops/attestations/${digest}?per_page=x`);
    expect(gh.violations).toEqual([expect.stringContaining('/query/per_page must be integer')]);
    // The answer is held to the description too: a wrong type in it would be a violation.
    const template = '/repos/{owner}/{repo}/attestations/{subject_digest}';
    expect(
      new OpenApiValidator().validateResponse('GET', template, 200, {
        attestations: [{ repository_id: 'x' }],
      }),
    ).toEqual([expect.stringContaining('response/attestations/0/repository_id must be integer')]);
  });

  it('(13.4) creates deployments and statuses; a success makes the earlier one of the environment inactive', async () => {
    const deploy = (environment: string, extra: Json = {}) =>
      api('POST', '/repos/acme/gitops/deployments', {
        ref: main,
        environment,
        auto_merge: false,
        required_contexts: [],
        payload: { tag: '1.2.3' },
        description: 'Deploy 1.2.3',
        ...extra,
      });
    const status = (id: unknown, state: string, extra: Json = {}) =>
      api('POST', `/repos/acme/gitops/deployments/${String(id)}/statuses`, {
        state,
        log_url: 'https://github.example/acme/app/actions/runs/1',
        environment_url: 'https://argocd.example/applications/app',
        ...extra,
      });
    const first = await deploy('staging');
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      sha: main,
      ref: main,
      environment: 'staging',
      payload: { tag: '1.2.3' },
      production_environment: false,
      statuses_url: `${gh.apiUrl}/repos/acme/gitops/deployments/${String(first.body['id'])}/statuses`,
    });
    expect((await status(first.body['id'], 'in_progress')).status).toBe(201);
    expect((await status(first.body['id'], 'success', { auto_inactive: true })).body).toMatchObject({
      state: 'success',
      target_url: 'https://github.example/acme/app/actions/runs/1',
    });
    const second = await deploy('staging');
    await status(second.body['id'], 'success', { auto_inactive: true });
    const listed = await api('GET', `/repos/acme/gitops/deployments/${String(first.body['id'])}/statuses`);
    expect((listed.body as unknown as Json[]).map((s) => s['state'])).toEqual([
      'inactive',
      'success',
      'in_progress',
    ]);
    // GitHub leaves production deployments alone: only the client can mark them inactive.
    const prod = await deploy('production', { production_environment: true });
    await status(prod.body['id'], 'success');
    await status((await deploy('production')).body['id'], 'success');
    expect(
      gh
        .deployments('acme/gitops')
        .find((d) => d.id === prod.body['id'])
        ?.statuses.at(-1)?.state,
    ).toBe('success');
    const staging = await api('GET', '/repos/acme/gitops/deployments?environment=staging&per_page=1');
    expect((staging.body as unknown as Json[]).map((d) => d['id'])).toEqual([second.body['id']]);
    expect(gh.violations).toEqual([]);
  });

  it('(13.4) refuses what GitHub refuses: an unknown ref, a long description, a bad state, no permission', async () => {
    const missing = await api('POST', '/repos/acme/gitops/deployments', { ref: 'f'.repeat(40) });
    expect(missing).toMatchObject({ status: 422, body: { message: `No ref found for: ${'f'.repeat(40)}` } });
    const created = await api('POST', '/repos/acme/gitops/deployments', { ref: main, environment: 'dev' });
    const statuses = `/repos/acme/gitops/deployments/${String(created.body['id'])}/statuses`;
    const long = await api('POST', statuses, { state: 'failure', description: 'x'.repeat(141) });
    expect(long.status).toBe(422);
    expect(JSON.stringify(long.body)).toContain('description is too long (maximum is 140 characters)');
    expect(
      (await api('POST', '/repos/acme/gitops/deployments/1/statuses', { state: 'success' })).status,
    ).toBe(404);
    const denied = await api('POST', '/repos/acme/gitops/deployments', { ref: main }, 'ro');
    expect(denied.status).toBe(403);
    expect(denied.headers.get('x-accepted-github-permissions')).toBe('deployments=write');
    expect(gh.violations).toEqual([]);
    expect((await api('POST', statuses, { state: 'done' })).status).toBe(422);
    expect(gh.violations).toEqual([
      expect.stringContaining('body/state must be equal to one of the allowed values'),
    ]);
    // A status without a link answers GitHub's own default (""), which the description's format check spares.
    const template = '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses';
    expect((await api('POST', statuses, { state: 'queued' })).body).toMatchObject({ target_url: '' });
    const body = (await api('GET', statuses)).body as unknown as Json[];
    expect(body).toHaveLength(1);
    expect(new OpenApiValidator().validateResponse('GET', template, 200, body)).toEqual([]);
    expect(
      new OpenApiValidator().validateResponse('GET', template, 200, [
        { ...body[0], target_url: 'not a uri' },
      ]),
    ).toEqual([expect.stringContaining('response/0/target_url must match format "uri"')]);
  });
});
