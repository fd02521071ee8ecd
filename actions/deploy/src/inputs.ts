import {
  branchInput,
  gitRepositoryInput,
  gitTransportInput,
  githubApiUrl,
  githubServerUrl,
  oneLineInput,
  repoPathInput,
  urlTemplateInput,
  type InputReader,
} from '@gitops-actions/kit';
import { TIMEOUT_BOUNDS, appRefInput, serverInput, type ArgoInputNames } from '@gitops-actions/argocd';
import {
  bumpReference,
  keyPathInput,
  type BumpInputNames,
  type FormatChoice,
  type TransportChoice,
} from '@gitops-actions/bump';
import type { DeployRequest, DeployScanRequest, DeployWaitRequest } from '@gitops-actions/deploy';
import { readBuildSecrets, readImageInputs } from '@gitops-actions/image';
import { trivyUrlTemplate, type Severity, type TrivyInputNames } from '@gitops-actions/trivy';

// The small lists live here, not imported from the domain packages, so that a bad input is reported
// before Trivy's installer, YAML and git are loaded (cold start); argocd and image load nothing heavy.
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

/** The root action's names for the Trivy inputs. */
export const TRIVY_INPUTS: TrivyInputNames = {
  ignoreFile: 'ignore-file',
  trivyPath: 'trivy-path',
  trivyUrl: 'trivy-url',
  trivyChecksum: 'trivy-checksum',
  dbRepository: 'db-repository',
};

/** The root action's names for the GitOps inputs; it has no max-attempts input. */
export const GITOPS_INPUTS: BumpInputNames = {
  repository: 'gitops-repository',
  branch: 'gitops-branch',
  token: 'gitops-token',
  files: 'gitops-files',
  key: 'gitops-key',
  digestKey: 'gitops-digest-key',
};

/** Parses and validates every input once, before anything is built; each error names the input. */
export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): DeployRequest {
  return {
    image: {
      ...readImageInputs(raw, env),
      buildSecrets: readBuildSecrets(raw, 'build-secrets'),
      labels: [],
      platforms: [],
      target: '',
      mode: 'build',
      cache: '',
      retries: 3,
    },
    scan: scanInputs(raw),
    gitops: gitopsInputs(raw, env),
    pinDigest: raw.boolean('pin-digest', false),
    argocd: argoInputs(raw),
  };
}

function scanInputs(raw: InputReader): DeployScanRequest {
  return {
    severities: new Set(raw.enumList('severity', SEVERITY_NAMES, ['HIGH', 'CRITICAL'], SEVERITY_LIST)),
    ignoreUnfixed: raw.boolean('ignore-unfixed', true),
    ignoreFile: oneLineInput('ignore-file', raw.string('ignore-file', { default: '.trivyignore.yaml' })),
    trivyVersion: raw.exactVersion('trivy-version', '0.58.1'),
    trivyUrl: urlTemplateInput('trivy-url', raw.string('trivy-url'), trivyUrlTemplate(TRIVY_INPUTS)),
    trivyChecksum: raw.sha256('trivy-checksum'),
    trivyPath: oneLineInput('trivy-path', raw.string('trivy-path')),
    dbRepositories: raw.list('db-repository').map((r) => oneLineInput('db-repository', r)),
    inputNames: TRIVY_INPUTS,
  };
}

function gitopsInputs(raw: InputReader, env: NodeJS.ProcessEnv): DeployRequest['gitops'] {
  const serverUrl = githubServerUrl(env);
  const repositoryInput = raw.string('gitops-repository', { required: true });
  const { url, repository } = gitRepositoryInput(
    'gitops-repository',
    repositoryInput,
    serverUrl,
    'gitops-token',
  );
  return {
    url,
    repository,
    serverUrl,
    apiUrl: githubApiUrl(env, serverUrl),
    transport: gitTransportInput('gitops-transport', raw.enum('gitops-transport', TRANSPORTS, 'auto'), {
      value: repositoryInput,
      fullName: repository,
    }),
    token: raw.secret('gitops-token', { default: env['GITHUB_TOKEN'] ?? '' }),
    branch: branchInput('gitops-branch', raw.string('gitops-branch', { default: 'main' })),
    files: raw.multiline('gitops-files', { required: true }).map((f) => repoPathInput('gitops-files', f)),
    image: '',
    key: keyPathInput('gitops-key', raw.string('gitops-key', { default: 'image.tag' })),
    digestKey: keyPathInput('gitops-digest-key', raw.string('gitops-digest-key')),
    format: raw.enum('gitops-format', FORMATS, 'auto'),
    createMissing: false,
    commitMessage: raw.string('commit-message', { default: 'chore(deploy): bump {image} to {tag}' }),
    author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' },
    maxAttempts: 10,
    dryRun: false,
    inputNames: GITOPS_INPUTS,
    // The service commit this run built: GITHUB_SHA and the push event (no API lookup here).
    referenceCommit: bumpReference({ enabled: raw.boolean('reference-commit', true), overrides: {} }, env),
  };
}

/**
 * Undefined when there is nothing to wait for (`wait: false` or no `argocd-server`). What is given is
 * checked either way: a bad value is a mistake to report, not to ignore until the wait is switched on.
 */
function argoInputs(raw: InputReader): DeployWaitRequest | undefined {
  const wait = raw.boolean('wait', true);
  const given = raw.string(ARGO_INPUTS.server);
  const appRef = (line: string) => appRefInput(ARGO_INPUTS.applications, line);
  const waiting = wait && given !== '';
  const request: DeployWaitRequest = {
    server: given && serverInput(ARGO_INPUTS, given),
    token: raw.secret(ARGO_INPUTS.token, { required: waiting }),
    apps: raw.multiline(ARGO_INPUTS.applications, { required: waiting }).map(appRef),
    sync: raw.boolean(ARGO_INPUTS.sync, false),
    timeoutMs: raw.duration(ARGO_INPUTS.timeout, TIMEOUT_BOUNDS),
    inputs: ARGO_INPUTS,
  };
  return waiting ? request : undefined;
}
