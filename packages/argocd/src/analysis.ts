// A Rollout's AnalysisRuns, read when the canary degraded or aborted: which metric failed, its
// measurements (value, phase, when) and the run's message, so a failed canary says why.
import type { ArgoApi, ResourceQuery } from './client.js';
import type { AppRef, ResourceNode } from './types.js';

export interface Measurement {
  phase: string;
  value: string;
  startedAt: string;
  finishedAt: string;
  message: string;
}

export interface MetricReport {
  name: string;
  phase: string;
  message: string;
  /** The measurements that did not succeed (Failed, Error, Inconclusive), oldest first, at most five. */
  measurements: Measurement[];
}

export interface AnalysisReport {
  name: string;
  phase: string;
  message: string;
  /** Metrics that did not succeed; all of them when none failed. */
  metrics: MetricReport[];
}

interface AnalysisRunObject {
  metadata?: { name?: string };
  status?: {
    phase?: string;
    message?: string;
    metricResults?: {
      name?: string;
      phase?: string;
      message?: string;
      measurements?: {
        phase?: string;
        value?: unknown;
        startedAt?: string;
        finishedAt?: string;
        message?: string;
      }[];
    }[];
  };
}

const BAD = new Set(['Failed', 'Error', 'Inconclusive']);

/** What one AnalysisRun object says about its metrics. Pure. */
export function analysisReport(value: unknown): AnalysisReport {
  const run = (value ?? {}) as AnalysisRunObject;
  const results = run.status?.metricResults ?? [];
  const bad = results.filter((m) => BAD.has(m.phase ?? ''));
  const metrics = (bad.length ? bad : results).map((m) => ({
    name: m.name ?? '',
    phase: m.phase ?? '',
    message: m.message ?? '',
    measurements: (m.measurements ?? [])
      .filter((x) => BAD.has(x.phase ?? ''))
      .slice(-5)
      .map((x) => ({
        phase: x.phase ?? '',
        value: typeof x.value === 'string' ? x.value : x.value === undefined ? '' : JSON.stringify(x.value),
        startedAt: x.startedAt ?? '',
        finishedAt: x.finishedAt ?? '',
        message: x.message ?? '',
      })),
  }));
  return {
    name: run.metadata?.name ?? '',
    phase: run.status?.phase ?? '',
    message: run.status?.message ?? '',
    metrics,
  };
}

/** `AnalysisRun x: Failed — message` then one line per metric and failed measurement. */
export function describeAnalysis(a: AnalysisReport): string[] {
  const lines = [`AnalysisRun ${a.name}: ${a.phase || 'unknown phase'}${a.message ? ` — ${a.message}` : ''}`];
  for (const m of a.metrics) {
    lines.push(`  metric ${m.name}: ${m.phase}${m.message ? ` — ${m.message}` : ''}`);
    for (const x of m.measurements) {
      const when = [x.startedAt, x.finishedAt].filter(Boolean).join(' → ');
      const note = x.message ? ` — ${x.message}` : '';
      lines.push(`    ${x.phase} value ${x.value || '(none)'}${when ? ` at ${when}` : ''}${note}`);
    }
  }
  return lines;
}

/**
 * Reads the AnalysisRuns the Rollout names, or else those the resource tree shows (newest three), through
 * `GET .../resource`; a run that cannot be read is left out.
 */
export async function readAnalysisRuns(
  api: ArgoApi,
  ref: AppRef,
  rollout: { name: string; namespace?: string; analysisRuns?: string[] },
  signal: AbortSignal,
): Promise<AnalysisReport[]> {
  let names = (rollout.analysisRuns ?? []).map((name) => ({ name, namespace: rollout.namespace }));
  if (names.length === 0) {
    const tree = await api.resourceTree(ref, signal).catch(() => undefined);
    names = (tree?.nodes ?? [])
      .filter((n) => n.kind === 'AnalysisRun' && n.group === 'argoproj.io' && ownedBy(n, rollout.name))
      .slice(-3)
      .map((n) => ({ name: n.name ?? '', namespace: n.namespace }));
  }
  const reads = names.map(async ({ name, namespace }) => {
    const query: ResourceQuery = {
      group: 'argoproj.io',
      version: 'v1alpha1',
      kind: 'AnalysisRun',
      namespace,
      name,
    };
    const live = await api.liveResource(ref, query, signal).catch(() => undefined);
    return live === undefined ? undefined : analysisReport(live);
  });
  return (await Promise.all(reads)).filter((r): r is AnalysisReport => r !== undefined);
}

/** AnalysisRuns are children of the Rollout, or of one of its ReplicaSets, whose names start with it. */
function ownedBy(n: ResourceNode, rollout: string): boolean {
  const parents = n.parentRefs ?? [];
  return (
    parents.length === 0 ||
    parents.some((p) => p.name === rollout || (p.name ?? '').startsWith(`${rollout}-`))
  );
}
