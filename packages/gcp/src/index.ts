export { GoogleCallError, type GoogleService } from './client.js';
export {
  CLOUD_PLATFORM_SCOPE,
  IAM_CREDENTIALS_ENDPOINT,
  STS_ENDPOINT,
  externalAccountCredentials,
  gcpCredentialFiles,
  generateAccessTokenUrl,
  stsAudience,
  stsTokenUrl,
  type CredentialFile,
  type ExternalAccountCredentials,
  type ExternalAccountSource,
  type GcpCredentialFiles,
} from './credentials.js';
export {
  DEFAULT_TOKEN_LIFETIME_SECONDS,
  MAX_TOKEN_LIFETIME_SECONDS,
  parseArtifactRegistryHosts,
  parseServiceAccount,
  parseTokenLifetime,
  parseWorkloadIdentityProvider,
  providerParts,
  serviceAccountProject,
  type ProviderParts,
} from './inputs.js';
export {
  defaultAudience,
  loginToGcp,
  type ArtifactRegistryLogin,
  type GcpLoginInputNames,
  type GcpLoginPorts,
  type GcpLoginRequest,
  type GcpLoginResult,
} from './login.js';
export {
  ATTRIBUTE_MAPPING,
  attributeCondition,
  explainImpersonationDenied,
  explainRefusedByProvider,
  repositoryPrincipalSet,
  subjectPrincipal,
} from './trust.js';
export { renderGcpLoginSummary } from './summary.js';
