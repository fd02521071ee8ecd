// The promotion itself: reads base and the PR branch through the API, edits in memory, writes a
// tree and a commit, moves the branch, then creates or updates the one PR for that branch.
import { retry, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import {
  referenceTrailers,
  withReferenceTrailers,
  type EditedText,
  type ReferenceCommit,
} from '@gitops-actions/bump';
import { BranchMoved, readBranchTip, type BranchTip, type RepoClient } from '@gitops-actions/github';
import { provenanceText, type AttestationCheck } from './attestation.js';
import { render, templateValues } from './body.js';
import { TRAILER, updateBranch, type BranchOutcome } from './branch.js';
import { promotionBranch, imageName } from './branch-name.js';
import { editTargets, sourceValue } from './edits.js';
import { closeStale, decorate, upsertPull } from './pull.js';
import { mergeAsAsked } from './merge.js';
import { promotionReference } from './reference.js';
import { PROMOTION_INPUTS, type PromotionRequest } from './request.js';
import type { PromotionResult } from './result.js';

export interface PromotionPorts {
  client: RepoClient;
  log: Logger;
  serverUrl: string;
  runUrl: string;
  clock?: Clock;
  random?: () => number;
  /**
   * Looks up the digest's attestations for the body, given the service commit the image was built
   * from (when the trailers name it); never throws. Absent: the body says it was not checked.
   */
  attestations?: (digest: string, reference: ReferenceCommit | null) => Promise<AttestationCheck>;
  /**
   * Checks the tag (and the request's digest) against the registry once the tag is known and
   * before anything is written; throws to refuse the promotion. Absent: nothing is checked.
   */
  verifyImage?: (tag: string) => Promise<void>;
}

export async function promote(given: PromotionRequest, ports: PromotionPorts): Promise<PromotionResult> {
  const { client, log } = ports;
  const base = await readBase(given, client);
  const { tag, inputs } = await promoted(given, client, base.sha);
  await ports.verifyImage?.(tag);
  const name = imageName(inputs);
  // Checked again now that the tag is known: a tag read from from-file may make it invalid.
  const branch = promotionBranch(inputs, tag);
  const edited = await editTargets(inputs, client, base.sha, tag);
  const edits = edited.map((e) => e.edit);
  const previousTag = edits.find((e) => e.previousTag !== null)?.previousTag ?? '';
  const result = { tag, branch, edits, previousTag, keptCommits: 0 };

  if (edited.every((e) => !e.changed)) {
    log.info(`${inputs.base} already runs ${tag} in every target file: nothing to promote`);
    await closeStale(client, branch, inputs.base, tag, log);
    return { ...result, operation: 'unchanged', pull: undefined, headSha: base.sha };
  }
  const reference = await promotionReference(inputs, client, base.sha, log);
  const provenance = await provenanceOf(inputs.digest, reference, ports);
  const values = templateValues(inputs, {
    imageName: name,
    tag,
    branch,
    edits,
    previousTag,
    serverUrl: ports.serverUrl,
    runUrl: ports.runUrl,
    baseSha: base.sha,
    provenance,
  });

  const message = withReferenceTrailers(commitMessage(render(inputs.title, values), edited), reference);
  const outcome = await withRetry(ports, async (attempt) => {
    // A retry means the branches moved: start again from what GitHub holds now.
    const now = attempt === 1 ? { base, edits: edited } : await readBaseEdits(inputs, client, tag);
    return updateBranch(inputs, client, log, { branch, message, tag, ...now });
  });
  const { pull, operation } = await upsertPull(inputs, client, branch, values, outcome).catch(
    async (error: unknown) => {
      // A branch this run created without its PR (a token without pull-requests: write, say) would be
      // an orphan that the next run mistakes for a reviewed one.
      if (outcome.created) await client.deleteBranch(branch).catch(() => undefined);
      throw error;
    },
  );
  await decorate(inputs, client, pull, log);
  const trailers = referenceTrailers(reference).join('\n');
  const merge = await mergeAsAsked(inputs, client, pull, outcome.sha, log, trailers);
  return { ...result, keptCommits: outcome.keptCommits, operation, pull, headSha: outcome.sha, merge };
}

/**
 * The tag to promote, and the request carrying the digest that goes with it: read from `from-file`
 * when no tag is given, with the digest pinned there unless the caller pinned one.
 */
async function promoted(
  given: PromotionRequest,
  client: RepoClient,
  ref: string,
): Promise<{ tag: string; inputs: PromotionRequest }> {
  // A digest-only request (bump-manifest's pr mode) has no tag and nothing to read it from.
  if (given.tag || (!given.fromFile && given.digest)) return { tag: given.tag, inputs: given };
  const source = await sourceValue(given, client, ref);
  const digest = given.digest || source.digest;
  return { tag: source.tag, inputs: digest === given.digest ? given : { ...given, digest } };
}

async function provenanceOf(
  digest: string,
  reference: ReferenceCommit | null,
  ports: PromotionPorts,
): Promise<string> {
  const check = ports.attestations
    ? await ports.attestations(digest, reference).catch((e: unknown) => ({
        state: 'unknown' as const,
        reason: (e as Error).message,
      }))
    : ({ state: 'unknown', reason: 'no attestation lookup was configured' } as const);
  const text = provenanceText(check);
  ports.log.info(`Provenance of ${digest || 'the promoted image'}: ${text}`);
  return text;
}

function readBase(inputs: PromotionRequest, client: RepoClient): Promise<BranchTip> {
  const names = { ...PROMOTION_INPUTS, ...inputs.inputNames };
  return readBranchTip(client, inputs.base, { repositoryInput: names.repository, branchInput: names.base });
}

function commitMessage(title: string, edits: EditedText[]): string {
  const lines = edits
    .flatMap(({ edit: e }) =>
      e.changes.map((c) => `- ${e.file} ${c.location}: ${c.previous ?? '∅'} -> ${c.value || '(removed)'}`),
    )
    .join('\n');
  return `${title}\n\n${lines}\n\n${TRAILER}\n`;
}

async function readBaseEdits(
  inputs: PromotionRequest,
  client: RepoClient,
  tag: string,
): Promise<{ base: BranchTip; edits: EditedText[] }> {
  const base = await readBase(inputs, client);
  return { base, edits: await editTargets(inputs, client, base.sha, tag) };
}

function withRetry(
  ports: PromotionPorts,
  fn: (attempt: number) => Promise<BranchOutcome>,
): Promise<BranchOutcome> {
  return retry(fn, {
    attempts: 5,
    baseMs: 200,
    maxMs: 3000,
    clock: ports.clock ?? systemClock,
    random: ports.random,
    retryable: (error) => error instanceof BranchMoved,
    onRetry: ({ delayMs }) =>
      ports.log.info(`The promotion branch moved meanwhile; re-reading it in ${delayMs} ms`),
  });
}
