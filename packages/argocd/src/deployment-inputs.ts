// The GitHub Deployment that reports a wait: its inputs, parsed beside the wait's own.
import {
  InputError,
  fullNameInput,
  githubApiUrl,
  githubServerUrl,
  oneLineInput,
  shown,
  type InputReader,
} from '@gitops-actions/kit';
import { appKey, type AppRef } from './types.js';
import type { DeploymentReportRequest } from '@gitops-actions/github';

/** The wait's side of the Deployment: where it looks and what it waited for. */
interface WaitFacts {
  server: string;
  apps: AppRef[];
  revision: string | undefined;
}

/** The GitHub Deployment the inputs ask for, or undefined without `deployment-environment`. */
export function deploymentInputs(
  raw: InputReader,
  env: NodeJS.ProcessEnv,
  wait: WaitFacts,
): DeploymentReportRequest | undefined {
  const environment = environmentInput(raw.string('deployment-environment'));
  const ref = raw.string('deployment-ref', { default: env['GITHUB_SHA'] ?? '' });
  const repository = raw.string('deployment-repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
  const token = raw.secret('github-token');
  const image = oneLineInput('image', raw.string('image'));
  const tag = oneLineInput('tag', raw.string('tag'));
  const digest = digestInput(raw.string('digest'));
  if (!environment) return undefined;
  if (!token) {
    throw new InputError(
      'github-token',
      'is required with deployment-environment: pass a token with `deployments: write` (e.g. github.token, with `permissions: { deployments: write }` on the job)',
    );
  }
  if (!ref) throw new InputError('deployment-ref', 'is required (GITHUB_SHA is not set outside a runner)');
  if (!/^[0-9a-fA-F]{7,40}$/.test(ref) && !/^[A-Za-z0-9._/-]{1,255}$/.test(ref)) {
    throw new InputError('deployment-ref', `${shown(ref)} is not a commit SHA or a branch or tag name`);
  }
  if (!repository) {
    throw new InputError(
      'deployment-repository',
      'is required (GITHUB_REPOSITORY is not set outside a runner)',
    );
  }
  const serverUrl = githubServerUrl(env);
  const apps = wait.apps.map(appKey);
  return {
    token,
    apiUrl: githubApiUrl(env, serverUrl),
    tokenInput: 'github-token',
    repository: fullNameInput('deployment-repository', repository),
    ref,
    environment,
    description: `${image || 'GitOps'}${tag ? `:${tag}` : ''} to ${environment} with Argo CD`,
    payload: { image, tag, digest, gitopsCommit: wait.revision ?? '', applications: apps },
    logUrl: runUrl(env, serverUrl),
    environmentUrl: appUrl(wait.server, wait.apps[0]),
    progress: `Waiting for Argo CD: ${apps.join(', ')}`,
  };
}

/** GitHub takes up to 255 characters, no line breaks, no commas or semicolons in environment names. */
function environmentInput(value: string): string {
  if (value === '') return '';
  oneLineInput('deployment-environment', value);
  if (value.length > 255 || /[,;]/.test(value)) {
    throw new InputError(
      'deployment-environment',
      `${shown(value)} is not an environment name (up to 255 characters, no line breaks, commas or semicolons)`,
    );
  }
  return value;
}

function digestInput(value: string): string {
  if (value !== '' && !/^sha256:[0-9a-f]{64}$/.test(value)) {
    throw new InputError('digest', `${shown(value)} is not a digest (sha256: and 64 lower-case hex)`);
  }
  return value;
}

/** The run's page: GitHub's log_url. */
function runUrl(env: NodeJS.ProcessEnv, serverUrl: string): string | undefined {
  const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  return repo && run ? `${serverUrl}/${repo}/actions/runs/${run}` : undefined;
}

/** The application's page in Argo CD's UI: GitHub's environment_url. */
function appUrl(server: string, app: AppRef | undefined): string | undefined {
  if (!app) return undefined;
  const path = [app.namespace, app.name].filter(Boolean).map((p) => encodeURIComponent(p!));
  return `${server.replace(/\/+$/, '')}/applications/${path.join('/')}`;
}
