// (14.2, 14.4) The shipped wait-for-argocd bundle, run as the runner runs it, against the Argo CD
// stand-in: a deny sync window blocking the sync, and `rollout-action: promote` on a paused canary.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, runDist } from '@gitops-actions/testkit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';

const TOKEN = 'argocd-windows-token-0123456789';
let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wait-argocd-windows-dist-'));
  // The bundle runs on the real clock, so the stand-in judges its windows on it too.
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true });
});

afterEach(() => {
  argo.setSyncWindows([]);
  expect(argo.violations).toEqual([]);
});

async function newApp(behaviour: ArgoAppBehaviour) {
  const name = `win-dist-${++seq}`;
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1.0.0\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour });
  const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1.0.1\n' });
  return { name, sha };
}

const run = (inputs: Record<string, string>, timeoutMs = 30_000) =>
  runDist('wait-for-argocd', { inputs: { server: argo.url, token: TOKEN, ...inputs }, timeoutMs });

const errorOf = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';

describe('dist/wait-for-argocd: sync windows and Rollouts', () => {
  it('(14.2) a deny window blocking now fails at once, naming the window and when it opens', async () => {
    // A deny window that started this hour (UTC) and lasts two hours: it opens at the next hour but one.
    const hour = new Date().getUTCHours();
    const opens = new Date();
    opens.setUTCHours(hour + 2, 0, 0, 0);
    argo.setSyncWindows([
      {
        kind: 'deny',
        schedule: `0 ${hour} * * *`,
        duration: '2h',
        applications: ['win-dist-*'],
        timeZone: 'UTC',
      },
    ]);
    const app = await newApp({ autoSync: false });
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: app.sha, sync: 'true', timeout: '10m' });
    // At once: the bundle ended on its own, long before its 10m timeout, and never asked for the sync.
    expect(result.timedOut).toBe(false);
    expect(argo.stats.byRoute['sync'] ?? 0).toBe(0);
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toContain(
      `${app.name}: a deny sync window blocks the sync this wait would trigger: deny "0 ${hour} * * *" for 2h (UTC); ` +
        `it next opens at ${opens.toISOString().slice(0, 16).replace('T', ' ')} UTC (${opens.toISOString()}`,
    );
    expect(error).toContain('Set `sync-window: wait` to wait for the window');
    expect(result.outputs['sync-window-opens']).toBe(opens.toISOString());
    expect(result.summary).toContain(`| deny | \`0 ${hour} * * *\` | 2h | UTC | ${opens.toISOString()} |`);
    expect(argo.stats.byRoute['sync']).toBeUndefined();
  });

  it("(14.4) rollout-action: promote runs Argo CD's resume action on the paused canary, which then finishes", async () => {
    const fixture = fixturePath('argocd', 'rollouts', 'suspended_v1.0_pausedRollout.yaml');
    const app = await newApp({ rollout: { fixture, stepMs: 100, pauseIndefinitely: true } });
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: app.sha, 'rollout-action': 'promote' });
    expect(errorOf(result)).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['health-status']).toBe('Healthy');
    const actions = argo.stats.log.filter((r) => r.route === 'action');
    expect(actions.map((a) => [a.method, a.body])).toEqual([['POST', 'resume']]);
    expect(actions[0]?.query).toMatchObject({
      kind: 'Rollout',
      group: 'argoproj.io',
      resourceName: app.name,
    });
    expect(result.stdout).toContain("running Argo CD's `resume` action (rollout-action: promote)");
  });
});
