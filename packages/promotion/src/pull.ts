// The one pull request per promotion branch: created, updated, decorated, or closed once the base
// already runs the tag.
import type { Logger } from '@gitops-actions/kit';
import { githubMessage, isHttpError, type PullRequest, type RepoClient } from '@gitops-actions/github';
import { DEFAULT_BODY, render, type TemplateValues } from './body.js';
import type { BranchOutcome } from './branch.js';
import type { PromotionRequest } from './request.js';
import type { Operation } from './result.js';

export async function upsertPull(
  inputs: PromotionRequest,
  client: RepoClient,
  branch: string,
  values: TemplateValues,
  outcome: BranchOutcome,
): Promise<{ pull: PullRequest; operation: Operation }> {
  const title = render(inputs.title, values);
  const body = render(inputs.body || DEFAULT_BODY, values);
  const existing = outcome.created ? undefined : await client.findOpenPull(branch, inputs.base);
  if (!existing) {
    const { pull, created } = await client.createPull({
      head: branch,
      base: inputs.base,
      title,
      body,
      draft: inputs.draft,
    });
    return { pull, operation: created ? 'created' : outcome.moved ? 'updated' : 'unchanged' };
  }
  if (!outcome.moved) return { pull: existing, operation: 'unchanged' };
  const pull = await client.updatePull(existing.number, { title, body });
  return { pull, operation: 'updated' };
}

/** Adds only what is missing, so re-runs make no requests for labels, reviewers or assignees already there. */
export async function decorate(
  inputs: PromotionRequest,
  client: RepoClient,
  pull: PullRequest,
  log: Logger,
): Promise<void> {
  const missing = (wanted: string[], have: string[]) => wanted.filter((w) => !have.includes(w));
  const labels = missing(inputs.labels, pull.labels);
  if (labels.length > 0) await client.addLabels(pull.number, labels);
  const reviewers = missing(inputs.reviewers, pull.reviewers);
  const teams = missing(inputs.teamReviewers, pull.teams);
  if (reviewers.length > 0 || teams.length > 0) {
    try {
      await client.requestReviewers(pull.number, reviewers, teams);
    } catch (error) {
      if (!isHttpError(error, 422)) throw error;
      log.warning(
        `Could not request reviews from ${[...reviewers, ...teams].join(', ')} on #${pull.number}: ${githubMessage(error)} The pull request was kept; add them as collaborators or fix the reviewers input.`,
      );
    }
  }
  const assignees = missing(inputs.assignees, pull.assignees);
  if (assignees.length > 0) await client.addAssignees(pull.number, assignees);
  // Auto-merge is mergeAsAsked's (merge.ts): it needs the head this run wrote.
}

export async function closeStale(
  client: RepoClient,
  branch: string,
  base: string,
  tag: string,
  log: Logger,
): Promise<void> {
  const stale = await client.findOpenPull(branch, base);
  if (!stale) return;
  await client.comment(
    stale.number,
    `Closing: \`${base}\` already runs \`${tag}\` in every target file, so there is nothing left to promote.`,
  );
  await client.updatePull(stale.number, { state: 'closed' });
  log.info(`Closed #${stale.number}: ${base} already has ${tag}`);
}
