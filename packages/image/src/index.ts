export {
  BUILDERS,
  CACHES,
  MODES,
  type BuilderChoice,
  type ImagePorts,
  type PublishRequest,
  type PublishResult,
} from './request.js';
export {
  ATTESTATION_INPUTS,
  IMAGE_INPUTS,
  readAttestationInputs,
  readBuildSecrets,
  readImageInputs,
  targetInput,
  type ImageInputs,
} from './inputs.js';
export { parseBuildSecrets, withSecretFiles, type BuildSecret } from './build-secrets.js';
export {
  buildxAttestationArgs,
  selectBuilder,
  type AttestedPush,
  type BuildRequest,
  type BuildSecretFile,
  type Builder,
  type PushRequest,
  type SelectBuilderOptions,
} from './builders.js';
export { publish } from './publish.js';
export { renderPublishSummary } from './summary.js';
export { gitContext, renderTag, type TagValues } from './tags.js';
export { detectVersion, versionProblem, type DetectedVersion } from './version.js';
export {
  cacheRef,
  ghaCacheFrom,
  ghaCacheTo,
  ghaCacheUnavailable,
  registryCacheFrom,
  registryCacheTo,
  type BuildCache,
} from './cache.js';
export { checkEcrTarget, storedLoginHosts } from './ecr.js';
export { checkRegistryTarget } from './targets.js';
