export {
  MANIFEST_ACCEPT,
  RegistryClient,
  RegistryError,
  type ManifestInfo,
  type RegistryClientOptions,
} from './client.js';
export {
  addLogins,
  authFiles,
  dockerConfigPath,
  readStoredCredentials,
  removeLogins,
  saveLogins,
  type AddedLogin,
  type AddedLogins,
  type RegistryCredentials,
} from './docker-config.js';
export {
  REGISTRY_KINDS,
  TAG_PATTERN,
  parseAcrHost,
  parseEcrHost,
  parseGarHost,
  parseImageName,
  registryKindOf,
  registryKindProblem,
  type ImageName,
  type RegistryKind,
} from './image-name.js';
