import {
  InputError,
  branchInput,
  fullNameInput,
  repoPathInput,
  shown,
  type InputReader,
} from '@gitops-actions/kit';
import { readEditInputs, readReferenceCommitInputs } from '@gitops-actions/bump';
import { imageInputProblem } from '@gitops-actions/manifest';
import {
  promotionBranch,
  type MergeMethod,
  type PromotionRequest,
  type VerifyTag,
} from '@gitops-actions/promotion';
import { parseImageName } from '@gitops-actions/registry';

const MERGE_METHODS = ['', 'merge', 'squash', 'rebase'] as const satisfies readonly MergeMethod[];
const VERIFY = ['auto', 'true', 'false'] as const satisfies readonly VerifyTag[];
const MERGE = ['false', 'true', 'merge', 'squash', 'rebase'] as const;

/** The action's inputs are exactly a promotion request. */
export type Inputs = PromotionRequest;

/** Parses and validates every input once; each error names the input at fault. */
export function getInputs(raw: InputReader, env: NodeJS.ProcessEnv = process.env): Inputs {
  const repository = raw.string('repository', { default: env['GITHUB_REPOSITORY'] ?? '' });
  if (!repository) throw new InputError('repository', 'is required and was not supplied');
  const inputs: Inputs = {
    repository: fullNameInput('repository', repository),
    token: raw.secret('token', { default: env['GITHUB_TOKEN'] ?? '' }),
    base: branchInput('base', raw.string('base', { default: 'main' })),
    ...readEditInputs(raw),
    fromFile: raw.string('from-file'),
    environment: raw.string('environment', { default: 'production' }),
    branch: raw.string('branch', { default: 'promote/{environment}/{image-name}' }),
    title: raw.string('title', { default: 'Promote {image-name} {tag} to {environment}' }),
    body: raw.string('body'),
    labels: raw.list('labels'),
    reviewers: raw.list('reviewers'),
    teamReviewers: raw.list('team-reviewers'),
    assignees: raw.list('assignees'),
    draft: raw.boolean('draft', false),
    autoMerge: raw.enum('auto-merge', MERGE_METHODS, ''),
    merge: '',
    verifyTag: raw.enum('verify-tag', VERIFY, 'auto'),
    referenceCommit: readReferenceCommitInputs(raw),
  };
  if (!inputs.token) throw new InputError('token', 'is required and was not supplied');
  inputs.merge = mergeInput(raw, inputs);
  if (inputs.fromFile) inputs.fromFile = repoPathInput('from-file', inputs.fromFile);
  validateImage(inputs);
  // Before any request: the template with what is known now (a tag from from-file comes later).
  promotionBranch(inputs, inputs.tag || undefined);
  return inputs;
}

function validateImage(inputs: Inputs): void {
  if (!inputs.tag && !inputs.fromFile) {
    throw new InputError('tag', 'is required unless from-file names the file to read it from');
  }
  const problem = imageInputProblem(inputs);
  if (problem) throw new InputError(problem.input, problem.message);
  if (inputs.verifyTag === 'true') {
    // Checked before any request: the registry lookup needs the image's registry and repository.
    const image = inputs.image ? parseImageName(inputs.image) : { error: 'is empty' };
    if ('error' in image) {
      throw new InputError(
        'image',
        `is needed with verify-tag: true, to look the tag up in the registry; it ${image.error}`,
      );
    }
  }
  if (!/^[A-Za-z0-9_.-]+$/.test(inputs.environment)) {
    throw new InputError(
      'environment',
      `${shown(inputs.environment)} must be letters, digits, '.', '_' or '-'`,
    );
  }
}

/** `merge`: a method, or `true` for auto-merge's method (else a merge commit); `false` is off. */
function mergeInput(raw: InputReader, inputs: Inputs): MergeMethod {
  const value = raw.enum('merge', MERGE, 'false');
  if (value === 'false') return '';
  if (inputs.draft) {
    throw new InputError('merge', 'cannot merge a draft pull request; set draft: false, or drop merge');
  }
  return value === 'true' ? inputs.autoMerge || 'merge' : value;
}
