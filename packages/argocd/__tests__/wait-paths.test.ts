// waitForArgoCd in-process against the Argo CD stand-in, along the paths the wait's parts share between
// them: the stream after a sync, another synced revision related by its manifests, a canary Rollout,
// and the polling fallback.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitForArgoCd, waitOutputs, type ArgoWaitRequest } from '@gitops-actions/argocd';
import type { Logger } from '@gitops-actions/kit';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { fixturePath } from '@gitops-actions/testkit';

const TOKEN = 'wait-paths-token';
let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-wait-paths-'));
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(() => expect(argo.violations).toEqual([]));

function lineLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), warning: (l) => lines.push(l), debug: () => {} };
}

async function newApp(behaviour: ArgoAppBehaviour, server = argo) {
  const name = `paths-${++seq}`;
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
  await server.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour });
  return name;
}

function request(server: ArgoCdServer, name: string, revision: string, extra: Partial<ArgoWaitRequest> = {}) {
  return {
    server: server.url,
    token: TOKEN,
    apps: [{ name }],
    expect: { revision, acceptSuspended: false, degradedGraceMs: 30_000 },
    refresh: 'normal',
    sync: true,
    timeoutMs: 15_000,
    ...extra,
  } satisfies ArgoWaitRequest;
}

describe('waitForArgoCd', () => {
  it('syncs and follows the stream to Synced and Healthy, with one GET, its sync windows, one sync and one stream', async () => {
    const name = await newApp({ autoSync: false, syncMs: 200, progressMs: 200 });
    const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
    argo.stats.reset();
    const log = lineLog();
    const result = await waitForArgoCd(request(argo, name, sha), { log });
    expect(result.outcome).toBe('done');
    expect(argo.stats.byRoute).toEqual({ get: 1, syncwindows: 1, sync: 1, stream: 1 });
    expect(waitOutputs(result)).toMatchObject({
      'sync-status': 'Synced',
      'health-status': 'Healthy',
      revision: sha,
    });
    expect(log.lines).toContain(`${name}: sync requested`);
    expect(log.lines.some((l) => /operation Running/.test(l))).toBe(true);
  });

  it('is done at a later commit that renders the same manifests, asking for them once', async () => {
    const name = await newApp({ autoSync: false });
    const expected = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
    const later = await commitFiles(root, `acme/${name}`, { 'other/values.yaml': 'tag: 9\n' });
    argo.stats.reset();
    const log = lineLog();
    const result = await waitForArgoCd(request(argo, name, expected), { log });
    expect(result.message).toBe('');
    expect(waitOutputs(result).revision).toBe(later);
    expect(log.lines.at(-1)).toContain(`which renders the same manifests as ${expected.slice(0, 7)}`);
    expect(argo.stats.byRoute).toMatchObject({ manifests: 2 });
  });

  it('fails at once when a newer commit that changed the app again is synced', async () => {
    const name = await newApp({ autoSync: false });
    const repo = `acme/${name}`;
    const expected = await commitFiles(
      root,
      repo,
      { 'app/values.yaml': 'tag: 2\n' },
      { date: '2026-11-01T10:00:00Z' },
    );
    const newer = await commitFiles(
      root,
      repo,
      { 'app/values.yaml': 'tag: 3\n' },
      { date: '2026-11-01T10:05:00Z' },
    );
    const result = await waitForArgoCd(request(argo, name, expected), { log: lineLog() });
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain(
      `a newer revision ${newer.slice(0, 7)} (committed 2026-11-01T10:05:00Z) is synced`,
    );
    expect(result.apps[0]?.assessment.verdict).toMatchObject({ state: 'failed', kind: 'superseded' });
  });

  it('logs a canary Rollout step by step and accepts Suspended when asked', async () => {
    const fixture = fixturePath('argocd', 'rollouts', 'suspended_v1.0_pausedRollout.yaml');
    const name = await newApp({ rollout: { fixture, stepMs: 100, pauseIndefinitely: true } });
    const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
    const log = lineLog();
    const expect1 = { revision: sha, acceptSuspended: true, degradedGraceMs: 30_000 };
    const result = await waitForArgoCd(request(argo, name, sha, { sync: false, expect: expect1 }), { log });
    expect(result.outcome).toBe('done');
    expect(waitOutputs(result)['health-status']).toBe('Suspended');
    expect(log.lines.some((l) => /Rollout paths-\d+, step 2 of 8, weight 21%, paused/.test(l))).toBe(true);
  });

  it('falls back to polling when a proxy breaks the stream, and still sees the deploy', async () => {
    const proxied = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50, streaming: 'broken' });
    try {
      const name = await newApp({ autoSync: false, syncMs: 300 }, proxied);
      const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
      const log = lineLog();
      const result = await waitForArgoCd(request(proxied, name, sha, { pollMinMs: 50, pollMaxMs: 200 }), {
        log,
      });
      expect(result.outcome).toBe('done');
      expect(result.apps[0]?.mode).toBe('polling');
      expect(log.lines).toContain(`${name}: the watch stream keeps failing; polling instead`);
      expect(proxied.stats.byRoute['stream']).toBe(3);
      expect(proxied.violations).toEqual([]);
    } finally {
      await proxied.close();
    }
  });
});
