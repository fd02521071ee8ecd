export { bump } from './bump.js';
export { commitMessage } from './message.js';
export { editText, type EditSpec, type EditedText, type FileEdit } from './edit-files.js';
export { heldValue, type HeldValue } from './held-value.js';
export { fluxPolicyInput, keyPathInput, readEditInputs, type EditInputs } from './edit-inputs.js';
export {
  BUMP_MANIFEST_INPUTS,
  type BumpInputNames,
  type BumpMode,
  type BumpRequest,
  type FormatChoice,
  type Transport,
  type TransportChoice,
} from './request.js';
export {
  formatAuthor,
  mergeReference,
  parseReferenceCommit,
  readReferenceCommitInputs,
  REFERENCE_COMMIT_INPUTS,
  REFERENCE_TRAILERS,
  referenceTrailers,
  withReferenceTrailers,
  type ReferenceCommit,
  type ReferenceCommitInputNames,
  type ReferenceCommitInputs,
} from './reference-commit.js';
export {
  bumpReference,
  completeReference,
  referenceFromEnvironment,
  type EventReader,
  type ReferenceLookup,
} from './reference-source.js';
export { renderSummary } from './summary.js';
export type { BumpPorts, BumpResult } from './types.js';
