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
import type { AppRef } from '@gitops-actions/argocd';
import type { PublishRequest } from '@gitops-actions/image';
import { parseImageName } from '@gitops-actions/registry';
import type { Severity } from '@gitops-actions/trivy';

// The small lists live here, not imported from the domain packages, so that a bad input is reported
// before Trivy's installer, YAML and the Argo CD client are loaded (cold start).
const BUILDERS = ['auto', 'buildx', 'docker', 'podman', 'buildah'] as const;
const FORMATS = ['auto', 'helm', 'kustomize', 'manifest'] as const satisfies readonly FormatChoice[];
const TRANSPORTS = ['auto', 'git', 'api'] as const satisfies readonly TransportChoice[];
const SEVERITY_NAMES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'UNKNOWN'];
const SEVERITY_LIST = { noun: 'severity', upperCase: true };
const APP_NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

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
  const server = raw.string('argocd-server');
  if (!wait || !server) return undefined;
  return {
    server: serverUrl(server),
    token: raw.string('argocd-token', { required: true }),
    applications: raw.multiline('argocd-applications', { required: true }).map(appRef),
    sync: raw.boolean('argocd-sync', false),
    timeoutMs: raw.duration('argocd-timeout', { default: 600_000, min: 1000, max: 86_400_000 }),
  };
}

function serverUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    throw new InputError(
      'argocd-server',
      `'${value}' is not a valid URL (expected https://argocd.example.com)`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError('argocd-server', `must use https:// (or http://), got '${url.protocol}'`);
  }
  if (url.username || url.password)
    throw new InputError('argocd-server', 'must not contain credentials; use argocd-token');
  return url.toString().replace(/\/+$/, '');
}

function appRef(line: string): AppRef {
  const parts = line.split('/');
  if (parts.length > 2 || parts.some((p) => !APP_NAME.test(p))) {
    throw new InputError(
      'argocd-applications',
      `'${line}' is not an application name (lower-case DNS name, or namespace/name)`,
    );
  }
  return parts.length === 2 ? { namespace: parts[0]!, name: parts[1]! } : { name: parts[0]! };
}
