// The job summary of a deploy: one row per stage, saying how far a stopped deploy got.
import { code, escapeCell, heading, link, table } from '@gitops-actions/kit';
import type { DeployReport, DeployRequest, Stage } from './request.js';

const ORDER: Stage[] = ['build', 'scan', 'push', 'bump', 'wait', 'done'];

/** Status of a stage that produced nothing: not reached, or where the deploy stopped. */
function notDone(report: DeployReport, stage: Stage): string {
  if (report.stage === stage && report.error !== undefined) return '❌ failed';
  return ORDER.indexOf(stage) > ORDER.indexOf(report.stage) ? '⏭️ not reached' : '—';
}

function scanRow(report: DeployReport): string {
  const scan = report.scan;
  if (!scan) return notDone(report, 'scan');
  const c = scan.verdict.counts;
  const counts = `${c.CRITICAL} critical, ${c.HIGH} high, ${c.MEDIUM} medium, ${c.LOW} low`;
  return scan.passed
    ? `✅ passed (${counts})`
    : `❌ ${scan.verdict.blocking.length} blocking finding(s) (${counts})`;
}

function pushRow(report: DeployReport): string {
  const pushed = report.pushed;
  if (!pushed) return notDone(report, 'push');
  const parts = [
    pushed.pushed.length ? `pushed ${pushed.pushed.map(code).join(', ')}` : '',
    pushed.unchanged.length ? `already there (same image) ${pushed.unchanged.map(code).join(', ')}` : '',
  ];
  return `✅ ${parts.filter(Boolean).join('; ')}`;
}

function gitopsRow(report: DeployReport, request: DeployRequest): string {
  const result = report.bump;
  if (!result) return notDone(report, 'bump');
  const { repository, serverUrl, branch } = request.gitops;
  const url = repository ? `${serverUrl}/${repository}/commit/${result.commitSha}` : undefined;
  const commit = link(code(result.commitSha.slice(0, 12)), url);
  const files = result.changedFiles.map(code).join(', ');
  return result.changed
    ? `✅ ${commit} on ${code(branch)}: ${files} (previous tag ${code(result.previousTag || '∅')})`
    : `✅ no change: ${code(branch)} at ${commit} already has this tag`;
}

function argoRow(report: DeployReport, request: DeployRequest): string {
  if (!request.argocd) return 'not waited for';
  const result = report.argocd;
  if (!result) return notDone(report, 'wait');
  const icon = result.outcome === 'done' ? '✅' : '❌';
  const apps = result.apps.map((a) => {
    const s = a.assessment.snapshot;
    return `${code(a.key)} ${escapeCell(s.sync)}/${escapeCell(s.health)} at ${code(s.revision.slice(0, 7))}`;
  });
  return `${icon} ${apps.join('; ')} (${(result.durationMs / 1000).toFixed(1)}s)`;
}

/** The job summary: one deployment report, then the scan's details. */
export function renderDeploySummary(report: DeployReport, request: DeployRequest): string {
  const tag = report.tag ? code(`${report.image}:${report.tag}`) : notDone(report, 'build');
  const rows = [
    ['Image', tag],
    ['Digest', report.pushed?.digest ? code(report.pushed.digest) : '—'],
    ['Scan', scanRow(report)],
    ['Push', pushRow(report)],
    ['GitOps commit', gitopsRow(report, request)],
    ['Argo CD', argoRow(report, request)],
  ];
  const title =
    report.stage === 'done' ? `Deployed ${code(report.image)}` : `Deploy of ${code(report.image)} stopped`;
  const details = report.scan
    ? `\n<details><summary>Image scan</summary>\n\n${report.scan.summary}\n</details>\n`
    : '';
  return `${heading(title, 2)}${table(['Step', 'Result'], rows)}${details}`;
}
