// The shipped bundle, run as the runner runs it, against the Argo CD stand-in reconciling from real git.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixturePath, runDist } from '@gitops-actions/testkit';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import {
  startArgoCd,
  type ArgoAppBehaviour,
  type ArgoCdDelivery,
  type ArgoCdServer,
} from '@gitops-actions/standin-argocd';

const TOKEN = 'argocd-token-0123456789abcdef';
/** Known to Argo CD, but its account may read none of the apps these tests create. */
const SCOPED_TOKEN = 'argocd-scoped-5f2c9a71e0d4b3c8';
/** May get `svc-read-only` but not sync it. */
const READ_ONLY_TOKEN = 'argocd-read-only-9e4d1c7b2a6f';
const ROLLOUTS = fixturePath('argocd', 'rollouts');

let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'wait-argocd-dist-'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A fresh app on its own repository, so tests never see each other's commits. */
async function newApp(
  behaviour: ArgoAppBehaviour = {},
  name = `svc-${++seq}`,
  namespace?: string,
  server: ArgoCdServer = argo,
) {
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1.0.0\n' });
  await server.addApp({ name, namespace, repo: `acme/${name}`, path: 'app', behaviour });
  let n = 0;
  return {
    name,
    push: () =>
      commitFiles(root, `acme/${name}`, { 'app/values.yaml': `tag: 1.0.${++n}\n` }, { message: `bump ${n}` }),
  };
}

const run = (inputs: Record<string, string>, timeoutMs = 30_000) =>
  runDist('wait-for-argocd', { inputs: { server: argo.url, token: TOKEN, ...inputs }, timeoutMs });

const errorOf = (r: { commands: { command: string; message: string }[] }) =>
  r.commands.find((c) => c.command === 'error')?.message ?? '';

/** The token is masked once and appears nowhere else: not in logs, errors, summary or outputs. */
function expectTokenHidden(result: Awaited<ReturnType<typeof runDist>>, token: string): void {
  expect(result.stdout).toContain(`::add-mask::${token}`);
  const shown = [
    result.stdout.replace(`::add-mask::${token}`, ''),
    result.stderr,
    result.summary,
    JSON.stringify(result.outputs),
  ];
  expect(shown.join('\n')).not.toContain(token);
}

/** The states of `app` the stand-in sent to clients (here: the action), as `via health`. */
const sentOf = (server: ArgoCdServer, app: string) =>
  server.stats.sent.filter((d: ArgoCdDelivery) => d.app === app).map((d) => `${d.via} ${d.health}`);

describe('dist/wait-for-argocd against the Argo CD stand-in', () => {
  // One server for the describe, closed with it: its controller must not keep running beside the others.
  beforeAll(async () => {
    argo = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 50,
      restrictedTokens: { 'narrow-token': ['web'], [SCOPED_TOKEN]: ['somebody-else'] },
      readOnlyTokens: { [READ_ONLY_TOKEN]: ['svc-read-only'] },
    });
  });

  afterAll(() => argo.close());

  afterEach(() => {
    expect(argo.violations).toEqual([]);
  });

  it('waits until the app is Synced and Healthy at the expected revision, through the stream', async () => {
    // Auto-sync off and `sync: true`: the transition starts with the action, however slow its start.
    const app = await newApp({ autoSync: false, syncMs: 300, progressMs: 300 });
    const sha = await app.push();
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: sha, sync: 'true' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['sync-status']).toBe('Synced');
    expect(result.outputs['health-status']).toBe('Healthy');
    expect(result.outputs['revision']).toBe(sha);
    expect(Number(result.outputs['duration-seconds'])).toBeGreaterThan(0);
    const apps = JSON.parse(result.outputs['applications'] ?? '[]') as {
      name: string;
      sync: string;
      revision: string;
    }[];
    expect(apps).toEqual([
      expect.objectContaining({ name: app.name, sync: 'Synced', health: 'Healthy', revision: sha }),
    ]);
    expect(argo.stats.byRoute).toEqual({ get: 1, syncwindows: 1, sync: 1, stream: 1 });
    expect(result.stdout).toMatch(/operation Running/);
    expect(result.summary).toContain(`\`${app.name}\``);
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('returns at once when the app is already there, matching a 7-character prefix', async () => {
    const app = await newApp();
    const sha = await app.push();
    await waitUntil(() => appStatus(app.name) === 'Synced/Healthy');
    const result = await run({ applications: app.name, revision: sha.slice(0, 7), refresh: 'none' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('done');
  });

  it('is done at a later commit for another app that renders the same manifests as the expected one', async () => {
    // In a GitOps repository shared by several apps, another app's bump lands before Argo CD syncs ours:
    // the app syncs at that later commit and the expected SHA never shows.
    const app = await newApp({ autoSync: false });
    const expected = await app.push();
    const later = await commitFiles(root, `acme/${app.name}`, { 'other/values.yaml': 'tag: 9.9.9\n' });
    argo.stats.reset();
    const result = await run(
      { applications: app.name, revision: expected, sync: 'true', timeout: '10m' },
      20_000,
    );
    expect(errorOf(result)).toBe('');
    expect(result.outputs['revision']).toBe(later);
    expect(result.stdout).toContain(`which renders the same manifests as ${expected.slice(0, 7)}`);
    expect(argo.stats.byRoute).toMatchObject({ manifests: 2 });
  });

  it('fails at once when Argo CD synced a newer commit that changed the app again', async () => {
    const app = await newApp({ autoSync: false });
    const repo = `acme/${app.name}`;
    const expected = await commitFiles(
      root,
      repo,
      { 'app/values.yaml': 'tag: 2.0.0\n' },
      { date: '2026-11-01T10:00:00Z' },
    );
    const newer = await commitFiles(
      root,
      repo,
      { 'app/values.yaml': 'tag: 2.0.1\n' },
      { date: '2026-11-01T10:05:00Z' },
    );
    const result = await run(
      { applications: app.name, revision: expected, sync: 'true', timeout: '10m' },
      20_000,
    );
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(
      `a newer revision ${newer.slice(0, 7)} (committed 2026-11-01T10:05:00Z) is synced, and it renders other manifests for this app than the expected ${expected.slice(0, 7)}`,
    );
  });

  it('fails fast with the message and failing resource of a failed sync', async () => {
    // With a 10-minute timeout, a wait that did not fail fast would be killed by runDist at 30 s:
    // exiting on its own is failing fast, with no narrow window a loaded machine could miss.
    const app = await newApp({ syncFailure: 'admission webhook denied the request: image not signed' });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, timeout: '10m' });
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toContain('sync operation Failed');
    expect(error).toContain('image not signed');
    expect(error).toContain(`Deployment ${app.name}/${app.name}: SyncFailed`);
    expect(Number(result.outputs['duration-seconds'])).toBeLessThan(30);
  });

  it('(12.15) fails when the sync it triggered fails, though the app stays Synced and Healthy', async () => {
    const app = await newApp({ autoSync: false, syncFailure: 'PreSync hook job db-migrate failed' });
    const head = appRevision(app.name) ?? '';
    const result = await run({ applications: app.name, revision: head, sync: 'true' });
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toContain('sync operation Failed');
    expect(error).toContain('(the sync this wait requested)');
    expect(error).toContain('PreSync hook job db-migrate failed');
    expect(result.summary).toContain('| Failed |');
  });

  it('(12.2) prints an operation message holding `::` lines inert', async () => {
    const app = await newApp({
      autoSync: false,
      syncFailure: 'x\n::warning::forged\n::set-output name=x::y',
    });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, sync: 'true' });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('\n::warning::forged');
    expect(result.commands.filter((c) => c.command === 'warning')).toEqual([]);
    expect(result.commands.filter((c) => c.properties['name'] === 'x')).toEqual([]);
    expect(result.outputs['x']).toBeUndefined();
    expect(result.commands.filter((c) => c.command === 'error')).toHaveLength(1);
  });

  it('(12.3) ends at the deadline against a server that accepts and never answers, naming it and `timeout`', async () => {
    const app = await newApp();
    argo.fault({ kind: 'hang' });
    try {
      const started = Date.now();
      const result = await run({ applications: app.name, timeout: '2s' }, 30_000);
      // Generous: the deadline plus the bundle's start on a loaded machine; before, it took 30 s and more.
      expect(Date.now() - started).toBeLessThan(12_000);
      expect(result.timedOut).toBe(false);
      expect(result.exitCode).toBe(1);
      const error = errorOf(result);
      expect(error).toMatch(
        /^Could not wait for Argo CD: timed out after 2s \(`timeout`\): GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/applications\//,
      );
      expect(error).toContain('accepted the connection but sent no answer');
      expect(error).toContain('Check that `server`');
    } finally {
      argo.clearFaults();
    }
  });

  it('fails when Degraded lasts past the grace, naming the unhealthy resources', async () => {
    const app = await newApp({ health: 'degraded', progressMs: 50 });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, 'degraded-grace': '1' });
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toMatch(/health Degraded for [\d.]+s, longer than degraded-grace \(1s\)/);
    expect(error).toContain(`Pod ${app.name}/${app.name}-7d9f-abcde: Degraded — back-off`);
    expect(result.outputs['health-status']).toBe('Degraded');
  });

  it('tolerates a Degraded shorter than the grace', async () => {
    // Degraded lasts 400 ms and until the action was sent it twice, however late the action starts;
    // the grace is far longer than a loaded machine needs to pass the next state on.
    const app = await newApp({ health: { degradedForMs: 400 }, progressMs: 50, holdUntilSent: 2 });
    const sha = await app.push();
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: sha, 'degraded-grace': '60s' });
    expect(result.exitCode).toBe(0);
    expect(sentOf(argo, app.name).filter((d) => d.endsWith(' Degraded')).length).toBeGreaterThanOrEqual(2);
    expect(result.stdout).toContain('health Degraded (tolerated for 60s)');
    expect(result.outputs['health-status']).toBe('Healthy');
  });

  it('fails when a newer revision was deployed over the expected one, and says which', async () => {
    const app = await newApp({ syncMs: 50, progressMs: 50 });
    const first = await app.push();
    await waitUntil(() => appRevision(app.name) === first && appStatus(app.name) === 'Synced/Healthy');
    const second = await app.push();
    await waitUntil(() => appRevision(app.name) === second && appStatus(app.name) === 'Synced/Healthy');
    const result = await run({ applications: app.name, revision: first });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(
      `a newer revision ${second.slice(0, 7)} was deployed over the expected ${first.slice(0, 7)}`,
    );
  });

  it('times out with the last state of every app when auto-sync is off', async () => {
    const app = await newApp({ autoSync: false });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, timeout: '1s' });
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toContain('timed out after 1s; last state:');
    expect(error).toContain(`${app.name}: sync OutOfSync`);
    expect(error).toContain('set `sync: true`');
    expect(result.outputs['sync-status']).toBe('OutOfSync');
  });

  it('fails at once, naming the app, when the app is deleted while waiting', async () => {
    // Never healthy at `sha` (auto-sync off) and a 10-minute timeout: only the deletion can end the
    // wait before runDist kills the process.
    const app = await newApp({ autoSync: false });
    const sha = await app.push();
    argo.stats.reset();
    const running = run({ applications: app.name, revision: sha, timeout: '10m' }, 20_000);
    await waitUntil(() => (argo.stats.byRoute['stream'] ?? 0) >= 1);
    argo.deleteApp(app.name);
    const result = await running;
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(1);
    const error = errorOf(result);
    expect(error).toContain(
      `Could not wait for Argo CD: ${app.name}: the application was deleted while waiting (by a sync of its parent app, or by hand)`,
    );
    expect(error).toContain('re-run once the application exists again');
    expect(result.stdout).toContain(`${app.name}: sync Unknown, health Missing`);
    expect(result.outputs['health-status']).toBe('Missing');
    const apps = JSON.parse(result.outputs['applications'] ?? '[]') as { state: string; message: string }[];
    expect(apps).toEqual([
      expect.objectContaining({ state: 'failed', message: expect.stringContaining('deleted') as unknown }),
    ]);
    expect(result.summary).toContain('Argo CD: failed');
    expect(result.summary).toContain(`🗑️ \`${app.name}\``);
    expect(result.summary).toContain('the application was deleted while waiting');
  }, 30_000);

  it('triggers a sync for an app without auto-sync', async () => {
    const app = await newApp({ autoSync: false });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, sync: 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`${app.name}: sync requested`);
    expect(result.outputs['revision']).toBe(sha);
  });

  it('waits for several apps concurrently', async () => {
    const a = await newApp();
    const b = await newApp({ syncMs: 300 });
    await a.push();
    await b.push();
    const result = await run({ applications: `${a.name}\n${b.name}` });
    expect(result.exitCode).toBe(0);
    const apps = JSON.parse(result.outputs['applications'] ?? '[]') as { name: string }[];
    expect(apps.map((x) => x.name)).toEqual([a.name, b.name]);
  });

  it('reconnects after stream drops without losing the transition', async () => {
    // Each connection carries two events, and Progressing lasts until it was sent three times: the
    // action can only see the end of the deploy on a later connection than its first.
    const app = await newApp({ autoSync: false, dropStreamAfter: 2, holdUntilSent: 3 });
    const sha = await app.push();
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: sha, sync: 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['revision']).toBe(sha);
    expect(argo.stats.byRoute['stream']).toBeGreaterThanOrEqual(2);
    expect(sentOf(argo, app.name)).toContain('stream Healthy');
  });

  it('follows a canary Rollout step by step and accepts Suspended at a manual gate when asked', async () => {
    const app = await newApp({
      rollout: {
        fixture: `${ROLLOUTS}/suspended_v1.0_pausedRollout.yaml`,
        stepMs: 100,
        pauseIndefinitely: true,
      },
    });
    const sha = await app.push();
    const result = await run({ applications: app.name, revision: sha, 'accept-suspended': 'true' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs['health-status']).toBe('Suspended');
    expect(result.stdout).toMatch(/Rollout svc-\d+, step 2 of 8, weight 21%, paused/);
  });

  it('explains a refused token without printing it', async () => {
    const app = await newApp();
    const result = await runDist('wait-for-argocd', {
      inputs: { server: argo.url, token: 'wrong-token-xyz', applications: app.name },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/^Could not wait for Argo CD: Argo CD refused the token .*401/);
    expect(errorOf(result)).toContain('argocd account generate-token');
    expect(result.stdout.replace('::add-mask::wrong-token-xyz', '')).not.toContain('wrong-token-xyz');
  });

  it('says a known token lacks `applications, get` on an app it may not read, without printing it', async () => {
    const app = await newApp();
    argo.stats.reset();
    const result = await run({ applications: app.name, token: SCOPED_TOKEN });
    expect(result.exitCode).toBe(1);
    // Logged only past authentication: the token is known, and the existing app answered 403.
    expect(argo.stats.log.filter((r) => r.app === app.name).map((r) => r.route)).toEqual(['get']);
    const error = errorOf(result);
    expect(error).toMatch(/^Could not wait for Argo CD: /);
    expect(error).not.toContain('refused the token');
    expect(error).toContain(app.name);
    expect(error).toContain('`applications, get`');
    expectTokenHidden(result, SCOPED_TOKEN);
  });

  it('says the token lacks `applications, sync` when it may get but not sync the app', async () => {
    const app = await newApp({ autoSync: false }, 'svc-read-only');
    const sha = await app.push();
    argo.stats.reset();
    const result = await run({ applications: app.name, revision: sha, sync: 'true', token: READ_ONLY_TOKEN });
    expect(result.exitCode).toBe(1);
    expect(argo.stats.log.filter((r) => r.app === app.name).map((r) => r.route)).toEqual([
      'get',
      'syncwindows',
      'sync',
    ]);
    const error = errorOf(result);
    expect(error).toMatch(/^Could not wait for Argo CD: /);
    expect(error).toContain(app.name);
    expect(error).toContain('`applications, sync`');
    expectTokenHidden(result, READ_ONLY_TOKEN);
  });

  it('waits for an app outside the control-plane namespace given as namespace/name', async () => {
    // Auto-sync off and `sync: true`: the sync request must name the namespace too (in its body).
    const app = await newApp({ autoSync: false }, undefined, 'team-a');
    const sha = await app.push();
    argo.stats.reset();
    const result = await run({ applications: `team-a/${app.name}`, revision: sha, sync: 'true' });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['revision']).toBe(sha);
    const apps = JSON.parse(result.outputs['applications'] ?? '[]') as { name: string }[];
    expect(apps).toEqual([expect.objectContaining({ name: `team-a/${app.name}`, state: 'done' })]);
    const calls = argo.stats.log.filter((r) => r.app === app.name);
    expect(calls.map((r) => r.route)).toEqual(expect.arrayContaining(['get', 'sync', 'stream']));
    for (const call of calls.filter((r) => r.route !== 'sync'))
      expect(call.query['appNamespace']).toBe('team-a');
  });

  it.each([
    ['hard', 'refresh=hard', 'hard'],
    ['normal', 'refresh=normal', 'normal'],
    ['none', 'no refresh', undefined],
  ])('with `refresh: %s` the first GET asks for %s', async (refresh, _title, expected) => {
    const app = await newApp();
    argo.stats.reset();
    const result = await run({ applications: app.name, refresh });
    expect(result.exitCode).toBe(0);
    const gets = argo.stats.log.filter((r) => r.app === app.name && r.route === 'get');
    expect(gets.length).toBeGreaterThan(0);
    expect(gets[0]?.query['refresh']).toBe(expected);
    // Only the first GET asks: a refresh on every request would make Argo CD re-read git each time.
    expect(gets.slice(1).filter((r) => 'refresh' in r.query)).toEqual([]);
  });

  it('names the apps the token can see when an app is unknown', async () => {
    await newApp({}, 'web');
    const result = await runDist('wait-for-argocd', {
      inputs: { server: argo.url, token: 'narrow-token', applications: 'wbe' },
    });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain("application 'wbe' was not found");
    expect(errorOf(result)).toContain('The token can see: web.');
  });

  it.each([
    [{ revision: 'not-a-sha' }, "Input 'revision' 'not-a-sha' is not a git commit SHA"],
    [{ timeout: '0' }, "Input 'timeout' must be between 1s and 24h, got '0'"],
    [
      { timeout: '10 minutes' },
      "Input 'timeout' must be a duration such as 600, 90s, 10m or 1h30m, got '10 minutes'",
    ],
    [{ 'degraded-grace': '-1m' }, "Input 'degraded-grace' must not be negative, got '-1m'"],
    [{ server: 'ftp://argocd' }, "Input 'server' must use https://"],
    [{ applications: 'Bad_Name' }, "Input 'applications' 'Bad_Name' is not an application name"],
    [{ refresh: 'soft' }, "Input 'refresh' must be one of none, normal, hard"],
  ])('rejects bad input %j', async (inputs, message) => {
    const result = await run({ applications: 'x', ...inputs });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(message);
  });

  it('reports a missing required input', async () => {
    const result = await runDist('wait-for-argocd', { inputs: { server: argo.url, token: TOKEN } });
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toBe("Input 'applications' is required and was not supplied");
  });
});

describe('dist/wait-for-argocd when streaming is broken by a proxy', () => {
  let proxied: ArgoCdServer;
  beforeAll(async () => {
    proxied = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50, streaming: 'broken' });
  });
  afterAll(() => proxied.close());

  it('falls back to polling and still sees the deploy', async () => {
    // The sync the action starts answers Running, and Progressing lasts until a poll was answered with
    // it: the deploy can only be seen through polls, at the action's own pace (1 s, doubling while
    // nothing changes), however slowly it gets there.
    await createBareRepo(root, 'acme/polled', { 'app/values.yaml': 'tag: 1\n' });
    await proxied.addApp({
      name: 'polled',
      repo: 'acme/polled',
      path: 'app',
      behaviour: { autoSync: false, syncMs: 100, holdUntilSent: 1 },
    });
    const sha = await commitFiles(root, 'acme/polled', { 'app/values.yaml': 'tag: 2\n' });
    const result = await runDist('wait-for-argocd', {
      inputs: { server: proxied.url, token: TOKEN, applications: 'polled', revision: sha, sync: 'true' },
    });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('polled: the watch stream keeps failing; polling instead');
    expect(proxied.stats.byRoute['stream']).toBe(3);
    const sent = sentOf(proxied, 'polled');
    expect(sent.slice(0, 2)).toEqual(['get Healthy', 'sync Healthy']);
    expect(sent).toContain('get Progressing');
    expect(sent.at(-1)).toBe('get Healthy');
    expect(proxied.violations).toEqual([]);
  });
});

describe('dist/wait-for-argocd against an Argo CD that resends unchanged state', () => {
  let chatty: ArgoCdServer;
  beforeAll(async () => {
    chatty = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50, resendUnchanged: true });
  });
  afterAll(() => chatty.close());

  it('logs one line per state of an app, however many identical events and ticks it sees', async () => {
    // Progressing lasts until the action was sent it 12 times (one may be its first GET, the rest are
    // identical MODIFIED events on its stream) and at least 1 s, four periods of its 250 ms ticker.
    const app = await newApp(
      { syncMs: 300, progressMs: 1000, holdUntilSent: 12 },
      'chatty-svc',
      undefined,
      chatty,
    );
    const sha = await app.push();
    chatty.stats.reset();
    const result = await runDist('wait-for-argocd', {
      inputs: { server: chatty.url, token: TOKEN, applications: app.name, revision: sha },
    });
    expect(result.exitCode).toBe(0);
    const sent = sentOf(chatty, app.name);
    expect(sent.filter((d) => d === 'stream Progressing').length).toBeGreaterThanOrEqual(11);
    const lines = result.stdout.split('\n').filter((l) => l.startsWith(`${app.name}: sync `));
    expect(lines.filter((l) => l.includes('health Progressing'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('health Healthy') && l.includes('done'))).toHaveLength(1);
    expect(new Set(lines).size).toBe(lines.length);
    expect(chatty.violations).toEqual([]);
  });
});

describe('dist/wait-for-argocd over TLS', () => {
  let tls: ArgoCdServer;
  let certPem: string;
  beforeAll(async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'argocd-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    certPem = await readFile(path.join(dir, 'cert.pem'), 'utf8');
    const key = await readFile(path.join(dir, 'key.pem'), 'utf8');
    await rm(dir, { recursive: true, force: true });
    await createBareRepo(root, 'acme/secure', { 'app/values.yaml': 'tag: 1\n' });
    tls = await startArgoCd({
      gitRoot: root,
      token: TOKEN,
      reconcileMs: 50,
      tls: { key, cert: certPem },
      apps: [{ name: 'secure', repo: 'acme/secure', path: 'app' }],
    });
  });
  afterAll(() => tls.close());

  const runTls = (extra: Record<string, string>) =>
    runDist('wait-for-argocd', {
      inputs: { server: tls.url, token: TOKEN, applications: 'secure', ...extra },
    });

  it('suggests ca-cert when the certificate is not trusted', async () => {
    const result = await runTls({});
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('TLS connection to https://127.0.0.1');
    expect(errorOf(result)).toContain('`ca-cert`');
  });

  it('trusts the server with ca-cert, or with insecure', async () => {
    expect((await runTls({ 'ca-cert': certPem })).exitCode).toBe(0);
    expect((await runTls({ insecure: 'true' })).exitCode).toBe(0);
  });
});

function appStatus(name: string): string {
  const status = argo.app(name)['status'] as { sync?: { status?: string }; health?: { status?: string } };
  return `${status.sync?.status}/${status.health?.status}`;
}

function appRevision(name: string): string | undefined {
  return (argo.app(name)['status'] as { sync?: { revision?: string } }).sync?.revision;
}

/** A bound for a state the stand-in reaches by itself; generous, as no test measures it. */
async function waitUntil(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 20));
  }
}
