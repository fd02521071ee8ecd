import { code, heading, link, shown, table } from '@gitops-actions/kit';
import type { RollbackRequest } from './request.js';
import type { RollbackResult } from './types.js';
import { label } from './message.js';

/** Job summary: what was set back, where it came from, and the commit or pull request. */
export function renderSummary(request: RollbackRequest, result: RollbackResult): string {
  const base = request.repository ? `${request.serverUrl}/${request.repository}` : undefined;
  const from = result.from;
  const source = link(code(from.sha.slice(0, 12)), base && `${base}/commit/${from.sha}`);
  const head = link(code(result.commitSha.slice(0, 12)), base && `${base}/commit/${result.commitSha}`);
  const state = !result.changed
    ? `No change: ${code(request.branch)} already holds ${code(result.restoredTag)} (at ${head}).`
    : result.pullRequestUrl
      ? `Opened ${link('the rollback pull request', result.pullRequestUrl)} (head ${head}).`
      : `Committed ${head} to ${code(request.branch)}.`;
  const rows = result.edits.flatMap((edit) =>
    edit.changes.map((c) => [
      code(edit.file),
      code(c.location),
      `${code(c.previous ?? '∅')} → ${code(c.value)}`,
    ]),
  );
  return `${heading('rollback')}
Rollback of ${code(label(request))} to ${code(result.restoredTag)}, deployed by ${source} (${code(shown(from.subject))}).

${state}

${table(['File', 'Key', 'Value'], rows)}`;
}
