// A wait reported as a GitHub Deployment: the one composition wait-for-argocd and the root action share.
import { code, type Logger } from '@gitops-actions/kit';
import type { DeploymentReport, DeploymentReportRequest } from '@gitops-actions/github';
import { waitVerdict } from './outcome.js';
import type { WaitResult } from './wait-types.js';
import { waitForArgoCd, type ArgoWaitRequest } from './wait.js';

/** The wait, and the GitHub Deployment that reports it when asked for. */
export type WaitInputs = ArgoWaitRequest & { deployment?: DeploymentReportRequest };

export interface Waited {
  wait: WaitResult;
  deployment?: DeploymentReport;
}

/** The wait, reported as a GitHub Deployment when the inputs ask for one. */
export async function waitAndReport(request: WaitInputs, log: Logger): Promise<Waited> {
  const wait = () => waitForArgoCd(request, { log });
  if (!request.deployment) return { wait: await wait() };
  // Octokit loads only now, and only for a run that reports a Deployment.
  const { reportDeployment } = await import('@gitops-actions/github');
  const { result, deployment } = await reportDeployment(request.deployment, { log }, wait, waitVerdict);
  return { wait: result, deployment };
}

export function deploymentOutputs(deployment: DeploymentReport | undefined): Record<string, string> {
  return {
    'deployment-id': deployment ? String(deployment.id) : '',
    'deployment-url': deployment?.url ?? '',
  };
}

export function deploymentSummary(deployment: DeploymentReport | undefined): string {
  if (!deployment) return '';
  return `\nGitHub Deployment ${deployment.id} to ${code(deployment.environment)}: ${code(deployment.state)}\n`;
}
