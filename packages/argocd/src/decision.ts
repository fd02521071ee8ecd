// The pure "is it done?" decision: one application's state plus what the caller expects gives
// done, failed or waiting, with the reason in words. No I/O and no clock: `now` and the memory of
// when a Degraded health started are passed in, so every rule is unit-testable.
import { WAIT_FOR_ARGOCD_INPUTS, type ArgoInputNames } from './inputs.js';
import {
  describeHydration,
  hydratedFrom,
  hydratedWaitingReason,
  hydrationOf,
  isHydratorApp,
  type Hydration,
} from './hydrator.js';
import { revisionMatches, shortSha } from './revision.js';
import type { Application, ResourceResult, RevisionHistory } from './types.js';

export interface Expectations {
  /** Lower-case hex SHA or a prefix of at least 7 characters; undefined accepts any revision. */
  revision?: string;
  acceptSuspended: boolean;
  degradedGraceMs: number;
  /**
   * What the wait learnt about other revisions the app was synced to (see `RevisionRelation`): one that
   * renders the expected revision's manifests counts as the expected one; a newer one that renders other
   * manifests means someone deployed over it.
   */
  related?: ReadonlyMap<string, RevisionRelation>;
  /** Set for an app whose sync the wait triggered itself: that sync must succeed for the app to be done. */
  ownSync?: OwnSync;
}

/**
 * A sync the wait triggered. Argo CD's answer names no operation id, so ours is told apart from the one
 * before it by the operation state: `before` is that state's `operationMark` when the sync was asked,
 * and `started` turns true once the app was seen with an operation running since.
 */
export interface OwnSync {
  before: string;
  started: boolean;
}

/** Where the sync the wait triggered is: not visible yet, running, or ended. */
export type OwnSyncState = 'pending' | 'running' | 'succeeded' | 'failed';

/**
 * How a synced revision that is not the expected one relates to it. In a GitOps repository shared by
 * several apps, a commit for another app that lands before Argo CD syncs ours makes the app sync at that
 * later commit: the expected SHA never shows, yet what runs is what it describes.
 */
export type RevisionRelation =
  { kind: 'same-manifests' } | { kind: 'newer'; committedAt: string } | { kind: 'older' };

/** What the decision remembers between two observations of the same app. */
export interface Memory {
  /** When the app was first seen Degraded at the expected revision, in the caller's clock. */
  degradedSince?: number;
}

export type FailureKind =
  'sync-failed' | 'hydration-failed' | 'degraded' | 'superseded' | 'deleted' | 'sync-window' | 'rollout';

/**
 * How the wait learnt that an app it follows no longer exists: a DELETED watch event or a 404, or
 * the bare "permission denied" Argo CD answers alike for a missing app and for one the token may not read.
 */
export type Disappearance = 'deleted' | 'denied';

export type AppVerdict =
  | { state: 'done'; reason: string }
  | { state: 'waiting'; reason: string }
  | { state: 'failed'; kind: FailureKind; reason: string; resources: ResourceResult[]; hint?: string };

/** The fields shown in logs, outputs and the summary. */
export interface Snapshot {
  sync: string;
  health: string;
  /** For a Source Hydrator app, the DRY commit the synced one was hydrated from ('' when Argo CD no longer says). */
  revision: string;
  /** For a Source Hydrator app, the hydrated commit Argo CD synced (`status.sync.revision`); else ''. */
  hydratedRevision?: string;
  operationPhase: string;
  message: string;
}

export interface AppAssessment {
  verdict: AppVerdict;
  memory: Memory;
  snapshot: Snapshot;
}

const RUNNING_PHASES = new Set(['Running', 'Terminating']);
const FAILED_PHASES = new Set(['Failed', 'Error']);

export { revisionMatches, shortSha };

export function snapshotOf(app: Application): Snapshot {
  const status = app.status ?? {};
  const op = status.operationState;
  const revision = status.sync?.revision ?? status.sync?.revisions?.join(',') ?? '';
  const hydrator = isHydratorApp(app) ? hydratedFrom(app) : undefined;
  return {
    sync: status.sync?.status ?? 'Unknown',
    health: status.health?.status ?? 'Unknown',
    revision: hydrator ? hydrator.dry : revision,
    ...(hydrator ? { hydratedRevision: hydrator.hydrated } : {}),
    operationPhase: op?.phase ?? '',
    message: op?.message ?? status.health?.message ?? '',
  };
}

/** Revisions the app is synced to: single-source, multi-source, and the last finished sync's result. */
export function syncedRevisions(app: Application): string[] {
  const status = app.status ?? {};
  const revs = [status.sync?.revision, ...(status.sync?.revisions ?? [])];
  const op = status.operationState;
  if (op?.phase === 'Succeeded') revs.push(op.syncResult?.revision, ...(op.syncResult?.revisions ?? []));
  return revs.filter((r): r is string => typeof r === 'string' && r !== '');
}

function operationRevisions(app: Application): string[] {
  const op = app.status?.operationState;
  return [
    op?.syncResult?.revision,
    ...(op?.syncResult?.revisions ?? []),
    op?.operation?.sync?.revision,
    ...(op?.operation?.sync?.revisions ?? []),
  ].filter((r): r is string => typeof r === 'string' && r !== '');
}

export function isOperationRunning(app: Application): boolean {
  return app.operation !== undefined || RUNNING_PHASES.has(app.status?.operationState?.phase ?? '');
}

function atExpectedRevision(app: Application, expect: Expectations): boolean {
  const expected = expect.revision;
  if (expected === undefined) return true;
  return syncedRevisions(app).some(
    (r) => revisionMatches(r, expected) || expect.related?.get(r)?.kind === 'same-manifests',
  );
}

/** What tells one operation state from another: when it started and ended, and how. */
export function operationMark(app: Application): string {
  const op = app.status?.operationState;
  if (!op) return '';
  const revision = op.syncResult?.revision ?? op.operation?.sync?.revision ?? '';
  return JSON.stringify([op.startedAt, op.finishedAt, op.phase, op.message, revision]);
}

export function ownSyncState(app: Application, own: OwnSync): OwnSyncState {
  if (isOperationRunning(app)) return 'running';
  if (!own.started && operationMark(app) === own.before) return 'pending';
  return FAILED_PHASES.has(app.status?.operationState?.phase ?? '') ? 'failed' : 'succeeded';
}

const WHO_DELETES = 'by a sync of its parent app, or by hand';

/**
 * The verdict for an app that is gone: no later state can satisfy the wait. `last` is the last state
 * seen; it keeps the revision, while sync and health say that nothing is there any more.
 */
export function assessGoneApp(last: Application, how: Disappearance): AppAssessment {
  const reason =
    how === 'deleted'
      ? `the application was deleted while waiting (${WHO_DELETES})`
      : `the application was deleted while waiting (${WHO_DELETES}), or the token lost access to it: ` +
        'Argo CD now answers permission denied, as it does for both';
  return {
    verdict: { state: 'failed', kind: 'deleted', reason, resources: [] },
    memory: {},
    snapshot: { ...snapshotOf(last), sync: 'Unknown', health: 'Missing', operationPhase: '', message: '' },
  };
}

/**
 * The verdict on one observation of an app. `inputs` names the caller's knobs a reason may suggest
 * turning (degraded grace, accept suspended).
 */
export function assessApp(
  app: Application,
  expect: Expectations,
  now: number,
  memory: Memory,
  inputs: ArgoInputNames = WAIT_FOR_ARGOCD_INPUTS,
): AppAssessment {
  const snapshot = snapshotOf(app);
  const verdictAndMemory = decide(app, snapshot, expect, now, memory, inputs);
  return { ...verdictAndMemory, snapshot };
}

function decide(
  app: Application,
  s: Snapshot,
  expect: Expectations,
  now: number,
  memory: Memory,
  inputs: ArgoInputNames,
): { verdict: AppVerdict; memory: Memory } {
  // Checked first: an app on its way out may still look Healthy, but its resources are being pruned.
  const deleting = app.metadata?.deletionTimestamp;
  if (deleting) {
    const reason = `the application is being deleted (since ${deleting}; ${WHO_DELETES})`;
    return { verdict: { state: 'failed', kind: 'deleted', reason, resources: [] }, memory };
  }
  const running = isOperationRunning(app);
  const own = expect.ownSync && ownSyncState(app, expect.ownSync);
  if (own === 'pending')
    return { verdict: { state: 'waiting', reason: 'sync requested, not started yet' }, memory };
  if (own === 'failed') return { verdict: operationFailure(app, ' (the sync this wait requested)'), memory };
  const hydration =
    expect.revision && isHydratorApp(app) ? hydrationOf(app, expect.revision, expect.related) : undefined;
  if (hydration?.kind === 'failed') {
    return {
      verdict: { state: 'failed', kind: 'hydration-failed', reason: hydration.reason, resources: [] },
      memory,
    };
  }
  const atRevision = hydration ? atHydrated(hydration) : atExpectedRevision(app, expect);
  const healthOk = s.health === 'Healthy' || (expect.acceptSuspended && s.health === 'Suspended');
  if (s.sync === 'Synced' && !running && atRevision && healthOk) {
    const reason =
      hydration?.kind === 'hydrated' ? hydratedDoneReason(s, hydration, expect) : doneReason(s, expect);
    return { verdict: { state: 'done', reason }, memory: {} };
  }
  const failure = hydration
    ? hydratorFailure(app, s, expect, hydration, running)
    : (syncFailure(app, expect, running) ?? superseded(app, expect) ?? jumpedOver(app, s, expect));
  if (failure) return { verdict: failure, memory };

  const degraded = s.health === 'Degraded' && atRevision && !running;
  if (!degraded) {
    const revisionNote = hydration ? hydrationNote(app, hydration) : revisionGap(app, s, expect);
    return {
      verdict: { state: 'waiting', reason: waitingReason(app, s, expect, inputs, revisionNote) },
      memory: {},
    };
  }
  return degradedVerdict(s, expect, now, memory, inputs);
}

/** Degraded at the expected revision: tolerated for the grace, then a failure. */
function degradedVerdict(
  s: Snapshot,
  expect: Expectations,
  now: number,
  memory: Memory,
  inputs: ArgoInputNames,
): { verdict: AppVerdict; memory: Memory } {
  const since = memory.degradedSince ?? now;
  if (now - since >= expect.degradedGraceMs) {
    const seconds = Math.round((now - since) / 100) / 10;
    const grace = inputs.degradedGrace ?? 'the grace for Degraded';
    const reason = `health Degraded for ${seconds}s, longer than ${grace} (${expect.degradedGraceMs / 1000}s)${
      s.message ? `: ${s.message}` : ''
    }`;
    return {
      verdict: { state: 'failed', kind: 'degraded', reason, resources: [] },
      memory: { degradedSince: since },
    };
  }
  // No countdown in the text: the log prints a line only when the reason changes.
  return {
    verdict: {
      state: 'waiting',
      reason: `health Degraded (tolerated for ${expect.degradedGraceMs / 1000}s)`,
    },
    memory: { degradedSince: since },
  };
}

function doneReason(s: Snapshot, expect: Expectations): string {
  const at = `Synced and ${s.health} at ${shortSha(s.revision) || 'the target revision'}`;
  const carried = expect.revision && !revisionMatches(s.revision, expect.revision);
  return carried ? `${at}, which renders the same manifests as ${shortSha(expect.revision!)}` : at;
}

/** A finished sync that failed, unless it was for another revision than the one we wait for. */
function syncFailure(app: Application, expect: Expectations, running: boolean): AppVerdict | undefined {
  const op = app.status?.operationState;
  if (running || !op || !FAILED_PHASES.has(op.phase ?? '')) return undefined;
  const opRevisions = operationRevisions(app);
  if (expect.revision && opRevisions.length > 0) {
    if (!opRevisions.some((r) => revisionMatches(r, expect.revision!))) return undefined;
  }
  return operationFailure(app, '');
}

/** The verdict on the app's last operation, which ended Failed or Error; `note` says whose it was. */
function operationFailure(app: Application, note: string): AppVerdict {
  const op = app.status?.operationState ?? {};
  const opRevisions = operationRevisions(app);
  const resources = (op.syncResult?.resources ?? []).filter(
    (r) => r.status === 'SyncFailed' || FAILED_PHASES.has(r.hookPhase ?? ''),
  );
  const at = opRevisions[0] ? ` at ${shortSha(opRevisions[0])}` : '';
  const reason = `sync operation ${op.phase}${at}${note}: ${op.message || 'no message'}`;
  return { state: 'failed', kind: 'sync-failed', reason, resources };
}

function historyRevision(entry: RevisionHistory): string[] {
  return [entry.revision, ...(entry.revisions ?? [])].filter((r): r is string => !!r);
}

/**
 * Someone deployed over the expected revision: it is in the history and a later entry with another
 * revision is what the app is synced to now. Waiting longer could never succeed.
 */
function superseded(app: Application, expect: Expectations): AppVerdict | undefined {
  const expected = expect.revision;
  if (!expected) return undefined;
  const history = app.status?.history ?? [];
  const ours = history.findIndex((h) => historyRevision(h).some((r) => revisionMatches(r, expected)));
  if (ours < 0) return undefined;
  const later = history
    .slice(ours + 1)
    .filter((h) => !historyRevision(h).some((r) => revisionMatches(r, expected)));
  const newest = later[later.length - 1];
  if (!newest) return undefined;
  const current = syncedRevisions(app);
  const newestRevs = historyRevision(newest);
  if (!current.some((c) => newestRevs.includes(c))) return undefined;
  const who = newest.initiatedBy?.automated
    ? 'automated sync'
    : newest.initiatedBy?.username
      ? newest.initiatedBy.username
      : 'unknown';
  const when = newest.deployedAt ? ` at ${newest.deployedAt}` : '';
  const reason =
    `a newer revision ${shortSha(newestRevs[0] ?? '')} was deployed over the expected ${shortSha(expected)}` +
    `${when} (by ${who})`;
  return { state: 'failed', kind: 'superseded', reason, resources: [] };
}

/**
 * Argo CD synced straight to a newer commit that renders other manifests for this app than the expected
 * one: the expected revision will never run here.
 */
function jumpedOver(app: Application, s: Snapshot, expect: Expectations): AppVerdict | undefined {
  if (!expect.revision || s.sync !== 'Synced' || isOperationRunning(app)) return undefined;
  const relation = expect.related?.get(s.revision);
  if (relation?.kind !== 'newer') return undefined;
  const reason =
    `a newer revision ${shortSha(s.revision)} (committed ${relation.committedAt}) is synced, and it renders ` +
    `other manifests for this app than the expected ${shortSha(expect.revision)}, which never ran on its own`;
  return { state: 'failed', kind: 'superseded', reason, resources: [] };
}

/** For an app without the hydrator: how its revision differs from the expected one, '' when it does not. */
function revisionGap(app: Application, s: Snapshot, expect: Expectations): string {
  if (!expect.revision || atExpectedRevision(app, expect)) return '';
  return `at ${shortSha(s.revision) || 'no revision'}, expected ${shortSha(expect.revision)}`;
}

function waitingReason(
  app: Application,
  s: Snapshot,
  expect: Expectations,
  inputs: ArgoInputNames,
  revisionNote: string,
): string {
  const parts: string[] = [];
  // The hydrator comes first: until it has hydrated the commit, nothing else can move.
  if (revisionNote && s.hydratedRevision !== undefined) parts.push(revisionNote);
  if (isOperationRunning(app)) parts.push(`sync operation ${s.operationPhase || 'requested'}`);
  if (s.sync !== 'Synced') parts.push(`sync ${s.sync}`);
  if (revisionNote && s.hydratedRevision === undefined) parts.push(revisionNote);
  if (s.health === 'Suspended' && !expect.acceptSuspended) {
    const accept = inputs.acceptSuspended ? `; set ${inputs.acceptSuspended} to treat this as done` : '';
    parts.push(`health Suspended (paused${accept})`);
  } else if (s.health !== 'Healthy') parts.push(`health ${s.health}`);
  return parts.join(', ') || 'waiting for the next reconciliation';
}

type Hydrated = Hydration & { kind: 'hydrated' };

/** A hydrator app is at the expected revision once synced to its hydrated commit, compared since. */
function atHydrated(h: Hydration): boolean {
  return h.kind === 'hydrated' && h.synced && h.fresh;
}

function hydratedDoneReason(s: Snapshot, h: Hydrated, expect: Expectations): string {
  const at = `Synced and ${s.health} at ${describeHydration(h.dry, h.hydrated)}`;
  return h.carried ? `${at}, which renders the same manifests as ${shortSha(expect.revision!)}` : at;
}

/**
 * Sync failures and deploys over ours, judged at the hydrated commit of the expected dry one: the
 * operations and the history name hydrated commits. Before hydration no sync can be ours.
 */
function hydratorFailure(
  app: Application,
  s: Snapshot,
  expect: Expectations,
  h: Hydration,
  running: boolean,
): AppVerdict | undefined {
  if (h.kind === 'superseded') {
    if (s.sync !== 'Synced' || running) return undefined;
    return { state: 'failed', kind: 'superseded', reason: h.reason, resources: [] };
  }
  if (h.kind !== 'hydrated') return undefined;
  const atHydratedCommit = { ...expect, revision: h.hydrated, related: undefined };
  return syncFailure(app, atHydratedCommit, running) ?? superseded(app, atHydratedCommit);
}

function hydrationNote(app: Application, h: Hydration): string {
  if (h.kind === 'hydrated') return hydratedWaitingReason(app, h);
  return h.kind === 'pending' ? h.reason : '';
}
