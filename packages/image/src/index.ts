export {
  BUILDERS,
  CACHES,
  MODES,
  type BuilderChoice,
  type ImagePorts,
  type PublishRequest,
  type PublishResult,
} from './request.js';
export { readImageInputs, type ImageInputs } from './inputs.js';
export { selectBuilder, type BuildRequest, type Builder, type PushRequest } from './builders.js';
export { publish } from './publish.js';
export { renderPublishSummary } from './summary.js';
export { gitContext, renderTag, type TagValues } from './tags.js';
export { detectVersion, type DetectedVersion } from './version.js';
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
