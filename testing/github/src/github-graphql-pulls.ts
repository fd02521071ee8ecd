// The pull-request mutations this project sends over GraphQL.
import { GraphqlFailure, type GraphqlContext, type GraphqlResolver } from './github-graphql.js';
import { nodeId } from './github-shapes.js';
import type { PullRecord } from './github-routes.js';

/** The pull request a global node ID names, or GitHub's NOT_FOUND. */
export function pullByNodeId(ctx: GraphqlContext, id: string): { fullName: string; pr: PullRecord } {
  for (const [fullName, state] of ctx.states) {
    const pr = state.pulls.find((p) => nodeId('PR', `${fullName}#${p.number}`) === id);
    if (pr) return { fullName, pr };
  }
  throw new GraphqlFailure('NOT_FOUND', `Could not resolve to a node with the global id of '${id}'`);
}

function requireWrite(ctx: GraphqlContext): void {
  if (!ctx.mayWrite('pull_requests')) {
    throw new GraphqlFailure('FORBIDDEN', 'Resource not accessible by integration');
  }
}

export const PULL_MUTATIONS: Record<string, GraphqlResolver> = {
  enablePullRequestAutoMerge(args, ctx) {
    const input = args['input'] as { pullRequestId: string; mergeMethod?: string };
    requireWrite(ctx);
    const { pr } = pullByNodeId(ctx, input.pullRequestId);
    const method = input.mergeMethod ?? 'MERGE';
    pr.autoMerge = method.toLowerCase();
    return {
      pullRequest: {
        number: pr.number,
        autoMergeRequest: { mergeMethod: method },
      },
    };
  },
};
