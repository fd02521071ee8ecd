import {
  assessApp,
  assessGoneApp,
  revisionMatches,
  type Application,
  type Expectations,
} from '@gitops-actions/argocd';

const SHA = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const NEW = 'c'.repeat(40);
const expect7: Expectations = { revision: SHA.slice(0, 7), acceptSuspended: false, degradedGraceMs: 1000 };

function app(status: NonNullable<Application['status']>, extra: Partial<Application> = {}): Application {
  return { metadata: { name: 'api' }, ...extra, status };
}

const synced = (revision: string, health = 'Healthy') =>
  app({ sync: { status: 'Synced', revision }, health: { status: health } });

describe('assessApp', () => {
  it('is done when Synced and Healthy at the expected revision (prefix match)', () => {
    expect(assessApp(synced(SHA), expect7, 0, {}).verdict.state).toBe('done');
  });

  it('waits while synced to another revision', () => {
    const v = assessApp(synced(OLD), expect7, 0, {}).verdict;
    expect(v).toEqual({ state: 'waiting', reason: `at ${OLD.slice(0, 7)}, expected ${SHA.slice(0, 7)}` });
  });

  it('accepts any revision when none is expected', () => {
    expect(assessApp(synced(OLD), { acceptSuspended: false, degradedGraceMs: 0 }, 0, {}).verdict.state).toBe(
      'done',
    );
  });

  it('matches multi-source revisions[]', () => {
    const a = app({ sync: { status: 'Synced', revisions: [OLD, SHA] }, health: { status: 'Healthy' } });
    expect(assessApp(a, expect7, 0, {}).verdict.state).toBe('done');
  });

  it('waits while an operation runs even if the status already says Synced', () => {
    const a = app(
      {
        sync: { status: 'Synced', revision: SHA },
        health: { status: 'Healthy' },
        operationState: { phase: 'Running' },
      },
      { operation: { sync: { revision: SHA } } },
    );
    expect(assessApp(a, expect7, 0, {}).verdict.state).toBe('waiting');
  });

  it('treats Suspended as done only when accepted', () => {
    expect(assessApp(synced(SHA, 'Suspended'), expect7, 0, {}).verdict.state).toBe('waiting');
    expect(
      assessApp(synced(SHA, 'Suspended'), { ...expect7, acceptSuspended: true }, 0, {}).verdict.state,
    ).toBe('done');
  });

  it('fails on a failed sync of the expected revision, with the failing resources', () => {
    const a = app({
      sync: { status: 'OutOfSync', revision: SHA },
      health: { status: 'Healthy' },
      operationState: {
        phase: 'Failed',
        message: 'one or more objects failed to apply',
        syncResult: {
          revision: SHA,
          resources: [
            { kind: 'Deployment', name: 'api', status: 'SyncFailed', message: 'denied' },
            { kind: 'Service', name: 'api', status: 'Synced' },
          ],
        },
      },
    });
    const v = assessApp(a, expect7, 0, {}).verdict;
    expect(v.state).toBe('failed');
    if (v.state !== 'failed') return;
    expect(v.kind).toBe('sync-failed');
    expect(v.reason).toBe(`sync operation Failed at ${SHA.slice(0, 7)}: one or more objects failed to apply`);
    expect(v.resources).toEqual([
      { kind: 'Deployment', name: 'api', status: 'SyncFailed', message: 'denied' },
    ]);
  });

  it('ignores a failed sync of an older revision', () => {
    const a = app({
      sync: { status: 'OutOfSync', revision: SHA },
      health: { status: 'Healthy' },
      operationState: { phase: 'Error', syncResult: { revision: OLD } },
    });
    expect(assessApp(a, expect7, 0, {}).verdict.state).toBe('waiting');
  });

  it('tolerates Degraded within the grace and fails after it', () => {
    const degraded = synced(SHA, 'Degraded');
    const first = assessApp(degraded, expect7, 1000, {});
    expect(first.verdict.state).toBe('waiting');
    expect(first.memory.degradedSince).toBe(1000);
    expect(assessApp(degraded, expect7, 1999, first.memory).verdict.state).toBe('waiting');
    const late = assessApp(degraded, expect7, 2000, first.memory).verdict;
    expect(late).toMatchObject({ state: 'failed', kind: 'degraded' });
  });

  it('forgets a Degraded spell once health recovers', () => {
    const recovered = assessApp(synced(SHA, 'Progressing'), expect7, 5000, { degradedSince: 0 });
    expect(recovered.memory).toEqual({});
  });

  it('does not count Degraded at an old revision against the grace', () => {
    const e = assessApp(synced(OLD, 'Degraded'), expect7, 10_000, { degradedSince: 0 });
    expect(e.verdict.state).toBe('waiting');
  });

  it('fails when a newer revision was deployed over the expected one', () => {
    const a = app({
      sync: { status: 'Synced', revision: NEW },
      health: { status: 'Healthy' },
      history: [
        { id: 0, revision: OLD },
        { id: 1, revision: SHA },
        { id: 2, revision: NEW, deployedAt: '2024-01-01T00:00:00Z', initiatedBy: { username: 'alice' } },
      ],
    });
    const v = assessApp(a, expect7, 0, {}).verdict;
    expect(v).toMatchObject({ state: 'failed', kind: 'superseded' });
    expect(v.reason).toBe(
      `a newer revision ${NEW.slice(0, 7)} was deployed over the expected ${SHA.slice(0, 7)} at 2024-01-01T00:00:00Z (by alice)`,
    );
  });

  it('does not call a revision newer when the expected one was never deployed', () => {
    const a = app({
      sync: { status: 'Synced', revision: OLD },
      health: { status: 'Healthy' },
      history: [{ id: 0, revision: OLD }],
    });
    expect(assessApp(a, expect7, 0, {}).verdict.state).toBe('waiting');
  });

  it('fails an app that is being deleted, even while it still looks Synced and Healthy', () => {
    const a: Application = {
      ...synced(SHA),
      metadata: { name: 'api', deletionTimestamp: '2024-01-01T00:00:00Z' },
    };
    expect(assessApp(a, expect7, 0, {}).verdict).toEqual({
      state: 'failed',
      kind: 'deleted',
      reason:
        'the application is being deleted (since 2024-01-01T00:00:00Z; by a sync of its parent app, or by hand)',
      resources: [],
    });
  });
});

describe('assessGoneApp', () => {
  const last = app({
    sync: { status: 'OutOfSync', revision: SHA },
    health: { status: 'Progressing' },
    operationState: { phase: 'Running', message: 'one or more tasks are running' },
  });

  it('fails a deleted app, keeping its last revision and saying nothing is there any more', () => {
    expect(assessGoneApp(last, 'deleted')).toEqual({
      verdict: {
        state: 'failed',
        kind: 'deleted',
        reason: 'the application was deleted while waiting (by a sync of its parent app, or by hand)',
        resources: [],
      },
      memory: {},
      snapshot: { sync: 'Unknown', health: 'Missing', revision: SHA, operationPhase: '', message: '' },
    });
  });

  it('says that permission denied may also mean the token lost access', () => {
    const v = assessGoneApp(last, 'denied').verdict;
    expect(v).toMatchObject({ state: 'failed', kind: 'deleted' });
    expect(v.reason).toMatch(/^the application was deleted while waiting .*, or the token lost access to it/);
  });
});

describe('revisionMatches', () => {
  it('matches case-insensitive prefixes only', () => {
    expect(revisionMatches(SHA, 'AAAAAAA')).toBe(true);
    expect(revisionMatches(SHA, 'aaaaaab')).toBe(false);
    expect(revisionMatches(undefined, 'aaaaaaa')).toBe(false);
  });
});

describe('assessApp with what the wait learnt about other revisions', () => {
  const related = (kind: 'same-manifests' | 'older' | 'newer') =>
    new Map([[NEW, kind === 'newer' ? { kind, committedAt: '2026-11-22T10:00:00Z' } : { kind }]]);

  it('is done at a later commit that renders the same manifests (a commit for another app landed first)', () => {
    const v = assessApp(synced(NEW), { ...expect7, related: related('same-manifests') }, 0, {}).verdict;
    expect(v).toEqual({
      state: 'done',
      reason: `Synced and Healthy at ${NEW.slice(0, 7)}, which renders the same manifests as ${SHA.slice(0, 7)}`,
    });
  });

  it('fails at a newer commit that renders other manifests: the expected one will never run', () => {
    const v = assessApp(synced(NEW), { ...expect7, related: related('newer') }, 0, {}).verdict;
    expect(v).toMatchObject({ state: 'failed', kind: 'superseded' });
    expect(v.reason).toContain(
      `a newer revision ${NEW.slice(0, 7)} (committed 2026-11-22T10:00:00Z) is synced`,
    );
  });

  it('keeps waiting at an older commit, and while the relation is unknown', () => {
    expect(assessApp(synced(NEW), { ...expect7, related: related('older') }, 0, {}).verdict.state).toBe(
      'waiting',
    );
    expect(assessApp(synced(NEW), expect7, 0, {}).verdict.state).toBe('waiting');
  });
});
