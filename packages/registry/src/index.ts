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
  type AddedLogin,
  type AddedLogins,
  type RegistryCredentials,
} from './docker-config.js';
export { TAG_PATTERN, parseEcrHost, parseImageName, type ImageName } from './image-name.js';
