export { BUILDERS, CACHES, MODES, type BuilderChoice, type PublishRequest } from './request.js';
export { selectBuilder, type BuildRequest, type Builder, type PushRequest } from './builders.js';
export { publish, type PublishPorts, type PublishResult } from './publish.js';
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
