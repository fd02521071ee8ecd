// (13.6) init's flags: defaults, and one clear error naming the flag for each bad value.
import { InputError } from '@gitops-actions/kit';
import { scaffoldRequest, type ScaffoldFlags } from '@gitops-actions/scaffold';

const good: ScaffoldFlags = { service: 'api', image: 'ghcr.io/acme/api', layout: 'helm' };

function refusal(flags: ScaffoldFlags): InputError {
  try {
    scaffoldRequest(flags);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('(13.6) init flags', () => {
  it('fills the defaults from the image and service', () => {
    expect(scaffoldRequest(good)).toEqual({
      service: 'api',
      image: 'ghcr.io/acme/api',
      registry: { kind: 'ghcr' },
      layout: 'helm',
      environments: ['dev', 'staging', 'prod'],
      repoUrl: 'https://github.com/acme/gitops',
      gitopsRepository: 'acme/gitops',
      branch: 'main',
      namespacePrefix: 'api-',
      argocdNamespace: 'argocd',
      argocdServer: 'https://argocd.example.com',
      applicationSet: false,
      serviceRepo: 'acme/api',
      owners: { dev: '@acme/api', staging: '@acme/api', prod: '@acme/platform' },
      tag: 'latest',
    });
  });

  it('takes owners per environment and an ECR image with its service repository', () => {
    const req = scaffoldRequest({
      ...good,
      image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api',
      'service-repo': 'acme/api',
      environments: 'dev,prod',
      owners: 'dev=@acme/api-devs,prod=@acme/sre',
      'repo-url': 'https://github.com/acme/deploys.git',
    });
    expect(req.owners).toEqual({ dev: '@acme/api-devs', prod: '@acme/sre' });
    expect(req.repoUrl).toBe('https://github.com/acme/deploys');
    expect(req.registry).toEqual({ kind: 'ecr', account: '123456789012', region: 'eu-west-1' });
  });

  it('takes an Artifact Registry or ACR image with the identity its OIDC login needs', () => {
    const provider = 'projects/123456789/locations/global/workloadIdentityPools/github/providers/acme';
    expect(
      scaffoldRequest({
        ...good,
        image: 'europe-west1-docker.pkg.dev/acme-prod/apps/api',
        'service-repo': 'acme/api',
        'gcp-workload-identity-provider': provider,
        'gcp-service-account': 'api-push@acme-prod.iam.gserviceaccount.com',
      }).registry,
    ).toEqual({
      kind: 'gar',
      workloadIdentityProvider: provider,
      serviceAccount: 'api-push@acme-prod.iam.gserviceaccount.com',
    });
    expect(
      scaffoldRequest({
        ...good,
        image: 'acmeapps.azurecr.io/api',
        'service-repo': 'acme/api',
        'azure-client-id': '11111111-2222-3333-4444-555555555555',
        'azure-tenant-id': 'AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee',
      }).registry,
    ).toEqual({
      kind: 'acr',
      clientId: '11111111-2222-3333-4444-555555555555',
      tenantId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    });
  });

  it.each<[string, ScaffoldFlags, RegExp]>([
    ['service', { ...good, service: 'API' }, /not a service name/],
    ['service', { image: 'ghcr.io/acme/api', layout: 'helm' }, /is required/],
    ['layout', { ...good, layout: 'jsonnet' }, /must be helm or kustomize, got 'jsonnet'/],
    ['image', { ...good, image: 'ghcr.io/acme/api:1.0' }, /holds a tag or digest/],
    ['image', { ...good, image: 'quay.io/acme/api' }, /on none of GHCR, ECR, Artifact Registry and ACR/],
    [
      'gcp-workload-identity-provider',
      { ...good, image: 'us-docker.pkg.dev/acme/apps/api', 'service-repo': 'acme/api' },
      /is required/,
    ],
    [
      'gcp-service-account',
      {
        ...good,
        image: 'us-docker.pkg.dev/acme/apps/api',
        'service-repo': 'acme/api',
        'gcp-workload-identity-provider': 'projects/1/locations/global/workloadIdentityPools/p/providers/q',
        'gcp-service-account': 'Api@acme.iam.gserviceaccount.com',
      },
      /lowercase/,
    ],
    [
      'azure-tenant-id',
      {
        ...good,
        image: 'acmeapps.azurecr.io/api',
        'service-repo': 'acme/api',
        'azure-client-id': '11111111-2222-3333-4444-555555555555',
        'azure-tenant-id': 'contoso.com',
      },
      /not a GUID/,
    ],
    ['environments', { ...good, environments: 'dev,,prod' }, /empty name/],
    ['environments', { ...good, environments: 'dev,dev' }, /names 'dev' twice/],
    ['environments', { ...good, environments: 'dev,Prod' }, /not an environment name/],
    ['repo-url', { ...good, 'repo-url': 'https://x:tok@github.com/acme/gitops' }, /holds credentials/],
    ['repo-url', { ...good, 'repo-url': 'git@github.com:acme/gitops' }, /not an https:\/\//],
    ['owners', { ...good, owners: 'qa=@acme/qa' }, /not <environment>=<owner>/],
    ['owners', { ...good, owners: 'prod=acme platform' }, /not @org\/team/],
    ['namespace-prefix', { ...good, 'namespace-prefix': 'Api_' }, /does not make namespaces/],
    ['argocd-namespace', { ...good, 'argocd-namespace': 'argo cd' }, /not a namespace/],
    ['service-repo', { ...good, image: '123456789012.dkr.ecr.eu-west-1.amazonaws.com/api' }, /is required/],
    ['applicationset', { ...good, applicationset: 'yes' }, /is a switch/],
    ['tag', { ...good, tag: '-x' }, /not a valid OCI tag/],
  ])('refuses a bad --%s', (flag, flags, message) => {
    const error = refusal(flags);
    expect(error.input).toBe(`--${flag}`);
    expect(error.message).toMatch(new RegExp(`^Input '--${flag}' `));
    expect(error.message).toMatch(message);
  });
});
