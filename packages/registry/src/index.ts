export {
  MANIFEST_ACCEPT,
  RegistryClient,
  RegistryError,
  type ManifestInfo,
  type RegistryClientOptions,
} from './client.js';
export {
  authFiles,
  dockerConfigPath,
  readStoredCredentials,
  type RegistryCredentials,
} from './docker-config.js';
export { TAG_PATTERN, parseEcrHost, parseImageName, type ImageName } from './image-name.js';
