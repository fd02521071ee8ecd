// Relating a revision the app settled at to the expected one. In a GitOps repository shared by several
// apps, Argo CD may sync ours at a later commit made for another app: the expected SHA never shows, yet
// what runs is what it describes. Argo CD's rendered manifests tell the two cases apart.
import type { ArgoApi } from './client.js';
import { isOperationRunning, revisionMatches, snapshotOf, type RevisionRelation } from './decision.js';
import { hydratedDryToRelate, isHydratorApp } from './hydrator.js';
import type { WaitContext, Tracker } from './tracker.js';
import type { Application, AppRef } from './types.js';

/**
 * The app settled Synced at a revision that is not the expected one: ask Argo CD, once per revision,
 * whether it renders the expected revision's manifests (then what runs is what we wait for) and, if not,
 * whether it is newer (then the expected one will never run). An older one is simply waited past.
 */
export function relateRevision(ctx: WaitContext, t: Tracker): void {
  const expected = ctx.opts.expect.revision;
  const s = snapshotOf(t.app);
  // A hydrator app is compared by its dry commits: Argo CD renders a hydrator app's dry source.
  const revision = isHydratorApp(t.app) ? hydratedDryToRelate(t.app) : s.revision;
  if (!expected || s.sync !== 'Synced' || isOperationRunning(t.app) || !revision) return;
  // Before Argo CD has compared the app again (after the wait's refresh), a state at an older commit is
  // the usual case and costs no requests; only a revision it chose since then is worth asking about.
  if (comparisonMark(t.app) === t.startMark) return;
  if (revisionMatches(revision, expected) || t.related.has(revision)) return;
  t.related.set(revision, undefined);
  ctx.inBackground(
    relation(ctx.api, t.ref, expected, revision, ctx.deadline).then(
      (found) => {
        t.related.set(revision, found);
        ctx.observe(t, t.app, false);
      },
      // Not asked again (every tick would): if Argo CD cannot render the expected commit, the app is at an
      // older revision it fetched before ours, and syncing ours later ends the wait the usual way.
      () => undefined,
    ),
  );
}

/** The relations learnt so far, for the decision; comparisons still running are left out. */
export function knownRelations(t: Tracker): Map<string, RevisionRelation> {
  return new Map([...t.related].filter((e): e is [string, RevisionRelation] => !!e[1]));
}

async function relation(
  api: ArgoApi,
  ref: AppRef,
  expected: string,
  revision: string,
  signal: AbortSignal,
): Promise<RevisionRelation> {
  const [ours, theirs] = await Promise.all([
    api.manifests(ref, expected, signal),
    api.manifests(ref, revision, signal),
  ]);
  if (sameManifests(ours, theirs)) return { kind: 'same-manifests' };
  const [oursAt, theirsAt] = await Promise.all([
    api.revisionDate(ref, expected, signal),
    api.revisionDate(ref, revision, signal),
  ]);
  const newer = oursAt && theirsAt && Date.parse(theirsAt) > Date.parse(oursAt);
  return newer ? { kind: 'newer', committedAt: theirsAt } : { kind: 'older' };
}

/** What changes when Argo CD compares the app again or finishes an operation (times have 1 s resolution). */
export function comparisonMark(app: Application): string {
  const status = app.status ?? {};
  return `${status.reconciledAt ?? ''}|${status.operationState?.finishedAt ?? ''}`;
}

/** Argo CD renders manifests in a stable order per revision; compare them as sets all the same. */
function sameManifests(a: string[], b: string[]): boolean {
  const norm = (list: string[]) => list.map((m) => JSON.stringify(JSON.parse(m) as unknown)).sort();
  try {
    return JSON.stringify(norm(a)) === JSON.stringify(norm(b));
  } catch {
    return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  }
}
