import { githubApiUrl, githubServerUrl, type Logger } from '@gitops-actions/kit';
import { RepoClient, createClient } from '@gitops-actions/github';
import type { Inputs } from './inputs.js';
import { promote, type PromotionResult } from './promote.js';

/** Wires the real GitHub client from the runner's environment (GITHUB_API_URL, GITHUB_SERVER_URL, run id). */
export function promoteWithGitHub(
  inputs: Inputs,
  log: Logger,
  env: NodeJS.ProcessEnv,
): Promise<PromotionResult> {
  const serverUrl = githubServerUrl(env);
  const client = new RepoClient(
    createClient({ token: inputs.token, baseUrl: githubApiUrl(env, serverUrl), log }),
    inputs.repository,
  );
  const runUrl =
    env['GITHUB_REPOSITORY'] && env['GITHUB_RUN_ID']
      ? `${serverUrl}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}`
      : '';
  return promote(inputs, { client, log, serverUrl, runUrl });
}
