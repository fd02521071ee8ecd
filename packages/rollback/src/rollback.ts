// The rollback: read the files' history for the value to return to, then set it back with bump's
// byte-minimal, retried edit on today's tip (push), or propose it through the promotion pull
// request (pr). Neither the edit nor the pull request is re-implemented here.
import { ActionError, shown } from '@gitops-actions/kit';
import { bump, type BumpPorts, type BumpRequest, type ReferenceCommit } from '@gitops-actions/bump';
import { promoteOnGitHub, type PromotionRequest } from '@gitops-actions/promotion';
import { checkDigest, chooseTarget, enoughFor } from './choose.js';
import { deployedValues, HISTORY_LIMIT, type FileHistory } from './history.js';
import { withGitHistory } from './history-git.js';
import { commitMessage, label, pullBody, pullTitle } from './message.js';
import { ROLLBACK_INPUTS, type RollbackRequest } from './request.js';
import type { Deployed, RollbackPorts, RollbackResult } from './types.js';

export async function rollback(request: RollbackRequest, ports: RollbackPorts): Promise<RollbackResult> {
  const { values, commitsRead } = await withHistory(request, ports, (history) =>
    deployedValues(history, { ...request, tag: '', digest: '' }, enoughFor(request)),
  );
  const target = chooseTarget(request, values, commitsRead);
  const current = values[0]!;
  checkDigest(request, current, target);
  ports.log.info(
    `${label(request)} runs ${shown(current.tag)}; rolling back to ${shown(target.tag)}, deployed by ${target.sha.slice(0, 7)}`,
  );
  return request.mode === 'pr' ? propose(request, target, ports) : commit(request, target, ports);
}

async function withHistory<T>(
  request: RollbackRequest,
  ports: RollbackPorts,
  use: (history: FileHistory) => Promise<T>,
): Promise<T> {
  const limit = request.historyLimit ?? HISTORY_LIMIT;
  const names = request.inputNames ?? ROLLBACK_INPUTS;
  if (request.transport !== 'api') {
    const { url, token, branch, files } = request;
    const inputs = { repository: names.repository, branch: names.branch, token: names.token };
    return withGitHistory({ url, token, branch, files, limit, inputs, ...ports }, use);
  }
  // Octokit loads only here (as in bump), after the inputs were found good.
  // One after the other: Jest's ESM loader fails on two concurrent imports sharing modules.
  const { connect } = await import('./connect.js');
  const { apiHistory } = await import('./history-api.js');
  const client = await connect(request, ports);
  return use(apiHistory(client, request.branch, request.files, limit));
}

async function commit(
  request: RollbackRequest,
  target: Deployed,
  ports: RollbackPorts,
): Promise<RollbackResult> {
  const bumpRequest: BumpRequest = {
    ...request,
    tag: target.tag,
    digest: target.digest,
    createMissing: false,
    commitMessage: commitMessage(request, target),
    dryRun: false,
    inputNames: request.inputNames ?? ROLLBACK_INPUTS,
    referenceCommit: restoredReference(request, target),
  };
  const bumpPorts: BumpPorts = { ...ports };
  const result = await bump(bumpRequest, bumpPorts);
  return {
    restoredTag: target.tag,
    restoredDigest: target.digest,
    previousTag: result.previousTag,
    commitSha: result.commitSha,
    pullRequestUrl: '',
    changed: result.changed,
    from: target,
    edits: result.edits,
  };
}

async function propose(
  request: RollbackRequest,
  target: Deployed,
  ports: RollbackPorts,
): Promise<RollbackResult> {
  if (!request.repository) {
    const names = request.inputNames ?? ROLLBACK_INPUTS;
    throw new ActionError(
      'open the rollback pull request',
      'pull requests need an owner/name repository on GitHub',
      {
        hint: `Give the ${names.repository} input as owner/name, or set ${names.mode} to push.`,
      },
    );
  }
  const env = {
    ...(ports.env ?? process.env),
    GITHUB_SERVER_URL: request.serverUrl,
    ...(request.apiUrl ? { GITHUB_API_URL: request.apiUrl } : {}),
  };
  const commitUrl = `${request.serverUrl}/${request.repository}/commit/${target.sha}`;
  const promotion: PromotionRequest = {
    repository: request.repository,
    token: request.token,
    base: request.branch,
    files: request.files,
    image: request.image,
    tag: target.tag,
    fromFile: '',
    digest: target.digest,
    key: request.key,
    digestKey: request.digestKey,
    format: request.format,
    environment: label(request),
    branch: `rollback/${branchPart(request)}{image-name}`,
    title: pullTitle(request),
    body: pullBody(request, target, commitUrl),
    labels: [],
    reviewers: [],
    teamReviewers: [],
    assignees: [],
    draft: false,
    autoMerge: '',
    referenceCommit: {
      enabled: request.referenceCommit !== false,
      overrides: {},
      known: restoredReference(request, target),
    },
  };
  const result = await promoteOnGitHub(promotion, ports.log, env);
  return {
    restoredTag: target.tag,
    restoredDigest: target.digest,
    previousTag: result.previousTag,
    commitSha: result.headSha,
    pullRequestUrl: result.pull?.url ?? '',
    changed: result.operation !== 'unchanged',
    from: target,
    edits: result.edits,
  };
}

/** The service commit behind the restored value, carried forward unless the caller opted out. */
function restoredReference(request: RollbackRequest, target: Deployed): ReferenceCommit | null {
  return request.referenceCommit === false ? null : target.reference;
}

/** `production/`: one rollback pull request per environment and image, updated by a re-run. */
function branchPart(request: RollbackRequest): string {
  const slug = request.environment
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  return slug ? `${slug}/` : '';
}
