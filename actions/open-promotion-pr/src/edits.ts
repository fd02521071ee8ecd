import path from 'node:path';
import { ActionError } from '@gitops-actions/kit';
import {
  ManifestError,
  applyEdit,
  isValidTag,
  parseImageReference,
  requestForFile,
  type Change,
  type EditRequest,
} from '@gitops-actions/manifest';
import type { Inputs } from './inputs.js';

export interface FileEdit {
  file: string;
  text: string;
  changed: boolean;
  changes: Change[];
  previousTag: string | null;
}

export function editRequest(inputs: Inputs, file: string, tag: string): EditRequest {
  return requestForFile(file, {
    format: inputs.format,
    image: inputs.image || undefined,
    tag,
    digest: inputs.digest || undefined,
    key: inputs.key,
    digestKey: inputs.digestKey || undefined,
  });
}

/** The semantic edit of bump-manifest, in memory: only the bytes of the target scalars change. */
export function editText(inputs: Inputs, file: string, text: string, tag: string): FileEdit {
  try {
    const result = applyEdit(text, editRequest(inputs, file, tag));
    return {
      file,
      text: result.text,
      changed: result.changed,
      changes: result.changes,
      previousTag: result.previousTag,
    };
  } catch (error) {
    if (error instanceof ManifestError) throw new ActionError(`edit ${file}`, error.message);
    throw error;
  }
}

/**
 * Reads the tag the source environment runs. The manifest package only edits, so this applies a
 * throw-away edit and keeps what it reports as the previous value: the same key lookup, the same
 * "key not found, nearest path is ..." errors as the edit itself.
 */
export function readSourceTag(inputs: Inputs, file: string, text: string): string {
  const operation = `read the tag to promote from ${file}`;
  let previous: string | null;
  try {
    const request = { ...editRequest(inputs, file, 'probe'), digest: undefined, digestKey: undefined };
    previous = applyEdit(text, request).previousTag;
  } catch (error) {
    if (error instanceof ManifestError) throw new ActionError(operation, error.message);
    throw error;
  }
  if (!previous) throw new ActionError(operation, `it has no tag at ${inputs.image || inputs.key}`);
  if (!isValidTag(previous)) {
    throw new ActionError(operation, `'${previous}' is not a valid OCI tag`, {
      hint: 'Fix the source file or pass the tag input explicitly.',
    });
  }
  return previous;
}

/** `api` for `ghcr.io/acme/api`; without an image, the folder of the first target file. */
export function imageName(inputs: Inputs): string {
  const source = inputs.image
    ? parseImageReference(inputs.image).repository.split('/').pop()
    : path.posix.basename(path.posix.dirname(inputs.files[0] ?? ''));
  const name = (source ?? '').replace(/[^A-Za-z0-9_.-]/g, '-').replace(/^[.-]+/, '');
  return name && name !== '.' ? name : 'image';
}
