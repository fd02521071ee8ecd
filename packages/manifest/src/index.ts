export type { Change, EditRequest, EditResult, Format } from './types.js';
export { KeyPathError, ManifestError } from './errors.js';
export { parseKeyPath } from './key-path.js';
export { applyEdit } from './edit.js';
export { detectFormat, requestForFile, type EditTarget } from './format.js';
export {
  formatImageReference,
  imageInputProblem,
  isValidDigest,
  isValidTag,
  parseImageReference,
  sameRepository,
  type ImageReference,
} from './image-ref.js';
export { isPlainSafe } from './scalar.js';
export { MARKER_GRAMMAR as FLUX_MARKER_GRAMMAR, policyProblem as fluxPolicyProblem } from './flux-marker.js';
