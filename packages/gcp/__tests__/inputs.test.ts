import { InputError } from '@gitops-actions/kit';
import {
  parseArtifactRegistryHosts,
  parseServiceAccount,
  parseTokenLifetime,
  parseWorkloadIdentityProvider,
  providerParts,
  serviceAccountProject,
} from '@gitops-actions/gcp';

const PROVIDER = 'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github-oidc';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('(15.2) the Google Cloud input parsers', () => {
  it('reads a workload identity provider name and refuses its look-alikes with the fix', () => {
    expect(parseWorkloadIdentityProvider('wip', ` ${PROVIDER} `)).toBe(PROVIDER);
    expect(providerParts(PROVIDER)).toEqual({
      projectNumber: '123456789012',
      pool: 'github',
      provider: 'github-oidc',
    });
    expect(refusal(() => parseWorkloadIdentityProvider('wip', ''))).toMatch(/^Input 'wip' is required/);
    expect(refusal(() => parseWorkloadIdentityProvider('wip', `//iam.googleapis.com/${PROVIDER}`))).toBe(
      `Input 'wip' takes the provider's name without '//iam.googleapis.com/': '${PROVIDER}'`,
    );
    expect(
      refusal(() => parseWorkloadIdentityProvider('wip', PROVIDER.replace('123456789012', 'acme-prod'))),
    ).toContain('takes the project NUMBER, not its ID');
    expect(
      refusal(() => parseWorkloadIdentityProvider('wip', PROVIDER.replace('global', 'europe-west1'))),
    ).toContain("workload identity pools are 'global'");
    expect(refusal(() => parseWorkloadIdentityProvider('wip', PROVIDER.replace('github/', 'GH/')))).toContain(
      "names pool 'GH'",
    );
    expect(refusal(() => parseWorkloadIdentityProvider('wip', 'projects/1/pools/x\n::stop'))).toContain(
      '\\n',
    );
  });

  it('reads a service account email and its project', () => {
    expect(parseServiceAccount('sa', '')).toBeUndefined();
    expect(parseServiceAccount('sa', 'ci-pusher@acme-prod.iam.gserviceaccount.com')).toBe(
      'ci-pusher@acme-prod.iam.gserviceaccount.com',
    );
    expect(serviceAccountProject('ci-pusher@acme-prod.iam.gserviceaccount.com')).toBe('acme-prod');
    expect(serviceAccountProject('ci-pusher@prod.example.com.iam.gserviceaccount.com')).toBe(
      'example.com:prod',
    );
    expect(refusal(() => parseServiceAccount('sa', 'CI@acme-prod.iam.gserviceaccount.com'))).toContain(
      'lowercase',
    );
    expect(refusal(() => parseServiceAccount('sa', '123-compute@developer.gserviceaccount.com'))).toContain(
      'create a dedicated one',
    );
    expect(refusal(() => parseServiceAccount('sa', 'ci-pusher'))).toMatch(
      /^Input 'sa' 'ci-pusher' is not a service account/,
    );
  });

  it('reads Artifact Registry hosts, the gcr.io hosts it serves, and refuses the rest with the fix', () => {
    expect(
      parseArtifactRegistryHosts(
        'hosts',
        'europe-west1-docker.pkg.dev, us-docker.pkg.dev\ngcr.io\neurope-west1-docker.pkg.dev',
      ),
    ).toEqual(['europe-west1-docker.pkg.dev', 'us-docker.pkg.dev', 'gcr.io']);
    expect(parseArtifactRegistryHosts('hosts', '')).toEqual([]);
    expect(
      refusal(() => parseArtifactRegistryHosts('hosts', 'europe-west1-docker.pkg.dev/acme/app')),
    ).toContain("give 'europe-west1-docker.pkg.dev'");
    expect(refusal(() => parseArtifactRegistryHosts('hosts', 'https://us-docker.pkg.dev'))).toContain(
      "give 'us-docker.pkg.dev'",
    );
    expect(refusal(() => parseArtifactRegistryHosts('hosts', 'europe-west1-python.pkg.dev'))).toContain(
      'not a Docker repository host',
    );
    expect(refusal(() => parseArtifactRegistryHosts('hosts', 'mirror.gcr.io'))).toContain('asia.gcr.io');
    expect(refusal(() => parseArtifactRegistryHosts('hosts', 'ghcr.io'))).toContain(
      'such as europe-west1-docker.pkg.dev',
    );
  });

  it('reads a token lifetime in seconds, minutes or hours within IAM Credentials limits', () => {
    expect(parseTokenLifetime('life', '')).toBe(3600);
    expect(parseTokenLifetime('life', '1800')).toBe(1800);
    expect(parseTokenLifetime('life', '1800s')).toBe(1800);
    expect(parseTokenLifetime('life', '30m')).toBe(1800);
    expect(parseTokenLifetime('life', '12h')).toBe(43200);
    expect(refusal(() => parseTokenLifetime('life', '13h'))).toContain(
      'iam.allowServiceAccountCredentialLifetimeExtension',
    );
    expect(refusal(() => parseTokenLifetime('life', '0'))).toContain('1 s to 43200 s');
    expect(refusal(() => parseTokenLifetime('life', '1h30m'))).toMatch(
      /^Input 'life' '1h30m' is not a lifetime/,
    );
  });
});
