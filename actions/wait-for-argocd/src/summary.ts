import { code, escapeCell, heading, table } from '@gitops-actions/kit';
import { describeResource, describeRollout, shortSha, type WaitResult } from '@gitops-actions/argocd';

const ICON: Record<string, string> = { done: '✅', failed: '❌', waiting: '⏳' };

export function renderSummary(result: WaitResult, server: string): string {
  const rows = result.apps.map((a) => {
    const s = a.evaluation.snapshot;
    const v = a.evaluation.verdict;
    const details = [
      v.reason,
      ...a.resources.map(describeResource),
      ...(a.rollout ? [describeRollout(a.rollout)] : []),
    ];
    const icon = v.state === 'failed' && v.kind === 'deleted' ? '🗑️' : (ICON[v.state] ?? '');
    return [
      `${icon} ${code(a.key)}`,
      escapeCell(s.sync),
      escapeCell(s.health),
      code(shortSha(s.revision)),
      escapeCell(s.operationPhase || '—'),
      escapeCell(details.join('\n')),
    ];
  });
  const title =
    result.outcome === 'done'
      ? 'Argo CD: deployed'
      : result.outcome === 'timeout'
        ? 'Argo CD: timed out'
        : 'Argo CD: failed';
  return (
    heading(title) +
    table(['Application', 'Sync', 'Health', 'Revision', 'Operation', 'Details'], rows) +
    `\n${escapeCell(server)} · ${(result.durationMs / 1000).toFixed(1)}s\n`
  );
}
