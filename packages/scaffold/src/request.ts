// `gitops-actions init`'s flags, read and checked once. Every value ends up in file paths, YAML and
// workflow expressions, so each is held to a grammar that is safe in all three, and a bad one is
// refused with the flag it came from before anything is generated.
import { parseGuid } from '@gitops-actions/azure';
import { parseServiceAccount, parseWorkloadIdentityProvider } from '@gitops-actions/gcp';
import { InputError, shown } from '@gitops-actions/kit';
import { parseEcrHost, registryKindOf } from '@gitops-actions/registry';

export type Layout = 'helm' | 'kustomize';

/** Where dev-deploy.yml pushes the image, and the OIDC identity it pushes as. */
export type ScaffoldRegistry =
  | { kind: 'ghcr' }
  | { kind: 'ecr'; account: string; region: string }
  | { kind: 'gar'; workloadIdentityProvider: string; serviceAccount?: string }
  | { kind: 'acr'; clientId: string; tenantId: string };

export interface ScaffoldRequest {
  service: string;
  /** Image repository without tag or digest. */
  image: string;
  registry: ScaffoldRegistry;
  layout: Layout;
  /** In promotion order; the last one is production. */
  environments: string[];
  /** The GitOps repository as Argo CD clones it. */
  repoUrl: string;
  /** `owner/name` of the GitOps repository, for the service's workflows. */
  gitopsRepository: string;
  branch: string;
  namespacePrefix: string;
  argocdNamespace: string;
  argocdServer: string;
  applicationSet: boolean;
  /** `owner/name` of the service's repository. */
  serviceRepo: string;
  /** Environment → CODEOWNERS owner. */
  owners: Record<string, string>;
  /** The tag the files hold until the first deploy bumps it. */
  tag: string;
}

/** The flags as the CLI read them: a value per flag, `true` for a switch. */
export type ScaffoldFlags = Record<string, string | true>;

export const SCAFFOLD_FLAGS = {
  service: 'service name (a DNS label): apps are <service>-<env>',
  image:
    'image repository without tag on GHCR, ECR, Artifact Registry or ACR (ghcr.io/acme/api, <account>.dkr.ecr.<region>.amazonaws.com/api)',
  layout: 'helm or kustomize',
  environments: 'comma-separated, in promotion order; the last is production (default dev,staging,prod)',
  dir: 'the GitOps repository checkout to write into',
  'repo-url': 'the GitOps repository Argo CD clones (default https://github.com/<owner>/gitops)',
  branch: 'the branch Argo CD follows (default main)',
  'namespace-prefix': 'Kubernetes namespaces are <prefix><env> (default <service>-)',
  'argocd-namespace': 'namespace of the Argo CD objects (default argocd)',
  'argocd-server': 'Argo CD URL for the workflows (default https://argocd.example.com)',
  'service-repo': 'owner/name of the service repository (default from a ghcr.io image)',
  owners:
    'CODEOWNERS per environment: env=@org/team,... (default prod=@<owner>/platform, others @<owner>/<service>)',
  tag: 'initial image tag until the first deploy (default latest)',
  'gcp-workload-identity-provider':
    'Artifact Registry images: projects/<number>/locations/global/workloadIdentityPools/<pool>/providers/<provider>',
  'gcp-service-account': 'Artifact Registry images: the service account to impersonate (optional)',
  'azure-client-id': 'ACR images: client ID of the app registration with the federated credential',
  'azure-tenant-id': 'ACR images: Microsoft Entra tenant ID',
} as const;
export const SCAFFOLD_SWITCHES = {
  applicationset: 'one ApplicationSet (list generator) instead of one Application per environment',
  'dry-run': 'print what would be written, write nothing',
} as const;

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const IMAGE = /^[a-z0-9]+(?:[.-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)+$/;
const GITHUB_REPO = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:\/[A-Za-z0-9._-]+)?|[^\s@]+@[^\s@]+\.[a-z]{2,})$/;
const BRANCH = /^(?!.*\.\.)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]{1,100}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

const fail = (flag: string, detail: string): never => {
  throw new InputError(`--${flag}`, detail);
};

function text(flags: ScaffoldFlags, flag: string, fallback?: string): string {
  const value = flags[flag];
  if (value === true) return fail(flag, 'needs a value');
  if (value === undefined || value === '') {
    if (fallback === undefined) return fail(flag, `is required: ${describe(flag)}`);
    return fallback;
  }
  return value;
}

function describe(flag: string): string {
  return (SCAFFOLD_FLAGS as Record<string, string>)[flag] ?? '';
}

function label(flag: string, value: string, max: number, what: string): string {
  if (!DNS_LABEL.test(value) || value.length > max) {
    fail(
      flag,
      `${shown(value)} is not ${what}: lowercase letters, digits and '-', at most ${max} characters`,
    );
  }
  return value;
}

function environments(flags: ScaffoldFlags): string[] {
  const list = text(flags, 'environments', 'dev,staging,prod')
    .split(',')
    .map((e) => e.trim());
  const seen = new Set<string>();
  for (const env of list) {
    if (env === '') fail('environments', 'holds an empty name; give them as dev,staging,prod');
    label('environments', env, 20, 'an environment name (a DNS label)');
    if (seen.has(env)) fail('environments', `names ${shown(env)} twice`);
    seen.add(env);
  }
  return list;
}

function image(flags: ScaffoldFlags): string {
  const value = text(flags, 'image');
  if (/[:@]/.test(value.split('/').slice(1).join('/'))) {
    fail('image', `${shown(value)} holds a tag or digest; give the repository only (ghcr.io/acme/api)`);
  }
  if (!IMAGE.test(value)) {
    fail('image', `${shown(value)} is not an image repository such as ghcr.io/acme/api`);
  }
  if (registryKindOf(hostOf(value)) === 'generic') {
    fail(
      'image',
      `${shown(value)} is on none of GHCR, ECR, Artifact Registry and ACR, the registries dev-deploy.yml ` +
        'signs in to through OIDC; other registries deploy with the root action or build-tag-push',
    );
  }
  return value;
}

const hostOf = (image: string): string => image.split('/')[0] ?? '';
export const isGhcr = (image: string): boolean => registryKindOf(hostOf(image)) === 'ghcr';

/** The registry the image is on, with the identity flags its kind needs (a missing one is refused). */
function registry(flags: ScaffoldFlags, img: string): ScaffoldRegistry {
  const host = hostOf(img);
  const kind = registryKindOf(host);
  const flagged = (flag: string, parse: (input: string, value: string) => string | undefined) =>
    parse(`--${flag}`, text(flags, flag, flag === 'gcp-service-account' ? '' : undefined));
  if (kind === 'ecr') {
    const ecr = parseEcrHost(host)!;
    return { kind, account: ecr.account, region: ecr.region };
  }
  if (kind === 'gar') {
    const serviceAccount = flagged('gcp-service-account', parseServiceAccount);
    return {
      kind,
      workloadIdentityProvider: flagged('gcp-workload-identity-provider', parseWorkloadIdentityProvider)!,
      ...(serviceAccount ? { serviceAccount } : {}),
    };
  }
  if (kind === 'acr') {
    return {
      kind,
      clientId: flagged('azure-client-id', parseGuid)!,
      tenantId: flagged('azure-tenant-id', parseGuid)!,
    };
  }
  return { kind: 'ghcr' };
}

function serviceRepo(flags: ScaffoldFlags, img: string): string {
  const parts = img.split('/');
  const derived = isGhcr(img) && parts.length === 3 ? `${parts[1]}/${parts[2]}` : undefined;
  const value = flags['service-repo'] === undefined && derived ? derived : text(flags, 'service-repo');
  if (!GITHUB_REPO.test(value)) fail('service-repo', `${shown(value)} is not owner/name (acme/api)`);
  return value;
}

function repoUrl(flags: ScaffoldFlags, owner: string): { url: string; repository: string } {
  const value = text(flags, 'repo-url', `https://github.com/${owner}/gitops`);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // refused below
  }
  if (!url || url.protocol !== 'https:' || /\s/.test(value)) {
    return fail(
      'repo-url',
      `${shown(value)} is not an https:// repository URL (https://github.com/acme/gitops)`,
    );
  }
  if (url.username || url.password) {
    fail(
      'repo-url',
      'holds credentials; Argo CD keeps repository credentials in its own secret (argocd repo add)',
    );
  }
  const repository = url.pathname.replace(/^\/|\.git$|\/$/g, '');
  if (url.hostname !== 'github.com' || !GITHUB_REPO.test(repository) || url.search || url.hash) {
    fail('repo-url', `${shown(value)} is not a GitHub repository URL (https://github.com/acme/gitops)`);
  }
  return { url: `https://github.com/${repository}`, repository };
}

function owners(flags: ScaffoldFlags, envs: string[], org: string, service: string): Record<string, string> {
  const result: Record<string, string> = {};
  envs.forEach((env, i) => (result[env] = i === envs.length - 1 ? `@${org}/platform` : `@${org}/${service}`));
  const given = flags['owners'];
  if (given === undefined) return result;
  for (const entry of text(flags, 'owners').split(',')) {
    const [env = '', owner = '', extra] = entry.trim().split('=');
    if (extra !== undefined || !envs.includes(env)) {
      fail('owners', `${shown(entry)} is not <environment>=<owner> for one of ${envs.join(', ')}`);
    }
    if (!OWNER.test(owner)) fail('owners', `${shown(owner)} is not @org/team, @user or an email address`);
    result[env] = owner;
  }
  return result;
}

/** The request `init` generates from, or an `InputError` naming the flag at fault. */
export function scaffoldRequest(flags: ScaffoldFlags): ScaffoldRequest {
  const service = label('service', text(flags, 'service'), 40, 'a service name (a DNS label)');
  const img = image(flags);
  const layout = text(flags, 'layout');
  if (layout !== 'helm' && layout !== 'kustomize') {
    fail('layout', `must be helm or kustomize, got ${shown(layout)}`);
  }
  const envs = environments(flags);
  const repo = serviceRepo(flags, img);
  const org = repo.split('/')[0]!;
  const gitops = repoUrl(flags, org);
  const prefix = text(flags, 'namespace-prefix', `${service}-`);
  const longest = Math.max(...envs.map((e) => e.length));
  if (!/^[a-z0-9][-a-z0-9]*$/.test(prefix) || prefix.length + longest > 63) {
    fail(
      'namespace-prefix',
      `${shown(prefix)} with the environment names does not make namespaces (DNS labels)`,
    );
  }
  const branch = text(flags, 'branch', 'main');
  if (!BRANCH.test(branch)) fail('branch', `${shown(branch)} is not a branch name such as main`);
  const tag = text(flags, 'tag', 'latest');
  if (!TAG.test(tag)) fail('tag', `${shown(tag)} is not a valid OCI tag`);
  return {
    service,
    image: img,
    registry: registry(flags, img),
    layout: layout as Layout,
    environments: envs,
    repoUrl: gitops.url,
    gitopsRepository: gitops.repository,
    branch,
    namespacePrefix: prefix,
    argocdNamespace: label('argocd-namespace', text(flags, 'argocd-namespace', 'argocd'), 63, 'a namespace'),
    argocdServer: argocdServer(flags),
    applicationSet: switchFlag(flags, 'applicationset'),
    serviceRepo: repo,
    owners: owners(flags, envs, org, service),
    tag,
  };
}

function argocdServer(flags: ScaffoldFlags): string {
  const value = text(flags, 'argocd-server', 'https://argocd.example.com');
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // refused below
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password || /[\s'"$]/.test(value)) {
    fail(
      'argocd-server',
      `${shown(value)} is not an http(s) URL without credentials (https://argocd.example.com)`,
    );
  }
  return value.replace(/\/+$/, '');
}

function switchFlag(flags: ScaffoldFlags, flag: string): boolean {
  const value = flags[flag];
  if (value === undefined || value === true) return value === true;
  return fail(flag, `is a switch and takes no value, got ${shown(value)}`);
}
