// The caller workflows: the service repository's deploy.yml (dev-deploy.yml, then promotion pull
// requests through promote.yml) and the GitOps repository's wait after a merge (wait-deploy.yml).
// They call only this project's reusable workflows, so there is no third-party action to pin; each
// job grants what the called workflow's jobs ask for, and the workflow itself reads only.
import { stringify } from 'yaml';
import { appName, envFile, envFolder, isProduction, sharedFolder } from './layout.js';
import type { ScaffoldRequest } from './request.js';

export const REUSABLE = 'gitops-actions/gitops-actions/.github/workflows';
const secret = (name: string): string => `\${{ secrets.${name} }}`;
const READ = { contents: 'read' } as const;

function registryInputs(req: ScaffoldRequest): Record<string, string> {
  const r = req.registry;
  switch (r.kind) {
    case 'ghcr':
      return { registry: 'ghcr' };
    case 'ecr':
      return {
        registry: 'ecr',
        'aws-role-arn': `arn:aws:iam::${r.account}:role/gha-${req.service}-push`,
        'aws-region': r.region,
      };
    case 'gar':
      return {
        registry: 'gar',
        'gcp-workload-identity-provider': r.workloadIdentityProvider,
        ...(r.serviceAccount ? { 'gcp-service-account': r.serviceAccount } : {}),
      };
    case 'acr':
      return { registry: 'acr', 'azure-client-id': r.clientId, 'azure-tenant-id': r.tenantId };
  }
}

/** What the cloud must trust, in the header: the one subject the workflow's token carries. */
function trustLine(req: ScaffoldRequest): string[] {
  const subject = `repo:${req.serviceRepo}:ref:refs/heads/main`;
  switch (req.registry.kind) {
    case 'ghcr':
      return [];
    case 'ecr':
      return [`#   ECR: the role's trust policy admits ${subject} only.`];
    case 'gar':
      return [`#   Artifact Registry: the provider's attribute condition admits ${subject} only.`];
    case 'acr':
      return [`#   ACR: the app's federated credential has subject ${subject}.`];
  }
}

function devJob(req: ScaffoldRequest, dev: string): Record<string, unknown> {
  return {
    if: "github.event_name == 'push'",
    uses: `${REUSABLE}/dev-deploy.yml@v1`,
    // Everything any job of dev-deploy.yml may ask for: GitHub checks it before the run starts.
    permissions: {
      contents: 'read',
      'id-token': 'write',
      packages: 'write',
      attestations: 'write',
      // The scan job's SARIF upload.
      'security-events': 'write',
      actions: 'read',
      // The dev wait's GitHub Deployment.
      deployments: 'write',
    },
    with: {
      image: req.image,
      ...registryInputs(req),
      'gitops-repository': req.gitopsRepository,
      'gitops-branch': req.branch,
      'dev-files': envFile(req, dev),
      'argocd-server': req.argocdServer,
      'argocd-app': appName(req, dev),
    },
    secrets: { 'gitops-token': secret('GITOPS_TOKEN'), 'argocd-token': secret('ARGOCD_TOKEN') },
  };
}

function promoteWith(req: ScaffoldRequest, env: string): Record<string, string> {
  return {
    image: req.image,
    'gitops-repository': req.gitopsRepository,
    base: req.branch,
    'prod-files': envFile(req, env),
    ...(req.layout === 'helm' ? { 'digest-key': 'image.digest' } : {}),
    environment: env,
    labels: `promotion,${req.service}`,
  };
}

interface Trigger {
  needs?: string;
  if: string;
  with: Record<string, string>;
}

function promoteJob(req: ScaffoldRequest, env: string, trigger: Trigger): Record<string, unknown> {
  const { with: given, ...rest } = trigger;
  return {
    ...rest,
    uses: `${REUSABLE}/promote.yml@v1`,
    permissions: READ,
    with: { ...promoteWith(req, env), ...given },
    secrets: { 'gitops-token': secret('GITOPS_TOKEN') },
  };
}

/** Push to the branch: deploy the first environment, then open the promotion PR to the next. */
function serviceJobs(req: ScaffoldRequest): Record<string, unknown> {
  const [first, next] = req.environments as [string, string | undefined];
  const deploy = `deploy-${first}`;
  const jobs: Record<string, unknown> = { [deploy]: devJob(req, first) };
  if (next !== undefined) {
    jobs[`promote-${next}`] = promoteJob(req, next, {
      needs: deploy,
      // dev-deploy always skips one of its image jobs; a status function keeps this job from inheriting it.
      if: `\${{ !cancelled() && needs.${deploy}.result == 'success' }}`,
      with: { tag: `\${{ needs.${deploy}.outputs.tag }}`, digest: `\${{ needs.${deploy}.outputs.digest }}` },
    });
  }
  req.environments.slice(1).forEach((env, i) => {
    jobs[`dispatch-${env}`] = promoteJob(req, env, {
      if: `github.event_name == 'workflow_dispatch' && inputs.environment == '${env}'`,
      with: { tag: '${{ inputs.tag }}', 'from-file': envFile(req, req.environments[i]!) },
    });
  });
  return jobs;
}

export function serviceWorkflow(req: ScaffoldRequest): string {
  const later = req.environments.slice(1);
  const on: Record<string, unknown> = { push: { branches: ['main'] } };
  if (later.length > 0) {
    on['workflow_dispatch'] = {
      inputs: {
        environment: {
          description: 'Environment to promote to, from the one before it',
          type: 'choice',
          options: later,
        },
        tag: {
          description: 'Tag to promote; empty: the tag the environment before it runs',
          type: 'string',
          default: '',
        },
      },
    };
  }
  const header = [
    `# Generated by gitops-actions init for ${req.service}: copy to ${req.serviceRepo}/.github/workflows/deploy.yml.`,
    `# A push to main builds, scans and pushes ${req.image}, bumps ${envFile(req, req.environments[0]!)}`,
    `# and waits for ${appName(req, req.environments[0]!)}; ${later.length > 0 ? `then it opens the promotion pull request to ${later[0]}.` : 'there is no later environment.'}`,
    ...(later.length > 0
      ? ['# Run it by hand (workflow_dispatch) to promote an environment from the one before it.']
      : []),
    `# Secrets: GITOPS_TOKEN (contents and pull-requests write on ${req.gitopsRepository} only),`,
    `#   ARGOCD_TOKEN (argocd proj role create-token ${req.service} ci).`,
    ...trustLine(req),
  ];
  const body = { name: 'deploy', on, permissions: READ, jobs: serviceJobs(req) };
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}

function waitJob(req: ScaffoldRequest, env: string): Record<string, unknown> {
  const app = appName(req, env);
  return {
    uses: `${REUSABLE}/wait-deploy.yml@v1`,
    // The wait's GitHub Deployment of the merged commit.
    permissions: { ...READ, deployments: 'write' },
    with: {
      'argocd-server': req.argocdServer,
      environment: env,
      'app-map': `${envFolder(req, env)}/*=${app}\n${sharedFolder(req)}/*=${app}\n`,
      // Production syncs by hand, inside its sync window: the wait leaves time for that.
      ...(isProduction(req, env) ? { timeout: 3600 } : {}),
    },
    secrets: { 'argocd-token': secret('ARGOCD_TOKEN') },
  };
}

/** After a merge to the branch: wait for each promoted environment's app the change touches. */
export function gitopsWorkflow(req: ScaffoldRequest): string {
  // The first environment's wait is part of dev-deploy.yml; later ones change by merged pull requests.
  const envs = req.environments.length > 1 ? req.environments.slice(1) : req.environments;
  const header = [
    `# Generated by gitops-actions init for ${req.service}: after a merge to ${req.branch}, wait until Argo CD`,
    `# runs the merged commit in every ${req.service} app the change touches (${envs.map((e) => appName(req, e)).join(', ')}).`,
    '# Each job runs in the GitHub environment of its name (required reviewers, wait timers).',
    `# Secret: ARGOCD_TOKEN (argocd proj role create-token ${req.service} ci).`,
  ];
  const jobs = Object.fromEntries(envs.map((env) => [`wait-${env}`, waitJob(req, env)]));
  const body = {
    name: `wait-deploy-${req.service}`,
    on: { push: { branches: [req.branch] } },
    permissions: READ,
    jobs,
  };
  return `${header.join('\n')}\n${stringify(body, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
