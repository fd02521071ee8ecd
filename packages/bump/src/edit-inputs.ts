import { InputError, repoPathInput, shown, type InputReader } from '@gitops-actions/kit';
import { KeyPathError, parseKeyPath } from '@gitops-actions/manifest';
import type { EditSpec } from './edit-files.js';
import type { FormatChoice } from './request.js';

const FORMATS = ['auto', 'helm', 'kustomize', 'manifest'] as const satisfies readonly FormatChoice[];

/** The target files and what to set in them. */
export type EditInputs = Required<Omit<EditSpec, 'createMissing' | 'inputNames'>> & { files: string[] };

/**
 * Reads the inputs that say which files to edit and what to set in them, under the names
 * bump-manifest and open-promotion-pr both give them (`files`, `image`, `tag`, `digest`, `key`,
 * `digest-key`, `format`). Each caller then checks what it requires of tag and digest.
 */
export function readEditInputs(raw: InputReader): EditInputs {
  return {
    files: raw.multiline('files', { required: true }).map((file) => repoPathInput('files', file)),
    image: raw.string('image'),
    tag: raw.string('tag'),
    digest: raw.string('digest'),
    key: keyPathInput('key', raw.string('key', { default: 'image.tag' })),
    digestKey: keyPathInput('digest-key', raw.string('digest-key')),
    format: raw.enum('format', FORMATS, 'auto'),
  };
}

/**
 * A Helm key path (`image.tag`, `containers[0].image.tag`), checked before anything is read: a
 * malformed path, or one through `__proto__`, `constructor` or `prototype`, names `input`. Empty
 * stays empty (an optional key).
 */
export function keyPathInput(input: string, value: string): string {
  if (value === '') return value;
  try {
    parseKeyPath(value);
  } catch (error) {
    if (error instanceof KeyPathError) {
      throw new InputError(input, `${shown(value)} is not a usable key path: ${error.why}`);
    }
    throw error;
  }
  return value;
}
