// Argo CD's Source Hydrator: CI pushes a DRY commit, the hydrator renders it and commits the result to a
// sync branch, and Argo CD syncs that HYDRATED commit. `status.sync.revision` names the hydrated one, so
// the wait asks the hydrator's status which dry commit it was made from. `argocd app wait --hydrated` took
// the previous dry commit's hydration for the new one (argo-cd PR #28878): here the expected dry commit
// itself (or a later one rendering the same manifests) must be the last successful hydration.
import { shown } from '@gitops-actions/kit';
import { revisionMatches, shortSha } from './revision.js';
import type { RevisionRelation } from './decision.js';
import type { Application, HydrateOperation } from './types.js';

export function isHydratorApp(app: Application): boolean {
  return app.spec?.sourceHydrator !== undefined;
}

/** The hydrated commit the app is synced to, and the dry commit it was made from when Argo CD still says. */
export function hydratedFrom(app: Application): { dry: string; hydrated: string } {
  const hydrated = app.status?.sync?.revision ?? '';
  const hs = app.status?.sourceHydrator;
  const op = [hs?.lastSuccessfulOperation, hs?.currentOperation].find(
    (o) => hydrated !== '' && o?.hydratedSHA === hydrated,
  );
  return { dry: op?.drySHA ?? '', hydrated };
}

/** `dry → hydrated`, short, for logs and the summary. */
export function describeHydration(dry: string, hydrated: string): string {
  return `${shortSha(dry) || '?'} → ${shortSha(hydrated) || '-'}`;
}

/** Where the hydration of the expected dry commit stands. */
export type Hydration =
  | { kind: 'failed'; reason: string }
  | { kind: 'pending'; reason: string }
  /** A newer dry commit rendering other manifests was hydrated and synced: the expected one never ran. */
  | { kind: 'superseded'; reason: string }
  | {
      kind: 'hydrated';
      dry: string;
      hydrated: string;
      /** `dry` is a later commit that renders the expected one's manifests. */
      carried: boolean;
      /** Argo CD synced the app to `hydrated`, and compared it no earlier than the hydration ended. */
      synced: boolean;
      fresh: boolean;
    };

export function hydrationOf(
  app: Application,
  expected: string,
  related?: ReadonlyMap<string, RevisionRelation>,
): Hydration {
  const hs = app.status?.sourceHydrator ?? {};
  const cur = hs.currentOperation;
  const last = hs.lastSuccessfulOperation;
  if (cur?.phase === 'Failed' && revisionMatches(cur.drySHA, expected)) {
    const message = shown(cur.message || 'no message', { max: 400 });
    return { kind: 'failed', reason: `hydration of ${shortSha(cur.drySHA ?? '')} failed: ${message}` };
  }
  const lastDry = last?.drySHA ?? '';
  const synced = !!last?.hydratedSHA && revisionMatches(app.status?.sync?.revision, last.hydratedSHA);
  const relation = lastDry ? related?.get(lastDry) : undefined;
  if (relation?.kind === 'newer' && synced) {
    const reason =
      `a newer dry commit ${shortSha(lastDry)} (committed ${relation.committedAt}) was hydrated and synced ` +
      `(${describeHydration(lastDry, last?.hydratedSHA ?? '')}); it renders other manifests for this app ` +
      `than the expected ${shortSha(expected)}, which never ran on its own`;
    return { kind: 'superseded', reason };
  }
  const ours = revisionMatches(lastDry, expected);
  const carried = !ours && relation?.kind === 'same-manifests';
  if (!last?.hydratedSHA || !(ours || carried))
    return { kind: 'pending', reason: pendingReason(expected, cur, last) };
  const finishedAt =
    cur?.phase === 'Hydrated' && cur.hydratedSHA === last.hydratedSHA ? cur.finishedAt : undefined;
  const reconciledAt = app.status?.reconciledAt;
  const fresh = !finishedAt || !reconciledAt || Date.parse(reconciledAt) >= Date.parse(finishedAt);
  return { kind: 'hydrated', dry: lastDry, hydrated: last.hydratedSHA, carried, synced, fresh };
}

function pendingReason(expected: string, cur?: HydrateOperation, last?: HydrateOperation): string {
  const ours = revisionMatches(cur?.drySHA, expected) && cur?.phase === 'Hydrating';
  const since = ours && cur?.startedAt ? ` since ${cur.startedAt}` : '';
  const before = last?.drySHA
    ? `; last hydrated ${describeHydration(last.drySHA, last.hydratedSHA ?? '')}`
    : '; nothing hydrated yet';
  return `hydrating ${shortSha(expected)}${since}${before}`;
}

/** Why a hydrated app is not done yet, for the waiting reason; '' when its revision is as expected. */
export function hydratedWaitingReason(app: Application, h: Hydration & { kind: 'hydrated' }): string {
  const pair = describeHydration(h.dry, h.hydrated);
  if (!h.synced) {
    const at = shortSha(app.status?.sync?.revision ?? '') || 'no revision';
    return `hydrated ${pair}, Argo CD is at ${at}`;
  }
  return h.fresh ? '' : `hydrated ${pair}, waiting for Argo CD to compare the app again`;
}

/** The dry commit to compare with the expected one: the last hydrated, once the app is synced to it. */
export function hydratedDryToRelate(app: Application): string | undefined {
  const last = app.status?.sourceHydrator?.lastSuccessfulOperation;
  if (!last?.drySHA || !last.hydratedSHA) return undefined;
  return revisionMatches(app.status?.sync?.revision, last.hydratedSHA) ? last.drySHA : undefined;
}
