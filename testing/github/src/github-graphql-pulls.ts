// The pull-request mutations this project sends over GraphQL, and the merge queue they feed.
import { bareRepoPath } from '@gitops-actions/standin-git-server';
import { GraphqlFailure, type GraphqlContext, type GraphqlResolver } from './github-graphql.js';
import { deleteRef, resolveRef, updateRef, type Identity } from './github-git-data.js';
import { nodeId } from './github-shapes.js';
import {
  HEAD_MODIFIED,
  mergeCommit,
  recordMerge,
  type PullRecord,
  type QueuedPull,
  type RepoState,
} from './github-routes.js';

/** The pull request a global node ID names, or GitHub's NOT_FOUND. */
export function pullByNodeId(ctx: GraphqlContext, id: string): { fullName: string; pr: PullRecord } {
  for (const [fullName, state] of ctx.states) {
    const pr = state.pulls.find((p) => nodeId('PR', `${fullName}#${p.number}`) === id);
    if (pr) return { fullName, pr };
  }
  throw new GraphqlFailure('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

function requireWrite(ctx: GraphqlContext, scope: 'contents' | 'pull_requests'): void {
  if (!ctx.mayWrite(scope)) {
    throw new GraphqlFailure('FORBIDDEN', 'Resource not accessible by integration');
  }
}

/**
 * GitHub checks `expectedHeadOid` against the head branch and refuses a mismatch with the
 * message its merge endpoints use (a head nobody saw is never merged).
 */
async function checkHead(ctx: GraphqlContext, fullName: string, pr: PullRecord, expected: unknown) {
  const head = await resolveRef(bareRepoPath(ctx.root, fullName), `refs/heads/${pr.head}`);
  if (!head) throw new GraphqlFailure('UNPROCESSABLE', 'Head branch is missing');
  if (typeof expected === 'string' && expected !== head) {
    throw new GraphqlFailure('UNPROCESSABLE', HEAD_MODIFIED);
  }
  return head;
}

function requiresQueue(state: RepoState, branch: string): boolean {
  return state.mergeQueue?.branches.has(branch) ?? false;
}

/** Queues the pull request (once) at `head`; the entry as GraphQL's MergeQueueEntry. */
function enqueue(ctx: GraphqlContext, fullName: string, pr: PullRecord, head: string) {
  const state = ctx.stateOf(fullName);
  const queue = (state.mergeQueue ??= { branches: new Set(), entries: [] });
  let entry = queue.entries.find((e) => e.number === pr.number);
  if (!entry) {
    entry = { number: pr.number, base: pr.base, head, enqueuedAt: ctx.now(), enqueuer: ctx.login };
    queue.entries.push(entry);
  }
  return queueEntryJson(fullName, queue.entries, entry, pr);
}

function queueEntryJson(fullName: string, entries: QueuedPull[], entry: QueuedPull, pr: PullRecord) {
  const position = entries.filter((e) => e.base === entry.base).indexOf(entry) + 1;
  return {
    id: nodeId('MQE', `${fullName}#${entry.number}`),
    position,
    state: 'QUEUED',
    enqueuedAt: entry.enqueuedAt,
    jump: false,
    solo: false,
    pullRequest: { number: pr.number },
  };
}

export const PULL_MUTATIONS: Record<string, GraphqlResolver> = {
  enablePullRequestAutoMerge(args, ctx) {
    const input = args['input'] as { pullRequestId: string; mergeMethod?: string; expectedHeadOid?: string };
    requireWrite(ctx, 'pull_requests');
    const { fullName, pr } = pullByNodeId(ctx, input.pullRequestId);
    return ctx.lock(fullName, async () => {
      const head = await checkHead(ctx, fullName, pr, input.expectedHeadOid);
      const method = input.mergeMethod ?? 'MERGE';
      pr.autoMerge = method.toLowerCase();
      // No checks run here, so the pull request is ready at once: with a merge queue, GitHub's
      // auto-merge ("merge when ready") adds it to the queue.
      if (requiresQueue(ctx.stateOf(fullName), pr.base)) enqueue(ctx, fullName, pr, head);
      return { pullRequest: { number: pr.number, autoMergeRequest: { mergeMethod: method } } };
    });
  },

  enqueuePullRequest(args, ctx) {
    const input = args['input'] as { pullRequestId: string; expectedHeadOid?: string };
    requireWrite(ctx, 'contents');
    const { fullName, pr } = pullByNodeId(ctx, input.pullRequestId);
    return ctx.lock(fullName, async () => {
      if (pr.state !== 'open') throw new GraphqlFailure('UNPROCESSABLE', 'Pull request is not open');
      if (pr.draft) throw new GraphqlFailure('UNPROCESSABLE', 'Pull request is in draft state');
      if (!requiresQueue(ctx.stateOf(fullName), pr.base)) {
        throw new GraphqlFailure('UNPROCESSABLE', 'Merge queue is not enabled for this branch');
      }
      const head = await checkHead(ctx, fullName, pr, input.expectedHeadOid);
      return { mergeQueueEntry: enqueue(ctx, fullName, pr, head) };
    });
  },
};

/** What the queue did with one entry. */
export interface QueueResult {
  number: number;
  /** The merge group's commit, which became the base's head; empty when the entry was dropped. */
  sha: string;
  /** `refs/heads/gh-readonly-queue/<base>/pr-<n>-<base sha>`, where merge_group checks ran. */
  queueRef: string;
  /** Why the entry left the queue unmerged (its head moved, or it conflicts). */
  dropped?: string;
}

const QUEUE_BOT: Omit<Identity, 'date'> = {
  name: 'github-merge-queue[bot]',
  email: '118344674+github-merge-queue[bot]@users.noreply.github.com',
};

/**
 * The merge queue of `branch`, as GitHub runs it once the checks pass: each entry in turn becomes a
 * merge group commit on `gh-readonly-queue/<base>/pr-<n>-<base sha>` (where `merge_group`
 * workflows run), the base is fast-forwarded to that commit (the push that triggers `push`
 * workflows), and the temporary branch is deleted. An entry whose head moved since it was queued
 * is dropped, never merged.
 */
export async function runMergeQueue(
  root: string,
  fullName: string,
  state: RepoState,
  branch: string,
  now: () => string,
): Promise<QueueResult[]> {
  const gitDir = bareRepoPath(root, fullName);
  const queue = state.mergeQueue;
  const results: QueueResult[] = [];
  for (const entry of [...(queue?.entries ?? [])].filter((e) => e.base === branch)) {
    queue!.entries.splice(queue!.entries.indexOf(entry), 1);
    const pr = state.pulls.find((p) => p.number === entry.number);
    const head = pr && (await resolveRef(gitDir, `refs/heads/${pr.head}`));
    const base = await resolveRef(gitDir, `refs/heads/${branch}`);
    const drop = (reason: string) =>
      results.push({ number: entry.number, sha: '', queueRef: '', dropped: reason });
    if (!pr || pr.state !== 'open' || !base) {
      drop('the pull request is closed');
      continue;
    }
    if (head !== entry.head) {
      drop(`its head moved from ${entry.head} after it was queued`);
      continue;
    }
    const author = { ...QUEUE_BOT, date: now() };
    const owner = fullName.split('/')[0] ?? '';
    const sha = await mergeCommit(gitDir, pr, { base, head, method: 'merge', owner, author });
    if (!sha) {
      drop('it conflicts with the base branch');
      continue;
    }
    const queueRef = `refs/heads/gh-readonly-queue/${branch}/pr-${pr.number}-${base}`;
    await updateRef(gitDir, queueRef, sha, undefined);
    await recordMerge(gitDir, pr, { sha, base, head, at: now() });
    await deleteRef(gitDir, queueRef);
    results.push({ number: pr.number, sha, queueRef });
  }
  return results;
}
