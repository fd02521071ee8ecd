// The service commit a promotion moves: the one whose image the source environment runs. The
// commit that last changed from-file is the bump that put it there, and carries its trailers.
import { shown, type Logger } from '@gitops-actions/kit';
import { mergeReference, parseReferenceCommit, type ReferenceCommit } from '@gitops-actions/bump';
import type { RepoClient } from '@gitops-actions/github';
import type { PromotionRequest } from './request.js';

/**
 * The reference to write: none when opted out; the request's own when it has one (bump-manifest's
 * and rollback's pull requests); else the trailers of the newest commit of from-file on `ref`,
 * with the overrides on top. A failed read leaves them out, said once: trailers never fail a
 * promotion. Never the GitOps repository's own commit.
 */
export async function promotionReference(
  inputs: PromotionRequest,
  client: RepoClient,
  ref: string,
  log: Logger,
): Promise<ReferenceCommit | null> {
  const choice = inputs.referenceCommit ?? { enabled: true, overrides: {} };
  if (!choice.enabled) return null;
  if (choice.known !== undefined) return mergeReference(choice.known, choice.overrides);
  return mergeReference(await carried(inputs, client, ref, log), choice.overrides);
}

async function carried(
  inputs: PromotionRequest,
  client: RepoClient,
  ref: string,
  log: Logger,
): Promise<ReferenceCommit | null> {
  if (!inputs.fromFile) return null;
  try {
    const [last] = await client.listCommits(ref, inputs.fromFile, 1);
    return last ? parseReferenceCommit(last.message) : null;
  } catch (error) {
    log.info(
      `Could not read the history of ${shown(inputs.fromFile)} for its reference commit ` +
        `(${shown((error as Error).message ?? String(error))}); the promotion carries no Argocd-reference-commit trailers.`,
    );
    return null;
  }
}
