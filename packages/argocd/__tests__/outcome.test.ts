// The pieces both wait-for-argocd and the root action show: outputs, hints and errors, in the caller's
// input names.
import {
  ArgoApiError,
  ArgoNetworkError,
  assessApp,
  failureHint,
  renderWaitSummary,
  waitForApps,
  waitOutputs,
  waitVerdict,
  type AppReport,
  type Application,
  type ArgoApi,
  type ArgoInputNames,
  type WaitOptions,
  type WaitResult,
} from '@gitops-actions/argocd';
import { silentLogger } from '@gitops-actions/kit';

const ROOT: ArgoInputNames = {
  server: 'argocd-server',
  token: 'argocd-token',
  applications: 'argocd-applications',
  sync: 'argocd-sync',
  timeout: 'argocd-timeout',
};
const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);

function report(
  key: string,
  sync: string,
  health: string,
  revision = SHA,
  degradedSince?: number,
): AppReport {
  const app: Application = {
    metadata: { name: key },
    status: { sync: { status: sync, revision }, health: { status: health } },
  };
  const expect = { revision: SHA, acceptSuspended: false, degradedGraceMs: 1000 };
  const memory = degradedSince === undefined ? {} : { degradedSince };
  return { key, assessment: assessApp(app, expect, 5000, memory), resources: [], mode: 'stream' };
}

function result(outcome: WaitResult['outcome'], apps: AppReport[]): WaitResult {
  return { outcome, apps, durationMs: 12_340, message: '' };
}

describe('waitOutputs', () => {
  it('gives the value all apps share, else the one needing attention first', () => {
    const out = waitOutputs(
      result('failed', [report('a', 'Synced', 'Healthy'), report('b', 'OutOfSync', 'Progressing', OTHER)]),
    );
    expect(out['sync-status']).toBe('OutOfSync');
    expect(out['health-status']).toBe('Progressing');
    expect(out.revision).toBe(`${SHA},${OTHER}`);
    expect(out['duration-seconds']).toBe('12.3');
    expect(JSON.parse(out.applications)).toEqual([
      expect.objectContaining({ name: 'a', sync: 'Synced', health: 'Healthy', state: 'done' }),
      expect.objectContaining({ name: 'b', sync: 'OutOfSync', state: 'waiting' }),
    ]);
    expect(waitOutputs(result('done', [report('a', 'Synced', 'Healthy')]))['sync-status']).toBe('Synced');
  });

  it('is empty when there was no wait', () => {
    expect(Object.values(waitOutputs(undefined))).toEqual(['', '', '', '', '', '', '']);
  });
});

describe('failureHint', () => {
  const timedOut = result('timeout', [report('a', 'OutOfSync', 'Healthy')]);
  const degraded = result('failed', [report('a', 'Synced', 'Degraded', SHA, 0)]);

  it("speaks wait-for-argocd's input names by default", () => {
    expect(failureHint(timedOut, { sync: false })).toBe(
      'Raise `timeout` if the rollout is just slow; for apps without auto-sync set `sync: true`.',
    );
    expect(failureHint(degraded, { sync: false })).toBe(
      'Fix the unhealthy resources above, or raise `degraded-grace` if they recover on their own.',
    );
  });

  it("names the root action's inputs, and no knob it does not have", () => {
    expect(failureHint(timedOut, { sync: false, inputs: ROOT })).toBe(
      'Raise `argocd-timeout` if the rollout is just slow; for apps without auto-sync set `argocd-sync: true`.',
    );
    expect(failureHint(timedOut, { sync: true, inputs: ROOT })).toBe(
      'Raise `argocd-timeout` if the rollout is just slow; the last state of each app is above.',
    );
    expect(failureHint(degraded, { sync: false, inputs: ROOT })).toBe('Fix the unhealthy resources above.');
  });
});

describe('assessApp reasons', () => {
  const suspended: Application = {
    status: { sync: { status: 'Synced', revision: SHA }, health: { status: 'Suspended' } },
  };
  const degraded: Application = {
    status: { sync: { status: 'Synced', revision: SHA }, health: { status: 'Degraded' } },
  };
  const expect0 = { revision: SHA, acceptSuspended: false, degradedGraceMs: 1000 };

  it("name the caller's knobs, or the thing itself when it has none", () => {
    expect(assessApp(suspended, expect0, 0, {}).verdict.reason).toContain('set accept-suspended');
    expect(assessApp(suspended, expect0, 0, {}, ROOT).verdict.reason).toBe('health Suspended (paused)');
    expect(assessApp(degraded, expect0, 2000, { degradedSince: 0 }).verdict.reason).toBe(
      'health Degraded for 2s, longer than degraded-grace (1s)',
    );
    expect(assessApp(degraded, expect0, 2000, { degradedSince: 0 }, ROOT).verdict.reason).toBe(
      'health Degraded for 2s, longer than the grace for Degraded (1s)',
    );
  });
});

describe('renderWaitSummary', () => {
  it('titles the outcome and lists every app', () => {
    const text = renderWaitSummary(
      result('timeout', [report('web', 'OutOfSync', 'Healthy')]),
      'https://argocd',
    );
    expect(text).toContain('Argo CD: timed out');
    expect(text).toContain('⏳ `web`');
    expect(text).toContain('https://argocd · 12.3s');
  });
});

describe("waitForApps errors name the caller's inputs", () => {
  const opts: WaitOptions = {
    apps: [{ name: 'web' }],
    expect: { acceptSuspended: false, degradedGraceMs: 0 },
    refresh: 'none',
    sync: false,
    timeoutMs: 1000,
    server: 'https://argocd.example.com',
    inputs: ROOT,
  };
  const failing = (error: Error): ArgoApi => ({
    getApp: () => Promise.reject(error),
    listApps: () => Promise.resolve([{ metadata: { name: 'api' } }]),
    sync: () => Promise.reject(error),
    resourceTree: () => Promise.reject(error),
    liveResource: () => Promise.reject(error),
    manifests: () => Promise.reject(error),
    revisionDate: () => Promise.reject(error),
    watch: () => Promise.reject(error),
  });
  const hintOf = (error: Error) =>
    waitForApps(opts, { api: failing(error), log: silentLogger }).then(
      () => '',
      (e: unknown) => (e as { hint?: string }).hint ?? '',
    );

  it('a refused token', async () => {
    expect(await hintOf(new ArgoApiError(401, 'GET', '/api/v1/applications/web', 'no'))).toMatch(
      /^The `argocd-token` input is wrong or expired/,
    );
  });

  it('an unreachable server', async () => {
    expect(await hintOf(new ArgoNetworkError('ECONNREFUSED', 'GET', '/x', 'connect ECONNREFUSED'))).toBe(
      'Check the `argocd-server` input (scheme, host, port) and that the runner can reach it.',
    );
  });

  it('an untrusted certificate, where the caller has no ca-cert input', async () => {
    const hint = await hintOf(new ArgoNetworkError('SELF_SIGNED_CERT_IN_CHAIN', 'GET', '/x', 'self-signed'));
    expect(hint).toContain('NODE_EXTRA_CA_CERTS');
    expect(hint).not.toContain('ca-cert');
  });

  it('an unknown application', async () => {
    expect(await hintOf(new ArgoApiError(404, 'GET', '/api/v1/applications/web', 'not found'))).toBe(
      'Check the names in `argocd-applications` (use `namespace/name` for apps outside the control-plane namespace). The token can see: api.',
    );
  });
});

describe('waitVerdict', () => {
  it('(13.4) says in one line which apps reached which revision, or why the wait failed', () => {
    expect(
      waitVerdict(result('done', [report('a', 'Synced', 'Healthy'), report('b', 'Synced', 'Healthy')])),
    ).toEqual({
      ok: true,
      description: 'a, b Synced and Healthy at aaaaaaa',
    });
    const timedOut = {
      ...result('timeout', [report('a', 'OutOfSync', 'Progressing')]),
      message: 'timed out after 10m; last state:\n  a: OutOfSync',
    };
    expect(waitVerdict(timedOut)).toEqual({
      ok: false,
      description: 'timed out after 10m; last state: a: OutOfSync',
    });
  });
});
