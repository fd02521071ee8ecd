// A piece of work (a wait for Argo CD) reported as a GitHub Deployment: created and `in_progress`
// while the work runs, then `success` or `failure` by its outcome. Reporting is a side channel: a
// failure to report warns, naming the permission to add, and never changes the work's result.
import { errorMessage, shown, systemClock, type Clock, type Logger } from '@gitops-actions/kit';
import {
  DeploymentsClient,
  isProductionEnvironment,
  type Deployment,
  type DeploymentState,
} from './deployments.js';
import { isHttpError } from './errors.js';
import { createClient } from './octokit.js';

export interface DeploymentReportRequest {
  token: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  /** The caller's input holding the token, named in warnings. */
  tokenInput: string;
  /** `owner/name` of the repository whose commit is deployed. */
  repository: string;
  /** The commit deployed. */
  ref: string;
  environment: string;
  /** Whether end users reach the environment; `prod` and `production` are, when not said. */
  production?: boolean;
  description: string;
  payload: Record<string, unknown>;
  /** The run's page (log_url); none outside a runner. */
  logUrl?: string;
  /** Where the environment is seen, e.g. the Argo CD application (environment_url). */
  environmentUrl?: string;
  /** The status description while the work runs. */
  progress: string;
}

export interface DeploymentPorts {
  log: Logger;
  clock?: Clock;
  random?: () => number;
  /** The longest one request may take; 10 s by default. */
  requestTimeoutMs?: number;
}

/** What the work's result means for the deployment. */
export interface DeploymentVerdict {
  ok: boolean;
  /** One line; cut to GitHub's 140 characters. */
  description: string;
}

export interface DeploymentReport {
  id: number;
  /** The deployment's API URL. */
  url: string;
  environment: string;
  /** The last state GitHub accepted. */
  state: DeploymentState | 'created';
}

export interface Reported<T> {
  result: T;
  /** Undefined when the deployment could not be created. */
  deployment: DeploymentReport | undefined;
}

/** The work, reported: the deployment is created beside it, so GitHub never delays the work. */
export async function reportDeployment<T>(
  request: DeploymentReportRequest,
  ports: DeploymentPorts,
  work: () => Promise<T>,
  verdict: (result: T) => DeploymentVerdict,
): Promise<Reported<T>> {
  const reporter = new Reporter(
    { ...request, production: request.production ?? isProductionEnvironment(request.environment) },
    ports,
  );
  const started = reporter.start();
  let result: T;
  try {
    result = await work();
  } catch (error) {
    await reporter.finish(await started, 'error', errorMessage(error));
    throw error;
  }
  const { ok, description } = verdict(result);
  const deployment = await reporter.finish(await started, ok ? 'success' : 'failure', description);
  return { result, deployment };
}

class Reporter {
  private readonly client: DeploymentsClient;

  constructor(
    private readonly request: DeploymentReportRequest & { production: boolean },
    private readonly ports: DeploymentPorts,
  ) {
    const { log, clock = systemClock, random } = ports;
    const octokit = createClient({
      token: request.token,
      baseUrl: request.apiUrl,
      log,
      requestTimeoutMs: ports.requestTimeoutMs ?? 10_000,
    });
    this.client = new DeploymentsClient(octokit, request.repository, {
      tokenInput: request.tokenInput,
      clock,
      random,
      log,
    });
  }

  /** The deployment, `in_progress`; undefined (after a warning) when GitHub refused it. */
  async start(): Promise<DeploymentReport | undefined> {
    const { request } = this;
    let deployment: Deployment;
    try {
      deployment = await this.client.create(request);
    } catch (error) {
      this.warn('not created', error);
      return undefined;
    }
    const report: DeploymentReport = { ...deployment, state: 'created' };
    this.ports.log.info(
      `GitHub Deployment ${deployment.id} of ${request.repository} at ${shown(request.ref)} to ${shown(request.environment)}`,
    );
    await this.status(deployment, report, 'in_progress', request.progress);
    return report;
  }

  async finish(
    report: DeploymentReport | undefined,
    state: DeploymentState,
    description: string,
  ): Promise<DeploymentReport | undefined> {
    if (!report) return undefined;
    const deployment = { ...report, production: this.request.production };
    if (!(await this.status(deployment, report, state, description))) return report;
    if (state === 'success' && this.request.production) {
      try {
        await this.client.inactivateEarlier(deployment, this.request.logUrl);
      } catch (error) {
        this.warn('earlier deployments not marked inactive', error);
      }
    }
    return report;
  }

  private async status(
    deployment: Deployment,
    report: DeploymentReport,
    state: DeploymentState,
    description: string,
  ): Promise<boolean> {
    const { logUrl, environmentUrl } = this.request;
    try {
      await this.client.setStatus(deployment, { state, description, logUrl, environmentUrl });
    } catch (error) {
      this.warn(`status ${state} not set`, error);
      return false;
    }
    report.state = state;
    this.ports.log.info(`GitHub Deployment ${deployment.id}: ${state}`);
    return true;
  }

  private warn(what: string, error: unknown): void {
    const { request } = this;
    const cause = errorMessage(error);
    const { operation, hint } = error as { operation?: string; hint?: string };
    // A GITHUB_TOKEN without the permission answers 403; one for another repository, 404.
    const access =
      isHttpError(error) || /\((401|403) |answered 404:/.test(cause)
        ? ` The token in \`${request.tokenInput}\` needs \`deployments: write\` on ${request.repository}: add \`permissions: { deployments: write }\` to the job (or pass a token that has it).`
        : hint
          ? ` ${hint}`
          : '';
    this.ports.log.warning(
      `GitHub Deployment to ${shown(request.environment)} ${what}: ${operation ? `could not ${operation}: ` : ''}${cause}.${access} The wait's result is unchanged.`,
    );
  }
}
