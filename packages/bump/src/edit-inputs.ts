import { InputError, repoPathInput, shown, type InputReader } from '@gitops-actions/kit';
import { fluxPolicyProblem, KeyPathError, parseKeyPath } from '@gitops-actions/manifest';
import type { EditSpec } from './edit-files.js';
import type { FormatChoice } from './request.js';

const FORMATS = ['auto', 'helm', 'kustomize', 'manifest', 'flux'] as const satisfies readonly FormatChoice[];

/** The target files and what to set in them. */
export type EditInputs = Required<Omit<EditSpec, 'createMissing' | 'inputNames'>> & { files: string[] };

/**
 * Reads the inputs that say which files to edit and what to set in them, under the names
 * bump-manifest and open-promotion-pr both give them (`files`, `image`, `tag`, `digest`, `key`,
 * `digest-key`, `format`). Each caller then checks what it requires of tag and digest. With format
 * `flux`, `key` names the Flux ImagePolicy whose setter markers are updated.
 */
export function readEditInputs(raw: InputReader): EditInputs {
  const files = raw.multiline('files', { required: true }).map((file) => repoPathInput('files', file));
  const format = raw.enum('format', FORMATS, 'auto');
  const key = raw.string('key', { default: 'image.tag' });
  return {
    files,
    image: raw.string('image'),
    tag: raw.string('tag'),
    digest: raw.string('digest'),
    key: format === 'flux' ? fluxPolicyInput('key', key) : keyPathInput('key', key),
    digestKey: keyPathInput('digest-key', raw.string('digest-key')),
    format,
  };
}

/** `<namespace>:<policy>`, the name Flux markers give an ImagePolicy (`flux-system:api`). */
export function fluxPolicyInput(input: string, value: string): string {
  const problem = fluxPolicyProblem(value);
  if (problem) {
    throw new InputError(
      input,
      `${shown(value)} does not name a Flux ImagePolicy: ${problem}. With format flux, ${input} is the ` +
        `<namespace>:<policy> that the setter markers name (# {"$imagepolicy": "flux-system:api"})`,
    );
  }
  return value;
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
