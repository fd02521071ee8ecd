import {
  branchInput,
  gitRepositoryInput,
  gitTransportInput,
  githubApiUrl,
  githubServerUrl,
  InputError,
  type InputReader,
} from '@gitops-actions/kit';
import {
  BUMP_MANIFEST_INPUTS,
  readEditInputs,
  type BumpMode,
  type BumpRequest,
  type TransportChoice,
} from '@gitops-actions/bump';
import { imageInputProblem } from '@gitops-actions/manifest';

const TRANSPORTS = ['auto', 'git', 'api'] as const satisfies readonly TransportChoice[];
const MODES = ['push', 'pr'] as const satisfies readonly BumpMode[];

/** The action's inputs are exactly a bump request. */
export type Inputs = BumpRequest;

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
    ...readEditInputs(raw),
    createMissing: raw.boolean('create-missing', false),
    commitMessage: raw.string('commit-message', { default: 'chore(deploy): bump {image} to {tag}' }),
    author: {
      name: raw.string('author-name', { default: 'github-actions[bot]' }),
      email: raw.string('author-email', { default: '41898282+github-actions[bot]@users.noreply.github.com' }),
    },
    maxAttempts: raw.integer('max-attempts', { min: 1, max: 100, default: 10 }),
    dryRun: raw.boolean('dry-run', false),
    mode: raw.enum('mode', MODES, 'push'),
    inputNames: BUMP_MANIFEST_INPUTS,
  };
  validateImage(inputs);
  if (inputs.mode === 'pr' && !repository) {
    throw new InputError(
      'mode',
      'pr opens a pull request through the GitHub API, so the repository input must be owner/name on GITHUB_SERVER_URL (not a git URL elsewhere)',
    );
  }
  return inputs;
}

function validateImage(inputs: Inputs): void {
  if (!inputs.tag && !inputs.digest) throw new InputError('tag', 'or digest is required (both may be given)');
  const problem = imageInputProblem(inputs);
  if (problem) throw new InputError(problem.input, problem.message);
}
