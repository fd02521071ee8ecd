export {
  parseArtifactRegistryHosts,
  parseServiceAccount,
  parseTokenLifetime,
  parseWorkloadIdentityProvider,
  providerParts,
  serviceAccountProject,
} from './inputs.js';
export { loginToGcp, type GcpLoginRequest, type GcpLoginResult } from './login.js';
export { ATTRIBUTE_MAPPING } from './trust.js';
export { renderGcpLoginSummary } from './summary.js';
