// GitHub Deployments: the deployment of a commit to an environment and the statuses it moves
// through, so GitHub's environment pages show what is running where. Each call is one request,
// retried like RepoClient's while the failure may pass, and an ActionError naming the step after.
import { ActionError, retry, systemClock } from '@gitops-actions/kit';
import type { GitHubClient } from './octokit.js';
import { isTransient, toActionError } from './errors.js';
import type { RepoClientOptions } from './repo.js';

/** GitHub's limit on a status description. */
export const STATUS_DESCRIPTION_LIMIT = 140;

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRequest {
  /** The commit (or ref) deployed: the service's commit, not the GitOps one. */
  ref: string;
  environment: string;
  description: string;
  payload: Record<string, unknown>;
  /** Whether end users reach this environment; GitHub's auto_inactive leaves such deployments alone. */
  production: boolean;
}

export interface Deployment {
  id: number;
  /** The deployment's API URL. */
  url: string;
  environment: string;
  production: boolean;
}

export interface DeploymentStatusUpdate {
  state: DeploymentState;
  description?: string;
  /** The run that did it (GitHub's `log_url`). */
  logUrl?: string;
  /** Where the environment is seen (GitHub's `environment_url`). */
  environmentUrl?: string;
}

/** `prod` and `production` are production environments; GitHub's own default only knows the second. */
export const isProductionEnvironment = (name: string): boolean => /^prod(uction)?$/i.test(name);

/** One line of at most 140 characters, as GitHub takes a status description. */
export function statusDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= STATUS_DESCRIPTION_LIMIT
    ? line
    : `${chars.slice(0, STATUS_DESCRIPTION_LIMIT - 1).join('')}…`;
}

/** How many earlier deployments of the environment are looked at when marking them inactive. */
const EARLIER_LOOKED_AT = 10;

export class DeploymentsClient {
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    readonly octokit: GitHubClient,
    readonly fullName: string,
    private readonly options: RepoClientOptions = {},
  ) {
    [this.owner = '', this.repo = ''] = fullName.split('/');
  }

  async create(request: DeploymentRequest): Promise<Deployment> {
    const operation = `create a deployment of ${this.fullName} to ${request.environment}`;
    const data = await this.call(operation, async () => {
      const answer = await this.octokit.rest.repos.createDeployment({
        owner: this.owner,
        repo: this.repo,
        ref: request.ref,
        environment: request.environment,
        description: request.description,
        payload: request.payload,
        // The commit is deployed as it is: no merge of the default branch into it, and no wait for
        // its commit statuses, which the workflow already passed to get here.
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: request.production,
      });
      return answer.data;
    });
    // 202 is GitHub merging the default branch first, which auto_merge: false never asks for.
    if (!('id' in data)) {
      throw new ActionError(operation, `GitHub did not create it: ${data.message ?? 'no deployment id'}`);
    }
    return { id: data.id, url: data.url, environment: data.environment, production: request.production };
  }

  /** A new status; `success` makes earlier successful deployments of the environment inactive. */
  async setStatus(deployment: Deployment, update: DeploymentStatusUpdate): Promise<void> {
    await this.call(`set deployment ${deployment.id} to ${update.state}`, () =>
      this.octokit.rest.repos.createDeploymentStatus({
        owner: this.owner,
        repo: this.repo,
        deployment_id: deployment.id,
        state: update.state,
        ...(update.description ? { description: statusDescription(update.description) } : {}),
        ...(update.logUrl ? { log_url: update.logUrl } : {}),
        ...(update.environmentUrl ? { environment_url: update.environmentUrl } : {}),
        ...(update.state === 'success' ? { auto_inactive: true } : {}),
      }),
    );
  }

  /**
   * GitHub's auto_inactive skips production environments, whose earlier deployments would all stay
   * active: those whose last status is `success` are marked `inactive` here. The ten most recent
   * are looked at, down to the first already inactive (older ones were handled when it was).
   */
  async inactivateEarlier(deployment: Deployment, logUrl?: string): Promise<number[]> {
    const { data } = await this.call(`list the deployments of ${deployment.environment}`, () =>
      this.octokit.rest.repos.listDeployments({
        owner: this.owner,
        repo: this.repo,
        environment: deployment.environment,
        per_page: EARLIER_LOOKED_AT + 1,
      }),
    );
    const marked: number[] = [];
    for (const earlier of data.filter((d) => d.id !== deployment.id && d.id < deployment.id)) {
      const state = await this.lastState(earlier.id);
      if (state === 'inactive') break;
      if (state !== 'success') continue;
      await this.setStatus({ ...deployment, id: earlier.id }, { state: 'inactive', logUrl });
      marked.push(earlier.id);
    }
    return marked;
  }

  private async lastState(id: number): Promise<string | undefined> {
    const { data } = await this.call(`read the statuses of deployment ${id}`, () =>
      this.octokit.rest.repos.listDeploymentStatuses({
        owner: this.owner,
        repo: this.repo,
        deployment_id: id,
        per_page: 1,
      }),
    );
    return data[0]?.state;
  }

  private async call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    let attempts = 0;
    const { attempts: budget = 3, clock = systemClock, random, log } = this.options;
    try {
      return await retry(
        (attempt) => {
          attempts = attempt;
          return fn();
        },
        {
          attempts: budget,
          baseMs: 500,
          maxMs: 4000,
          clock,
          random,
          retryable: isTransient,
          onRetry: ({ attempt, delayMs }) =>
            log?.info(`${operation}: attempt ${attempt} failed; retrying in ${delayMs} ms`),
        },
      );
    } catch (error) {
      throw toActionError(error, operation, this.options.tokenInput ?? 'token', attempts);
    }
  }
}
