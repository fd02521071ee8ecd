import { ManifestError } from './errors.js';
import type { EditRequest, Format } from './types.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** Kustomize only reads these file names; anything else is taken for Helm values. */
export function detectFormat(filePath: string): Format {
  const base = filePath.split(/[\\/]/).pop() ?? '';
  return KUSTOMIZATION_FILES.has(base) ? 'kustomize' : 'helm';
}

/** What a caller asks of one file before its format is known (`auto` is resolved per file name). */
export interface EditTarget extends Omit<EditRequest, 'format'> {
  format: 'auto' | Format;
}

/** The edit request for one file; Kustomize and manifest files can only be matched by image. */
export function requestForFile(file: string, target: EditTarget): EditRequest {
  const format = target.format === 'auto' ? detectFormat(file) : target.format;
  if ((format === 'kustomize' || format === 'manifest') && !target.image) {
    throw new ManifestError(`it is a ${format} file, so the image input is required to find the entry`);
  }
  return { ...target, format };
}
