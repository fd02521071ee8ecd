// (16.1) The wait on Argo CD's Source Hydrator, against the stand-in (whose answers are checked against
// Argo CD's swagger): the expected revision is the DRY commit, `status.sync.revision` the HYDRATED one. An
// app is done only once the expected dry commit itself was hydrated and that hydrated commit synced, never
// on the previous dry commit's hydration (the argo-cd PR #28878 bug of `argocd app wait --hydrated`).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  failureHint,
  renderWaitSummary,
  waitForArgoCd,
  waitOutputs,
  type Application,
  type ArgoWaitRequest,
} from '@gitops-actions/argocd';
import type { Clock, Logger } from '@gitops-actions/kit';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import {
  branchHead,
  commitFiles,
  createBareRepo,
  readFileAtBranch,
} from '@gitops-actions/standin-git-server';

const TOKEN = 'hydrator-test-token';
const SYNC_BRANCH = 'env/dev';

class ManualClock implements Clock {
  private time = Date.parse('2026-03-02T09:00:00Z');
  private sleepers: { at: number; wake: () => void }[] = [];
  now(): number {
    return this.time;
  }
  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ at: this.time + ms, wake }));
  }
  advance(ms: number): void {
    this.time += ms;
    const due = this.sleepers.filter((s) => s.at <= this.time);
    this.sleepers = this.sleepers.filter((s) => s.at > this.time);
    for (const s of due) s.wake();
  }
}

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

let root: string;
let argo: ArgoCdServer;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-hydrator-'));
  argo = await startArgoCd({ gitRoot: root, token: TOKEN, reconcileMs: 50 });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(() => expect(argo.violations).toEqual([]));

const short = (sha: string) => sha.slice(0, 7);

/** A hydrator app deployed at its first dry commit, and a new dry commit CI pushed. */
async function hydratorApp(behaviour: ArgoAppBehaviour) {
  const name = `hyd-${++seq}`;
  const repo = `acme/${name}`;
  await createBareRepo(root, repo, { 'app/values.yaml': 'tag: 1\n', 'README.md': 'docs\n' });
  await argo.addApp({
    name,
    repo,
    path: 'app',
    hydrator: { syncBranch: SYNC_BRANCH, syncPath: 'dev/app' },
    behaviour,
  });
  const first = argo.app(name) as Application;
  const previousHydrated = first.status?.sync?.revision ?? '';
  const dry = await commitFiles(root, repo, { 'app/values.yaml': 'tag: 2\n' });
  const request = (extra: Partial<ArgoWaitRequest> = {}): ArgoWaitRequest => ({
    server: argo.url,
    token: TOKEN,
    apps: [{ name }],
    expect: { revision: dry, acceptSuspended: false, degradedGraceMs: 60_000 },
    refresh: 'normal',
    sync: false,
    timeoutMs: 3_600_000,
    ...extra,
  });
  return { name, repo, dry, previousHydrated, request };
}

describe('(16.1) a Source Hydrator app', () => {
  it('(16.1) is done at the dry commit once its own hydrated commit is synced, not on the previous hydration (argo-cd #28878)', async () => {
    const { name, repo, dry, previousHydrated, request } = await hydratorApp({ hydrateMs: 3_600_000 });
    const log = recordingLog();
    const waiting = waitForArgoCd(request(), { log, clock: new ManualClock() });
    await log.seen(new RegExp(`^${name}: .* — waiting: hydrating ${short(dry)} since `));
    // What `argocd app wait --hydrated` took for done: Synced and Healthy at the previous dry commit's
    // hydration, with a hydration behind it. The wait must keep going.
    const before = argo.app(name) as Application;
    expect(before.status?.sync).toMatchObject({ status: 'Synced', revision: previousHydrated });
    expect(before.status?.health?.status).toBe('Healthy');
    expect(before.status?.sourceHydrator?.lastSuccessfulOperation?.hydratedSHA).toBe(previousHydrated);
    expect(before.status?.sourceHydrator?.lastSuccessfulOperation?.drySHA).not.toBe(dry);
    expect(before.status?.sourceHydrator?.currentOperation).toMatchObject({
      drySHA: dry,
      phase: 'Hydrating',
    });

    argo.setBehaviour(name, { hydrateMs: 0 });
    const result = await waiting;
    expect(result.outcome).toBe('done');
    const hydrated = (await branchHead(root, repo, SYNC_BRANCH))!;
    expect(hydrated).not.toBe(previousHydrated);
    expect(
      JSON.parse(await readFileAtBranch(root, repo, SYNC_BRANCH, 'dev/app/hydrator.metadata')),
    ).toMatchObject({
      drySha: dry,
    });
    expect(result.apps[0]?.assessment.verdict).toEqual({
      state: 'done',
      reason: `Synced and Healthy at ${short(dry)} → ${short(hydrated)}`,
    });
    const outputs = waitOutputs(result);
    expect(outputs.revision).toBe(dry);
    expect(outputs['hydrated-revision']).toBe(hydrated);
    expect(JSON.parse(outputs.applications)).toEqual([
      expect.objectContaining({ name, revision: dry, hydratedRevision: hydrated, state: 'done' }),
    ]);
    expect(renderWaitSummary(result, argo.url)).toContain(`\`${short(dry)} → ${short(hydrated)}\``);
    // Never done before the new dry commit was hydrated: every line before "done" said what it waited for.
    const doneAt = log.lines.findIndex((l) => / — done: /.test(l));
    expect(log.lines.slice(0, doneAt).some((l) => l.includes(`hydrating ${short(dry)}`))).toBe(true);
  });

  it('(16.1) keeps waiting while the hydration lags, and says so when the wait times out', async () => {
    const { name, dry, request } = await hydratorApp({ hydrateMs: 3_600_000 });
    const log = recordingLog();
    const clock = new ManualClock();
    const waiting = waitForArgoCd(request({ timeoutMs: 600_000 }), { log, clock });
    await log.seen(new RegExp(`^${name}: .* — waiting: hydrating ${short(dry)} since `));
    clock.advance(600_000);
    const result = await waiting;
    expect(result.outcome).toBe('timeout');
    expect(result.message).toContain(`${name}: sync Synced, health Healthy, revision `);
    expect(result.message).toContain(`(hydrating ${short(dry)} since `);
    expect(renderWaitSummary(result, argo.url)).toContain(`hydrating ${short(dry)}`);
    expect(waitOutputs(result).revision).not.toBe(dry);
  });

  it('(16.1) fails at once when the hydration of the dry commit fails, with its message shown safely', async () => {
    const failure = 'failed to render manifests: helm template exited 1\n::error::injected';
    const { name, dry, request } = await hydratorApp({ hydrationFailure: failure });
    const result = await waitForArgoCd(request(), { log: recordingLog(), clock: new ManualClock() });
    expect(result.outcome).toBe('failed');
    expect(result.apps[0]?.assessment.verdict).toMatchObject({ state: 'failed', kind: 'hydration-failed' });
    expect(result.message).toBe(
      `${name}: hydration of ${short(dry)} failed: ` +
        "'failed to render manifests: helm template exited 1\\n::error::injected'",
    );
    expect(failureHint(result, { sync: false })).toMatch(/Source Hydrator/);
    expect(renderWaitSummary(result, argo.url)).not.toMatch(/\n::error::/);
  });

  it('(16.1) is done at a later dry commit whose hydration renders the same manifests', async () => {
    const { name, repo, dry, request } = await hydratorApp({ hydrateMs: 3_600_000 });
    // A commit outside the app's path lands before the hydrator gets to ours: only the later one is hydrated.
    const later = await commitFiles(root, repo, { 'README.md': 'more docs\n' });
    await argo.refreshAll();
    const log = recordingLog();
    const waiting = waitForArgoCd(request(), { log, clock: new ManualClock() });
    await log.seen(new RegExp(`^${name}: .* — waiting: hydrating ${short(dry)}`));
    argo.setBehaviour(name, { hydrateMs: 0 });
    const result = await waiting;
    expect(result.outcome).toBe('done');
    const hydrated = (await branchHead(root, repo, SYNC_BRANCH))!;
    expect(result.apps[0]?.assessment.verdict.reason).toBe(
      `Synced and Healthy at ${short(later)} → ${short(hydrated)}, which renders the same manifests as ${short(dry)}`,
    );
    expect(waitOutputs(result)).toMatchObject({ revision: later, 'hydrated-revision': hydrated });
  });
});

describe('(16.1) an app without the hydrator', () => {
  it('(16.1) has an empty hydrated-revision', async () => {
    const name = `plain-${++seq}`;
    await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
    await argo.addApp({ name, repo: `acme/${name}`, path: 'app' });
    const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
    const result = await waitForArgoCd(
      {
        server: argo.url,
        token: TOKEN,
        apps: [{ name }],
        expect: { revision: sha, acceptSuspended: false, degradedGraceMs: 60_000 },
        refresh: 'normal',
        sync: false,
        timeoutMs: 3_600_000,
      },
      { log: recordingLog(), clock: new ManualClock() },
    );
    expect(result.outcome).toBe('done');
    const outputs = waitOutputs(result);
    expect(outputs).toMatchObject({ revision: sha, 'hydrated-revision': '' });
    expect(JSON.parse(outputs.applications) as unknown[]).toEqual([
      expect.objectContaining({ revision: sha, hydratedRevision: '' }),
    ]);
    expect(result.apps[0]?.assessment.verdict.reason).toBe(`Synced and Healthy at ${short(sha)}`);
  });
});
