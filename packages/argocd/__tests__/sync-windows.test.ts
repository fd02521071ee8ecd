// (14.2) Sync windows against the Argo CD stand-in, on a clock the test moves: a window that blocks the
// sync the wait needs is named at once with when it opens; `sync-window: wait` waits for it when it opens
// before the deadline; Argo CD's 403 for a blocked sync is the window, not a permission.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  failureHint,
  renderWaitSummary,
  waitForArgoCd,
  waitOutputs,
  type ArgoWaitRequest,
  type WaitResult,
} from '@gitops-actions/argocd';
import type { Clock, Logger } from '@gitops-actions/kit';
import { startArgoCd, type StandInSyncWindow } from '@gitops-actions/standin-argocd';
import { commitFiles, createBareRepo } from '@gitops-actions/standin-git-server';

const TOKEN = 'sync-windows-token';
const HOUR = 3_600_000;
/** Monday 2 March 2026, 09:00 UTC: 10:00 in Berlin (UTC+1, no DST change near). */
const MONDAY_9 = Date.parse('2026-03-02T09:00:00Z');
/** 08:00 to 18:00 Berlin time: 07:00Z to 17:00Z. */
const WORKDAY_FREEZE: StandInSyncWindow = {
  kind: 'deny',
  schedule: '0 8 * * *',
  duration: '10h',
  applications: ['*'],
  timeZone: 'Europe/Berlin',
};

/** A clock that moves only when the test says; the stand-in judges its windows on it too. */
class ManualClock implements Clock {
  private sleepers: { at: number; wake: () => void }[] = [];
  constructor(private time: number) {}
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

function recordingLog(): Logger & { lines: string[]; seen(pattern: RegExp): Promise<string> } {
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const add = (line: string) => {
    lines.push(line);
    for (const w of waiters.filter((x) => x.pattern.test(line))) w.resolve(line);
  };
  return {
    lines,
    info: add,
    warning: add,
    debug: () => {},
    seen: (pattern) =>
      new Promise((resolve) => {
        const found = lines.find((l) => pattern.test(l));
        if (found) resolve(found);
        else waiters.push({ pattern, resolve });
      }),
  };
}

let root: string;
let seq = 0;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'argocd-windows-'));
});

afterAll(() => rm(root, { recursive: true, force: true, maxRetries: 5 }));

/** A stand-in with `windows` judged on `clock`, and one app without auto-sync with a new commit to sync. */
async function scenario(windows: StandInSyncWindow[], clock: ManualClock, autoSync = false) {
  const argo = await startArgoCd({
    gitRoot: root,
    token: TOKEN,
    reconcileMs: 50,
    syncWindows: windows,
    windowClock: () => clock.now(),
  });
  const name = `win-${++seq}`;
  await createBareRepo(root, `acme/${name}`, { 'app/values.yaml': 'tag: 1\n' });
  await argo.addApp({ name, repo: `acme/${name}`, path: 'app', behaviour: { autoSync } });
  const sha = await commitFiles(root, `acme/${name}`, { 'app/values.yaml': 'tag: 2\n' });
  await argo.refreshAll();
  argo.stats.reset();
  const request = (extra: Partial<ArgoWaitRequest> = {}): ArgoWaitRequest => ({
    server: argo.url,
    token: TOKEN,
    apps: [{ name }],
    expect: { revision: sha, acceptSuspended: false, degradedGraceMs: 30_000 },
    refresh: 'none',
    sync: !autoSync,
    timeoutMs: 12 * HOUR,
    ...extra,
  });
  return { argo, name, sha, request };
}

function only(result: WaitResult) {
  expect(result.apps).toHaveLength(1);
  return result.apps[0]!;
}

describe('(14.2) a sync window that blocks the sync', () => {
  it('(14.2) a deny window blocking now fails at once with its kind, schedule, duration, zone and next opening', async () => {
    const clock = new ManualClock(MONDAY_9);
    const { argo, name, request } = await scenario([WORKDAY_FREEZE], clock);
    try {
      const req = request();
      const result = await waitForArgoCd(req, { log: recordingLog(), clock });
      expect(result.outcome).toBe('failed');
      expect(result.message).toBe(
        `${name}: a deny sync window blocks the sync this wait would trigger: deny "0 8 * * *" for 10h ` +
          '(Europe/Berlin); it next opens at 2026-03-02 18:00 Europe/Berlin (2026-03-02T17:00:00.000Z, in 8h)',
      );
      expect(only(result).assessment.verdict).toMatchObject({ state: 'failed', kind: 'sync-window' });
      expect(only(result).window).toMatchObject({
        opensAt: Date.parse('2026-03-02T17:00:00Z'),
        manual: true,
      });
      expect(failureHint(result, req)).toContain('Set `sync-window: wait` to wait for the window');
      expect(waitOutputs(result)['sync-window-opens']).toBe('2026-03-02T17:00:00.000Z');
      const summary = renderWaitSummary(result, argo.url);
      expect(summary).toContain(
        '| Application | Sync window | Schedule | Duration | Time zone | Next open (UTC) |',
      );
      expect(summary).toContain(
        `| \`${name}\` | deny | \`0 8 * * *\` | 10h | Europe/Berlin | 2026-03-02T17:00:00.000Z |`,
      );
      // No sync was asked: the window was read first, then the project for its time zone.
      expect(argo.stats.byRoute).toEqual({ get: 1, syncwindows: 1, project: 1 });
      expect(argo.violations).toEqual([]);
    } finally {
      await argo.close();
    }
  });

  it('(14.2) an automated sync blocked by allow windows none of which is open (Sun-Thu 10:00-16:00)', async () => {
    const friday = Date.parse('2026-03-06T12:00:00Z');
    const clock = new ManualClock(friday);
    const allow: StandInSyncWindow = {
      kind: 'allow',
      schedule: '0 10 * * 0-4',
      duration: '6h',
      applications: ['win-*'],
    };
    const { argo, name, request } = await scenario([allow], clock, true);
    try {
      const result = await waitForArgoCd(request(), { log: recordingLog(), clock });
      expect(result.message).toBe(
        `${name}: no allow sync window is open for the automated sync: allow "0 10 * * 0-4" for 6h (UTC); ` +
          'it next opens at 2026-03-08 10:00 UTC (2026-03-08T10:00:00.000Z, in 46h)',
      );
      // The stand-in's controller held its auto-sync back too.
      expect((argo.app(name)['status'] as { sync: { status: string } }).sync.status).toBe('OutOfSync');
      expect(argo.violations).toEqual([]);
    } finally {
      await argo.close();
    }
  });

  it('(14.2) sync-window: wait waits (on the clock) for a window that opens before the deadline, then syncs', async () => {
    const clock = new ManualClock(Date.parse('2026-03-02T16:30:00Z'));
    const { argo, name, request } = await scenario([WORKDAY_FREEZE], clock);
    try {
      const log = recordingLog();
      const waiting = waitForArgoCd(request({ syncWindow: 'wait' }), { log, clock });
      const line = await log.seen(/waiting .* for it$/);
      expect(line).toBe(
        `${name}: a deny sync window blocks the sync this wait would trigger: deny "0 8 * * *" for 10h ` +
          '(Europe/Berlin); it next opens at 2026-03-02 18:00 Europe/Berlin (2026-03-02T17:00:00.000Z, in 30m); ' +
          'waiting 30m1s for it',
      );
      expect(argo.stats.byRoute['sync']).toBeUndefined();
      clock.advance(30 * 60_000 + 1000);
      const result = await waiting;
      expect(result.outcome).toBe('done');
      expect(log.lines).toContain(`${name}: sync requested`);
      expect(argo.stats.byRoute).toMatchObject({ syncwindows: 2, sync: 1 });
      expect(waitOutputs(result)['sync-window-opens']).toBe('');
      expect(argo.violations).toEqual([]);
    } finally {
      await argo.close();
    }
  });

  it('(14.2) sync-window: wait fails at once when the window opens only after the deadline, saying when', async () => {
    const clock = new ManualClock(MONDAY_9);
    const { argo, name, request } = await scenario([WORKDAY_FREEZE], clock);
    try {
      const req = request({ syncWindow: 'wait', timeoutMs: 10 * 60_000 });
      const result = await waitForArgoCd(req, { log: recordingLog(), clock });
      expect(result.outcome).toBe('failed');
      expect(result.message).toContain(
        `${name}: a deny sync window blocks the sync this wait would trigger: deny "0 8 * * *" for 10h (Europe/Berlin); ` +
          'it next opens at 2026-03-02 18:00 Europe/Berlin (2026-03-02T17:00:00.000Z, in 8h)',
      );
      expect(result.message).toContain("(after the wait's `timeout` (10m) ends at 2026-03-02T09:10:00.000Z)");
      expect(argo.stats.byRoute['sync']).toBeUndefined();
    } finally {
      await argo.close();
    }
  });

  it("(14.2) a window with manualSync lets the wait's own sync through", async () => {
    const clock = new ManualClock(MONDAY_9);
    const { argo, request } = await scenario([{ ...WORKDAY_FREEZE, manualSync: true }], clock);
    try {
      const result = await waitForArgoCd(request(), { log: recordingLog(), clock });
      expect(result.outcome).toBe('done');
      expect(argo.stats.byRoute).toMatchObject({ syncwindows: 1, sync: 1 });
      expect(argo.stats.byRoute['project']).toBeUndefined();
      expect(argo.violations).toEqual([]);
    } finally {
      await argo.close();
    }
  });
});

describe('(14.2) when the windows cannot be read', () => {
  it.each([403, 404])(
    '(14.2) syncwindows answering %i: the wait carries on without them, saying so once',
    async (status) => {
      const clock = new ManualClock(MONDAY_9);
      const { argo, request } = await scenario([], clock);
      argo.fault({ kind: 'status', status, routes: ['syncwindows'] });
      try {
        const log = recordingLog();
        const result = await waitForArgoCd(request(), { log, clock });
        expect(result.outcome).toBe('done');
        const said = log.lines.filter((l) => /sync windows are not readable/.test(l));
        expect(said).toHaveLength(1);
        expect(said[0]).toContain(`answered ${status}`);
        expect(said[0]).toContain('carrying on without them');
      } finally {
        await argo.close();
      }
    },
  );

  it("(14.2) Argo CD's 403 for a sync a window blocks is reported as the window, not as a permission", async () => {
    const clock = new ManualClock(MONDAY_9);
    const { argo, name, request } = await scenario([WORKDAY_FREEZE], clock);
    // An Argo CD without the syncwindows route: the sync itself is what the window refuses.
    argo.fault({ kind: 'status', status: 404, routes: ['syncwindows'] });
    try {
      const req = request();
      const result = await waitForArgoCd(req, { log: recordingLog(), clock });
      expect(result.outcome).toBe('failed');
      expect(result.message).toBe(
        `${name}: Argo CD refused the sync this wait would trigger: 'Cannot sync: Blocked by sync window' ` +
          "(the app's sync windows are not readable, so when it opens is unknown)",
      );
      expect(result.message).not.toMatch(/permission/);
      expect(only(result).assessment.verdict).toMatchObject({ kind: 'sync-window' });
      expect(failureHint(result, req)).toContain('`sync-window: wait`');
      expect(argo.stats.byRoute['sync']).toBe(1);
      expect(argo.violations).toEqual([]);
    } finally {
      await argo.close();
    }
  });
});
