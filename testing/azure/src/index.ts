export { startEntraServer } from './entra-server.js';
export type {
  EntraApp,
  EntraRequest,
  EntraServer,
  EntraServerOptions,
  FederatedIdentityCredential,
  IssuedAccessToken,
} from './entra-server.js';
export { startAcrServer } from './acr-server.js';
export type {
  AcrIssuedRefreshToken,
  AcrRegistry,
  AcrRequest,
  AcrServer,
  AcrServerOptions,
} from './acr-server.js';
