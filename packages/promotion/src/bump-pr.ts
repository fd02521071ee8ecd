// bump-manifest's two ways to publish one edit: push it to the branch (bump), or propose it as a
// pull request into the branch through the promotion path (branch, commit, PR), for branches that
// protection keeps from direct pushes.
import { createHash } from 'node:crypto';
import { githubServerUrl } from '@gitops-actions/kit';
import {
  bump,
  BUMP_MANIFEST_INPUTS,
  completeReference,
  type BumpPorts,
  type BumpRequest,
  type BumpResult,
} from '@gitops-actions/bump';
import type { PromotionRequest } from './request.js';

/** Pushes the bump, or with `mode: pr` opens (or updates) the one pull request that carries it. */
export async function bumpOrPropose(
  inputs: BumpRequest,
  ports: BumpPorts,
  env: NodeJS.ProcessEnv = process.env,
): Promise<BumpResult> {
  inputs = await withServiceCommit(inputs, ports);
  if (inputs.mode !== 'pr') return bump(inputs, ports);
  // A dry run writes nothing, so the api transport's dry run shows exactly what the PR would carry.
  if (inputs.dryRun) return bump({ ...inputs, transport: 'api' }, ports);
  const { RepoClient, createClient } = await import('@gitops-actions/github');
  const { promote } = await import('./promote.js');
  const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const repository = inputs.repository ?? '';
  const client =
    ports.github ??
    new RepoClient(
      createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log }),
      repository,
      {
        tokenInput: names.token,
        clock: ports.clock,
        random: ports.random,
        log: ports.log,
      },
    );
  const serverUrl = inputs.serverUrl || githubServerUrl(env);
  const runUrl =
    env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
      ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : '';
  const request = proposal(inputs);
  const result = await promote(request, {
    client,
    log: ports.log,
    serverUrl,
    runUrl,
    clock: ports.clock,
    random: ports.random,
  });
  return {
    changed: result.operation !== 'unchanged',
    commitSha: result.headSha,
    previousTag: result.previousTag,
    changedFiles: result.edits.filter((e) => e.changes.length > 0).map((e) => e.file),
    attempts: 1,
    edits: result.edits,
    diff: '',
    pullRequest: result.pull
      ? {
          number: result.pull.number,
          url: result.pull.url,
          operation: result.operation,
          branch: result.branch,
        }
      : undefined,
  };
}

/**
 * The request with its reference commit completed from GitHub's API when the event left the
 * author, date or subject unknown and the token is meant for that GitHub (`repository` is
 * `owner/name` there). Only one request, and only when something is missing.
 */
async function withServiceCommit(inputs: BumpRequest, ports: BumpPorts): Promise<BumpRequest> {
  const service = inputs.referenceRepository;
  if (!inputs.referenceCommit || !service || !inputs.repository || inputs.dryRun) return inputs;
  const { RepoClient, createClient } = await import('@gitops-actions/github');
  const octokit =
    ports.github?.octokit ?? createClient({ token: inputs.token, baseUrl: inputs.apiUrl, log: ports.log });
  const client = new RepoClient(octokit, service, { attempts: 1, log: ports.log });
  const referenceCommit = await completeReference(inputs.referenceCommit, { client, log: ports.log });
  return { ...inputs, referenceCommit };
}

/**
 * The bump as a promotion into its own branch. The head branch is `bump/<hash>/<tag>`: the hash of
 * the files, image and key keeps bumps of different targets apart, and the same bump again finds
 * the same branch and pull request.
 */
export function proposal(inputs: BumpRequest): PromotionRequest {
  const target = [[...inputs.files].sort().join('\n'), inputs.image, inputs.key].join('\0');
  const hash = createHash('sha256').update(target).digest('hex').slice(0, 10);
  const value = inputs.tag || inputs.digest.replace(/^sha256:/, 'sha256-').slice(0, 19);
  const names = inputs.inputNames ?? BUMP_MANIFEST_INPUTS;
  const what = inputs.format === 'kustomize' || inputs.format === 'manifest' ? inputs.image : inputs.key;
  const mode = names.mode ?? 'mode';
  return {
    repository: inputs.repository ?? '',
    token: inputs.token,
    base: inputs.branch,
    files: inputs.files,
    image: inputs.image,
    tag: inputs.tag,
    fromFile: '',
    digest: inputs.digest,
    key: inputs.key,
    digestKey: inputs.digestKey,
    format: inputs.format,
    createMissing: inputs.createMissing,
    environment: inputs.branch,
    branch: `bump/${hash}/${value}`,
    title: `Bump ${what} to ${inputs.tag || inputs.digest} in ${inputs.files.join(', ')}`,
    body: `Bumps \`{image-name}\` from \`{from}\` to \`{to}\` in \`{base}\`, as a pull request (\`${mode}: pr\`) rather than a direct push.

{changes}
- Changes: {compare-url}
- Workflow run: {run-url}
`,
    labels: [],
    reviewers: [],
    teamReviewers: [],
    assignees: [],
    draft: false,
    autoMerge: '',
    referenceCommit: { enabled: true, overrides: {}, known: inputs.referenceCommit ?? null },
    inputNames: {
      repository: names.repository,
      base: names.branch,
      key: names.key,
      digestKey: names.digestKey,
      createMissing: names.createMissing,
    },
  };
}
