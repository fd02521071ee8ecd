import type { Format } from './types.js';

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);

/** Kustomize only reads these file names; anything else is taken for Helm values. */
export function detectFormat(filePath: string): Format {
  const base = filePath.split(/[\\/]/).pop() ?? '';
  return KUSTOMIZATION_FILES.has(base) ? 'kustomize' : 'helm';
}
