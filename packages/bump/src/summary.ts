import { code, heading, link, table } from '@gitops-actions/kit';
import type { BumpResult } from './types.js';
import type { BumpRequest } from './request.js';

/** Job summary: per file the key, old → new value, and the commit (linked when the server is GitHub). */
export function renderSummary(inputs: BumpRequest, result: BumpResult): string {
  const rows = result.edits.flatMap((edit) =>
    edit.changes.length === 0
      ? [[code(edit.file), '', 'unchanged']]
      : edit.changes.map((c) => [
          code(edit.file),
          code(c.location),
          `${code(c.previous ?? '∅')} → ${code(c.value)}`,
        ]),
  );
  const commitUrl = inputs.repository
    ? `${inputs.serverUrl}/${inputs.repository}/commit/${result.commitSha}`
    : undefined;
  const commit = link(code(result.commitSha.slice(0, 12)), commitUrl);
  const state = inputs.dryRun
    ? `Dry run: nothing ${inputs.mode === 'pr' ? 'proposed for' : 'pushed to'} ${code(inputs.branch)} (at ${commit}).`
    : result.pullRequest
      ? pullRequestState(inputs, result.pullRequest, commit)
      : result.changed
        ? `Committed ${commit} to ${code(inputs.branch)} after ${result.attempts} attempt(s).`
        : `No change: ${code(inputs.branch)} at ${commit} already has these values.`;
  const body = table(['File', 'Key', 'Value'], rows);
  const diff = inputs.dryRun && result.diff ? diffBlock(result.diff) : '';
  return `${heading('bump-manifest')}\n${state}\n\n${body}${diff}`;
}

function pullRequestState(
  inputs: BumpRequest,
  pull: NonNullable<BumpResult['pullRequest']>,
  commit: string,
): string {
  const verb = { created: 'Opened', updated: 'Updated', unchanged: 'Unchanged:' }[pull.operation];
  return `${verb} ${link(`#${pull.number}`, pull.url)} into ${code(inputs.branch)} (branch ${code(pull.branch)} at ${commit}).`;
}

/** The diff in a fence longer than any backtick run inside it, so file text cannot end the block. */
function diffBlock(diff: string): string {
  const longest = Math.max(2, ...(diff.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const body = diff.endsWith('\n') ? diff : `${diff}\n`;
  return `\n<details><summary>Diff</summary>\n\n${fence}diff\n${body}${fence}\n</details>\n`;
}
