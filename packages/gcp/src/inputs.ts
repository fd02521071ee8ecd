import { InputError, shown, splitLines } from '@gitops-actions/kit';
import { parseGarHost } from '@gitops-actions/registry';

const PROVIDER_EXAMPLE =
  'projects/123456789012/locations/global/workloadIdentityPools/github/providers/github';

// Pool and provider IDs: 4–32 lowercase letters, digits and hyphens (IAM's own constraint).
const PROVIDER_NAME =
  /^projects\/([^/]+)\/locations\/([^/]+)\/workloadIdentityPools\/([^/]+)\/providers\/([^/]+)$/;
const ID = /^[a-z0-9-]{4,32}$/;

/** The parts of `projects/<n>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`. */
export interface ProviderParts {
  projectNumber: string;
  pool: string;
  provider: string;
}

/** Splits a provider name already checked by `parseWorkloadIdentityProvider`. */
export function providerParts(name: string): ProviderParts {
  const m = PROVIDER_NAME.exec(name);
  return { projectNumber: m?.[1] ?? '', pool: m?.[3] ?? '', provider: m?.[4] ?? '' };
}

/** `projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>`, as Google names it. */
export function parseWorkloadIdentityProvider(input: string, value: string): string {
  const name = value.trim();
  if (!name) throw new InputError(input, `is required, for example ${PROVIDER_EXAMPLE}`);
  const prefixed = /^(?:https:)?\/\/iam\.googleapis\.com\/(.*)$/.exec(name);
  if (prefixed) {
    throw new InputError(
      input,
      `takes the provider's name without ${shown(name.slice(0, name.length - (prefixed[1] ?? '').length))}: ${shown(prefixed[1] ?? '', { max: 200 })}`,
    );
  }
  const m = PROVIDER_NAME.exec(name);
  if (!m)
    throw new InputError(
      input,
      `${shown(name, { max: 200 })} is not a provider name; expected ${PROVIDER_EXAMPLE}`,
    );
  const [, project = '', location, pool = '', provider = ''] = m;
  if (!/^\d{1,20}$/.test(project)) {
    throw new InputError(
      input,
      `names project ${shown(project)}, but takes the project NUMBER, not its ID (gcloud projects describe ${project} --format='value(projectNumber)')`,
    );
  }
  if (location !== 'global') {
    throw new InputError(
      input,
      `names location ${shown(location ?? '')}; workload identity pools are 'global'`,
    );
  }
  for (const [what, id] of [
    ['pool', pool],
    ['provider', provider],
  ] as const) {
    if (!ID.test(id) || id.startsWith('-') || id.endsWith('-')) {
      throw new InputError(
        input,
        `names ${what} ${shown(id)}; IDs are 4 to 32 lowercase letters, digits and hyphens`,
      );
    }
  }
  return name;
}

// `<name>@<project>.iam.gserviceaccount.com`; a domain-scoped project (`example.com:p`) becomes `p.example.com`.
const SERVICE_ACCOUNT =
  /^([a-z][a-z0-9-]{4,28}[a-z0-9])@([a-z][a-z0-9.-]{4,62}[a-z0-9])\.iam\.gserviceaccount\.com$/;

/** An optional service account email; '' gives undefined (direct federation, no impersonation). */
export function parseServiceAccount(input: string, value: string): string | undefined {
  const email = value.trim();
  if (!email) return undefined;
  if (SERVICE_ACCOUNT.test(email)) return email;
  const hint = /[A-Z]/.test(email)
    ? ' (service account emails are lowercase)'
    : /@(developer|appspot)\.gserviceaccount\.com$/.test(email)
      ? ' (a default service account has broad roles: create a dedicated one for the workflow)'
      : '';
  throw new InputError(
    input,
    `${shown(email)} is not a service account email such as ci-pusher@my-project.iam.gserviceaccount.com${hint}`,
  );
}

/** The project ID a service account belongs to (`ci@my-project.iam.gserviceaccount.com` → `my-project`). */
export function serviceAccountProject(email: string): string {
  const domain = SERVICE_ACCOUNT.exec(email)?.[2] ?? '';
  // Domain-scoped projects (`example.com:my-project`) appear as `my-project.example.com`.
  const [project = '', ...domainParts] = domain.split('.');
  return domainParts.length > 0 ? `${domainParts.join('.')}:${project}` : project;
}

// Container Registry's hosts, served by Artifact Registry (gcr.io repositories) since its shutdown:
// the same `oauth2accesstoken` login works there, so a workflow still pushing to them is not broken.
const GCR_HOSTS = new Set(['gcr.io', 'us.gcr.io', 'eu.gcr.io', 'asia.gcr.io']);

/**
 * Artifact Registry hosts to log in to, one per line or comma-separated: `<location>-docker.pkg.dev`,
 * or one of the four `gcr.io` hosts Artifact Registry now serves. Duplicates are dropped.
 */
export function parseArtifactRegistryHosts(input: string, value: string): string[] {
  const hosts: string[] = [];
  for (const raw of splitLines(value).flatMap((line) => line.split(','))) {
    const host = raw.trim();
    if (!host) continue;
    if (!parseGarHost(host) && !GCR_HOSTS.has(host)) throw new InputError(input, hostProblem(host));
    if (!hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

function hostProblem(host: string): string {
  const bare = host.replace(/^[a-z]+:\/\//i, '').split('/')[0] ?? '';
  if (bare !== host && (parseGarHost(bare) || GCR_HOSTS.has(bare))) {
    return `${shown(host)} is more than a host: give ${shown(bare)} (the login covers every repository there)`;
  }
  if (/^[a-z0-9-]+-[a-z]+\.pkg\.dev$/.test(host)) {
    return `${shown(host)} is not a Docker repository host; container images live at <location>-docker.pkg.dev`;
  }
  if (host.endsWith('.gcr.io')) {
    return `${shown(host)} is not a Container Registry host; those are gcr.io, us.gcr.io, eu.gcr.io and asia.gcr.io`;
  }
  return `${shown(host)} is not an Artifact Registry host such as europe-west1-docker.pkg.dev`;
}

/** IAM Credentials' ceiling; above 3600 s only with the org policy iam.allowServiceAccountCredentialLifetimeExtension. */
export const MAX_TOKEN_LIFETIME_SECONDS = 43_200;
export const DEFAULT_TOKEN_LIFETIME_SECONDS = 3600;

/** `3600`, `3600s`, `60m` or `1h`; '' gives the default (3600 s). */
export function parseTokenLifetime(input: string, value: string): number {
  const text = value.trim();
  if (!text) return DEFAULT_TOKEN_LIFETIME_SECONDS;
  const m = /^(\d{1,6})(s|m|h)?$/.exec(text);
  const unit = { s: 1, m: 60, h: 3600 }[(m?.[2] ?? 's') as 's' | 'm' | 'h'];
  const seconds = m ? Number(m[1]) * unit : NaN;
  if (!Number.isInteger(seconds)) {
    throw new InputError(input, `${shown(text)} is not a lifetime such as 3600, 3600s, 60m or 1h`);
  }
  if (seconds < 1 || seconds > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new InputError(
      input,
      `${shown(text)} is ${seconds} s; IAM Credentials issues tokens for 1 s to ${MAX_TOKEN_LIFETIME_SECONDS} s (12 h; above 3600 s only where the org policy constraints/iam.allowServiceAccountCredentialLifetimeExtension allows it)`,
    );
  }
  return seconds;
}
