import { githubApiUrl, githubServerUrl, type Logger } from '@gitops-actions/kit';
import type { PromotionPorts } from './promote.js';
import type { PromotionRequest } from './request.js';
import type { PromotionResult } from './result.js';

/**
 * Opens or updates the promotion pull request through the GitHub API of the runner's environment
 * (GITHUB_API_URL, GITHUB_SERVER_URL, and the run's URL for the body).
 */
export async function promoteOnGitHub(
  inputs: PromotionRequest,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<PromotionResult> {
  // Octokit is loaded only now, after the inputs were validated, so a run that fails on them starts fast.
  // One after the other: Jest's ESM loader fails on two concurrent imports sharing modules.
  const { RepoClient, createClient } = await import('@gitops-actions/github');
  const { promote } = await import('./promote.js');
  const { buildingRepository, checkAttestations } = await import('./attestation.js');
  const { verifyImage } = await import('./verify.js');
  const serverUrl = githubServerUrl(env);
  const client = new RepoClient(
    createClient({ token: inputs.token, baseUrl: githubApiUrl(env, serverUrl), log }),
    inputs.repository,
    { tokenInput: 'token', log },
  );
  const runUrl =
    env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
      ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : '';
  const attestations: PromotionPorts['attestations'] = (digest, reference) =>
    checkAttestations(
      client.octokit,
      buildingRepository(reference, env, serverUrl, inputs.repository),
      digest,
    );
  const verify = (tag: string) => verifyImage(inputs, tag, { env, log });
  return promote(inputs, { client, log, serverUrl, runUrl, attestations, verifyImage: verify });
}
