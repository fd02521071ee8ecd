// The words of a rollback: the commit message (bump fills in `{files}`, `{previous-tag}` and
// `{tag}` at the tip it edits, so a deploy that landed meanwhile is named truthfully), and the pull
// request's title and body (the promotion fills in `{from}`, `{to}`, `{changes}`, `{run-url}`).
import { code } from '@gitops-actions/kit';
import type { RollbackRequest } from './request.js';
import type { Deployed } from './types.js';

/** The environment, or the files when none is named. */
export function label(request: RollbackRequest): string {
  return request.environment || request.files.join(', ');
}

function what(request: RollbackRequest): string {
  return request.image || request.key;
}

function restored(request: RollbackRequest, target: Deployed): string {
  const digest = target.digest ? ' and digest' : '';
  return `Only the tag${digest} change; every other byte is as on ${request.branch} now.`;
}

export function commitMessage(request: RollbackRequest, target: Deployed): string {
  const lines = [
    `Rollback ${what(request)} in {files}: {previous-tag} → {tag}`,
    '',
    `Sets back ${target.tag}${target.digest ? `@${target.digest}` : ''}, deployed by ${target.sha.slice(0, 12)} (${target.subject}) on ${target.date}.`,
    restored(request, target),
    ...(request.environment ? [`Environment: ${request.environment}`] : []),
    ...(request.reason ? ['', `Reason: ${request.reason}`] : []),
    '',
    'Rolled-back-by: rollback',
    '',
  ];
  return lines.join('\n');
}

export function pullTitle(request: RollbackRequest): string {
  return `Rollback ${label(request)}: {from} → {to}`;
}

export function pullBody(request: RollbackRequest, target: Deployed, commitUrl: string): string {
  const by = `[${code(target.sha.slice(0, 12))}](${commitUrl})`;
  const reason = request.reason ? `\n**Reason:** ${request.reason}\n` : '';
  return `Rolls back **{image-name}** in **${label(request)}** from \`{from}\` to \`{to}\`.

{changes}
\`{to}\` was deployed by ${by} (${code(target.subject)}) on ${target.date}. ${restored(request, target)}
${reason}
- Workflow run: {run-url}

Merging this pull request is the rollback: Argo CD then applies the earlier state.
`;
}
