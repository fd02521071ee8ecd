// The promotion pull request merged at the commit this run wrote, and never at a later one: the
// merge, the merge queue entry and auto-merge all carry that head, and GitHub refuses each of them
// once someone has pushed to the branch since.
import { ActionError, shown, type Logger } from '@gitops-actions/kit';
import {
  HeadMoved,
  type PullMergeMethod,
  type PullRequest,
  type QueueEntry,
  type RepoClient,
} from '@gitops-actions/github';
import { PROMOTION_INPUTS, type PromotionInputNames, type PromotionRequest } from './request.js';
import type { MergeOutcome } from './result.js';

type Names = Required<Pick<PromotionInputNames, 'merge' | 'autoMerge'>>;

/**
 * What the request asks after the pull request is open at `head`: merged now (`merge`), queued
 * when the base requires its merge queue, or left to auto-merge (`auto-merge`, also the fallback
 * when the base's rules block merging now). Undefined when neither input is set.
 */
export async function mergeAsAsked(
  inputs: PromotionRequest,
  client: RepoClient,
  pull: PullRequest,
  head: string,
  log: Logger,
  trailers = '',
): Promise<MergeOutcome | undefined> {
  const all = { ...PROMOTION_INPUTS, ...inputs.inputNames };
  const names: Names = { merge: all.merge ?? 'merge', autoMerge: all.autoMerge ?? 'auto-merge' };
  const at = { client, pull, head, log, names, trailers };
  try {
    if (inputs.merge) return await mergeNow(inputs.merge, inputs.autoMerge || undefined, at);
    if (!inputs.autoMerge) return undefined;
    if (!pull.autoMerge) await client.enableAutoMerge(pull, inputs.autoMerge, head, trailers);
    return outcome('auto-merge', head);
  } catch (error) {
    if (error instanceof HeadMoved) {
      throw headMoved(inputs.merge ? 'merge' : 'enable auto-merge on', pull, head, error.githubMessage);
    }
    throw error;
  }
}

interface At {
  client: RepoClient;
  pull: PullRequest;
  head: string;
  log: Logger;
  names: Names;
  /**
   * The reference-commit trailers, for the merge or squash commit's message: that commit is the
   * one on the base, the DRY commit Argo CD's hydrator reads them from.
   */
  trailers: string;
}

async function mergeNow(
  method: PullMergeMethod,
  fallback: PullMergeMethod | undefined,
  at: At,
): Promise<MergeOutcome> {
  const { client, pull, head, log } = at;
  const answer = await client.mergePull(pull.number, head, method, at.trailers);
  if (answer.kind === 'merged') {
    log.info(`Merged #${pull.number} at ${head.slice(0, 12)} as ${answer.sha.slice(0, 12)}`);
    return { ...outcome('merged', head), commit: answer.sha };
  }
  if (answer.kind === 'head-moved') throw headMoved('merge', pull, head, answer.message);
  if (answer.mergeQueue) {
    const entry = await enqueue(at, fallback);
    if (entry) return { ...outcome('queued', head), position: entry.position };
  } else if (fallback) {
    log.info(
      `GitHub does not merge #${pull.number} yet (${shown(answer.message)}): auto-merge (${fallback}) is on for ${head.slice(0, 12)} instead`,
    );
  }
  if (fallback) {
    await client.enableAutoMerge(pull, fallback, head, at.trailers);
    return outcome('auto-merge', head);
  }
  const { names } = at;
  throw new ActionError(
    `merge #${pull.number} (the ${names.merge} input)`,
    `GitHub refused the merge (405 ${shown(answer.message)})`,
    {
      hint: `The ${names.merge} input merges only what the base branch's rules allow at once; required reviews or status checks, a conflict, or a merge method the repository does not allow block it. Set ${names.autoMerge} (merge, squash or rebase) so GitHub merges the pull request once they are met, or drop ${names.merge}. Nothing was merged; the pull request stays open.`,
    },
  );
}

/** The merge queue entry; undefined when the queue refused it and auto-merge may queue it later. */
async function enqueue(at: At, fallback: PullMergeMethod | undefined): Promise<QueueEntry | undefined> {
  const { client, pull, head, log } = at;
  try {
    const entry = await client.enqueuePull(pull, head);
    log.info(
      `The base branch requires a merge queue: #${pull.number} is queued at ${head.slice(0, 12)} (position ${entry.position}, ${entry.state}); the queue merges it once its merge_group checks pass`,
    );
    return entry;
  } catch (error) {
    if (error instanceof HeadMoved || !(error instanceof ActionError)) throw error;
    if (!fallback) {
      throw new ActionError(error.operation, error.message, {
        hint: `The base branch requires its merge queue, which takes a pull request once its required reviews and checks pass. Set ${at.names.autoMerge} so GitHub queues it when they do, or add it to the queue yourself. Nothing was merged; the pull request stays open.`,
        cause: error,
      });
    }
    log.info(
      `The merge queue does not take #${pull.number} yet (${error.message}): auto-merge is on for ${head.slice(0, 12)}, so GitHub queues it once it is ready`,
    );
    return undefined;
  }
}

function outcome(state: MergeOutcome['state'], head: string): MergeOutcome {
  return { state, head, commit: '', position: 0 };
}

function headMoved(verb: string, pull: PullRequest, head: string, message: string): ActionError {
  return new ActionError(
    `${verb} #${pull.number} at ${head.slice(0, 12)}`,
    `someone pushed to ${shown(pull.headRef)} after this run wrote ${head.slice(0, 12)}, and GitHub refused it for a head this run never saw (${shown(message)})`,
    {
      hint: `Nothing was merged. Review the new commits on ${pull.url} and merge it yourself, or run the promotion again: it writes the promotion on top of them and merges what it wrote.`,
    },
  );
}
