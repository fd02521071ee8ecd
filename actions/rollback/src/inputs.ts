import {
  branchInput,
  gitRepositoryInput,
  gitTransportInput,
  githubApiUrl,
  githubServerUrl,
  InputError,
  repoPathInput,
  shown,
  type InputReader,
} from '@gitops-actions/kit';
import { keyPathInput, type FormatChoice, type TransportChoice } from '@gitops-actions/bump';
import { imageInputProblem, isValidTag } from '@gitops-actions/manifest';
import { ROLLBACK_INPUTS, type RollbackMode, type RollbackRequest } from '@gitops-actions/rollback';

const TRANSPORTS = ['auto', 'git', 'api'] as const satisfies readonly TransportChoice[];
const FORMATS = ['auto', 'helm', 'kustomize', 'manifest'] as const satisfies readonly FormatChoice[];
const MODES = ['push', 'pr'] as const satisfies readonly RollbackMode[];

export type Inputs = RollbackRequest;

/** Parses and validates every input once; each error names the input at fault. */
export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const serverUrl = githubServerUrl(env);
  const repositoryInput = raw.string('repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
  if (!repositoryInput) throw new InputError('repository', 'is required and was not supplied');
  const { url, repository } = gitRepositoryInput('repository', repositoryInput, serverUrl, 'token');
  const transport = gitTransportInput('transport', raw.enum('transport', TRANSPORTS, 'auto'), {
    value: repositoryInput,
    fullName: repository,
  });
  const inputs: Inputs = {
    url,
    repository,
    serverUrl,
    apiUrl: githubApiUrl(env, serverUrl),
    transport,
    token: raw.secret('token', { default: env['GITHUB_TOKEN'] ?? '' }),
    branch: branchInput('branch', raw.string('branch', { default: 'main' })),
    files: raw.multiline('files', { required: true }).map((file) => repoPathInput('files', file)),
    image: raw.string('image'),
    key: keyPathInput('key', raw.string('key', { default: 'image.tag' })),
    digestKey: keyPathInput('digest-key', raw.string('digest-key')),
    format: raw.enum('format', FORMATS, 'auto'),
    toTag: raw.string('to-tag'),
    mode: raw.enum('mode', MODES, 'push'),
    environment: environmentInput(raw.string('environment')),
    reason: raw.string('reason'),
    author: {
      name: raw.string('author-name', { default: 'github-actions[bot]' }),
      email: raw.string('author-email', { default: '41898282+github-actions[bot]@users.noreply.github.com' }),
    },
    maxAttempts: raw.integer('max-attempts', { min: 1, max: 100, default: 10 }),
    inputNames: ROLLBACK_INPUTS,
    referenceCommit: raw.boolean('reference-commit', true),
  };
  validate(inputs);
  return inputs;
}

function validate(inputs: Inputs): void {
  if (inputs.toTag && !isValidTag(inputs.toTag)) {
    throw new InputError(
      'to-tag',
      `${shown(inputs.toTag)} is not a valid OCI tag ([A-Za-z0-9_][A-Za-z0-9._-]{0,127})`,
    );
  }
  const problem = imageInputProblem({ ...inputs, tag: '', digest: '' });
  if (problem) throw new InputError(problem.input, problem.message);
  if (inputs.mode === 'pr' && !inputs.repository) {
    throw new InputError(
      'mode',
      `pr opens the pull request through GitHub's API and needs the repository as owner/name on GITHUB_SERVER_URL; use push for ${shown(inputs.url)}`,
    );
  }
}

/** A name for titles, messages and the pull request's branch: no braces, no control characters. */
function environmentInput(value: string): string {
  if (value.length > 100 || /[\p{Cc}{}]/u.test(value)) {
    throw new InputError(
      'environment',
      `${shown(value)} must be a name of at most 100 characters, without braces or control characters`,
    );
  }
  return value.trim();
}
