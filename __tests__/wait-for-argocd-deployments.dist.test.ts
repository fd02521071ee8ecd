// (13.4) The shipped wait-for-argocd bundle reporting its wait as a GitHub Deployment: the Argo CD
// stand-in reconciling from real git, the GitHub stand-in holding the service repository.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startGitHubServer, type GitHubServer } from '@gitops-actions/standin-github';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';

const ARGO_TOKEN = 'argocd-token-0123456789abcdef';
const GITHUB_TOKEN = 'ghs_deploymentsDistToken0123456789';
const CONTENTS_ONLY = 'ghs_contentsOnlyDistToken012345678';
const RUN_ID = '4242';
const DIGEST = `sha256:${'d'.repeat(64)}`;

let root: string;
let argo: ArgoCdServer;
let gh: GitHubServer;
let serviceSha: string;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wait-argocd-deployments-'));
  serviceSha = (await createBareRepo(root, 'acme/service', { 'src/main.ts': 'export {};\n' })).head;
  gh = await startGitHubServer({
    root,
    token: GITHUB_TOKEN,
    tokens: { [CONTENTS_ONLY]: { contents: 'write' } },
  });
  argo = await startArgoCd({ gitRoot: root, token: ARGO_TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await gh.close();
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  expect(argo.violations).toEqual([]);
  expect(gh.violations).toEqual([]);
});

/** A fresh GitOps app on its own repository, and a bump of it. */
async function newApp(behaviour: ArgoAppBehaviour = {}) {
  const name = `svc-${++seq}`;
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1.0.0\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour });
  const revision = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1.2.3\n' });
  return { name, revision };
}

const run = (inputs: Record<string, string>) =>
  runDist('wait-for-argocd', {
    inputs: { server: argo.url, token: ARGO_TOKEN, 'github-token': GITHUB_TOKEN, ...inputs },
    env: {
      GITHUB_SERVER_URL: gh.url,
      GITHUB_API_URL: gh.apiUrl,
      GITHUB_REPOSITORY: 'acme/service',
      GITHUB_SHA: serviceSha,
      GITHUB_RUN_ID: RUN_ID,
    },
    timeoutMs: 30_000,
  });

const errorOf = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';
const warningsOf = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.filter((c) => c.command === 'warning').map((c) => c.message);
const deployment = (id: string | undefined) =>
  gh.deployments('acme/service').find((d) => String(d.id) === id);

describe('(13.4) dist/wait-for-argocd reports the wait as a GitHub Deployment', () => {
  it('(13.4) creates it for the service commit with the payload, in_progress then success; the earlier one goes inactive', async () => {
    const earlier = await newApp();
    const first = await run({
      applications: earlier.name,
      revision: earlier.revision,
      'deployment-environment': 'staging',
    });
    expect(first.exitCode).toBe(0);
    const app = await newApp();
    gh.reset();
    const result = await run({
      applications: app.name,
      revision: app.revision,
      'deployment-environment': 'staging',
      image: 'ghcr.io/acme/service',
      tag: '1.2.3',
      digest: DIGEST,
    });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(warningsOf(result)).toEqual([]);
    const id = result.outputs['deployment-id'];
    expect(id).toMatch(/^\d+$/);
    expect(result.outputs['deployment-url']).toBe(`${gh.apiUrl}/repos/acme/service/deployments/${id}`);
    expect(result.outputs['health-status']).toBe('Healthy');
    const created = deployment(id);
    expect(created).toMatchObject({
      sha: serviceSha,
      ref: serviceSha,
      environment: 'staging',
      production: false,
      transient: false,
      payload: {
        image: 'ghcr.io/acme/service',
        tag: '1.2.3',
        digest: DIGEST,
        gitopsCommit: app.revision,
        applications: [app.name],
      },
    });
    const runUrl = `${gh.url}/acme/service/actions/runs/${RUN_ID}`;
    expect(created?.statuses.map((s) => [s.state, s.logUrl, s.environmentUrl])).toEqual([
      ['in_progress', runUrl, `${argo.url}/applications/${app.name}`],
      ['success', runUrl, `${argo.url}/applications/${app.name}`],
    ]);
    expect(created?.statuses[1]?.description).toBe(
      `${app.name} Synced and Healthy at ${app.revision.slice(0, 7)}`,
    );
    expect(deployment(first.outputs['deployment-id'])?.statuses.map((s) => s.state)).toEqual([
      'in_progress',
      'success',
      'inactive',
    ]);
    expect(gh.requests.map((r) => `${r.operationId} ${r.status}`)).toEqual([
      'repos/create-deployment 201',
      'repos/create-deployment-status 201',
      'repos/create-deployment-status 201',
    ]);
    expect(result.summary).toContain(`GitHub Deployment ${id} to \`staging\`: \`success\``);
    // Both tokens are masked once and appear nowhere else.
    for (const token of [ARGO_TOKEN, GITHUB_TOKEN]) {
      expect(result.stdout).toContain(`::add-mask::${token}`);
      const shown = [result.stdout.replace(`::add-mask::${token}`, ''), result.summary];
      expect(shown.join('\n')).not.toContain(token);
    }
  });

  it('(13.4) a failed wait is a failure on the Deployment, and still fails the step', async () => {
    const app = await newApp({ autoSync: false, syncFailure: 'one or more objects failed to apply' });
    const result = await run({
      applications: app.name,
      revision: app.revision,
      sync: 'true',
      'deployment-environment': 'production',
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('one or more objects failed to apply');
    const created = deployment(result.outputs['deployment-id']);
    expect(created?.production).toBe(true);
    expect(created?.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
    expect(created?.statuses[1]?.description).toContain('one or more objects failed to apply');
    expect([...(created?.statuses[1]?.description ?? '')].length).toBeLessThanOrEqual(140);
  });

  it('(13.4) a token without deployments: write warns, naming the permission; the wait succeeds unchanged', async () => {
    const app = await newApp();
    const before = gh.deployments('acme/service').length;
    const result = await run({
      applications: app.name,
      revision: app.revision,
      'deployment-environment': 'staging',
      'github-token': CONTENTS_ONLY,
    });
    expect(result.exitCode).toBe(0);
    expect(errorOf(result)).toBe('');
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(result.outputs['deployment-id']).toBe('');
    expect(result.outputs['deployment-url']).toBe('');
    expect(gh.deployments('acme/service')).toHaveLength(before);
    const warnings = warningsOf(result);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('403');
    expect(warnings[0]).toContain(
      'The token in `github-token` needs `deployments: write` on acme/service: add `permissions: { deployments: write }` to the job',
    );
  });

  it('(13.4) refuses deployment-environment without github-token before any request; reports nothing when not asked', async () => {
    const app = await newApp();
    gh.reset();
    argo.stats.reset();
    const refused = await run({
      applications: app.name,
      'deployment-environment': 'staging',
      'github-token': '',
    });
    expect(refused.exitCode).toBe(1);
    expect(errorOf(refused)).toMatch(/^Input 'github-token' is required with deployment-environment/);
    const bad = await run({
      applications: app.name,
      'deployment-environment': 'staging',
      digest: 'sha256:x',
    });
    expect(errorOf(bad)).toMatch(/^Input 'digest' 'sha256:x' is not a digest/);
    expect(argo.stats.byRoute).toEqual({});
    const plain = await run({ applications: app.name, revision: app.revision });
    expect(plain.exitCode).toBe(0);
    expect(plain.outputs['deployment-id']).toBe('');
    expect(gh.requests).toEqual([]);
  });
});
