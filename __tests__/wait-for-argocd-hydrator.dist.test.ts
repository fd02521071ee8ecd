// (16.1) The shipped wait-for-argocd bundle on Source Hydrator apps, against the Argo CD stand-in: the
// expected revision is the DRY commit CI pushed, done only once that commit's own hydration is synced;
// a failed hydration fails the step at once with its message, never run as a workflow command.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDist } from '@gitops-actions/testkit';
import { branchHead, commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';

const TOKEN = 'argocd-token-0123456789abcdef';
const SYNC_BRANCH = 'env/prod';

let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wait-argocd-hydrator-dist-'));
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true });
});

afterEach(() => expect(argo.violations).toEqual([]));

async function hydratorApp(behaviour: ArgoAppBehaviour) {
  const name = `hyd-${++seq}`;
  const repo = `acme/${name}`;
  await createBareRepo(root, repo, { 'app/values.yaml': 'tag: 1.0.0\n' });
  await argo.addApp({
    name,
    repo,
    path: 'app',
    hydrator: { syncBranch: SYNC_BRANCH, syncPath: 'prod/app' },
    behaviour,
  });
  const previous = (await branchHead(root, repo, SYNC_BRANCH))!;
  const dry = await commitFiles(root, repo, { 'app/values.yaml': 'tag: 1.0.1\n' });
  return { name, repo, dry, previous };
}

const run = (inputs: Record<string, string>) =>
  runDist('wait-for-argocd', { inputs: { server: argo.url, token: TOKEN, ...inputs }, timeoutMs: 30_000 });

describe('(16.1) dist/wait-for-argocd on Source Hydrator apps', () => {
  it('(16.1) outputs the dry revision and the hydrated one, after a lagging hydration', async () => {
    const { name, repo, dry, previous } = await hydratorApp({ hydrateMs: 1500 });
    const result = await run({ applications: name, revision: dry });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const hydrated = (await branchHead(root, repo, SYNC_BRANCH))!;
    expect(hydrated).not.toBe(previous);
    expect(result.outputs['revision']).toBe(dry);
    expect(result.outputs['hydrated-revision']).toBe(hydrated);
    expect(JSON.parse(result.outputs['applications'] ?? '[]')).toEqual([
      expect.objectContaining({ name, revision: dry, hydratedRevision: hydrated, state: 'done' }),
    ]);
    // The previous dry commit's hydration was Synced and Healthy all along: the wait said what it waited for.
    expect(result.stdout).toContain(`waiting: hydrating ${dry.slice(0, 7)}`);
    expect(result.summary).toContain(`${dry.slice(0, 7)} → ${hydrated.slice(0, 7)}`);
  });

  it('(16.1) fails at once on a failed hydration, its message shown and never run as a command', async () => {
    const { name, dry } = await hydratorApp({
      hydrationFailure: 'render failed\n::error::injected by the dry source',
    });
    const result = await run({ applications: name, revision: dry, timeout: '10m' });
    expect(result.exitCode).toBe(1);
    const errors = result.commands.filter((c) => c.command === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain(
      `hydration of ${dry.slice(0, 7)} failed: 'render failed\\n::error::injected`,
    );
    expect(result.outputs['hydrated-revision']).not.toBe('');
    expect(result.outputs['revision']).not.toBe(dry);
  });
});
