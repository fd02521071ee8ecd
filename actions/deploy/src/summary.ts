import { code, escapeCell, heading, link, table } from '@gitops-actions/kit';
import type { DeployReport, Stage } from './deploy.js';
import type { Inputs } from './inputs.js';

const ORDER: Stage[] = ['build', 'scan', 'push', 'bump', 'wait', 'done'];

/** Status of a stage that produced nothing: not reached, or where the deploy stopped. */
function notDone(report: DeployReport, stage: Stage, failed: boolean): string {
  if (report.stage === stage && failed) return '❌ failed';
  return ORDER.indexOf(stage) > ORDER.indexOf(report.stage) ? '⏭️ not reached' : '—';
}

function scanRow(report: DeployReport, failed: boolean): string {
  const scan = report.scan;
  if (!scan) return notDone(report, 'scan', failed);
  const c = scan.verdict.counts;
  const counts = `${c.CRITICAL} critical, ${c.HIGH} high, ${c.MEDIUM} medium, ${c.LOW} low`;
  return scan.passed
    ? `✅ passed (${counts})`
    : `❌ ${scan.verdict.blocking.length} blocking finding(s) (${counts})`;
}

function pushRow(report: DeployReport, failed: boolean): string {
  const pushed = report.pushed;
  if (!pushed) return notDone(report, 'push', failed);
  const parts = [
    pushed.pushed.length ? `pushed ${pushed.pushed.map(code).join(', ')}` : '',
    pushed.unchanged.length ? `already there (same image) ${pushed.unchanged.map(code).join(', ')}` : '',
  ];
  return `✅ ${parts.filter(Boolean).join('; ')}`;
}

function gitopsRow(report: DeployReport, inputs: Inputs, failed: boolean): string {
  const result = report.bump;
  if (!result) return notDone(report, 'bump', failed);
  const { repository, serverUrl, branch } = inputs.gitops;
  const url = repository ? `${serverUrl}/${repository}/commit/${result.commitSha}` : undefined;
  const commit = link(code(result.commitSha.slice(0, 12)), url);
  const files = result.changedFiles.map(code).join(', ');
  return result.changed
    ? `✅ ${commit} on ${code(branch)}: ${files} (previous tag ${code(result.previousTag || '∅')})`
    : `✅ no change: ${code(branch)} at ${commit} already has this tag`;
}

function argoRow(report: DeployReport, inputs: Inputs, failed: boolean): string {
  if (!inputs.argocd) return 'not waited for';
  const result = report.argocd;
  if (!result) return notDone(report, 'wait', failed);
  const icon = result.outcome === 'done' ? '✅' : '❌';
  const apps = result.apps.map((a) => {
    const s = a.assessment.snapshot;
    return `${code(a.key)} ${escapeCell(s.sync)}/${escapeCell(s.health)} at ${code(s.revision.slice(0, 7))}`;
  });
  return `${icon} ${apps.join('; ')} (${(result.durationMs / 1000).toFixed(1)}s)`;
}

/** The job summary: one deployment report, then the scan's details. */
export function renderReport(report: DeployReport, inputs: Inputs, failed: boolean): string {
  const tag = report.tag ? code(`${report.image}:${report.tag}`) : notDone(report, 'build', failed);
  const rows = [
    ['Image', tag],
    ['Digest', report.pushed?.digest ? code(report.pushed.digest) : '—'],
    ['Scan', scanRow(report, failed)],
    ['Push', pushRow(report, failed)],
    ['GitOps commit', gitopsRow(report, inputs, failed)],
    ['Argo CD', argoRow(report, inputs, failed)],
  ];
  const title =
    report.stage === 'done' ? `Deployed ${code(report.image)}` : `Deploy of ${code(report.image)} stopped`;
  const details = report.scan
    ? `\n<details><summary>Image scan</summary>\n\n${report.scan.summary}\n</details>\n`
    : '';
  return `${heading(title, 2)}${table(['Step', 'Result'], rows)}${details}`;
}
