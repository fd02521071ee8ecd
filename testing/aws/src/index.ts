export { startOidcProvider } from './oidc-provider.js';
export type { GitHubClaims, OidcProvider, OidcProviderOptions } from './oidc-provider.js';
export { conditionsMatch, startStsServer, stringLike } from './sts-server.js';
export type { IssuedCredentials, StsRole, StsServer, StsServerOptions, TrustPolicy } from './sts-server.js';
export { sigv4Signature, startEcrServer } from './ecr-server.js';
export type { EcrServer, EcrServerOptions } from './ecr-server.js';
