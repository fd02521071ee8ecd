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
  bumpReference,
  readEditInputs,
  readReferenceCommitInputs,
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
    ...serviceCommit(raw, env, repository),
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

/**
 * The service commit this run deploys (GITHUB_SHA, the push event's head commit, the overrides),
 * and where its missing details may be read: only when the GitOps repository is GITHUB_REPOSITORY
 * itself (the token surely reads it; a token for another repository rarely reads the service's, and
 * a failed read would cost a request on every bump) and the sha is this run's.
 */
function serviceCommit(
  raw: InputReader,
  env: NodeJS.ProcessEnv,
  repository: string | null,
): Pick<Inputs, 'referenceCommit' | 'referenceRepository'> {
  const referenceCommit = bumpReference(readReferenceCommitInputs(raw), env);
  const service = env['GITHUB_REPOSITORY'] ?? '';
  const own =
    referenceCommit?.sha === (env['GITHUB_SHA'] ?? '').toLowerCase() &&
    !raw.string('reference-commit-repourl');
  return { referenceCommit, referenceRepository: own && repository === service ? service : '' };
}

function validateImage(inputs: Inputs): void {
  if (!inputs.tag && !inputs.digest) throw new InputError('tag', 'or digest is required (both may be given)');
  const problem = imageInputProblem(inputs);
  if (problem) throw new InputError(problem.input, problem.message);
}
