// What a deploy gives its step besides the summary: the output values, and the secrets to mask.
import { basicAuth } from '@gitops-actions/kit';
import { waitOutputs } from '@gitops-actions/argocd';
import type { DeployReport, DeployRequest } from './request.js';

/** The root action's outputs, by their names in action.yml; empty for stages not reached. */
export type DeployOutputs = {
  tag: string;
  digest: string;
  'image-ref': string;
  'scan-passed': string;
  'commit-sha': string;
  'sync-status': string;
  'health-status': string;
};

export function deployOutputs(report: DeployReport): DeployOutputs {
  const digest = report.pushed?.digest ?? '';
  const argo = waitOutputs(report.argocd);
  return {
    tag: report.tag,
    digest,
    'image-ref': digest ? `${report.image}@${digest}` : '',
    'scan-passed': report.scan ? String(report.scan.passed) : '',
    'commit-sha': report.bump?.commitSha ?? '',
    'sync-status': argo['sync-status'],
    'health-status': argo['health-status'],
  };
}

/** Every credential in the request, and the registry login in the form it takes on the wire. */
export function deploySecrets(request: DeployRequest): string[] {
  const { username, password } = request.image;
  return [
    password,
    ...(password ? [basicAuth(username, password)] : []),
    request.gitops.token,
    ...(request.argocd ? [request.argocd.token] : []),
    ...(request.image.buildSecrets ?? []).map((s) => s.value),
  ];
}
