import {
  InputError,
  branchInput,
  gitRepositoryInput,
  gitTransportInput,
  githubApiUrl,
  githubServerUrl,
  registryLoginInputs,
  repoPathInput,
  type Inputs as RawInputs,
} from '@gitops-actions/kit';
import type { BumpRequest, FormatChoice, TransportChoice } from '@gitops-actions/bump';
import {
  TIMEOUT_BOUNDS,
  appRefInput,
  serverInput,
  type AppRef,
  type ArgoInputNames,
} from '@gitops-actions/argocd';
import type { PublishRequest } from '@gitops-actions/image';
import { parseImageName } from '@gitops-actions/registry';
import type { Severity } from '@gitops-actions/trivy';

// The small lists live here, not imported from the domain packages, so that a bad input is reported
// before Trivy's installer, YAML and git are loaded (cold start); argocd loads nothing heavy.
const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'] as const;
const FORMATS = ['auto', 'helm', 'kustomize', 'manifest'] as const satisfies readonly FormatChoice[];
const TRANSPORTS = ['auto', 'git', 'api'] as const satisfies readonly TransportChoice[];
const SEVERITY_NAMES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const SEVERITY_LIST = { noun: 'severity', upperCase: true };

/** The root action's names for the Argo CD inputs; it has no degraded-grace, accept-suspended or TLS inputs. */
export const ARGO_INPUTS: ArgoInputNames = {
  server: 'argocd-server',
  token: 'argocd-token',
  applications: 'argocd-applications',
  sync: 'argocd-sync',
  timeout: 'argocd-timeout',
};

export interface ScanInputs {
  severities: Set<Severity>;
  ignoreUnfixed: boolean;
  ignoreFile: string;
  trivyVersion: string;
  trivyUrl: string;
  trivyChecksum: string;
  trivyPath: string;
  dbRepositories: string[];
}

export interface ArgoInputs {
  server: string;
  token: string;
  applications: AppRef[];
  sync: boolean;
  timeoutMs: number;
}

export interface Inputs {
  /** Build, then push (the same request in two modes, with the scan in between). */
  image: PublishRequest;
  scan: ScanInputs;
  /** The GitOps bump, everything but the tag and digest that the push yields. */
  gitops: Omit<BumpRequest, 'tag' | 'digest'>;
  pinDigest: boolean;
  /** Undefined when there is nothing to wait for (`wait: false` or no `argocd-server`). */
  argocd: ArgoInputs | undefined;
}

/** Parses and validates every input once, before anything is built; each error names the input. */
export function getInputs(raw: RawInputs, env: NodeJS.ProcessEnv = process.env): Inputs {
  return {
    image: imageInputs(raw, env),
    scan: scanInputs(raw),
    gitops: gitopsInputs(raw, env),
    pinDigest: raw.boolean('pin-digest', false),
    argocd: argoInputs(raw),
  };
}

function imageInputs(raw: RawInputs, env: NodeJS.ProcessEnv): PublishRequest {
  const imageText = raw.string('image', { required: true });
  const image = parseImageName(imageText);
  if ('error' in image) throw new InputError('image', `'${imageText}' ${image.error}`);
  return {
    image,
    context: raw.string('context', { default: '.' }),
    file: raw.string('file', { default: 'Dockerfile' }),
    version: raw.string('version'),
    tagTemplate: raw.string('tag-template', { default: '{version}-{sha7}' }),
    extraTags: raw.list('extra-tags'),
    buildArgs: raw.keyValues('build-args'),
    labels: [],
    platforms: [],
    target: '',
    mode: 'build',
    builder: raw.enum('builder', BUILDERS, 'auto'),
    immutable: raw.boolean('immutable', true),
    cache: '',
    ...registryLoginInputs(raw, image.registry, env),
    retries: 3,
  };
}

function scanInputs(raw: RawInputs): ScanInputs {
  return {
    severities: new Set(raw.enumList('severity', SEVERITY_NAMES, ['HIGH', 'CRITICAL'], SEVERITY_LIST)),
    ignoreUnfixed: raw.boolean('ignore-unfixed', true),
    ignoreFile: raw.string('ignore-file', { default: '.trivyignore.yaml' }),
    trivyVersion: raw.exactVersion('trivy-version', '0.58.1'),
    trivyUrl: raw.string('trivy-url'),
    trivyChecksum: raw.sha256('trivy-checksum'),
    trivyPath: raw.string('trivy-path'),
    dbRepositories: raw.list('db-repository'),
  };
}

function gitopsInputs(raw: RawInputs, env: NodeJS.ProcessEnv): Inputs['gitops'] {
  const serverUrl = githubServerUrl(env);
  const repositoryInput = raw.string('gitops-repository', { required: true });
  const { url, repository } = gitRepositoryInput('gitops-repository', repositoryInput, serverUrl);
  const gitops: Inputs['gitops'] = {
    url,
    repository,
    serverUrl,
    apiUrl: githubApiUrl(env, serverUrl),
    transport: gitTransportInput('gitops-transport', raw.enum('gitops-transport', TRANSPORTS, 'auto'), {
      value: repositoryInput,
      fullName: repository,
    }),
    token: raw.string('gitops-token', { default: env['GITHUB_TOKEN'] ?? '' }),
    branch: branchInput('gitops-branch', raw.string('gitops-branch', { default: 'main' })),
    files: raw.multiline('gitops-files', { required: true }).map((f) => repoPathInput('gitops-files', f)),
    image: '',
    key: raw.string('gitops-key', { default: 'image.tag' }),
    digestKey: raw.string('gitops-digest-key'),
    format: raw.enum('gitops-format', FORMATS, 'auto'),
    createMissing: false,
    commitMessage: raw.string('commit-message', { default: 'chore(deploy): bump {image} to {tag}' }),
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    maxAttempts: 10,
    dryRun: false,
  };
  return gitops;
}

function argoInputs(raw: RawInputs): ArgoInputs | undefined {
  const wait = raw.boolean('wait', true);
  const server = raw.string(ARGO_INPUTS.server);
  if (!wait || !server) return undefined;
  const appRef = (line: string) => appRefInput(ARGO_INPUTS.applications, line);
  return {
    server: serverInput(ARGO_INPUTS, server),
    token: raw.string(ARGO_INPUTS.token, { required: true }),
    applications: raw.multiline(ARGO_INPUTS.applications, { required: true }).map(appRef),
    sync: raw.boolean(ARGO_INPUTS.sync, false),
    timeoutMs: raw.duration(ARGO_INPUTS.timeout, TIMEOUT_BOUNDS),
  };
}
