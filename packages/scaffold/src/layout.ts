// Where a service's files live in the GitOps repository: the layouts the README, the examples, the
// demo and bump-manifest already use, so a scaffolded repository is edited like any other.
import type { ScaffoldRequest } from './request.js';

/** The file a deploy to `env` bumps: Helm values or the Kustomize overlay. */
export function envFile(req: ScaffoldRequest, env: string): string {
  return req.layout === 'helm'
    ? `envs/${env}/${req.service}/values.yaml`
    : `overlays/${env}/${req.service}/kustomization.yaml`;
}

/** The folder of `env`'s own files (CODEOWNERS, app map). */
export const envFolder = (req: ScaffoldRequest, env: string): string =>
  envFile(req, env).replace(/\/[^/]+$/, '');

/** What every environment renders from: the chart or the Kustomize base. */
export const sharedFolder = (req: ScaffoldRequest): string =>
  req.layout === 'helm' ? `charts/${req.service}` : `base/${req.service}`;

/** The path Argo CD renders for `env`: the chart (values chosen by valueFiles) or the overlay. */
export const sourcePath = (req: ScaffoldRequest, env: string): string =>
  req.layout === 'helm' ? sharedFolder(req) : envFolder(req, env);

export const appName = (req: ScaffoldRequest, env: string): string => `${req.service}-${env}`;
export const namespaceOf = (req: ScaffoldRequest, env: string): string => `${req.namespacePrefix}${env}`;
export const production = (req: ScaffoldRequest): string => req.environments[req.environments.length - 1]!;
export const isProduction = (req: ScaffoldRequest, env: string): boolean => env === production(req);

export const argocdFolder = (req: ScaffoldRequest): string => `argocd/${req.service}`;
export const serviceWorkflowsFolder = (req: ScaffoldRequest): string =>
  `.gitops-actions/service-workflows/${req.service}`;
export const gitopsWorkflowFile = (req: ScaffoldRequest): string =>
  `.github/workflows/wait-deploy-${req.service}.yml`;
export const CODEOWNERS_FILE = '.github/CODEOWNERS';

/** The in-cluster API server: destinations of the generated apps. */
export const IN_CLUSTER = 'https://kubernetes.default.svc';
