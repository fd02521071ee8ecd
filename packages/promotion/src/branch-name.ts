// The promotion branch from its template, checked as git would check it once the placeholders are
// filled in, so a bad template fails as an input error before anything is written.
import path from 'node:path';
import { branchInput, InputError, shown } from '@gitops-actions/kit';
import { parseImageReference } from '@gitops-actions/manifest';
import { render } from './body.js';
import type { PromotionRequest } from './request.js';

/** `api` for `ghcr.io/acme/api`; without an image, the folder of the first target file. */
export function imageName(inputs: Pick<PromotionRequest, 'image' | 'files'>): string {
  const source = inputs.image
    ? parseImageReference(inputs.image).repository.split('/').pop()
    : path.posix.basename(path.posix.dirname(inputs.files[0] ?? ''));
  const name = (source ?? '').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
  return name && name !== '.' ? name : 'image';
}

/**
 * The branch the template names for `tag` (left as `{tag}` while the tag is still to be read), or
 * an InputError naming `input` that shows the filled-in value and the template it came from.
 */
export function promotionBranch(
  inputs: Pick<PromotionRequest, 'branch' | 'environment' | 'image' | 'files'>,
  tag: string | undefined,
  input = 'branch',
): string {
  const values = {
    environment: inputs.environment,
    'image-name': imageName(inputs),
    ...(tag ? { tag } : {}),
  };
  const filled = render(inputs.branch, values);
  try {
    return branchInput(input, filled);
  } catch (error) {
    if (!(error instanceof InputError) || filled === inputs.branch) throw error;
    const detail = error.message.slice(`Input '${input}' `.length);
    throw new InputError(input, `${detail} (filled in from ${shown(inputs.branch)})`);
  }
}
