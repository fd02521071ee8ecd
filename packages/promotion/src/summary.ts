import { code, heading, link } from '@gitops-actions/kit';
import { changesTable } from './body.js';
import type { PromotionRequest } from './request.js';
import type { PromotionResult } from './result.js';

/** The job summary: what happened to the pull request, and the table of changed keys. */
export function renderSummary(inputs: PromotionRequest, result: PromotionResult): string {
  const pr = result.pull ? link(`#${result.pull.number}`, result.pull.url) : '';
  const state =
    result.operation === 'unchanged' && !result.pull
      ? `No promotion needed: ${code(inputs.base)} already runs ${code(result.tag)}.`
      : `${result.operation === 'created' ? 'Opened' : result.operation === 'updated' ? 'Updated' : 'Unchanged:'} ${pr} promoting ${code(result.tag)} to ${inputs.environment} (branch ${code(result.branch)} at ${code(result.headSha.slice(0, 12))}).`;
  const kept =
    result.keptCommits > 0 ? `\n\nKept ${result.keptCommits} commit(s) by others on the branch.` : '';
  return `${heading('open-promotion-pr')}\n${state}${kept}${mergeLine(result)}\n\n${changesTable(result.edits, inputs.digest)}`;
}

function mergeLine({ merge, pull }: PromotionResult): string {
  if (!merge || !pull) return '';
  const head = code(merge.head.slice(0, 12));
  if (merge.state === 'merged')
    return `\n\nMerged #${pull.number} at ${head} as ${code(merge.commit.slice(0, 12))}.`;
  if (merge.state === 'queued')
    return `\n\nAdded #${pull.number} to the merge queue at ${head} (position ${merge.position}); the queue merges it once its checks pass.`;
  return `\n\nAuto-merge is on for #${pull.number} at ${head}: GitHub merges it once its requirements are met.`;
}
