// waitForApps with the real client against the Argo CD stand-in: an app deleted during the wait
// ends it at once, whether the deletion arrives on the watch stream or as a 404 while polling.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ArgoClient, waitForApps, type WaitOptions } from '@gitops-actions/argocd';
import type { Logger } from '@gitops-actions/kit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { startArgoCd, type ArgoCdServer } from '@gitops-actions/standin-argocd';

const TOKEN = 'wait-test-token';
let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-wait-'));
});

afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

/** Collects log lines and resolves `seen(pattern)` once one matches, so a test acts mid-wait. */
function recordingLog(): Logger & { lines: string[]; seen(pattern: RegExp): Promise<void> } {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  const add = (line: string) => {
    lines.push(line);
    for (const w of waiters.filter((x) => x.pattern.test(line))) w.resolve();
  };
  return {
    lines,
    info: add,
    warning: add,
    debug: () => {},
    seen: (pattern) =>
      new Promise((resolve) => {
        if (lines.some((l) => pattern.test(l))) resolve();
        else waiters.push({ pattern, resolve });
      }),
  };
}

async function scenario(argo: ArgoCdServer, name: string) {
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour: { autoSync: false } });
  const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
  await argo.refreshAll();
  const client = new ArgoClient({ server: argo.url, token: TOKEN });
  const log = recordingLog();
  const opts: WaitOptions = {
    apps: [{ name }],
    expect: { revision: sha, acceptSuspended: false, degradedGraceMs: 30_000 },
    refresh: 'none',
    sync: false,
    // Far beyond the test's own timeout: only the deletion can end this wait in time.
    timeoutMs: 600_000,
    server: argo.url,
    pollMinMs: 50,
    pollMaxMs: 100,
  };
  return { client, log, opts, sha };
}

describe('waitForApps when an application is deleted while waiting', () => {
  it('fails at once on a DELETED watch event', async () => {
    const argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
    const { client, log, opts, sha } = await scenario(argo, 'streamed');
    try {
      const waiting = waitForApps(opts, { api: client, log });
      await log.seen(/^streamed: sync OutOfSync.* — waiting/);
      // The first state is logged before the watch connects; delete once the stream is open.
      await until(() => (argo.stats.byRoute['stream'] ?? 0) >= 1);
      argo.deleteApp('streamed');
      const result = await waiting;
      expect(result.outcome).toBe('failed');
      expect(result.message).toBe(
        'streamed: the application was deleted while waiting (by a sync of its parent app, or by hand)',
      );
      expect(result.apps).toHaveLength(1);
      expect(result.apps[0]?.assessment.verdict).toMatchObject({ state: 'failed', kind: 'deleted' });
      expect(result.apps[0]?.assessment.snapshot).toMatchObject({ sync: 'Unknown', health: 'Missing' });
      expect(result.apps[0]?.assessment.snapshot.revision).toBe(sha);
      expect(result.apps[0]?.mode).toBe('stream');
      expect(log.lines.at(-1)).toMatch(
        /^streamed: sync Unknown, health Missing.* — failed: the application was deleted/,
      );
      expect(argo.violations).toEqual([]);
    } finally {
      client.close();
      await argo.close();
    }
  });

  it('notices with its safety GET an app deleted before the watch connected', async () => {
    const argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
    const { client, log, opts } = await scenario(argo, 'early');
    try {
      const waiting = waitForApps({ ...opts, safetyPollMs: 200 }, { api: client, log });
      // The first state is logged before the watch request leaves, so the stream opens on nothing
      // and stays silent, as Argo CD's does for a name it does not know.
      await log.seen(/^early: sync OutOfSync.* — waiting/);
      argo.deleteApp('early');
      const result = await waiting;
      expect(result.outcome).toBe('failed');
      expect(result.message).toContain('early: the application was deleted while waiting');
      expect(result.apps[0]?.mode).toBe('stream');
      expect(argo.stats.byRoute['stream']).toBe(1);
      expect(argo.stats.byRoute['get']).toBeGreaterThanOrEqual(2);
      expect(argo.violations).toEqual([]);
    } finally {
      client.close();
      await argo.close();
    }
  });

  it('fails at once when a poll answers 404, with streaming broken by a proxy', async () => {
    const argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50, streaming: 'broken' });
    const { client, log, opts } = await scenario(argo, 'polled');
    try {
      const waiting = waitForApps(opts, { api: client, log });
      await log.seen(/^polled: the watch stream keeps failing; polling instead/);
      argo.deleteApp('polled');
      const result = await waiting;
      expect(result.outcome).toBe('failed');
      expect(result.message).toContain('polled: the application was deleted while waiting');
      expect(result.apps[0]?.mode).toBe('polling');
      expect(argo.stats.byRoute['get']).toBeGreaterThanOrEqual(2);
      expect(argo.violations).toEqual([]);
    } finally {
      client.close();
      await argo.close();
    }
  });
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
