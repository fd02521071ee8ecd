export { registryUnavailableReason, startRegistryServer } from './registry-server.js';
export type { RegistryRequest, RegistryServer, RegistryServerOptions } from './registry-server.js';
export { OCI_MANIFEST, basicAuth, fetchToken, pushTestImage, uploadBlob } from './client.js';
export { pullImage, readTar, type PulledImage } from './pull.js';
