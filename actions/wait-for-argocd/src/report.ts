import { code, type Logger } from '@gitops-actions/kit';
import { waitForArgoCd, waitVerdict, type WaitResult } from '@gitops-actions/argocd';
import type { DeploymentReport } from '@gitops-actions/github';
import type { WaitInputs } from './inputs.js';

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
