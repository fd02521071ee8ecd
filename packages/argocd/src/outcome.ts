// What a finished wait means for the action that ran it: the output values, the job summary and the
// hint that goes with a failure. wait-for-argocd and the root action both use these.
import { code, escapeCell, heading, table } from '@gitops-actions/kit';
import { shortSha, type Snapshot } from './decision.js';
import { describeHydration } from './hydrator.js';
import { WAIT_FOR_ARGOCD_INPUTS, type ArgoInputNames } from './inputs.js';
import { describeAnalysis } from './analysis.js';
import { describeResource } from './report.js';
import { describeRollout } from './rollout.js';
import type { AppReport, WaitResult } from './wait-types.js';

/**
 * The outputs of a wait, by their names in action.yml; all empty when there was no wait. A type
 * alias, not an interface, so Object.entries() types its values as strings.
 */
export type WaitOutputs = {
  'sync-status': string;
  'health-status': string;
  revision: string;
  'hydrated-revision': string;
  'duration-seconds': string;
  applications: string;
  'sync-window-opens': string;
};

const SYNC_ORDER = ['Unknown', 'OutOfSync', 'Synced'];
const HEALTH_ORDER = ['Missing', 'Degraded', 'Unknown', 'Progressing', 'Suspended', 'Healthy'];

export function waitOutputs(result: WaitResult | undefined): WaitOutputs {
  const apps = result?.apps ?? [];
  const snaps = apps.map((a) => a.assessment.snapshot);
  return {
    'sync-status': worst(
      snaps.map((s) => s.sync),
      SYNC_ORDER,
    ),
    'health-status': worst(
      snaps.map((s) => s.health),
      HEALTH_ORDER,
    ),
    revision: [...new Set(snaps.map((s) => s.revision))].join(','),
    'hydrated-revision': [...new Set(snaps.map((s) => s.hydratedRevision ?? ''))].filter(Boolean).join(','),
    'duration-seconds': result ? (result.durationMs / 1000).toFixed(1) : '',
    applications: result ? JSON.stringify(apps.map(appOutput)) : '',
    'sync-window-opens': windowOpens(apps),
  };
}

/** When the first window that kept an app from syncing opens (ISO 8601), '' when none did. */
function windowOpens(apps: AppReport[]): string {
  const times = apps.map((a) => a.window?.opensAt).filter((t): t is number => t !== undefined);
  return times.length ? new Date(Math.min(...times)).toISOString() : '';
}

function appOutput(a: AppReport) {
  const s = a.assessment.snapshot;
  const v = a.assessment.verdict;
  return {
    name: a.key,
    sync: s.sync,
    health: s.health,
    revision: s.revision,
    hydratedRevision: s.hydratedRevision ?? '',
    operation: s.operationPhase,
    message: v.reason,
    state: v.state,
    ...(a.window
      ? {
          syncWindow: {
            windows: a.window.windows.map((w) => ({
              kind: w.kind,
              schedule: w.schedule,
              duration: w.duration,
              timeZone: w.timeZone || 'UTC',
            })),
            opensAt: a.window.opensAt === undefined ? '' : new Date(a.window.opensAt).toISOString(),
          },
        }
      : {}),
    ...(a.analysis ? { analysis: a.analysis } : {}),
  };
}

/**
 * How the wait ended, in one line for a place that shows one (a GitHub deployment status): the
 * apps and the revision they reached, or the reason with every app's last state.
 */
export function waitVerdict(result: WaitResult): { ok: boolean; description: string } {
  if (result.outcome !== 'done') return { ok: false, description: result.message.replace(/\s+/g, ' ') };
  const apps = result.apps.map((a) => a.key).join(', ');
  const revisions = [...new Set(result.apps.map((a) => shownRevision(a.assessment.snapshot)))];
  return { ok: true, description: `${apps} Synced and Healthy at ${revisions.join(', ')}` };
}

/** The revision, short; for a Source Hydrator app, `dry → hydrated`. */
function shownRevision(s: Snapshot): string {
  return s.hydratedRevision === undefined
    ? shortSha(s.revision)
    : describeHydration(s.revision, s.hydratedRevision);
}

/** For several apps: the value all share, else the one that needs attention first. */
function worst(values: string[], order: string[]): string {
  const rank = (value: string) => (order.includes(value) ? order.indexOf(value) : order.length);
  return [...new Set(values)].sort((a, b) => rank(a) - rank(b))[0] ?? '';
}

/** The fix to suggest after a wait that did not succeed, in the caller's input names. */
export function failureHint(
  result: WaitResult,
  opts: { sync: boolean; inputs?: ArgoInputNames },
): string | undefined {
  const inputs = opts.inputs ?? WAIT_FOR_ARGOCD_INPUTS;
  if (result.outcome === 'timeout') {
    const raise = `Raise \`${inputs.timeout}\` if the rollout is just slow`;
    if (result.problems?.length) {
      return `${raise}; check that \`${inputs.server}\` is Argo CD's API and that nothing in between (a proxy, a firewall) holds its requests.`;
    }
    return opts.sync
      ? `${raise}; the last state of each app is above.`
      : `${raise}; for apps without auto-sync set \`${inputs.sync}: true\`.`;
  }
  for (const a of result.apps) {
    const v = a.assessment.verdict;
    if (v.state === 'failed' && v.hint) return v.hint;
  }
  const kinds = result.apps.map((a) =>
    a.assessment.verdict.state === 'failed' ? a.assessment.verdict.kind : '',
  );
  if (kinds.includes('deleted'))
    return (
      'If a parent app (app of apps) or an ApplicationSet pruned it, check that its manifests still ' +
      'declare the app; re-run once the application exists again.'
    );
  if (kinds.includes('degraded')) {
    const grace = inputs.degradedGrace
      ? `, or raise \`${inputs.degradedGrace}\` if they recover on their own`
      : '';
    return `Fix the unhealthy resources above${grace}.`;
  }
  if (kinds.includes('superseded'))
    return 'Another commit was deployed after yours; wait for that one instead, or re-run to redeploy.';
  if (kinds.includes('rollout')) {
    const timeout = inputs.rolloutTimeout
      ? `, or raise \`${inputs.rolloutTimeout}\` if the canary is just slow`
      : '';
    return `Check the Rollout and its analysis above${timeout}.`;
  }
  if (kinds.includes('hydration-failed'))
    return "Fix the dry source so that Argo CD's Source Hydrator can render it (its message is above), and push a new commit.";
  if (kinds.includes('sync-failed'))
    return 'Fix the manifests at the failing resources above and push a new commit.';
  return undefined;
}

const ICON: Record<string, string> = { done: '✅', failed: '❌', waiting: '⏳' };
const TITLE: Record<WaitResult['outcome'], string> = {
  done: 'Argo CD: deployed',
  timeout: 'Argo CD: timed out',
  failed: 'Argo CD: failed',
};

/** The job summary of a wait: one row per app, then the server and how long it took. */
export function renderWaitSummary(result: WaitResult, server: string): string {
  return (
    heading(TITLE[result.outcome]) +
    table(
      ['Application', 'Sync', 'Health', 'Revision', 'Operation', 'Details'],
      result.apps.map(summaryRow),
    ) +
    windowTable(result.apps) +
    `\n${escapeCell(server)} · ${(result.durationMs / 1000).toFixed(1)}s\n`
  );
}

/** The sync windows that kept apps from syncing, and when each next opens. */
function windowTable(apps: AppReport[]): string {
  const rows = apps.flatMap((a) =>
    (a.window?.windows ?? []).map((w) => [
      code(a.key),
      escapeCell(w.kind),
      code(w.schedule),
      escapeCell(w.duration),
      escapeCell(`${w.timeZone || 'UTC'}${a.window?.zonesKnown === false ? ' (assumed)' : ''}`),
      escapeCell(
        a.window?.opensAt === undefined
          ? (a.window?.reason ?? 'unknown')
          : new Date(a.window.opensAt).toISOString(),
      ),
    ]),
  );
  if (rows.length === 0) return '';
  return (
    '\n' + table(['Application', 'Sync window', 'Schedule', 'Duration', 'Time zone', 'Next open (UTC)'], rows)
  );
}

function summaryRow(a: AppReport): string[] {
  const s = a.assessment.snapshot;
  const v = a.assessment.verdict;
  const details = [
    v.reason,
    ...a.resources.map(describeResource),
    ...(a.rollout ? [describeRollout(a.rollout)] : []),
    ...(a.analysis ?? []).flatMap(describeAnalysis),
  ];
  const icon = v.state === 'failed' && v.kind === 'deleted' ? '🗑️' : (ICON[v.state] ?? '');
  return [
    `${icon} ${code(a.key)}`,
    escapeCell(s.sync),
    escapeCell(s.health),
    code(shownRevision(s)),
    escapeCell(s.operationPhase || '—'),
    escapeCell(details.join('\n')),
  ];
}
