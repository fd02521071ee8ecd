// (14.4) Argo Rollouts depth against the Argo CD stand-in: a canary aborted by its analysis is reported
// with its AnalysisRun (metric, phase, failed measurements, message); `rollout-timeout` fails a canary
// that has not finished its steps; `rollout-action` promotes or aborts a paused canary through Argo CD's
// resource actions, and a 403 on the action says which RBAC line to add.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import {
  analysisReport,
  describeAnalysis,
  failureHint,
  renderWaitSummary,
  rolloutProgress,
  waitForArgoCd,
  waitOutputs,
  type ArgoWaitRequest,
} from '@gitops-actions/argocd';
import type { Clock, Logger } from '@gitops-actions/kit';
import { startArgoCd, type ArgoAppBehaviour, type ArgoCdServer } from '@gitops-actions/standin-argocd';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';
import { fixturePath } from '@gitops-actions/testkit';

const TOKEN = 'rollout-depth-token';
const READ_ONLY = 'rollout-read-only-token';
const PAUSED = fixturePath('argocd', 'rollouts', 'suspended_v1.0_pausedRollout.yaml');

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
  root = await mkdtemp(path.join(tmpdir(), 'argocd-rollouts-'));
  argo = await startArgoCd({
    gitRoot: root,
    token: TOKEN,
    reconcileMs: 50,
    readOnlyTokens: { [READ_ONLY]: ['roll-ro'] },
  });
});

afterAll(async () => {
  await argo.close();
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
});

afterEach(() => expect(argo.violations).toEqual([]));

/** An auto-synced app whose workload is a canary Rollout, with a new commit it will deploy. */
async function canary(behaviour: ArgoAppBehaviour['rollout'], name = `roll-${++seq}`) {
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour: { rollout: behaviour } });
  const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
  argo.stats.reset();
  const request = (extra: Partial<ArgoWaitRequest> = {}): ArgoWaitRequest => ({
    server: argo.url,
    token: TOKEN,
    apps: [{ name }],
    expect: { revision: sha, acceptSuspended: false, degradedGraceMs: 60_000 },
    refresh: 'normal',
    sync: false,
    timeoutMs: 3_600_000,
    ...extra,
  });
  return { name, sha, request };
}

describe('(14.4) a canary that aborts', () => {
  it('(14.4) reports the AnalysisRun: metric, phase, failed measurements and message', async () => {
    const clock = new ManualClock();
    const { name, request } = await canary({
      fixture: PAUSED,
      stepMs: 50,
      analysis: { failAtStep: 1, metric: 'success-rate', values: ['[0.42]', '[0.51]'] },
    });
    const req = request();
    const result = await waitForArgoCd(req, { log: recordingLog(), clock });
    expect(result.outcome).toBe('failed');
    const app = result.apps[0]!;
    expect(app.assessment.verdict).toMatchObject({ state: 'failed', kind: 'rollout' });
    expect(app.assessment.verdict.reason).toContain(`Rollout ${name}, step 2 of 8, weight 21%, aborted`);
    expect(app.analysis).toHaveLength(1);
    const run = app.analysis![0]!;
    expect(run.name.startsWith(`${name}-`)).toBe(true);
    expect(run).toMatchObject({
      phase: 'Failed',
      message: 'Metric "success-rate" assessed Failed due to failed (2) > failureLimit (1)',
    });
    expect(run.metrics).toEqual([
      {
        name: 'success-rate',
        phase: 'Failed',
        message: '',
        measurements: [
          expect.objectContaining({ phase: 'Failed', value: '[0.42]' }),
          expect.objectContaining({ phase: 'Failed', value: '[0.51]' }),
        ],
      },
    ]);
    expect(run.metrics[0]!.measurements[0]!.startedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(result.message).toContain(
      `  - AnalysisRun ${run.name}: Failed — Metric "success-rate" assessed Failed`,
    );
    expect(result.message).toMatch(/\n {2}- {3}metric success-rate: Failed\n/);
    expect(result.message).toMatch(/Failed value \[0\.42\] at \S+Z → \S+Z/);
    expect(renderWaitSummary(result, argo.url)).toContain('metric success-rate: Failed');
    const output = JSON.parse(waitOutputs(result).applications) as { analysis: typeof app.analysis }[];
    expect(output[0]?.analysis?.[0]?.metrics[0]?.name).toBe('success-rate');
    expect(failureHint(result, req)).toContain('Check the Rollout and its analysis above');
    // Read through GET .../resource with the AnalysisRun's group and kind.
    const reads = argo.stats.log.filter((r) => r.route === 'resource' && r.query['kind'] === 'AnalysisRun');
    expect(reads[0]?.query).toMatchObject({
      group: 'argoproj.io',
      version: 'v1alpha1',
      resourceName: run.name,
    });
  });
});

describe('(14.4) rollout-timeout', () => {
  it('(14.4) a canary that has not finished its steps in time fails with its step and weight', async () => {
    const clock = new ManualClock();
    const { name, request } = await canary({ fixture: PAUSED, stepMs: 50, pauseIndefinitely: true });
    const log = recordingLog();
    const waiting = waitForArgoCd(request({ rolloutTimeoutMs: 15 * 60_000 }), { log, clock });
    await log.seen(new RegExp(`^${name}: Rollout ${name}, step 2 of 8, weight 21%, paused`));
    clock.advance(15 * 60_000);
    const result = await waiting;
    expect(result.outcome).toBe('failed');
    expect(result.apps[0]?.assessment.verdict).toMatchObject({ kind: 'rollout' });
    expect(result.message).toContain(
      `${name}: Rollout ${name}, step 2 of 8, weight 21%, paused, CanaryPauseStep: not finished after 15m, ` +
        'longer than rollout-timeout (15m)',
    );
  });
});

describe('(14.4) rollout-action on a paused canary', () => {
  it("(14.4) promote runs Argo CD's resume action, once, and the canary finishes", async () => {
    const { name, request } = await canary({ fixture: PAUSED, stepMs: 50, pauseIndefinitely: true });
    const log = recordingLog();
    const result = await waitForArgoCd(request({ rolloutAction: 'promote' }), {
      log,
      clock: new ManualClock(),
    });
    expect(result.outcome).toBe('done');
    const actions = argo.stats.log.filter((r) => r.route === 'action');
    expect(actions).toEqual([
      {
        method: 'POST',
        route: 'action',
        app: name,
        body: 'resume',
        query: {
          resourceName: name,
          kind: 'Rollout',
          namespace: name,
          group: 'argoproj.io',
          version: 'v1alpha1',
        },
      },
    ]);
    expect(log.lines).toContain(
      `${name}: Rollout ${name}, step 2 of 8, weight 21%, paused, CanaryPauseStep; running Argo CD's \`resume\` action (rollout-action: promote)`,
    );
    expect(log.lines.some((l) => new RegExp(`Rollout ${name}, all 8 steps done`).test(l))).toBe(true);
  });

  it("(14.4) abort runs Argo CD's abort action and fails the step, saying so", async () => {
    const { name, request } = await canary({ fixture: PAUSED, stepMs: 50, pauseIndefinitely: true });
    const result = await waitForArgoCd(request({ rolloutAction: 'abort' }), {
      log: recordingLog(),
      clock: new ManualClock(),
    });
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain(
      `${name}: Rollout ${name}, step 2 of 8, weight 21%, paused, CanaryPauseStep: aborted as \`rollout-action: abort\` asked`,
    );
    const actions = argo.stats.log.filter((r) => r.route === 'action');
    expect(actions.map((a) => a.body)).toEqual(['abort']);
    expect((argo.app(name)['status'] as { health: { status: string } }).health.status).toBe('Degraded');
  });

  it('(14.4) a 403 on the action names the RBAC line to add', async () => {
    const { name, request } = await canary(
      { fixture: PAUSED, stepMs: 50, pauseIndefinitely: true },
      'roll-ro',
    );
    const req = request({ token: READ_ONLY, rolloutAction: 'promote' });
    const result = await waitForArgoCd(req, { log: recordingLog(), clock: new ManualClock() });
    expect(result.outcome).toBe('failed');
    expect(result.message).toContain(
      `${name}: could not run \`resume\` on Rollout ${name}: POST ${argo.url}/api/v1/applications/${name}/resource/actions answered 403: ` +
        "'permission denied: applications, action/argoproj.io/Rollout/resume",
    );
    expect(failureHint(result, req)).toBe(
      "The token may not run that action: add to argocd-rbac-cm, for the token's role, " +
        `\`p, <role>, applications, action/argoproj.io/Rollout/resume, default/${name}, allow\`.`,
    );
  });
});

describe('(14.4) rolloutProgress and analysisReport', () => {
  const fixture = (name: string): unknown =>
    parse(readFileSync(fixturePath('argocd', 'rollouts', `${name}.yaml`), 'utf8'));

  it('an aborted canary is aborted, not paused', () => {
    expect(rolloutProgress(fixture('degraded_abortedRollout'))).toMatchObject({ aborted: true, gate: false });
  });

  it('a pause: {} step is a manual gate; a timed pause is not', () => {
    expect(rolloutProgress(fixture('suspended_v1.0_pausedRollout'))).toMatchObject({
      paused: true,
      gate: true,
    });
    const timed = fixture('suspended_v1.0_pausedRollout') as { status: { currentStepIndex: number } };
    timed.status.currentStepIndex = 3;
    expect(rolloutProgress(timed)).toMatchObject({ paused: true, gate: false });
  });

  it('describes a run whose metric errored, with measurement messages', () => {
    const report = analysisReport({
      metadata: { name: 'api-7c9-3' },
      status: {
        phase: 'Error',
        metricResults: [
          { name: 'latency', phase: 'Successful', measurements: [{ phase: 'Successful', value: '12' }] },
          {
            name: 'errors',
            phase: 'Error',
            message: 'Post "http://prometheus:9090": dial tcp: connection refused',
            measurements: [
              { phase: 'Error', startedAt: '2026-03-02T09:00:00Z', message: 'connection refused' },
            ],
          },
        ],
      },
    });
    expect(describeAnalysis(report)).toEqual([
      'AnalysisRun api-7c9-3: Error',
      '  metric errors: Error — Post "http://prometheus:9090": dial tcp: connection refused',
      '    Error value (none) at 2026-03-02T09:00:00Z — connection refused',
    ]);
  });
});
